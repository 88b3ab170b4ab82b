package dev.codebook.processor.catalog;

import dev.codebook.processor.diag.Message;
import dev.codebook.processor.diag.Problem;
import java.io.StringReader;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Parse stage: catalog bytes to a {@link Catalog} plus the problems found on the way. Reads UTF-8
 * strictly, composes YAML with SnakeYAML's node API only (nothing is ever constructed from a tag), and
 * takes every scalar as the text written. The returned catalog holds every entry that could be read,
 * so that validation can still report on it; it is only generated from when no problem is an error.
 */
public final class CatalogParser {
  /** Largest catalog accepted, in bytes: room for {@link #MAX_CODE_POINTS} characters of CJK text. */
  public static final int MAX_BYTES = 64 * 1024 * 1024;
  /**
   * Most characters a catalog may hold: 32 Mi, room for 100,000 codes with a translation each (about
   * 250 characters per code) and for MySQL's 5,522 server messages in 23 languages.
   */
  static final int MAX_CODE_POINTS = 32 * 1024 * 1024;
  /** Longest line accepted, in characters. */
  public static final int MAX_LINE_LENGTH = 256 * 1024;
  /** Most YAML values one catalog may make the parser read; a code entry is at least 7 of them. */
  public static final int MAX_VALUES_READ = YamlNodes.MAX_VISITED_NODES;
  /** Most translations a catalog may list. */
  public static final int MAX_TRANSLATIONS = 1_000;
  /** Longest string code accepted: its {@code _VALUE} constant is one string constant of the class file. */
  public static final int MAX_STRING_CODE_LENGTH = 1_000;
  /** Deepest nesting of YAML collections accepted; a catalog needs six. */
  static final int MAX_NESTING = 32;
  /** Most aliases to collections one catalog may hold. */
  static final int MAX_COLLECTION_ALIASES = 50;

  private static final Set<String> CATALOG_KEYS = Set.of("codebook", "name", "title", "locale", "translations", "domains");
  private static final Set<String> DOMAIN_KEYS = Set.of("name", "title", "codeType", "kind", "codes");
  private static final Set<String> CODE_KEYS =
      Set.of("code", "name", "kind", "message", "advice", "i18n", "aliases", "exception", "deprecated");
  private static final Set<String> TEXT_KEYS = Set.of("message", "advice");
  private static final Pattern INT_CODE = Pattern.compile("0|-?[1-9][0-9]*");
  private static final Pattern LANGUAGE_TAG = Pattern.compile("[a-zA-Z]{2,8}(-[a-zA-Z0-9]{1,8})*");
  private static final BigInteger INT_MIN = BigInteger.valueOf(Integer.MIN_VALUE);
  private static final BigInteger INT_MAX = BigInteger.valueOf(Integer.MAX_VALUE);

  /** What parsing gives: the catalog as far as it could be read, and every problem met. */
  public record Result(Optional<Catalog> catalog, List<Problem> problems) {}

  private final String file;
  private final List<Problem> problems = new ArrayList<>();
  private final YamlNodes nodes;

  private CatalogParser(String file) {
    this.file = file;
    this.nodes = new YamlNodes(file, problems);
  }

  /** Parses the catalog named {@code file} (as shown in diagnostics) from its raw bytes. */
  public static Result parse(String file, byte[] bytes) {
    CatalogParser parser = new CatalogParser(file);
    Optional<Catalog> catalog = parser.decode(bytes).flatMap(parser::compose).flatMap(parser::catalog);
    return new Result(catalog, List.copyOf(parser.problems));
  }

  private void problem(Message message, SourcePosition position, Object... args) {
    problems.add(Problem.of(message, position, args));
  }

  // ---- bytes to text ----

  private Optional<String> decode(byte[] bytes) {
    SourcePosition whole = SourcePosition.ofFile(file);
    if (bytes.length > MAX_BYTES) {
      problem(Message.CATALOG_TOO_LARGE, whole, bytes.length, MAX_BYTES);
      return Optional.empty();
    }
    for (byte b : bytes) {
      if (b == 0) {
        problem(Message.CATALOG_BINARY, whole);
        return Optional.empty();
      }
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int offset = in.position();
      problem(Message.CATALOG_NOT_UTF8, positionOfOffset(bytes, offset),
          "invalid byte 0x" + String.format("%02X", bytes[offset] & 0xFF), offset);
      return Optional.empty();
    }
    String text = out.flip().toString();
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (text.isBlank()) {
      problem(Message.CATALOG_EMPTY, whole);
      return Optional.empty();
    }
    return checkLineLengths(text) ? Optional.of(text) : Optional.empty();
  }

  /**
   * SnakeYAML takes time quadratic in the length of one line (a 4 Mi-character line takes 9 s, a
   * 256 Ki one 40 ms), so long lines are refused before it reads them; longer texts span lines.
   */
  private boolean checkLineLengths(String text) {
    int line = 1;
    int start = 0;
    while (start <= text.length()) {
      int end = text.indexOf('\n', start);
      int length = (end < 0 ? text.length() : end) - start;
      if (length > MAX_LINE_LENGTH) {
        problem(Message.YAML_LIMIT, new SourcePosition(file, line, MAX_LINE_LENGTH + 1),
            String.format(java.util.Locale.ROOT, "line %,d has %,d characters; a line may hold at most %,d"
                + " (write a longer text over several lines, as a block scalar or a quoted string)", line, length,
                MAX_LINE_LENGTH));
        return false;
      }
      if (end < 0) {
        break;
      }
      start = end + 1;
      line++;
    }
    return true;
  }

  /** Line and column (in characters) of a byte offset, counting only the valid prefix. */
  private SourcePosition positionOfOffset(byte[] bytes, int offset) {
    String before = new String(bytes, 0, offset, StandardCharsets.UTF_8);
    int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
    int column = before.length() - before.lastIndexOf('\n');
    return new SourcePosition(file, line, column);
  }

  // ---- text to nodes ----

  private Optional<Node> compose(String text) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setAllowRecursiveKeys(false);
    options.setMaxAliasesForCollections(MAX_COLLECTION_ALIASES);
    options.setNestingDepthLimit(MAX_NESTING);
    options.setCodePointLimit(MAX_CODE_POINTS);
    options.setProcessComments(false);
    // No implicit resolvers: every plain scalar is text (NO, ON, 010 and 08006 stay as written).
    Resolver textOnly = new Resolver() {
      @Override
      protected void addImplicitResolvers() {}
    };
    DumperOptions dumper = new DumperOptions();
    Yaml yaml = new Yaml(new SafeConstructor(options), new Representer(dumper), dumper, options, textOnly);
    try {
      Node root = yaml.compose(new StringReader(text));
      if (root == null) {
        problem(Message.CATALOG_EMPTY, SourcePosition.ofFile(file));
        return Optional.empty();
      }
      return Optional.of(root);
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      SourcePosition at = mark == null
          ? SourcePosition.ofFile(file)
          : new SourcePosition(file, mark.getLine() + 1, mark.getColumn() + 1);
      String what = e.getProblem() != null ? e.getProblem() : e.getMessage();
      String context = e.getContext() == null ? "" : e.getContext();
      String globalTag = "Global tag is not allowed: ";
      if (context.contains("expected a single document") || what.contains("expected a single document")) {
        problem(Message.YAML_MULTIPLE_DOCUMENTS, at);
      } else if (what.startsWith(globalTag)) {
        problem(Message.YAML_TAG, at, what.substring(globalTag.length()));
      } else {
        problem(Message.YAML_SYNTAX, at, what + (context.isEmpty() ? "" : " (" + context + ")"));
      }
    } catch (YAMLException e) {
      String what = String.valueOf(e.getMessage());
      boolean limit = what.contains("limit") || what.contains("max") || what.contains("Nesting");
      problem(limit ? Message.YAML_LIMIT : Message.YAML_SYNTAX, SourcePosition.ofFile(file), what);
    }
    return Optional.empty();
  }

  // ---- nodes to model ----

  private Optional<Catalog> catalog(Node root) {
    Optional<YamlNodes.Mapping> found = nodes.mapping(root, "the catalog");
    if (found.isEmpty()) {
      return Optional.empty();
    }
    YamlNodes.Mapping top = found.get();
    top.rejectUnknownKeys(CATALOG_KEYS);
    top.requiredText("codebook").ifPresent(version -> {
      if (!version.equals("1")) {
        nodes.problem(Message.UNSUPPORTED_VERSION, top.get("codebook").orElseThrow(), version);
      }
    });
    Optional<Named> name = top.require("name")
        .flatMap(node -> nodes.text(node, "'name' of the catalog").map(text -> new Named(text, nodes.position(node))));
    Optional<String> title = top.optionalText("title");
    String locale = top.get("locale").filter(node -> !YamlNodes.isNull(node))
        .flatMap(node -> languageTag(node, "'locale' of the catalog"))
        .orElse("en");
    Translations translations = translations(top, locale);
    List<Domain> domains = new ArrayList<>();
    top.require("domains").flatMap(node -> nodes.sequence(node, "'domains' of the catalog")).ifPresent(items -> {
      for (Node item : items) {
        domain(item, translations.declared()).ifPresent(domains::add);
      }
    });
    if (name.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Catalog(file, name.get(), title, locale, translations.valid(), domains));
  }

  /**
   * The {@code translations} list: {@code valid} tags become the model's; {@code declared} holds every
   * tag written, against which {@code i18n} keys are judged, and is empty when the list itself could
   * not be read, so that one bad list is one error rather than one per code.
   */
  private record Translations(List<Named> valid, Optional<List<String>> declared) {}

  private Translations translations(YamlNodes.Mapping top, String locale) {
    List<Named> valid = new ArrayList<>();
    List<String> declared = new ArrayList<>();
    // Compared as locale matching sees them: en-GB is en-gb, zh-CN is zh-Hans-CN.
    Map<LanguageTag, Named> byTag = new LinkedHashMap<>();
    for (Named tag : top.optionalTextList("translations")) {
      declared.add(tag.name());
      if (!LANGUAGE_TAG.matcher(tag.name()).matches()) {
        problem(Message.BAD_LOCALE, tag.position(), tag.name());
        continue;
      }
      LanguageTag key = LanguageTag.of(tag.name());
      Named first = byTag.putIfAbsent(key, tag);
      if (key.equals(LanguageTag.of(locale))) {
        problem(Message.DUPLICATE_TRANSLATION, tag.position(), tag.name(), "the catalog's own locale");
      } else if (first != null) {
        problem(Message.DUPLICATE_TRANSLATION, tag.position(), tag.name(), "'" + first.name() + "' at " + first.position());
      } else if (valid.size() == MAX_TRANSLATIONS) {
        problem(Message.TOO_MANY_TRANSLATIONS, tag.position(), MAX_TRANSLATIONS);
      } else {
        valid.add(tag);
      }
    }
    boolean readable = top.get("translations").filter(node -> !YamlNodes.isNull(node))
        .map(node -> node instanceof org.yaml.snakeyaml.nodes.SequenceNode).orElse(true);
    return new Translations(valid, readable ? Optional.of(declared) : Optional.empty());
  }

  private Optional<String> languageTag(Node node, String what) {
    Optional<String> tag = nodes.text(node, what);
    if (tag.isPresent() && !LANGUAGE_TAG.matcher(tag.get()).matches()) {
      nodes.problem(Message.BAD_LOCALE, node, tag.get());
      return Optional.empty();
    }
    return tag;
  }

  private Optional<Domain> domain(Node node, Optional<List<String>> translations) {
    Optional<YamlNodes.Mapping> found = nodes.mapping(node, "a domain");
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Optional<Named> name = found.get().require("name")
        .flatMap(value -> nodes.text(value, "'name' of a domain").map(text -> new Named(text, nodes.position(value))));
    String label = "domain " + name.map(Named::name).orElse("at line " + nodes.position(node).line());
    YamlNodes.Mapping map = found.get().relabel(label);
    map.rejectUnknownKeys(DOMAIN_KEYS);
    CodeType codeType = map.optionalText("codeType").flatMap(text -> {
      Optional<CodeType> type = CodeType.fromYaml(text);
      if (type.isEmpty()) {
        nodes.problem(Message.BAD_CODE_TYPE, map.get("codeType").orElseThrow(), text);
      }
      return type;
    }).orElse(CodeType.INT);
    Optional<Kind> defaultKind = map.optionalText("kind").flatMap(text -> kind(text, map.get("kind").orElseThrow()));
    List<CodeEntry> codes = new ArrayList<>();
    map.require("codes").flatMap(value -> nodes.sequence(value, "'codes' of " + label)).ifPresent(items -> {
      if (items.isEmpty()) {
        // Checked on the YAML, not the model: entries that failed to parse do not make a domain empty.
        problems.add(Problem.of(Message.EMPTY_DOMAIN, name.map(Named::position).orElse(nodes.position(node)),
            name.map(Named::name).orElse(label)));
      }
      for (Node item : items) {
        code(item, label, codeType, defaultKind, translations).ifPresent(codes::add);
      }
    });
    if (name.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Domain(name.get(), map.optionalText("title"), codeType, codes, nodes.position(node)));
  }

  private Optional<Kind> kind(String text, Node node) {
    Optional<Kind> kind = Kind.fromYaml(text);
    if (kind.isEmpty()) {
      nodes.problem(Message.BAD_KIND, node, text);
    }
    return kind;
  }

  private Optional<CodeEntry> code(
      Node node, String domainLabel, CodeType codeType, Optional<Kind> defaultKind,
      Optional<List<String>> translations) {
    String what = "a code entry of " + domainLabel;
    Optional<YamlNodes.Mapping> found = nodes.mapping(node, what);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    YamlNodes.Mapping map = found.get();
    map.rejectUnknownKeys(CODE_KEYS);
    Optional<Node> codeNode = map.require("code");
    Optional<String> code = codeNode.flatMap(value -> nodes.text(value, "'code' of " + what))
        .flatMap(text -> checkCode(text, codeType, codeNode.get()));
    Optional<Named> name = map.require("name")
        .flatMap(value -> nodes.text(value, "'name' of " + what).map(text -> new Named(text, nodes.position(value))));
    String label = "code " + code.orElse("") + (name.isPresent() ? " " + name.get().name() : "");
    Optional<Kind> kind = map.get("kind").filter(value -> !YamlNodes.isNull(value))
        .flatMap(value -> nodes.text(value, "'kind' of " + label).flatMap(text -> kind(text, value)))
        .or(() -> defaultKind);
    // Absent or empty without a domain default: missing (a kind written wrongly is reported as bad-kind).
    if (kind.isEmpty() && map.get("kind").map(YamlNodes::isNull).orElse(true)) {
      nodes.problem(Message.MISSING_KIND, node, label.substring("code ".length()), domainLabel.substring("domain ".length()));
    }
    Optional<Text> text = text(map, label);
    Map<String, Text> i18n = new LinkedHashMap<>();
    map.get("i18n").filter(value -> !YamlNodes.isNull(value))
        .flatMap(value -> nodes.mapping(value, "'i18n' of " + label))
        .ifPresent(languages -> {
          for (String language : languages.keys()) {
            Node languageKey = languages.keyNode(language);
            if (translations.isPresent() && !translations.get().contains(language)) {
              nodes.problem(Message.UNDECLARED_TRANSLATION, languageKey, language, translations.get());
            }
            languages.get(language)
                .flatMap(value -> nodes.mapping(value, "'i18n." + language + "' of " + label))
                .flatMap(translation -> {
                  translation.rejectUnknownKeys(TEXT_KEYS);
                  return text(translation, "'i18n." + language + "' of " + label);
                })
                .ifPresent(translated -> i18n.put(language, translated));
          }
        });
    List<Named> aliases = map.optionalTextList("aliases");
    Optional<Named> group = map.get("exception").filter(value -> !YamlNodes.isNull(value))
        .flatMap(value -> nodes.text(value, "'exception' of " + label).map(t -> new Named(t, nodes.position(value))));
    // deprecated: a reason; "true" deprecates without one, and "false" is read as written, not as a reason.
    Optional<String> deprecation = map.optionalText("deprecated")
        .filter(reason -> !reason.equals("false"))
        .map(reason -> reason.equals("true") ? "" : reason);
    if (code.isEmpty() || name.isEmpty() || kind.isEmpty() || text.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new CodeEntry(code.get(), nodes.position(codeNode.get()), name.get(), aliases, kind.get(),
        text.get(), i18n, group, deprecation, nodes.position(node)));
  }

  /** The message (required) and advice (optional) of a code or of one of its translations. */
  private Optional<Text> text(YamlNodes.Mapping map, String label) {
    Optional<String> message = map.requiredText("message").flatMap(text -> checkText(text, "'message' of " + label,
        map.get("message").orElseThrow()));
    Optional<String> advice = map.optionalText("advice").flatMap(text -> checkText(text, "'advice' of " + label,
        map.get("advice").orElseThrow()));
    return message.map(m -> new Text(m, advice));
  }

  private Optional<String> checkText(String text, String what, Node node) {
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

  private Optional<String> checkCode(String text, CodeType type, Node node) {
    if (type == CodeType.INT) {
      if (!INT_CODE.matcher(text).matches()) {
        nodes.problem(Message.BAD_INT_CODE, node, text);
        return Optional.empty();
      }
      BigInteger value = new BigInteger(text);
      if (value.compareTo(INT_MIN) < 0 || value.compareTo(INT_MAX) > 0) {
        nodes.problem(Message.INT_CODE_OUT_OF_RANGE, node, text);
        return Optional.empty();
      }
      return Optional.of(text);
    }
    if (!text.strip().equals(text)) {
      nodes.problem(Message.BAD_STRING_CODE, node, text, "it starts or ends with white space");
      return Optional.empty();
    }
    if (text.chars().anyMatch(Character::isISOControl)) {
      nodes.problem(Message.BAD_STRING_CODE, node, text, "it contains a control character");
      return Optional.empty();
    }
    if (text.length() > MAX_STRING_CODE_LENGTH) {
      nodes.problem(Message.BAD_STRING_CODE, node, text.substring(0, 40) + "...",
          "it is longer than " + MAX_STRING_CODE_LENGTH + " characters");
      return Optional.empty();
    }
    return Optional.of(text);
  }
}
