package dev.codebook.catalog.fusionauth;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Proves the decisions of the catalog's row-by-row review against the seed page, which the other tests
 * cannot see because they take kinds and translations from the YAML itself: the kinds the review
 * settled, that codes with one Chinese text stay apart in English, and that list advice stays a list
 * in both languages.
 *
 * <p>The expectations are written here, from the seed page, so that changing the catalog alone cannot
 * make these tests pass.
 */
class CatalogReviewTest {
  private static final YamlCatalog CATALOG = YamlCatalog.load();

  // ---------------------------------------------------------------------------------------------------
  // Kinds.

  /** A kind the review decided, and why; the catalog's own kind is checked against it. */
  record ReviewedKind(String domain, String codeText, FusionAuthKind kind, String why) {
    @Override
    public String toString() {
      return domain + " " + codeText + " is " + kind + ": " + why;
    }
  }

  static Stream<ReviewedKind> reviewedKinds() {
    return Stream.of(
        new ReviewedKind("Sdk", "500009", FusionAuthKind.FAILURE,
            "SMS rate-limited, so not sent; its advice is the failure 500008's"),
        new ReviewedKind("Sdk", "500008", FusionAuthKind.FAILURE, "the verification code was not sent"),
        new ReviewedKind("Sdk", "500005", FusionAuthKind.SUCCESS, "a page displayed, like 400003, 500001, 600003"),
        new ReviewedKind("Sdk", "400003", FusionAuthKind.SUCCESS, "authorization page displayed"),
        new ReviewedKind("Sdk", "500001", FusionAuthKind.SUCCESS, "SMS page initialized"),
        new ReviewedKind("Sdk", "600003", FusionAuthKind.SUCCESS, "uplink SMS page created"),
        new ReviewedKind("Sdk", "500006", FusionAuthKind.FAILURE, "500005's failure: the page cannot be displayed"),
        new ReviewedKind("ChinaUnicom", "2206", FusionAuthKind.FAILURE, "a carrier's rate limit refuses the request"),
        new ReviewedKind("ChinaUnicom", "20101", FusionAuthKind.FAILURE, "the SDK's rate limit refuses the request"),
        new ReviewedKind("ChinaTelecom", "-65", FusionAuthKind.FAILURE, "a carrier's rate limit refuses the request"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reviewedKinds")
  void codeHasTheReviewedKind(ReviewedKind reviewed) {
    FusionAuthCode constant = constant(reviewed.domain(), reviewed.codeText());

    assertEquals(reviewed.kind(), constant.kind(), "generated kind");
    assertEquals(reviewed.kind().name().toLowerCase(Locale.ROOT),
        CATALOG.entry(reviewed.domain(), reviewed.codeText()).kind(), "catalog kind");
  }

  @Test
  void checkThrowsForTheRateLimitedSmsAsAnSdkFailure() {
    SdkException byInt = assertThrows(SdkException.class, () -> SdkCode.check(500009));
    SdkException byText = assertThrows(SdkException.class, () -> SdkCode.check("500009", "限流"));

    assertAll(
        () -> assertSame(SdkException.class, byInt.getClass(), "no exception group: the domain's exception"),
        () -> assertSame(SdkCode.SMS_SEND_RATE_LIMITED, byInt.code()),
        () -> assertSame(SdkCode.SMS_SEND_RATE_LIMITED, byText.code()),
        () -> assertEquals("限流", byText.detail()),
        () -> assertSame(FusionAuthKind.FAILURE, SdkCode.SMS_SEND_RATE_LIMITED.kind()));
  }

  @Test
  void checkReturnsTheDisplayedSmsPageAsASuccess() {
    assertSame(SdkCode.SMS_PAGE_SHOWN, SdkCode.check(500005));
    assertSame(SdkCode.SMS_PAGE_SHOWN, SdkCode.check("500005"));
    assertSame(FusionAuthKind.SUCCESS, SdkCode.SMS_PAGE_SHOWN.kind());
  }

  @Test
  void handlerFallsBackToTheReviewedKindsMethods() {
    SdkHandler<String> byKind = new SdkHandler<String>() {
      @Override
      public String onFailure(SdkCode code, String detail) {
        return "failure " + code.codeText();
      }

      @Override
      public String onSuccess(SdkCode code, String detail) {
        return "success " + code.codeText();
      }

      @Override
      public String onOutcome(SdkCode code, String detail) {
        return "other kind " + code.codeText();
      }
    };

    assertEquals("failure 500009", byKind.dispatch(500009, null));
    assertEquals("success 500005", byKind.dispatch(500005, null));
    assertEquals("success 500005", byKind.dispatch("500005", null));
  }

  // ---------------------------------------------------------------------------------------------------
  // Codes the page describes alike.

  @Test
  void uplinkSmsCodesWithOneChineseTextDifferInEnglish() {
    SdkCode obtained = SdkCode.UPLINK_SMS_OBTAINED;
    SdkCode guessed = SdkCode.UPLINK_SMS_TOKEN_OBTAINED;
    String guessedEnglish = guessed.message(Locale.ENGLISH);

    assertEquals(600005, obtained.code());
    assertEquals(600007, guessed.code());
    assertEquals(obtained.message(), guessed.message(), "the page gives both the same Chinese text");
    assertNotEquals(obtained.message(Locale.ENGLISH), guessedEnglish, "a developer must tell them apart");
    assertAll("600007's English says what is known and what is guessed: " + guessedEnglish,
        () -> assertTrue(guessedEnglish.contains("\"" + obtained.message(Locale.ENGLISH) + "\""),
            "quotes the page's text, which is 600005's"),
        () -> assertTrue(guessedEnglish.contains("600005"), "names 600005, which has the same text"),
        () -> assertTrue(guessedEnglish.contains("600008"), "names 600008, the failure the guess comes from"),
        () -> assertTrue(guessedEnglish.contains("guess"), "says that it is a guess"));
  }

  /** Each domain's codes, for the test that no two of them read the same in English. */
  static Stream<String> domains() {
    return CATALOG.domains().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("domains")
  void noTwoCodesOfADomainReadTheSameInEnglish(String domain) {
    Map<List<String>, List<String>> codesByEnglish = new LinkedHashMap<>();
    for (YamlCatalog.Entry entry : CATALOG.entries(domain)) {
      FusionAuthCode constant = constant(domain, entry.codeText());
      List<String> english = new ArrayList<>();
      english.add(constant.message(Locale.ENGLISH));
      english.add(constant.advice(Locale.ENGLISH));
      codesByEnglish.computeIfAbsent(english, key -> new ArrayList<>()).add(entry.codeText());
    }

    codesByEnglish.values().removeIf(codes -> codes.size() == 1);
    assertEquals(Map.of(), codesByEnglish, "codes of " + domain + " with the same English message and advice");
  }

  // ---------------------------------------------------------------------------------------------------
  // Lists.

  static Stream<YamlCatalog.Entry> entriesWithAdvice() {
    return CATALOG.entries().stream().filter(entry -> entry.advice() != null);
  }

  /**
   * Advice of several lines is a list: every line an item starting with {@code "- "}, and the English
   * has as many items as the Chinese. Single-line advice is no list.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("entriesWithAdvice")
  void multiLineAdviceIsAListOfAsManyItemsInBothLanguages(YamlCatalog.Entry entry) {
    FusionAuthCode constant = constant(entry.domain(), entry.codeText());
    List<String> chinese = constant.advice().lines().toList();
    List<String> english = constant.advice(Locale.ENGLISH).lines().toList();

    assertEquals(chinese.size(), english.size(), "lines of the Chinese and the English advice");
    for (List<String> lines : List.of(chinese, english)) {
      for (String line : lines) {
        assertEquals(lines.size() > 1, line.startsWith(SeedPage.LIST_ITEM) && line.length() > 2,
            "a line is a list item exactly when the advice has several: '" + line + "'");
      }
    }
  }

  @Test
  void quotaAdviceIsTheSeedsTwoItemList() {
    ChinaMobileCode quota = ChinaMobileCode.QUOTA_INSUFFICIENT;

    assertEquals(List.of("- 新创建的方案号移动侧需等待15-30分钟能力同步,能力没同步的情况下会报错。",
        "- 手机号是否欠费,如果欠费情况下会报错。"), quota.advice().lines().toList());
    assertEquals(2, quota.advice(Locale.ENGLISH).lines().filter(line -> line.startsWith("- ")).count(),
        quota.advice(Locale.ENGLISH));
  }

  private static FusionAuthCode constant(String domain, String codeText) {
    FusionAuthCode constant = GeneratedDomain.named(domain).forCodeText().apply(codeText);
    assertNotNull(constant, "no constant for " + domain + " " + codeText);
    return constant;
  }
}
