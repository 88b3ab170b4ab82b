package dev.codebook.processor;

import java.io.StringReader;
import java.math.BigInteger;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A YAML document as an editor's YAML 1.2 parser hands it to a JSON Schema: plain scalars typed by the
 * YAML 1.2 core schema (spec 1.2.2, section 10.3.2), which is what yaml-language-server reads by
 * default. So {@code 100001}, {@code 08006} and {@code 0x1F} are integers, {@code 1.5} and {@code .inf}
 * floats, {@code true}/{@code True}/{@code TRUE} booleans, {@code null}/{@code Null}/{@code NULL}/{@code ~}
 * and an empty value null, and everything else, {@code NO}, {@code ON} and every quoted or block scalar
 * included, a string.
 *
 * <p>The nodes are composed with SnakeYAML, the processor's own library, under a resolver that holds
 * exactly those core-schema patterns and nothing of YAML 1.1 (no {@code yes}/{@code no}, no octal
 * {@code 010}, no {@code 1_000}, no timestamps, no merge keys). An explicit tag wins over the patterns
 * ({@code !!str 5} is a string), as it does in an editor. Mapping keys are their text as written.
 */
final class EditorYaml {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private static final Pattern CORE_NULL = Pattern.compile("null|Null|NULL|~|");
  private static final Pattern CORE_BOOL = Pattern.compile("true|True|TRUE|false|False|FALSE");
  private static final Pattern CORE_INT = Pattern.compile("[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+");
  private static final Pattern CORE_FLOAT = Pattern.compile(
      "[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");

  private EditorYaml() {}

  /** The JSON value an editor validates {@code yaml} as. */
  static JsonNode toJson(String yaml) {
    String text = yaml.startsWith("\uFEFF") ? yaml.substring(1) : yaml;
    LoaderOptions options = new LoaderOptions();
    options.setProcessComments(false);
    Resolver core = new Resolver() {
      @Override
      protected void addImplicitResolvers() {
        // Named CORE_*: Resolver's own NULL, BOOL, INT and FLOAT are YAML 1.1's and would shadow them here.
        // Order matters where patterns overlap: "1" is INT and FLOAT, and YAML 1.2 says INT.
        addImplicitResolver(Tag.NULL, CORE_NULL, null);
        addImplicitResolver(Tag.BOOL, CORE_BOOL, null);
        addImplicitResolver(Tag.INT, CORE_INT, null);
        addImplicitResolver(Tag.FLOAT, CORE_FLOAT, null);
      }
    };
    DumperOptions dumper = new DumperOptions();
    Node root = new Yaml(new SafeConstructor(options), new Representer(dumper), dumper, options, core)
        .compose(new StringReader(text));
    return root == null ? JSON.nullNode() : json(root);
  }

  private static JsonNode json(Node node) {
    if (node instanceof MappingNode mapping) {
      ObjectNode object = JSON.objectNode();
      for (NodeTuple entry : mapping.getValue()) {
        if (!(entry.getKeyNode() instanceof ScalarNode key)) {
          throw new IllegalArgumentException("a key that is not a scalar at " + entry.getKeyNode().getStartMark());
        }
        object.set(key.getValue(), json(entry.getValueNode()));
      }
      return object;
    }
    if (node instanceof SequenceNode sequence) {
      ArrayNode array = JSON.arrayNode();
      for (Node item : sequence.getValue()) {
        array.add(json(item));
      }
      return array;
    }
    String value = ((ScalarNode) node).getValue();
    Tag tag = node.getTag();
    if (tag.equals(Tag.NULL)) {
      return JSON.nullNode();
    }
    if (tag.equals(Tag.BOOL) && CORE_BOOL.matcher(value).matches()) {
      return JSON.booleanNode(value.equalsIgnoreCase("true"));
    }
    if (tag.equals(Tag.INT) && CORE_INT.matcher(value).matches()) {
      return JSON.numberNode(integer(value));
    }
    if (tag.equals(Tag.FLOAT) && CORE_FLOAT.matcher(value).matches()) {
      return JSON.numberNode(floating(value));
    }
    return JSON.stringNode(value);
  }

  private static BigInteger integer(String value) {
    if (value.startsWith("0o")) {
      return new BigInteger(value.substring(2), 8);
    }
    if (value.startsWith("0x")) {
      return new BigInteger(value.substring(2), 16);
    }
    return new BigInteger(value);
  }

  private static double floating(String value) {
    String lower = value.toLowerCase(java.util.Locale.ROOT);
    if (lower.endsWith(".nan")) {
      return Double.NaN;
    }
    if (lower.endsWith(".inf")) {
      return lower.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    return Double.parseDouble(value);
  }
}
