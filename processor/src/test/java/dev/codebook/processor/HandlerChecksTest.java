package dev.codebook.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Compile-time checks on user code: {@code @Exhaustive} handlers and {@code @Handles} methods, in the
 * compilation that generates the handler and in a module that only has the generated jar.
 */
class HandlerChecksTest {
  static final List<String> STRICT = List.of("--release", "8", "-Xlint:all,-options,-processing",
      TestCatalogs.PARTIAL_TRANSLATIONS);

  static JavaFileObject source(String name, String... lines) {
    return JavaFileObjects.forSourceLines("test.codes." + name, lines);
  }

  static Compilation compile(JavaFileObject... sources) {
    return TestCatalogs.compile(TestCatalogs.root(GeneratedApiTest.CATALOG), STRICT, sources);
  }

  /** A handler of Order failures; {@code methods} are its overrides besides onOutcome. */
  static JavaFileObject orderHandler(String annotation, String... methods) {
    List<String> lines = new ArrayList<>(List.of(
        "package test.codes;",
        "import dev.codebook.CodeKind;",
        "import dev.codebook.Exhaustive;",
        annotation,
        "public class LoginFailures implements OrderHandler<String> {"));
    lines.addAll(List.of(methods));
    lines.addAll(List.of(
        "  @Override public String onOutcome(OrderCode code, String detail) { return \"outcome\"; }",
        "}"));
    return JavaFileObjects.forSourceLines("test.codes.LoginFailures", lines);
  }

  static final String ON_NETWORK_DOWN = "  @Override public String onNetworkDown(String detail) { return \"retry\"; }";
  static final String ON_NOT_FOUND = "  @Override public String onNotFound(String detail) { return \"abort\"; }";
  static final String ON_TIMEOUT = "  @Override public String onTimeout(String detail) { return \"retry\"; }";

  @Test
  void exhaustiveHandlerGeneratedInTheSameCompilationNamesTheMissingFailure() {
    JavaFileObject handler = orderHandler("@Exhaustive", ON_NETWORK_DOWN, ON_TIMEOUT);
    Compilation compilation = compile(handler);
    assertThat(compilation).hadErrorContaining("[codebook:exhaustive-missing]")
        .inFile(handler)
        .onLineContaining("@Exhaustive");
    assertThat(compilation).hadErrorContaining("LoginFailures does not handle 1 failure code of OrderHandler");
    assertThat(compilation).hadErrorContaining("404 NOT_FOUND (Order not found.): override onNotFound(String)");
    assertEquals(1, compilation.errors().size(), compilation.errors().toString());
  }

  @Test
  void exhaustiveHandlerThatHandlesEveryFailureCompilesWithoutWarnings() {
    Compilation compilation = compile(orderHandler("@Exhaustive", ON_NETWORK_DOWN, ON_NOT_FOUND, ON_TIMEOUT));
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void deprecatedCodesNeedNotBeHandledEvenWhenTheirKindIsNamed() {
    // OLD_CODE (progress) is deprecated; MIN is the only event.
    Compilation compilation = compile(orderHandler("@Exhaustive({CodeKind.EVENT, CodeKind.PROGRESS})"));
    assertThat(compilation).hadErrorContaining("does not handle 1 event or progress code of OrderHandler");
    assertThat(compilation).hadErrorContaining("-2147483648 MIN");
    assertTrue(compilation.errors().stream().noneMatch(d -> d.getMessage(null).contains("OLD_CODE")));
  }

  @Test
  void overridingOnlyTheKindMethodDoesNotCount() {
    Compilation compilation = compile(orderHandler("@Exhaustive", ON_NETWORK_DOWN, ON_NOT_FOUND,
        "  @Override public String onFailure(OrderCode code, String detail) { return \"x\"; }"));
    assertThat(compilation).hadErrorContaining("500 TIMEOUT");
  }

  @Test
  void exhaustiveOnAClassThatIsNoHandler() {
    JavaFileObject plain = source("Plain",
        "package test.codes;",
        "@dev.codebook.Exhaustive",
        "public class Plain {}");
    Compilation compilation = compile(plain);
    assertThat(compilation).hadErrorContaining("[codebook:exhaustive-not-a-handler]")
        .inFile(plain).onLineContaining("@dev.codebook.Exhaustive");
  }

  static JavaFileObject handles(String... annotationsAndMethods) {
    List<String> lines = new ArrayList<>(List.of("package test.codes;", "import dev.codebook.Handles;",
        "public class Callbacks {"));
    lines.addAll(List.of(annotationsAndMethods));
    lines.add("}");
    return JavaFileObjects.forSourceLines("test.codes.Callbacks", lines);
  }

  @Test
  void handlesWithKnownCodesCompilesWithoutWarnings() {
    JavaFileObject callbacks = handles(
        "  @Handles(domain = \"Order\", codes = {-1, 500})",
        "  void retry(int code) {}",
        "  @Handles(domain = \"Order\", codes = OrderCode.NOT_FOUND_VALUE)",
        "  void abort(int code) {}",
        "  @Handles(domain = \"Sql\", stringCodes = {\"23505\", \"08006\"})",
        "  void constraint(String code) {}");
    Compilation compilation = compile(callbacks);
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void handlesAnUnknownCodeNamesTheNearestCodes() {
    JavaFileObject callbacks = handles(
        "  @Handles(domain = \"Order\", codes = {-1, 501})",
        "  void retry(int code) {}");
    Compilation compilation = compile(callbacks);
    assertThat(compilation).hadErrorContaining("[codebook:handles-unknown-code]")
        .inFile(callbacks).onLineContaining("codes = {-1, 501}");
    assertThat(compilation).hadErrorContaining("code 501 is not in domain Order; nearest known codes: 500 TIMEOUT, 404 NOT_FOUND, 7 OLD_CODE");
    assertEquals(1, compilation.errors().size());
  }

  @Test
  void handlesACodeOfAnotherDomainNamesThatDomain() {
    JavaFileObject callbacks = handles(
        "  @Handles(domain = \"Order\", codes = {-1, 402})",
        "  void retry(int code) {}");
    Compilation compilation = compile(callbacks);
    assertThat(compilation).hadErrorContaining("code 402 is not in domain Order, but in domain Payment (DECLINED)")
        .inFile(callbacks).onLineContaining("codes = {-1, 402}");
  }

  @Test
  void aCodeOfADomainOfAnotherCodeTypeIsNotSuggested() {
    JavaFileObject callbacks = handles(
        "  @Handles(domain = \"Sql\", stringCodes = {\"23505\", \"404\"})",
        "  void constraint(String code) {}");
    Compilation compilation = compile(callbacks);
    assertThat(compilation).hadErrorContaining("code 404 is not in domain Sql; nearest known codes:")
        .inFile(callbacks).onLineContaining("stringCodes");
  }

  @Test
  void handlesTheSameCodeInTwoMethodsOfOneClass() {
    JavaFileObject callbacks = handles(
        "  @Handles(domain = \"Order\", codes = {-1, 500})",
        "  void retry(int code) {}",
        "  @Handles(domain = \"Order\", codes = 500)",
        "  void giveUp(int code) {}");
    Compilation compilation = compile(callbacks);
    assertThat(compilation).hadErrorContaining("[codebook:handles-duplicate]")
        .inFile(callbacks).onLineContaining("codes = 500");
    assertThat(compilation).hadErrorContaining("code 500 TIMEOUT of domain Order is already handled by retry()");
    assertEquals(1, compilation.errors().size());
  }

  @Test
  void handlesADeprecatedCodeWarns() {
    JavaFileObject callbacks = handles(
        "  @Handles(domain = \"Order\", codes = 7)",
        "  void old(int code) {}");
    Compilation compilation = compile(callbacks);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("[codebook:handles-deprecated]")
        .inFile(callbacks).onLineContaining("codes = 7");
    assertThat(compilation).hadWarningContaining("Use NOT_FOUND.");
  }

  @Test
  void handlesAnUnknownDomainOrTheWrongKindOfCodes() {
    JavaFileObject callbacks = handles(
        "  @Handles(domain = \"Ordr\", codes = 1)",
        "  void a(int code) {}",
        "  @Handles(domain = \"Sql\", codes = 23505)",
        "  void b(int code) {}");
    Compilation compilation = compile(callbacks);
    assertThat(compilation).hadErrorContaining("catalog test.codes has no domain 'Ordr'; did you mean 'Order'?")
        .inFile(callbacks).onLineContaining("\"Ordr\"");
    assertThat(compilation).hadErrorContaining("domain Sql has string codes: list them in 'stringCodes', not 'codes'")
        .inFile(callbacks).onLineContaining("codes = 23505");
  }

  /**
   * A class outside the catalog's package that misspells a domain: the error names the near domain and
   * its catalog, instead of telling the user to name a catalog package compiled elsewhere.
   */
  @Test
  void aMisspelledDomainOutsideTheCatalogPackageSuggestsTheNearDomain() {
    JavaFileObject callbacks = JavaFileObjects.forSourceLines("test.app.Callbacks",
        "package test.app;",
        "import dev.codebook.Handles;",
        "public class Callbacks {",
        "  @Handles(domain = \"Ordr\", codes = 404)",
        "  void a(int code) {}",
        "  @Handles(domain = \"Inventory\", codes = 1)",
        "  void b(int code) {}",
        "}");
    Compilation compilation = compile(callbacks);
    assertThat(compilation).hadErrorContaining("catalog test.codes has no domain 'Ordr'; did you mean 'Order'?")
        .inFile(callbacks).onLineContaining("\"Ordr\"");
    assertThat(compilation).hadErrorContaining("[codebook:handles-unknown-domain]").inFile(callbacks)
        .onLineContaining("\"Ordr\"");
    // Nothing near: then it may well be a catalog compiled elsewhere, and the error says how to name it.
    assertThat(compilation).hadErrorContaining("no catalog with domain 'Inventory' found")
        .inFile(callbacks).onLineContaining("\"Inventory\"");
    assertThat(compilation).hadErrorCount(2);
    assertTrue(compilation.errors().stream().filter(e -> e.getMessage(null).contains("Ordr"))
        .noneMatch(e -> e.getMessage(null).contains("catalog = ")), compilation.errors().toString());
  }

  @Test
  void checksWorkInAModuleThatOnlyHasTheGeneratedJar(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    // Module 1: the catalog, compiled with plain javac into a classes directory (as into a jar).
    PlainJavacTest module = new PlainJavacTest();
    module.dir = dir;
    module.writeSource("shop.yaml");
    java.nio.file.Files.writeString(dir.resolve("src/com/example/codes/shop.yaml"), GeneratedApiTest.CATALOG);
    PlainJavacTest.Result built = module.javac("-sourcepath", dir.resolve("src").toString());
    assertEquals(0, built.exitCode(), built.output());
    Path jar = jar(dir.resolve("classes"), dir.resolve("codes.jar"));

    // Module 2: depends on module 1's jar, as on a jar from a Maven repository; its own package has no catalog.
    List<File> classPath = new ArrayList<>(Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
        .map(File::new).toList());
    classPath.add(jar.toFile());
    JavaFileObject handler = JavaFileObjects.forSourceLines("app.Failures",
        "package app;",
        "import com.example.codes.OrderCode;",
        "import com.example.codes.OrderHandler;",
        "@dev.codebook.Exhaustive",
        "public class Failures implements OrderHandler<String> {",
        "  @Override public String onNetworkDown(String detail) { return \"retry\"; }",
        "  @Override public String onOutcome(OrderCode code, String detail) { return \"outcome\"; }",
        "  @dev.codebook.Handles(domain = \"Order\", catalog = \"com.example.codes\", codes = {-1, 404, 9})",
        "  void raw(int code) {}",
        "}");
    Compilation compilation = com.google.testing.compile.Compiler.javac()
        .withProcessors(new CodebookProcessor())
        .withClasspath(classPath)
        .withOptions(STRICT)
        .compile(handler);
    assertThat(compilation).hadErrorContaining("does not handle 2 failure codes of OrderHandler")
        .inFile(handler).onLineContaining("@dev.codebook.Exhaustive");
    assertThat(compilation).hadErrorContaining("404 NOT_FOUND");
    assertThat(compilation).hadErrorContaining("500 TIMEOUT");
    assertThat(compilation).hadErrorContaining("code 9 is not in domain Order")
        .inFile(handler).onLineContaining("codes = {-1, 404, 9}");
    assertEquals(2, compilation.errors().size(), compilation.errors().toString());

    // A module that only uses the generated types, without the annotations jar, sees no warning.
    List<File> withoutAnnotations = new ArrayList<>(List.of(jar.toFile()));
    JavaFileObject user = JavaFileObjects.forSourceLines("app.User",
        "package app;",
        "import com.example.codes.OrderCode;",
        "public class User {",
        "  String decide(int raw) {",
        "    OrderCode code = OrderCode.forCode(raw);",
        "    return code == null ? \"unknown\" : new com.example.codes.OrderHandler<String>() {",
        "      @Override public String onOutcome(OrderCode c, String d) { return c.message(); }",
        "    }.dispatch(code, null);",
        "  }",
        "}");
    Compilation plain = com.google.testing.compile.Compiler.javac()
        .withClasspath(withoutAnnotations)
        .withOptions("--release", "8", "-Xlint:all,-options", "-proc:none")
        .compile(user);
    assertThat(plain).succeededWithoutWarnings();
  }

  @Test
  void aCatalogThatOnlyWarnedStillChecksHandlersInTheModulesThatUseItsJar(@org.junit.jupiter.api.io.TempDir Path dir)
      throws Exception {
    PlainJavacTest module = new PlainJavacTest();
    module.dir = dir;
    module.writeSource("shop.yaml");
    java.nio.file.Files.writeString(dir.resolve("src/com/example/codes/shop.yaml"), """
        codebook: 1
        name: Shop
        domains:
          - name: Order
            kind: failure
            codes:
              - {code: 1, name: GONE, message: Gone., params: {unused: int}}
              - {code: 2, name: LATE, message: Late.}
        """);
    PlainJavacTest.Result built = module.javac("-sourcepath", dir.resolve("src").toString());
    assertEquals(0, built.exitCode(), built.output());
    assertTrue(built.output().contains("[codebook:unused-param]"), built.output());
    List<File> classPath = new ArrayList<>(Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
        .map(File::new).toList());
    classPath.add(jar(dir.resolve("classes"), dir.resolve("codes.jar")).toFile());
    JavaFileObject handler = JavaFileObjects.forSourceLines("app.Failures",
        "package app;",
        "import com.example.codes.OrderCode;",
        "@dev.codebook.Exhaustive",
        "public class Failures implements com.example.codes.OrderHandler<String> {",
        "  @Override public String onGone(String detail) { return \"gone\"; }",
        "  @Override public String onOutcome(OrderCode code, String detail) { return \"outcome\"; }",
        "}");
    Compilation compilation = com.google.testing.compile.Compiler.javac()
        .withProcessors(new CodebookProcessor())
        .withClasspath(classPath)
        .withOptions(STRICT)
        .compile(handler);
    assertThat(compilation).hadErrorContaining("does not handle 1 failure code of OrderHandler")
        .inFile(handler).onLineContaining("@dev.codebook.Exhaustive");
    assertThat(compilation).hadErrorContaining("2 LATE");
  }

  /** Packs a classes directory into a jar, as Maven's jar plugin would. */
  static Path jar(Path classes, Path jar) throws java.io.IOException {
    try (java.util.jar.JarOutputStream out = new java.util.jar.JarOutputStream(java.nio.file.Files.newOutputStream(jar));
        Stream<Path> files = java.nio.file.Files.walk(classes)) {
      for (Path file : files.filter(java.nio.file.Files::isRegularFile).sorted().toList()) {
        out.putNextEntry(new java.util.jar.JarEntry(classes.relativize(file).toString().replace(File.separatorChar, '/')));
        out.write(java.nio.file.Files.readAllBytes(file));
        out.closeEntry();
      }
    }
    assertTrue(java.nio.file.Files.size(jar) > 0);
    return jar;
  }

  @Test
  void typeUseAnnotationsOnTheDetailParameterStillCount() {
    JavaFileObject nullable = JavaFileObjects.forSourceLines("test.codes.Nullable",
        "package test.codes;",
        "@java.lang.annotation.Target(java.lang.annotation.ElementType.TYPE_USE)",
        "public @interface Nullable {}");
    Compilation compilation = compile(nullable, orderHandler("@Exhaustive",
        "  @Override public String onNetworkDown(@Nullable String detail) { return \"a\"; }",
        "  @Override public String onNotFound(@Nullable String detail) { return \"b\"; }",
        "  @Override public String onTimeout(@Nullable String detail) { return \"c\"; }"));
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void exhaustiveOverNoKindIsAnError() {
    JavaFileObject handler = orderHandler("@Exhaustive({})");
    Compilation compilation = compile(handler);
    assertThat(compilation).hadErrorContaining("[codebook:exhaustive-no-kinds]").inFile(handler)
        .onLineContaining("@Exhaustive({})");
  }

  @Test
  void aNestedInterfaceNamedLikeAHandlerIsNotOne() {
    JavaFileObject local = JavaFileObjects.forSourceLines("test.codes.Local",
        "package test.codes;",
        "public class Local {",
        "  public interface OrderHandler {}",
        "  @dev.codebook.Exhaustive",
        "  static class Impl implements OrderHandler {}",
        "}");
    Compilation compilation = compile(local);
    assertThat(compilation).hadErrorContaining("[codebook:exhaustive-not-a-handler]");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void handlesFindsADomainOfAnotherCatalogOfThisCompilation() throws Exception {
    Path other = TestCatalogs.root(TestCatalogs.catalogWithCodes("""
              - {code: 1, name: A, kind: failure, message: a}
        """).replace("name: Shop", "name: Other").replace("name: Order", "name: Billing"));
    java.nio.file.Files.move(other.resolve("test/codes"), java.nio.file.Files.createDirectories(other.resolve("test/other")),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Path root = TestCatalogs.root(GeneratedApiTest.CATALOG);
    JavaFileObject callbacks = handles(
        "  @Handles(domain = \"Billing\", codes = {1, 2})",
        "  void billing(int code) {}");
    Compilation compilation = com.google.testing.compile.Compiler.javac()
        .withProcessors(new CodebookProcessor())
        .withOptions("-Acodebook.root=" + root + File.pathSeparator + other)
        .compile(TestCatalogs.packageInfo(), TestCatalogs.packageInfo("test.other", TestCatalogs.CATALOG_FILE), callbacks);
    assertThat(compilation).hadErrorContaining("code 2 is not in domain Billing; nearest known codes: 1 A")
        .inFile(callbacks).onLineContaining("codes = {1, 2}");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aBrokenCatalogsHandlerIsNotReportedAgainByExhaustive() {
    String broken = GeneratedApiTest.CATALOG.replace("name: TIMEOUT", "name: NOT_FOUND");
    Compilation compilation = TestCatalogs.compile(TestCatalogs.root(broken), STRICT,
        orderHandler("@Exhaustive", ON_NETWORK_DOWN));
    assertThat(compilation).hadErrorContaining("[codebook:duplicate-name]");
    assertTrue(compilation.errors().stream().noneMatch(d -> d.getMessage(null).contains("[codebook:exhaustive")),
        compilation.errors().toString());
  }

  /**
   * Codebook claims only its own annotations (Gradle's incremental compiler needs that), so under
   * {@code -Xlint:all} javac notes, once, that nothing claimed the {@code @Generated} of generated code;
   * {@code -Xlint:-processing}, as README tells {@code -Werror} builds, silences exactly that.
   */
  @Test
  void underXlintAllTheOnlyWarningIsTheUnclaimedGenerated() {
    JavaFileObject handler = orderHandler("@Exhaustive", ON_NETWORK_DOWN, ON_NOT_FOUND, ON_TIMEOUT);
    Compilation loud = TestCatalogs.compile(TestCatalogs.root(GeneratedApiTest.CATALOG),
        List.of("--release", "8", "-Xlint:all,-options", TestCatalogs.PARTIAL_TRANSLATIONS), handler);
    assertThat(loud).succeeded();
    assertEquals(1, loud.warnings().size(), loud.warnings().toString());
    assertTrue(loud.warnings().get(0).getMessage(null).contains("No processor claimed any of these annotations"),
        loud.warnings().toString());
    assertTrue(loud.warnings().get(0).getMessage(null).contains("javax.annotation.Generated"),
        loud.warnings().toString());

    Compilation quiet = TestCatalogs.compile(TestCatalogs.root(GeneratedApiTest.CATALOG),
        List.of("--release", "8", "-Xlint:all,-options,-processing", "-Werror", TestCatalogs.PARTIAL_TRANSLATIONS),
        handler);
    assertThat(quiet).succeededWithoutWarnings();
  }

  /**
   * A {@code @Handles} that names no code checks nothing: an error, and under kapt (a class with Kotlin's
   * metadata) the likely cause, which kapt gives no sign of: a constant it could not evaluate, left out.
   */
  @Test
  void aHandlesThatNamesNoCodeIsAnError() {
    Compilation java = TestCatalogs.compile(GeneratedApiTest.CATALOG, handles(
        "  @Handles(domain = \"Order\", codes = {})", "  void nothing(int code) {}"));
    assertThat(java).hadErrorContaining("@Handles on nothing() names no code of domain Order [codebook:handles-no-codes]");
    JavaFileObject stub = JavaFileObjects.forSourceLines("test.app.Stub",
        "package test.app;",
        "",
        "import dev.codebook.Handles;",
        "",
        "@kotlin.Metadata(d2 = {\"Ltest/app/Stub;\"})",
        "public final class Stub {",
        "  @Handles(domain = \"Order\", codes = {})",
        "  public final void retry(int code) {}",
        "}");
    Compilation kapt = TestCatalogs.compile(GeneratedApiTest.CATALOG, KOTLIN_METADATA, stub);
    assertThat(kapt).hadErrorContaining("@Handles on retry() names no code of domain Order; under kapt, a constant"
        + " generated in this same module is not a constant yet, and kapt leaves it out").inFile(stub)
        .onLineContaining("@Handles");
  }

  /** Kotlin's {@code @kotlin.Metadata}, as kapt's stubs carry it; only {@code d2} is read. */
  static final JavaFileObject KOTLIN_METADATA = JavaFileObjects.forSourceLines("kotlin.Metadata",
      "package kotlin;",
      "",
      "public @interface Metadata {",
      "  String[] d2() default {};",
      "}");

  /**
   * kapt without {@code correctErrorTypes} leaves the generated handler out of a Kotlin class's stub, and
   * names {@code error/NonExistentClass} in its metadata: the error says which option to turn on.
   */
  @Test
  void aKaptStubThatLostItsHandlerNamesTheOptionThatKeepsIt() {
    JavaFileObject stub = JavaFileObjects.forSourceLines("test.app.Failures",
        "package test.app;",
        "",
        "@kotlin.Metadata(d2 = {\"Ltest/app/Failures;\", \"onOutcome\", \"error/NonExistentClass\"})",
        "@dev.codebook.Exhaustive",
        "public final class Failures {",
        "  public String onNotFound(String detail) { return null; }",
        "}");
    Compilation compilation = TestCatalogs.compile(GeneratedApiTest.CATALOG, KOTLIN_METADATA, stub);
    assertThat(compilation).hadErrorContaining("cannot check @Exhaustive on test.app.Failures: it implements no"
        + " generated handler that processors can see, and kapt left out types of it").inFile(stub)
        .onLineContaining("@dev.codebook.Exhaustive");
    assertThat(compilation).hadErrorContaining("turn kapt's correctErrorTypes on");
    assertThat(compilation).hadErrorContaining("[codebook:exhaustive-kapt-error-type]");
    assertEquals(1, compilation.errors().size(), compilation.errors().toString());
  }

  /** Older kapt wrote the lost supertype itself as {@code error.NonExistentClass}: the same error. */
  @Test
  void aKaptStubWhoseSupertypeIsKaptsErrorTypeNamesTheOption() {
    JavaFileObject errorType = JavaFileObjects.forSourceLines("error.NonExistentClass",
        "package error;",
        "",
        "public class NonExistentClass {}");
    JavaFileObject stub = JavaFileObjects.forSourceLines("test.app.Failures",
        "package test.app;",
        "",
        "@dev.codebook.Exhaustive",
        "public final class Failures extends error.NonExistentClass {",
        "  public String onNotFound(String detail) { return null; }",
        "}");
    Compilation compilation = TestCatalogs.compile(GeneratedApiTest.CATALOG, errorType, stub);
    assertThat(compilation).hadErrorContaining("[codebook:exhaustive-kapt-error-type]").inFile(stub)
        .onLineContaining("@dev.codebook.Exhaustive");
    assertEquals(1, compilation.errors().size(), compilation.errors().toString());
  }
}
