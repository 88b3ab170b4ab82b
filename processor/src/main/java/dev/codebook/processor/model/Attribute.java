package dev.codebook.processor.model;

import java.util.Locale;
import java.util.Optional;

/**
 * A typed datum that a domain's codes carry ({@code sqlState}, {@code httpStatus}); each becomes an
 * accessor of the code type.
 *
 * @param name lowerCamel, and where it was written
 * @param defaultValue the value of codes that set none: a {@code String}, {@code Integer}, {@code Long}
 *     or {@code Boolean}; empty only for a string attribute, whose codes then give {@code null}
 */
public record Attribute(Named name, Type type, Optional<Object> defaultValue, SourcePosition position) {

  /** The types an attribute may have, as catalogs spell them. */
  public enum Type {
    STRING,
    INT,
    LONG,
    BOOLEAN;

    public String yamlName() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Type> fromYaml(String text) {
      for (Type type : values()) {
        if (type.yamlName().equals(text)) {
          return Optional.of(type);
        }
      }
      return Optional.empty();
    }
  }
}
