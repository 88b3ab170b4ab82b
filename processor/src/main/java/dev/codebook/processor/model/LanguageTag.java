package dev.codebook.processor.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A language tag split into what locale matching compares — language, script, region — with the
 * script completed as CLDR's likely subtags would, for the languages written in more than one script
 * ({@code zh} and {@code zh-CN} are Hans, {@code zh-TW} Hant, {@code sr} Cyrl). Other languages have
 * one script, which never decides a match: their script stays empty unless written.
 *
 * @param language lower case ({@code zh}); legacy codes as Java maps them ({@code iw} is {@code he})
 * @param script title case ({@code Hans}), or empty
 * @param region upper case ({@code CN}, {@code 419}), or empty
 */
public record LanguageTag(String language, String script, String region) {

  /**
   * Languages written in more than one script: the default script, then the regions that use
   * another, from CLDR's likely subtags.
   */
  private static final List<List<String>> MULTI_SCRIPT = List.of(
      List.of("zh", "Hans", "TW", "Hant", "HK", "Hant", "MO", "Hant"),
      List.of("yue", "Hant", "CN", "Hans"),
      List.of("sr", "Cyrl", "ME", "Latn", "RO", "Latn", "RU", "Latn", "TR", "Latn"),
      List.of("uz", "Latn", "AF", "Arab", "CN", "Cyrl"),
      List.of("az", "Latn", "IQ", "Arab", "IR", "Arab", "RU", "Cyrl"),
      List.of("bs", "Latn"),
      List.of("pa", "Guru", "PK", "Arab"),
      List.of("mn", "Cyrl", "CN", "Mong"),
      List.of("ms", "Latn", "CC", "Arab"),
      List.of("kk", "Cyrl", "AF", "Arab", "CN", "Arab", "IR", "Arab"),
      List.of("ky", "Cyrl", "CN", "Arab"),
      List.of("tg", "Cyrl", "PK", "Arab"),
      List.of("ku", "Latn", "LB", "Arab"),
      List.of("sd", "Arab", "IN", "Deva"),
      List.of("ks", "Arab"),
      List.of("ha", "Latn", "CM", "Arab", "SD", "Arab"),
      List.of("ff", "Latn"),
      List.of("shi", "Tfng"),
      List.of("vai", "Vaii"),
      List.of("iu", "Cans"));

  /** {@code tag} split, normalized as {@link Locale#forLanguageTag} does, and its script completed. */
  public static LanguageTag of(String tag) {
    Locale locale = Locale.forLanguageTag(tag);
    String language = locale.getLanguage();
    String region = locale.getCountry();
    String script = locale.getScript();
    if (script.isEmpty()) {
      script = likelyScript(language, region).orElse("");
    }
    return new LanguageTag(language, script, region);
  }

  /**
   * Whether locale matching cannot tell the two apart: the same language and region, and the same script or
   * one of them without a script (which fits every script): {@code zh-CN} and {@code zh-Hans-CN},
   * {@code de} and {@code de-Latn}.
   */
  public boolean sameChoiceAs(LanguageTag other) {
    return language.equals(other.language) && region.equals(other.region)
        && (script.isEmpty() || other.script.isEmpty() || script.equals(other.script));
  }

  /**
   * Whether this tag, listed before {@code later}, gets every locale that {@code later} fits: the same
   * language, {@code later} without a region (so it wins no locale by its region), and this one without a
   * script or with {@code later}'s. {@code de-CH} hides a {@code de} listed after it; {@code zh-TW} (Hant)
   * does not hide {@code zh} (Hans).
   */
  public boolean hides(LanguageTag later) {
    return language.equals(later.language) && later.region.isEmpty()
        && (script.isEmpty() || script.equals(later.script));
  }

  /** The likely script of a multi-script language in a region (or none given), if it is one. */
  public static Optional<String> likelyScript(String language, String region) {
    List<String> rules = rules(language);
    if (rules.isEmpty()) {
      return Optional.empty();
    }
    for (int i = 2; i < rules.size(); i += 2) {
      if (rules.get(i).equals(region)) {
        return Optional.of(rules.get(i + 1));
      }
    }
    return Optional.of(rules.get(1));
  }

  /**
   * The likely-script rules of {@code languages} that have them, as pairs {@code language-REGION} or
   * {@code language}, then the script; most specific first, as the generated matcher reads them.
   */
  public static List<String> likelyScriptRules(List<String> languages) {
    List<String> pairs = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    for (String language : languages) {
      List<String> rules = rules(language);
      if (rules.isEmpty() || seen.contains(language)) {
        continue;
      }
      seen.add(language);
      for (int i = 2; i < rules.size(); i += 2) {
        pairs.add(language + "-" + rules.get(i));
        pairs.add(rules.get(i + 1));
      }
      pairs.add(language);
      pairs.add(rules.get(1));
    }
    return pairs;
  }

  private static List<String> rules(String language) {
    for (List<String> rules : MULTI_SCRIPT) {
      if (rules.get(0).equals(language)) {
        return rules;
      }
    }
    return List.of();
  }
}
