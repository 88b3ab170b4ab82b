package dev.codebook.processor.locate;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.PackageElement;

/**
 * What javac's {@code com.sun.source.util.Trees} tells of the sources that annotation values cannot: the
 * {@code package-info.java} that javac read an annotated package from (kapt, Gradle and a plain
 * {@code javac} without {@code -sourcepath} give the processor no source path, so this is how a catalog
 * lying beside its {@code package-info.java} is found there), and an annotation value as written
 * ({@code SdkCode.OLD_NAME_VALUE}, where the value alone is only a number). Empty where the compiler has no
 * {@code Trees} (Eclipse's), and for a file that is not on the file system.
 */
public final class JavacTrees {
  /** Finds nothing: for compilers without javac's tree API. */
  public static final JavacTrees NONE = new JavacTrees(null);

  /** A {@code com.sun.source.util.Trees}, kept as {@code Object} so this class loads without jdk.compiler. */
  private final Object trees;

  private JavacTrees(Object trees) {
    this.trees = trees;
  }

  /** Wrappers unwrapped at most: Gradle's incremental processing wraps once, kapt's once more. */
  private static final int WRAPPERS = 4;

  /**
   * javac's trees of this compilation, or {@link #NONE} when the environment is not javac's. Gradle hands
   * an incremental processor its own {@code IncrementalProcessingEnvironment}, and kapt its own wrapper when
   * its incremental processing is on (Gradle's default); {@code Trees} accepts only javac's environment, so
   * a wrapper is looked into for the environment it delegates to, as Lombok does.
   */
  public static JavacTrees of(ProcessingEnvironment environment) {
    ProcessingEnvironment current = environment;
    for (int depth = 0; depth <= WRAPPERS && current != null; depth++) {
      try {
        return new JavacTrees(com.sun.source.util.Trees.instance(current));
      } catch (IllegalArgumentException e) {
        current = delegateOf(current);
      } catch (LinkageError e) {
        return NONE;
      }
    }
    return NONE;
  }

  /** The environment a wrapper holds in a field of its own, or null. */
  private static ProcessingEnvironment delegateOf(ProcessingEnvironment wrapper) {
    for (Class<?> type = wrapper.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
      for (Field field : type.getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers()) || !ProcessingEnvironment.class.isAssignableFrom(field.getType())) {
          continue;
        }
        try {
          field.setAccessible(true);
          if (field.get(wrapper) instanceof ProcessingEnvironment delegate && delegate != wrapper) {
            return delegate;
          }
        } catch (RuntimeException | IllegalAccessException e) {
          // A field the module system keeps closed: look on.
        }
      }
    }
    return null;
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

  /** An annotation value as its source writes it ({@code SdkCode.OLD_NAME_VALUE}), when javac can tell. */
  public Optional<String> sourceText(javax.lang.model.element.Element element,
      javax.lang.model.element.AnnotationMirror mirror, javax.lang.model.element.AnnotationValue value) {
    if (trees == null) {
      return Optional.empty();
    }
    try {
      com.sun.source.util.TreePath path = ((com.sun.source.util.Trees) trees).getPath(element, mirror, value);
      return path == null ? Optional.empty() : Optional.of(path.getLeaf().toString());
    } catch (RuntimeException e) {
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
