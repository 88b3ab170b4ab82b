/*
 * Converts SQLite's src/sqlite.h.in (its result codes, primary and extended) into a Codebook catalog
 * (format 1, with ranges by mask).
 *
 *   java Convert.java sqlite.h.in catalog.yaml
 *
 * A single-file program for JDK 17, without dependencies. It lives in src/test/resources, which Maven
 * copies but never compiles. It reads two sections of the header and nothing else, and refuses (exit 1,
 * naming the line) anything in them that it does not understand, rather than guessing:
 *
 *   "CAPI3REF: Result Codes"           #define SQLITE_IOERR       10   /* Some kind of disk I/O error occurred * /
 *   "CAPI3REF: Extended Result Codes"  #define SQLITE_IOERR_READ  (SQLITE_IOERR | (1<<8))
 *
 * A section runs from the end of its CAPI3REF comment to the line "/*" that opens the next comment
 * block; inside it only blank lines, one-line comments ("/* beginning-of-error-codes * /") and such
 * defines may stand. The Result Codes section must be followed directly by the Extended Result Codes
 * one. Other defines of the header (open flags, limits, ...) are never read.
 *
 * Decisions, each also in README.md:
 *
 * 1. One catalog "Sqlite", one int domain "Result" (decimal, as SQLite's documentation writes the
 *    values: SQLITE_IOERR_READ is 266), default kind failure. Its title is fixed; its description is the
 *    text of the Result Codes comment without its KEYWORDS line and its "See also" paragraph.
 * 2. Each define of the two sections is a code. Its name is the macro as written, SQLITE_ prefix
 *    included (SQLITE_IOERR_READ): that is the name SQLite's C API, its documentation and every binding
 *    use. A primary code's value is the number written (it must be below 256: it is the low byte of
 *    every code); an extended code's value is computed from its expression, primary | (n<<8), with the
 *    primary named from the Result Codes section and the extended name starting with that primary's
 *    name and "_". Entries keep the file's order (the primary codes, then the extended ones as
 *    sqlite.h.in groups them). A value or name given twice is refused: the file has no second names
 *    for a value, so the catalog has no aliases.
 * 3. message: the define's trailing comment, with its blanks collapsed ("Generic error", "Operation
 *    terminated by sqlite3_interrupt()"), '{' and '}' doubled (the placeholder syntax; there are none).
 *    Every primary code has one. Most extended codes have none: their message is "" (the format's
 *    "the source has no text"), not a text made up from the macro's name. The two extended codes that
 *    do have a comment keep it as their message, by the same rule as the primary codes (the primary
 *    SQLITE_FORMAT's "Not used" is a message by that rule too): SQLITE_CANTOPEN_DIRTYWAL "Not Used"
 *    and SQLITE_OK_SYMLINK "internal only". Nothing is deprecated: the header deprecates none of them.
 * 4. Ranges: one per primary code that has extended codes, {name, mask: 0xFF, value: primary}, in the
 *    order of the primary codes: every code whose low byte is that primary, listed or not, as SQLite
 *    defines it (sqlite3_errcode() & 0xFF is the primary code). The primary code itself is in its
 *    range (0xFF & 10 == 10). Masks 0xFF with distinct values never overlap, so no code is in two
 *    ranges. The range's name is the primary's name without SQLITE_, in UpperCamel, with the words of
 *    the run-together names split as the C names abbreviate them (WORDS below: IOERR -> IoErr, CANTOPEN
 *    -> CantOpen, READONLY -> ReadOnly); a one-word name is capitalised (BUSY -> Busy). Its title is
 *    "SQLITE_X and its extended result codes". Primary codes without extended codes get no range.
 * 5. Kinds, by primary code (KINDS below), on the range where the primary has one, else on the code:
 *    - SQLITE_OK is success, and so are its extended codes SQLITE_OK_LOAD_PERMANENTLY (what an extension's
 *      entry point returns to stay loaded) and SQLITE_OK_SYMLINK (internal: a VFS's xFullPathname found
 *      a symbolic link);
 *      the range Ok carries the kind.
 *    - SQLITE_DONE is success: sqlite3_step() has finished executing the statement successfully.
 *    - SQLITE_ROW is progress: sqlite3_step() has another row ready, and the caller calls it again
 *      until SQLITE_DONE. That is Codebook's progress ("the operation is under way; more codes
 *      follow"), not success (the statement has not finished) nor event (nothing happened outside the
 *      call). Like success, check() returns it.
 *    - SQLITE_NOTICE and SQLITE_WARNING, and their extended codes, are warnings: the file's comments
 *      call them "Notifications from sqlite3_log()" and "Warnings from sqlite3_log()", things to note
 *      while the work goes on, not failed calls; the ranges Notice and Warning carry the kind.
 *    - Every other code is failure, the domain's default, including SQLITE_EMPTY and SQLITE_FORMAT
 *      ("Internal use only", "Not used"), which no API call is meant to return.
 * 6. Exceptions: each failure range has one, its name plus "Exception" (IoErrException,
 *    ConstraintException, BusyException, ...), thrown by check() for every code of the range, listed or
 *    not: check(10 | 40 << 8) throws IoErrException. The non-failure ranges (Ok, Notice, Warning) have
 *    none: check() returns their codes, and an unlisted one is an unknown code like any other.
 *    Primary codes outside every range throw ResultException.
 *
 * Before writing, the output is checked as the processor would: names match [A-Z][A-Za-z0-9_]* and have
 * at most 200 characters, no name or value twice, range names UpperCamel and distinct, range values
 * within their mask, every code in at most one range, exception names distinct and none a type the
 * processor generates, texts free of control characters.
 */

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class Convert {

  private static final String SCHEMA_LINE =
      "# yaml-language-server: $schema=../../../../../../processor/src/main/resources/META-INF/codebook/catalog-1.schema.json";

  private static final String PRIMARY_SECTION = "CAPI3REF: Result Codes";
  private static final String EXTENDED_SECTION = "CAPI3REF: Extended Result Codes";

  private static final Pattern PRIMARY = Pattern.compile(
      "#define\\s+(SQLITE_[A-Z0-9_]+)\\s+([0-9]+)\\s*(?:/\\*(.*?)\\*/)?\\s*");
  private static final Pattern EXTENDED = Pattern.compile(
      "#define\\s+(SQLITE_[A-Z0-9_]+)\\s+\\(\\s*(SQLITE_[A-Z0-9_]+)\\s*\\|\\s*\\(\\s*([0-9]+)\\s*<<\\s*8\\s*\\)\\s*\\)\\s*(?:/\\*(.*?)\\*/)?\\s*");
  private static final Pattern ONE_LINE_COMMENT = Pattern.compile("/\\*.*\\*/");
  private static final Pattern CODE_NAME = Pattern.compile("[A-Z][A-Za-z0-9_]*");
  private static final Pattern TYPE_NAME = Pattern.compile("[A-Z][A-Za-z0-9]*");

  /** Decision 4: the words of the run-together primary names, as the C names abbreviate them. */
  private static final Map<String, String> WORDS = Map.of(
      "IOERR", "IoErr",
      "CANTOPEN", "CantOpen",
      "READONLY", "ReadOnly",
      "NOMEM", "NoMem",
      "NOTFOUND", "NotFound",
      "TOOBIG", "TooBig",
      "NOLFS", "NoLfs",
      "NOTADB", "NotADb");

  /** Decision 5: the primary codes that are not failures; each must be in the file. */
  private static final Map<String, String> KINDS = Map.of(
      "SQLITE_OK", "success",
      "SQLITE_DONE", "success",
      "SQLITE_ROW", "progress",
      "SQLITE_NOTICE", "warning",
      "SQLITE_WARNING", "warning");

  /** Types the processor generates for catalog Sqlite, domain Result: no range exception may take one. */
  private static final Set<String> GENERATED_TYPES = Set.of("SqliteCode", "SqliteKind", "SqliteException",
      "SqliteTables", "SqliteLanguages", "ResultCode", "ResultException", "ResultHandler", "ResultRange");

  static final class Code {
    final int line;
    final String name;
    final int value;
    final String message;
    final Code primary;   // null for a primary code

    Code(int line, String name, int value, String message, Code primary) {
      this.line = line;
      this.name = name;
      this.value = value;
      this.message = message;
      this.primary = primary;
    }

    Code primaryCode() {
      return primary == null ? this : primary;
    }
  }

  record Range(String name, int value, String kind, String exception, String title) {}

  static String[] lines;

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: java Convert.java sqlite.h.in catalog.yaml");
      System.exit(2);
    }
    byte[] bytes = Files.readAllBytes(Path.of(args[0]));
    lines = new String(bytes, StandardCharsets.UTF_8).split("\r?\n", -1);

    int primaryHeader = find(PRIMARY_SECTION, 0);
    int primaryStart = commentEnd(primaryHeader) + 1;
    int primaryEnd = nextCommentBlock(primaryStart);
    if (!lines[primaryEnd + 1].strip().equals("** " + EXTENDED_SECTION)) {
      fail(primaryEnd + 2, "the Result Codes section is not followed by \"" + EXTENDED_SECTION + "\"");
    }
    int extendedStart = commentEnd(primaryEnd + 1) + 1;
    int extendedEnd = nextCommentBlock(extendedStart);

    Map<String, Code> byName = new LinkedHashMap<>();
    Map<Integer, Code> byValue = new HashMap<>();
    List<Code> primaries = new ArrayList<>();
    List<Code> extended = new ArrayList<>();
    for (int i = primaryStart; i < primaryEnd; i++) {
      if (skippable(lines[i])) {
        continue;
      }
      Matcher m = PRIMARY.matcher(lines[i].strip());
      if (!m.matches()) {
        fail(i + 1, "not a primary result code (#define SQLITE_X n /* text */): " + lines[i].strip());
      }
      int value = Integer.parseInt(m.group(2));
      if (value > 0xFF) {
        fail(i + 1, m.group(1) + " is " + value + ": a primary code is the low byte of every code, below 256");
      }
      Code code = new Code(i + 1, m.group(1), value, message(m.group(3), i + 1), null);
      add(code, byName, byValue);
      primaries.add(code);
    }
    for (int i = extendedStart; i < extendedEnd; i++) {
      if (skippable(lines[i])) {
        continue;
      }
      Matcher m = EXTENDED.matcher(lines[i].strip());
      if (!m.matches()) {
        fail(i + 1, "not an extended result code (#define SQLITE_X_Y (SQLITE_X | (n<<8))): " + lines[i].strip());
      }
      Code primary = byName.get(m.group(2));
      if (primary == null || primary.primary != null) {
        fail(i + 1, m.group(2) + " is not a primary code of the Result Codes section");
      }
      if (!m.group(1).startsWith(primary.name + "_")) {
        fail(i + 1, m.group(1) + " does not start with the name of its primary code " + primary.name);
      }
      long shifted = Long.parseLong(m.group(3)) << 8;
      if (shifted == 0 || shifted > Integer.MAX_VALUE) {
        fail(i + 1, m.group(1) + ": " + m.group(3) + "<<8 is not a positive int");
      }
      Code code = new Code(i + 1, m.group(1), primary.value | (int) shifted, message(m.group(4), i + 1), primary);
      add(code, byName, byValue);
      extended.add(code);
    }
    if (primaries.isEmpty() || extended.isEmpty()) {
      fail(primaryHeader + 1, "no primary or no extended result codes read");
    }
    for (String name : KINDS.keySet()) {
      Code code = byName.get(name);
      if (code == null || code.primary != null) {
        fail(primaryHeader + 1, "the decisions name the primary code " + name + ", which the file does not define");
      }
    }

    // Decision 4 and 6: a range per primary code with extended codes, in the order of the primary codes.
    Map<Code, Range> ranges = new LinkedHashMap<>();
    Set<Code> withExtended = new HashSet<>();
    extended.forEach(code -> withExtended.add(code.primary));
    for (Code primary : primaries) {
      if (!withExtended.contains(primary)) {
        continue;
      }
      String name = rangeName(primary.name);
      String kind = KINDS.get(primary.name);
      ranges.put(primary, new Range(name, primary.value, kind, kind == null ? name + "Exception" : null,
          primary.name + " and its extended result codes"));
    }
    check(byName.values(), ranges);

    String description = description(primaryHeader);
    StringBuilder out = new StringBuilder();
    out.append(SCHEMA_LINE).append('\n');
    out.append("# Generated by Convert.java from SQLite's src/sqlite.h.in (sha256 ").append(sha256(bytes)).append(").\n");
    out.append("# Do not edit: change Convert.java and regenerate (README.md says how).\n");
    out.append("# sqlite.h.in is in the public domain (its author disclaims copyright: LICENSE beside this file).")
        .append(" Messages are its comments.\n");
    out.append("codebook: 1\n");
    out.append("name: Sqlite\n");
    out.append("title: ").append(quote("SQLite result codes (sqlite.h)")).append('\n');
    out.append("domains:\n");
    out.append("  - name: Result\n");
    out.append("    title: ").append(quote("Result codes and extended result codes")).append('\n');
    out.append("    description: ").append(quote(description)).append('\n');
    out.append("    codeType: int\n");
    out.append("    kind: failure\n");
    out.append("    ranges:\n");
    for (Range range : ranges.values()) {
      out.append("      - {name: ").append(range.name()).append(", mask: 0xFF, value: ").append(range.value());
      if (range.kind() != null) {
        out.append(", kind: ").append(range.kind());
      }
      if (range.exception() != null) {
        out.append(", exception: ").append(range.exception());
      }
      out.append(", title: ").append(quote(range.title())).append("}\n");
    }
    out.append("    codes:\n");
    for (Code code : byName.values()) {
      out.append("      - code: ").append(code.value).append('\n');
      out.append("        name: ").append(code.name).append('\n');
      String kind = KINDS.get(code.primaryCode().name);
      if (kind != null && !ranges.containsKey(code.primaryCode())) {
        out.append("        kind: ").append(kind).append('\n');
      }
      out.append("        message: ").append(quote(code.message.replace("{", "{{").replace("}", "}}"))).append('\n');
    }
    Files.writeString(Path.of(args[1]), out.toString(), StandardCharsets.UTF_8);
    long empty = byName.values().stream().filter(code -> code.message.isEmpty()).count();
    System.out.printf("%d codes (%d primary, %d extended, %d with message \"\"), 0 aliases, %d ranges -> %s%n",
        byName.size(), primaries.size(), extended.size(), empty, ranges.size(), args[1]);
  }

  static void add(Code code, Map<String, Code> byName, Map<Integer, Code> byValue) {
    if (!CODE_NAME.matcher(code.name).matches() || code.name.length() > 200) {
      fail(code.line, "name " + code.name + " is not [A-Z][A-Za-z0-9_]* of at most 200 characters");
    }
    Code sameName = byName.putIfAbsent(code.name, code);
    if (sameName != null) {
      fail(code.line, code.name + " is defined twice (also line " + sameName.line + ")");
    }
    Code sameValue = byValue.putIfAbsent(code.value, code);
    if (sameValue != null) {
      fail(code.line, code.name + " has the value " + code.value + " of " + sameValue.name + " (line "
          + sameValue.line + ")");
    }
  }

  /** The checks of the processor that this catalog could fail. */
  static void check(Iterable<Code> codes, Map<Code, Range> ranges) {
    Set<String> rangeNames = new HashSet<>();
    Set<String> exceptions = new HashSet<>();
    Set<Integer> values = new HashSet<>();
    for (Map.Entry<Code, Range> entry : ranges.entrySet()) {
      Range range = entry.getValue();
      if (!TYPE_NAME.matcher(range.name()).matches() || !rangeNames.add(range.name())) {
        fail(entry.getKey().line, "range name " + range.name() + " is not UpperCamel, or is used twice");
      }
      if ((range.value() & ~0xFF) != 0 || !values.add(range.value())) {
        fail(entry.getKey().line, "range value " + range.value() + " has bits outside 0xFF, or is used twice");
      }
      if (range.exception() != null && (!TYPE_NAME.matcher(range.exception()).matches()
          || GENERATED_TYPES.contains(range.exception()) || !exceptions.add(range.exception()))) {
        fail(entry.getKey().line, "exception " + range.exception() + " is not a free UpperCamel type name");
      }
    }
    for (Code code : codes) {
      long holders = ranges.values().stream().filter(range -> (code.value & 0xFF) == range.value()).count();
      if (holders > 1) {
        fail(code.line, code.name + " is in " + holders + " ranges");
      }
      if (code.primary != null && holders != 1) {
        fail(code.line, code.name + " is an extended code outside its primary's range");
      }
      if (code.message.codePoints().anyMatch(Character::isISOControl)) {
        fail(code.line, "a control character in the message of " + code.name);
      }
    }
  }

  /** Decision 4: SQLITE_IOERR -> IoErr, SQLITE_BUSY -> Busy. */
  static String rangeName(String primary) {
    String word = primary.substring("SQLITE_".length());
    if (WORDS.containsKey(word)) {
      return WORDS.get(word);
    }
    if (!word.matches("[A-Z]+")) {
      fail(0, "no UpperCamel name for " + primary + ": add its words to WORDS");
    }
    return word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT);
  }

  /** Decision 3: the trailing comment, blanks collapsed; "" without one. */
  static String message(String comment, int line) {
    if (comment == null) {
      return "";
    }
    String text = comment.strip().replaceAll("\\s+", " ");
    if (text.isEmpty()) {
      fail(line, "an empty comment");
    }
    return text;
  }

  /** Decision 1: the Result Codes comment without its CAPI3REF and KEYWORDS lines and "See also". */
  static String description(int header) {
    List<String> paragraphs = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (int i = header + 1; !lines[i].strip().equals("*/"); i++) {
      String text = lines[i].strip().replaceFirst("^\\*\\*", "").strip();
      if (text.startsWith("KEYWORDS:")) {
        continue;
      }
      if (text.isEmpty()) {
        if (current.length() > 0) {
          paragraphs.add(current.toString());
          current.setLength(0);
        }
      } else {
        current.append(current.length() > 0 ? " " : "").append(text.replaceAll("\\s+", " "));
      }
    }
    if (current.length() > 0) {
      paragraphs.add(current.toString());
    }
    paragraphs.removeIf(paragraph -> paragraph.startsWith("See also:"));
    if (paragraphs.isEmpty() || paragraphs.stream().anyMatch(p -> p.contains("[") || p.contains("^"))) {
      fail(header + 1, "the Result Codes comment has no text, or link markup ([...], ^) to render: " + paragraphs);
    }
    return String.join("\n\n", paragraphs);
  }

  /** The index of the one line that is "** " + title. */
  static int find(String title, int from) {
    int found = -1;
    for (int i = from; i < lines.length; i++) {
      if (lines[i].strip().equals("** " + title)) {
        if (found >= 0) {
          fail(i + 1, "\"" + title + "\" appears twice (also line " + (found + 1) + ")");
        }
        found = i;
      }
    }
    if (found < 0) {
      fail(0, "no line \"** " + title + "\"");
    }
    if (found == 0 || !lines[found - 1].strip().equals("/*")) {
      fail(found + 1, "\"" + title + "\" does not open a comment block");
    }
    return found;
  }

  /** The line "*&#47;" that closes the comment block containing line {@code inside}. */
  static int commentEnd(int inside) {
    for (int i = inside; i < lines.length; i++) {
      if (lines[i].strip().equals("*/")) {
        return i;
      }
      if (!lines[i].strip().startsWith("**")) {
        fail(i + 1, "expected a \"**\" comment line or \"*/\"");
      }
    }
    fail(inside + 1, "comment block not closed");
    return -1;
  }

  /** The line "/*" that opens the next comment block: the end of a section. */
  static int nextCommentBlock(int from) {
    for (int i = from; i < lines.length; i++) {
      if (lines[i].strip().equals("/*")) {
        return i;
      }
    }
    fail(from + 1, "section not followed by a comment block");
    return -1;
  }

  static boolean skippable(String line) {
    String text = line.strip();
    return text.isEmpty() || ONE_LINE_COMMENT.matcher(text).matches();
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
    System.err.println("sqlite.h.in" + (line > 0 ? ":" + line : "") + ": " + message);
    System.exit(1);
  }
}
