package dev.codebook.catalog.fusionauth;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Proves, for every entry of the catalog YAML, that the generated constant carries the catalog's own
 * decisions: its name, its kind, its {@code _VALUE} constants, its English translation, and above all
 * what {@code check} does with it: it returns non-failure codes and throws failure codes, as the
 * exception of the entry's {@code exception:} group when it has one and of its domain otherwise.
 *
 * <p>The expectations are read from the YAML with SnakeYAML by {@link YamlCatalog}, not taken from the
 * generated code.
 */
class CatalogEntryTest {
  private static final YamlCatalog CATALOG = YamlCatalog.load();
  private static final String PACKAGE = CatalogEntryTest.class.getPackageName();

  static Stream<YamlCatalog.Entry> entries() {
    return CATALOG.entries().stream();
  }

  static Stream<YamlCatalog.Entry> failures() {
    return CATALOG.entries().stream().filter(YamlCatalog.Entry::isFailure);
  }

  static Stream<YamlCatalog.Entry> nonFailures() {
    return CATALOG.entries().stream().filter(entry -> !entry.isFailure());
  }

  static Stream<YamlCatalog.Entry> grouped() {
    return CATALOG.entries().stream().filter(entry -> entry.exception() != null);
  }

  @Test
  void catalogHasAnEntryForEveryCodeOfThePage() {
    SeedPage page = SeedPage.load();
    int distinctSeedCodes = SeedPage.DOMAIN_BY_TABLE.values().stream()
        .mapToInt(domain -> page.rowsByCode(domain).size())
        .sum();

    assertEquals(distinctSeedCodes, CATALOG.entries().size());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("entries")
  void constantHasTheCatalogsNameAndKind(YamlCatalog.Entry entry) {
    FusionAuthCode constant = constant(entry);

    assertEquals(entry.name(), constant.name());
    assertEquals(FusionAuthKind.valueOf(entry.kind().toUpperCase(Locale.ROOT)), constant.kind());
    assertEquals(entry.domain(), constant.domain());
    assertEquals(entry.codeText(), constant.codeText());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("entries")
  void valueConstantsHoldTheCode(YamlCatalog.Entry entry) {
    GeneratedDomain domain = GeneratedDomain.named(entry.domain());
    FusionAuthCode constant = constant(entry);

    assertEquals(entry.code(), domain.staticField(entry.name() + "_VALUE"), entry.name() + "_VALUE");
    for (String alias : entry.aliases()) {
      assertSame(constant, domain.staticField(alias), alias);
      assertEquals(entry.code(), domain.staticField(alias + "_VALUE"), alias + "_VALUE");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("entries")
  void textsAreTheCatalogsTexts(YamlCatalog.Entry entry) {
    FusionAuthCode constant = constant(entry);
    assertNotNull(entry.englishMessage(), "the catalog has no English message for " + entry);

    assertEquals(entry.message(), constant.message());
    assertEquals(entry.advice(), constant.advice());
    assertEquals(entry.englishMessage(), constant.message(Locale.ENGLISH));
    assertEquals(entry.englishAdvice() != null ? entry.englishAdvice() : entry.advice(),
        constant.advice(Locale.ENGLISH));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nonFailures")
  void checkReturnsANonFailureCode(YamlCatalog.Entry entry) {
    GeneratedDomain domain = GeneratedDomain.named(entry.domain());
    FusionAuthCode constant = constant(entry);

    assertSame(constant, domain.check().apply(entry.code()), "check(int)");
    assertSame(constant, domain.checkText().apply(entry.codeText()), "check(String)");
    assertSame(constant, domain.checkText().apply(" " + entry.codeText() + " "), "check(String) with blanks");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("failures")
  void checkThrowsTheFailuresException(YamlCatalog.Entry entry) {
    GeneratedDomain domain = GeneratedDomain.named(entry.domain());

    FusionAuthException byInt = assertThrows(FusionAuthException.class, () -> domain.check().apply(entry.code()));
    FusionAuthException byText =
        assertThrows(FusionAuthException.class, () -> domain.checkText().apply(entry.codeText()));

    assertAll(
        () -> assertDescribes(entry, byInt, null),
        () -> assertDescribes(entry, byText, null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("entries")
  void exceptionCarriesDetailAndCause(YamlCatalog.Entry entry) {
    FusionAuthCode constant = constant(entry);
    IllegalStateException cause = new IllegalStateException("sdk failure");
    String detail = "sdk said: detail of " + entry.codeText();

    FusionAuthException withBoth = constant.exception(detail, cause);
    FusionAuthException withDetail = constant.exception(detail);
    FusionAuthException plain = constant.exception();

    assertAll(
        () -> assertDescribes(entry, withBoth, detail),
        () -> assertSame(cause, withBoth.getCause(), "cause"),
        () -> assertDescribes(entry, withDetail, detail),
        () -> assertNull(withDetail.getCause(), "cause"),
        () -> assertDescribes(entry, plain, null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("grouped")
  void groupHoldsOnlyFailuresAndExtendsItsDomainsException(YamlCatalog.Entry entry) {
    Class<?> group = expectedException(entry);

    assertTrue(entry.isFailure(), entry + " is in group " + entry.exception() + " but is " + entry.kind());
    assertSame(GeneratedDomain.named(entry.domain()).exceptionType(), group.getSuperclass(),
        group.getSimpleName() + "'s superclass");
  }

  /** Asserts that {@code thrown} is the exception the catalog gives {@code entry}, and that it says so. */
  private static void assertDescribes(YamlCatalog.Entry entry, FusionAuthException thrown, String detail) {
    FusionAuthCode constant = constant(entry);
    String text = thrown.getMessage();
    assertSame(expectedException(entry), thrown.getClass(), "exception class");
    assertSame(constant, thrown.code(), "code()");
    assertEquals(entry.domain(), thrown.domain(), "domain()");
    assertEquals(entry.codeText(), thrown.rawCode(), "rawCode()");
    assertEquals(detail, thrown.detail(), "detail()");
    assertNotNull(text, "getMessage()");
    for (String part : new String[] {entry.domain(), entry.codeText(), entry.name(), entry.message(),
        entry.advice(), detail}) {
      if (part != null) {
        assertTrue(text.contains(part), "getMessage() lacks '" + part + "': " + text);
      }
    }
  }

  /** The group named by the entry's {@code exception:} key, or else its domain's exception. */
  private static Class<?> expectedException(YamlCatalog.Entry entry) {
    if (entry.exception() == null) {
      return GeneratedDomain.named(entry.domain()).exceptionType();
    }
    try {
      return Class.forName(PACKAGE + "." + entry.exception());
    } catch (ClassNotFoundException e) {
      throw new AssertionError("exception group " + entry.exception() + " of " + entry + " was not generated", e);
    }
  }

  private static FusionAuthCode constant(YamlCatalog.Entry entry) {
    FusionAuthCode constant = GeneratedDomain.named(entry.domain()).forCode().apply(entry.code());
    assertNotNull(constant, "no constant for " + entry);
    return constant;
  }
}
