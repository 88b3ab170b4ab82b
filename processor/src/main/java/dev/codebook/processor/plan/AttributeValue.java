package dev.codebook.processor.plan;

/**
 * A code's value of one attribute, typed as the attribute is declared, its default filled in.
 */
public sealed interface AttributeValue {
  /** The value as generated code holds it: {@code String}, {@code Integer}, {@code Long}, {@code Boolean} or null. */
  Object value();

  /** A {@code string} attribute's value. */
  record Text(String value) implements AttributeValue {}

  /** An {@code int} attribute's value. */
  record IntValue(Integer value) implements AttributeValue {}

  /** A {@code long} attribute's value. */
  record LongValue(Long value) implements AttributeValue {}

  /** A {@code boolean} attribute's value. */
  record BooleanValue(Boolean value) implements AttributeValue {}

  /** A {@code string} attribute without a default that the code does not set: {@code null} at run time. */
  record Unset() implements AttributeValue {
    @Override
    public Object value() {
      return null;
    }
  }
}
