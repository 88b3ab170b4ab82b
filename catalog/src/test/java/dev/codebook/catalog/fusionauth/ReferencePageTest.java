package dev.codebook.catalog.fusionauth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reference page Codebook generates from the catalog says what the seed page says: every seed
 * row's code, Chinese description and advice is in its domain's table, read back as a Markdown
 * renderer would read the cells.
 */
class ReferencePageTest {
  /** Where the processor writes the page of this module's test package, in the test class output. */
  static final String RESOURCE = "/META-INF/codebook/dev/codebook/catalog/fusionauth/FusionAuth.md";
  private static final SeedPage SEED = SeedPage.load();
  private static final String PAGE = load();
  /** Domain, then code text, then the row's cells as rendered. */
  private static final Map<String, Map<String, List<String>>> TABLES = tables(PAGE);

  static Stream<SeedPage.Row> rows() {
    return SEED.rows().stream();
  }

  private static String load() {
    try (InputStream in = ReferencePageTest.class.getResourceAsStream(RESOURCE)) {
      assertNotNull(in, RESOURCE + " on the test class path");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, Map<String, List<String>>> tables(String page) {
    Map<String, Map<String, List<String>>> tables = new HashMap<>();
    Map<String, List<String>> current = null;
    for (String line : page.split("\n", -1)) {
      if (line.startsWith("## ")) {
        current = tables.computeIfAbsent(line.substring(3), domain -> new HashMap<>());
      } else if (current != null && line.startsWith("| ") && !line.startsWith("| Code |")) {
        List<String> cells = cells(line);
        current.put(cells.get(0), cells);
      }
    }
    return tables;
  }

  /** Cells split at unescaped pipes; escapes, entities and {@code <br>} read back to text. */
  static List<String> cells(String row) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    for (int i = 1; i < row.length(); i++) {
      char c = row.charAt(i);
      if (c == '\\' && i + 1 < row.length()) {
        cell.append(row.charAt(++i));
      } else if (c == '|') {
        cells.add(rendered(cell.toString().strip()));
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    return cells;
  }

  private static String rendered(String cell) {
    return cell.replace("<br>", "\n").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
  }

  private static List<String> row(SeedPage.Row row) {
    Map<String, List<String>> table = TABLES.get(row.domain());
    assertNotNull(table, "a section for domain " + row.domain());
    List<String> cells = table.get(row.codeText());
    assertNotNull(cells, "a row for " + row);
    return cells;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void everySeedRowHasItsCodeDescriptionAndAdvice(SeedPage.Row row) {
    List<String> cells = row(row);
    assertEquals(7, cells.size(), cells::toString);
    String message = SEED.sameCode(row).stream().map(SeedPage.Row::message).collect(Collectors.joining(" / "));
    List<String> advice = SEED.sameCode(row).stream().map(SeedPage.Row::advice).filter(Objects::nonNull).toList();
    assertEquals(row.codeText(), cells.get(0));
    assertEquals(message, cells.get(3), "the Chinese description, verbatim");
    assertEquals(advice.isEmpty() ? "" : String.join(" / ", advice), cells.get(4), "the advice, verbatim");
    assertTrue(cells.get(5).startsWith("**en**: "), "the English translation: " + cells.get(5));
  }

  @Test
  void everyDomainHasItsSeedTableAndNoOtherRows() {
    Map<String, Long> seedCodes = SEED.rows().stream()
        .collect(Collectors.groupingBy(SeedPage.Row::domain, Collectors.mapping(SeedPage.Row::codeText,
            Collectors.collectingAndThen(Collectors.toSet(), set -> (long) set.size()))));
    assertEquals(seedCodes.keySet(), TABLES.keySet());
    seedCodes.forEach((domain, codes) -> assertEquals(codes, (long) TABLES.get(domain).size(), domain));
  }

  @Test
  void the105312AdviceStaysAListOfTwoItems() {
    String raw = PAGE.lines().filter(line -> line.startsWith("| 105312 |")).findFirst().orElseThrow();
    assertTrue(raw.contains("- ") && raw.contains("<br>- "), raw);
    String advice = TABLES.get("ChinaMobile").get("105312").get(4);
    assertEquals(2, advice.lines().filter(line -> line.startsWith("- ")).count(), advice);
  }
}
