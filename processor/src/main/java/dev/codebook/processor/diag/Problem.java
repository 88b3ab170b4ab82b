package dev.codebook.processor.diag;

import dev.codebook.processor.model.SourcePosition;
import java.util.List;
import javax.tools.Diagnostic;

/**
 * A diagnostic found in a catalog, not yet reported: a plain value that stages return.
 *
 * @param kind the message's own kind, unless an option lowered it ({@code -Acodebook.compat=warn})
 */
public record Problem(Message message, SourcePosition position, List<Object> args, Diagnostic.Kind kind) {

  public static Problem of(Message message, SourcePosition position, Object... args) {
    return new Problem(message, position, List.of(args), message.kind());
  }

  /** The same, reported as a warning. */
  public Problem asWarning() {
    return new Problem(message, position, args, Diagnostic.Kind.WARNING);
  }

  /** Whether it stops generation: an error, not a warning. */
  public boolean isError() {
    return kind == Diagnostic.Kind.ERROR;
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
