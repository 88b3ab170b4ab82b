package dev.codebook.processor.model;

import java.util.Optional;

/**
 * Another name of a code: a plain name ({@code aliases: [OLD_NAME]}), or one with notes of its own
 * ({@code {name: OLD_NAME, description: ..., deprecated: ...}}), such as the names libcurl renamed.
 *
 * @param name the UPPER_SNAKE name and where it was written
 * @param description a note for Javadoc and the reference page
 * @param deprecation the reason the name is deprecated ({@code ""} for none given), if it is
 */
public record Alias(Named name, Optional<String> description, Optional<String> deprecation) {

  /** A plain name, without notes. */
  public static Alias of(Named name) {
    return new Alias(name, Optional.empty(), Optional.empty());
  }

  public boolean isDeprecated() {
    return deprecation.isPresent();
  }
}
