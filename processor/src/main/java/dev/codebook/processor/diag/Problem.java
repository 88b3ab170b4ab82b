package dev.codebook.processor.diag;

import dev.codebook.processor.catalog.SourcePosition;
import java.util.List;

/** A diagnostic found in a catalog, not yet reported: a plain value that stages return. */
public record Problem(Message message, SourcePosition position, List<Object> args) {

  public static Problem of(Message message, SourcePosition position, Object... args) {
    return new Problem(message, position, List.of(args));
  }

  /** {@code file:line:column: text [codebook:tag]}. */
  public String text() {
    return position + ": " + message.format(args.toArray());
  }

  @Override
  public String toString() {
    return text();
  }
}
