package dev.codebook.processor.model;

import java.util.Optional;

/**
 * A code's texts in one language: the message (a template whose {@code {name}} placeholders are the
 * code's parameters), optional advice, and an optional longer description for docs.
 */
public record Text(String message, Optional<String> advice, Optional<String> description) {

  public Text(String message, Optional<String> advice) {
    this(message, advice, Optional.empty());
  }
}
