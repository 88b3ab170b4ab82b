package dev.codebook.processor.model;

import java.util.Optional;

/**
 * A code value, block of values or name that a domain keeps out of use, as protobuf's {@code reserved}
 * does: removed codes whose numbers or names clients may still hold.
 *
 * @param first the first reserved value (canonical text: decimal in an int domain), if values are reserved
 * @param last the last one, inclusive; {@code first} for a single code (string domains reserve single codes)
 * @param name a reserved name, if one is
 * @param note why, or since when
 * @param position where the entry starts
 */
public record Reserved(Optional<String> first, Optional<String> last, Optional<Named> name, Optional<String> note,
    SourcePosition position) {

  /** Whether {@code code} (canonical text) is a reserved value. */
  public boolean holds(String code, CodeType type) {
    if (first.isEmpty()) {
      return false;
    }
    if (type == CodeType.STRING) {
      return first.get().equals(code);
    }
    long value = Long.parseLong(code);
    return Long.parseLong(first.get()) <= value && value <= Long.parseLong(last.orElseThrow());
  }
}
