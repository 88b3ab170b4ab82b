package dev.codebook.processor.generate;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import java.lang.annotation.ElementType;
import java.lang.annotation.Target;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * What the generated API says about null, in annotations that Kotlin reads as strict nullability, so
 * that a Kotlin caller sees {@code String?} where a member may return or accept null, {@code String}
 * everywhere else, and no platform type {@code String!}. Null checkers (NullAway, IntelliJ, the Checker
 * Framework) read the same annotations.
 *
 * <p>Generators wrap every reference type of the public API, the type arguments and array components
 * inside it included, in {@link #nonNull} or {@link #nullable}; {@link #array} makes a non-null array.
 * Non-public members are left as they are. Annotations are written on types ({@code public @Nullable
 * String advice()}, {@code List<@NotNull String>}), so only libraries whose annotations apply to type uses
 * are written. Which one is chosen once per compilation, from the option and the class path:
 *
 * <ul>
 *   <li>{@link Library#JETBRAINS JetBrains'} {@code @NotNull}/{@code @Nullable}, the default:
 *       {@code codebook-annotations} depends on {@code org.jetbrains:annotations}. Class retention,
 *       warning-free at {@code --release 8}, read by Kotlin as strict. Their versions before 15 (Kotlin's
 *       standard library brings 13.0) apply to declarations only: then nothing is written, with a note.
 *   <li>{@link Library#JSPECIFY JSpecify}, on request: {@code @NullMarked} on every generated type and
 *       {@code @Nullable} where null is allowed, which also gives the handler's {@code R} the nullness
 *       of its type argument. Its {@code @NullMarked} makes javac warn at {@code --release 8}.
 *   <li>{@link Library#NONE none}, when neither is usable or the option asks for it: the same code,
 *       with no annotation.
 * </ul>
 */
public final class Nullness {
  /** {@code -Acodebook.nullability=jetbrains|jspecify|none}. */
  public static final String OPTION = "codebook.nullability";

  /** The annotation sets Codebook writes. */
  public enum Library {
    JETBRAINS("org.jetbrains.annotations", "NotNull", "Nullable", "org.jetbrains:annotations 26.0.2"),
    JSPECIFY("org.jspecify.annotations", "NonNull", "Nullable", "org.jspecify:jspecify 1.0.0"),
    NONE("", "", "", "");

    private final String packageName;
    private final String nonNull;
    private final String nullable;
    private final String artifact;

    Library(String packageName, String nonNull, String nullable, String artifact) {
      this.packageName = packageName;
      this.nonNull = nonNull;
      this.nullable = nullable;
      this.artifact = artifact;
    }

    /** How the option writes it. */
    public String optionValue() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * The nullness the options and the class path give, or why not: the arguments of {@code BAD_OPTION}
   * (name, value, the values it takes) or of {@code NULLABILITY_UNAVAILABLE} (name, value, what is
   * missing, what to add). {@code oldJetbrains}: JetBrains' annotations were found but apply to
   * declarations only, so none are written ({@code NULLABILITY_OLD_JETBRAINS}, a note).
   */
  public record Choice(Optional<Nullness> nullness, List<String> badOption, List<String> unavailable,
      boolean oldJetbrains) {}

  /** What nothing is annotated with. */
  public static final Nullness NONE = new Nullness(Library.NONE);

  private final Library library;
  private final Optional<AnnotationSpec> nonNull;
  private final Optional<AnnotationSpec> nullable;

  private Nullness(Library library) {
    this.library = library;
    this.nonNull = library == Library.JETBRAINS ? Optional.of(annotation(library, library.nonNull)) : Optional.empty();
    this.nullable = library == Library.NONE ? Optional.empty() : Optional.of(annotation(library, library.nullable));
  }

  /** The nullness of {@code library}, whatever the class path: for tests and tools. */
  public static Nullness of(Library library) {
    return library == Library.NONE ? NONE : new Nullness(library);
  }

  private static AnnotationSpec annotation(Library library, String simpleName) {
    return AnnotationSpec.builder(ClassName.get(library.packageName, simpleName)).build();
  }

  /**
   * The option's choice: absent, JetBrains' when the class path has a version that annotates types,
   * nothing otherwise; named, that library, which must then be on the class path.
   */
  public static Choice choose(Elements elements, Map<String, String> options, PackageElement pkg) {
    Visible visible = new Visible(elements, pkg);
    String asked = options.get(OPTION);
    Optional<Boolean> jetbrainsAnnotateTypes = jetbrainsAnnotateTypes(visible);
    if (asked == null) {
      boolean old = jetbrainsAnnotateTypes.filter(typeUse -> !typeUse).isPresent();
      return new Choice(Optional.of(jetbrainsAnnotateTypes.orElse(false) ? of(Library.JETBRAINS) : NONE),
          List.of(), List.of(), old);
    }
    String value = asked.strip().toLowerCase(Locale.ROOT);
    if (value.equals(Library.NONE.optionValue())) {
      return found(NONE);
    }
    if (value.equals(Library.JETBRAINS.optionValue())) {
      String notNull = Library.JETBRAINS.packageName + "." + Library.JETBRAINS.nonNull;
      return jetbrainsAnnotateTypes.isEmpty() ? unavailable(asked, Library.JETBRAINS, notNull + " not found")
          : !jetbrainsAnnotateTypes.get() ? unavailable(asked, Library.JETBRAINS, notNull + " applies to declarations"
              + " only (a version before 15, such as the 13.0 that kotlin-stdlib brings)")
          : found(of(Library.JETBRAINS));
    }
    if (value.equals(Library.JSPECIFY.optionValue())) {
      String marked = Library.JSPECIFY.packageName + ".NullMarked";
      return visible.type(marked) == null ? unavailable(asked, Library.JSPECIFY, marked + " not found")
          : found(of(Library.JSPECIFY));
    }
    return new Choice(Optional.empty(), List.of(OPTION, asked, "jetbrains, jspecify or none"), List.of(), false);
  }

  private static Choice found(Nullness nullness) {
    return new Choice(Optional.of(nullness), List.of(), List.of(), false);
  }

  private static Choice unavailable(String asked, Library library, String why) {
    return new Choice(Optional.empty(), List.of(), List.of(OPTION, asked, why, library.artifact), false);
  }

  /**
   * The types the annotated package's code can name: in a named module only those it reads (a library on the
   * class path beside a module path is no use to it), anywhere otherwise.
   */
  private record Visible(Elements elements, PackageElement pkg) {
    TypeElement type(String name) {
      ModuleElement module = elements.getModuleOf(pkg);
      return module == null || module.isUnnamed() ? elements.getTypeElement(name) : elements.getTypeElement(module, name);
    }
  }

  /** Whether JetBrains' {@code @NotNull} applies to type uses (version 15 on); empty when it is not visible. */
  private static Optional<Boolean> jetbrainsAnnotateTypes(Visible visible) {
    TypeElement notNull = visible.type(Library.JETBRAINS.packageName + "." + Library.JETBRAINS.nonNull);
    if (notNull == null) {
      return Optional.empty();
    }
    Target target = notNull.getAnnotation(Target.class);
    return Optional.of(target != null && Arrays.asList(target.value()).contains(ElementType.TYPE_USE));
  }

  public Library library() {
    return library;
  }

  /** A type that is never null: a return, parameter or field, or a type argument or component inside one. */
  public TypeName nonNull(TypeName type) {
    return annotate(type, nonNull);
  }

  public TypeName nonNull(Class<?> type) {
    return nonNull(TypeName.get(type));
  }

  /** A type that may be null. */
  public TypeName nullable(TypeName type) {
    return annotate(type, nullable);
  }

  public TypeName nullable(Class<?> type) {
    return nullable(TypeName.get(type));
  }

  /** A non-null array of {@code component}, itself already wrapped: {@code @Nullable Object @NotNull []}. */
  public TypeName array(TypeName component) {
    return nonNull(ArrayTypeName.of(component));
  }

  /**
   * The handler's result type variable: as the type argument says under JSpecify (whose
   * {@code @NullMarked} would otherwise make it non-null), as Java declares it otherwise.
   */
  public TypeVariableName resultVariable(String name) {
    return library == Library.JSPECIFY
        ? TypeVariableName.get(name, nullable(ClassName.OBJECT))
        : TypeVariableName.get(name);
  }

  /** Adds what a generated type carries for the whole of it: JSpecify's {@code @NullMarked}. */
  public TypeSpec.Builder mark(TypeSpec.Builder type) {
    if (library == Library.JSPECIFY) {
      type.addAnnotation(ClassName.get(Library.JSPECIFY.packageName, "NullMarked"));
    }
    return type;
  }

  private static TypeName annotate(TypeName type, Optional<AnnotationSpec> annotation) {
    if (annotation.isEmpty() || type.isPrimitive() || type.equals(TypeName.VOID) || type instanceof TypeVariableName) {
      return type;
    }
    return type.annotated(annotation.get());
  }
}
