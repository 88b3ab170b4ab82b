package dev.codebook.processor.catalog;

import dev.codebook.processor.diag.Message;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads one code entry of a domain: its value, names, kind (its own, else its range's, else the
 * domain's), texts with their translations, parameters (checked against every text's placeholders),
 * attribute values, group and deprecation. Part of the parse stage; reports on the exact node.
 */
final class CodeReader {
  private static final Set<String> CODE_KEYS = Set.of("code", "name", "kind", "message", "advice", "description",
      "i18n", "aliases", "exception", "deprecated", "params", "attributes");
  private static final Set<String> TEXT_KEYS = Set.of("message", "advice", "description");
  private static final Pattern DECIMAL = Pattern.compile("0|-?[1-9][0-9]*");
  private static final Pattern HEX = Pattern.compile("0[xX][0-9a-fA-F]{1,8}");
  private static final BigInteger INT_MIN = BigInteger.valueOf(Integer.MIN_VALUE);
  private static final BigInteger INT_MAX = BigInteger.valueOf(Integer.MAX_VALUE);
  /** Most parameter slots of a typed factory: a method takes 255, {@code long} and {@code double} two each. */
  static final int MAX_PARAMETER_SLOTS = 254;

  /**
   * What a code entry is read against: its domain's settings. {@code codeTypeUnread}: the domain's
   * {@code codeType} could not be read (reported already), so code values are not judged at all.
   * {@code kindUnread}: a kind of the domain
   * or of a range could not be read (reported already), so a code without one is not told it has none.
   * {@code rejectedAttributes} are declared but reported already, with their type where it was read: a
   * code may set them without a second error.
   */
  record DomainContext(String label, CodeType codeType, CodeFormat codeFormat, Optional<Kind> defaultKind,
      boolean codeTypeUnread, RangeIndex ranges, boolean kindUnread, List<Attribute> attributes, Map<String, Optional<Attribute.Type>> rejectedAttributes,
      Optional<List<String>> translations) {}

  private final YamlNodes nodes;
  private final SourceText source;

  CodeReader(YamlNodes nodes, SourceText source) {
    this.nodes = nodes;
    this.source = source;
  }

  Optional<CodeEntry> read(Node node, DomainContext domain) {
    String what = "a code entry of " + domain.label();
    Optional<YamlNodes.Mapping> found = nodes.mapping(node, what);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    YamlNodes.Mapping map = found.get();
    map.rejectUnknownKeys(CODE_KEYS);
    Optional<Node> codeNode = map.require("code");
    Optional<String> code = codeNode.filter(value -> !domain.codeTypeUnread())
        .flatMap(value -> nodes.text(value, "'code' of " + what))
        .flatMap(text -> codeValue(text, domain.codeType(), codeNode.get()));
    Optional<Named> name = map.require("name")
        .flatMap(value -> nodes.text(value, "'name' of " + what).map(text -> new Named(text, nodes.position(value))));
    String shown = code.map(value -> domain.codeType() == CodeType.INT
        ? domain.codeFormat().format(Integer.parseInt(value)) : value).orElse("");
    String label = "code " + shown + (name.isPresent() ? (shown.isEmpty() ? "" : " ") + name.get().name() : "");
    Optional<Kind> rangeKind = code.flatMap(value -> domain.ranges().rangeOf(value)).flatMap(Range::kind);
    Optional<Kind> kind = map.get("kind").filter(value -> !YamlNodes.isNull(value))
        .flatMap(value -> nodes.text(value, "'kind' of " + label).flatMap(text -> kind(nodes, text, value)))
        .or(() -> rangeKind)
        .or(domain::defaultKind);
    // Absent or empty without a range's or domain's default: missing (a kind written wrongly is reported as bad-kind).
    if (kind.isEmpty() && map.get("kind").map(YamlNodes::isNull).orElse(true) && !domain.kindUnread()) {
      nodes.problem(Message.MISSING_KIND, node, label.substring("code ".length()),
          domain.label().substring("domain ".length()));
    }
    Texts texts = texts(map, label);
    Map<String, Text> i18n = new LinkedHashMap<>();
    Map<String, Texts> translatedTexts = new LinkedHashMap<>();
    // A translation that could not be read is reported; the entry is then dropped like any other broken
    // one, so that it is not also counted as a code the language lacks.
    boolean[] translationsRead = {true};
    map.get("i18n").filter(value -> !YamlNodes.isNull(value))
        .flatMap(value -> nodes.mapping(value, "'i18n' of " + label))
        .ifPresent(languages -> {
          for (String language : languages.keys()) {
            Node languageKey = languages.keyNode(language);
            if (domain.translations().isPresent() && !domain.translations().get().contains(language)) {
              nodes.problem(Message.UNDECLARED_TRANSLATION, languageKey, language, domain.translations().get());
            }
            languages.get(language)
                .flatMap(value -> nodes.mapping(value, "'i18n." + language + "' of " + label))
                .ifPresentOrElse(translation -> {
                  translation.rejectUnknownKeys(TEXT_KEYS);
                  Texts translated = texts(translation, "the '" + language + "' texts of " + label);
                  translated.text().ifPresentOrElse(text -> {
                    i18n.put(language, text);
                    translatedTexts.put(language, translated);
                  }, () -> translationsRead[0] = false);
                }, () -> translationsRead[0] = false);
          }
        });
    List<Param> params = texts.text().isEmpty() ? List.of() : params(map, label, texts, translatedTexts);
    Map<String, Object> attributes = attributes(map, label, domain);
    List<Named> aliases = map.optionalTextList("aliases");
    Optional<Named> group = map.get("exception").filter(value -> !YamlNodes.isNull(value))
        .flatMap(value -> nodes.text(value, "'exception' of " + label).map(t -> new Named(t, nodes.position(value))));
    // deprecated: a reason; "true" deprecates without one, and "false" is read as written, not as a reason.
    Optional<String> deprecation = map.optionalText("deprecated")
        .filter(reason -> !reason.equals("false"))
        .map(reason -> reason.equals("true") ? "" : reason);
    if (code.isEmpty() || name.isEmpty() || kind.isEmpty() || texts.text().isEmpty() || !translationsRead[0]) {
      return Optional.empty();
    }
    return Optional.of(new CodeEntry(code.get(), nodes.position(codeNode.get()), name.get(), aliases, kind.get(),
        texts.text().get(), i18n, group, deprecation, params, attributes, nodes.position(node)));
  }

  // ---- values ----

  /** A code value: an int domain's as canonical decimal text (hex read and wrapped like C's), a string domain's as written. */
  private Optional<String> codeValue(String text, CodeType type, Node node) {
    if (type == CodeType.INT) {
      return intValue(nodes, text, node).map(value -> Integer.toString(value));
    }
    return stringCode(nodes, text, node);
  }

  /** A string code or range prefix: no blanks around it, no control character, at most 1,000 characters. */
  static Optional<String> stringCode(YamlNodes nodes, String text, Node node) {
    if (!text.strip().equals(text)) {
      nodes.problem(Message.BAD_STRING_CODE, node, text, "it starts or ends with white space");
      return Optional.empty();
    }
    if (text.chars().anyMatch(Character::isISOControl)) {
      nodes.problem(Message.BAD_STRING_CODE, node, text, "it contains a control character");
      return Optional.empty();
    }
    if (text.length() > CatalogParser.MAX_STRING_CODE_LENGTH) {
      nodes.problem(Message.BAD_STRING_CODE, node, text.substring(0, 40) + "...",
          "it is longer than " + CatalogParser.MAX_STRING_CODE_LENGTH + " characters");
      return Optional.empty();
    }
    return Optional.of(text);
  }

  /**
   * An int code or range bound: decimal within {@code int}, or {@code 0x} and 1 to 8 hex digits, above
   * {@code 0x7FFFFFFF} wrapping to a negative {@code int} as HRESULTs do in C, C# and Java.
   */
  static Optional<Integer> intValue(YamlNodes nodes, String text, Node node) {
    if (HEX.matcher(text).matches()) {
      return Optional.of((int) Long.parseLong(text.substring(2), 16));
    }
    if (!DECIMAL.matcher(text).matches()) {
      nodes.problem(Message.BAD_INT_CODE, node, text);
      return Optional.empty();
    }
    BigInteger value = new BigInteger(text);
    if (value.compareTo(INT_MIN) < 0 || value.compareTo(INT_MAX) > 0) {
      nodes.problem(Message.INT_CODE_OUT_OF_RANGE, node, text);
      return Optional.empty();
    }
    return Optional.of(value.intValue());
  }

  static Optional<Kind> kind(YamlNodes nodes, String text, Node node) {
    Optional<Kind> kind = Kind.fromYaml(text);
    if (kind.isEmpty()) {
      nodes.problem(Message.BAD_KIND, node, text);
    }
    return kind;
  }

  // ---- texts and their templates ----

  /** A code's texts in one language, with the nodes they were read from, for positions. */
  private record Texts(Optional<Text> text, Optional<Node> messageNode, Optional<Node> adviceNode) {}

  /** The message (required), advice and description of a code or of one of its translations. */
  private Texts texts(YamlNodes.Mapping map, String label) {
    Optional<String> message = map.requiredText("message")
        .flatMap(text -> checkText(nodes, text, "'message' of " + label, map.get("message").orElseThrow()));
    Optional<String> advice = map.optionalText("advice")
        .flatMap(text -> checkText(nodes, text, "'advice' of " + label, map.get("advice").orElseThrow()));
    Optional<String> description = map.optionalText("description")
        .flatMap(text -> checkText(nodes, text, "'description' of " + label, map.get("description").orElseThrow()));
    return new Texts(message.map(m -> new Text(m, advice, description)),
        map.get("message"), advice.isPresent() ? map.get("advice") : Optional.empty());
  }

  /** Catalog text: not blank, no control character but tab and line feed. */
  static Optional<String> checkText(YamlNodes nodes, String text, String what, Node node) {
    if (text.isBlank()) {
      nodes.problem(Message.EMPTY_VALUE, node, what);
      return Optional.empty();
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) && c != '\n' && c != '\t') {
        nodes.problem(Message.BAD_TEXT, node, what, String.format("the control character U+%04X", (int) c));
        return Optional.empty();
      }
    }
    return Optional.of(text);
  }

  /**
   * The code's parameters: declared under {@code params} (name to type, in argument order), else each
   * distinct placeholder of the message, as {@code String}, in order of first use. Every text's
   * placeholders must be parameters; a translation's must be its original's, in any order.
   */
  private List<Param> params(YamlNodes.Mapping map, String label, Texts base, Map<String, Texts> translations) {
    Set<String> rejected = new LinkedHashSet<>();
    boolean isDeclared = map.get("params").filter(value -> !YamlNodes.isNull(value)).isPresent();
    Optional<List<Param>> read = declaredParams(map, label, rejected);
    List<Param> declared = read.orElse(List.of());
    Optional<Template> message = template(base.messageNode(), base.text().get().message(), "the message of " + label);
    Optional<Template> advice = base.text().get().advice()
        .flatMap(text -> template(base.adviceNode(), text, "the advice of " + label));
    // Reported already, so not again as each placeholder: parameters whose declaration is wrong, and any
    // placeholder at all when the parameters could not be read or, undeclared, come from a message that
    // does not parse.
    boolean anyName = (isDeclared && read.isEmpty()) || (!isDeclared && message.isEmpty());
    Set<String> excused = anyName ? null : rejected;
    boolean[] allParsed = {message.isPresent() && (base.text().get().advice().isEmpty() || advice.isPresent())};
    List<Param> params = new ArrayList<>(declared);
    if (!isDeclared && message.isPresent()) {
      for (Template.Placeholder placeholder : message.get().placeholders()) {
        if (params.stream().noneMatch(param -> param.name().name().equals(placeholder.name()))) {
          params.add(new Param(new Named(placeholder.name(), source.find(base.messageNode().get(),
              "{" + placeholder.name() + "}", 0)), Param.Type.STRING));
        }
      }
    }
    int slots = params.stream().mapToInt(param -> param.type() == Param.Type.LONG || param.type() == Param.Type.DOUBLE
        ? 2 : 1).sum();
    if (slots > MAX_PARAMETER_SLOTS) {
      nodes.problem(Message.BAD_PARAM, map.get("params").orElse(base.messageNode().orElseThrow()),
          params.get(0).name().name() + ", ...", label.substring("code ".length()), "are more than a Java method takes: "
              + slots + " slots, at most " + MAX_PARAMETER_SLOTS + " (long and double take two)");
      return List.of();
    }
    Set<String> names = new LinkedHashSet<>();
    params.forEach(param -> names.add(param.name().name()));
    Set<String> used = new LinkedHashSet<>();
    message.ifPresent(template -> checkPlaceholders(template, base.text().get().message(), base.messageNode().get(),
        "the message of " + label, label, names, excused, used));
    advice.ifPresent(template -> checkPlaceholders(template, base.text().get().advice().orElseThrow(),
        base.adviceNode().get(), "the advice of " + label, label, names, excused, used));
    for (Map.Entry<String, Texts> translation : translations.entrySet()) {
      Texts texts = translation.getValue();
      String language = translation.getKey();
      String where = "the '" + language + "' message of " + label;
      Optional<Template> translatedMessage = template(texts.messageNode(), texts.text().get().message(), where);
      allParsed[0] &= translatedMessage.isPresent();
      translatedMessage.ifPresent(translated -> {
        checkPlaceholders(translated, texts.text().get().message(), texts.messageNode().get(), where, label, names,
            excused, used);
        message.ifPresent(original -> samePlaceholders(translated, original, texts.messageNode().get(), where,
            "the message"));
      });
      texts.text().get().advice().ifPresent(text -> {
        String adviceWhere = "the '" + language + "' advice of " + label;
        Optional<Template> translatedAdvice = template(texts.adviceNode(), text, adviceWhere);
        allParsed[0] &= translatedAdvice.isPresent();
        translatedAdvice.ifPresent(translated -> {
          checkPlaceholders(translated, text, texts.adviceNode().get(), adviceWhere, label, names, excused, used);
          advice.ifPresent(original -> samePlaceholders(translated, original, texts.adviceNode().get(), adviceWhere,
              "the advice"));
        });
      });
    }
    // A text that does not parse may use any parameter: unused only when every text was read.
    for (Param param : allParsed[0] ? declared : List.<Param>of()) {
      if (!used.contains(param.name().name())) {
        nodes.problemAt(Message.UNUSED_PARAM, param.name().position(),
            param.name().name(), label.substring("code ".length()));
      }
    }
    return params;
  }

  /**
   * The parameters a code declares (none when it declares none), or empty when {@code params} is not a
   * mapping; the names of parameters reported as wrongly declared go into {@code rejected}.
   */
  private Optional<List<Param>> declaredParams(YamlNodes.Mapping map, String label, Set<String> rejected) {
    List<Param> params = new ArrayList<>();
    Optional<Node> given = map.get("params").filter(value -> !YamlNodes.isNull(value));
    if (given.isEmpty()) {
      return Optional.of(params);
    }
    Optional<YamlNodes.Mapping> mapping = nodes.mapping(given.get(), "'params' of " + label);
    mapping.ifPresent(declared -> {
          for (String name : declared.keys()) {
            Node key = declared.keyNode(name);
            Node value = declared.get(name).orElseThrow();
            if (!Template.PARAMETER_NAME.matcher(name).matches() || javax.lang.model.SourceVersion.isKeyword(name)) {
              nodes.problem(Message.BAD_PARAM, key, name, label.substring("code ".length()),
                  "is not a parameter name: a Java identifier starting with a lower-case letter, not a keyword");
              rejected.add(name);
              continue;
            }
            Optional<Param.Type> type = nodes.text(value, "the type of parameter '" + name + "' of " + label)
                .flatMap(typeName -> {
                  Optional<Param.Type> parsed = Param.Type.fromYaml(typeName);
                  if (parsed.isEmpty()) {
                    nodes.problem(Message.BAD_PARAM, value, name, label.substring("code ".length()),
                        "has type '" + typeName + "', not one of String, int, long, double, boolean, Object");
                  }
                  return parsed;
                });
            type.ifPresentOrElse(t -> params.add(new Param(new Named(name, nodes.position(key)), t)),
                () -> rejected.add(name));
          }
        });
    return mapping.map(declared -> params);
  }

  private Optional<Template> template(Optional<Node> node, String text, String where) {
    Template.Result parsed = Template.parse(text);
    parsed.error().ifPresent(error -> {
      String brace = text.substring(error.offset(), error.offset() + 1);
      int occurrence = occurrence(text, brace, error.offset());
      nodes.problemAt(Message.BAD_PLACEHOLDER,
          source.find(node.orElseThrow(), brace, occurrence), where, error.problem());
    });
    return parsed.template();
  }

  /** Reports each placeholder that is not in {@code names} nor {@code excused} (null: any name is excused). */
  private void checkPlaceholders(Template template, String text, Node node, String where, String label,
      Set<String> names, Set<String> excused, Set<String> used) {
    for (Template.Placeholder placeholder : template.placeholders()) {
      String token = "{" + placeholder.name() + "}";
      // Counted over the whole text, as the source search counts: {{x}} holds the token {x} too.
      int occurrence = occurrence(text, token, placeholder.offset());
      used.add(placeholder.name());
      if (!names.contains(placeholder.name()) && excused != null && !excused.contains(placeholder.name())) {
        nodes.problemAt(Message.UNKNOWN_PLACEHOLDER,
            source.find(node, token, occurrence), placeholder.name(), where, label.substring("code ".length()),
            names.isEmpty() ? "none" : String.join(", ", names));
      }
    }
  }

  private void samePlaceholders(Template translated, Template original, Node node, String where, String originalWhat) {
    if (!translated.names().equals(original.names())) {
      nodes.problem(Message.TRANSLATION_PLACEHOLDERS, node, where, braces(translated.names()), originalWhat,
          braces(original.names()));
    }
  }

  private static String braces(Set<String> names) {
    return names.isEmpty() ? "none" : "{" + String.join("}, {", names) + "}";
  }

  /** Which occurrence (from 0) of {@code token} in {@code text} starts at {@code offset}. */
  private static int occurrence(String text, String token, int offset) {
    int count = 0;
    for (int at = text.indexOf(token); at >= 0 && at < offset; at = text.indexOf(token, at + token.length())) {
      count++;
    }
    return count;
  }

  // ---- attributes ----

  private Map<String, Object> attributes(YamlNodes.Mapping map, String label, DomainContext domain) {
    Map<String, Object> values = new LinkedHashMap<>();
    map.get("attributes").filter(value -> !YamlNodes.isNull(value))
        .flatMap(value -> nodes.mapping(value, "'attributes' of " + label))
        .ifPresent(given -> {
          for (String name : given.keys()) {
            Optional<Attribute> attribute = domain.attributes().stream()
                .filter(a -> a.name().name().equals(name)).findFirst();
            Node value = given.get(name).orElseThrow();
            if (attribute.isEmpty() && domain.rejectedAttributes().containsKey(name)) {
              // Its declaration is reported: check the value against the type if that was read, keep nothing.
              domain.rejectedAttributes().get(name).ifPresent(type -> nodes.text(value, "attribute '" + name
                  + "' of " + label).ifPresent(text -> attributeValue(nodes, type, text, value, name, label)));
              continue;
            }
            if (attribute.isEmpty()) {
              List<String> declared = new ArrayList<>(domain.rejectedAttributes().keySet());
              domain.attributes().forEach(a -> declared.add(a.name().name()));
              nodes.problem(Message.UNKNOWN_ATTRIBUTE, given.keyNode(name), label.substring("code ".length()), name,
                  domain.label().substring("domain ".length()), Spelling.didYouMean(name, declared));
              continue;
            }
            nodes.text(value, "attribute '" + name + "' of " + label)
                .flatMap(text -> attributeValue(nodes, attribute.get().type(), text, value, name, label))
                .ifPresent(typed -> values.put(name, typed));
          }
        });
    return values;
  }

  /** Decimal without leading zeros, or {@code 0x} and at most {@code hexDigits} hex digits (wrapping), as a long. */
  private static Optional<Long> number(String text, int hexDigits) {
    if (text.matches("0[xX][0-9a-fA-F]{1," + hexDigits + "}")) {
      return Optional.of(Long.parseUnsignedLong(text.substring(2), 16));
    }
    if (!DECIMAL.matcher(text).matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Long.parseLong(text));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** An attribute value of its type, or empty after reporting it as {@code attribute} of {@code owner}. */
  static Optional<Object> attributeValue(YamlNodes nodes, Attribute.Type type, String text, Node node,
      String attribute, String owner) {
    String expected;
    switch (type) {
      case STRING -> {
        for (int i = 0; i < text.length(); i++) {
          char c = text.charAt(i);
          if (Character.isISOControl(c) && c != '\n' && c != '\t') {
            nodes.problem(Message.WRONG_ATTRIBUTE_TYPE, node, attribute, owner,
                "text without control characters but tab and line feed", String.format("U+%04X", (int) c));
            return Optional.empty();
          }
        }
        return Optional.of(text);
      }
      case BOOLEAN -> {
        if (text.equals("true") || text.equals("false")) {
          return Optional.of(Boolean.valueOf(text));
        }
        expected = "a boolean (true or false)";
      }
      case INT -> {
        // Written as codes are: decimal without leading zeros, or 0x and up to 8 hex digits (wrapping).
        Optional<Long> value = number(text, 8);
        if (value.isPresent() && (text.startsWith("0x") || text.startsWith("0X")
            || (value.get() >= Integer.MIN_VALUE && value.get() <= Integer.MAX_VALUE))) {
          return Optional.of((int) (long) value.get());
        }
        expected = "an int";
      }
      case LONG -> {
        Optional<Long> value = number(text, 16);
        if (value.isPresent()) {
          return Optional.of(value.get());
        }
        expected = "a long";
      }
      default -> throw new AssertionError(type);
    }
    nodes.problem(Message.WRONG_ATTRIBUTE_TYPE, node, attribute, owner, expected, text);
    return Optional.empty();
  }
}
