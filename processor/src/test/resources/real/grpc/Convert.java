/*
 * Converts google/rpc/code.proto (googleapis) into a Codebook catalog (format 1, with the additions of
 * issue 10: attributes, descriptions).
 *
 *   java Convert.java code.proto catalog.yaml
 *
 * A single-file program for JDK 17, without dependencies. It lives in src/test/resources, which Maven
 * copies but never compiles. It reads only what it understands of a proto file, "enum Code { ... }"
 * with "//" comments, and refuses (exit 1, naming the line) anything else inside that enum rather than
 * guessing.
 *
 * Decisions, each also in README.md:
 *
 * 1. One catalog "Grpc", one int domain "Status" (codes 0..16, decimal, as the proto writes them).
 *    Its title is the first sentence of the enum's comment, its description the rest.
 * 2. Each enum value is a code: name = the value's name as written (already UPPER_SNAKE), code = its
 *    number. Entries keep the proto's order, which is not numeric (UNAUTHENTICATED = 16 stands after
 *    PERMISSION_DENIED = 7): catalog order is the file's, as for every other real catalog.
 *    With "option allow_alias = true;" a second name for a number would become an alias of the first;
 *    code.proto has none. The value option [deprecated = true] becomes "deprecated: true"; any other
 *    option is refused, as is an option on an alias (the format cannot deprecate one name alone).
 * 3. The comment above a value is read as paragraphs (separated by empty "//" lines). The paragraph
 *    "HTTP Mapping: 400 Bad Request" gives the attribute httpStatus (400); the reason phrase is
 *    dropped, being the standard one for the status except 499 "Client Closed Request" (nginx's).
 *    message = the first sentence of the first paragraph (up to a '.' followed by a blank or the end,
 *    not counting "e.g." and "i.e."). description = the rest of that paragraph and the paragraphs after
 *    it, as written apart from line wrapping: the lines of a paragraph are joined with single blanks,
 *    except that a line starting a list item ("(a) ", "- ", "* ") starts a new line; paragraphs are
 *    separated by an empty line; runs of blanks (the two after a full stop) become one. Backquotes
 *    (`OUT_OF_RANGE`) are kept as written.
 *    In message, '{' and '}' are doubled (the placeholder syntax); description is not a template and
 *    keeps them as they are. code.proto has none.
 * 4. The domain declares httpStatus: {type: int, default: 500}; every code sets it, since every comment
 *    states its mapping; the default (Internal Server Error, what an unmapped status becomes on HTTP)
 *    applies only to a value whose comment would state none, which the converter reports on stderr.
 * 5. Kinds: the domain's default kind is failure, and OK (code 0, "Not an error") is success. None of the
 *    others deserves another kind: CANCELLED is usually the caller's own doing, but the call still did
 *    not complete, and a caller that expects it handles it; no value is a warning, an event or progress.
 * 6. No ranges: code.proto groups no values, and none is invented here. A number code.proto does not
 *    list (17 and up) is an unknown code.
 *
 * Before writing, the output is checked as the processor would: names match [A-Z][A-Za-z0-9_]*, no name
 * or number twice (outside allow_alias), texts free of control characters, every message non-blank.
 */

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class Convert {

  private static final String SCHEMA_LINE =
      "# yaml-language-server: $schema=../../../../../../processor/src/main/resources/META-INF/codebook/catalog-1.schema.json";

  private static final Pattern ENUM_START = Pattern.compile("enum\\s+Code\\s*\\{\\s*");
  private static final Pattern VALUE = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)\\s*=\\s*(-?[0-9]+)\\s*(\\[[^\\]]*\\])?\\s*;\\s*");
  private static final Pattern ALLOW_ALIAS = Pattern.compile("option\\s+allow_alias\\s*=\\s*true\\s*;\\s*");
  private static final Pattern HTTP_MAPPING = Pattern.compile("HTTP Mapping:\\s*([1-5][0-9]{2})\\b.*");
  private static final Pattern LIST_ITEM = Pattern.compile("(\\([a-z0-9]\\)|[-*])\\s.*");
  private static final Pattern DEPRECATED = Pattern.compile("\\[\\s*deprecated\\s*=\\s*true\\s*\\]");
  private static final Pattern CODE_NAME = Pattern.compile("[A-Z][A-Za-z0-9_]*");

  record Comment(String first, String rest, Integer httpStatus) {}

  static final class Value {
    final int line;
    final String name;
    final int number;
    final Comment comment;
    final boolean deprecated;
    final List<String> aliases = new ArrayList<>();

    Value(int line, String name, int number, Comment comment, boolean deprecated) {
      this.line = line;
      this.name = name;
      this.number = number;
      this.comment = comment;
      this.deprecated = deprecated;
    }
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: java Convert.java code.proto catalog.yaml");
      System.exit(2);
    }
    byte[] bytes = Files.readAllBytes(Path.of(args[0]));
    String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\r?\n", -1);

    String copyright = null;
    List<String> pending = new ArrayList<>();   // comment lines since the last blank line or statement
    Comment enumComment = null;
    boolean inEnum = false;
    boolean allowAlias = false;
    Map<Integer, Value> values = new LinkedHashMap<>();
    Set<String> names = new HashSet<>();

    for (int i = 0; i < lines.length; i++) {
      int number = i + 1;
      String line = lines[i].strip();
      if (copyright == null && line.startsWith("// Copyright")) {
        copyright = line.substring(2).strip();
      }
      if (line.startsWith("//")) {
        pending.add(line.substring(2));
        continue;
      }
      if (line.isEmpty()) {
        pending.clear();   // a comment belongs to what stands right below it
        continue;
      }
      if (!inEnum) {
        if (ENUM_START.matcher(line).matches()) {
          enumComment = parse(pending, number);
          inEnum = true;
        }
        pending.clear();
        continue;
      }
      if (line.equals("}")) {
        inEnum = false;
        break;
      }
      if (ALLOW_ALIAS.matcher(line).matches()) {
        allowAlias = true;
        pending.clear();
        continue;
      }
      Matcher value = VALUE.matcher(line);
      if (!value.matches()) {
        fail(number, "not an enum value (NAME = number;) inside enum Code: " + line);
      }
      String name = value.group(1);
      int code = Integer.parseInt(value.group(2));
      if (!CODE_NAME.matcher(name).matches()) {
        fail(number, "name " + name + " does not match " + CODE_NAME);
      }
      if (!names.add(name)) {
        fail(number, "name " + name + " is used twice");
      }
      String options = value.group(3);
      if (options != null && !DEPRECATED.matcher(options).matches()) {
        fail(number, "an enum value option other than [deprecated = true]: " + options);
      }
      if (values.containsKey(code)) {
        if (!allowAlias) {
          fail(number, "number " + code + " is used twice without allow_alias");
        }
        if (options != null) {
          fail(number, "an option on alias " + name + ": the catalog cannot deprecate one name of a code");
        }
        values.get(code).aliases.add(name);
      } else {
        Comment comment = parse(pending, number);
        if (comment.first() == null) {
          fail(number, name + " has no comment to take its message from");
        }
        if (comment.httpStatus() == null) {
          System.err.println("code.proto:" + number + ": " + name + " states no HTTP mapping: httpStatus is the default");
        }
        values.put(code, new Value(number, name, code, comment, options != null));
      }
      pending.clear();
    }
    if (enumComment == null) {
      fail(0, "no \"enum Code {\"");
    }
    if (inEnum) {
      fail(lines.length, "enum Code is not closed");
    }
    if (copyright == null) {
      fail(1, "no \"// Copyright\" line to carry into the catalog");
    }

    StringBuilder out = new StringBuilder();
    out.append(SCHEMA_LINE).append('\n');
    out.append("# Generated by Convert.java from googleapis' google/rpc/code.proto (sha256 ")
        .append(sha256(bytes)).append(").\n");
    out.append("# Do not edit: change Convert.java and regenerate (README.md says how).\n");
    out.append("# code.proto: ").append(copyright)
        .append("; Apache License 2.0 (the copy beside this file). Messages and descriptions are its comments.\n");
    out.append("codebook: 1\n");
    out.append("name: Grpc\n");
    out.append("title: ").append(quote("gRPC status codes (google.rpc.Code)")).append('\n');
    out.append("domains:\n");
    out.append("  - name: Status\n");
    out.append("    title: ").append(quote(enumComment.first().replaceFirst("\\.$", ""))).append('\n');
    if (enumComment.rest() != null) {
      out.append("    description: ").append(quote(enumComment.rest())).append('\n');
    }
    out.append("    codeType: int\n");
    out.append("    kind: failure\n");
    out.append("    attributes:\n");
    out.append("      httpStatus: {type: int, default: 500}\n");
    out.append("    codes:\n");
    for (Value value : values.values()) {
      out.append("      - code: ").append(value.number).append('\n');
      out.append("        name: ").append(value.name).append('\n');
      if (!value.aliases.isEmpty()) {
        out.append("        aliases: [").append(String.join(", ", value.aliases)).append("]\n");
      }
      if (value.number == 0) {
        out.append("        kind: success\n");
      }
      out.append("        message: ").append(quote(value.comment.first().replace("{", "{{").replace("}", "}}")))
          .append('\n');
      if (value.comment.rest() != null) {
        out.append("        description: ").append(quote(value.comment.rest())).append('\n');
      }
      if (value.deprecated) {
        out.append("        deprecated: true\n");
      }
      if (value.comment.httpStatus() != null) {
        out.append("        attributes: {httpStatus: ").append(value.comment.httpStatus()).append("}\n");
      }
    }
    Files.writeString(Path.of(args[1]), out.toString(), StandardCharsets.UTF_8);
    int aliases = values.values().stream().mapToInt(v -> v.aliases.size()).sum();
    System.out.printf("%d codes, %d aliases, 0 ranges -> %s%n", values.size(), aliases, args[1]);
  }

  /** A "//" comment block: first sentence, the rest, and the HTTP mapping: decision 3. */
  static Comment parse(List<String> commentLines, int line) {
    List<List<String>> paragraphs = new ArrayList<>();
    List<String> current = new ArrayList<>();
    for (String raw : commentLines) {
      String text = raw.startsWith(" ") ? raw.substring(1) : raw;
      if (text.isBlank()) {
        if (!current.isEmpty()) {
          paragraphs.add(current);
          current = new ArrayList<>();
        }
      } else {
        current.add(text.stripTrailing());
      }
    }
    if (!current.isEmpty()) {
      paragraphs.add(current);
    }
    Integer httpStatus = null;
    List<String> texts = new ArrayList<>();
    for (List<String> paragraph : paragraphs) {
      Matcher mapping = HTTP_MAPPING.matcher(paragraph.get(0).strip());
      if (paragraph.size() == 1 && mapping.matches()) {
        if (httpStatus != null) {
          fail(line, "two HTTP mappings in one comment");
        }
        httpStatus = Integer.parseInt(mapping.group(1));
      } else {
        texts.add(unwrap(paragraph));
      }
    }
    if (texts.isEmpty()) {
      return new Comment(null, null, httpStatus);
    }
    String firstParagraph = texts.get(0);
    int end = firstSentenceEnd(firstParagraph);
    String first = firstParagraph.substring(0, end).strip();
    List<String> rest = new ArrayList<>();
    String remainder = firstParagraph.substring(end).strip();
    if (!remainder.isEmpty()) {
      rest.add(remainder);
    }
    rest.addAll(texts.subList(1, texts.size()));
    String description = rest.isEmpty() ? null : String.join("\n\n", rest);
    requireText(first, line);
    if (description != null) {
      requireText(description.replace("\n", " "), line);
    }
    return new Comment(first, description, httpStatus);
  }

  /** Joins a paragraph's lines with blanks; a list item starts a new line. */
  static String unwrap(List<String> paragraph) {
    StringBuilder text = new StringBuilder();
    for (String line : paragraph) {
      String stripped = line.strip().replaceAll(" {2,}", " ");
      if (text.length() > 0) {
        text.append(LIST_ITEM.matcher(stripped).matches() ? "\n" : " ");
      }
      text.append(stripped);
    }
    return text.toString();
  }

  /** Index just past the first sentence's '.', or the length when the paragraph is one sentence. */
  static int firstSentenceEnd(String paragraph) {
    for (int i = 0; i < paragraph.length(); i++) {
      if (paragraph.charAt(i) != '.') {
        continue;
      }
      boolean atEnd = i + 1 == paragraph.length() || Character.isWhitespace(paragraph.charAt(i + 1));
      String before = paragraph.substring(Math.max(0, i - 3), i + 1).toLowerCase(java.util.Locale.ROOT);
      if (atEnd && !before.endsWith("e.g.") && !before.endsWith("i.e.")) {
        return i + 1;
      }
    }
    return paragraph.length();
  }

  static void requireText(String text, int line) {
    if (text.isBlank() || text.codePoints().anyMatch(c -> Character.isISOControl(c))) {
      fail(line, "text with control characters or blank: \"" + text + "\"");
    }
  }

  /** A YAML double-quoted scalar; a line break is written as \n. */
  static String quote(String text) {
    return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static void fail(int line, String message) {
    System.err.println("code.proto" + (line > 0 ? ":" + line : "") + ": " + message);
    System.exit(1);
  }
}
