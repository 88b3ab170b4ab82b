/*
 * Converts libcurl's CURLcode (include/curl/curl.h), with its compatibility names, into a Codebook
 * catalog (format 1, with aliases that carry their own deprecation).
 *
 *   java Convert.java curl.h symbols-in-versions catalog.yaml
 *
 * A single-file program for JDK 17, without dependencies. It lives in src/test/resources, which Maven
 * copies but never compiles. It reads only "typedef enum { ... } CURLcode;" of curl.h, with the comment
 * above it and the trailing comment of each enumerator, and the "#ifndef CURL_NO_OLDIES" block right
 * after it; from docs/libcurl/symbols-in-versions, the version in which each name was deprecated. It
 * refuses (exit 1, naming the file and line) anything in those parts that it does not understand, rather
 * than guessing.
 *
 * Decisions, each also in README.md:
 *
 * 1. One catalog "Curl", one int domain "Easy" (decimal, as curl.h numbers them): CURLcode is what
 *    curl_easy_* and most other libcurl functions return ("easy" as opposed to CURLMcode of the multi
 *    interface, CURLSHcode, CURLUcode..., which would be domains of their own). The domain's title is
 *    "CURLcode", its description the comment above the typedef, as written apart from line wrapping.
 * 2. Each enumerator is a code, in the file's order: name as written, value as C numbers it (an explicit
 *    "= n", else the previous value plus one, the first 0). A trailing comment that starts with a number
 *    must state that value. CURL_LAST, the last enumerator ("never use!"), is no result code but the
 *    count of them: it is left out, so that a newer curl's code 102 reads as unknown rather than as
 *    CURL_LAST. Any other enumerator without the CURLE_ prefix is refused.
 * 3. Kinds: the domain's default kind is failure; CURLE_OK (0) is success. CURLE_AGAIN (81, "socket is
 *    not ready for send/recv") stays a failure: the call did not do its work, and the caller that
 *    expects it handles it.
 * 4. message: the enumerator's trailing comment without its number and the "-" after it, lines joined
 *    with single blanks (the comment "21 - quote command failure" gives "quote command failure"), in
 *    curl's words and case. Notes in the comment about the code's history, "[was obsoleted in August
 *    2007 for 7.17.0, reused in April 2011 for 7.21.5]" and "(Added in 7.18.2)", are not what the code
 *    means: they go to description, without their brackets. Where no text is left (no comment, or only
 *    the number: 1, 2, 3...), message is "". '{' and '}' would be doubled (the placeholder syntax);
 *    curl.h has none.
 * 5. Obsolete codes are kept: they are names of curl.h, their values stay reserved ("Never *EVER*
 *    remove any"), and an older libcurl returned them under their old names. A code is obsolete when
 *    its name is CURLE_OBSOLETE<n> (n must be its value), or its comment says NOT USED or NOT IN USE. It gets "deprecated:" with its comment's words ("NOT USED", "NOT IN USE
 *    since 7.82.0", "NOT USED starting with 7.53.0"), or true where it has none (CURLE_OBSOLETE34), and
 *    message "" (those words say it is unused, not what it means).
 * 6. Aliases: each "#define CURLE_X CURLE_Y" of the "#ifndef CURL_NO_OLDIES" block after the enum, in
 *    the file's order, whose target is a CURLcode enumerator, directly or through other defines of the
 *    block (CURLE_FTP_USER_PASSWORD_INCORRECT -> CURLE_OBSOLETE10 -> CURLE_FTP_ACCEPT_FAILED), becomes a
 *    deprecated alias of that enumerator's code. Skipped, and listed on stdout: defines of other names
 *    (CURLOPT_*, options of type CURLoption), a name mapped to a number (CURLE_ALREADY_COMPLETE 99999:
 *    "the error code 50 in 7.7.3", never a CURLcode value since), and a target that is no enumerator.
 *    The define's trailing comment, if any, is the alias's description ("no one should be using this!").
 * 7. An alias's deprecation reason says what the name stands for, starting with "Since V" where
 *    symbols-in-versions gives the version V in which the name was deprecated:
 *    a. its code is obsolete: "Since 7.53.0; code 41 is no longer used (CURLE_OBSOLETE41).";
 *    b. the alias is itself CURLE_OBSOLETE<n> of a code that was reused: "The name of code 16 while it
 *       was out of use; curl reused it for CURLE_HTTP2 in 7.38.0.";
 *    c. the name went out of use with its code, which was later reused for another error: the chain
 *       goes through a CURLE_OBSOLETE<n> name, or the target's comment says "reused ... for W" with W
 *       after V: "Since 7.17.0; code 4 went out of use, and curl reused it for CURLE_NOT_BUILT_IN in
 *       7.21.5." (this is no rename: the old name's meaning is gone);
 *    d. otherwise a rename or a merge: "Since 7.51.0, in favour of CURLE_WEIRD_SERVER_REPLY."
 *    W comes from the target's "[... reused in ... for W]" note.
 * 8. No ranges and no exception groups: curl.h groups no codes.
 *
 * Before writing, the output is checked as the processor would: names match [A-Z][A-Za-z0-9_]* and have at
 * most 200 characters, no name or alias twice, no value twice, texts non-blank (a message may be "") and
 * free of control characters.
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class Convert {

  private static final String SCHEMA_LINE =
      "# yaml-language-server: $schema=../../../../../../processor/src/main/resources/META-INF/codebook/catalog-1.schema.json";

  private static final Pattern CODE_NAME = Pattern.compile("[A-Z][A-Za-z0-9_]*");
  private static final Pattern OBSOLETE_NAME = Pattern.compile("CURLE_OBSOLETE([0-9]+)");
  private static final Pattern NOT_USED = Pattern.compile("\\bNOT (USED|IN USE)\\b");
  private static final Pattern LEADING_NUMBER = Pattern.compile("([0-9]+)\\b\\s*(?:-\\s*)?(.*)", Pattern.DOTALL);
  private static final Pattern NOTE = Pattern.compile("\\[([^\\[\\]]*)\\]|\\((Added in [^()]*)\\)");
  private static final Pattern REUSED = Pattern.compile("reused in [^\\]]*? for ([0-9]+(?:\\.[0-9]+)+)");
  private static final Pattern DEFINE =
      Pattern.compile("#\\s*define\\s+([A-Za-z_][A-Za-z0-9_]*)\\s+([A-Za-z0-9_]+)\\s*(?:/\\*(.*?)\\*/)?\\s*");
  private static final Pattern SYMBOL =
      Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)\\s+([0-9][0-9.]*)(?:\\s+(-|[0-9][0-9.]*))?(?:\\s+([0-9][0-9.]*))?\\s*");
  private static final Pattern VERSION = Pattern.compile("[0-9]+(?:\\.[0-9]+)+");

  static String header = "curl.h";

  static final class Code {
    final int line;
    final String name;
    final int value;
    String message = "";
    String description;
    boolean obsolete;
    String deprecation;          // null: not deprecated; "": deprecated without a reason
    String reusedIn;             // W of a "[... reused in ... for W]" note
    final List<Alias> aliases = new ArrayList<>();

    Code(int line, String name, int value) {
      this.line = line;
      this.name = name;
      this.value = value;
    }
  }

  record Alias(String name, String description, String deprecation) {}

  record Define(int line, String name, String target, String comment) {}

  record Symbol(String introduced, String deprecated, String last) {}

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: java Convert.java curl.h symbols-in-versions catalog.yaml");
      System.exit(2);
    }
    byte[] headerBytes = Files.readAllBytes(Path.of(args[0]));
    byte[] symbolBytes = Files.readAllBytes(Path.of(args[1]));
    String text = new String(headerBytes, StandardCharsets.UTF_8);
    Map<String, Symbol> symbols = symbols(new String(symbolBytes, StandardCharsets.UTF_8));

    // ---- the enum ----
    int end = text.indexOf("} CURLcode;");
    if (end < 0 || text.indexOf("} CURLcode;", end + 1) >= 0) {
      fail(0, "not exactly one \"} CURLcode;\"");
    }
    int start = text.lastIndexOf("typedef enum {", end);
    if (start < 0) {
      fail(lineOf(text, end), "no \"typedef enum {\" before \"} CURLcode;\"");
    }
    String domainDescription = commentAbove(text, start);
    if (domainDescription == null) {
      fail(lineOf(text, start), "no comment above the CURLcode typedef to describe the domain");
    }
    int bodyStart = start + "typedef enum {".length();
    List<Code> codes = enumerators(text, bodyStart, end);
    String copyright = null;
    Matcher notice = Pattern.compile("(?m)^ \\* (Copyright \\(C\\) .*)$").matcher(text);
    if (notice.find()) {
      copyright = notice.group(1).strip();
    } else {
      fail(0, "no \" * Copyright (C)\" line to carry into the catalog");
    }

    Map<String, Code> byName = new LinkedHashMap<>();
    for (Code code : codes) {
      byName.put(code.name, code);
    }

    // ---- the compatibility names ----
    int endLine = lineOf(text, end);
    String[] lines = text.split("\n", -1);
    List<Define> defines = oldies(lines, endLine);
    Map<String, Define> defineByName = new HashMap<>();
    for (Define define : defines) {
      if (defineByName.put(define.name(), define) != null) {
        fail(define.line(), define.name() + " is defined twice");
      }
    }
    List<String> skipped = new ArrayList<>();
    int aliasCount = 0;
    for (Define define : defines) {
      if (!define.name().startsWith("CURLE_")) {
        skipped.add(define.name() + " -> " + define.target() + " (line " + define.line() + "): not a CURLcode name");
        continue;
      }
      if (Character.isDigit(define.target().charAt(0))) {
        skipped.add(define.name() + " -> " + define.target() + " (line " + define.line() + "): a number, not an enumerator");
        continue;
      }
      List<String> chain = new ArrayList<>(List.of(define.name()));
      String target = define.target();
      while (!byName.containsKey(target) && defineByName.containsKey(target)) {
        if (chain.contains(target)) {
          fail(define.line(), "the defines loop: " + chain + " -> " + target);
        }
        chain.add(target);
        target = defineByName.get(target).target();
      }
      Code code = byName.get(target);
      if (code == null) {
        skipped.add(define.name() + " -> " + define.target() + " (line " + define.line() + "): not a CURLcode enumerator");
        continue;
      }
      chain.add(target);
      Symbol symbol = symbols.get(define.name());
      String since = symbol == null ? null : symbol.deprecated();
      if (symbol == null) {
        System.err.println("symbols-in-versions: " + define.name() + " is not listed: its reason gives no version");
      } else if (since == null) {
        System.err.println("symbols-in-versions: " + define.name() + " has no deprecation version");
      }
      String description = define.comment() == null ? null : squeeze(define.comment());
      code.aliases.add(new Alias(define.name(), description, reason(define.name(), chain, code, since)));
      aliasCount++;
    }

    // ---- symbols-in-versions, cross-checked ----
    for (Code code : codes) {
      if (!code.obsolete && !symbols.containsKey(code.name)) {
        System.err.println("symbols-in-versions: code " + code.name + " is not listed");
      }
    }
    for (String symbol : symbols.keySet()) {
      if (symbol.startsWith("CURLE_") && !byName.containsKey(symbol) && !defineByName.containsKey(symbol)) {
        System.err.println("symbols-in-versions: " + symbol + " is neither a code nor a define of curl.h");
      }
    }

    check(codes);

    // ---- the catalog ----
    StringBuilder out = new StringBuilder();
    out.append(SCHEMA_LINE).append('\n');
    out.append("# Generated by Convert.java from curl's include/curl/curl.h (sha256 ").append(sha256(headerBytes))
        .append(")\n# and docs/libcurl/symbols-in-versions (sha256 ").append(sha256(symbolBytes)).append(").\n");
    out.append("# Do not edit: change Convert.java and regenerate (README.md says how).\n");
    out.append("# curl.h: ").append(copyright)
        .append("; curl license (LICENSE beside this file). Messages and descriptions are its comments.\n");
    out.append("codebook: 1\n");
    out.append("name: Curl\n");
    out.append("title: ").append(quote("libcurl result codes (CURLcode)")).append('\n');
    out.append("domains:\n");
    out.append("  - name: Easy\n");
    out.append("    title: ").append(quote("CURLcode")).append('\n');
    out.append("    description: ").append(quote(domainDescription)).append('\n');
    out.append("    codeType: int\n");
    out.append("    kind: failure\n");
    out.append("    codes:\n");
    int deprecatedCodes = 0;
    for (Code code : codes) {
      out.append("      - code: ").append(code.value).append('\n');
      out.append("        name: ").append(code.name).append('\n');
      if (code.value == 0) {
        out.append("        kind: success\n");
      }
      out.append("        message: ").append(quote(code.message.replace("{", "{{").replace("}", "}}"))).append('\n');
      if (code.description != null) {
        out.append("        description: ").append(quote(code.description)).append('\n');
      }
      if (code.deprecation != null) {
        out.append("        deprecated: ").append(code.deprecation.isEmpty() ? "true" : quote(code.deprecation))
            .append('\n');
        deprecatedCodes++;
      }
      if (!code.aliases.isEmpty()) {
        out.append("        aliases:\n");
        for (Alias alias : code.aliases) {
          out.append("          - {name: ").append(alias.name());
          if (alias.description() != null) {
            out.append(", description: ").append(quote(alias.description()));
          }
          out.append(", deprecated: ").append(quote(alias.deprecation())).append("}\n");
        }
      }
    }
    Files.writeString(Path.of(args[2]), out.toString(), StandardCharsets.UTF_8);
    for (String skip : skipped) {
      System.out.println("skipped " + skip);
    }
    System.out.printf("%d codes (%d deprecated), %d deprecated aliases, 0 ranges -> %s%n", codes.size(),
        deprecatedCodes, aliasCount, args[2]);
  }

  /** The enumerators between "typedef enum {" and "} CURLcode;", with their trailing comments: decisions 2, 4, 5. */
  static List<Code> enumerators(String text, int from, int to) {
    List<Code> codes = new ArrayList<>();
    Code last = null;           // the latest enumerator, to which a comment on its line belongs
    boolean open = false;       // the latest enumerator still needs its ','
    boolean sawLast = false;
    int next = 0;
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (text.startsWith("/*", i)) {
        int close = text.indexOf("*/", i + 2);
        if (close < 0 || close > to) {
          fail(lineOf(text, i), "unterminated comment");
        }
        if (last == null || lineOf(text, i) != last.line) {
          fail(lineOf(text, i), "a comment that follows no enumerator on its line");
        }
        comment(last, squeeze(text.substring(i + 2, close)));
        i = close + 2;
      } else if (text.startsWith("//", i)) {
        fail(lineOf(text, i), "a // comment inside the enum");
      } else if (c == ',') {
        if (!open) {
          fail(lineOf(text, i), "a ',' without an enumerator");
        }
        open = false;
        i++;
      } else if (Character.isLetter(c) || c == '_') {
        if (open) {
          fail(lineOf(text, i), "no ',' after " + last.name);
        }
        if (sawLast) {
          fail(lineOf(text, i), "an enumerator after CURL_LAST");
        }
        int nameEnd = i;
        while (nameEnd < to && (Character.isLetterOrDigit(text.charAt(nameEnd)) || text.charAt(nameEnd) == '_')) {
          nameEnd++;
        }
        String name = text.substring(i, nameEnd);
        int line = lineOf(text, i);
        i = nameEnd;
        while (i < to && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
          i++;
        }
        int value = next;
        if (i < to && text.charAt(i) == '=') {
          Matcher number = Pattern.compile("=\\s*(-?[0-9]+)\\b").matcher(text).region(i, to);
          if (!number.lookingAt()) {
            fail(line, name + " = something other than a decimal number");
          }
          value = Integer.parseInt(number.group(1));
          i = number.end();
        }
        next = value + 1;
        open = true;
        if (name.equals("CURL_LAST")) {
          sawLast = true;
          last = new Code(line, name, value);   // takes its comment, and is dropped: decision 2
          continue;
        }
        if (!name.startsWith("CURLE_")) {
          fail(line, "an enumerator without the CURLE_ prefix: " + name);
        }
        last = new Code(line, name, value);
        Matcher obsolete = OBSOLETE_NAME.matcher(name);
        if (obsolete.matches()) {
          if (Integer.parseInt(obsolete.group(1)) != value) {
            fail(line, name + " has the value " + value);
          }
          last.obsolete = true;
          last.deprecation = "";
        }
        codes.add(last);
      } else {
        fail(lineOf(text, i), "unexpected '" + c + "' inside the enum");
      }
    }
    if (!sawLast) {
      fail(lineOf(text, to), "no CURL_LAST at the end of the enum");
    }
    return codes;
  }

  /** A trailing comment: its number, notes, message, or the words that make a code obsolete. */
  static void comment(Code code, String text) {
    if (code.name.equals("CURL_LAST")) {
      return;
    }
    if (!code.message.isEmpty() || code.description != null || (code.deprecation != null && !code.deprecation.isEmpty())) {
      fail(code.line, "a second comment on " + code.name);
    }
    Matcher number = LEADING_NUMBER.matcher(text);
    if (number.matches()) {
      if (Integer.parseInt(number.group(1)) != code.value) {
        fail(code.line, "the comment says " + number.group(1) + ", and C numbers " + code.name + " " + code.value);
      }
      text = number.group(2);
    }
    List<String> notes = new ArrayList<>();
    Matcher note = NOTE.matcher(text);
    StringBuilder rest = new StringBuilder();
    while (note.find()) {
      String inside = note.group(1) != null ? note.group(1) : note.group(2);
      notes.add(squeeze(inside));
      Matcher reused = REUSED.matcher(inside);
      if (reused.find()) {
        code.reusedIn = reused.group(1);
      }
      note.appendReplacement(rest, " ");
    }
    note.appendTail(rest);
    String message = squeeze(rest.toString());
    if (NOT_USED.matcher(message).find()) {
      code.obsolete = true;
    }
    if (code.obsolete) {
      if (!notes.isEmpty()) {
        fail(code.line, "history notes on an obsolete code");
      }
      code.deprecation = message;   // "" when the comment is only the number: deprecated: true
      return;
    }
    code.message = message;
    if (!notes.isEmpty()) {
      code.description = String.join(" ", notes);
    }
  }

  /** The deprecation reason of an alias: decision 7. */
  static String reason(String alias, List<String> chain, Code code, String since) {
    String target = code.name;
    if (code.obsolete) {
      return (since == null ? "Code " : "Since " + since + "; code ") + code.value + " is no longer used ("
          + target + ").";
    }
    if (OBSOLETE_NAME.matcher(alias).matches()) {
      return "The name of code " + code.value + " while it was out of use; curl reused it for " + target
          + (code.reusedIn == null ? "" : " in " + code.reusedIn) + ".";
    }
    String outOfUse = chain.subList(1, chain.size() - 1).stream()
        .filter(name -> OBSOLETE_NAME.matcher(name).matches()).findFirst().orElse(null);
    if (outOfUse != null || (code.reusedIn != null && since != null && compare(since, code.reusedIn) < 0)) {
      return (since == null ? "Code " : "Since " + since + "; code ") + code.value + " went out of use"
          + (outOfUse == null ? "" : " (" + outOfUse + ")") + ", and curl reused it for " + target
          + (code.reusedIn == null ? "" : " in " + code.reusedIn) + ".";
    }
    return (since == null ? "In favour of " : "Since " + since + ", in favour of ") + target + ".";
  }

  /** The "#define" lines of the "#ifndef CURL_NO_OLDIES" block that follows the enum (0-based line index after). */
  static List<Define> oldies(String[] lines, int after) {
    int i = after;
    while (i < lines.length && !lines[i].strip().startsWith("#ifndef CURL_NO_OLDIES")) {
      if (lines[i].strip().startsWith("#") || lines[i].contains("typedef")) {
        fail(i + 1, "something else between the enum and #ifndef CURL_NO_OLDIES: " + lines[i].strip());
      }
      i++;
    }
    if (i == lines.length) {
      fail(after, "no #ifndef CURL_NO_OLDIES after the enum");
    }
    List<Define> defines = new ArrayList<>();
    int depth = 1;
    boolean inComment = lines[i].contains("/*") && !lines[i].contains("*/");
    for (i++; i < lines.length; i++) {
      String line = lines[i].strip();
      if (inComment) {
        inComment = !line.contains("*/");
        continue;
      }
      if (line.startsWith("#if")) {
        fail(i + 1, "a nested #if in the CURL_NO_OLDIES block");
      }
      if (line.startsWith("#endif")) {
        depth--;
        break;
      }
      if (line.startsWith("#")) {
        Matcher define = DEFINE.matcher(line);
        if (!define.matches()) {
          fail(i + 1, "not \"#define NAME TARGET\": " + line);
        }
        defines.add(new Define(i + 1, define.group(1), define.group(2), define.group(3)));
      } else if (line.startsWith("/*")) {
        inComment = !line.contains("*/");
      } else if (!line.isEmpty()) {
        fail(i + 1, "neither a #define nor a comment in the CURL_NO_OLDIES block: " + line);
      }
    }
    if (depth != 0) {
      fail(lines.length, "the CURL_NO_OLDIES block is not closed");
    }
    return defines;
  }

  /** symbols-in-versions: "NAME  introduced  [deprecated|-]  [last]" at the start of a line. */
  static Map<String, Symbol> symbols(String text) {
    Map<String, Symbol> symbols = new LinkedHashMap<>();
    String previous = header;
    header = "symbols-in-versions";
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isEmpty() || Character.isWhitespace(line.charAt(0))) {
        continue;
      }
      Matcher symbol = SYMBOL.matcher(line);
      if (!symbol.matches()) {
        fail(i + 1, "not \"NAME introduced [deprecated] [last]\": " + line);
      }
      String deprecated = symbol.group(3) == null || symbol.group(3).equals("-") ? null : symbol.group(3);
      for (String version : new String[] {symbol.group(2), deprecated, symbol.group(4)}) {
        if (version != null && !VERSION.matcher(version).matches()) {
          fail(i + 1, "not a version: " + version);
        }
      }
      if (symbols.put(symbol.group(1), new Symbol(symbol.group(2), deprecated, symbol.group(4))) != null) {
        fail(i + 1, symbol.group(1) + " is listed twice");
      }
    }
    header = previous;
    return symbols;
  }

  /** The block comment right above position {@code at} (only blanks between), as paragraphs, or null. */
  static String commentAbove(String text, int at) {
    int close = text.lastIndexOf("*/", at);
    if (close < 0 || !text.substring(close + 2, at).isBlank()) {
      return null;
    }
    int open = text.lastIndexOf("/*", close);
    List<String> paragraphs = new ArrayList<>();
    StringBuilder paragraph = new StringBuilder();
    for (String line : text.substring(open + 2, close).split("\n", -1)) {
      String stripped = line.strip();
      if (stripped.isEmpty()) {
        if (paragraph.length() > 0) {
          paragraphs.add(squeeze(paragraph.toString()));
          paragraph.setLength(0);
        }
      } else {
        paragraph.append(' ').append(stripped);
      }
    }
    if (paragraph.length() > 0) {
      paragraphs.add(squeeze(paragraph.toString()));
    }
    return paragraphs.isEmpty() ? null : String.join("\n\n", paragraphs);
  }

  /** As the processor would check it: names, uniqueness, texts. */
  static void check(List<Code> codes) {
    Set<String> names = new HashSet<>();
    Set<Integer> values = new HashSet<>();
    for (Code code : codes) {
      List<String> all = new ArrayList<>(List.of(code.name));
      code.aliases.forEach(alias -> all.add(alias.name()));
      for (String name : all) {
        if (!CODE_NAME.matcher(name).matches() || name.length() > 200) {
          fail(code.line, "name " + name + " does not match " + CODE_NAME + " within 200 characters");
        }
        if (!names.add(name)) {
          fail(code.line, "name " + name + " is used twice");
        }
      }
      if (!values.add(code.value)) {
        fail(code.line, "value " + code.value + " is used twice");
      }
      requireText(code.message, true, code.line);
      requireText(code.description, false, code.line);
      requireText(code.deprecation, true, code.line);
      for (Alias alias : code.aliases) {
        requireText(alias.description(), false, code.line);
        requireText(alias.deprecation(), false, code.line);
      }
    }
  }

  static void requireText(String text, boolean mayBeEmpty, int line) {
    if (text == null || (mayBeEmpty && text.isEmpty())) {
      return;
    }
    if (text.isBlank() || text.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n')) {
      fail(line, "text with control characters or blank: \"" + text + "\"");
    }
  }

  /** Lines joined, runs of blanks made one, ends stripped. */
  static String squeeze(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }

  static int compare(String a, String b) {
    String[] x = a.split("\\.");
    String[] y = b.split("\\.");
    for (int i = 0; i < Math.max(x.length, y.length); i++) {
      int difference = Integer.compare(i < x.length ? Integer.parseInt(x[i]) : 0, i < y.length ? Integer.parseInt(y[i]) : 0);
      if (difference != 0) {
        return difference;
      }
    }
    return 0;
  }

  static int lineOf(String text, int index) {
    int line = 1;
    for (int i = 0; i < index && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
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
    System.err.println(header + (line > 0 ? ":" + line : "") + ": " + message);
    System.exit(1);
  }
}
