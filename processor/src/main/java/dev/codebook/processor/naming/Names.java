package dev.codebook.processor.naming;

import dev.codebook.processor.catalog.Kind;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.SourceVersion;
import java.util.regex.Pattern;

/**
 * The naming contract: how a catalog's names become the names of everything Codebook generates. Other
 * tools and users' code rely on these names, so every stage that needs one (the planner, the clash
 * checks, the checks on user code) asks this class instead of spelling it out again.
 *
 * <p>Public names follow from the catalog ({@code TOKEN_INVALID} → {@code onTokenInvalid}). Internal
 * helpers nested in generated types end in {@code $}: no catalog name can contain a {@code $}, so they
 * never clash with a code, and JLS §3.8 reserves {@code $} for mechanically generated code.
 */
public final class Names {
  private Names() {}

  /** A code name or alias: UPPER_SNAKE ASCII, starting with a letter. */
  public static final Pattern CODE_NAME = Pattern.compile("[A-Z][A-Z0-9_]*");

  /**
   * Longest name accepted for a type stem or a code: generated type names become file names, which
   * most file systems cap at 255 bytes, and every name must stay far below the class-file limit.
   */
  public static final int MAX_NAME_LENGTH = 200;

  /**
   * Simple names that generated code refers to without qualification; a generated type with one of
   * these names would shadow it inside the package.
   */
  public static final Set<String> REFERENCED_SIMPLE_NAMES = Set.of(
      "Arrays", "AssertionError", "Comparable", "Comparator", "ConcurrentHashMap", "HashMap", "Map", "Deprecated",
      "Enum", "Exception", "Generated", "Integer", "InvalidObjectException", "Locale", "Long", "Object",
      "ObjectInputStream", "Override", "RuntimeException", "Serializable", "String", "StringBuilder",
      "SuppressWarnings", "Throwable", "Character", "Math", "FunctionalInterface", "Class", "System",
      "AtomicReferenceArray", "IllegalArgumentException", "NullPointerException", "Collections", "List");

  /**
   * Why {@code stem} cannot start the name of a generated type (a catalog, domain or group name), or
   * empty when it can: an UpperCamelCase ASCII Java identifier without {@code $}, not a keyword.
   */
  public static Optional<String> typeStemProblem(String stem) {
    if (stem.length() > MAX_NAME_LENGTH) {
      return Optional.of("it is longer than " + MAX_NAME_LENGTH + " characters");
    }
    if (!SourceVersion.isIdentifier(stem) || stem.contains("$")) {
      return Optional.of("it is not a Java identifier");
    }
    if (SourceVersion.isKeyword(stem)) {
      return Optional.of("it is a Java keyword");
    }
    if (!Character.isUpperCase(stem.charAt(0)) || !stem.chars().allMatch(c -> c < 0x80)) {
      return Optional.of("write it in UpperCamelCase ASCII, such as FusionAuth");
    }
    return Optional.empty();
  }

  /** Why {@code name} cannot be a code name or alias, or empty when it can. */
  public static Optional<String> codeNameProblem(String name) {
    if (name.length() > MAX_NAME_LENGTH) {
      return Optional.of("it is longer than " + MAX_NAME_LENGTH + " characters");
    }
    if (CODE_NAME.matcher(name).matches()) {
      return Optional.empty();
    }
    return Optional.of(SourceVersion.isKeyword(name)
        ? "it is a Java keyword; code names are UPPER_SNAKE_CASE"
        : SourceVersion.isIdentifier(name)
            ? "code names are UPPER_SNAKE_CASE: capital ASCII letters, digits and underscores, starting with a letter"
            : "it is not a Java identifier; code names are UPPER_SNAKE_CASE");
  }

  public static String kindType(String catalog) {
    return catalog + "Kind";
  }

  public static String codeInterface(String catalog) {
    return catalog + "Code";
  }

  public static String catalogException(String catalog) {
    return catalog + "Exception";
  }

  /** The package-private class holding the catalog's table decoding and locale matching. */
  public static String tables(String catalog) {
    return catalog + "Tables";
  }

  public static String codeType(String domain) {
    return domain + "Code";
  }

  /** A package-private interface holding part of a large domain's constants: {@code HugeCodePart3}. */
  public static String constantPart(String domain, int index) {
    return codeType(domain) + "Part" + index;
  }

  public static String domainException(String domain) {
    return domain + "Exception";
  }

  public static String handler(String domain) {
    return domain + "Handler";
  }

  /** A package-private interface holding part of a large domain's handler methods: {@code HugeHandlerPart3}. */
  public static String handlerPart(String domain, int index) {
    return handler(domain) + "Part" + index;
  }

  /** The compile-time constant holding a code's value: {@code TOKEN_INVALID_VALUE}. */
  public static String valueConstant(String codeName) {
    return codeName + "_VALUE";
  }

  /** The handler method of a code: {@code TOKEN_INVALID} becomes {@code onTokenInvalid}. */
  public static String handlerMethod(String codeName) {
    return "on" + upperCamel(codeName);
  }

  /** The per-kind fallback method of handlers: {@code onFailure}. */
  public static String kindMethod(Kind kind) {
    return "on" + upperCamel(kind.name());
  }

  /** The nested holder of one language's texts in a code type: {@code Texts$0} is the catalog's own. */
  public static String textsHolder(int language) {
    return "Texts$" + language;
  }

  /** {@code TOKEN_INVALID} becomes {@code TokenInvalid}; {@code HTTP_2} and {@code HTTP2} both {@code Http2}. */
  public static String upperCamel(String upperSnake) {
    StringBuilder out = new StringBuilder();
    for (String part : upperSnake.split("_")) {
      if (!part.isEmpty()) {
        out.append(part.charAt(0)).append(part.substring(1).toLowerCase(Locale.ROOT));
      }
    }
    return out.toString();
  }
}
