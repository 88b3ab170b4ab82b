package dev.codebook.processor.diag;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean" suggestions by edit distance. */
public final class Spelling {
  private Spelling() {}

  /** {@code "; did you mean 'x'?"} for the closest candidate within a small distance, or {@code ""}. */
  public static String didYouMean(String written, Collection<String> candidates) {
    return closest(written, candidates).map(candidate -> "; did you mean '" + candidate + "'?").orElse("");
  }

  /** The closest candidate within a small distance, if any: what {@link #didYouMean} names. */
  public static Optional<String> closest(String written, Collection<String> candidates) {
    return candidates.stream()
        .filter(candidate -> {
          int distance = distance(written.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
          // Close enough to be a slip, and not a rewrite of a short name ("B" is no typo of "A").
          return distance <= Math.max(1, candidate.length() / 3) && distance < candidate.length();
        })
        .min(Comparator.comparingInt((String candidate) -> distance(written, candidate))
            .thenComparing(Comparator.naturalOrder()));
  }

  /** Levenshtein distance. */
  public static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
