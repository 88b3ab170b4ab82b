package dev.codebook.processor.model;

/**
 * A {@code breaking:} key: a change against the previous version of the catalog accepted on purpose,
 * written next to what changed so that reviewers see it. Read only when a baseline is compared.
 *
 * @param subject what carries the key
 * @param domain the domain it is in ({@code ""} for the catalog itself)
 * @param name the code's canonical name, the range's or attribute's name, or the domain's
 * @param reason why the break is accepted
 * @param position where the key's value was written
 */
public record Acceptance(Subject subject, String domain, String name, String reason, SourcePosition position) {

  /** What a {@code breaking:} key may be written on. */
  public enum Subject {
    CATALOG,
    DOMAIN,
    CODE,
    RANGE,
    ATTRIBUTE
  }
}
