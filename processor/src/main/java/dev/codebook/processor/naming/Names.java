package dev.codebook.processor.naming;

import dev.codebook.processor.model.Kind;
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

  /**
   * A code name or alias: ASCII, starting with a capital letter, then letters, digits and
   * underscores. Usually UPPER_SNAKE; real catalogs have lower-case letters too
   * ({@code ERROR_ITERATED_DATA_EXCEEDS_64k}, {@code ER_XPLUGIN_IPv6_AVAILABLE}).
   */
  public static final Pattern CODE_NAME = Pattern.compile("[A-Z][A-Za-z0-9_]*");

  /**
   * Longest name accepted for a type stem or a code: generated type names become file names, which
   * most file systems cap at 255 bytes, and every name must stay far below the class-file limit.
   */
  public static final int MAX_NAME_LENGTH = 200;

  /**
   * Simple names that generated code refers to without qualification: a generated type with one of
   * these names would shadow it inside the package, and a constant would obscure it inside its code
   * type. {@code ReferencedNamesTest} reads generated sources to keep this list complete.
   */
  public static final Set<String> REFERENCED_SIMPLE_NAMES = Set.of(
      "Arrays", "AssertionError", "Comparable", "Comparator", "ConcurrentHashMap", "HashMap", "Map", "Deprecated",
      "Enum", "Exception", "Generated", "Integer", "InvalidObjectException", "Locale", "Long", "Object",
      "ObjectInputStream", "Override", "RuntimeException", "Serializable", "String", "StringBuilder",
      "SuppressWarnings", "Throwable", "Character", "Math", "FunctionalInterface", "Class", "System",
      "AtomicReferenceArray", "IllegalArgumentException", "NullPointerException", "Collections", "List",
      "ArrayList", "ObjectOutputStream", "IOException", "ClassNotFoundException");

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
    String rule = "code names are ASCII letters, digits and underscores, starting with a capital letter, such as"
        + " TOKEN_INVALID";
    return Optional.of(SourceVersion.isKeyword(name)
        ? "it is a Java keyword; " + rule
        : SourceVersion.isIdentifier(name) ? rule : "it is not a Java identifier; " + rule);
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

  /** The package-private class matching a {@code Locale} to the catalog's languages: {@code ShopLanguages}. */
  public static String languages(String catalog) {
    return catalog + "Languages";
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

  /** A class in the chain above {@code <Domain>Exception} that declares typed factories: {@code ServerExceptionFactories0}. */
  public static String factoryPart(String domain, int index) {
    return domainException(domain) + "Factories" + index;
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

  /**
   * The typed exception factory of a code with parameters: its handler method without {@code on},
   * first letter lowered: {@code ER_DUP_ENTRY} gives {@code erDupEntry}. A name that is a Java keyword or
   * literal gets an underscore, as protobuf's Java names do: {@code DEFAULT} gives {@code default_} (no other
   * factory name ends in one, so it clashes with none).
   */
  public static String factoryMethod(String codeName) {
    String camel = upperCamel(codeName);
    String name = camel.isEmpty() ? "" : Character.toLowerCase(camel.charAt(0)) + camel.substring(1);
    return SourceVersion.isKeyword(name) ? name + "_" : name;
  }

  /** The functional interface nested in every handler, for {@code of(known, unknown)}. */
  public static final String UNKNOWN_CODE_HANDLER = "UnknownCodeHandler";

  /** The constant of a range in the domain's range enum: {@code ClientError} becomes {@code CLIENT_ERROR}. */
  public static String rangeConstant(String rangeName) {
    return rangeName.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replaceAll("([A-Z])([A-Z][a-z])", "$1_$2")
        .toUpperCase(Locale.ROOT);
  }

  public static String rangeType(String domain) {
    return domain + "Range";
  }

  /**
   * Members that every code type has (from {@code <Catalog>Code}, the enum or class form and
   * {@code Object}), which an attribute accessor must not take. Instance methods without parameters
   * are what an accessor would clash with; the static ones and those with parameters are listed too,
   * since a name that means two things is a trap even where Java would allow it.
   */
  public static final Set<String> CODE_TYPE_MEMBERS = Set.of(
      "code", "codeText", "domain", "kind", "message", "advice", "exception", "format", "params", "range",
      "name", "ordinal", "toString", "hashCode", "equals", "getClass", "compareTo", "getDeclaringClass",
      "describeConstable", "values", "valueOf", "forCode", "rangeOf", "check", "clone", "finalize", "notify",
      "notifyAll", "wait", "writeReplace", "readObject", "readResolve");

  /**
   * Members of every generated exception class ({@code <Catalog>Exception} and {@code RuntimeException}),
   * which a typed factory must not take, whatever its parameters.
   */
  public static final Set<String> EXCEPTION_MEMBERS = Set.of(
      "args", "code", "domain", "rawCode", "detail", "getMessage", "getLocalizedMessage", "getCause", "initCause",
      "toString", "printStackTrace", "getStackTrace", "setStackTrace", "fillInStackTrace", "addSuppressed",
      "getSuppressed", "equals", "hashCode", "getClass", "notify", "notifyAll", "wait", "clone", "finalize");

  /** The per-kind fallback method of handlers: {@code onFailure}. */
  public static String kindMethod(Kind kind) {
    return "on" + upperCamel(kind.name());
  }

  /**
   * The name's words, each capitalized, without underscores. A word in capitals only is one word
   * ({@code TOKEN_INVALID} becomes {@code TokenInvalid}; {@code HTTP_2} and {@code HTTP2} both {@code Http2});
   * a word with a lower-case letter keeps its capitals, as its author wrote them
   * ({@code StatusHTTPVersionNotSupported} stays so, {@code ER_XPLUGIN_IPv6_AVAILABLE} becomes
   * {@code ErXpluginIPv6Available}, {@code EXCEEDS_64k} {@code Exceeds64k}).
   */
  public static String upperCamel(String name) {
    StringBuilder out = new StringBuilder();
    for (String part : name.split("_")) {
      if (part.isEmpty()) {
        continue;
      }
      boolean mixed = part.chars().anyMatch(Character::isLowerCase);
      out.append(Character.toUpperCase(part.charAt(0)))
          .append(mixed ? part.substring(1) : part.substring(1).toLowerCase(Locale.ROOT));
    }
    return out.toString();
  }
}
