package dev.codebook.processor.validate;

import dev.codebook.processor.diag.Message;
import dev.codebook.processor.diag.Problem;
import dev.codebook.processor.model.CodeEntry;
import dev.codebook.processor.model.CodeType;
import dev.codebook.processor.model.Domain;
import dev.codebook.processor.model.Named;
import dev.codebook.processor.model.Reserved;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A domain's {@code reserved} entries overlap neither each other nor a listed code: no value, name or alias
 * that it reserved is listed again. Sorted and hashed, so that its cost follows the number of codes plus
 * entries, not their product.
 */
final class ReservedCheck {
  private final Domain domain;
  private final List<Problem> problems = new ArrayList<>();
  /** An int entry's values, read once. */
  private record Block(long first, long last, Reserved entry) {}

  /** Int entries by first value; of overlapping ones (reported), each keeps its own. */
  private final List<Block> byFirst = new ArrayList<>();
  private final Map<String, Reserved> byValue = new HashMap<>();
  private final Map<String, Reserved> byName = new HashMap<>();

  private ReservedCheck(Domain domain) {
    this.domain = domain;
  }

  static List<Problem> check(Domain domain) {
    if (domain.reserved().isEmpty()) {
      return List.of();
    }
    ReservedCheck check = new ReservedCheck(domain);
    check.entries();
    check.codes();
    return check.problems;
  }

  private void entries() {
    String name = domain.name().name();
    for (Reserved entry : domain.reserved()) {
      entry.first().ifPresent(first -> {
        if (domain.codeType() == CodeType.INT) {
          byFirst.add(new Block(Long.parseLong(first), Long.parseLong(entry.last().orElseThrow()), entry));
        } else {
          Reserved earlier = byValue.putIfAbsent(first, entry);
          if (earlier != null) {
            problems.add(Problem.of(Message.RESERVED_OVERLAP, entry.position(), name, "values", earlier.position(),
                entry.position()));
          }
        }
      });
      entry.name().ifPresent(reserved -> {
        Reserved earlier = byName.putIfAbsent(reserved.name(), entry);
        if (earlier != null) {
          problems.add(Problem.of(Message.RESERVED_OVERLAP, reserved.position(), name, "name " + reserved.name(),
              earlier.position(), reserved.position()));
        }
      });
    }
    byFirst.sort(Comparator.comparingLong(Block::first));
    Block widest = null;
    for (Block block : byFirst) {
      if (widest != null && block.first() <= widest.last()) {
        Reserved later = block.entry().position().line() >= widest.entry().position().line() ? block.entry()
            : widest.entry();
        Reserved earlier = later == block.entry() ? widest.entry() : block.entry();
        problems.add(Problem.of(Message.RESERVED_OVERLAP, later.position(), name, "values", earlier.position(),
            later.position()));
      }
      if (widest == null || block.last() > widest.last()) {
        widest = block;
      }
    }
  }

  private void codes() {
    String name = domain.name().name();
    for (CodeEntry code : domain.codes()) {
      String label = "code " + domain.codeText(code.code()) + " " + code.name().name();
      Reserved value = domain.codeType() == CodeType.INT ? holding(Long.parseLong(code.code()))
          : byValue.get(code.code());
      if (value != null) {
        problems.add(Problem.of(Message.RESERVED_REUSED, code.codePosition(), "the value of " + label, name,
            value.position(), note(value)));
      }
      for (Named alias : code.allNames()) {
        Reserved reserved = byName.get(alias.name());
        if (reserved != null) {
          problems.add(Problem.of(Message.RESERVED_REUSED, alias.position(), "the name " + alias.name() + " of "
              + label, name, reserved.position(), note(reserved)));
        }
      }
    }
  }

  /** The entry holding {@code value}: the last starting at or below it, if it reaches it. */
  private Reserved holding(long value) {
    int low = 0;
    int high = byFirst.size() - 1;
    Block found = null;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      if (byFirst.get(middle).first() <= value) {
        found = byFirst.get(middle);
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    return found != null && value <= found.last() ? found.entry() : null;
  }

  private static String note(Reserved entry) {
    return entry.note().map(note -> ": " + note).orElse("");
  }
}
