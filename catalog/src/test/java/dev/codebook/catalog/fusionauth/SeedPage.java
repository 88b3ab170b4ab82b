package dev.codebook.catalog.fusionauth;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The documentation page the catalog was transcribed from, read back into rows.
 *
 * <p>The page is plain text in which every table cell is its own paragraph, paragraphs being separated
 * by blank lines. A table starts with its title, then one paragraph per column header, then the cells
 * row by row. Rules of the page's layout that this parser follows:
 *
 * <ul>
 *   <li>Tables with two columns (code, description) have no advice; three-column tables have an advice
 *       cell, where {@code -} means "no advice".
 *   <li>An advice cell may be a bullet list (China Mobile 105312): consecutive {@code •} paragraphs.
 *       It becomes what the catalog writes for a list: one line per item, {@code "- "} and the item's
 *       text verbatim, the lines joined with {@code "\n"}. Comparing the catalog's advice with that text
 *       compares each item's text exactly.
 *   <li>A table ends at the first paragraph where a code is expected but something else stands.
 * </ul>
 *
 * <p>The parser is strict: a header it does not know, or a row cut short, is an error rather than a
 * guess, so that a changed page cannot silently lose rows.
 */
final class SeedPage {
  /** Where the page is on the test class path. */
  static final String RESOURCE = "/seed/fusion-auth-error-codes.txt";

  /** The page's table titles, in page order, and the catalog domain each one was transcribed into. */
  static final Map<String, String> DOMAIN_BY_TABLE = tableDomains();

  private static final Pattern CODE = Pattern.compile("-?[0-9]+");
  private static final String BULLET = "\u2022";
  /** How the catalog starts each item of a list: a Markdown bullet. */
  static final String LIST_ITEM = "- ";
  private static final String NO_ADVICE = "-";
  private static final List<String> CODE_HEADERS = List.of("错误码", "响应码");
  private static final String DESCRIPTION_HEADER = "描述";
  private static final List<String> ADVICE_HEADERS = List.of("操作建议", "处理建议");

  /**
   * One row of a table of the page.
   *
   * @param table the table's title on the page, such as {@code 中国联通}
   * @param domain the catalog domain the table became, such as {@code ChinaUnicom}
   * @param codeText the code cell, as written, such as {@code -2}
   * @param message the description cell, verbatim
   * @param advice the advice cell, verbatim (a bullet list as {@code "- "} lines), or {@code null} for
   *     {@code -} and for two-column tables
   */
  record Row(String table, String domain, String codeText, String message, String advice) {
    int code() {
      return Integer.parseInt(codeText);
    }

    @Override
    public String toString() {
      return domain + " " + codeText + " " + message;
    }
  }

  private final List<Row> rows;

  private SeedPage(List<Row> rows) {
    this.rows = List.copyOf(rows);
  }

  /** Reads the page from the test class path, as UTF-8 whatever the platform's encoding. */
  static SeedPage load() {
    try (InputStream in = SeedPage.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is not on the test class path");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses the text of a page laid out as described in the class comment. */
  static SeedPage parse(String text) {
    List<String> paragraphs = paragraphs(text);
    List<Row> rows = new ArrayList<>();
    int at = 0;
    while (at < paragraphs.size()) {
      String title = paragraphs.get(at);
      String domain = DOMAIN_BY_TABLE.get(title);
      at++;
      if (domain == null) {
        continue;
      }
      at = table(paragraphs, at, title, domain, rows);
    }
    return new SeedPage(rows);
  }

  /** Reads one table's header and rows starting at {@code at}; returns where the table ends. */
  private static int table(List<String> paragraphs, int at, String title, String domain, List<Row> rows) {
    require(at < paragraphs.size() && CODE_HEADERS.contains(paragraphs.get(at)), title, "a code column header", at,
        paragraphs);
    at++;
    require(at < paragraphs.size() && paragraphs.get(at).equals(DESCRIPTION_HEADER), title,
        "the description column header", at, paragraphs);
    at++;
    boolean hasAdvice = at < paragraphs.size() && ADVICE_HEADERS.contains(paragraphs.get(at));
    if (hasAdvice) {
      at++;
    }
    while (at < paragraphs.size() && CODE.matcher(paragraphs.get(at)).matches()) {
      String codeText = paragraphs.get(at++);
      require(at < paragraphs.size(), title, "a description for code " + codeText, at, paragraphs);
      String message = paragraphs.get(at++);
      require(!message.startsWith(BULLET) && !CODE.matcher(message).matches(), title,
          "a description for code " + codeText, at - 1, paragraphs);
      String advice = null;
      if (hasAdvice) {
        require(at < paragraphs.size() && !CODE.matcher(paragraphs.get(at)).matches(), title,
            "an advice cell for code " + codeText, at, paragraphs);
        if (paragraphs.get(at).startsWith(BULLET)) {
          List<String> bullets = new ArrayList<>();
          while (at < paragraphs.size() && paragraphs.get(at).startsWith(BULLET)) {
            bullets.add(LIST_ITEM + paragraphs.get(at++).substring(BULLET.length()).strip());
          }
          advice = String.join("\n", bullets);
        } else {
          String cell = paragraphs.get(at++);
          advice = cell.equals(NO_ADVICE) ? null : cell;
        }
      }
      rows.add(new Row(title, domain, codeText, message, advice));
    }
    return at;
  }

  private static void require(boolean condition, String table, String expected, int at, List<String> paragraphs) {
    if (!condition) {
      String found = at < paragraphs.size() ? "'" + paragraphs.get(at) + "'" : "the end of the page";
      throw new IllegalArgumentException(
          "seed table " + table + ": expected " + expected + " at paragraph " + at + ", found " + found);
    }
  }

  /** The page's paragraphs: runs of non-blank lines, each line stripped, the lines of a run joined by a space. */
  private static List<String> paragraphs(String text) {
    List<String> paragraphs = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : text.split("\\R", -1)) {
      String stripped = line.strip();
      if (stripped.isEmpty()) {
        if (current.length() > 0) {
          paragraphs.add(current.toString());
          current.setLength(0);
        }
      } else {
        if (current.length() > 0) {
          current.append(' ');
        }
        current.append(stripped);
      }
    }
    if (current.length() > 0) {
      paragraphs.add(current.toString());
    }
    return paragraphs;
  }

  private static Map<String, String> tableDomains() {
    Map<String, String> domains = new LinkedHashMap<>();
    domains.put("阿里云SDK返回码", "Sdk");
    domains.put("点击事件响应码", "ClickEvent");
    domains.put("一键登录相关响应码", "OneClickLogin");
    domains.put("中国移动", "ChinaMobile");
    domains.put("中国联通", "ChinaUnicom");
    domains.put("中国电信", "ChinaTelecom");
    return Collections.unmodifiableMap(domains);
  }

  /** Every row of every table, in page order. */
  List<Row> rows() {
    return rows;
  }

  /** The rows of the table that became {@code domain}, in page order. */
  List<Row> rows(String domain) {
    return rows.stream().filter(row -> row.domain().equals(domain)).toList();
  }

  /**
   * The rows of {@code domain} grouped by code, in order of each code's first row. A code the page
   * lists twice has two rows in its group.
   */
  Map<String, List<Row>> rowsByCode(String domain) {
    Map<String, List<Row>> groups = new LinkedHashMap<>();
    for (Row row : rows(domain)) {
      groups.computeIfAbsent(row.codeText(), code -> new ArrayList<>()).add(row);
    }
    groups.replaceAll((code, group) -> List.copyOf(group));
    return Collections.unmodifiableMap(groups);
  }

  /** The rows of the same domain and code as {@code row}, {@code row} among them. */
  List<Row> sameCode(Row row) {
    return rowsByCode(row.domain()).get(row.codeText());
  }
}
