package dev.codebook.processor.model;

import java.util.Optional;

/** The Java type of a domain's codes. */
public enum CodeType {
  /** Decimal {@code int} codes, negative ones included. */
  INT("int"),
  /** Text codes such as SQLSTATE {@code 23505}, kept exactly as written. */
  STRING("string");

  private final String yamlName;

  CodeType(String yamlName) {
    this.yamlName = yamlName;
  }

  public String yamlName() {
    return yamlName;
  }

  public static Optional<CodeType> fromYaml(String text) {
    for (CodeType type : values()) {
      if (type.yamlName.equals(text)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
