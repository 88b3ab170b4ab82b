package dev.codebook.processor.parse;

import dev.codebook.processor.model.SourcePosition;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The catalog's text, for pointing inside a value: where a placeholder stands within a message.
 * Columns count code points, as SnakeYAML's marks and every other position do.
 */
final class SourceText {
  private final String file;
  private final String text;
  private final int[] lineStarts;

  SourceText(String file, String text) {
    this.file = file;
    this.text = text;
    int lines = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        lines++;
      }
    }
    lineStarts = new int[lines];
    int line = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        lineStarts[line++] = i + 1;
      }
    }
  }

  /**
   * Where {@code token} stands in the source of a scalar for the {@code occurrence}-th time (from 0):
   * found in the text between the node's start and end, or the node's start when the source spells
   * it otherwise (escapes).
   */
  SourcePosition find(Node scalar, String token, int occurrence) {
    int start = offset(scalar.getStartMark().getLine(), scalar.getStartMark().getColumn());
    int end = offset(scalar.getEndMark().getLine(), scalar.getEndMark().getColumn());
    int at = start;
    for (int seen = 0; ; seen++) {
      at = text.indexOf(token, at);
      if (at < 0 || at >= end) {
        return position(start);
      }
      if (seen == occurrence) {
        return position(at);
      }
      at += token.length();
    }
  }

  /** The character offset of a 0-based line and code-point column. */
  private int offset(int line, int column) {
    if (line >= lineStarts.length) {
      return text.length();
    }
    int offset = lineStarts[line];
    for (int c = 0; c < column && offset < text.length(); c++) {
      offset += Character.charCount(text.codePointAt(offset));
    }
    return offset;
  }

  private SourcePosition position(int offset) {
    int line = java.util.Arrays.binarySearch(lineStarts, offset);
    if (line < 0) {
      line = -line - 2;
    }
    int column = text.codePointCount(lineStarts[line], offset);
    return new SourcePosition(file, line + 1, column + 1);
  }
}
