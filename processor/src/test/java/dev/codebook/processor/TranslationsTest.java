package dev.codebook.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.codebook.processor.CompiledClasses.call;
import static dev.codebook.processor.CompiledClasses.constant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.codebook.processor.parse.CatalogParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Translations are held to account: a message missing in a listed language is one warning per
 * language (an error when strict, nothing when ignored), and {@code message(Locale)} picks the
 * translation as CLDR's locale matching would, simplified, without allocating after the first call.
 */
class TranslationsTest {
  /** 12 codes; 'de' misses 7 of them, 'fr' misses none. */
  static String partlyTranslated() {
    StringBuilder yaml = new StringBuilder("""
        codebook: 1
        name: Shop
        translations: [de, fr]
        domains:
          - name: Order
            kind: failure
            codes:
        """);
    for (int i = 1; i <= 12; i++) {
      yaml.append("      - {code: ").append(i).append(", name: C").append(i).append(", message: m").append(i)
          .append(", i18n: {fr: {message: f").append(i).append('}')
          .append(i <= 5 ? ", de: {message: d" + i + "}" : "").append("}}\n");
    }
    return yaml.toString();
  }

  static List<Diagnostic<?>> diagnostics(Compilation compilation, Diagnostic.Kind kind) {
    return compilation.diagnostics().stream().filter(d -> d.getKind() == kind).collect(Collectors.toList());
  }

  @Test
  void aMissingTranslationIsOneWarningPerLanguageNamingTheFirstCodes() {
    Compilation compilation = TestCatalogs.compile(partlyTranslated());
    assertThat(compilation).succeeded();
    List<Diagnostic<?>> warnings = diagnostics(compilation, Diagnostic.Kind.WARNING);
    assertEquals(1, warnings.size(), () -> warnings.toString());
    String warning = warnings.get(0).getMessage(Locale.ROOT);
    assertTrue(warning.contains("catalog.yaml:3:16: 7 of 12 codes have no 'de' message: Order 6 C6, Order 7 C7,"
        + " Order 8 C8, Order 9 C9, Order 10 C10 and 2 more [codebook:missing-translation]"), warning);
    assertThat(compilation).hadWarningContaining("[codebook:missing-translation]").inFile(TestCatalogs.packageInfo())
        .onLineContaining("@Codebook");
  }

  @Test
  void strictTranslationsMakeItAnErrorAndGenerateNothing() {
    for (String option : List.of("-Acodebook.strictTranslations=true", "-Acodebook.missingTranslations=error")) {
      Compilation compilation = TestCatalogs.compile(TestCatalogs.root(partlyTranslated()), List.of(option));
      assertThat(compilation).failed();
      assertThat(compilation).hadErrorContaining("7 of 12 codes have no 'de' message").inFile(TestCatalogs.packageInfo())
          .onLineContaining("@Codebook");
      assertEquals(1, compilation.errors().size(), option);
    }
  }

  @Test
  void missingTranslationsCanBeIgnoredAndAdviceNeverNeedsOne() {
    Compilation compilation = TestCatalogs.compile(TestCatalogs.root(partlyTranslated()),
        List.of("-Acodebook.missingTranslations=ignore", "-Xlint:all,-processing", "-Werror"));
    assertThat(compilation).succeededWithoutWarnings();
    Compilation advice = TestCatalogs.compile(TestCatalogs.root("""
        codebook: 1
        name: Shop
        translations: [de]
        domains:
          - name: Order
            kind: failure
            codes: [{code: 1, name: A, message: m, advice: a, i18n: {de: {message: d}}}]
        """), List.of("-Acodebook.strictTranslations=true", "-Xlint:all,-processing", "-Werror"));
    assertThat(advice).succeededWithoutWarnings();
  }

  @Test
  void aSparseTranslationCostsWhatItTranslatesNotTheDomainsSize() throws Throwable {
    // As many languages as a catalog may list, each translating one code: once 24 characters of generated
    // source per code and language (24 MB here), and javac out of a 1 GB heap at 4,000 codes.
    List<String> languages = new ArrayList<>();
    for (char a = 'a'; languages.size() < CatalogParser.MAX_TRANSLATIONS; a++) {
      for (char b = 'a'; b <= 'z' && languages.size() < CatalogParser.MAX_TRANSLATIONS; b++) {
        for (char c = 'a'; c <= 'z' && languages.size() < CatalogParser.MAX_TRANSLATIONS; c++) {
          languages.add("" + a + b + c);
        }
      }
    }
    StringBuilder yaml = new StringBuilder("codebook: 1\nname: Sparse\ntranslations: [" + String.join(", ", languages)
        + "]\ndomains:\n  - name: Few\n    kind: failure\n    codes:\n");
    for (int i = 0; i < languages.size(); i++) {
      yaml.append("      - {code: ").append(i).append(", name: C").append(i).append(", message: m").append(i)
          .append(", advice: a").append(i).append(", i18n: {").append(languages.get(i)).append(": {message: t")
          .append(i).append(i % 2 == 0 ? ", advice: b" + i : "").append("}}}\n");
    }
    Compilation compilation = TestCatalogs.compile(TestCatalogs.root(yaml.toString()),
        List.of("-Acodebook.missingTranslations=ignore"));
    assertThat(compilation).succeededWithoutWarnings();
    long characters = 0;
    for (JavaFileObject source : compilation.generatedSourceFiles()) {
      characters += source.getCharContent(true).length();
    }
    assertTrue(characters < 4_000_000, characters + " characters of generated source");
    Class<?> type = new CompiledClasses(compilation).type("FewCode");
    for (int i : new int[] {0, 255, 256, 500, 999}) {
      Object code = constant(type, "C" + i);
      Locale own = new Locale(languages.get(i));
      Locale other = new Locale(languages.get((i + 1) % languages.size()));
      assertEquals("t" + i, call(code, "message", own));
      assertEquals(i % 2 == 0 ? "b" + i : "a" + i, call(code, "advice", own), "advice falls back with the message");
      assertEquals("m" + i, call(code, "message", other));
      assertEquals("a" + i, call(code, "advice", other));
    }
  }

  @Test
  void anUnknownOptionValueIsAnError() {
    Compilation compilation = TestCatalogs.compile(TestCatalogs.root(partlyTranslated()),
        List.of("-Acodebook.missingTranslations=sometimes"));
    assertThat(compilation).hadErrorContaining("option -Acodebook.missingTranslations=sometimes is not valid: use"
        + " ignore, warn or error [codebook:bad-option]").inFile(TestCatalogs.packageInfo()).onLineContaining("@Codebook");
    Compilation strict = TestCatalogs.compile(TestCatalogs.root(partlyTranslated()),
        List.of("-Acodebook.strictTranslations=yes"));
    assertThat(strict).hadErrorContaining("-Acodebook.strictTranslations=yes is not valid: use true or false");
  }

  static final String LOCALES = """
      codebook: 1
      name: World
      locale: en
      translations: [zh-CN, zh-Hant, pt-BR, sr-Latn, sr, de-AT, de-CH]
      domains:
        - name: Greeting
          kind: success
          codes:
            - code: 1
              name: HELLO
              message: Hello
              advice: Wave.
              i18n:
                zh-CN: {message: 你好}
                zh-Hant: {message: 妳好}
                pt-BR: {message: Olá}
                sr-Latn: {message: Zdravo}
                sr: {message: Здраво}
                de-AT: {message: Servus, advice: Winken.}
                de-CH: {message: Grüezi}
      """;

  /**
   * The generated code asks the runtime's locale matching with the catalog's own languages: the cases of
   * CLDR's likely scripts are the runtime's ({@code CodebookTablesTest}); these show the wiring.
   */
  @Test
  void javaLocalesOfEveryKindMatch() throws Throwable {
    Object hello = constant(compileLocales().type("GreetingCode"), "HELLO");
    assertEquals("你好", call(hello, "message", Locale.SIMPLIFIED_CHINESE)); // zh_CN
    assertEquals("你好", call(hello, "message", new Locale("zh", "CN")));
    assertEquals("妳好", call(hello, "message", Locale.TRADITIONAL_CHINESE)); // zh_TW
    assertEquals("Hello", call(hello, "message", (Locale) null));
    assertEquals("Winken.", call(hello, "advice", new Locale("de", "AT")));
    assertEquals("Wave.", call(hello, "advice", new Locale("de", "CH")), "no Swiss advice: the catalog's own");
  }

  /** Calls {@code message(Locale)} in a loop of its own and counts what the loop allocates. */
  static final String PROBE = """
      package test.codes;

      import java.util.Locale;

      public class Probe {
        public static long allocatedBy(int calls, String tag) {
          Locale locale = Locale.forLanguageTag(tag);
          com.sun.management.ThreadMXBean threads =
              (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
          int length = GreetingCode.HELLO.message(locale).length(); // the first call matches and caches
          long before = threads.getCurrentThreadAllocatedBytes();
          for (int i = 0; i < calls; i++) {
            length += GreetingCode.HELLO.message(locale).length();
          }
          long allocated = threads.getCurrentThreadAllocatedBytes() - before;
          return length < 0 ? -1 : allocated;
        }
      }
      """;

  @Test
  void aLookupAllocatesNothingAfterTheFirstForALocale() throws Throwable {
    Class<?> probe = compileLocales().loadClass("test.codes.Probe");
    for (String tag : List.of("zh-Hant-TW", "fr", "de-AT")) {
      long allocated = (long) call(probe, "allocatedBy", 10_000, tag);
      // One allocation per call would be at least 160,000 bytes.
      assertTrue(allocated < 1_000, tag + ": allocated " + allocated + " bytes in 10,000 calls");
    }
  }

  private static CompiledClasses compiled;

  static synchronized CompiledClasses compileLocales() {
    if (compiled == null) {
      Compilation compilation = TestCatalogs.compile(LOCALES,
          com.google.testing.compile.JavaFileObjects.forSourceString("test.codes.Probe", PROBE));
      assertThat(compilation).succeededWithoutWarnings();
      compiled = new CompiledClasses(compilation);
    }
    return compiled;
  }

  @Test
  void translationsThatMatchTheSameLocalesAreDuplicates() {
    Compilation compilation = TestCatalogs.compile("""
        codebook: 1
        name: Shop
        locale: zh-CN
        translations: [en, zh-Hans-CN, en-gb, EN-GB]
        domains:
          - {name: Order, kind: failure, codes: [{code: 1, name: A, message: a}]}
        """);
    CatalogDiagnosticsTest.assertCatalogError(compilation, "duplicate-translation", "'zh-Hans-CN' is the same"
        + " language as the catalog's own locale", "'EN-GB' is the same language as 'en-gb' at");
  }
  @Test
  void translationsThatDifferOnlyByAScriptNoLocaleTellsApartAreDuplicates() {
    Compilation compilation = TestCatalogs.compile("""
        codebook: 1
        name: Shop
        locale: en
        translations: [de, de-Latn, en-Latn, pt-BR, pt-Latn-BR, sr, sr-Latn, zh-Hant]
        domains:
          - {name: Order, kind: failure, codes: [{code: 1, name: A, message: a}]}
        """);
    CatalogDiagnosticsTest.assertCatalogError(compilation, "duplicate-translation",
        "'de-Latn' is the same language as 'de' at", "'en-Latn' is the same language as the catalog's own locale",
        "'pt-Latn-BR' is the same language as 'pt-BR' at");
    String errors = compilation.errors().toString();
    assertFalse(errors.contains("'sr-Latn' is"), "sr is Cyrillic: sr-Latn is another choice");
  }

  @Test
  void aTranslationThatAnEarlierOneAlwaysBeatsIsAWarning() throws Throwable {
    Compilation compilation = TestCatalogs.compile("""
        codebook: 1
        name: Shop
        locale: de-CH
        translations: [fr-CA, fr, de, zh-TW, zh, pt, pt-BR]
        domains:
          - {name: Order, kind: failure, codes: [{code: 1, name: A, message: own, i18n: {fr-CA: {message: fr-CA},
              fr: {message: fr}, de: {message: de}, zh-TW: {message: zh-TW}, zh: {message: zh}, pt: {message: pt},
              pt-BR: {message: pt-BR}}}]}
        """);
    assertThat(compilation).succeeded();
    List<String> warnings = compilation.warnings().stream().map(warning -> warning.getMessage(null)).toList();
    assertEquals(2, warnings.size(), warnings.toString());
    assertTrue(warnings.get(0).contains("translation 'fr' is never chosen: every locale it fits gets 'fr-CA' at")
        && warnings.get(0).contains("catalog.yaml:4:23") && warnings.get(0).contains("[codebook:hidden-translation]"),
        warnings.get(0));
    assertTrue(warnings.get(1).contains("translation 'de' is never chosen: every locale it fits gets the catalog's own"
        + " locale de-CH first"), warnings.get(1));
    // As the warnings say, and no more: fr and de are never chosen; zh (Hans) is no zh-TW (Hant); pt-BR wins Brazil.
    Object code = constant(new CompiledClasses(compilation).type("OrderCode"), "A");
    for (String[] expected : new String[][] {{"fr", "fr-CA"}, {"fr-FR", "fr-CA"}, {"fr-CA", "fr-CA"}, {"de", "own"},
        {"de-DE", "own"}, {"zh", "zh"}, {"zh-CN", "zh"}, {"zh-TW", "zh-TW"}, {"pt-PT", "pt"}, {"pt-BR", "pt-BR"}}) {
      assertEquals(expected[1], call(code, "message", Locale.forLanguageTag(expected[0])), expected[0]);
    }
  }
}
