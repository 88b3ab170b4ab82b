package dev.codebook.processor.diag;

import javax.tools.Diagnostic;

/**
 * Every diagnostic Codebook can report. The tag in brackets at the end of each message is stable:
 * users search for it, tests assert on it.
 */
public enum Message {
  // locate
  CATALOG_NOT_FOUND("catalog-not-found", "catalog '%s' not found%s; tried:%s"),
  CATALOG_PATH_INVALID("catalog-path-invalid", "catalog path '%s' is not valid: %s"),
  CATALOG_UNREADABLE("catalog-unreadable", "cannot read catalog: %s"),

  // read and parse
  CATALOG_TOO_LARGE("catalog-too-large", "catalog is %,d bytes; the limit is %,d bytes"),
  CATALOG_EMPTY("catalog-empty", "catalog is empty: expected a mapping with 'codebook: 1', 'name' and 'domains'"),
  CATALOG_NOT_UTF8("catalog-not-utf8", "catalog is not valid UTF-8: %s at byte offset %,d"),
  CATALOG_BINARY("catalog-binary", "catalog contains a NUL character: it looks like a binary file, not YAML"),
  YAML_SYNTAX("yaml-syntax", "YAML syntax error: %s"),
  YAML_LIMIT("yaml-limit", "catalog exceeds a safety limit: %s"),
  YAML_TAG("yaml-tag", "YAML tag '%s' is not allowed in a catalog: values are plain text, lists and mappings"),
  YAML_DUPLICATE_KEY("yaml-duplicate-key", "key '%s' appears twice in the same mapping (first at %s)"),
  YAML_MULTIPLE_DOCUMENTS("yaml-multiple-documents", "a catalog is one YAML document; found another here"),
  WRONG_TYPE("wrong-type", "%s must be %s, not %s"),
  MISSING_KEY("missing-key", "%s is missing required key '%s'"),
  UNKNOWN_KEY("unknown-key", "unknown key '%s' in %s%s"),
  EMPTY_VALUE("empty-value", "%s has no value"),
  UNSUPPORTED_VERSION("unsupported-version", "codebook format version '%s' is not supported; this processor reads version 1"),
  BAD_KIND("bad-kind", "kind '%s' is not one of success, failure, warning, event, progress"),
  BAD_CODE_TYPE("bad-code-type", "codeType '%s' is not one of int, string"),
  BAD_LOCALE("bad-locale", "'%s' is not a language tag such as en, zh-CN"),
  DUPLICATE_TRANSLATION("duplicate-translation",
      "translation '%s' is the same language as %s"),
  HIDDEN_TRANSLATION("hidden-translation",
      "translation '%s' is never chosen: every locale it fits gets %s first; list it before that one, or drop it",
      Diagnostic.Kind.WARNING),
  MISSING_TRANSLATION("missing-translation", "%,d of %,d codes have no '%s' message: %s",
      Diagnostic.Kind.WARNING),
  MISSING_TRANSLATION_ERROR("missing-translation", "%,d of %,d codes have no '%s' message: %s"),
  UNDECLARED_TRANSLATION("undeclared-translation", "i18n language '%s' is not listed in the catalog's translations %s"),
  MISSING_KIND("missing-kind", "code %s has no kind and its domain %s gives no default kind"),
  BAD_INT_CODE("bad-int-code",
      "code '%s' is not an int code: write an optional minus sign and decimal digits without leading zeros,"
          + " or 0x and 1 to 8 hex digits (quote it and use codeType: string for codes such as \"08006\")"),
  BAD_CODE_FORMAT("bad-code-format", "%s"),
  BAD_RANGE("bad-range", "range %s of domain %s %s"),
  BAD_RESERVED("bad-reserved", "a reserved entry of domain %s %s"),
  RESERVED_OVERLAP("reserved-overlap", "reserved entries of domain %s overlap: %s at %s and %s"),
  RESERVED_REUSED("reserved-reused", "%s of domain %s is reserved (at %s%s): a removed code's value or name is not"
      + " used again, since clients may still hold it"),
  RANGE_OVERLAP("range-overlap", "ranges %s and %s of domain %s overlap (%s and %s): a code belongs to one range"),
  BAD_ATTRIBUTE("bad-attribute", "attribute '%s' of domain %s %s"),
  UNKNOWN_ATTRIBUTE("unknown-attribute", "code %s sets attribute '%s', which domain %s does not declare%s"),
  WRONG_ATTRIBUTE_TYPE("wrong-attribute-type", "attribute '%s' of %s is %s: '%s' is not one"),
  BAD_PARAM("bad-param", "parameter '%s' of code %s %s"),
  UNUSED_PARAM("unused-param", "parameter '%s' of code %s appears in none of its texts", Diagnostic.Kind.WARNING),
  BAD_PLACEHOLDER("bad-placeholder", "%s: %s"),
  UNKNOWN_PLACEHOLDER("unknown-placeholder", "placeholder {%s} in %s is not a parameter of code %s; its parameters: %s"),
  TRANSLATION_PLACEHOLDERS("translation-placeholders",
      "%s has placeholders %s, but %s has %s: a translation may reorder placeholders, not drop or add one"),
  INT_CODE_OUT_OF_RANGE("int-code-out-of-range", "code %s is outside the int range -2147483648..2147483647"),
  BAD_STRING_CODE("bad-string-code", "code '%s' is not usable: %s"),
  BAD_TEXT("bad-text", "%s contains %s"),

  // validate
  NO_DOMAINS("no-domains", "catalog declares no domains"),
  TOO_MANY_GROUPS("too-many-groups",
      "domain %s declares more than %,d exception groups (each is a class): group its codes in fewer"),
  TOO_MANY_RANGES("too-many-ranges", "domain %s declares more than %,d ranges (its range type is an enum)"),
  TOO_MANY_ATTRIBUTES("too-many-attributes", "domain %s declares more than %,d attributes"),
  GROUP_ACROSS_RANGES("group-across-ranges", "exception group %s of domain %s %s"),
  TOO_MANY_TRANSLATIONS("too-many-translations",
      "catalog lists more than %,d translations (each is a holder class per domain)"),
  EMPTY_DOMAIN("empty-domain", "domain %s has no codes"),
  INVALID_TYPE_NAME("invalid-type-name", "%s '%s' is not usable as a Java type name: %s"),
  INVALID_CODE_NAME("invalid-code-name", "name '%s' is not usable: %s"),
  DUPLICATE_CODE("duplicate-code", "code %s appears twice in domain %s: at %s and at %s"),
  DUPLICATE_NAME("duplicate-name", "name %s is used twice in domain %s: at %s and at %s"),
  DUPLICATE_DOMAIN("duplicate-domain", "domain %s is declared twice: at %s and at %s"),
  TYPE_NAME_CLASH("type-name-clash", "generated type %s would be declared twice: for %s and for %s"),
  MEMBER_NAME_CLASH("member-name-clash", "generated member %s.%s would be declared twice: for %s and for %s"),
  GROUP_ACROSS_DOMAINS("group-across-domains",
      "exception group %s is used in domain %s and in domain %s: a group belongs to one domain"),

  // check: @Exhaustive and @Handles on user code
  EXHAUSTIVE_MISSING("exhaustive-missing", "%s does not handle %d %s code%s of %s:%s"),
  EXHAUSTIVE_NO_KINDS("exhaustive-no-kinds", "@Exhaustive({}) on %s checks nothing: name at least one kind"),
  EXHAUSTIVE_NOT_A_HANDLER("exhaustive-not-a-handler",
      "@Exhaustive on %s, which implements no generated <Domain>Handler of a known catalog"),
  EXHAUSTIVE_UNRESOLVED("exhaustive-unresolved",
      "cannot check @Exhaustive on %s: its supertype %s could not be resolved"),
  EXHAUSTIVE_KAPT_ERROR_TYPE("exhaustive-kapt-error-type",
      "cannot check @Exhaustive on %s: it implements no generated handler that processors can see, and kapt"
          + " left out types of it that it could not resolve yet; if it implements a handler generated in this"
          + " compilation, turn kapt's correctErrorTypes on (<correctErrorTypes>true</correctErrorTypes> in"
          + " kotlin-maven-plugin's kapt execution, kapt { correctErrorTypes = true } in Gradle)"),
  HANDLES_NO_CATALOG("handles-no-catalog", "no catalog with domain '%s' found: %s"),
  HANDLES_NO_CODES("handles-no-codes", "@Handles on %s() names no code of domain %s"),
  HANDLES_NO_CODES_KAPT("handles-no-codes", "@Handles on %s() names no code of domain %s; under kapt, a constant"
      + " generated in this same module is not a constant yet, and kapt leaves it out: write the code's value itself"),
  HANDLES_AMBIGUOUS_CATALOG("handles-ambiguous-catalog",
      "domain '%s' exists in the catalogs of packages %s: name one with catalog = \"...\""),
  HANDLES_UNKNOWN_DOMAIN("handles-unknown-domain", "catalog %s has no domain '%s'%s; its domains are %s"),
  HANDLES_WRONG_CODE_TYPE("handles-wrong-code-type", "domain %s has %s codes: list them in '%s', not '%s'"),
  HANDLES_UNKNOWN_CODE("handles-unknown-code", "code %s is not in domain %s; nearest known codes: %s"),
  HANDLES_OTHER_DOMAIN("handles-other-domain", "code %s is not in domain %s, but in domain %s (%s)"),
  HANDLES_DUPLICATE("handles-duplicate", "code %s %s of domain %s is already handled by %s"),
  HANDLES_DEPRECATED("handles-deprecated", "code %s %s of domain %s is deprecated: %s", Diagnostic.Kind.WARNING),

  // process
  BAD_OPTION("bad-option", "option -A%s=%s is not valid: use %s"),

  // compare with the previous version (-Acodebook.baseline)
  BASELINE_NONE("baseline-none", "no baseline of package %s in %s: nothing to compare with", Diagnostic.Kind.NOTE),
  BASELINE_MISSING("baseline-missing", "-Acodebook.baseline names %s, which does not exist: a catalog found in no"
      + " baseline is compared with nothing", Diagnostic.Kind.WARNING),
  BASELINE_UNREADABLE("baseline-unreadable", "the baseline %s is not a catalog this version reads, so nothing was"
      + " compared: %s", Diagnostic.Kind.WARNING),
  BREAKING_CATALOG_RENAMED("breaking-catalog-renamed",
      "catalog %s was %s in the baseline: every generated type of the catalog is renamed"),
  BREAKING_DOMAIN_REMOVED("breaking-domain-removed",
      "domain %s of the baseline is gone (removed or renamed): its types and codes are gone"),
  BREAKING_CODE_TYPE("breaking-code-type", "domain %s has codeType %s, %s in the baseline: every lookup changes"),
  BREAKING_CODE_REMOVED("breaking-code-removed", "code %s %s of domain %s is gone without being reserved: clients may"
      + " still receive it; reserve it (reserved: [{code: %s, name: %s}])"),
  BREAKING_VALUE_CHANGED("breaking-value-changed",
      "the code named %s of domain %s is %s, %s in the baseline: a client that holds the old value gets another code"),
  BREAKING_NAME_CHANGED("breaking-name-changed", "code %s of domain %s is named %s, %s in the baseline: its constant,"
      + " name(), valueOf, switch labels and handler method are renamed (an alias of the old name keeps only a field)"),
  BREAKING_CODE_FORM("breaking-code-form", "domain %s has more than %,d codes and aliases now, so its code type is a"
      + " final class, an enum in the baseline: switch on its constants, EnumSet and Enum's methods no longer compile"),
  BREAKING_ALIAS_REMOVED("breaking-alias-removed", "alias %s of code %s %s of domain %s is gone"),
  BREAKING_KIND_CHANGED("breaking-kind-changed", "code %s %s of domain %s is %s, %s in the baseline: what check()"
      + " throws and which handler method runs change"),
  BREAKING_EXCEPTION_CHANGED("breaking-exception-changed", "code %s %s of domain %s throws %s, %s in the baseline: a"
      + " catch of the old class may miss it"),
  BREAKING_PARAMS_CHANGED("breaking-params-changed", "code %s %s of domain %s has parameters %s, %s in the baseline:"
      + " its factory's signature and its translations' placeholders change"),
  BREAKING_RANGE_REMOVED("breaking-range-removed", "range %s of domain %s is gone"),
  BREAKING_RANGE_NARROWED("breaking-range-narrowed",
      "range %s of domain %s holds %s, %s in the baseline: codes it held fall out of it"),
  BREAKING_RANGE_EXCEPTION("breaking-range-exception", "range %s of domain %s throws %s, %s in the baseline"),
  BREAKING_ATTRIBUTE_REMOVED("breaking-attribute-removed", "attribute %s of domain %s is gone"),
  BREAKING_ATTRIBUTE_TYPE("breaking-attribute-type", "attribute %s of domain %s is %s, %s in the baseline"),
  BREAKING_ATTRIBUTE_DEFAULT("breaking-attribute-default",
      "attribute %s of domain %s defaults to %s, %s in the baseline: every code that sets none changes"),
  BREAKING_UNUSED("breaking-unused",
      "'breaking' on %s accepts no change against the baseline; remove it", Diagnostic.Kind.WARNING),
  NULLABILITY_UNAVAILABLE("nullability-unavailable",
      "option -A%s=%s asks for annotations that the compile class path does not have: %s; add %s"),
  NULLABILITY_OLD_JETBRAINS("nullability-old-jetbrains",
      "the generated API carries no nullness annotations, and Kotlin sees its types as platform types: the"
          + " org.jetbrains.annotations on the compile class path applies to declarations only (a version before 15,"
          + " such as the 13.0 that kotlin-stdlib brings); declare codebook-annotations, which brings 26.0.2, before"
          + " kotlin-stdlib", Diagnostic.Kind.NOTE),
  TOO_MANY_ERRORS("too-many-errors", "%,d more errors in this catalog not shown"),
  INTERNAL_ERROR("internal-error",
      "Codebook failed unexpectedly (%s). This is a bug in Codebook, not in your catalog: please report it"
          + " with the catalog that caused it"),
  WRITE_FAILED("write-failed", "could not write generated file %s: %s");

  private final String tag;
  private final String format;
  private final Diagnostic.Kind kind;

  Message(String tag, String format) {
    this(tag, format, Diagnostic.Kind.ERROR);
  }

  Message(String tag, String format, Diagnostic.Kind kind) {
    this.tag = tag;
    this.format = format;
    this.kind = kind;
  }

  public String tag() {
    return "[codebook:" + tag + "]";
  }

  public Diagnostic.Kind kind() {
    return kind;
  }

  /** The message text with its arguments and stable tag, without a position. */
  public String format(Object... args) {
    return String.format(java.util.Locale.ROOT, format, args) + " " + tag();
  }
}
