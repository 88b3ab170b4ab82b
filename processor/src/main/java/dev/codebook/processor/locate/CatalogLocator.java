package dev.codebook.processor.locate;

import dev.codebook.processor.catalog.CatalogParser;
import dev.codebook.processor.catalog.SourcePosition;
import dev.codebook.processor.diag.Message;
import dev.codebook.processor.diag.Problem;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.StandardLocation;

/**
 * Locate stage: finds the catalog an annotation names and reads its bytes. Resolution follows
 * {@link Class#getResource}: relative to the package, or absolute with a leading {@code /}. Places are
 * tried in order: each {@code -Acodebook.root} directory, the source path, the class path.
 */
public final class CatalogLocator {
  /** The processor option naming directories to look in first, separated by the path separator. */
  public static final String ROOT_OPTION = "codebook.root";

  /** A catalog found and read: its name for diagnostics, and its raw bytes. */
  public record Located(String file, byte[] bytes) {}

  /** Either the catalog or the one problem that stopped the search. */
  public record Result(Optional<Located> located, Optional<Problem> problem) {
    static Result found(String file, byte[] bytes) {
      return new Result(Optional.of(new Located(file, bytes)), Optional.empty());
    }

    static Result failed(Message message, SourcePosition at, Object... args) {
      return new Result(Optional.empty(), Optional.of(Problem.of(message, at, args)));
    }
  }

  private final Filer filer;
  private final List<Path> roots;

  public CatalogLocator(Filer filer, String rootOption) {
    this.filer = filer;
    this.roots = new ArrayList<>();
    if (rootOption != null) {
      for (String dir : rootOption.split(File.pathSeparator)) {
        if (!dir.isBlank()) {
          roots.add(Path.of(dir.strip()).toAbsolutePath().normalize());
        }
      }
    }
  }

  /** Finds the catalog named {@code path} by an annotation on package {@code packageName}. */
  public Result locate(String packageName, String path) {
    SourcePosition at = SourcePosition.ofFile(path);
    Optional<String> resource = resolve(packageName, path);
    if (resource.isEmpty()) {
      String why = path.isBlank() ? "it is empty"
          : path.contains("\\") ? "use '/' to separate directories"
          : "it leads outside the root it is resolved in (too many '..')";
      return Result.failed(Message.CATALOG_PATH_INVALID, at, path, why);
    }
    String name = resource.get();
    List<String> tried = new ArrayList<>();
    for (Path root : roots) {
      Path candidate = root.resolve(name).normalize();
      tried.add(candidate + " (" + ROOT_OPTION + ")");
      if (!candidate.startsWith(root)) {
        continue;
      }
      if (Files.isDirectory(candidate)) {
        return Result.failed(Message.CATALOG_UNREADABLE, SourcePosition.ofFile(candidate.toString()),
            "it is a directory, not a file");
      }
      if (Files.isRegularFile(candidate)) {
        try (InputStream in = Files.newInputStream(candidate)) {
          return read(candidate.toString(), in);
        } catch (IOException e) {
          return Result.failed(Message.CATALOG_UNREADABLE, SourcePosition.ofFile(candidate.toString()), e);
        }
      }
    }
    for (StandardLocation location : List.of(StandardLocation.SOURCE_PATH, StandardLocation.CLASS_PATH)) {
      tried.add(name + " on the " + (location == StandardLocation.SOURCE_PATH ? "source path" : "class path"));
      Optional<Result> result = fromFiler(location, name);
      if (result.isPresent()) {
        return result.get();
      }
    }
    StringBuilder list = new StringBuilder();
    for (String place : tried) {
      list.append("\n  ").append(place);
    }
    if (roots.isEmpty()) {
      list.append("\n  (pass -A").append(ROOT_OPTION).append("=DIR to look in a directory as well)");
    }
    String[] directories = name.split("/");
    for (int i = 0; i < directories.length - 1; i++) {
      if (!javax.lang.model.SourceVersion.isIdentifier(directories[i])) {
        list.append("\n  (javac does not look into jar directories whose names are not Java identifiers, such as '")
            .append(directories[i]).append("': move the catalog, e.g. under /codebook/)");
        break;
      }
    }
    return Result.failed(Message.CATALOG_NOT_FOUND, at, path, list);
  }

  private Optional<Result> fromFiler(JavaFileManager.Location location, String name) {
    FileObject file;
    try {
      file = filer.getResource(location, "", name);
    } catch (IOException | IllegalArgumentException | IllegalStateException e) {
      return Optional.empty();
    }
    String display = display(file);
    if (file.toUri().getScheme() != null && file.toUri().getScheme().equals("file")) {
      try {
        Path path = Path.of(file.toUri());
        if (Files.isDirectory(path)) {
          return Optional.of(Result.failed(Message.CATALOG_UNREADABLE, SourcePosition.ofFile(display),
              "it is a directory, not a file"));
        }
        if (!Files.exists(path)) {
          return Optional.empty();
        }
      } catch (IllegalArgumentException e) {
        // Not a plain file path: let the file object open it.
      }
    }
    try (InputStream in = file.openInputStream()) {
      return Optional.of(read(display, in));
    } catch (IOException | IllegalArgumentException | IllegalStateException e) {
      return Optional.empty();
    }
  }

  private static String display(FileObject file) {
    URI uri = file.toUri();
    if ("file".equals(uri.getScheme())) {
      try {
        return Path.of(uri).toString();
      } catch (IllegalArgumentException e) {
        return uri.toString();
      }
    }
    return uri.toString();
  }

  private static Result read(String display, InputStream in) throws IOException {
    byte[] bytes = in.readNBytes(CatalogParser.MAX_BYTES + 1);
    if (bytes.length > CatalogParser.MAX_BYTES) {
      return Result.failed(Message.CATALOG_TOO_LARGE, SourcePosition.ofFile(display),
          (long) bytes.length + in.transferTo(java.io.OutputStream.nullOutputStream()), CatalogParser.MAX_BYTES);
    }
    return Result.found(display, bytes);
  }

  /**
   * The resource name of {@code path} seen from {@code packageName}, with {@code .} and {@code ..}
   * resolved; empty when the path is blank, uses backslashes, or climbs above its root.
   */
  static Optional<String> resolve(String packageName, String path) {
    if (path.isBlank() || path.contains("\\")) {
      return Optional.empty();
    }
    Deque<String> segments = new ArrayDeque<>();
    if (!path.startsWith("/") && !packageName.isEmpty()) {
      for (String segment : packageName.split("\\.")) {
        segments.addLast(segment);
      }
    }
    for (String segment : path.split("/")) {
      if (segment.isEmpty() || segment.equals(".")) {
        continue;
      }
      if (segment.equals("..")) {
        if (segments.isEmpty()) {
          return Optional.empty();
        }
        segments.removeLast();
      } else {
        segments.addLast(segment);
      }
    }
    if (segments.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(String.join("/", segments));
  }
}
