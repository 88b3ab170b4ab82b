package dev.codebook.processor.maven;

import dev.codebook.processor.check.CatalogRegistry;
import dev.codebook.processor.locate.CatalogLookup;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Finds the packages whose catalog changed since their code was generated, and makes the compiler
 * plugin recompile them. Plain Java over paths, so that a test runs it without Maven.
 *
 * <p>For each {@link CatalogLookup} the processor left in the generated-sources directory, the catalog
 * is looked up again the way the processor does (each {@code -Acodebook.root} directory, the source
 * roots, the class path, directories and jars) and compared, byte for byte, with the copy the processor
 * wrote into the class output ({@code <package>/codebook-catalog.yaml}). When they differ, or the catalog
 * is gone, the package's {@code package-info.class} is deleted: maven-compiler-plugin then sees its
 * {@code package-info.java} as stale and, in its default incremental mode, recompiles the module, which
 * runs the processor again.
 */
public final class StaleCatalogs {
  /** A package to recompile, and why, in words for the build log. */
  public record Stale(String packageName, String reason) {}

  private final Path generatedSources;
  private final Path classOutput;
  private final List<Path> sourceRoots;
  private final List<Path> classPath;

  /**
   * @param generatedSources where the processor wrote its sources (javac's {@code -s})
   * @param classOutput where it wrote classes and the catalog copy (javac's {@code -d})
   * @param sourceRoots the source path, in order
   * @param classPath the class path, in order (the class output first, as Maven gives it)
   */
  public StaleCatalogs(Path generatedSources, Path classOutput, List<Path> sourceRoots, List<Path> classPath) {
    this.generatedSources = generatedSources;
    this.classOutput = classOutput;
    this.sourceRoots = List.copyOf(sourceRoots);
    this.classPath = List.copyOf(classPath);
  }

  /** The packages with a lookup record, in a stable order, each checked once. */
  public List<String> trackedPackages() throws IOException {
    if (!Files.isDirectory(generatedSources)) {
      return List.of();
    }
    // Walked where it really is: of a link to the directory, Files.walk would list the link alone.
    Path directory = generatedSources.toRealPath();
    try (Stream<Path> files = Files.walk(directory)) {
      return files.filter(file -> file.getFileName().toString().equals(CatalogLookup.FILE))
          .map(file -> directory.relativize(file.getParent()).toString().replace(file.getFileSystem()
              .getSeparator(), "."))
          .filter(packageName -> !packageName.isEmpty()) // package-info.java always names a package
          .sorted()
          .toList();
    }
  }

  /** The tracked packages whose catalog changed or is gone. */
  public List<Stale> find() throws IOException {
    List<Stale> stale = new ArrayList<>();
    for (String packageName : trackedPackages()) {
      Path record = generatedSources.resolve(packageName.replace('.', '/')).resolve(CatalogLookup.FILE);
      Optional<CatalogLookup> lookup = CatalogLookup.parse(Files.readString(record, StandardCharsets.UTF_8))
          .map(read -> read.resolvedAgainst(record.getParent()));
      if (lookup.isEmpty()) {
        stale.add(new Stale(packageName, "its record " + record + " is unreadable"));
        continue;
      }
      Path compiled = classOutput.resolve(CatalogRegistry.metadataPath(packageName));
      Optional<byte[]> now = read(lookup.get());
      if (now.isEmpty()) {
        stale.add(new Stale(packageName, "its catalog " + lookup.get().resource() + " is no longer found"));
      } else if (!Files.isRegularFile(compiled)) {
        stale.add(new Stale(packageName, "its compiled copy " + compiled + " is missing"));
      } else if (!Arrays.equals(now.get(), Files.readAllBytes(compiled))) {
        stale.add(new Stale(packageName, "its catalog " + lookup.get().resource() + " changed"));
      }
    }
    return stale;
  }

  /**
   * Deletes the {@code package-info.class} of each stale package; returns those that had one (a package
   * without one is recompiled anyway).
   */
  public List<Stale> mark(List<Stale> stale) throws IOException {
    List<Stale> marked = new ArrayList<>();
    for (Stale one : stale) {
      if (Files.deleteIfExists(classOutput.resolve(one.packageName().replace('.', '/')).resolve("package-info.class"))) {
        marked.add(one);
      }
    }
    return marked;
  }

  /** The catalog's bytes where the processor would find it first, or empty. */
  Optional<byte[]> read(CatalogLookup lookup) throws IOException {
    String resource = lookup.resource();
    for (Path root : lookup.roots()) {
      Path file = root.resolve(resource).normalize();
      if (file.startsWith(root) && Files.isRegularFile(file)) {
        return Optional.of(Files.readAllBytes(file));
      }
    }
    for (Path root : sourceRoots) {
      Path file = root.resolve(resource);
      if (Files.isRegularFile(file)) {
        return Optional.of(Files.readAllBytes(file));
      }
    }
    for (Path element : classPath) {
      if (Files.isDirectory(element)) {
        Path file = element.resolve(resource);
        if (Files.isRegularFile(file)) {
          return Optional.of(Files.readAllBytes(file));
        }
      } else if (Files.isRegularFile(element)) {
        Optional<byte[]> entry = entry(element, resource);
        if (entry.isPresent()) {
          return entry;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<byte[]> entry(Path jar, String name) {
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      ZipEntry entry = zip.getEntry(name);
      if (entry == null || entry.isDirectory()) {
        return Optional.empty();
      }
      try (InputStream in = zip.getInputStream(entry)) {
        return Optional.of(in.readAllBytes());
      }
    } catch (IOException e) {
      return Optional.empty(); // Not a jar, or unreadable: javac would not find the catalog there either.
    }
  }
}
