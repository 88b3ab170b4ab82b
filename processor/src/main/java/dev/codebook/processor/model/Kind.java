package dev.codebook.processor.model;

import java.util.Locale;
import java.util.Optional;

/** What a code means for the caller; each kind becomes a constant of the generated {@code <Catalog>Kind}. */
public enum Kind {
  SUCCESS,
  FAILURE,
  WARNING,
  EVENT,
  PROGRESS;

  /** The spelling used in catalogs ({@code failure}). */
  public String yamlName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The kind a catalog spells {@code text}, if any. */
  public static Optional<Kind> fromYaml(String text) {
    for (Kind kind : values()) {
      if (kind.yamlName().equals(text)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
