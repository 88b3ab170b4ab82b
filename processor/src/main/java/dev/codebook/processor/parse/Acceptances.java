package dev.codebook.processor.parse;

import dev.codebook.processor.model.Acceptance;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The {@code breaking:} keys of one catalog, collected by every reader that meets one. */
final class Acceptances {
  private final YamlNodes nodes;
  private final List<Acceptance> read = new ArrayList<>();

  Acceptances(YamlNodes nodes) {
    this.nodes = nodes;
  }

  /** Reads {@code breaking} of {@code map}, if given, as accepting changes to the named subject. */
  void read(YamlNodes.Mapping map, Acceptance.Subject subject, String domain, Optional<String> name) {
    // "false" accepts nothing, as deprecated: false deprecates nothing.
    map.optionalText("breaking").filter(reason -> !reason.equals("false")).ifPresent(reason -> name.ifPresent(
        subjectName -> read.add(new Acceptance(subject, domain, subjectName, reason,
            nodes.position(map.get("breaking").orElseThrow())))));
  }

  List<Acceptance> all() {
    return List.copyOf(read);
  }
}
