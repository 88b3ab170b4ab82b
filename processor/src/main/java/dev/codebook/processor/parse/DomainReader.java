package dev.codebook.processor.parse;

import dev.codebook.processor.diag.Message;
import dev.codebook.processor.diag.Problem;
import dev.codebook.processor.model.Acceptance;
import dev.codebook.processor.model.Attribute;
import dev.codebook.processor.model.CodeEntry;
import dev.codebook.processor.model.CodeFormat;
import dev.codebook.processor.model.CodeType;
import dev.codebook.processor.model.Domain;
import dev.codebook.processor.model.Kind;
import dev.codebook.processor.model.Named;
import dev.codebook.processor.model.Range;
import dev.codebook.processor.model.RangeIndex;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads one domain: its settings (code type and format, default kind), its ranges (checked for
 * bounds and overlaps), its attribute declarations, then its codes through {@link CodeReader}. Part of
 * the parse stage; reports on the exact node.
 */
final class DomainReader {
  private static final Set<String> DOMAIN_KEYS = Set.of("name", "title", "description", "codeType", "codeFormat",
      "kind", "ranges", "attributes", "reserved", "codes", "breaking");
  private static final Set<String> RANGE_KEYS = Set.of("name", "from", "to", "mask", "value", "prefix", "kind",
      "exception", "title", "breaking");
  private static final Set<String> ATTRIBUTE_KEYS = Set.of("type", "default", "breaking");
  /** Most ranges of one domain: its range type is an enum. */
  static final int MAX_RANGES = 3_000;
  /** Most attributes of one domain: each is a table of the code type's attribute holder and an accessor. */
  static final int MAX_ATTRIBUTES = 1_000;
  /** An attribute name: lowerCamel, as its accessor's name. */
  private static final Pattern ATTRIBUTE_NAME = Pattern.compile("[a-z][A-Za-z0-9]*");

  private final YamlNodes nodes;
  private final CodeReader codes;
  private final Acceptances acceptances;

  DomainReader(YamlNodes nodes, SourceText source, Acceptances acceptances) {
    this.nodes = nodes;
    this.codes = new CodeReader(nodes, source, acceptances);
    this.acceptances = acceptances;
  }

  Optional<Domain> read(Node node, Optional<List<String>> translations, List<Problem> problems) {
    Optional<YamlNodes.Mapping> found = nodes.mapping(node, "a domain");
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Optional<Named> name = found.get().require("name")
        .flatMap(value -> nodes.text(value, "'name' of a domain").map(text -> new Named(text, nodes.position(value))));
    String label = "domain " + name.map(Named::name).orElse("at line " + nodes.position(node).line());
    String domainName = name.map(Named::name).orElse(label);
    YamlNodes.Mapping map = found.get().relabel(label);
    map.rejectUnknownKeys(DOMAIN_KEYS);
    acceptances.read(map, Acceptance.Subject.DOMAIN, domainName, name.map(Named::name));
    Optional<CodeType> readType = map.optionalText("codeType").flatMap(text -> {
      Optional<CodeType> type = CodeType.fromYaml(text);
      if (type.isEmpty()) {
        nodes.problem(Message.BAD_CODE_TYPE, map.get("codeType").orElseThrow(), text);
      }
      return type;
    });
    // A code type written wrongly is reported; codes and ranges are then judged as the catalog most
    // likely means them, not as ints whatever they look like.
    boolean typeGiven = map.get("codeType").filter(value -> !YamlNodes.isNull(value)).isPresent();
    CodeType codeType = readType.orElseGet(() -> typeGiven ? guessCodeType(map) : CodeType.INT);
    CodeFormat codeFormat = map.optionalText("codeFormat").flatMap(text -> {
      Node value = map.get("codeFormat").orElseThrow();
      Optional<CodeFormat> format = CodeFormat.fromYaml(text);
      if (format.isEmpty()) {
        nodes.problem(Message.BAD_CODE_FORMAT, value, "codeFormat '" + text + "' is not one of "
            + java.util.Arrays.stream(CodeFormat.values()).map(CodeFormat::yamlName)
                .collect(java.util.stream.Collectors.joining(", ")));
      } else if (codeType == CodeType.STRING) {
        nodes.problem(Message.BAD_CODE_FORMAT, value, "codeFormat is for int codes; " + label + " has string codes");
        return Optional.<CodeFormat>empty();
      }
      return format;
    }).orElse(CodeFormat.DECIMAL);
    Optional<Kind> defaultKind = map.optionalText("kind")
        .flatMap(text -> CodeReader.kind(nodes, text, map.get("kind").orElseThrow()));
    ReadRanges read = ranges(map, domainName, codeType, codeFormat);
    List<Range> ranges = read.ranges();
    boolean domainKindUnread = defaultKind.isEmpty()
        && map.get("kind").filter(value -> !YamlNodes.isNull(value)).isPresent();
    CodeReader.UnreadKinds unreadKinds = new CodeReader.UnreadKinds(
        domainKindUnread || read.unreadKinds().everywhere(), read.unreadKinds().within());
    Map<String, Optional<Attribute.Type>> rejectedAttributes = new LinkedHashMap<>();
    List<Attribute> attributes = attributes(map, domainName, rejectedAttributes);
    CodeReader.DomainContext context = new CodeReader.DomainContext(label, codeType, codeFormat, defaultKind,
        RangeIndex.of(codeType, ranges), unreadKinds, attributes, rejectedAttributes, translations);
    List<CodeEntry> entries = new ArrayList<>();
    map.require("codes").flatMap(value -> nodes.sequence(value, "'codes' of " + label)).ifPresent(items -> {
      if (items.isEmpty()) {
        // Checked on the YAML, not the model: entries that failed to parse do not make a domain empty.
        problems.add(Problem.of(Message.EMPTY_DOMAIN, name.map(Named::position).orElse(nodes.position(node)),
            domainName));
      }
      for (Node item : items) {
        codes.read(item, context).ifPresent(entries::add);
      }
    });
    if (name.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Domain(name.get(), map.optionalText("title"), map.optionalText("description"), codeType,
        codeFormat, ranges, read.complete(), attributes, new ReservedReader(nodes).read(map, domainName, codeType),
        entries, nodes.position(node)));
  }

  // ---- ranges ----

  /**
   * A domain's ranges; whether they are all that was written, none overlapping ({@code complete}); and
   * where a kind one of them gives could not be read or applied: everywhere for a rejected range (its
   * bounds are not known), within a range whose kind was rejected, within both of two that overlap.
   */
  private record ReadRanges(List<Range> ranges, boolean complete, CodeReader.UnreadKinds unreadKinds) {}

  /** Whether a range entry gives a non-null {@code kind}, read without reporting. */
  private static boolean givesKind(Node node) {
    return YamlNodes.peek(node, "kind").filter(value -> !YamlNodes.isNull(value)).isPresent();
  }

  /**
   * For a {@code codeType} written wrongly (reported already): string when a range gives a
   * {@code prefix} or a code is not written as an int, else int. Read without reporting.
   */
  private static CodeType guessCodeType(YamlNodes.Mapping map) {
    boolean prefix = YamlNodes.peekItems(map.get("ranges")).stream()
        .anyMatch(range -> YamlNodes.peek(range, "prefix").isPresent());
    boolean notInt = YamlNodes.peekItems(map.get("codes")).stream()
        .anyMatch(entry -> YamlNodes.peek(entry, "code").orElse(null) instanceof ScalarNode code
            && !CodeReader.looksLikeIntCode(code.getValue()));
    return prefix || notInt ? CodeType.STRING : CodeType.INT;
  }

  private ReadRanges ranges(YamlNodes.Mapping map, String domain, CodeType codeType, CodeFormat format) {
    List<Range> ranges = new ArrayList<>();
    boolean complete = true;
    boolean kindUnreadEverywhere = false;
    List<Range> kindUnreadWithin = new ArrayList<>();
    List<Node> items = map.get("ranges").filter(value -> !YamlNodes.isNull(value))
        .flatMap(value -> nodes.sequence(value, "'ranges' of domain " + domain)).orElse(List.of());
    for (Node item : items) {
      Optional<Range> range = range(item, domain, codeType);
      complete &= range.isPresent();
      if (range.flatMap(Range::kind).isEmpty() && givesKind(item)) {
        // A kind written but not read: its bounds known, it may be the kind of the codes inside them;
        // unknown, of any code.
        if (range.isPresent()) {
          kindUnreadWithin.add(range.get());
        } else {
          kindUnreadEverywhere = true;
        }
      }
      range.ifPresent(read -> {
        if (ranges.size() == MAX_RANGES) {
          nodes.problem(Message.TOO_MANY_RANGES, item, domain, MAX_RANGES);
        }
        ranges.add(read);
      });
    }
    // Sorted by start, an overlap shows between neighbours (prefixes: a prefix sorts just before what it starts);
    // a mask range's codes are spread out, so it is held against every other range.
    List<Range> sorted = new ArrayList<>(ranges.stream().filter(range -> range.mask().isEmpty()).toList());
    sorted.sort(codeType == CodeType.INT
        ? Comparator.comparingInt(Range::from)
        : Comparator.comparing((Range range) -> range.prefix().orElse("")));
    Overlaps overlaps = new Overlaps(domain, format, kindUnreadWithin);
    for (int i = 1; i < sorted.size(); i++) {
      overlaps.check(sorted.get(i - 1), sorted.get(i));
    }
    for (int i = 0; i < ranges.size(); i++) {
      for (int j = 0; j < ranges.size(); j++) {
        if (i != j && ranges.get(i).mask().isPresent() && (j > i || ranges.get(j).mask().isEmpty())) {
          overlaps.check(ranges.get(j), ranges.get(i));
        }
      }
    }
    complete &= overlaps.none;
    return new ReadRanges(ranges.size() > MAX_RANGES ? ranges.subList(0, MAX_RANGES) : ranges,
        complete && ranges.size() <= MAX_RANGES, new CodeReader.UnreadKinds(kindUnreadEverywhere, kindUnreadWithin));
  }

  /**
   * Reports two ranges that share a code, at the later one: at most once per range, so that a catalog of
   * thousands of identical masks reports thousands of lines, not millions.
   */
  private final class Overlaps {
    private final String domain;
    private final CodeFormat format;
    private final List<Range> kindUnreadWithin;
    private final java.util.Set<Range> reported = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    boolean none = true;

    Overlaps(String domain, CodeFormat format, List<Range> kindUnreadWithin) {
      this.domain = domain;
      this.format = format;
      this.kindUnreadWithin = kindUnreadWithin;
    }

    void check(Range a, Range b) {
      if (!a.overlaps(b)) {
        return;
      }
      none = false;
      Range later = a.position().line() > b.position().line() ? a : b;
      Range earlier = later == a ? b : a;
      if (reported.add(later)) {
        if (a.kind().isPresent() || b.kind().isPresent()) {
          // The lookup sees one of the two, so a code in both may miss the other's kind.
          kindUnreadWithin.add(a);
          kindUnreadWithin.add(b);
        }
        nodes.problemAt(Message.RANGE_OVERLAP, later.position(), earlier.name().name(), later.name().name(), domain,
            earlier.describe(format), later.describe(format));
      }
    }
  }


  private Optional<Range> range(Node node, String domain, CodeType codeType) {
    Optional<YamlNodes.Mapping> found = nodes.mapping(node, "a range of domain " + domain);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    YamlNodes.Mapping map = found.get();
    Optional<Named> name = map.require("name")
        .flatMap(value -> nodes.text(value, "'name' of a range").map(text -> new Named(text, nodes.position(value))));
    String label = name.map(Named::name).orElse("at line " + nodes.position(node).line());
    map = map.relabel("range " + label);
    map.rejectUnknownKeys(RANGE_KEYS);
    int from = 0;
    int to = 0;
    Optional<String> prefix = Optional.empty();
    Optional<Range.Mask> mask = Optional.empty();
    boolean bounds = true;
    boolean masked = map.get("mask").isPresent() || map.get("value").isPresent();
    if (codeType == CodeType.INT && masked) {
      mask = mask(map, label, domain);
      bounds = mask.isPresent();
    } else if (codeType == CodeType.INT) {
      Optional<Integer> start = Optional.empty();
      Optional<Integer> end = Optional.empty();
      if (map.get("prefix").isPresent()) {
        nodes.problem(Message.BAD_RANGE, map.keyNode("prefix"), label, domain,
            "has a 'prefix', which is for string codes: give 'from' and 'to', or 'mask' and 'value'");
      } else {
        start = bound(map, "from", label, domain);
        end = bound(map, "to", label, domain);
      }
      if (start.isEmpty() || end.isEmpty()) {
        bounds = false;
      } else if (start.get() > end.get()) {
        nodes.problem(Message.BAD_RANGE, map.get("from").orElseThrow(), label, domain,
            "starts at " + start.get() + ", after its end " + end.get());
        bounds = false;
      } else {
        from = start.get();
        to = end.get();
      }
    } else {
      for (String key : List.of("from", "to", "mask", "value")) {
        if (map.get(key).isPresent()) {
          nodes.problem(Message.BAD_RANGE, map.keyNode(key), label, domain,
              "has '" + key + "', which is for int codes: give a 'prefix'");
        }
      }
      Optional<Node> prefixNode = map.get("prefix");
      prefix = prefixNode.isEmpty() ? Optional.empty() : map.requiredText("prefix")
          .flatMap(text -> text.isEmpty() ? Optional.of(text) : CodeReader.stringCode(nodes, text, prefixNode.get()));
      if (prefix.isPresent() && prefix.get().isEmpty()) {
        nodes.problem(Message.BAD_RANGE, map.get("prefix").orElseThrow(), label, domain,
            "has an empty prefix, which would hold every code");
        prefix = Optional.empty();
      } else if (prefix.isEmpty()) {
        if (map.get("prefix").isEmpty()) {
          nodes.problem(Message.BAD_RANGE, map.node, label, domain, "has no 'prefix'");
        }
        bounds = false;
      }
    }
    YamlNodes.Mapping rangeMap = map;
    acceptances.read(map, Acceptance.Subject.RANGE, domain, name.map(Named::name));
    Optional<Kind> kind = map.optionalText("kind")
        .flatMap(text -> CodeReader.kind(nodes, text, rangeMap.get("kind").orElseThrow()));
    Optional<Named> exception = map.get("exception").filter(value -> !YamlNodes.isNull(value))
        .flatMap(value -> nodes.text(value, "'exception' of range " + label)
            .map(text -> new Named(text, nodes.position(value))));
    Optional<String> title = map.optionalText("title")
        .flatMap(text -> CodeReader.checkText(nodes, text, "'title' of range " + label, rangeMap.get("title").orElseThrow()));
    if (name.isEmpty() || !bounds) {
      return Optional.empty();
    }
    return Optional.of(new Range(name.get(), from, to, prefix, mask, kind, exception, title, nodes.position(node)));
  }

  /** A mask range's {@code mask} and {@code value}: both given, without 'from'/'to', the value within the mask. */
  private Optional<Range.Mask> mask(YamlNodes.Mapping map, String label, String domain) {
    for (String key : List.of("from", "to", "prefix")) {
      if (map.get(key).isPresent()) {
        nodes.problem(Message.BAD_RANGE, map.keyNode(key), label, domain,
            "has '" + key + "' beside 'mask' and 'value': a range is given by 'from' and 'to', or by 'mask' and 'value'");
        return Optional.empty();
      }
    }
    Optional<Integer> mask = bound(map, "mask", label, domain);
    Optional<Integer> value = bound(map, "value", label, domain);
    if (mask.isEmpty() || value.isEmpty()) {
      return Optional.empty();
    }
    if (mask.get() == 0) {
      nodes.problem(Message.BAD_RANGE, map.get("mask").orElseThrow(), label, domain,
          "has mask 0, which would hold every code");
      return Optional.empty();
    }
    if ((value.get() & ~mask.get()) != 0) {
      nodes.problem(Message.BAD_RANGE, map.get("value").orElseThrow(), label, domain, String.format(
          "has value 0x%X with bits outside its mask 0x%X (0x%X): no code would be in it", value.get(), mask.get(),
          value.get() & ~mask.get()));
      return Optional.empty();
    }
    return Optional.of(new Range.Mask(mask.get(), value.get()));
  }

  private Optional<Integer> bound(YamlNodes.Mapping map, String key, String label, String domain) {
    Optional<Node> value = map.get(key);
    if (value.isEmpty()) {
      nodes.problem(Message.BAD_RANGE, map.node, label, domain, "has no '" + key + "'");
      return Optional.empty();
    }
    return nodes.text(value.get(), "'" + key + "' of range " + label)
        .flatMap(text -> CodeReader.intValue(nodes, text, value.get()));
  }

  // ---- attributes ----

  /**
   * The attributes a domain declares. One whose declaration was reported goes into {@code rejected} with
   * its type where that was read, so that codes setting it are not told the domain does not declare it.
   */
  private List<Attribute> attributes(YamlNodes.Mapping map, String domain,
      Map<String, Optional<Attribute.Type>> rejected) {
    List<Attribute> attributes = new ArrayList<>();
    Optional<YamlNodes.Mapping> declared = map.get("attributes").filter(value -> !YamlNodes.isNull(value))
        .flatMap(value -> nodes.mapping(value, "'attributes' of domain " + domain));
    if (declared.isEmpty()) {
      return attributes;
    }
    boolean full = false;
    for (String name : declared.get().keys()) {
      Node key = declared.get().keyNode(name);
      if (!ATTRIBUTE_NAME.matcher(name).matches() || javax.lang.model.SourceVersion.isKeyword(name)) {
        nodes.problem(Message.BAD_ATTRIBUTE, key, name, domain,
            "is not an attribute name: lowerCamel ASCII letters and digits, such as sqlState, not a keyword");
        rejected.put(name, Optional.empty());
      } else if (attributes.size() == MAX_ATTRIBUTES) {
        if (!full) {
          nodes.problem(Message.TOO_MANY_ATTRIBUTES, key, domain, MAX_ATTRIBUTES);
          full = true;
        }
        rejected.put(name, Optional.empty());
      } else {
        declared.get().get(name)
            .flatMap(value -> nodes.mapping(value, "attribute '" + name + "' of domain " + domain))
            .flatMap(definition -> attribute(definition, key, name, domain, rejected))
            .ifPresentOrElse(attributes::add, () -> rejected.putIfAbsent(name, Optional.empty()));
      }
    }
    return attributes;
  }

  /** A declared attribute, or empty after reporting it; a type read before the problem goes into {@code rejected}. */
  private Optional<Attribute> attribute(YamlNodes.Mapping definition, Node key, String name, String domain,
      Map<String, Optional<Attribute.Type>> rejected) {
    definition.rejectUnknownKeys(ATTRIBUTE_KEYS);
    acceptances.read(definition, Acceptance.Subject.ATTRIBUTE, domain, Optional.of(name));
    Optional<Attribute.Type> type = definition.requiredText("type").flatMap(text -> {
      Optional<Attribute.Type> parsed = Attribute.Type.fromYaml(text);
      if (parsed.isEmpty()) {
        nodes.problem(Message.BAD_ATTRIBUTE, definition.get("type").orElseThrow(), name, domain,
            "has type '" + text + "', not one of string, int, long, boolean");
      }
      return parsed;
    });
    if (type.isEmpty()) {
      return Optional.empty();
    }
    Optional<Node> defaultNode = definition.get("default").filter(value -> !YamlNodes.isNull(value));
    if (defaultNode.isEmpty()) {
      if (type.get() != Attribute.Type.STRING) {
        nodes.problem(Message.BAD_ATTRIBUTE, key, name, domain,
            "of type " + type.get().yamlName() + " needs a default (only a string attribute may be null)");
        rejected.put(name, type);
        return Optional.empty();
      }
      return Optional.of(new Attribute(new Named(name, nodes.position(key)), type.get(), Optional.empty(),
          nodes.position(key)));
    }
    return nodes.text(defaultNode.get(), "the default of attribute '" + name + "'")
        .flatMap(text -> CodeReader.attributeValue(nodes, type.get(), text, defaultNode.get(), name,
            "domain " + domain + " (its default)"))
        .map(value -> new Attribute(new Named(name, nodes.position(key)), type.get(), Optional.of(value),
            nodes.position(key)))
        .or(() -> {
          rejected.put(name, type);
          return Optional.empty();
        });
  }
}
