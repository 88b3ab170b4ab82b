package dev.codebook.processor.generate;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
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
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * What the generated API says about null, in annotations that Kotlin reads as strict nullability, so
 * that a Kotlin caller sees {@code String?} where a member may return or accept null, {@code String}
 * everywhere else, and no platform type {@code String!}. Null checkers (NullAway, IntelliJ, the Checker
 * Framework) read the same annotations.
 *
 * <p>Generators wrap every reference type of the public API: {@link #nonNull}/{@link #nullable} for a
 * whole declared type (a return, parameter or field), {@link #nonNullElement}/{@link #nullableElement}
 * for a type argument or array component, {@link #array} for an array. Non-public members are left as
 * they are. Which library, and how far into types it may be written, is chosen once per compilation
 * from what the consumer's class path holds:
 *
 * <ul>
 *   <li>{@link Library#JETBRAINS JetBrains'} {@code @NotNull}/{@code @Nullable}, the default:
 *       {@code codebook-annotations} depends on {@code org.jetbrains:annotations}. Class retention,
 *       warning-free at {@code --release 8}, read natively by every Kotlin version. Versions before 15
 *       (Kotlin's standard library brings 13.0) cannot annotate type arguments or array components, so
 *       those are left out there rather than failing to compile.
 *   <li>{@link Library#JSPECIFY JSpecify}, on request: {@code @NullMarked} on every generated type and
 *       {@code @Nullable} where null is allowed, which also gives the handler's {@code R} the nullness
 *       of its type argument. Its {@code @NullMarked} makes javac warn at {@code --release 8}.
 *   <li>{@link Library#NONE none}, when neither is visible or the option asks for it: the same code,
 *       with no annotation.
 * </ul>
 */
public final class Nullness {
  /** {@code -Acodebook.nullability=jetbrains|jspecify|none}. */
  public static final String OPTION = "codebook.nullability";

  /** The annotation sets Codebook writes. */
  public enum Library {
    JETBRAINS("org.jetbrains.annotations", "NotNull", "Nullable", "org.jetbrains:annotations"),
    JSPECIFY("org.jspecify.annotations", "NonNull", "Nullable", "org.jspecify:jspecify"),
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
   * The nullness the options and the class path give, or why not: the arguments of
   * {@code BAD_OPTION} (name, value, the values it takes) or of {@code NULLABILITY_UNAVAILABLE}.
   */
  public record Choice(Optional<Nullness> nullness, List<String> badOption, List<String> unavailable) {}

  /** What nothing is annotated with. */
  public static final Nullness NONE = new Nullness(Library.NONE, false);

  private final Library library;
  private final boolean typeUse;
  private final Optional<AnnotationSpec> nonNull;
  private final Optional<AnnotationSpec> nullable;

  private Nullness(Library library, boolean typeUse) {
    this.library = library;
    this.typeUse = typeUse;
    this.nonNull = library == Library.JETBRAINS ? Optional.of(annotation(library, library.nonNull)) : Optional.empty();
    this.nullable = library == Library.NONE ? Optional.empty() : Optional.of(annotation(library, library.nullable));
  }

  /** A nullness for tests and tools: {@code typeUse} says whether the library may annotate inside types. */
  public static Nullness of(Library library, boolean typeUse) {
    return library == Library.NONE ? NONE : new Nullness(library, library == Library.JSPECIFY || typeUse);
  }

  private static AnnotationSpec annotation(Library library, String simpleName) {
    return AnnotationSpec.builder(ClassName.get(library.packageName, simpleName)).build();
  }

  /**
   * The option's choice: absent, JetBrains' when the class path has them and nothing otherwise; named,
   * that library, which must then be on the class path.
   */
  public static Choice choose(Elements elements, Map<String, String> options) {
    String asked = options.get(OPTION);
    if (asked == null) {
      return found(jetbrains(elements).orElse(NONE));
    }
    String value = asked.strip().toLowerCase(Locale.ROOT);
    if (value.equals(Library.NONE.optionValue())) {
      return found(NONE);
    }
    if (value.equals(Library.JETBRAINS.optionValue())) {
      return jetbrains(elements).map(Nullness::found).orElseGet(() -> unavailable(asked, Library.JETBRAINS,
          Library.JETBRAINS.packageName + ".NotNull"));
    }
    if (value.equals(Library.JSPECIFY.optionValue())) {
      String marked = Library.JSPECIFY.packageName + ".NullMarked";
      return elements.getTypeElement(marked) == null ? unavailable(asked, Library.JSPECIFY, marked)
          : found(new Nullness(Library.JSPECIFY, true));
    }
    return new Choice(Optional.empty(), List.of(OPTION, asked, "jetbrains, jspecify or none"), List.of());
  }

  private static Choice found(Nullness nullness) {
    return new Choice(Optional.of(nullness), List.of(), List.of());
  }

  private static Choice unavailable(String asked, Library library, String missing) {
    return new Choice(Optional.empty(), List.of(), List.of(OPTION, asked, missing, library.artifact));
  }

  /** JetBrains' annotations when visible, written inside types only where their version allows it. */
  private static Optional<Nullness> jetbrains(Elements elements) {
    TypeElement notNull = elements.getTypeElement(Library.JETBRAINS.packageName + "." + Library.JETBRAINS.nonNull);
    if (notNull == null) {
      return Optional.empty();
    }
    Target target = notNull.getAnnotation(Target.class);
    boolean typeUse = target != null && Arrays.asList(target.value()).contains(ElementType.TYPE_USE);
    return Optional.of(new Nullness(Library.JETBRAINS, typeUse));
  }

  public Library library() {
    return library;
  }

  /** A declared type (return, parameter, field) that is never null. */
  public TypeName nonNull(TypeName type) {
    return annotate(type, nonNull);
  }

  public TypeName nonNull(Class<?> type) {
    return nonNull(TypeName.get(type));
  }

  /** A declared type that may be null. */
  public TypeName nullable(TypeName type) {
    return annotate(type, nullable);
  }

  public TypeName nullable(Class<?> type) {
    return nullable(TypeName.get(type));
  }

  /**
   * Sets a generic method's non-null return type. After type variables ({@code static <R> T of()}) only a
   * type annotation may stand, so a library that cannot annotate types annotates the method instead.
   */
  public MethodSpec.Builder returnsNonNull(MethodSpec.Builder method, TypeName type) {
    if (typeUse || nonNull.isEmpty()) {
      return method.returns(nonNull(type));
    }
    return method.addAnnotation(nonNull.get()).returns(type);
  }

  /** A type argument or array component that is never null; as it is where the library cannot say so. */
  public TypeName nonNullElement(TypeName type) {
    return typeUse ? nonNull(type) : type;
  }

  /** A type argument or array component that may be null. */
  public TypeName nullableElement(TypeName type) {
    return typeUse ? nullable(type) : type;
  }

  /**
   * A non-null array of {@code component} (already wrapped by an element method). A library that cannot
   * annotate inside types writes its annotation in front of the array, where Java reads it as the
   * declaration's and Kotlin as the array's.
   */
  public TypeName array(TypeName component) {
    if (typeUse || nonNull.isEmpty()) {
      return nonNull(ArrayTypeName.of(component));
    }
    return ArrayTypeName.of(component.annotated(nonNull.get()));
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
