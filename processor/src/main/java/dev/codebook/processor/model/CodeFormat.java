package dev.codebook.processor.model;

import java.util.Locale;
import java.util.Optional;

/**
 * How an int domain writes its codes: in {@code codeText()}, Javadoc, diagnostics, the reference page and
 * {@code NAME_VALUE}. The emitted runtime has an {@code int} constant of each one's name, which generated
 * code hands its {@code codeText}.
 */
public enum CodeFormat {
  /** {@code -2}, {@code 100001}. */
  DECIMAL("decimal"),
  /** {@code 0x80004005}: {@code 0x} and eight upper-case digits, in two's complement, as HRESULTs are written. */
  HEX("hex"),
  /** {@code -0x7080}, {@code 0x0010}: a sign, {@code 0x} and at least four upper-case digits, as mbedTLS writes. */
  SIGNED_HEX("signedHex");

  private final String yamlName;

  CodeFormat(String yamlName) {
    this.yamlName = yamlName;
  }

  public String yamlName() {
    return yamlName;
  }

  public static Optional<CodeFormat> fromYaml(String text) {
    for (CodeFormat format : values()) {
      if (format.yamlName.equals(text)) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }

  /** An int code's value written in this format (and as a Java constant expression of that value). */
  public String format(int value) {
    return switch (this) {
      case DECIMAL -> Integer.toString(value);
      case HEX -> String.format(Locale.ROOT, "0x%08X", value);
      case SIGNED_HEX -> String.format(Locale.ROOT, value < 0 ? "-0x%04X" : "0x%04X", Math.abs((long) value));
    };
  }
}
