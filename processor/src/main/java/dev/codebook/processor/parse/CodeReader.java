package dev.codebook.processor.parse;

import dev.codebook.processor.diag.Message;
import dev.codebook.processor.diag.Spelling;
import dev.codebook.processor.model.Alias;
import dev.codebook.processor.model.Attribute;
import dev.codebook.processor.model.Catalog;
import dev.codebook.processor.model.CodeEntry;
import dev.codebook.processor.model.CodeFormat;
import dev.codebook.processor.model.CodeType;
import dev.codebook.processor.model.Kind;
import dev.codebook.processor.model.Named;
import dev.codebook.processor.model.Param;
import dev.codebook.processor.model.Range;
import dev.codebook.processor.model.RangeIndex;
import dev.codebook.processor.model.Text;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads one code entry of a domain: its value, names, kind (its own, else its range's, else the
 * domain's), texts with their translations, parameters (through {@link ParamReader}), attribute
 * values, group and deprecation. Part of the parse stage; reports on the exact node.
 */
final class CodeReader {
  private static final Set<String> CODE_KEYS = Set.of("code", "name", "kind", "message", "advice", "description",
      "i18n", "aliases", "exception", "deprecated", "params", "attributes", "breaking");
  private static final Set<String> TEXT_KEYS = Set.of("message", "advice", "description");
  private static final Set<String> ALIAS_KEYS = Set.of("name", "description", "deprecated");
  private static final Pattern DECIMAL = Pattern.compile("0|-?[1-9][0-9]*");
  private static final Pattern HEX = Pattern.compile("-?0[xX][0-9a-fA-F]{1,8}");
  private static final BigInteger INT_MIN = BigInteger.valueOf(Integer.MIN_VALUE);
  private static final BigInteger INT_MAX = BigInteger.valueOf(Integer.MAX_VALUE);

  /**
   * What a code entry is read against: its domain's settings. {@code rejectedAttributes} are declared
   * but reported already, with their type where it was read: a code may set them without a second error.
   */
  record DomainContext(String label, CodeType codeType, CodeFormat codeFormat, Optional<Kind> defaultKind,
      RangeIndex ranges, UnreadKinds unreadKinds, List<Attribute> attributes,
      Map<String, Optional<Attribute.Type>> rejectedAttributes, Optional<List<String>> translations) {}

  /**
   * Where a kind was written but could not be read (reported already), so that a code there without a
   * kind of its own is not also told it has none: the whole domain (its own kind, or a range whose
   * bounds are not known), or the codes of the ranges listed (a range's kind, or ranges that overlap).
   */
  record UnreadKinds(boolean everywhere, List<Range> within) {
    UnreadKinds {
      within = List.copyOf(within);
    }

    /** Whether a kind that could not be read may be the one the code with this value lacks. */
    boolean cover(Optional<String> code, CodeType type) {
      return everywhere || code.map(value -> within.stream().anyMatch(range -> range.holds(value, type)))
          .orElse(false);
    }
  }

  private final YamlNodes nodes;
  private final ParamReader params;

  private final Acceptances acceptances;

  CodeReader(YamlNodes nodes, SourceText source, Acceptances acceptances) {
    this.acceptances = acceptances;
    this.nodes = nodes;
    this.params = new ParamReader(nodes, source);
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
    Optional<String> code = codeNode.flatMap(value -> nodes.text(value, "'code' of " + what))
        .flatMap(text -> codeValue(text, domain.codeType(), codeNode.get()));
    Optional<Named> name = map.require("name")
        .flatMap(value -> nodes.text(value, "'name' of " + what).map(text -> new Named(text, nodes.position(value))));
    String shown = code.map(value -> domain.codeType() == CodeType.INT
        ? domain.codeFormat().format(Integer.parseInt(value)) : value).orElse("");
    String label = "code " + shown + name.map(n -> (shown.isEmpty() ? "" : " ") + n.name()).orElse("");
    acceptances.read(map, dev.codebook.processor.model.Acceptance.Subject.CODE,
        domain.label().substring("domain ".length()), name.map(Named::name));
    Optional<Kind> rangeKind = code.flatMap(value -> domain.ranges().rangeOf(value)).flatMap(Range::kind);
    Optional<Kind> kind = map.get("kind").filter(value -> !YamlNodes.isNull(value))
        .flatMap(value -> nodes.text(value, "'kind' of " + label).flatMap(text -> kind(nodes, text, value)))
        .or(() -> rangeKind)
        .or(domain::defaultKind);
    // Absent or empty without a range's or domain's default: missing (a kind written wrongly is reported as bad-kind).
    if (kind.isEmpty() && map.get("kind").map(YamlNodes::isNull).orElse(true)
        && !domain.unreadKinds().cover(code, domain.codeType())) {
      nodes.problem(Message.MISSING_KIND, node, label.substring("code ".length()),
          domain.label().substring("domain ".length()));
    }
    Texts texts = texts(map, label);
    Map<String, Text> i18n = new LinkedHashMap<>();
    Map<String, Texts> translatedTexts = new LinkedHashMap<>();
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
                .ifPresent(translation -> {
                  translation.rejectUnknownKeys(TEXT_KEYS);
                  Texts translated = texts(translation, "the '" + language + "' texts of " + label);
                  translated.text().ifPresent(text -> {
                    i18n.put(language, text);
                    translatedTexts.put(language, translated);
                  });
                });
          }
        });
    List<Param> params = texts.text().isEmpty() ? List.of() : this.params.read(map, label, texts, translatedTexts);
    Map<String, Object> attributes = attributes(map, label, domain);
    List<Alias> aliases = aliases(map, label);
    Optional<Named> group = map.get("exception").filter(value -> !YamlNodes.isNull(value))
        .flatMap(value -> nodes.text(value, "'exception' of " + label).map(t -> new Named(t, nodes.position(value))));
    Optional<String> deprecation = deprecation(map);
    if (code.isEmpty() || name.isEmpty() || kind.isEmpty() || texts.text().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new CodeEntry(code.get(), nodes.position(codeNode.get()), name.get(), aliases, kind.get(),
        texts.text().get(), i18n, group, deprecation, params, attributes, nodes.position(node)));
  }

  /** deprecated: a reason; "true" deprecates without one, and "false" is read as written, not as a reason. */
  private static Optional<String> deprecation(YamlNodes.Mapping map) {
    return map.optionalText("deprecated")
        .filter(reason -> !reason.equals("false"))
        .map(reason -> reason.equals("true") ? "" : reason);
  }

  /** {@code aliases}: each a name, or a mapping of a name and its own description and deprecation. */
  private List<Alias> aliases(YamlNodes.Mapping map, String label) {
    List<Alias> aliases = new ArrayList<>();
    Optional<Node> value = map.get("aliases").filter(v -> !YamlNodes.isNull(v));
    if (value.isEmpty()) {
      return aliases;
    }
    for (Node item : nodes.sequence(value.get(), "'aliases' of " + label).orElse(List.of())) {
      if (item instanceof org.yaml.snakeyaml.nodes.MappingNode) {
        nodes.mapping(item, "an alias of " + label).ifPresent(alias -> {
          alias.rejectUnknownKeys(ALIAS_KEYS);
          Optional<Node> nameNode = alias.require("name");
          Optional<String> description = alias.optionalText("description")
              .flatMap(text -> checkText(nodes, text, "'description' of an alias of " + label,
                  alias.get("description").orElseThrow()));
          nameNode.flatMap(node -> nodes.text(node, "'name' of an alias of " + label))
              .ifPresent(name -> aliases.add(new Alias(new Named(name, nodes.position(nameNode.get())), description,
                  deprecation(alias))));
        });
      } else {
        nodes.text(item, "an item of 'aliases' of " + label)
            .ifPresent(text -> aliases.add(Alias.of(new Named(text, nodes.position(item)))));
      }
    }
    return aliases;
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

  /** Whether {@code text} is written as an int code is (in range or not), for guessing a domain's code type. */
  static boolean looksLikeIntCode(String text) {
    return HEX.matcher(text).matches() || DECIMAL.matcher(text).matches();
  }

  /**
   * An int code or range bound: decimal within {@code int}, or {@code 0x} and 1 to 8 hex digits, above
   * {@code 0x7FFFFFFF} wrapping to a negative {@code int} as HRESULTs do in C, C# and Java, or {@code -0x} and
   * at most {@code 80000000} (mbedTLS's {@code -0x7080}).
   */
  static Optional<Integer> intValue(YamlNodes nodes, String text, Node node) {
    if (HEX.matcher(text).matches()) {
      if (text.startsWith("-")) {
        long magnitude = Long.parseLong(text.substring(3), 16);
        if (magnitude > 0x8000_0000L) {
          nodes.problem(Message.INT_CODE_OUT_OF_RANGE, node, text);
          return Optional.empty();
        }
        return Optional.of((int) -magnitude);
      }
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
  record Texts(Optional<Text> text, Optional<Node> messageNode, Optional<Node> adviceNode) {}

  /** The message (required), advice and description of a code or of one of its translations. */
  private Texts texts(YamlNodes.Mapping map, String label) {
    Optional<String> message = map.requiredText("message")
        .flatMap(text -> text.isEmpty() ? Optional.of(text) // as a source that has no text gives it
            : checkText(nodes, text, "'message' of " + label, map.get("message").orElseThrow()));
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
