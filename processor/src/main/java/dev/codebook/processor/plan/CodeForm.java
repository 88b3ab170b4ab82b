package dev.codebook.processor.plan;

/** The shape of a domain's code type. */
public enum CodeForm {
  /** A Java enum: one constant per code; {@code switch}, {@code EnumSet} and {@code EnumMap} work on it. */
  ENUM,
  /**
   * A final class whose constants live in {@code <Domain>CodePartN} interfaces that it
   * implements: an enum cannot hold more than a few thousand constants (its static initializer is
   * limited to 64 KiB), a class's constants spread over any number of interfaces.
   */
  CLASS
}
