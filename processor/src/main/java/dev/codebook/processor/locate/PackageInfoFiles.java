package dev.codebook.processor.locate;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.PackageElement;

/**
 * The {@code package-info.java} that javac read an annotated package from, through javac's
 * {@code com.sun.source.util.Trees}. kapt, Gradle and a plain {@code javac} without {@code -sourcepath}
 * give the processor no source path, so this is how a catalog lying beside its {@code package-info.java}
 * is found there. Empty where the compiler has no {@code Trees} (Eclipse's), and for a file that is not
 * on the file system.
 */
public final class PackageInfoFiles {
  /** Finds nothing: for compilers without javac's tree API. */
  public static final PackageInfoFiles NONE = new PackageInfoFiles(null);

  /** A {@code com.sun.source.util.Trees}, kept as {@code Object} so this class loads without jdk.compiler. */
  private final Object trees;

  private PackageInfoFiles(Object trees) {
    this.trees = trees;
  }

  /** javac's trees of this compilation, or {@link #NONE} when the environment is not javac's. */
  public static PackageInfoFiles of(ProcessingEnvironment environment) {
    try {
      return new PackageInfoFiles(com.sun.source.util.Trees.instance(environment));
    } catch (IllegalArgumentException | LinkageError e) {
      return NONE;
    }
  }

  /** The file {@code pkg} was declared in, when it was compiled from a source file on the file system. */
  public Optional<Path> of(PackageElement pkg) {
    if (trees == null) {
      return Optional.empty();
    }
    try {
      com.sun.source.util.TreePath path = ((com.sun.source.util.Trees) trees).getPath(pkg);
      if (path == null || path.getCompilationUnit() == null) {
        return Optional.empty();
      }
      URI uri = path.getCompilationUnit().getSourceFile().toUri();
      return "file".equals(uri.getScheme()) ? Optional.of(Path.of(uri)) : Optional.empty();
    } catch (RuntimeException e) {
      // A Trees that does not know packages, or a URI that is no path: as if there were no file.
      return Optional.empty();
    }
  }

  /**
   * The source root {@code file} lies in, found by climbing one directory per segment of
   * {@code packageName}; empty when the directories do not spell the package.
   */
  static Optional<Path> sourceRoot(Path file, String packageName) {
    Path directory = file.toAbsolutePath().normalize().getParent();
    if (!packageName.isEmpty()) {
      String[] segments = packageName.split("\\.");
      for (int i = segments.length - 1; i >= 0; i--) {
        if (directory == null || directory.getFileName() == null
            || !directory.getFileName().toString().equals(segments[i])) {
          return Optional.empty();
        }
        directory = directory.getParent();
      }
    }
    return Optional.ofNullable(directory);
  }
}
