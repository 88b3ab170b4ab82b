package dev.codebook.processor.model;

import java.util.Optional;

/**
 * A named block of a domain's codes, whether the catalog lists them or not: {@code from}–{@code to}
 * (inclusive) in an int domain (HTTP {@code 5xx}), or the codes whose bits under a {@code mask} are
 * {@code value} (SQLite's extended codes of one primary, an HRESULT facility), or the codes starting with
 * {@code prefix} in a string domain (SQLSTATE class {@code 23}).
 *
 * @param name UpperCamel, and where it was written
 * @param from first value, for int domains; for a mask range, the lowest code it holds (derived: what is
 *     given is ignored)
 * @param to last value, for int domains; for a mask range, the highest code it holds (derived likewise)
 * @param prefix the codes' common start, for string domains
 * @param mask the bits that decide, and their value, for a mask range
 * @param kind the kind of the range's codes that give none, before the domain's
 * @param exception the class that the range's codes throw, extending the domain's exception
 * @param title a short description, for docs
 */
public record Range(
    Named name,
    int from,
    int to,
    Optional<String> prefix,
    Optional<Mask> mask,
    Optional<Kind> kind,
    Optional<Named> exception,
    Optional<String> title,
    SourcePosition position) {

  public Range {
    if (mask.isPresent()) {
      from = mask.get().lowest();
      to = mask.get().highest();
    }
  }

  /**
   * The codes {@code code} for which {@code (code & mask) == value}; {@code value} has no bit outside
   * {@code mask}, and {@code mask} is not 0.
   */
  public record Mask(int mask, int value) {
    private static final long SIGN = 0x8000_0000L;
    private static final long BITS = 0xFFFF_FFFFL;

    public boolean holds(int code) {
      return (code & mask) == value;
    }

    /** {@code (code & 0xFF) == 0xA}: how docs and diagnostics write it. */
    public String describe() {
      return String.format(java.util.Locale.ROOT, "(code & 0x%X) == 0x%X", mask, value);
    }

    /** The lowest code it holds. */
    public int lowest() {
      return (int) (flipped(value) ^ SIGN);
    }

    /** The highest code it holds. */
    public int highest() {
      return (int) ((flipped(value) | (~mask & BITS)) ^ SIGN);
    }

    /** Whether some code is held by both. */
    public boolean overlaps(Mask other) {
      return ((value ^ other.value) & mask & other.mask) == 0;
    }

    /** Whether it holds some code from {@code from} to {@code to}, inclusive. */
    public boolean overlaps(int from, int to) {
      long next = nextFrom(from);
      return next >= 0 && next <= ((to ^ SIGN) & BITS);
    }

    /**
     * The lowest code it holds at or above {@code from}, in the order of {@code code ^ 0x80000000} taken
     * unsigned (the order of ints), or -1. Above {@code from}'s highest bit that differs, the code keeps
     * {@code from}'s bits; there it sets one that {@code from} clears; below, it takes the least it may.
     */
    private long nextFrom(int from) {
      long low = (from ^ SIGN) & BITS;
      long wanted = flipped(value);
      long fixed = mask & BITS;
      if ((low & fixed) == wanted) {
        return low;
      }
      for (int bit = 0; bit < 32; bit++) {
        long one = 1L << bit;
        long above = BITS & ~((one << 1) - 1);
        boolean free = (fixed & one) == 0 || (wanted & one) != 0;
        if ((low & one) == 0 && free && (low & above & fixed) == (wanted & above)) {
          return (low & above) | one | (wanted & (one - 1));
        }
      }
      return -1;
    }

    /** {@code value} in the order of ints made unsigned: the sign bit, if the mask decides it, flipped. */
    private long flipped(int bits) {
      return (bits ^ (mask & SIGN)) & BITS;
    }
  }

  /**
   * The codes it holds as diagnostics write them, int values in the domain's {@code format}:
   * {@code 400 to 499}, {@code codes with (code & 0xFF) == 0xA}, {@code codes starting with "23"}.
   */
  public String describe(CodeFormat format) {
    return prefix.map(start -> "codes starting with \"" + start + "\"")
        .or(() -> mask.map(bits -> "codes with " + bits.describe()))
        .orElse(format.format(from) + " to " + format.format(to));
  }

  /** Whether this range holds {@code code}, the canonical text of a code of a domain of {@code type}. */
  public boolean holds(String code, CodeType type) {
    if (type == CodeType.STRING) {
      return prefix.map(code::startsWith).orElse(false);
    }
    if (prefix.isPresent()) {
      return false;
    }
    int value = Integer.parseInt(code);
    return mask.map(bits -> bits.holds(value)).orElse(from <= value && value <= to);
  }

  /** Whether the two ranges share a value (or, for prefixes, one starts with the other). */
  public boolean overlaps(Range other) {
    if (prefix.isPresent() || other.prefix.isPresent()) {
      String a = prefix.orElse("");
      String b = other.prefix.orElse("");
      return a.startsWith(b) || b.startsWith(a);
    }
    if (mask.isPresent() && other.mask.isPresent()) {
      return mask.get().overlaps(other.mask.get());
    }
    if (mask.isPresent() || other.mask.isPresent()) {
      Mask bits = mask.or(() -> other.mask).orElseThrow();
      Range bounds = mask.isPresent() ? other : this;
      return bits.overlaps(bounds.from, bounds.to);
    }
    return from <= other.to && other.from <= to;
  }
}
