package dev.codebook.processor.locate;

import dev.codebook.processor.parse.CatalogParser;
import dev.codebook.processor.model.SourcePosition;
import dev.codebook.processor.diag.Spelling;
import dev.codebook.processor.diag.Message;
import dev.codebook.processor.diag.Problem;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.StandardLocation;

/**
 * Locate stage: finds the catalog an annotation names and reads its bytes. Resolution follows
 * {@link Class#getResource}: relative to the package, or absolute with a leading {@code /}. Places are
 * tried in order: each {@code -Acodebook.root} directory, the source path, the source root of the
 * annotated {@code package-info.java} (for builds that pass no source path: kapt, Gradle, plain javac),
 * the class path.
 */
public final class CatalogLocator {
  /** The processor option naming directories to look in first, separated by the path separator. */
  public static final String ROOT_OPTION = "codebook.root";

  /** A catalog found and read: its name for diagnostics, its raw bytes, and how it was looked up. */
  public record Located(String file, byte[] bytes, CatalogLookup lookup) {}

  /** Either the catalog or the one problem that stopped the search. */
  public record Result(Optional<Located> located, Optional<Problem> problem) {
    static Result found(String file, byte[] bytes, CatalogLookup lookup) {
      return new Result(Optional.of(new Located(file, bytes, lookup)), Optional.empty());
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

  /**
   * Finds the catalog named {@code path} by an annotation on package {@code packageName}, whose
   * {@code package-info.java} is {@code packageInfo} when the compiler tells.
   */
  public Result locate(String packageName, String path, Optional<Path> packageInfo) {
    SourcePosition at = SourcePosition.ofFile(path);
    Optional<String> resource = resolve(packageName, path);
    if (resource.isEmpty()) {
      String why = path.isBlank() ? "it is empty"
          : path.contains("\\") ? "use '/' to separate directories"
          : "it leads outside the root it is resolved in (too many '..')";
      return Result.failed(Message.CATALOG_PATH_INVALID, at, path, why);
    }
    String name = resource.get();
    CatalogLookup lookup = new CatalogLookup(name, roots);
    List<String> tried = new ArrayList<>();
    for (Path root : roots) {
      Optional<Result> inRoot = inDirectory(root, name, ROOT_OPTION, lookup, tried);
      if (inRoot.isPresent()) {
        return inRoot.get();
      }
    }
    tried.add(name + " on the source path");
    Optional<Result> onSourcePath = fromFiler(StandardLocation.SOURCE_PATH, name, lookup);
    if (onSourcePath.isPresent()) {
      return onSourcePath.get();
    }
    Optional<Path> sourceRoot = packageInfo.flatMap(file -> JavacTrees.sourceRoot(file, packageName));
    if (sourceRoot.isPresent()) {
      Optional<Result> besidePackageInfo = inDirectory(sourceRoot.get(), name, "the source root of package-info.java",
          lookup, tried);
      if (besidePackageInfo.isPresent()) {
        return besidePackageInfo.get();
      }
    }
    tried.add(name + " on the class path");
    Optional<Result> onClassPath = fromFiler(StandardLocation.CLASS_PATH, name, lookup);
    if (onClassPath.isPresent()) {
      return onClassPath.get();
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
    return Result.failed(Message.CATALOG_NOT_FOUND, at, path, nearMiss(packageName, path, name, sourceRoot), list);
  }

  /**
   * {@code "; did you mean 'payments.yaml'?"} when a file of a close name lies where the catalog was
   * looked for ({@code payment.yaml} asked for), {@code ""} otherwise; written as the user wrote the path.
   * The Filer lists no directory, so the directories it can show are listed (each root, the source path
   * directory found through the package's own {@code package-info.java}, the class output, where Maven
   * copies {@code src/main/resources}), and for the rest of the class path, jars included, the usual
   * slips are tried by name: a plural {@code s} more or less, {@code .yml} for {@code .yaml}, lower case.
   */
  private String nearMiss(String packageName, String path, String name, Optional<Path> packageInfoRoot) {
    int slash = name.lastIndexOf('/');
    String directory = slash < 0 ? "" : name.substring(0, slash);
    String fileName = name.substring(slash + 1);
    Set<String> siblings = new TreeSet<>();
    for (Path root : roots) {
      siblings.addAll(filesIn(root.resolve(directory).normalize()));
    }
    String packageInfo = packageName.isEmpty() ? "package-info.java" : packageName.replace('.', '/') + "/package-info.java";
    fileOf(StandardLocation.SOURCE_PATH, packageInfo).ifPresent(file -> {
      Path sourceRoot = file;
      for (int i = packageInfo.split("/").length; i > 0 && sourceRoot != null; i--) {
        sourceRoot = sourceRoot.getParent();
      }
      if (sourceRoot != null) {
        siblings.addAll(filesIn(sourceRoot.resolve(directory)));
      }
    });
    packageInfoRoot.ifPresent(root -> siblings.addAll(filesIn(root.resolve(directory))));
    fileOf(StandardLocation.CLASS_OUTPUT, name).ifPresent(file -> siblings.addAll(filesIn(file.getParent())));
    for (String slip : slips(fileName)) {
      String candidate = directory.isEmpty() ? slip : directory + "/" + slip;
      for (StandardLocation location : List.of(StandardLocation.SOURCE_PATH, StandardLocation.CLASS_PATH)) {
        if (exists(location, candidate)) {
          siblings.add(slip);
        }
      }
    }
    siblings.remove(fileName);
    String asWritten = path.substring(0, path.lastIndexOf('/') + 1);
    return Spelling.closest(fileName, siblings)
        .map(near -> "; did you mean '" + asWritten + near + "'?")
        .orElse("");
  }

  /** Names a hand often writes for {@code fileName}: a plural s more or less, the other YAML extension, lower case. */
  static Set<String> slips(String fileName) {
    int dot = fileName.lastIndexOf('.');
    String stem = dot < 0 ? fileName : fileName.substring(0, dot);
    String extension = dot < 0 ? "" : fileName.substring(dot);
    Set<String> stems = new TreeSet<>(List.of(stem, stem + "s", stem.toLowerCase(java.util.Locale.ROOT)));
    if (stem.endsWith("s")) {
      stems.add(stem.substring(0, stem.length() - 1));
    }
    Set<String> extensions = new TreeSet<>(List.of(extension));
    extensions.addAll(extension.equals(".yaml") ? List.of(".yml") : extension.equals(".yml") ? List.of(".yaml") : List.of());
    Set<String> names = new TreeSet<>();
    for (String s : stems) {
      for (String e : extensions) {
        names.add(s + e);
      }
    }
    names.remove(fileName);
    return names;
  }

  /** The file the Filer gives for {@code name} on {@code location}, when it is a plain file path. */
  private Optional<Path> fileOf(JavaFileManager.Location location, String name) {
    try {
      URI uri = filer.getResource(location, "", name).toUri();
      return "file".equals(uri.getScheme()) ? Optional.of(Path.of(uri)) : Optional.empty();
    } catch (IOException | IllegalArgumentException | IllegalStateException e) {
      return Optional.empty();
    }
  }

  /** Whether the Filer can open {@code name} on {@code location}: opened and closed, nothing read. */
  private boolean exists(JavaFileManager.Location location, String name) {
    try {
      filer.getResource(location, "", name).openInputStream().close();
      return true;
    } catch (IOException | IllegalArgumentException | IllegalStateException e) {
      return false;
    }
  }

  private static Set<String> filesIn(Path directory) {
    if (!Files.isDirectory(directory)) {
      return Set.of();
    }
    try (Stream<Path> files = Files.list(directory)) {
      Set<String> names = new TreeSet<>();
      files.filter(Files::isRegularFile).forEach(file -> names.add(file.getFileName().toString()));
      return names;
    } catch (IOException | UncheckedIOException e) {
      return Set.of();
    }
  }

  private Optional<Result> fromFiler(JavaFileManager.Location location, String name, CatalogLookup lookup) {
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
      return Optional.of(read(display, in, lookup));
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

  /**
   * The catalog {@code name} in directory {@code root}, added to {@code tried} as {@code label} says: read, an
   * error for a directory in its place, or empty when it is not there (or would lie outside {@code root}).
   */
  private static Optional<Result> inDirectory(Path root, String name, String label, CatalogLookup lookup,
      List<String> tried) {
    Path candidate = root.resolve(name).normalize();
    tried.add(candidate + " (" + label + ")");
    if (!candidate.startsWith(root)) {
      return Optional.empty();
    }
    if (Files.isDirectory(candidate)) {
      return Optional.of(Result.failed(Message.CATALOG_UNREADABLE, SourcePosition.ofFile(candidate.toString()),
          "it is a directory, not a file"));
    }
    return Files.isRegularFile(candidate) ? Optional.of(readFile(candidate, lookup)) : Optional.empty();
  }

  private static Result readFile(Path file, CatalogLookup lookup) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(file.toString(), in, lookup);
    } catch (IOException e) {
      return Result.failed(Message.CATALOG_UNREADABLE, SourcePosition.ofFile(file.toString()), e);
    }
  }

  private static Result read(String display, InputStream in, CatalogLookup lookup) throws IOException {
    byte[] bytes = in.readNBytes(CatalogParser.MAX_BYTES + 1);
    if (bytes.length > CatalogParser.MAX_BYTES) {
      return Result.failed(Message.CATALOG_TOO_LARGE, SourcePosition.ofFile(display),
          (long) bytes.length + in.transferTo(java.io.OutputStream.nullOutputStream()), CatalogParser.MAX_BYTES);
    }
    return Result.found(display, bytes, lookup);
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
