package dev.codebook.processor.plan;

/**
 * A nested holder class of a code type: one concern's tables, which the JVM initializes (decodes) the first
 * time the concern is used. The plan decides which holders a domain has ({@link DomainPlan#holders()}); their
 * names hold a {@code $}, which no catalog name contains, so they never clash with a code.
 */
public enum Holder {
  /** Every constant, by ordinal. */
  CONSTANTS("Constants$"),
  /** Each code's value, and the hash table of {@code forCode}. */
  INDEX("Index$"),
  /** Each code's kind, and the exception class it creates when not the domain's own. */
  KINDS("Kinds$"),
  /** One language's messages and advice: one holder per language the domain has texts in. */
  TEXTS("Texts$"),
  /** Which texts holder serves a language, when the domain has texts in more than one. */
  LANGUAGES("Languages$"),
  /** Creates a code's exception class, when the domain has any beside its own. */
  EXCEPTIONS("Exceptions$"),
  /** Each int code as text, as its domain writes codes. */
  CODE_TEXTS("CodeTexts$"),
  /** Each code's canonical name and a hash table of them: the class form's {@code name()} and {@code valueOf}. */
  NAMES("Names$"),
  /** Each code's range, and the ranges of raw values. */
  RANGES("Ranges$"),
  /** One attribute's values: one holder per attribute. */
  ATTRIBUTES("Attributes$"),
  /** Each code's parameter names, when a code of the domain has parameters. */
  PARAMS("Params$");

  private final String name;

  Holder(String name) {
    this.name = name;
  }

  /** Its simple name; of a holder that a domain has several of, with the number of the one meant. */
  public String simpleName(int index) {
    return this == TEXTS || this == ATTRIBUTES ? name + index : name;
  }
}
