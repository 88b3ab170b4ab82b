package dev.codebook.processor.parse;

import dev.codebook.processor.diag.Message;
import dev.codebook.processor.model.CodeType;
import dev.codebook.processor.model.Named;
import dev.codebook.processor.model.Reserved;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a domain's {@code reserved} list: each entry a {@code code} (or a block {@code from}–{@code to} in
 * an int domain), a {@code name}, or both, with an optional {@code note}. Part of the parse stage; a
 * malformed entry is {@code bad-reserved} at its node. Whether listed codes reuse what is reserved, and
 * whether entries overlap, is the validator's.
 */
final class ReservedReader {
  private static final Set<String> KEYS = Set.of("code", "from", "to", "name", "note");
  /** Most entries of one domain: enough for any catalog's history, and a bound on untrusted input. */
  static final int MAX_RESERVED = 10_000;

  private final YamlNodes nodes;

  ReservedReader(YamlNodes nodes) {
    this.nodes = nodes;
  }

  List<Reserved> read(YamlNodes.Mapping domain, String domainName, CodeType type) {
    List<Reserved> reserved = new ArrayList<>();
    List<Node> items = domain.get("reserved").filter(value -> !YamlNodes.isNull(value))
        .flatMap(value -> nodes.sequence(value, "'reserved' of domain " + domainName)).orElse(List.of());
    if (items.size() > MAX_RESERVED) {
      nodes.problem(Message.BAD_RESERVED, items.get(MAX_RESERVED), domainName,
          String.format("is one more than the %,d entries a domain may reserve", MAX_RESERVED));
      items = items.subList(0, MAX_RESERVED);
    }
    for (Node item : items) {
      nodes.mapping(item, "an entry of 'reserved' of domain " + domainName)
          .flatMap(entry -> entry(entry, item, domainName, type)).ifPresent(reserved::add);
    }
    return reserved;
  }

  private Optional<Reserved> entry(YamlNodes.Mapping entry, Node node, String domain, CodeType type) {
    entry.rejectUnknownKeys(KEYS);
    boolean single = entry.get("code").isPresent();
    boolean block = entry.get("from").isPresent() || entry.get("to").isPresent();
    Optional<Named> name = entry.optionalText("name").map(text -> new Named(text, nodes.position(
        entry.get("name").orElseThrow())));
    Optional<String> note = entry.optionalText("note").flatMap(text -> CodeReader.checkText(nodes, text,
        "'note' of a reserved entry of domain " + domain, entry.get("note").orElseThrow()));
    if (!single && !block && name.isEmpty()) {
      nodes.problem(Message.BAD_RESERVED, node, domain, "reserves nothing: give a 'code', 'from' and 'to', or a 'name'");
      return Optional.empty();
    }
    if (single && block) {
      nodes.problem(Message.BAD_RESERVED, entry.keyNode(entry.get("from").isPresent() ? "from" : "to"), domain,
          "has 'code' beside 'from'/'to': reserve one code, or a block");
      return Optional.empty();
    }
    Optional<String> first = Optional.empty();
    Optional<String> last = Optional.empty();
    if (single) {
      first = value(entry, "code", domain, type);
      if (first.isEmpty()) {
        return Optional.empty();
      }
      last = first;
    } else if (block) {
      if (type == CodeType.STRING) {
        nodes.problem(Message.BAD_RESERVED, entry.keyNode(entry.get("from").isPresent() ? "from" : "to"), domain,
            "has 'from'/'to', which are for int codes: reserve each string code with 'code'");
        return Optional.empty();
      }
      for (String key : List.of("from", "to")) {
        if (entry.get(key).isEmpty()) {
          nodes.problem(Message.BAD_RESERVED, node, domain, "has no '" + key + "'");
          return Optional.empty();
        }
      }
      first = value(entry, "from", domain, type);
      last = value(entry, "to", domain, type);
      if (first.isEmpty() || last.isEmpty()) {
        return Optional.empty();
      }
      if (Long.parseLong(first.get()) > Long.parseLong(last.get())) {
        nodes.problem(Message.BAD_RESERVED, entry.get("from").orElseThrow(), domain,
            "starts at " + first.get() + ", after its end " + last.get());
        return Optional.empty();
      }
    }
    if (entry.get("name").isPresent() && name.isEmpty()) {
      return Optional.empty(); // reported as the text it is not
    }
    return Optional.of(new Reserved(first, last, name, note, nodes.position(node)));
  }

  /** A reserved value as canonical text: an int domain's in decimal, a string domain's as written. */
  private Optional<String> value(YamlNodes.Mapping entry, String key, String domain, CodeType type) {
    Node node = entry.get(key).orElseThrow();
    return nodes.text(node, "'" + key + "' of a reserved entry of domain " + domain).flatMap(text ->
        type == CodeType.INT ? CodeReader.intValue(nodes, text, node).map(value -> Integer.toString(value))
            : CodeReader.stringCode(nodes, text, node));
  }
}
