package dev.codebook.catalog.fusionauth;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Proves that {@link SeedPage} reads the documentation page completely and correctly: 160 rows, the
 * right number in each table, the bullet-list advice (one {@code "- "} line per item), {@code -} as "no advice", the two-column tables
 * and the two codes the click table lists twice. The counts were taken from the page by hand, not from
 * the parser, so the other tests' "every row" really is every row.
 */
class SeedPageTest {
  private static final SeedPage PAGE = SeedPage.load();

  @Test
  void readsAllRowsOfThePage() {
    assertEquals(160, PAGE.rows().size());
  }

  @Test
  void readsEachTableCompletelyInPageOrder() {
    Map<String, Long> expected = new LinkedHashMap<>();
    expected.put("Sdk", 50L);
    expected.put("ClickEvent", 14L);
    expected.put("OneClickLogin", 26L);
    expected.put("ChinaMobile", 19L);
    expected.put("ChinaUnicom", 43L);
    expected.put("ChinaTelecom", 8L);

    Map<String, Long> actual = PAGE.rows().stream()
        .collect(Collectors.groupingBy(SeedPage.Row::domain, LinkedHashMap::new, Collectors.counting()));

    assertEquals(expected, actual);
    assertEquals(List.copyOf(expected.keySet()), List.copyOf(actual.keySet()), "table order");
  }

  @Test
  void readsTheFirstAndLastRowOfEveryTable() {
    assertAll(
        () -> assertRow(first("Sdk"), "100001", "场景不存在。", "建议更换场景ID。"),
        () -> assertRow(last("Sdk"), "900004", "融合认证接口请求结束。", null),
        () -> assertRow(first("ClickEvent"), "410009", "点击⼀键登录授权页获取其他手机号登录按钮事件。", null),
        () -> assertRow(last("ClickEvent"), "610003", "上行界面点击返回按钮事件。", null),
        () -> assertRow(first("OneClickLogin"), "1600000", "接口调用成功。", null),
        () -> assertRow(last("OneClickLogin"), "1700009", "点击隐私协议二次弹窗上的协议富文本文字。", null),
        () -> assertRow(first("ChinaMobile"), "103000", "成功。", null),
        () -> assertRow(last("ChinaMobile"), "103211", "其他错误", null),
        () -> assertRow(first("ChinaUnicom"), "100", "成功。", null),
        () -> assertRow(last("ChinaUnicom"), "410024", "Http 通讯抛出异常", null),
        () -> assertRow(first("ChinaTelecom"), "0", "请求成功。", null),
        () -> assertRow(last("ChinaTelecom"), "200001", "应用鉴权错误(Client ID或Client Secret错误)",
            "建议检查Client ID或Client Secret是否正确。"));
  }

  @Test
  void readsTheBulletListAdviceAsOneDashLinePerItem() {
    SeedPage.Row row = only("ChinaMobile", "105312");

    assertEquals("能力余量不足。", row.message());
    assertEquals("- 新创建的方案号移动侧需等待15-30分钟能力同步,能力没同步的情况下会报错。\n"
        + "- 手机号是否欠费,如果欠费情况下会报错。", row.advice());
    assertEquals("103101", PAGE.rows("ChinaMobile").get(PAGE.rows("ChinaMobile").indexOf(row) + 1).codeText(),
        "the row after the bullet list");
  }

  @Test
  void readsEachBulletAsADashLineWithItsTextVerbatim() {
    String page = "中国移动\n\n错误码\n\n描述\n\n操作建议\n\n1\n\n甲。\n\n\u2022 第一 项。\n\n\u2022  第二项\n\n"
        + "2\n\n乙。\n\n-\n";

    List<SeedPage.Row> rows = SeedPage.parse(page).rows();

    assertEquals(2, rows.size(), rows.toString());
    assertEquals("- 第一 项。\n- 第二项", rows.get(0).advice());
    assertNull(rows.get(1).advice());
  }

  @Test
  void readsDashAsNoAdvice() {
    assertAll(PAGE.rows().stream().map(row -> () -> assertNotEquals("-", row.advice(), row.toString())));
    assertNull(only("Sdk", "110005").advice());
    assertNull(only("ChinaTelecom", "0").advice());
  }

  @Test
  void twoColumnTablesHaveNoAdvice() {
    for (String domain : List.of("ClickEvent", "OneClickLogin")) {
      assertAll(PAGE.rows(domain).stream().map(row -> () -> assertNull(row.advice(), row.toString())));
    }
  }

  @Test
  void noCellSwallowedAnother() {
    assertAll(PAGE.rows().stream().map(row -> () -> {
      assertTrue(row.codeText().matches("-?[0-9]+"), row.toString());
      assertFalse(row.message().isBlank(), row.toString());
      assertFalse(row.message().matches("-?[0-9]+"), row.toString());
      assertFalse(row.message().contains("\u2022"), row.toString());
      assertFalse(row.advice() != null && row.advice().contains("\u2022"), row.toString());
    }));
  }

  @Test
  void findsTheCodesThatAreListedTwice() {
    Map<String, List<String>> twice = new LinkedHashMap<>();
    for (String domain : SeedPage.DOMAIN_BY_TABLE.values()) {
      PAGE.rowsByCode(domain).forEach((code, rows) -> {
        if (rows.size() > 1) {
          twice.put(domain + " " + code, rows.stream().map(SeedPage.Row::message).toList());
        }
      });
    }

    assertEquals(Map.of(
            "ClickEvent 410011", List.of("⼀键登录授权页点击协议。", "⼀键登录⼆次弹窗点击协议。"),
            "ClickEvent 610003", List.of("上行界面点击我已发送按钮事件。", "上行界面点击返回按钮事件。")),
        twice);
  }

  @Test
  void rejectsATableCutShort() {
    String page = "中国电信\n\n错误码\n\n描述\n\n处理建议\n\n0\n\n请求成功。\n";

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SeedPage.parse(page));

    assertTrue(e.getMessage().contains("advice cell for code 0"), e.getMessage());
  }

  @Test
  void rejectsAnUnknownHeader() {
    String page = "中国电信\n\n代码\n\n描述\n\n0\n\n请求成功。\n";

    assertThrows(IllegalArgumentException.class, () -> SeedPage.parse(page));
  }

  private static SeedPage.Row first(String domain) {
    return PAGE.rows(domain).get(0);
  }

  private static SeedPage.Row last(String domain) {
    List<SeedPage.Row> rows = PAGE.rows(domain);
    return rows.get(rows.size() - 1);
  }

  private static SeedPage.Row only(String domain, String code) {
    List<SeedPage.Row> rows = PAGE.rowsByCode(domain).get(code);
    assertEquals(1, rows.size(), domain + " " + code);
    return rows.get(0);
  }

  private static void assertRow(SeedPage.Row row, String code, String message, String advice) {
    assertEquals(Arrays.asList(code, message, advice), Arrays.asList(row.codeText(), row.message(), row.advice()),
        row.domain());
  }
}
