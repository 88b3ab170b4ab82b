package dev.codebook.processor.model;

import java.util.Optional;

/**
 * A named block of a domain's codes: {@code from}–{@code to} (inclusive) in an int domain, or the
 * codes starting with {@code prefix} in a string domain, whether the catalog lists them or not
 * (SQLSTATE class {@code 23}, HTTP {@code 5xx}).
 *
 * @param name UpperCamel, and where it was written
 * @param from first value, for int domains
 * @param to last value, for int domains
 * @param prefix the codes' common start, for string domains
 * @param kind the kind of the range's codes that give none, before the domain's
 * @param exception the class that the range's codes throw, extending the domain's exception
 * @param title a short description, for docs
 */
public record Range(
    Named name,
    int from,
    int to,
    Optional<String> prefix,
    Optional<Kind> kind,
    Optional<Named> exception,
    Optional<String> title,
    SourcePosition position) {

  /** Whether this range holds {@code code}, the canonical text of a code of a domain of {@code type}. */
  public boolean holds(String code, CodeType type) {
    if (type == CodeType.STRING) {
      return prefix.map(code::startsWith).orElse(false);
    }
    if (prefix.isPresent()) {
      return false;
    }
    long value = Long.parseLong(code);
    return from <= value && value <= to;
  }

  /** Whether the two ranges share a value (or, for prefixes, one starts with the other). */
  public boolean overlaps(Range other) {
    if (prefix.isPresent() || other.prefix.isPresent()) {
      String a = prefix.orElse("");
      String b = other.prefix.orElse("");
      return a.startsWith(b) || b.startsWith(a);
    }
    return from <= other.to && other.from <= to;
  }
}
