package dev.codebook.processor.parse;

import dev.codebook.processor.diag.Message;
import dev.codebook.processor.diag.Problem;
import dev.codebook.processor.model.Catalog;
import dev.codebook.processor.model.Domain;
import dev.codebook.processor.model.LanguageTag;
import dev.codebook.processor.model.Named;
import dev.codebook.processor.model.SourcePosition;
import java.io.StringReader;
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

  private static final Set<String> CATALOG_KEYS = Set.of("codebook", "name", "title", "locale", "translations", "domains",
      "breaking");
  private static final Pattern LANGUAGE_TAG = Pattern.compile("[a-zA-Z]{2,8}(-[a-zA-Z0-9]{1,8})*");

  /** What parsing gives: the catalog as far as it could be read, and every problem met. */
  public record Result(Optional<Catalog> catalog, List<Problem> problems) {}

  private final String file;
  private final List<Problem> problems = new ArrayList<>();
  private final YamlNodes nodes;
  /** The decoded text, once read: for positions inside values. */
  private SourceText source;

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
    if (!checkLineLengths(text)) {
      return Optional.empty();
    }
    source = new SourceText(file, text);
    return Optional.of(text);
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
      Mark started = e.getContextMark();
      if (!context.isEmpty() && started != null && mark != null && started.getIndex() != mark.getIndex()) {
        // Where SnakeYAML noticed is often a line after the mistake: name where the unclosed part began.
        context += " that starts at " + new SourcePosition(file, started.getLine() + 1, started.getColumn() + 1);
      }
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
    // Empty when written wrongly (reported): no translation is then judged the same language as it.
    Optional<String> ownLocale = top.get("locale").filter(node -> !YamlNodes.isNull(node))
        .map(node -> languageTag(node, "'locale' of the catalog")).orElse(Optional.of("en"));
    String locale = ownLocale.orElse("en");
    Translations translations = translations(top, ownLocale);
    List<Domain> domains = new ArrayList<>();
    Acceptances acceptances = new Acceptances(nodes);
    acceptances.read(top, dev.codebook.processor.model.Acceptance.Subject.CATALOG, "", name.map(Named::name));
    DomainReader reader = new DomainReader(nodes, source, acceptances);
    top.require("domains").flatMap(node -> nodes.sequence(node, "'domains' of the catalog")).ifPresent(items -> {
      for (Node item : items) {
        reader.read(item, translations.declared(), problems).ifPresent(domains::add);
      }
    });
    if (name.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Catalog(file, name.get(), title, locale, translations.valid(), domains, acceptances.all()));
  }

  /**
   * The {@code translations} list: {@code valid} tags become the model's; {@code declared} holds every
   * tag written, against which {@code i18n} keys are judged, and is empty when the list itself could
   * not be read, so that one bad list is one error rather than one per code.
   */
  private record Translations(List<Named> valid, Optional<List<String>> declared) {}

  private Translations translations(YamlNodes.Mapping top, Optional<String> locale) {
    List<Named> valid = new ArrayList<>();
    List<String> declared = new ArrayList<>();
    // Compared as locale matching sees them: en-GB is en-gb, zh-CN is zh-Hans-CN, de is de-Latn.
    Optional<LanguageTag> own = locale.filter(tag -> LANGUAGE_TAG.matcher(tag).matches()).map(LanguageTag::of);
    Map<Named, LanguageTag> earlier = new LinkedHashMap<>();
    for (Named tag : top.optionalTextList("translations")) {
      declared.add(tag.name());
      if (!LANGUAGE_TAG.matcher(tag.name()).matches()) {
        problem(Message.BAD_LOCALE, tag.position(), tag.name());
        continue;
      }
      LanguageTag key = LanguageTag.of(tag.name());
      Optional<Named> same = earlier.entrySet().stream().filter(entry -> entry.getValue().sameChoiceAs(key))
          .map(Map.Entry::getKey).findFirst();
      if (own.filter(key::sameChoiceAs).isPresent()) {
        problem(Message.DUPLICATE_TRANSLATION, tag.position(), tag.name(), "the catalog's own locale");
      } else if (same.isPresent()) {
        problem(Message.DUPLICATE_TRANSLATION, tag.position(), tag.name(),
            "'" + same.get().name() + "' at " + same.get().position());
      } else if (valid.size() == MAX_TRANSLATIONS) {
        problem(Message.TOO_MANY_TRANSLATIONS, tag.position(), MAX_TRANSLATIONS);
      } else {
        // Locale matching takes the first that fits: one listed earlier may take every locale this one fits.
        if (own.filter(first -> first.hides(key)).isPresent()) {
          problem(Message.HIDDEN_TRANSLATION, tag.position(), tag.name(), "the catalog's own locale " + locale.get());
        } else {
          earlier.entrySet().stream().filter(entry -> entry.getValue().hides(key)).findFirst().ifPresent(entry ->
              problem(Message.HIDDEN_TRANSLATION, tag.position(), tag.name(),
                  "'" + entry.getKey().name() + "' at " + entry.getKey().position()));
        }
        valid.add(tag);
      }
      earlier.putIfAbsent(tag, key);
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
}
