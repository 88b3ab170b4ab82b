package dev.codebook.processor.generate;

/**
 * Catalog text made safe for Java source. JavaPoet's {@code $S} leaves most non-ASCII characters as
 * they are and then breaks lines at every Unicode line break, U+2028 inside a string literal included;
 * these helpers write everything outside printable ASCII as escapes first.
 */
final class JavaText {
  private JavaText() {}

  /** A Java string literal, quotes included, in printable ASCII only. */
  static String literal(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        // Never as a Unicode escape: javac turns those into real line breaks before it reads the literal.
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c >= 0x7f) {
            appendUnicodeEscape(out, c);
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  /** Appends {@code \\uXXXX} for {@code c}, in lower-case hex. */
  static void appendUnicodeEscape(StringBuilder out, char c) {
    out.append('\\').append('u')
        .append(HEX[(c >> 12) & 0xF]).append(HEX[(c >> 8) & 0xF]).append(HEX[(c >> 4) & 0xF]).append(HEX[c & 0xF]);
  }

  /** Text for a one-line comment: no character that would end the line. */
  static String oneLine(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029' ? '?' : c);
    }
    return out.toString();
  }
}
