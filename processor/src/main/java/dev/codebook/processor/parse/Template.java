package dev.codebook.processor.parse;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A message or advice as a template: text with {@code {name}} placeholders, {@code {{} and
 * {@code }}} standing for single braces. What the parser checks and the docs show; generated code
 * fills the same syntax in at run time.
 *
 * @param placeholders each placeholder in order of appearance, with its character offset in the text
 */
public record Template(List<Placeholder> placeholders) {

  /** A parameter name: a Java identifier starting with a lower-case ASCII letter. */
  public static final Pattern PARAMETER_NAME = Pattern.compile("[a-z][A-Za-z0-9_]*");

  /** One {@code {name}} in a text: the name, and the offset of its {@code {}. */
  public record Placeholder(String name, int offset) {}

  /** Why a text is not a template: what is wrong, and the offset of the offending brace. */
  public record Error(String problem, int offset) {}

  /** The distinct placeholder names, in order of first appearance. */
  public Set<String> names() {
    Set<String> names = new LinkedHashSet<>();
    placeholders.forEach(placeholder -> names.add(placeholder.name()));
    return names;
  }

  /** The template of {@code text}, or the first problem in it. */
  public static Result parse(String text) {
    List<Placeholder> placeholders = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '{') {
        if (i + 1 < text.length() && text.charAt(i + 1) == '{') {
          i += 2;
          continue;
        }
        int end = text.indexOf('}', i + 1);
        int nextOpen = text.indexOf('{', i + 1);
        if (end < 0 || (nextOpen >= 0 && nextOpen < end)) {
          return Result.error(new Error("a '{' that no '}' closes (write '{{' for a brace)", i));
        }
        String name = text.substring(i + 1, end);
        if (!PARAMETER_NAME.matcher(name).matches() || javax.lang.model.SourceVersion.isKeyword(name)) {
          return Result.error(new Error("'{" + name + "}' is not a placeholder: a parameter name is a Java"
              + " identifier starting with a lower-case letter (write '{{' and '}}' for braces)", i));
        }
        placeholders.add(new Placeholder(name, i));
        i = end + 1;
      } else if (c == '}') {
        if (i + 1 < text.length() && text.charAt(i + 1) == '}') {
          i += 2;
          continue;
        }
        return Result.error(new Error("a '}' that no '{' opens (write '}}' for a brace)", i));
      } else {
        i++;
      }
    }
    return new Result(Optional.of(new Template(List.copyOf(placeholders))), Optional.empty());
  }

  /** A template, or why the text is none. */
  public record Result(Optional<Template> template, Optional<Error> error) {
    static Result error(Error error) {
      return new Result(Optional.empty(), Optional.of(error));
    }
  }
}
