package dev.codebook.processor.validate;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a message missing in a listed translation is: a warning by default, as MapStruct's
 * {@code unmappedTargetPolicy} works; an error for builds that require complete catalogs; nothing for
 * {@code -Werror} builds of catalogs known to be partial.
 */
public enum TranslationPolicy {
  IGNORE,
  WARN,
  ERROR;

  /** {@code -Acodebook.missingTranslations=ignore|warn|error}. */
  public static final String OPTION = "codebook.missingTranslations";
  /** {@code -Acodebook.strictTranslations=true}: the same as {@code missingTranslations=error}. */
  public static final String STRICT_OPTION = "codebook.strictTranslations";

  /**
   * The policy the processor options ask for, or the option whose value is not known: its name,
   * its value and the values it takes. {@code strictTranslations=true} wins over any
   * {@code missingTranslations}.
   */
  public record Choice(Optional<TranslationPolicy> policy, List<String> badOption) {}

  public static Choice fromOptions(Map<String, String> options) {
    String strict = options.get(STRICT_OPTION);
    if (strict != null && !strict.equalsIgnoreCase("true") && !strict.equalsIgnoreCase("false")) {
      return new Choice(Optional.empty(), List.of(STRICT_OPTION, strict, "true or false"));
    }
    if ("true".equalsIgnoreCase(strict)) {
      return new Choice(Optional.of(ERROR), List.of());
    }
    String policy = options.get(OPTION);
    if (policy == null) {
      return new Choice(Optional.of(WARN), List.of());
    }
    for (TranslationPolicy value : values()) {
      if (value.name().equals(policy.strip().toUpperCase(Locale.ROOT))) {
        return new Choice(Optional.of(value), List.of());
      }
    }
    return new Choice(Optional.empty(), List.of(OPTION, policy, "ignore, warn or error"));
  }
}
