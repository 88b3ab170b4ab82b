package dev.codebook.processor.generate;

import dev.codebook.processor.plan.CodePlan;
import dev.codebook.processor.model.Text;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import java.util.Map;
import java.util.Optional;

/** Javadoc text for generated members: catalog text made safe for a doc comment. */
final class JavadocText {
  private JavadocText() {}

  /** A code's message for Javadoc: escaped, and one its source left empty ({@code message: ""}) saying so. */
  static String message(String text) {
    return text.isEmpty() ? "<i>(no message)</i>" : html(text);
  }

  /** Escapes text for Javadoc HTML: no tags, no end of comment, no inline tags, no unicode escapes. */
  static String html(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '@' -> out.append("&#64;");
        case '\\' -> out.append("&#92;");
        case '{' -> out.append("&#123;");
        case '}' -> out.append("&#125;");
        case '/' -> out.append(i > 0 && text.charAt(i - 1) == '*' ? "&#47;" : "/");
        // JavaPoet breaks lines at every Unicode line break, these two included.
        case '\u2028' -> out.append("&#x2028;");
        case '\u2029' -> out.append("&#x2029;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** A code value as written in the catalog, safe in Javadoc whatever it holds. */
  static String code(String value) {
    return "<code>" + html(value) + "</code>";
  }

  /** The Javadoc text of a deprecated code's {@code @deprecated} tag. */
  static Optional<String> deprecation(CodePlan code) {
    return deprecation(code.deprecation());
  }

  /** The Javadoc text of an {@code @deprecated} tag for a reason as the catalog gives it ({@code ""}: none). */
  static Optional<String> deprecation(Optional<String> reason) {
    return reason.map(text -> text.isBlank() ? "Deprecated in the catalog." : html(text));
  }

  /** Message, advice and translations of a code, as Javadoc paragraphs. */
  static CodeBlock codeText(CodePlan entry, ClassName codeEnum) {
    CodeBlock.Builder doc = CodeBlock.builder();
    doc.add("$L\n", message(entry.text().message()));
    entry.text().advice().ifPresent(advice -> doc.add("\n<p>Advice: $L\n", html(advice)));
    entry.text().description().ifPresent(description -> doc.add("\n<p>$L\n", html(description)));
    if (!entry.params().isEmpty()) {
      doc.add("\n<p>Parameters: $L.\n", String.join(", ", entry.params().stream()
          .map(param -> "{@code " + param.type().javaName() + " " + param.name().name() + "}").toList()));
    }
    for (Map.Entry<String, Text> translation : entry.translations().entrySet()) {
      Text text = translation.getValue();
      doc.add("\n<p>{@code $L}: $L", translation.getKey(), message(text.message()));
      text.advice().ifPresent(advice -> doc.add(" Advice: $L", html(advice)));
      text.description().ifPresent(description -> doc.add(" $L", html(description)));
      doc.add("\n");
    }
    for (int i = 0; i < entry.aliases().size(); i++) {
      doc.add(i == 0 ? "\n<p>Also named " : ", ");
      doc.add("{@link $T#$L}", codeEnum, entry.aliases().get(i).name().name());
      doc.add(entry.aliases().get(i).isDeprecated() ? " (deprecated)" : "");
      doc.add(i == entry.aliases().size() - 1 ? ".\n" : "");
    }
    return doc.build();
  }
}
