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
   * The nullable places, as {@code Type#member(parameter types) position} for any catalog ({@link #generic}):
   * {@code C} the catalog, {@code D} a domain, {@code G} an exception group or a range's exception. Every
   * other reference type of the API is non-null. Positions: {@code return}, a parameter's name, or
   * {@code element of} either for a type argument or array component.
   */
  static final Set<String> NULLABLE = Set.of(
      // The catalog's code interface, and each code type that implements it.
      "CCode#advice() return", "CCode#advice(Locale) return", "CCode#advice(Locale) locale",
      "CCode#message(Locale) locale", "CCode#exception(String) detail",
      "CCode#exception(String,Throwable) detail", "CCode#exception(String,Throwable) cause",
      "CCode#format(Object[]) element of args", "CCode#format(Locale,Object[]) locale",
      "CCode#format(Locale,Object[]) element of args",
      "DCode#advice() return", "DCode#advice(Locale) return", "DCode#advice(Locale) locale",
      "DCode#message(Locale) locale", "DCode#exception(String) detail",
      "DCode#exception(String,Throwable) detail", "DCode#exception(String,Throwable) cause",
      "DCode#format(Object[]) element of args", "DCode#format(Locale,Object[]) locale",
      "DCode#format(Locale,Object[]) element of args",
      // Lookups, checks and ranges: what the catalog may not know, and text that may be missing.
      "DCode#forCode(int) return", "DCode#forCode(String) return", "DCode#forCode(String) code",
      "DCode#check(String) code", "DCode#check(String,String) code", "DCode#check(String,String) detail",
      "DCode#check(int,String) detail", "DCode#range() return", "DCode#rangeOf(int) return",
      "DCode#rangeOf(String) return", "DCode#rangeOf(String) code",
      "DRange#kind() return", "DRange#title() return", "DRange#prefix() return",
      "DCode#<string attribute>() return",
      // Exceptions: the code of an unknown value, the detail, the values a factory received.
      "CException#code() return", "CException#detail() return", "CException#args() element of return",
      "CException#<init>(CCode,String,Throwable,Object[]) detail",
      "CException#<init>(CCode,String,Throwable,Object[]) cause",
      "CException#<init>(CCode,String,Throwable,Object[]) element of args",
      "CException#<init>(String,String,String) detail",
      "DException#code() return", "DException#<typed factory>(String,int) id",
      "DException#<init>(DCode,String,Throwable,Object[]) detail",
      "DException#<init>(DCode,String,Throwable,Object[]) cause",
      "DException#<init>(DCode,String,Throwable,Object[]) element of args",
      "DException#<init>(String,String) detail",
      "GException#<init>(DCode,String,Throwable,Object[]) detail",
      "GException#<init>(DCode,String,Throwable,Object[]) cause",
      "GException#<init>(DCode,String,Throwable,Object[]) element of args",
      "GException#<init>(String,String) detail",
      // The handler and its parts: every detail, and a raw code given as text.
      "DHandler#on<Name>(String) detail", "DHandlerPart#on<Name>(String) detail",
      "DHandler#onSuccess(DCode,String) detail", "DHandler#onFailure(DCode,String) detail",
      "DHandler#onWarning(DCode,String) detail", "DHandler#onEvent(DCode,String) detail",
      "DHandler#onProgress(DCode,String) detail",
      "DHandlerPart#onSuccess(DCode,String) detail", "DHandlerPart#onFailure(DCode,String) detail",
      "DHandlerPart#onWarning(DCode,String) detail", "DHandlerPart#onEvent(DCode,String) detail",
      "DHandlerPart#onProgress(DCode,String) detail", "DHandlerPart#route(DHandler,int,String) detail",
      "DHandler#onOutcome(DCode,String) detail", "DHandler#onUnknown(String,String) detail",
      "DHandler#dispatch(int,String) detail", "DHandler#dispatch(String,String) code",
      "DHandler#dispatch(String,String) detail", "DHandler#dispatch(DCode,String) detail",
      "DHandler.UnknownCodeHandler#onUnknown(String,String) detail");

  /**
   * {@code place} for any catalog: this test catalog's names ({@code Shop}, its domains, groups, codes, the
   * attribute and the factory) replaced by what {@link #NULLABLE} writes.
   */
  static String generic(String place) {
    return place.replaceAll("\\bShop(?=[A-Z])", "C")
        .replaceAll("\\b(ClientError|Missing|Stock)Exception\\b", "GException")
        .replaceAll("\\b(Order|Sku|Big)(?=[A-Z])", "D")
        .replaceAll("\\b(DCodePart|DHandlerPart)\\d+", "$1")
        .replaceAll("#on(Ok|NotFound|Old|OutOfStock|InStock|Big\\d+)\\(", "#on<Name>(")
        .replaceAll("#route\\$\\d+\\(", "#route(")
        .replaceAll("#notFound\\(", "#<typed factory>(")
        .replaceAll("#rfc\\(", "#<string attribute>(");
  }

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

  /** Every place of every generated type, whatever its domain: nullable exactly when {@link #NULLABLE} says so. */
  @Test
  void exactlyTheDocumentedPlacesAreNullable() {
    List<String> wrong = new ArrayList<>();
    Set<String> seen = new TreeSet<>();
    api.slots.forEach((place, state) -> {
      if (state == State.TYPE_VARIABLE) {
        return;
      }
      String generic = generic(place);
      // A range's prefix is the point of a string domain's ranges; an int domain's have none.
      boolean nullable = NULLABLE.contains(generic) && !(generic.equals("DRange#prefix() return")
          && place.startsWith("Sku"));
      if ((state == State.NULLABLE) != nullable) {
        wrong.add(place + " is " + state);
      }
      seen.add(generic);
    });
    assertEquals(List.of(), wrong);
    Set<String> absent = new TreeSet<>(NULLABLE);
    absent.removeAll(seen);
    assertEquals(Set.of(), absent, "places the catalog no longer shows");
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
   * Maven may pick it) cannot annotate types: nothing is written then, rather than code that does not
   * compile wherever a name must be qualified, and a note says why and what to do; asked for by name, an
   * error.
   */
  @Test
  void jetbrainsAnnotationsThatCannotAnnotateTypesAreNotWritten() {
    String target = "@java.lang.annotation.Target({java.lang.annotation.ElementType.METHOD,"
        + " java.lang.annotation.ElementType.FIELD, java.lang.annotation.ElementType.PARAMETER,"
        + " java.lang.annotation.ElementType.LOCAL_VARIABLE})";
    String retention = "@java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.CLASS)";
    JavaFileObject[] before15 = {
        source("org.jetbrains.annotations.NotNull", "package org.jetbrains.annotations;", retention, target,
            "public @interface NotNull { String value() default \"\"; }"),
        source("org.jetbrains.annotations.Nullable", "package org.jetbrains.annotations;", retention, target,
            "public @interface Nullable { String value() default \"\"; }")};
    Api old = compile(JETBRAINS, RELEASE_8, annotationsOnly(), before15);
    assertThat(old.compilation()).succeededWithoutWarnings();
    assertThat(old.compilation()).hadNoteContaining("applies to declarations only (a version before 15, such as the"
        + " 13.0 that kotlin-stdlib brings); declare codebook-annotations, which brings 26.0.2, before kotlin-stdlib"
        + " [codebook:nullability-old-jetbrains]");
    assertTrue(old.slots().values().stream().noneMatch(state -> state == State.NON_NULL || state == State.NULLABLE));
    assertEquals(withoutAnnotations(api.compilation()), withoutAnnotations(old.compilation()));

    Api asked = compile(JETBRAINS, List.of("-Acodebook.nullability=jetbrains"), annotationsOnly(), before15);
    assertThat(asked.compilation()).hadErrorContaining("org.jetbrains.annotations.NotNull applies to declarations"
        + " only (a version before 15, such as the 13.0 that kotlin-stdlib brings); add org.jetbrains:annotations"
        + " 26.0.2 [codebook:nullability-unavailable]");
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
      // Every public type: the package-private runtime and language table are no API, and say nothing.
      boolean api = content(file).contains("\npublic ");
      assertEquals(api, content(file).contains("@NullMarked"), file.getName());
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
        + " 1.0.0 [codebook:nullability-unavailable]");
    Compilation missingJetbrains = compile(JETBRAINS, List.of("-Acodebook.nullability=jetbrains"), annotationsOnly())
        .compilation();
    assertThat(missingJetbrains).hadErrorContaining("org.jetbrains.annotations.NotNull not found; add"
        + " org.jetbrains:annotations 26.0.2 [codebook:nullability-unavailable]");
    assertEquals(1, missing.errors().size(), missing.errors().toString());
  }

  /**
   * README's Kotlin section has a table of what may be null: every nullable member is in one of its rows,
   * and every member its first table names returns null somewhere.
   */
  @Test
  void readmesTablesAreTheNullablePlaces() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    String section = readme.substring(readme.indexOf("\n## Kotlin\n"));
    section = section.substring(0, section.indexOf("\n## ", 1));
    List<String> rows = section.lines().filter(line -> line.startsWith("| ")).toList();
    assertTrue(rows.size() > 10, "README's Kotlin section has lost its tables");
    for (String place : NULLABLE) {
      if (place.startsWith("DHandlerPart#")) {
        continue; // the parts are no API of their own: README speaks of the handler
      }
      String member = place.substring(place.indexOf('#') + 1, place.indexOf('('));
      List<String> named = switch (member) {
        case "<string attribute>" -> List.of("a `string` attribute");
        case "<typed factory>" -> List.of("typed factory");
        case "<init>" -> List.of("constructors", "elements of `format(Object...)`");
        default -> List.of("`" + member, "." + member + "(");
      };
      assertTrue(rows.stream().anyMatch(row -> named.stream().anyMatch(row::contains)),
          "no row of README's Kotlin tables names " + named + " (" + place + ")");
    }
    Set<String> nullableReturns = NULLABLE.stream().filter(place -> place.endsWith(" return"))
        .map(place -> place.substring(place.indexOf('#') + 1, place.indexOf('('))).collect(Collectors.toSet());
    int table = section.indexOf("| Member | `null` when |");
    String members = section.substring(table, section.indexOf("\n\n", table));
    java.util.regex.Matcher named = java.util.regex.Pattern.compile("`(?:\\w+\\.)?(\\w+)\\(").matcher(members);
    int count = 0;
    while (named.find()) {
      assertTrue(nullableReturns.contains(named.group(1)), "README calls " + named.group(1) + " nullable");
      count++;
    }
    assertTrue(count > 10, "README's table of nullable members names " + count);
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
