package dev.codebook.processor.generate;

import dev.codebook.processor.catalog.Kind;
import java.util.Locale;
import java.util.Set;

/**
 * The names of everything Codebook generates. They are a contract other tools rely on, and the
 * validator checks them for clashes before anything is generated, so both sides use this class.
 */
public final class Names {
  private Names() {}

  /**
   * Simple names that generated code refers to without qualification; a generated type with one of
   * these names would shadow it inside the package.
   */
  public static final Set<String> REFERENCED_SIMPLE_NAMES = Set.of(
      "Arrays", "AssertionError", "Comparator", "HashMap", "Map", "Deprecated", "Enum", "Exception", "Generated", "Integer", "Locale", "Long",
      "Object", "Override", "RuntimeException", "Serializable", "String", "StringBuilder", "SuppressWarnings",
      "Throwable", "Character", "Math", "FunctionalInterface", "Class", "System");

  public static String kindType(String catalog) {
    return catalog + "Kind";
  }

  public static String codeInterface(String catalog) {
    return catalog + "Code";
  }

  public static String catalogException(String catalog) {
    return catalog + "Exception";
  }

  public static String codeEnum(String domain) {
    return domain + "Code";
  }

  public static String domainException(String domain) {
    return domain + "Exception";
  }

  public static String handler(String domain) {
    return domain + "Handler";
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
