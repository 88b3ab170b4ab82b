/*
 * Converts PostgreSQL's src/backend/utils/errcodes.txt into a Codebook catalog (format 1, with the
 * additions of issue 10: ranges, attributes, descriptions).
 *
 *   java Convert.java errcodes.txt catalog.yaml
 *
 * A single-file program for JDK 17, without dependencies. It lives in src/test/resources, which Maven
 * copies but never compiles. It refuses (exit 1, naming the line) any input it does not understand,
 * rather than guessing, so a newer errcodes.txt either converts by the same rules or says why not.
 *
 * Input (errcodes.txt's own header describes it): blank lines and lines starting with '#' are comments;
 * "Section: Class XX - Title" starts an SQLSTATE class; every other line is
 *   sqlstate  E|W|S  ERRCODE_MACRO_NAME  [spec_name]
 *
 * Decisions, each also in README.md:
 *
 * 1. One catalog "Postgres", one string domain "SqlState" (codeType: string). Codes are quoted
 *    ("08006", "22P02"), so no YAML reader can take them for numbers.
 * 2. Each Section becomes a range: prefix = the two class characters, title = the text after
 *    "Class XX - " as written, name = that title in UpperCamel without a trailing parenthetical remark,
 *    each word capitalised and the rest lowered so acronyms read as words ("SQL Statement Not Yet
 *    Complete" -> SqlStatementNotYetComplete, "PL/pgSQL Error" -> PlPgsqlError, "Foreign Data Wrapper
 *    Error (SQL/MED)" -> ForeignDataWrapperError); the generated UPPER_SNAKE constants then read well
 *    (SQL_STATEMENT_NOT_YET_COMPLETE, not S_Q_L_...).
 * 3. A code belongs to the range of its first two characters, not to the Section it is listed under:
 *    the file lists ERRCODE_UNDEFINED_CURSOR (34000), _UNDEFINED_DATABASE (3D000), _UNDEFINED_PSTATEMENT
 *    (26000) and _UNDEFINED_SCHEMA (3F000) under class 42, and they are codes of classes 34, 3D, 26 and
 *    3F. A code whose class has no Section is refused. So every code lies in exactly one range, and the
 *    prefixes, all two characters and distinct, are never prefixes of one another.
 * 4. Kinds come from the file's E/W/S column: S -> success, W -> warning, E -> failure. Each range takes
 *    the kind of its first code, and a code states its own kind only where it differs from its range's
 *    (none does in PostgreSQL 15: every class is uniform), so the catalog relies on "a code inside a
 *    range takes the range's kind". The domain has no default kind on purpose: if range kinds were not
 *    applied, the build would fail with missing-kind instead of silently using a default.
 *    Class 00 is success, class 01 warning; class 02 (No Data) is warning, as the file marks it and as
 *    the SQL standard classes it ("this is also a warning class per the SQL standard"; "do not use this
 *    class for failure conditions"): it is a completion condition, so check() must return it, not throw.
 *    Every other class is failure.
 * 5. Exceptions, for the classes a caller catches as a whole; they are exactly the classes to which
 *    JDBC (java.sql) gives an SQLException subclass of their own, plus 57:
 *      08 ConnectionException                       (SQLNonTransient/SQLTransientConnectionException): reconnect, fail over
 *      0A FeatureNotSupportedException              (SQLFeatureNotSupportedException)
 *      22 DataException                             (SQLDataException): bad input value, report to the user
 *      23 IntegrityConstraintViolationException     (SQLIntegrityConstraintViolationException): duplicate key, FK
 *      28 InvalidAuthorizationSpecificationException (SQLInvalidAuthorizationSpecException): bad credentials
 *      40 TransactionRollbackException              (SQLTransactionRollbackException): serialization failure,
 *                                                   deadlock: retry the transaction
 *      42 SyntaxErrorOrAccessRuleViolationException (SQLSyntaxErrorException): bad SQL, missing privilege/object
 *      57 OperatorInterventionException             (none in JDBC): query_canceled is what statement_timeout and
 *                                                   pg_cancel_backend raise, admin_shutdown and cannot_connect_now
 *                                                   what a restart or failover raises: caught to time out or retry
 *    The name is the range's name plus "Exception", unless it already ends so (08 -> ConnectionException).
 *    Non-failure classes (00, 01, 02) never get one. Other failure classes throw SqlStateException.
 * 6. Code names: the C macro without "ERRCODE_" (ERRCODE_UNIQUE_VIOLATION -> UNIQUE_VIOLATION), which is
 *    unique in the file, upper case, and what PostgreSQL's own C code says; the abbreviations of the
 *    file are kept as they are (L_E_INVALID_SPECIFICATION, T_R_SERIALIZATION_FAILURE).
 * 7. Codes listed on several lines (2202E, 22008, 26000, 34000, 3D000, 3F000): one entry, at the place of
 *    its first line. Its name is the macro of the first line that has a spec_name (the condition name
 *    PL/pgSQL and the documentation use), or of the first line if none has; the other macros become
 *    aliases, in file order. So 2202E is ARRAY_SUBSCRIPT_ERROR with alias ARRAY_ELEMENT_ERROR (the file
 *    itself notes that SQL99's "array element error" is the subscript error), and 34000 is
 *    INVALID_CURSOR_NAME with alias UNDEFINED_CURSOR. Lines of one code with different E/W/S are refused.
 * 8. message: the condition name made readable: '_' -> ' ', the first letter capitalised, a final '.',
 *    and a few words written as the documentation writes them (ACRONYMS below: sql -> SQL, json -> JSON,
 *    plpgsql -> PL/pgSQL, sqlclient -> SQL client, io -> I/O, c -> C ...): "unique_violation" ->
 *    "Unique violation.", "sqlclient_unable_to_establish_sqlconnection" -> "SQL client unable to
 *    establish SQL connection.". A code without any condition name gets its macro name made readable
 *    the same way. Messages may repeat: the file gives 2F002 and 38002 the same condition name
 *    (modifying_sql_data_not_permitted, in classes SQL Routine Exception and External Routine
 *    Exception), and 01004 (warning) and 22001 (error) both string_data_right_truncation; their ranges
 *    tell them apart. '{' and '}' would be doubled (the placeholder syntax); condition names have none.
 * 9. The condition name itself, exactly as written, is the string attribute conditionName (no default,
 *    so null for a code without one), since PL/pgSQL's "EXCEPTION WHEN unique_violation" and
 *    PL/Tcl use it. A code with several condition names (none so far) keeps the first there, and the
 *    others are named in its description.
 * 10. Entries follow the file's order, so a diff against a newer errcodes.txt stays small.
 *
 * Before writing, the output is checked as the processor would: names match [A-Z][A-Za-z0-9_]*, no name
 * or alias twice, no code twice, range names UpperCamel and distinct, no range prefix a prefix of another,
 * every code in exactly one range, texts free of control characters.
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

  /** Classes that get an exception of their own: see decision 5. */
  private static final Set<String> EXCEPTION_CLASSES = Set.of("08", "0A", "22", "23", "28", "40", "42", "57");

  /** Words of condition names written as PostgreSQL's documentation writes them: decision 8. */
  private static final Map<String, String> ACRONYMS = Map.ofEntries(
      Map.entry("sql", "SQL"), Map.entry("json", "JSON"), Map.entry("xml", "XML"), Map.entry("fdw", "FDW"),
      Map.entry("srf", "SRF"), Map.entry("io", "I/O"), Map.entry("c", "C"), Map.entry("sqlstate", "SQLSTATE"),
      Map.entry("plpgsql", "PL/pgSQL"), Map.entry("sqlclient", "SQL client"), Map.entry("sqlserver", "SQL server"),
      Map.entry("sqlconnection", "SQL connection"));

  private static final Pattern SECTION = Pattern.compile("Section:\\s*Class\\s+([0-9A-Z]{2})\\s+-\\s+(\\S.*?)\\s*");
  private static final Pattern CODE_LINE =
      Pattern.compile("([0-9A-Z]{5})\\s+([EWS])\\s+ERRCODE_([A-Z0-9_]+)(?:\\s+([a-z0-9_]+))?\\s*");
  private static final Pattern CODE_NAME = Pattern.compile("[A-Z][A-Za-z0-9_]*");
  private static final Pattern RANGE_NAME = Pattern.compile("[A-Z][A-Za-z0-9]*");

  record Line(int number, String macro, String spec, String kind) {}

  static final class Range {
    final String prefix;
    final String title;
    final String name;
    String kind;
    final List<Entry> entries = new ArrayList<>();

    Range(String prefix, String title, String name) {
      this.prefix = prefix;
      this.title = title;
      this.name = name;
    }

    String exception() {
      if (!EXCEPTION_CLASSES.contains(prefix)) {
        return null;
      }
      return name.endsWith("Exception") ? name : name + "Exception";
    }
  }

  static final class Entry {
    final String code;
    final List<Line> lines = new ArrayList<>();

    Entry(String code) {
      this.code = code;
    }

    Line primary() {
      return lines.stream().filter(l -> l.spec() != null).findFirst().orElse(lines.get(0));
    }

    List<String> aliases() {
      Line primary = primary();
      return lines.stream().filter(l -> l != primary).map(Line::macro).toList();
    }

    List<String> specs() {
      return lines.stream().map(Line::spec).filter(s -> s != null).distinct().toList();
    }

    String kind() {
      return lines.get(0).kind();
    }
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: java Convert.java errcodes.txt catalog.yaml");
      System.exit(2);
    }
    byte[] bytes = Files.readAllBytes(Path.of(args[0]));
    String text = new String(bytes, StandardCharsets.UTF_8);
    Map<String, Range> ranges = new LinkedHashMap<>();
    Map<String, Entry> entries = new LinkedHashMap<>();
    String copyright = null;

    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      int number = i + 1;
      if (copyright == null && line.startsWith("# Copyright")) {
        copyright = line.substring(2).trim();
      }
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      Matcher section = SECTION.matcher(line);
      if (line.startsWith("Section:")) {
        if (!section.matches()) {
          fail(number, "a Section line that is not \"Section: Class XX - Title\": " + line);
        }
        String prefix = section.group(1);
        if (ranges.containsKey(prefix)) {
          fail(number, "class " + prefix + " has a second Section");
        }
        String title = section.group(2);
        ranges.put(prefix, new Range(prefix, title, upperCamel(title, number)));
        continue;
      }
      Matcher code = CODE_LINE.matcher(line);
      if (!code.matches()) {
        fail(number, "not a code line (sqlstate E|W|S ERRCODE_NAME [spec_name]): " + line);
      }
      String sqlstate = code.group(1);
      Line parsed = new Line(number, code.group(3), code.group(4), switch (code.group(2)) {
        case "S" -> "success";
        case "W" -> "warning";
        default -> "failure";
      });
      Entry entry = entries.computeIfAbsent(sqlstate, Entry::new);
      if (!entry.lines.isEmpty() && !entry.kind().equals(parsed.kind())) {
        fail(number, sqlstate + " is " + parsed.kind() + " here and " + entry.kind() + " on line "
            + entry.lines.get(0).number());
      }
      entry.lines.add(parsed);
    }
    if (copyright == null) {
      fail(1, "no \"# Copyright\" line to carry into the catalog");
    }

    for (Entry entry : entries.values()) {
      Range range = ranges.get(entry.code.substring(0, 2));
      if (range == null) {
        fail(entry.lines.get(0).number(), entry.code + " belongs to class " + entry.code.substring(0, 2)
            + ", which has no Section");
      }
      if (range.kind == null) {
        range.kind = entry.kind();
      }
      range.entries.add(entry);
    }
    check(ranges, entries);

    StringBuilder out = new StringBuilder();
    out.append(SCHEMA_LINE).append('\n');
    out.append("# Generated by Convert.java from PostgreSQL's src/backend/utils/errcodes.txt (sha256 ")
        .append(sha256(bytes)).append(").\n");
    out.append("# Do not edit: change Convert.java and regenerate (README.md says how).\n");
    out.append("# errcodes.txt: ").append(copyright).append("; PostgreSQL License (the copy beside this file).\n");
    out.append("codebook: 1\n");
    out.append("name: Postgres\n");
    out.append("title: ").append(quote("PostgreSQL error codes")).append('\n');
    out.append("domains:\n");
    out.append("  - name: SqlState\n");
    out.append("    title: ").append(quote("SQLSTATE")).append('\n');
    out.append("    description: ").append(quote("The five-character SQLSTATE codes of PostgreSQL's"
        + " errcodes.txt. The first two characters are the class, a range here: a code this catalog does"
        + " not list still falls in its class, and throws the class's exception where it has one."))
        .append('\n');
    out.append("    codeType: string\n");
    out.append("    attributes:\n");
    out.append("      conditionName: {type: string}\n");
    out.append("    ranges:\n");
    for (Range range : ranges.values()) {
      out.append("      - name: ").append(range.name).append('\n');
      out.append("        prefix: ").append(quote(range.prefix)).append('\n');
      if (range.kind != null) {
        out.append("        kind: ").append(range.kind).append('\n');
      }
      if (range.exception() != null) {
        out.append("        exception: ").append(range.exception()).append('\n');
      }
      out.append("        title: ").append(quote(range.title)).append('\n');
    }
    out.append("    codes:\n");
    for (Entry entry : entries.values()) {
      Range range = ranges.get(entry.code.substring(0, 2));
      Line primary = entry.primary();
      List<String> specs = entry.specs();
      out.append("      - code: ").append(quote(entry.code)).append('\n');
      out.append("        name: ").append(primary.macro()).append('\n');
      if (!entry.aliases().isEmpty()) {
        out.append("        aliases: [").append(String.join(", ", entry.aliases())).append("]\n");
      }
      if (!entry.kind().equals(range.kind)) {
        out.append("        kind: ").append(entry.kind()).append('\n');
      }
      String readable = readable(specs.isEmpty() ? primary.macro().toLowerCase(java.util.Locale.ROOT) : specs.get(0));
      out.append("        message: ").append(quote(escapeBraces(readable))).append('\n');
      if (specs.size() > 1) {
        out.append("        description: ")
            .append(quote("Also the condition name " + String.join(", ", specs.subList(1, specs.size())) + "."))
            .append('\n');
      }
      if (!specs.isEmpty()) {
        out.append("        attributes: {conditionName: ").append(quote(specs.get(0))).append("}\n");
      }
    }
    Files.writeString(Path.of(args[1]), out.toString(), StandardCharsets.UTF_8);
    int aliases = entries.values().stream().mapToInt(e -> e.aliases().size()).sum();
    long withException = ranges.values().stream().filter(r -> r.exception() != null).count();
    System.out.printf("%d codes, %d aliases, %d ranges (%d with an exception) -> %s%n",
        entries.size(), aliases, ranges.size(), withException, args[1]);
  }

  /** "Syntax Error or Access Rule Violation" -> SyntaxErrorOrAccessRuleViolation: decision 2. */
  static String upperCamel(String title, int line) {
    String bare = title.replaceFirst("\\s*\\([^)]*\\)\\s*$", "");
    StringBuilder name = new StringBuilder();
    for (String word : bare.split("[^A-Za-z0-9]+")) {
      if (!word.isEmpty()) {
        name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1).toLowerCase(java.util.Locale.ROOT));
      }
    }
    if (!RANGE_NAME.matcher(name).matches()) {
      fail(line, "the class title \"" + title + "\" gives no UpperCamel name (" + name + ")");
    }
    return name.toString();
  }

  /** "sqlclient_unable_to_establish_sqlconnection" -> "SQL client unable to establish SQL connection.". */
  static String readable(String condition) {
    StringBuilder text = new StringBuilder();
    for (String word : condition.split("_")) {
      if (word.isEmpty()) {
        continue;
      }
      if (text.length() > 0) {
        text.append(' ');
      }
      text.append(ACRONYMS.getOrDefault(word, word));
    }
    text.setCharAt(0, Character.toUpperCase(text.charAt(0)));
    return text.append('.').toString();
  }

  static String escapeBraces(String text) {
    return text.replace("{", "{{").replace("}", "}}");
  }

  /** The checks of the processor that this catalog could fail, made before anything is written. */
  static void check(Map<String, Range> ranges, Map<String, Entry> entries) {
    Set<String> rangeNames = new HashSet<>();
    for (Range range : ranges.values()) {
      if (!rangeNames.add(range.name)) {
        fail(0, "two ranges are named " + range.name);
      }
      for (Range other : ranges.values()) {
        if (other != range && other.prefix.startsWith(range.prefix)) {
          fail(0, "range prefix " + range.prefix + " is a prefix of " + other.prefix);
        }
      }
      requireText(range.title);
    }
    Set<String> names = new HashSet<>();
    for (Entry entry : entries.values()) {
      long inRanges = ranges.values().stream().filter(r -> entry.code.startsWith(r.prefix)).count();
      if (inRanges != 1) {
        fail(entry.lines.get(0).number(), entry.code + " lies in " + inRanges + " ranges");
      }
      for (Line line : entry.lines) {
        if (!CODE_NAME.matcher(line.macro()).matches()) {
          fail(line.number(), "name " + line.macro() + " does not match " + CODE_NAME);
        }
        if (!names.add(line.macro())) {
          fail(line.number(), "name " + line.macro() + " is used twice");
        }
        if (line.spec() != null) {
          requireText(line.spec());
        }
      }
    }
  }

  static void requireText(String text) {
    if (text.isBlank() || text.codePoints().anyMatch(c -> Character.isISOControl(c))) {
      fail(0, "text with control characters or blank: \"" + text + "\"");
    }
  }

  /** A YAML double-quoted scalar; control characters were refused before. */
  static String quote(String text) {
    return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static void fail(int line, String message) {
    System.err.println("errcodes.txt" + (line > 0 ? ":" + line : "") + ": " + message);
    System.exit(1);
  }
}
