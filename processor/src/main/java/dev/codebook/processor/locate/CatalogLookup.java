package dev.codebook.processor.locate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How a package's catalog was looked up: its resource name (resolved from the package and the
 * {@code @Codebook} path) and the {@code -Acodebook.root} directories tried before the source and
 * class paths. The processor writes it beside the generated sources, so that a build tool can tell,
 * before it compiles anything, whether a catalog changed since its code was generated (the Maven goal
 * {@code codebook:mark-stale} does). Written into the source output, never into the class output: it
 * does not travel in jars.
 *
 * <p>The text is one {@code key=value} a line: {@code resource=com/example/codes/shop.yaml}, then
 * {@code root=DIR} for each root directory, in order, relative to the record's directory where it can be
 * ({@link #relativeTo}): the record holds no path of the machine it was built on.
 */
public record CatalogLookup(String resource, List<Path> roots) {
  /** File name of the record, in the annotated package's directory of the source output. */
  public static final String FILE = "codebook-catalog.lookup";

  public CatalogLookup {
    roots = List.copyOf(roots);
  }

  /**
   * This lookup with each root written relative to {@code directory}, the record's own, where that can be
   * done: the same project built in two places then writes the same record. A root on another file system
   * root (another drive) stays absolute.
   */
  public CatalogLookup relativeTo(Path directory) {
    Path base = real(directory);
    List<Path> relative = new ArrayList<>();
    for (Path root : roots) {
      Path absolute = real(root);
      relative.add(absolute.getRoot() != null && absolute.getRoot().equals(base.getRoot())
          ? base.relativize(absolute) : absolute);
    }
    return new CatalogLookup(resource, relative);
  }

  /**
   * This lookup with relative roots resolved against {@code directory}, the record's own, as the file system
   * has it: a {@code ..} climbs out of where a symbolic link leads, as it did when the record was written.
   */
  public CatalogLookup resolvedAgainst(Path directory) {
    Path base = real(directory);
    List<Path> absolute = new ArrayList<>();
    for (Path root : roots) {
      absolute.add(base.resolve(root).normalize());
    }
    return new CatalogLookup(resource, absolute);
  }

  /** The path with its symbolic links followed where it exists; absolute and normalized where it does not. */
  private static Path real(Path path) {
    try {
      return path.toRealPath();
    } catch (java.io.IOException | SecurityException e) {
      return path.toAbsolutePath().normalize();
    }
  }

  /** The record as written: no date, no path but the root directories the user gave, relative where it can. */
  public String text() {
    StringBuilder out = new StringBuilder("# Written by Codebook: where this package's catalog was looked up.\n");
    out.append("resource=").append(resource).append('\n');
    for (Path root : roots) {
      // '/' on every system, so that the record reads the same wherever it was written.
      out.append("root=").append(root.toString().replace(root.getFileSystem().getSeparator(), "/")).append('\n');
    }
    return out.toString();
  }

  /** Reads {@link #text()}; empty when there is no {@code resource} line. Unknown keys are skipped. */
  public static Optional<CatalogLookup> parse(String text) {
    String resource = null;
    List<Path> roots = new ArrayList<>();
    for (String line : text.split("\r?\n")) {
      if (line.startsWith("resource=")) {
        resource = line.substring("resource=".length());
      } else if (line.startsWith("root=")) {
        roots.add(Path.of(line.substring("root=".length())));
      }
    }
    return resource == null || resource.isEmpty() ? Optional.empty() : Optional.of(new CatalogLookup(resource, roots));
  }
}
