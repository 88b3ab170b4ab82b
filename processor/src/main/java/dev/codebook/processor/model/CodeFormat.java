package dev.codebook.processor.model;

import java.util.Locale;
import java.util.Optional;

/** How an int domain writes its codes: in {@code codeText()}, Javadoc, the reference page and {@code NAME_VALUE}. */
public enum CodeFormat {
  /** {@code -2}, {@code 100001}. */
  DECIMAL,
  /** {@code 0x80004005}: {@code 0x} and eight upper-case digits, as HRESULTs are written. */
  HEX;

  public String yamlName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<CodeFormat> fromYaml(String text) {
    for (CodeFormat format : values()) {
      if (format.yamlName().equals(text)) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }

  /** An int code's value written in this format. */
  public String format(int value) {
    return this == HEX ? String.format(Locale.ROOT, "0x%08X", value) : Integer.toString(value);
  }
}
