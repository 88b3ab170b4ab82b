package dev.codebook.processor.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link CodebookTables} as the source of a catalog's {@code <Catalog>Tables}: the very class this module
 * compiles and tests, read from beside it in the processor jar (the build copies the source there), with its
 * package and its name changed, after the file comment and before the class the lines every generated type
 * carries. The format constants the processor's encoder writes are the runtime's own, from here.
 */
public final class RuntimeSource {
  /** Codes per chunk of texts, and per chunk of class-form constants created at once. */
  public static final int CHUNK = CodebookTables.CHUNK;
  /** Ends each packed string. */
  public static final char END = CodebookTables.END;
  /** A packed string that stands for {@code null}. */
  public static final char NULL = CodebookTables.NULL;
  /** Position 0 of a code in a text chunk's header. */
  public static final char POSITION_BASE = CodebookTables.POSITION_BASE;
  /** The nested class of one language's texts. */
  public static final String TEXTS = "Texts";
  /** Its method of a code's message, by ordinal. */
  public static final String TEXTS_MESSAGE = "message";
  /** Its method of a code's advice, by ordinal. */
  public static final String TEXTS_ADVICE = "advice";

  private static final String NAME = CodebookTables.class.getSimpleName();
  private static final String PACKAGE_LINE = "package " + CodebookTables.class.getPackageName() + ";";
  private static final String CLASS_LINE = "final class " + NAME + " {";

  private static String source;
  private static Set<String> javaLangNames;

  private RuntimeSource() {}

  /**
   * The runtime as {@code packageName.typeName}: {@code comment} (a line comment, without its {@code //}) at
   * the top, {@code annotation} (such as {@code @javax.annotation.Generated("...")}) above the class, and an
   * import of each {@code java.lang} type it uses that a type of the package {@code shadowed} ({@code p.String}
   * would else be the {@code String} it means).
   */
  public static String emit(String packageName, String typeName, String comment, Optional<String> annotation,
      Set<String> shadowed) {
    StringBuilder imports = new StringBuilder();
    new TreeSet<>(shadowed).stream().filter(javaLangNames()::contains)
        .forEach(name -> imports.append("\nimport java.lang.").append(name).append(';'));
    String text = source()
        .replace(PACKAGE_LINE, "// " + comment + "\n" + (packageName.isEmpty() ? "" : "package " + packageName + ";")
            + (imports.length() == 0 ? "" : "\n" + imports))
        .replaceAll("\\b" + NAME + "\\b", Matcher.quoteReplacement(typeName));
    String classLine = CLASS_LINE.replace(NAME, typeName);
    return annotation.map(line -> text.replace(classLine, line + "\n" + classLine)).orElse(text);
  }

  /**
   * The simple names in the runtime's code, outside comments and text, that name {@code java.lang} types:
   * what a type of the same name in the consumer's package would hide.
   */
  static synchronized Set<String> javaLangNames() {
    if (javaLangNames == null) {
      String code = source().replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("//[^\n]*", " ")
          .replaceAll("\"(?:[^\"\\\\\n]|\\\\.)*\"|'(?:[^'\\\\\n]|\\\\.)+'", " ");
      Set<String> names = new TreeSet<>();
      Matcher word = Pattern.compile("(?<![\\w.$])[A-Z]\\w*").matcher(code);
      while (word.find()) {
        if (isJavaLang(word.group())) {
          names.add(word.group());
        }
      }
      javaLangNames = Collections.unmodifiableSet(names);
    }
    return javaLangNames;
  }

  private static boolean isJavaLang(String simpleName) {
    try {
      Class.forName("java.lang." + simpleName, false, null);
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  /** The source text, as the build copied it beside the class; read once. */
  static synchronized String source() {
    if (source == null) {
      try (InputStream in = RuntimeSource.class.getResourceAsStream(NAME + ".java")) {
        if (in == null) {
          throw new IllegalStateException(NAME + ".java is not beside its class: the processor jar is incomplete");
        }
        // Line ends as this module writes them whatever the checkout did to them: generated sources read the same.
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        if (!text.contains(PACKAGE_LINE) || !text.contains(CLASS_LINE)) {
          throw new IllegalStateException(NAME + ".java lost its package or class line");
        }
        source = text;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return source;
  }
}
