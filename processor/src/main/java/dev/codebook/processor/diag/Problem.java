package dev.codebook.processor.diag;

import dev.codebook.processor.model.SourcePosition;
import java.util.List;
import javax.tools.Diagnostic;

/** A diagnostic found in a catalog, not yet reported: a plain value that stages return. */
public record Problem(Message message, SourcePosition position, List<Object> args) {

  public static Problem of(Message message, SourcePosition position, Object... args) {
    return new Problem(message, position, List.of(args));
  }

  /** Whether it stops generation: an error, not a warning. */
  public boolean isError() {
    return message.kind() == Diagnostic.Kind.ERROR;
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
