package dev.codebook.catalog.fusionauth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Proves, for every one of the page's 160 rows, that the generated code finds the row's code (as an
 * int, as text, as text with blanks around it) and gives back the row's description and advice
 * verbatim, that the English translation is one, and that Chinese locales give the catalog's text.
 *
 * <p>A code the page lists twice is one constant whose message is both descriptions joined with
 * {@code " / "}; each repeated row is an alias that is the very same constant.
 */
class SeedRowTest {
  private static final SeedPage PAGE = SeedPage.load();
  private static final YamlCatalog CATALOG = YamlCatalog.load();

  static Stream<SeedPage.Row> rows() {
    return PAGE.rows().stream();
  }

  /** The rows after the first one of a code the page lists twice. */
  static Stream<SeedPage.Row> repeatedRows() {
    return PAGE.rows().stream().filter(row -> PAGE.sameCode(row).indexOf(row) > 0);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void forCodeFindsTheRowsCode(SeedPage.Row row) {
    GeneratedDomain domain = GeneratedDomain.named(row.domain());

    FusionAuthCode constant = domain.forCode().apply(row.code());

    assertNotNull(constant, "forCode(" + row.code() + ")");
    assertEquals(row.code(), domain.code(constant));
    assertEquals(row.domain(), constant.domain());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void forCodeTextFindsTheSameConstant(SeedPage.Row row) {
    GeneratedDomain domain = GeneratedDomain.named(row.domain());
    FusionAuthCode constant = constant(row);

    for (String text : List.of(row.codeText(), " " + row.codeText() + " ", "\t" + row.codeText() + "\n",
        "  " + row.codeText())) {
      assertSame(constant, domain.forCodeText().apply(text), "forCode(\"" + text + "\")");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void forCodeTextDoesNotWrapAround(SeedPage.Row row) {
    GeneratedDomain domain = GeneratedDomain.named(row.domain());
    String wrapped = Long.toString(row.code() + (1L << 32));

    assertNull(domain.forCodeText().apply(wrapped), "forCode(\"" + wrapped + "\")");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void codeTextIsTheSeedCode(SeedPage.Row row) {
    assertEquals(row.codeText(), constant(row).codeText());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void messageIsTheSeedDescriptionVerbatim(SeedPage.Row row) {
    String message = constant(row).message();
    String expected = PAGE.sameCode(row).stream().map(SeedPage.Row::message).collect(Collectors.joining(" / "));

    assertTrue(message.contains(row.message()), message);
    assertEquals(expected, message);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void adviceIsTheSeedAdviceVerbatim(SeedPage.Row row) {
    List<String> advice = PAGE.sameCode(row).stream().map(SeedPage.Row::advice).filter(Objects::nonNull).toList();
    String expected = advice.isEmpty() ? null : String.join(" / ", advice);

    assertEquals(expected, constant(row).advice());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void englishTextsAreTranslations(SeedPage.Row row) {
    FusionAuthCode constant = constant(row);
    String message = constant.message(Locale.ENGLISH);
    String advice = constant.advice(Locale.ENGLISH);

    assertNotNull(message);
    assertFalse(message.isBlank(), "English message is blank");
    assertNotEquals(constant.message(), message, "English message is the Chinese one");
    assertFalse(containsHan(message), "English message has Chinese characters: " + message);
    assertEquals(message, constant.message(Locale.US), "en-US");
    if (constant.advice() == null) {
      assertNull(advice, "English advice for a code without advice");
    } else {
      assertNotNull(advice, "English advice");
      assertNotEquals(constant.advice(), advice, "English advice is the Chinese one");
      assertFalse(containsHan(advice), "English advice has Chinese characters: " + advice);
      assertEquals(advice, constant.advice(Locale.US), "en-US");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void chineseLocalesGiveTheCatalogText(SeedPage.Row row) {
    FusionAuthCode constant = constant(row);

    for (Locale locale : new Locale[] {Locale.CHINA, Locale.SIMPLIFIED_CHINESE, Locale.CHINESE, null}) {
      assertEquals(constant.message(), constant.message(locale), "message(" + locale + ")");
      assertEquals(constant.advice(), constant.advice(locale), "advice(" + locale + ")");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void untranslatedLocalesFallBackToTheCatalogText(SeedPage.Row row) {
    FusionAuthCode constant = constant(row);

    for (Locale locale : new Locale[] {Locale.GERMAN, Locale.JAPAN, Locale.ROOT}) {
      assertEquals(constant.message(), constant.message(locale), "message(" + locale + ")");
      assertEquals(constant.advice(), constant.advice(locale), "advice(" + locale + ")");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("repeatedRows")
  void repeatedRowIsAnAliasOfTheFirstRowsConstant(SeedPage.Row row) {
    GeneratedDomain domain = GeneratedDomain.named(row.domain());
    List<SeedPage.Row> sameCode = PAGE.sameCode(row);
    YamlCatalog.Entry entry = CATALOG.entry(row.domain(), row.codeText());
    assertEquals(sameCode.size() - 1, entry.aliases().size(), "catalog aliases of " + entry);
    String alias = entry.aliases().get(sameCode.indexOf(row) - 1);
    FusionAuthCode constant = constant(row);

    assertEquals(entry.name(), constant.name(), "the constant is named after the first row");
    assertSame(constant, domain.staticField(alias), alias);
    assertEquals(row.code(), domain.staticField(alias + "_VALUE"), alias + "_VALUE");
  }

  private static FusionAuthCode constant(SeedPage.Row row) {
    FusionAuthCode constant = GeneratedDomain.named(row.domain()).forCode().apply(row.code());
    assertNotNull(constant, "no constant for " + row);
    return constant;
  }

  private static boolean containsHan(String text) {
    return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }
}
