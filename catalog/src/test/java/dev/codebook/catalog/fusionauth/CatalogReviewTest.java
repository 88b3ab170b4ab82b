package dev.codebook.catalog.fusionauth;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Proves the decisions of the catalog's row-by-row review against the seed page, which the other tests
 * cannot see because they take kinds and translations from the YAML itself: the kinds the review
 * settled, that codes with one Chinese text stay apart in English, that the English uses one term for
 * one thing, that list advice stays a list in both languages, and the readings of the Chinese that the
 * review corrected.
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
  // One term for one thing.

  /** A Chinese term and the English its translations must use wherever the Chinese has it. */
  record Term(String chinese, Pattern chinesePattern, String english, Pattern englishPattern) {
    static Term of(String chinese, String english) {
      return new Term(chinese, Pattern.compile(chinese), english,
          Pattern.compile(english, Pattern.CASE_INSENSITIVE));
    }

    @Override
    public String toString() {
      return chinese + " -> " + english;
    }
  }

  private static final List<Term> GLOSSARY = List.of(
      Term.of("点击", "\\btap(ped|ping)?\\b"),
      Term.of("二次弹窗", "privacy agreement confirmation dialog"),
      Term.of("授权页", "authorization page"),
      Term.of("(?<!预)取号", "number retrieval"),
      Term.of("预取号", "pre-fetch"),
      Term.of("一键登录", "one-click login"),
      Term.of("方案号", "scheme code"),
      Term.of("验证码", "verification code"),
      Term.of("上行短信", "uplink SMS"),
      Term.of("限流|流控", "rate[- ]limit"),
      Term.of("蜂窝", "cellular"),
      Term.of("超时", "timed out|timeout"),
      Term.of("协议", "agreement"));

  /** English words the glossary replaced: none may come back. "One-click" is a name, not a click. */
  private static final Map<String, Pattern> RETIRED_WORDS = Map.of(
      "click (say tap)", Pattern.compile("(?<!one-)click", Pattern.CASE_INSENSITIVE),
      "pop-up (say privacy agreement confirmation dialog)", Pattern.compile("pop-?up", Pattern.CASE_INSENSITIVE),
      "secondary (say privacy agreement confirmation dialog)",
      Pattern.compile("\\bsecondary\\b", Pattern.CASE_INSENSITIVE));

  static Stream<YamlCatalog.Entry> entries() {
    return CATALOG.entries().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("entries")
  void englishUsesTheGlossarysTermWhereTheChineseHasIt(YamlCatalog.Entry entry) {
    FusionAuthCode constant = constant(entry.domain(), entry.codeText());
    List<Executable> checks = new ArrayList<>();
    addTermChecks(checks, "message", constant.message(), constant.message(Locale.ENGLISH));
    if (constant.advice() != null) {
      addTermChecks(checks, "advice", constant.advice(), constant.advice(Locale.ENGLISH));
    }

    assertAll(entry.toString(), checks);
  }

  private static void addTermChecks(List<Executable> checks, String what, String chinese, String english) {
    String normalized = Normalizer.normalize(chinese, Normalizer.Form.NFKC);
    for (Term term : GLOSSARY) {
      if (term.chinesePattern().matcher(normalized).find()) {
        checks.add(() -> assertTrue(term.englishPattern().matcher(english).find(),
            what + " has " + term.chinese() + " but its English lacks " + term.english() + ": " + english));
      }
    }
    RETIRED_WORDS.forEach((word, pattern) -> checks.add(() -> assertFalse(pattern.matcher(english).find(),
        what + "'s English says " + word + ": " + english)));
  }

  @Test
  void glossaryMatchesTheSeedsKangxiRadicals() {
    // ⼀ (U+2F00) and ⼆ (U+2F06) stand for 一 and 二 on the page; the glossary must see through them.
    String seedText = "⼀键登录⼆次弹窗点击协议。";
    String normalized = Normalizer.normalize(seedText, Normalizer.Form.NFKC);

    assertFalse(seedText.contains("一键登录"));
    assertTrue(normalized.contains("一键登录"), normalized);
    assertTrue(normalized.contains("二次弹窗"), normalized);
  }

  @Test
  void retiredWordsAreFoundAndOneClickIsNot() {
    Pattern click = RETIRED_WORDS.get("click (say tap)");

    assertTrue(click.matcher("Clicked the login button.").find());
    assertTrue(click.matcher("Various click events.").find());
    assertFalse(click.matcher("One-click login failed.").find());
    assertFalse(click.matcher("Tapped the one-click login button.").find());
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

  // ---------------------------------------------------------------------------------------------------
  // Readings of the Chinese.

  /** A reading of the Chinese that the review corrected, and the English that shows it. */
  record Reading(String domain, String codeText, boolean advice, String chinese, String english) {
    @Override
    public String toString() {
      return domain + " " + codeText + " " + (advice ? "advice" : "message") + ": " + chinese + " -> " + english;
    }
  }

  static Stream<Reading> readings() {
    return Stream.of(
        new Reading("Sdk", "100003", false, "startSceneWithTemplateId和 stopSceneWithTemplateId",
            "startSceneWithTemplateId or stopSceneWithTemplateId was called"),
        new Reading("Sdk", "300002", true, "等待Token鉴权合法后才能开启",
            "Wait until the token has been verified as valid before calling startSceneWithTemplateId"),
        new Reading("Sdk", "500009", false, "短信发送被限流", "the SMS was not sent"),
        new Reading("ChinaUnicom", "410000", true, "3秒以上", "at least 3 seconds"),
        new Reading("OneClickLogin", "1600017", false, "AppID、Appkey", "AppID or AppKey"),
        new Reading("ChinaUnicom", "1101", true, "非有效数据流量访问",
            "The request was not sent over a valid mobile data connection"),
        new Reading("ChinaUnicom", "-2", true, "非有效数据流量访问",
            "The request was not sent over a valid mobile data connection"),
        new Reading("ChinaUnicom", "2206", false, "流控值超限", "Rate limit exceeded."),
        new Reading("ChinaMobile", "105312", false, "能力余量不足", "Insufficient remaining quota"),
        new Reading("ChinaMobile", "105312", true, "欠费", "has an overdue balance"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("readings")
  void englishShowsTheReviewedReading(Reading reading) {
    FusionAuthCode constant = constant(reading.domain(), reading.codeText());
    String chinese = reading.advice() ? constant.advice() : constant.message();
    String english = reading.advice() ? constant.advice(Locale.ENGLISH) : constant.message(Locale.ENGLISH);

    assertTrue(chinese.contains(reading.chinese()), "the Chinese says " + reading.chinese() + ": " + chinese);
    assertTrue(english.contains(reading.english()), "the English says " + reading.english() + ": " + english);
  }

  private static FusionAuthCode constant(String domain, String codeText) {
    FusionAuthCode constant = GeneratedDomain.named(domain).forCodeText().apply(codeText);
    assertNotNull(constant, "no constant for " + domain + " " + codeText);
    return constant;
  }
}
