package dev.codebook.processor.parse;

import dev.codebook.processor.diag.Message;
import dev.codebook.processor.diag.Problem;
import dev.codebook.processor.diag.Spelling;
import dev.codebook.processor.model.Named;
import dev.codebook.processor.model.SourcePosition;
import dev.codebook.processor.model.Text;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Typed, checked access to a composed YAML node tree: every wrong shape becomes a {@link Problem}
 * with the node's position, and scalars are read as the text written, never through YAML 1.1 typing.
 * Also counts visited nodes, so that aliases cannot make the walk explode.
 */
final class YamlNodes {
  /**
   * How many nodes one catalog may make the parser visit (aliases count each time they are visited).
   * A code entry is at least 7 nodes, so this also keeps every domain below 1.72 million codes.
   */
  static final int MAX_VISITED_NODES = 12_000_000;

  private final String file;
  private final List<Problem> problems;
  private int visited;
  private boolean overBudget;

  YamlNodes(String file, List<Problem> problems) {
    this.file = file;
    this.problems = problems;
  }

  SourcePosition position(Node node) {
    return new SourcePosition(file, node.getStartMark().getLine() + 1, node.getStartMark().getColumn() + 1);
  }

  void problem(Message message, Node node, Object... args) {
    problems.add(Problem.of(message, position(node), args));
  }

  /** A problem at a position inside a value, such as a placeholder within a message. */
  void problemAt(Message message, SourcePosition position, Object... args) {
    problems.add(Problem.of(message, position, args));
  }

  /** False once the visit budget is spent; the walk then stops quietly after one problem. */
  boolean visit(Node node) {
    if (overBudget) {
      return false;
    }
    if (++visited > MAX_VISITED_NODES) {
      overBudget = true;
      problem(Message.YAML_LIMIT, node,
          "more than " + MAX_VISITED_NODES + " values to read (aliases repeating large lists?)");
      return false;
    }
    if (!isPlainTag(node)) {
      problem(Message.YAML_TAG, node, node.getTag().getValue());
      return false;
    }
    return true;
  }

  private static boolean isPlainTag(Node node) {
    Tag tag = node.getTag();
    return tag.equals(Tag.STR) || tag.equals(Tag.MAP) || tag.equals(Tag.SEQ);
  }

  /** A plain scalar that is empty or {@code ~}: YAML's null. */
  static boolean isNull(Node node) {
    return node instanceof ScalarNode scalar
        && scalar.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN
        && (scalar.getValue().isEmpty() || scalar.getValue().equals("~"));
  }

  /**
   * The value under {@code key} of a mapping node, else empty: a peek that neither visits nor reports,
   * for guessing what a setting that could not be read was meant to apply to. One level deep only.
   */
  static Optional<Node> peek(Node node, String key) {
    if (!(node instanceof MappingNode mapping)) {
      return Optional.empty();
    }
    return mapping.getValue().stream()
        .filter(tuple -> tuple.getKeyNode() instanceof ScalarNode scalar && scalar.getValue().equals(key))
        .map(NodeTuple::getValueNode).findFirst();
  }

  /** The items of a list node, else none: a peek, as {@link #peek}. */
  static List<Node> peekItems(Optional<Node> node) {
    return node.orElse(null) instanceof SequenceNode sequence ? sequence.getValue() : List.of();
  }

  static String describe(Node node) {
    if (isNull(node)) {
      return "empty";
    }
    if (node instanceof MappingNode) {
      return "a mapping";
    }
    if (node instanceof SequenceNode) {
      return "a list";
    }
    return "text";
  }

  /** The mapping's entries, or empty after reporting a problem. */
  Optional<Mapping> mapping(Node node, String what) {
    if (!visit(node)) {
      return Optional.empty();
    }
    if (!(node instanceof MappingNode mapping)) {
      problem(Message.WRONG_TYPE, node, what, "a mapping", describe(node));
      return Optional.empty();
    }
    Map<String, NodeTuple> entries = new LinkedHashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      Node key = tuple.getKeyNode();
      if (!visit(key)) {
        return Optional.empty();
      }
      if (!(key instanceof ScalarNode scalarKey)) {
        problem(Message.WRONG_TYPE, key, "a key in " + what, "text", describe(key));
        continue;
      }
      NodeTuple first = entries.putIfAbsent(scalarKey.getValue(), tuple);
      if (first != null) {
        problem(Message.YAML_DUPLICATE_KEY, key, scalarKey.getValue(), position(first.getKeyNode()));
      }
    }
    return Optional.of(new Mapping(node, what, entries));
  }

  /** The list's items, or empty after reporting a problem. */
  Optional<List<Node>> sequence(Node node, String what) {
    if (!visit(node)) {
      return Optional.empty();
    }
    if (!(node instanceof SequenceNode sequence)) {
      problem(Message.WRONG_TYPE, node, what, "a list", describe(node));
      return Optional.empty();
    }
    return Optional.of(sequence.getValue());
  }

  /** The scalar's text exactly as written, or empty after reporting a problem (also for a null). */
  Optional<String> text(Node node, String what) {
    if (!visit(node)) {
      return Optional.empty();
    }
    if (isNull(node)) {
      problem(Message.EMPTY_VALUE, node, what);
      return Optional.empty();
    }
    if (!(node instanceof ScalarNode scalar)) {
      problem(Message.WRONG_TYPE, node, what, "text", describe(node));
      return Optional.empty();
    }
    int lone = loneSurrogate(scalar.getValue());
    if (lone >= 0) {
      // Only an escape such as "\uD800" can write one; no UTF-8 file can, so nothing could print it.
      problem(Message.BAD_TEXT, node, what, String.format(
          "the lone surrogate \\u%04X (half of a character: escapes of characters above U+FFFF come in pairs)",
          (int) scalar.getValue().charAt(lone)));
      return Optional.empty();
    }
    return Optional.of(scalar.getValue());
  }

  /** The index of the first surrogate that is not half of a pair, or -1. */
  static int loneSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  /** A checked view of one mapping node. */
  final class Mapping {
    final Node node;
    final String what;
    private final Map<String, NodeTuple> entries;

    Mapping(Node node, String what, Map<String, NodeTuple> entries) {
      this.node = node;
      this.what = what;
      this.entries = entries;
    }

    /** The same entries, named {@code what} in later messages. */
    Mapping relabel(String what) {
      return new Mapping(node, what, entries);
    }

    /** Reports every key that is not in {@code known}, suggesting the closest known key. */
    void rejectUnknownKeys(Set<String> known) {
      for (Map.Entry<String, NodeTuple> entry : entries.entrySet()) {
        if (!known.contains(entry.getKey())) {
          problem(Message.UNKNOWN_KEY, entry.getValue().getKeyNode(), entry.getKey(), what,
              Spelling.didYouMean(entry.getKey(), known));
        }
      }
    }

    Optional<Node> get(String key) {
      return Optional.ofNullable(entries.get(key)).map(NodeTuple::getValueNode);
    }

    Set<String> keys() {
      return entries.keySet();
    }

    Node keyNode(String key) {
      return entries.get(key).getKeyNode();
    }

    /** The value of a required key, or empty after reporting it missing. */
    Optional<Node> require(String key) {
      Optional<Node> value = get(key);
      if (value.isEmpty()) {
        problem(Message.MISSING_KEY, node, what, key);
      }
      return value;
    }

    Optional<String> requiredText(String key) {
      return require(key).flatMap(value -> text(value, "'" + key + "' of " + what));
    }

    /** Text of an optional key; a key written with no value counts as absent. */
    Optional<String> optionalText(String key) {
      return get(key).filter(value -> !isNull(value)).flatMap(value -> text(value, "'" + key + "' of " + what));
    }

    /** Texts of an optional list-of-text key, each with its position. */
    List<Named> optionalTextList(String key) {
      List<Named> result = new ArrayList<>();
      Optional<Node> value = get(key).filter(v -> !isNull(v));
      if (value.isEmpty()) {
        return result;
      }
      for (Node item : sequence(value.get(), "'" + key + "' of " + what).orElse(List.of())) {
        text(item, "an item of '" + key + "' of " + what)
            .ifPresent(text -> result.add(new Named(text, position(item))));
      }
      return result;
    }
  }
}
