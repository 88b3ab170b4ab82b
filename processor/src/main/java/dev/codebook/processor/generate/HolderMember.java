package dev.codebook.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.codebook.processor.plan.DomainPlan;
import dev.codebook.processor.plan.Holder;

/**
 * What generated code uses of a code type's holders, each member declared once: the holder that declares it
 * and its name. {@link CodeHolders} declares a member under {@link #member()}; everything else, in the code
 * type or in another generated class, reaches it through {@link #in}, so a rename here renames every use.
 */
enum HolderMember {
  /** Every constant, by ordinal: the enum's {@code values()} (enum form). */
  CONSTANTS_ALL(Holder.CONSTANTS, "ALL"),
  /** {@code at(ordinal)}: the constant, created with its chunk on first use (class form). */
  CONSTANTS_AT(Holder.CONSTANTS, "at"),
  /** {@code all()}: every constant, in a new array (class form). */
  CONSTANTS_COPY(Holder.CONSTANTS, "all"),
  INDEX_CODES(Holder.INDEX, "CODES"),
  INDEX_SHIFT(Holder.INDEX, "SHIFT"),
  INDEX_TABLE(Holder.INDEX, "TABLE"),
  KINDS(Holder.KINDS, "KINDS"),
  /** Each code's exception class index, when some code's is not the domain's own. */
  KINDS_EXCEPTIONS(Holder.KINDS, "EXCEPTIONS"),
  /** One language's texts: a runtime {@code Texts}. */
  TEXTS(Holder.TEXTS, "TEXTS"),
  /** {@code texts(language)}: the texts of a language index, or null. */
  LANGUAGES_TEXTS(Holder.LANGUAGES, "texts"),
  /** {@code create(index, code, detail, cause)}: a new exception of a code's class. */
  EXCEPTIONS_CREATE(Holder.EXCEPTIONS, "create"),
  /** {@code unknown(index, rawCode, detail)}: a range's exception for a value the catalog does not list. */
  EXCEPTIONS_UNKNOWN(Holder.EXCEPTIONS, "unknown"),
  CODE_TEXTS(Holder.CODE_TEXTS, "TEXTS"),
  NAMES(Holder.NAMES, "NAMES"),
  NAMES_SHIFT(Holder.NAMES, "SHIFT"),
  NAMES_TABLE(Holder.NAMES, "TABLE"),
  /** {@code ofCode(ordinal)}: a code's range, or null. */
  RANGES_OF_CODE(Holder.RANGES, "ofCode"),
  /** {@code of(value)}: the range of a raw value, or null. */
  RANGES_OF(Holder.RANGES, "of"),
  /** {@code unknown(rawCode, detail)}: the exception for a raw value the catalog does not list. */
  RANGES_UNKNOWN(Holder.RANGES, "unknown"),
  ATTRIBUTE_VALUES(Holder.ATTRIBUTES, "VALUES"),
  PARAMS_LISTS(Holder.PARAMS, "LISTS");

  private final Holder holder;
  private final String member;

  HolderMember(Holder holder, String member) {
    this.holder = holder;
    this.member = member;
  }

  /** The name the holder declares the member under. */
  String member() {
    return member;
  }

  /**
   * {@code Index$.CODES}: the member of {@code codeType}'s holder, as generated code names it; only of a holder
   * {@code domain}'s plan gives the code type, so that no generator names one the plan left out.
   */
  CodeBlock in(DomainPlan domain, ClassName codeType) {
    return in(domain, codeType, 0);
  }

  /** The member of holder number {@code index} ({@code Texts$2.TEXTS}, {@code Attributes$0.VALUES}). */
  CodeBlock in(DomainPlan domain, ClassName codeType, int index) {
    if (!domain.has(holder, index)) {
      throw new IllegalStateException(domain.name() + " has no holder " + holder.simpleName(index) + " for " + name());
    }
    return CodeBlock.of("$T.$N", type(codeType, holder, index), member);
  }

  /** The holder class itself. */
  static ClassName type(ClassName codeType, Holder holder, int index) {
    return codeType.nestedClass(holder.simpleName(index));
  }
}
