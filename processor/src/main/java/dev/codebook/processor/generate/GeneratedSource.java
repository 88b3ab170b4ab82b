package dev.codebook.processor.generate;

import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * One generated compilation unit, rendered to pure ASCII: every non-ASCII character is written as a
 * Unicode escape, so the source means the same whatever {@code -encoding} the consumer compiles with.
 */
public record GeneratedSource(String qualifiedName, String text) {

  public static GeneratedSource of(JavaFile file) {
    StringBuilder raw = new StringBuilder();
    try {
      file.writeTo(raw);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String name = file.packageName().isEmpty() ? file.typeSpec().name() : file.packageName() + "." + file.typeSpec().name();
    return new GeneratedSource(name, ascii(raw));
  }

  static String ascii(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length() + text.length() / 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        out.append(c);
      } else {
        JavaText.appendUnicodeEscape(out, c);
      }
    }
    return out.toString();
  }
}
