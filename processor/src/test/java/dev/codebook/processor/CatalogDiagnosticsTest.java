package dev.codebook.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.codebook.processor.TestCatalogs.catalogWithCodes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;

/**
 * One failing compile per catalog diagnostic: each is an ERROR on the {@code @Codebook} line whose
 * text names {@code file:line:column} in the YAML. (That nothing is generated for a broken catalog
 * is shown with plain javac in {@link PlainJavacTest}: compile-testing hides files of a failed build.)
 */
class CatalogDiagnosticsTest {

  /** Asserts a failed build with an error carrying {@code tag} and every fragment, and no generated file. */
  static void assertCatalogError(Compilation compilation, String tag, String... fragments) {
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[codebook:" + tag + "]")
        .inFile(TestCatalogs.packageInfo())
        .onLineContaining("@Codebook");
    String errors = errors(compilation);
    for (String fragment : fragments) {
      assertTrue(errors.contains(fragment), () -> "expected '" + fragment + "' in:\n" + errors);
    }
  }

  /** Asserts exactly {@code count} errors: one per mistake, none that only follows from another. */
  static void assertErrorCount(Compilation compilation, int count) {
    assertEquals(count, compilation.errors().size(), () -> errors(compilation));
  }

  /** Asserts that no warning carries {@code tag}. */
  static void assertNoWarning(Compilation compilation, String tag) {
    assertTrue(compilation.warnings().stream().noneMatch(w -> w.getMessage(null).contains("[codebook:" + tag + "]")),
        () -> compilation.warnings().toString());
  }

  static String errors(Compilation compilation) {
    return compilation.errors().stream()
        .map(d -> d.getMessage(null))
        .collect(Collectors.joining("\n"));
  }

  @Test
  void yamlSyntaxErrorPointsAtTheLine() {
    Compilation compilation = TestCatalogs.compile("""
        codebook: 1
        name: Shop
        domains:
          - name: Order
            codes: [
        """);
    assertCatalogError(compilation, "yaml-syntax", "catalog.yaml:6:1");
  }

  @Test
  void anUnclosedBraceIsNamedWhereItOpens() {
    Compilation compilation = TestCatalogs.compile("""
        codebook: 1
        name: Shop
        domains:
          - name: Order
            kind: failure
            codes:
              - {code: 1, name: A, message: a
              - {code: 2, name: B, message: b}
        """);
    assertCatalogError(compilation, "yaml-syntax", "catalog.yaml:8:9:", "while parsing a flow mapping that starts at",
        "catalog.yaml:7:9)");
    assertErrorCount(compilation, 1);
  }

  @Test
  void missingRequiredKey() {
    Compilation compilation = TestCatalogs.compile(catalogWithCodes("""
              - code: 1
                kind: failure
                message: Out of stock.
        """));
    assertCatalogError(compilation, "missing-key", "catalog.yaml:6:9", "missing required key 'name'");
  }

  @Test
  void missingKindWithoutDomainDefault() {
    Compilation compilation = TestCatalogs.compile(catalogWithCodes("""
              - code: 1
                name: OUT_OF_STOCK
                message: Out of stock.
        """));
    assertCatalogError(compilation, "missing-kind", "catalog.yaml:6:9", "1 OUT_OF_STOCK");
  }

  @Test
  void anEmptyKindWithoutDomainDefaultIsMissingNotDropped() {
    Compilation compilation = TestCatalogs.compile(catalogWithCodes("""
              - code: 1
                name: OUT_OF_STOCK
                kind:
                message: Out of stock.
        """));
    assertCatalogError(compilation, "missing-kind", "catalog.yaml:6:9", "1 OUT_OF_STOCK");
  }

  @Test
  void unknownKeySuggestsTheClosestOne() {
    Compilation compilation = TestCatalogs.compile(catalogWithCodes("""
              - code: 1
                name: OUT_OF_STOCK
                kind: failure
                mesage: Out of stock.
        """));
    assertCatalogError(compilation, "unknown-key", "catalog.yaml:9:9", "'mesage'", "did you mean 'message'?");
    assertCatalogError(compilation, "missing-key", "'message'");
  }

  @Test
  void wrongValueType() {
    Compilation compilation = TestCatalogs.compile(catalogWithCodes("""
              - code: 1
                name: OUT_OF_STOCK
                kind: failure
                message: [Out, of, stock]
        """));
    assertCatalogError(compilation, "wrong-type", "catalog.yaml:9:18", "must be text, not a list");
  }

  @Test
  void loneSurrogatesAreRefusedWhereverTextIsRead() {
    // A pair is one character (U+1F600) and is fine; half of one is an error at its own line, in any text.
    Compilation compilation = TestCatalogs.compile("""
        codebook: 1
        name: Shop
        domains:
          - name: Order
            kind: failure
            attributes: {team: {type: string, default: "\\uDC00"}}
            ranges: [{name: Low, from: 1, to: 9, title: "\\uD800x"}]
            codes:
              - {code: 1, name: A, message: "ok \\uD83D\\uDE00"}
              - {code: 2, name: B, message: "half \\uD83D"}
          - name: Token
            codeType: string
            kind: failure
            codes:
              - {code: "x\\uDE00", name: C, message: fine}
        """);
    assertCatalogError(compilation, "bad-text", "catalog.yaml:6:48", "catalog.yaml:7:49", "catalog.yaml:10:37",
        "catalog.yaml:15:16", "the lone surrogate \\uD83D", "the lone surrogate \\uDE00");
    assertErrorCount(compilation, 4);
  }

  @Test
  void duplicateCodeNamesBothLines() {
    Compilation compilation = TestCatalogs.compile(catalogWithCodes("""
              - code: 1
                name: OUT_OF_STOCK
                kind: failure
                message: Out of stock.
              - code: 1
                name: SOLD_OUT
                kind: failure
                message: Sold out.
        """));
    assertCatalogError(compilation, "duplicate-code", "code 1 appears twice in domain Order",
        "catalog.yaml:6:15", "catalog.yaml:10:15");
  }

  @Test
  void duplicateNameOrAlias() {
    Compilation compilation = TestCatalogs.compile(catalogWithCodes("""
              - code: 1
                name: OUT_OF_STOCK
                kind: failure
                message: Out of stock.
              - code: 2
                name: SOLD_OUT
                aliases: [OUT_OF_STOCK]
                kind: failure
                message: Sold out.
        """));
    assertCatalogError(compilation, "duplicate-name", "name OUT_OF_STOCK is used twice in domain Order",
        "catalog.yaml:7:15", "catalog.yaml:12:19");
  }

  @Test
  void codeNameThatIsNotAnIdentifier() {
    Compilation compilation = TestCatalogs.compile(catalogWithCodes("""
              - code: 1
                name: OUT-OF-STOCK
                kind: failure
                message: Out of stock.
        """));
    assertCatalogError(compilation, "invalid-code-name", "catalog.yaml:7:15", "'OUT-OF-STOCK'",
        "not a Java identifier");
  }

  @Test
  void typeNameThatIsAKeyword() {
    Compilation compilation = TestCatalogs.compile(catalogWithCodes("""
              - code: 1
                name: OUT_OF_STOCK
                kind: failure
                message: Out of stock.
                exception: class
        """));
    assertCatalogError(compilation, "invalid-type-name", "catalog.yaml:10:20", "'class'", "Java keyword");
  }

  @Test
  void intCodeOutOfRange() {
    Compilation compilation = TestCatalogs.compile(catalogWithCodes("""
              - code: 2147483648
                name: TOO_BIG
                kind: failure
                message: Too big.
        """));
    assertCatalogError(compilation, "int-code-out-of-range", "catalog.yaml:6:15", "2147483648");
  }

  @Test
  void intCodeWithLeadingZero() {
    Compilation compilation = TestCatalogs.compile(catalogWithCodes("""
              - code: 08006
                name: CONNECTION_FAILURE
                kind: failure
                message: Connection failure.
        """));
    assertCatalogError(compilation, "bad-int-code", "catalog.yaml:6:15", "'08006'", "codeType: string");
  }

  @Test
  void emptyDomain() {
    Compilation compilation = TestCatalogs.compile("""
        codebook: 1
        name: Shop
        domains:
          - name: Order
            codes: []
        """);
    assertCatalogError(compilation, "empty-domain", "catalog.yaml:4:11", "domain Order has no codes");
  }

  @Test
  void generatedTypeNamesThatClash() {
    Compilation compilation = TestCatalogs.compile("""
        codebook: 1
        name: Shop
        domains:
          - name: Shop
            kind: failure
            codes:
              - {code: 1, name: OUT_OF_STOCK, message: Out of stock.}
        """);
    assertCatalogError(compilation, "type-name-clash", "generated type ShopCode would be declared twice",
        "catalog Shop at", "domain Shop at", "catalog.yaml:4:11");
  }

  @Test
  void groupExceptionClashingWithADomainType() {
    Compilation compilation = TestCatalogs.compile(catalogWithCodes("""
              - code: 1
                name: OUT_OF_STOCK
                kind: failure
                message: Out of stock.
                exception: OrderCode
        """));
    assertCatalogError(compilation, "type-name-clash", "generated type OrderCode", "catalog.yaml:10:20");
  }

  @Test
  void groupExceptionClashingWithTheLanguagesTypeOfATranslatedCatalog() {
    String group = """
              - code: 1
                name: OUT_OF_STOCK
                kind: failure
                message: Out of stock.
                exception: ShopLanguages
        """;
    assertTrue(TestCatalogs.compile(catalogWithCodes(group)).status() == Compilation.Status.SUCCESS,
        "without translations, ShopLanguages is free");
    Compilation compilation = TestCatalogs.compile(catalogWithCodes(group).replace("name: Shop\n",
        "name: Shop\ntranslations: [de]\n"));
    assertCatalogError(compilation, "type-name-clash", "generated type ShopLanguages would be declared twice",
        "catalog Shop at", "catalog.yaml:11:20");
  }

  @Test
  void codeBesideItsValueConstantName() {
    Compilation compilation = TestCatalogs.compile(catalogWithCodes("""
              - code: 1
                name: LIMIT
                kind: failure
                message: Limit reached.
              - code: 2
                name: OTHER
                aliases: [LIMIT_VALUE]
                kind: failure
                message: Other.
        """));
    assertCatalogError(compilation, "member-name-clash", "OrderCode.LIMIT_VALUE", "catalog.yaml:12:19");
  }

  @Test
  void everyProblemIsReportedInOneBuild() {
    Compilation compilation = TestCatalogs.compile(catalogWithCodes("""
              - code: 1
                name: OUT_OF_STOCK
                kind: failure
                message: Out of stock.
                colour: red
              - code: 1
                name: lower_case
                kind: failure
                message: Duplicate.
              - code: 3
                name: NO_KIND_HERE
                kind: fatal
                message: Unknown kind.
        """));
    assertCatalogError(compilation, "unknown-key", "'colour'");
    assertCatalogError(compilation, "duplicate-code", "code 1");
    assertCatalogError(compilation, "invalid-code-name", "'lower_case'");
    assertCatalogError(compilation, "bad-kind", "'fatal'");
    assertEquals(4, compilation.errors().size(), () -> errors(compilation));
  }

  @Test
  void catalogNotFoundListsEveryPlaceTried() {
    Compilation compilation = com.google.testing.compile.Compiler.javac()
        .withProcessors(new CodebookProcessor())
        .withOptions("-Acodebook.root=/nonexistent/one" + java.io.File.pathSeparator + "/nonexistent/two")
        .compile(TestCatalogs.packageInfo());
    assertThat(compilation).hadErrorContaining("[codebook:catalog-not-found]")
        .inFile(TestCatalogs.packageInfo())
        .onLineContaining("@Codebook");
    String errors = errors(compilation);
    for (String place : List.of("/nonexistent/one/test/codes/catalog.yaml", "/nonexistent/two/test/codes/catalog.yaml",
        "test/codes/catalog.yaml on the source path", "test/codes/catalog.yaml on the class path")) {
      assertTrue(errors.contains(place), () -> place + " missing in " + errors);
    }
    assertEquals(1, compilation.errors().size(), errors);
  }

  @Test
  void notFoundNamesANearMissInARootDirectory() {
    Path root = TestCatalogs.root("codebook: 1\n");
    Compilation compilation = com.google.testing.compile.Compiler.javac()
        .withProcessors(new CodebookProcessor())
        .withOptions("-Acodebook.root=" + root)
        .compile(TestCatalogs.packageInfo(TestCatalogs.PACKAGE, "catalogs.yaml"));
    assertThat(compilation).hadErrorContaining("catalog 'catalogs.yaml' not found; did you mean 'catalog.yaml'?")
        .inFile(TestCatalogs.packageInfo(TestCatalogs.PACKAGE, "catalogs.yaml"))
        .onLineContaining("@Codebook");
  }

  @Test
  void notFoundExplainsThatJarDirectoriesMustBeIdentifiers() {
    Compilation compilation = com.google.testing.compile.Compiler.javac()
        .withProcessors(new CodebookProcessor())
        .compile(TestCatalogs.packageInfo(TestCatalogs.PACKAGE, "/error-codes/catalog.yaml"));
    assertThat(compilation).hadErrorContaining("[codebook:catalog-not-found]");
    assertThat(compilation).hadErrorContaining("javac does not look into jar directories whose names are not Java"
        + " identifiers, such as 'error-codes'");
  }

  @Test
  void yaml11ScalarsStayText() {
    Compilation compilation = TestCatalogs.compile("""
        codebook: 1
        name: Db
        domains:
          - name: SqlState
            codeType: string
            codes:
              - code: 08006
                name: CONNECTION_FAILURE
                kind: failure
                message: NO
              - code: 23505
                name: UNIQUE_VIOLATION
                kind: failure
                message: ON
        """);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.codes.SqlStateCode")
        .contentsAsUtf8String().contains("CONNECTION_FAILURE_VALUE = \"08006\"");
  }

  @Test
  void diagnosticsAreNotWarnings() {
    Compilation compilation = TestCatalogs.compile(catalogWithCodes("""
              - code: x
                name: A
                kind: failure
                message: a
        """));
    assertTrue(compilation.diagnostics().stream()
        .filter(d -> d.getMessage(null).contains("[codebook:"))
        .allMatch(d -> d.getKind() == Diagnostic.Kind.ERROR));
    assertCatalogError(compilation, "bad-int-code", "'x'");
  }

  @Test
  void translationsListedTwiceOrNamingTheCatalogLocale() {
    Compilation compilation = TestCatalogs.compile("""
        codebook: 1
        name: Shop
        locale: zh-CN
        translations: [en, EN, zh-cn]
        domains:
          - name: Order
            kind: failure
            codes:
              - {code: 1, name: A, message: "  "}
        """);
    assertCatalogError(compilation, "duplicate-translation", "catalog.yaml:4:20", "'EN' is the same language as 'en' at",
        "catalog.yaml:4:16");
    assertCatalogError(compilation, "duplicate-translation", "'zh-cn' is the same language as the catalog's own locale");
    assertCatalogError(compilation, "empty-value", "catalog.yaml:9:37", "'message' of code 1 A has no value");
  }

  @Test
  void typeNamesThatWouldHideTypesTheGeneratedCodeUses() {
    Compilation compilation = TestCatalogs.compile(catalogWithCodes("""
              - {code: 1, name: A, kind: failure, message: a, exception: AssertionError}
        """));
    assertCatalogError(compilation, "invalid-type-name", "'AssertionError'", "would hide");
  }

  @Test
  void stemsNamedLikeJavaTypesAreFineWhenTheGeneratedNamesAre() {
    // Catalog Map and domain Locale give MapCode, LocaleCode, ...: nothing is hidden.
    Compilation compilation = TestCatalogs.compile("""
        codebook: 1
        name: Map
        domains:
          - name: Locale
            kind: failure
            codes: [{code: 1, name: A, message: a}]
        """);
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void anUnreadableTranslationsListIsOneErrorNotOnePerCode() {
    Compilation compilation = TestCatalogs.compile("""
        codebook: 1
        name: Shop
        translations: en
        domains:
          - name: Order
            kind: failure
            codes:
              - {code: 1, name: A, message: a, i18n: {en: {message: x}}}
              - {code: 2, name: B, message: b, i18n: {en: {message: y}}}
        """);
    assertCatalogError(compilation, "wrong-type", "catalog.yaml:3:15", "'translations' of the catalog must be a list");
    assertEquals(1, compilation.errors().size(), () -> errors(compilation));
  }

  @Test
  void generatedTypeNamesThatWouldHideJavaLangOrDifferOnlyInCase() {
    Compilation compilation = TestCatalogs.compile("""
        codebook: 1
        name: Shop
        domains:
          - name: Runtime
            kind: failure
            codes: [{code: 1, name: A, message: a}]
          - name: Sdk
            kind: failure
            codes: [{code: 1, name: A, message: a}]
          - name: SDK
            kind: failure
            codes: [{code: 1, name: A, message: a}]
        """);
    assertCatalogError(compilation, "invalid-type-name", "catalog.yaml:4:11", "'RuntimeException'", "would hide");
    assertCatalogError(compilation, "type-name-clash", "catalog.yaml:10:11", "generated type SDKCode",
        "domain Sdk at");
  }

  @Test
  void translationTagsAreCaseInsensitive() {
    Compilation compilation = TestCatalogs.compile("""
        codebook: 1
        name: Shop
        translations: [en-GB, en-gb]
        domains:
          - name: Order
            kind: failure
            codes: [{code: 1, name: A, message: a}]
        """);
    assertCatalogError(compilation, "duplicate-translation", "catalog.yaml:3:23", "'en-gb'", "'en-GB' at");
  }

  @Test
  void aDuplicateDomainsCodesAreStillChecked() {
    Compilation compilation = TestCatalogs.compile("""
        codebook: 1
        name: Shop
        domains:
          - name: Order
            kind: failure
            codes: [{code: 1, name: A, message: a}]
          - name: Order
            kind: failure
            codes: [{code: 1, name: lower, message: a}, {code: 1, name: B, message: b}]
        """);
    assertCatalogError(compilation, "duplicate-domain", "catalog.yaml:7:11");
    assertCatalogError(compilation, "invalid-code-name", "'lower'");
    assertCatalogError(compilation, "duplicate-code", "code 1 appears twice in domain Order");
  }

  /**
   * One mistake, one error: a setting that could not be read is not held against what depends on it
   * (codes judged as ints under a wrong codeType, translations compared with a wrong locale, a
   * translation that is broken counted as missing, a wrong group name at each of its uses).
   */
  @Test
  void aSettingThatCouldNotBeReadIsNotHeldAgainstWhatDependsOnIt() {
    Compilation compilation = TestCatalogs.compile("""
        codebook: 1
        name: Net
        locale: zh_CN
        translations: [en, de]
        domains:
          - name: Sql
            codeType: str
            kind: failure
            ranges: [{name: Integrity, prefix: "23"}]
            codes:
              - {code: "42P01", name: NO_TABLE, message: No table., i18n: {en: {message: x}, de: {message: y}}}
          - name: Server
            kind: failure
            codes:
              - {code: 1, name: A, message: a, exception: client_error, i18n: {en: {message: a}, de: {message: ~}}}
              - {code: 2, name: B, message: b, exception: client_error, i18n: {en: {message: b}, de: {message: b}}}
              - {code: x, name: C, message: c, i18n: {en: {message: c}, de: {message: c}}}
        """);
    assertCatalogError(compilation, "bad-locale", "catalog.yaml:3:9");
    assertCatalogError(compilation, "bad-code-type", "catalog.yaml:7:15");
    assertCatalogError(compilation, "empty-value", "catalog.yaml:15:");
    assertCatalogError(compilation, "invalid-type-name", "catalog.yaml:15:");
    assertCatalogError(compilation, "bad-int-code", "catalog.yaml:17:16");
    assertErrorCount(compilation, 5);
    assertNoWarning(compilation, "missing-translation");
  }

  /** The other side of the rule above: what does not depend on the setting is still checked. */
  @Test
  void whatDoesNotDependOnASettingThatCouldNotBeReadIsStillChecked() {
    Compilation compilation = TestCatalogs.compile("""
        codebook: 1
        name: Net
        translations: [de]
        domains:
          - name: Typed
            codeType: integer
            kind: failure
            codes:
              - {code: 1, name: DUP, message: a}
              - {code: 2, name: DUP, message: b}
          - name: Overlap
            ranges:
              - {name: A, from: 100, to: 199}
              - {name: B, from: 150, to: 250}
              - {name: C, from: 300, to: 399, kind: failur}
            codes:
              - {code: 120, name: IN_A, kind: failure, message: a}
              - {code: 310, name: IN_C, message: c}
              - {code: 500, name: NO_KIND, message: b}
          - name: Translated
            kind: failure
            codes:
              - {code: 1, name: A, message: a, i18n: {de: {mesage: x}}}
              - {code: 1, name: A, message: a}
        """);
    assertCatalogError(compilation, "bad-code-type", "catalog.yaml:6:15");
    assertCatalogError(compilation, "duplicate-name", "name DUP is used twice in domain Typed");
    assertCatalogError(compilation, "range-overlap", "ranges A and B of domain Overlap overlap");
    assertCatalogError(compilation, "bad-kind", "catalog.yaml:15:45");
    assertCatalogError(compilation, "missing-kind", "code 500 NO_KIND has no kind");
    assertCatalogError(compilation, "unknown-key", "'mesage'");
    assertCatalogError(compilation, "duplicate-code", "code 1 appears twice in domain Translated");
    String errors = errors(compilation);
    assertTrue(!errors.contains("IN_C"), "310 lies in C, whose kind is reported already:\n" + errors);
  }
}
