package dev.codebook.processor.compat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Where the previous release of a catalog is: {@code -Acodebook.baseline=PATH[:PATH...]}, directories or
 * jars, each looked into for {@code <package path>/codebook-catalog.yaml}, the copy Codebook puts beside
 * the generated classes. The previous release's jar, or its unpacked classes, is a baseline as it is.
 */
public final class Baselines {
  public static final String OPTION = "codebook.baseline";

  private final List<Path> paths;

  private Baselines(List<Path> paths) {
    this.paths = List.copyOf(paths);
  }

  /** The baselines of {@code option} (null or blank: none), split as the class path is. */
  public static Baselines of(String option) {
    List<Path> paths = new ArrayList<>();
    if (option != null) {
      for (String path : option.split(File.pathSeparator)) {
        if (!path.isBlank()) {
          paths.add(Path.of(path.strip()));
        }
      }
    }
    return new Baselines(paths);
  }

  /** Whether a baseline was asked for: without one nothing is compared and nothing said. */
  public boolean requested() {
    return !paths.isEmpty();
  }

  /** The paths that are neither a directory nor a file: a dependency copy that failed, a typo. */
  public List<Path> missing() {
    return paths.stream().filter(path -> !Files.exists(path)).toList();
  }

  /** What was searched, for a message. */
  public String describe() {
    return String.join(File.pathSeparator, paths.stream().map(Path::toString).toList());
  }

  /** A baseline catalog: its bytes, and where they were found ({@code lib-1.0.jar!/com/x/codebook-catalog.yaml}). */
  public record Found(String origin, byte[] bytes) {}

  /** The first baseline that holds {@code resource} (a class-output path), if any; unreadable ones are skipped. */
  public Optional<Found> find(String resource) {
    for (Path path : paths) {
      try {
        if (Files.isDirectory(path)) {
          Path file = path.resolve(resource);
          if (Files.isRegularFile(file)) {
            return Optional.of(new Found(file.toString(), Files.readAllBytes(file)));
          }
        } else if (Files.isRegularFile(path)) {
          try (ZipFile jar = new ZipFile(path.toFile())) {
            ZipEntry entry = jar.getEntry(resource);
            if (entry != null) {
              try (InputStream in = jar.getInputStream(entry)) {
                return Optional.of(new Found(path + "!/" + resource, in.readAllBytes()));
              }
            }
          }
        }
      } catch (IOException e) {
        // Not a jar, or unreadable: the next path may have it, and "no baseline" says what was searched.
      }
    }
    return Optional.empty();
  }
}
