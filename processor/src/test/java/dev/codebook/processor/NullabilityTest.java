package dev.codebook.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the generated API says about null, read the way a compiler of the consumer reads it: an inspecting
 * processor runs after Codebook and lists every reference type of every public or protected member of
 * every public generated type (returns, parameters, fields, type arguments, array components). Each says
 * non-null or nullable, and exactly the {@link #NULLABLE} ones are nullable; README's Kotlin section lists
 * them. The catalog has every shape that adds API: int and string domains, ranges of both kinds with and
 * without exceptions, attributes with and without defaults, parameters, aliases, groups, deprecation,
 * translations, and a class-form domain large enough for constant and handler parts.
 */
class NullabilityTest {
  private static final String JETBRAINS = "org.jetbrains.annotations";
  private static final String JSPECIFY = "org.jspecify.annotations";
  private static final List<String> RELEASE_8 = List.of("--release", "8", "-Xlint:all,-options,-processing", "-Werror");
  private static final int BIG = 3_001;

  static final String CATALOG = """
      codebook: 1
      name: Shop
      translations: [de]
      domains:
        - name: Order
          kind: failure
          ranges:
            - {name: ClientError, from: 400, to: 499, exception: ClientErrorException, title: Client errors}
            - {name: Info, from: 100, to: 199, kind: event}
          attributes:
            rfc: {type: string}
            hint: {type: string, default: none}
            status: {type: int, default: 0}
            retryable: {type: boolean, default: false}
          codes:
            - code: 0
              name: OK
              kind: success
              message: Order placed.
              i18n: {de: {message: Bestellung aufgegeben.}}
            - code: 404
              name: NOT_FOUND
              aliases: [MISSING]
              message: "Order {id} of {count} not found."
              params: {id: String, count: int}
              advice: Reload.
              attributes: {rfc: RFC 9110, status: 404}
              exception: MissingException
              i18n: {de: {message: "Bestellung {id} von {count} fehlt.", advice: Neu laden.}}
            - code: 500
              name: OLD
              deprecated: Use NOT_FOUND.
              message: Old.
              i18n: {de: {message: Alt.}}
        - name: Sku
          codeType: string
          kind: failure
          ranges: [{name: Stock, prefix: "S", exception: StockException}]
          codes:
            - {code: S01, name: OUT_OF_STOCK, message: Out of stock., i18n: {de: {message: Ausverkauft.}}}
        - name: Big
          kind: failure
          codes:
      """ + bigCodes();

  /**
   * The nullable places, as {@code Type#member(parameter types) position}, for the catalog above: every
   * other reference type of the API is non-null. Positions: {@code return}, a parameter's name, or
   * {@code element of} either for a type argument or array component.
   */
  static final Set<String> NULLABLE = Set.of(
      // The catalog's code interface, and each code type that implements it (Order shows every one).
      "ShopCode#advice() return", "ShopCode#advice(Locale) return", "ShopCode#advice(Locale) locale",
      "ShopCode#message(Locale) locale", "ShopCode#exception(String) detail",
      "ShopCode#exception(String,Throwable) detail", "ShopCode#exception(String,Throwable) cause",
      "ShopCode#format(Object[]) element of args", "ShopCode#format(Locale,Object[]) locale",
      "ShopCode#format(Locale,Object[]) element of args",
      "OrderCode#advice() return", "OrderCode#advice(Locale) return", "OrderCode#advice(Locale) locale",
      "OrderCode#message(Locale) locale", "OrderCode#exception(String) detail",
      "OrderCode#exception(String,Throwable) detail", "OrderCode#exception(String,Throwable) cause",
      "OrderCode#format(Object[]) element of args", "OrderCode#format(Locale,Object[]) locale",
      "OrderCode#format(Locale,Object[]) element of args",
      // Lookups, checks and ranges: what the catalog may not know, and text that may be missing.
      "OrderCode#forCode(int) return", "OrderCode#forCode(String) return", "OrderCode#forCode(String) code",
      "OrderCode#check(String) code", "OrderCode#check(String,String) code", "OrderCode#check(String,String) detail",
      "OrderCode#check(int,String) detail", "OrderCode#range() return", "OrderCode#rangeOf(int) return",
      "OrderCode#rangeOf(String) return", "OrderCode#rangeOf(String) code",
      "OrderRange#kind() return", "OrderRange#title() return", "OrderRange#prefix() return",
      "SkuRange#kind() return", "SkuRange#title() return",
      // A string attribute without a default.
      "OrderCode#rfc() return",
      // Exceptions: the code of an unknown value, the detail, the values a factory received.
      "ShopException#code() return", "ShopException#detail() return", "ShopException#args() element of return",
      "ShopException#<init>(ShopCode,String,Throwable,Object[]) detail",
      "ShopException#<init>(ShopCode,String,Throwable,Object[]) cause",
      "ShopException#<init>(ShopCode,String,Throwable,Object[]) element of args",
      "ShopException#<init>(String,String,String) detail",
      "OrderException#code() return", "OrderException#notFound(String,int) id",
      "OrderException#<init>(OrderCode,String,Throwable,Object[]) detail",
      "OrderException#<init>(OrderCode,String,Throwable,Object[]) cause",
      "OrderException#<init>(OrderCode,String,Throwable,Object[]) element of args",
      "OrderException#<init>(String,String) detail",
      // The handler: every detail, and a raw code given as text.
      "OrderHandler#onOk(String) detail", "OrderHandler#onNotFound(String) detail", "OrderHandler#onOld(String) detail",
      "OrderHandler#onSuccess(OrderCode,String) detail", "OrderHandler#onFailure(OrderCode,String) detail",
      "OrderHandler#onWarning(OrderCode,String) detail", "OrderHandler#onEvent(OrderCode,String) detail",
      "OrderHandler#onProgress(OrderCode,String) detail",
      "OrderHandler#onOutcome(OrderCode,String) detail", "OrderHandler#onUnknown(String,String) detail",
      "OrderHandler#dispatch(int,String) detail", "OrderHandler#dispatch(String,String) code",
      "OrderHandler#dispatch(String,String) detail", "OrderHandler#dispatch(OrderCode,String) detail",
      "OrderHandler.UnknownCodeHandler#onUnknown(String,String) detail");

  private static Api api;

  @BeforeAll
  static void compile() {
    api = inspect(JETBRAINS, RELEASE_8, null);
  }

  private static String bigCodes() {
    StringBuilder codes = new StringBuilder();
    for (int i = 0; i < BIG; i++) {
      codes.append("      - {code: ").append(100_000 + i).append(", name: BIG_").append(i)
          .append(", message: Big ").append(i).append(".}\n");
    }
    return codes.toString();
  }

  @Test
  void everyReferenceTypeOfThePublicApiSaysWhetherItMayBeNull() {
    assertTrue(api.slots.size() > 400, "too few places inspected: " + api.slots.size());
    List<String> unsaid = api.slots.entrySet().stream().filter(slot -> slot.getValue() == State.UNSAID)
        .map(java.util.Map.Entry::getKey).toList();
    assertEquals(List.of(), unsaid, "reference types that say nothing about null (Kotlin: platform types)");
    // The class form and its parts are there: constants in parts, values(), compareTo, handler parts.
    assertEquals(State.NON_NULL, api.slots.get("BigCodePart0#BIG_0 field"));
    assertEquals(State.NON_NULL, api.slots.get("BigCode#values() element of return"));
    assertEquals(State.NON_NULL, api.slots.get("BigCode#values() return"));
    assertEquals(State.NON_NULL, api.slots.get("BigCode#compareTo(BigCode) other"));
    assertEquals(State.NULLABLE, api.slots.get("BigHandlerPart0#route(BigHandler,int,String) detail"));
  }

  @Test
  void exactlyTheDocumentedPlacesAreNullable() {
    Set<String> nullable = api.slots.entrySet().stream()
        .filter(slot -> slot.getValue() == State.NULLABLE)
        .map(java.util.Map.Entry::getKey)
        // Every code type has the same members as Order's, every handler and exception those of Order's.
        .filter(slot -> !slot.startsWith("Big") && !slot.startsWith("Sku") || slot.startsWith("SkuRange#"))
        // Every per-code exception class repeats its parent's constructors.
        .filter(slot -> slot.startsWith("ShopException#") || slot.startsWith("OrderException#")
            || !slot.contains("Exception#"))
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(new TreeSet<>(NULLABLE), nullable);
  }

  @Test
  void theResultTypeIsTheTypeArgumentsOwn() {
    // JetBrains' annotations cannot say "as the type argument says": R is left as Java declares it.
    assertEquals(State.TYPE_VARIABLE, api.slots.get("OrderHandler#dispatch(int,String) return"));
  }

  @Test
  void withoutTheLibraryTheOutputIsTheSameLessTheAnnotations() {
    Api without = inspect(JETBRAINS, RELEASE_8, annotationsOnly());
    assertEquals(withoutAnnotations(api.compilation()), withoutAnnotations(without.compilation()));
    assertTrue(without.slots().values().stream().noneMatch(state -> state == State.NON_NULL || state == State.NULLABLE),
        "annotated without the library");
    // The option can ask for the same with the library on the class path.
    Api none = inspect(JETBRAINS, List.of("--release", "8", "-Xlint:all,-options,-processing", "-Werror",
        "-Acodebook.nullability=none"), null);
    assertEquals(withoutAnnotations(without.compilation()), withoutAnnotations(none.compilation()));
    assertTrue(none.compilation().generatedSourceFiles().stream().noneMatch(file -> content(file).contains("@NotNull")));
  }

  /**
   * {@code org.jetbrains:annotations} before version 15 (Kotlin's standard library depends on 13.0, and
   * Maven may pick it) cannot annotate types: the outermost type of each place is annotated on its
   * declaration, and type arguments and array components are left as they are, rather than not compiling.
   */
  @Test
  void jetbrainsAnnotationsThatCannotAnnotateTypesAnnotateDeclarations() {
    String target = "@java.lang.annotation.Target({java.lang.annotation.ElementType.METHOD,"
        + " java.lang.annotation.ElementType.FIELD, java.lang.annotation.ElementType.PARAMETER,"
        + " java.lang.annotation.ElementType.LOCAL_VARIABLE})";
    String retention = "@java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.CLASS)";
    Api old = inspect(JETBRAINS, RELEASE_8, annotationsOnly(),
        source("org.jetbrains.annotations.NotNull", "package org.jetbrains.annotations;", retention, target,
            "public @interface NotNull { String value() default \"\"; }"),
        source("org.jetbrains.annotations.Nullable", "package org.jetbrains.annotations;", retention, target,
            "public @interface Nullable { String value() default \"\"; }"));
    api.slots().forEach((place, state) -> {
      State before15 = old.slots().get(place);
      if (place.contains("element of")) {
        assertTrue(before15 == State.UNSAID || before15 == State.TYPE_VARIABLE, place + ": " + before15);
      } else {
        assertEquals(state, before15, place);
      }
    });
  }

  /**
   * JSpecify on request: {@code @NullMarked} on every generated type, {@code @Nullable} on the same places,
   * and the handler's result follows its type argument ({@code R extends @Nullable Object}). At
   * {@code --release 8}, javac warns about JSpecify itself, whatever {@code -Xlint} says: why it is not
   * the default.
   */
  @Test
  void jspecifyOnRequest() {
    List<String> options = List.of("--release", "17", "-Xlint:all,-processing", "-Werror",
        "-Acodebook.nullability=jspecify");
    Api jspecify = inspect(JSPECIFY, options, null);
    api.slots().forEach((place, state) -> assertEquals(state == State.NON_NULL ? State.UNSAID : state,
        jspecify.slots().get(place), place));
    for (JavaFileObject file : jspecify.compilation().generatedSourceFiles()) {
      assertTrue(content(file).contains("@NullMarked"), file.getName());
    }
    assertTrue(content(jspecify.compilation(), "OrderHandler").contains("interface OrderHandler<R extends @Nullable Object>"));

    Compilation atRelease8 = compile(JSPECIFY, List.of("--release", "8", "-Xlint:-options",
        "-Acodebook.nullability=jspecify"), null).compilation();
    assertThat(atRelease8).succeeded();
    assertThat(atRelease8).hadWarningContaining("unknown enum constant java.lang.annotation.ElementType.MODULE");
  }

  @Test
  void anUnknownOrMissingLibraryIsAnErrorOnTheAnnotation() {
    Compilation unknown = compile(JETBRAINS, List.of("-Acodebook.nullability=kotlin"), null).compilation();
    assertThat(unknown).hadErrorContaining("option -Acodebook.nullability=kotlin is not valid: use jetbrains, jspecify"
        + " or none [codebook:bad-option]").inFile(TestCatalogs.packageInfo()).onLine(1);
    Compilation missing = compile(JETBRAINS, List.of("-Acodebook.nullability=jspecify"), annotationsOnly()).compilation();
    assertThat(missing).hadErrorContaining("org.jspecify.annotations.NullMarked not found; add org.jspecify:jspecify"
        + " [codebook:nullability-unavailable]");
    Compilation missingJetbrains = compile(JETBRAINS, List.of("-Acodebook.nullability=jetbrains"), annotationsOnly())
        .compilation();
    assertThat(missingJetbrains).hadErrorContaining("org.jetbrains.annotations.NotNull not found; add"
        + " org.jetbrains:annotations [codebook:nullability-unavailable]");
    assertEquals(1, missing.errors().size(), missing.errors().toString());
  }

  @Test
  void readmeListsEveryNullablePlace() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    String section = readme.substring(readme.indexOf("\n## Kotlin"));
    section = section.substring(0, section.indexOf("\n## ", 1));
    for (String place : NULLABLE) {
      String member = place.substring(place.indexOf('#') + 1, place.indexOf('('));
      // What this catalog names, README names generically.
      List<String> named = switch (member) {
        case "rfc" -> List.of("a `string` attribute");
        case "notFound" -> List.of("typed factory");
        case "onOk", "onNotFound", "onOld" -> List.of("`on<Name>`");
        case "<init>" -> List.of("every `detail`", "the elements of `format(Object...)`");
        default -> List.of("`" + member + "(", "`" + member + "`", "." + member + "(");
      };
      assertTrue(named.stream().anyMatch(section::contains),
          "README's Kotlin section does not name " + named + " (" + place + ")");
    }
  }

  /** A compiled API and what each of its places says about null. */
  record Api(Compilation compilation, TreeMap<String, State> slots) {}

  enum State { NON_NULL, NULLABLE, UNSAID, TYPE_VARIABLE }

  /**
   * Compiles {@link #CATALOG} with Codebook and the inspector, which looks for the annotations of
   * {@code annotations}; {@code classpath} null for the test's own. Asserts no warning.
   */
  static Api inspect(String annotations, List<String> options, List<File> classpath, JavaFileObject... sources) {
    Api api = compile(annotations, options, classpath, sources);
    assertThat(api.compilation()).succeededWithoutWarnings();
    return api;
  }

  static Api compile(String annotations, List<String> options, List<File> classpath, JavaFileObject... sources) {
    Inspector inspector = new Inspector(TestCatalogs.PACKAGE, annotations);
    List<String> all = new ArrayList<>(options);
    all.add(TestCatalogs.PARTIAL_TRANSLATIONS);
    all.add("-Acodebook.root=" + TestCatalogs.root(CATALOG));
    Compiler compiler = Compiler.javac().withProcessors(new CodebookProcessor(), inspector).withOptions(all);
    if (classpath != null) {
      compiler = compiler.withClasspath(classpath);
    }
    List<JavaFileObject> files = new ArrayList<>(List.of(sources));
    files.add(TestCatalogs.packageInfo());
    return new Api(compiler.compile(files), inspector.slots);
  }

  /** The codebook-annotations classes alone: a class path without any nullness annotations. */
  private static List<File> annotationsOnly() {
    try {
      return List.of(new File(dev.codebook.Codebook.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every generated source, with the annotations and their imports taken out, and no blanks. */
  private static TreeMap<String, String> withoutAnnotations(Compilation compilation) {
    TreeMap<String, String> sources = new TreeMap<>();
    for (JavaFileObject file : compilation.generatedSourceFiles()) {
      try {
        String text = file.getCharContent(true).toString()
            .replaceAll("import org\\.jetbrains\\.annotations\\.\\w+;", "")
            .replaceAll("@(NotNull|Nullable)\\b", "")
            .replaceAll("\\s+", "");
        sources.put(file.getName(), text);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return sources;
  }

  /**
   * At the last round, reads every public type of a package and records, for each reference type in a
   * public or protected signature, whether it carries {@code packageName}'s NotNull, Nullable or neither
   * (on the type, or for the outermost type on the declaration when the type has none).
   */
  static final class Inspector extends AbstractProcessor {
    final TreeMap<String, State> slots = new TreeMap<>();
    private final String packageName;
    private final String annotations;

    Inspector(String packageName, String annotations) {
      this.packageName = packageName;
      this.annotations = annotations;
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotationTypes, RoundEnvironment round) {
      if (round.processingOver()) {
        Elements elements = processingEnv.getElementUtils();
        PackageElement pkg = elements.getPackageElement(packageName);
        for (Element type : pkg.getEnclosedElements()) {
          if (type.getModifiers().contains(Modifier.PUBLIC)) {
            inspectType((TypeElement) type);
          }
        }
      }
      return false;
    }

    private void inspectType(TypeElement type) {
      String owner = ownerName(type);
      for (TypeMirror supertype : type.getInterfaces()) {
        if (supertype instanceof DeclaredType declared) {
          for (TypeMirror argument : declared.getTypeArguments()) {
            record(owner + " implements " + declared.asElement().getSimpleName() + " element of", argument, List.of());
          }
        }
      }
      for (Element member : type.getEnclosedElements()) {
        Set<Modifier> modifiers = member.getModifiers();
        boolean api = modifiers.contains(Modifier.PUBLIC) || modifiers.contains(Modifier.PROTECTED);
        if (!api || type.getKind() == ElementKind.ENUM && isEnumsOwn(member)) {
          continue;
        }
        switch (member.getKind()) {
          case CLASS, INTERFACE, ENUM -> inspectType((TypeElement) member);
          case FIELD -> record(owner + "#" + member.getSimpleName() + " field", member.asType(),
              member.getAnnotationMirrors());
          case METHOD, CONSTRUCTOR -> {
            ExecutableElement method = (ExecutableElement) member;
            String signature = owner + "#" + method.getSimpleName() + "(" + method.getParameters().stream()
                .map(parameter -> simpleName(parameter.asType())).collect(Collectors.joining(",")) + ")";
            if (member.getKind() == ElementKind.METHOD) {
              record(signature + " return", method.getReturnType(), method.getAnnotationMirrors());
            }
            for (VariableElement parameter : method.getParameters()) {
              record(signature + " " + parameter.getSimpleName(), parameter.asType(), parameter.getAnnotationMirrors());
            }
          }
          default -> { }
        }
      }
    }

    /** An enum's {@code values()} and {@code valueOf(String)}: Java's own, which Kotlin reads as non-null. */
    private static boolean isEnumsOwn(Element member) {
      String name = member.getSimpleName().toString();
      int parameters = member instanceof ExecutableElement method ? method.getParameters().size() : -1;
      return name.equals("values") && parameters == 0 || name.equals("valueOf") && parameters == 1;
    }

    /** {@code place} and, for a type argument or array component, {@code element of place}. */
    private void record(String place, TypeMirror type, List<? extends AnnotationMirror> declaration) {
      if (type.getKind().isPrimitive() || type.getKind() == TypeKind.VOID) {
        return;
      }
      if (type.getKind() == TypeKind.TYPEVAR) {
        slots.put(place, State.TYPE_VARIABLE);
        return;
      }
      // As Kotlin reads it: the type's own annotations; the declaration's only when the type has none (an
      // annotation written before an array type is the component's, and the declaration's too).
      State typeState = state(new ArrayList<>(type.getAnnotationMirrors()));
      slots.put(place, typeState != State.UNSAID ? typeState : state(new ArrayList<>(declaration)));
      String inner = place.endsWith(" element of") ? place : place.replaceFirst(" (\\S+)$", " element of $1");
      if (type instanceof ArrayType array) {
        record(inner, array.getComponentType(), List.of());
      } else if (type instanceof DeclaredType declared) {
        for (TypeMirror argument : declared.getTypeArguments()) {
          record(inner, argument, List.of());
        }
      }
    }

    private State state(List<AnnotationMirror> mirrors) {
      boolean nonNull = false;
      boolean nullable = false;
      for (AnnotationMirror mirror : mirrors) {
        String name = ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
        nonNull |= name.equals(annotations + ".NotNull") || name.equals(annotations + ".NonNull");
        nullable |= name.equals(annotations + ".Nullable");
      }
      assertFalse(nonNull && nullable, "both non-null and nullable: " + mirrors);
      return nonNull ? State.NON_NULL : nullable ? State.NULLABLE : State.UNSAID;
    }

    private static String ownerName(TypeElement type) {
      return type.getEnclosingElement() instanceof TypeElement outer
          ? ownerName(outer) + "." + type.getSimpleName() : type.getSimpleName().toString();
    }

    private static String simpleName(TypeMirror type) {
      if (type instanceof ArrayType array) {
        return simpleName(array.getComponentType()) + "[]";
      }
      if (type instanceof DeclaredType declared) {
        return declared.asElement().getSimpleName().toString();
      }
      return type.toString();
    }
  }

  private static String content(JavaFileObject file) {
    try {
      return file.getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String content(Compilation compilation, String simpleName) {
    return compilation.generatedSourceFiles().stream()
        .filter(file -> file.getName().endsWith("/" + simpleName + ".java"))
        .map(NullabilityTest::content).findFirst().orElseThrow();
  }

  static JavaFileObject source(String name, String... lines) {
    return JavaFileObjects.forSourceLines(name, lines);
  }

}
