package dev.codebook.processor.plan;

import dev.codebook.processor.model.LanguageTag;
import java.util.ArrayList;
import java.util.List;

/**
 * What the runtime's locale matching needs of a catalog's languages, worked out at compile time: each tag
 * split and completed with its likely script, and the likely-script rules of the catalog's languages that
 * are written in more than one script.
 *
 * @param candidates per catalog language (0 the catalog's own), three entries: language, script
 *     ({@code null} when none is written), region ({@code null} when none)
 * @param likelyScripts pairs of {@code language} or {@code language-REGION} and its likely script, most
 *     specific first, for the catalog's languages written in more than one script
 */
public record LanguageMatching(List<String> candidates, List<String> likelyScripts) {
  public LanguageMatching {
    candidates = java.util.Collections.unmodifiableList(new ArrayList<>(candidates));
    likelyScripts = List.copyOf(likelyScripts);
  }

  /** The matching data of these language tags, in catalog order. */
  public static LanguageMatching of(List<String> tags) {
    List<String> candidates = new ArrayList<>();
    List<String> languages = new ArrayList<>();
    for (String tag : tags) {
      LanguageTag split = LanguageTag.of(tag);
      candidates.add(split.language());
      candidates.add(split.script().isEmpty() ? null : split.script());
      candidates.add(split.region().isEmpty() ? null : split.region());
      languages.add(split.language());
    }
    return new LanguageMatching(candidates, LanguageTag.likelyScriptRules(languages));
  }
}
