package dev.codebook.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.codebook.processor.CompiledClasses.call;
import static dev.codebook.processor.CompiledClasses.constant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The generated API behaves as documented, on a catalog written for this test: int and string
 * domains, extreme and negative codes, aliases, groups, translations, deprecation and text that needs
 * escaping. It compiles at {@code --release 8} under {@code -Xlint:all} without a warning, together with
 * a consumer that uses the value constants as {@code case} labels and annotation values. Its
 * translations are partial on purpose (to show the fallback), so tests that want no warning compile it
 * with {@link TestCatalogs#PARTIAL_TRANSLATIONS}.
 */
class GeneratedApiTest {
  static final String CATALOG = """
      codebook: 1
      name: Shop
      title: Shop result codes
      locale: en
      translations: [de, zh-CN]
      domains:
        - name: Order
          title: Orders
          kind: failure
          codes:
            - code: 0
              name: OK
              kind: success
              message: Order placed.
              i18n: {de: {message: Bestellung aufgegeben.}, zh-CN: {message: 下单成功。}}
            - code: -1
              name: NETWORK_DOWN
              message: Network is down.
              advice: Retry later.
              exception: OrderNetworkException
              i18n: {de: {message: Netzwerk nicht erreichbar., advice: Später erneut versuchen.}}
            - code: 404
              name: NOT_FOUND
              aliases: [MISSING, GONE]
              message: Order not found.
            - code: 2147483647
              name: MAX
              kind: warning
              message: Largest code.
            - code: -2147483648
              name: MIN
              kind: event
              message: Smallest code.
            - code: 7
              name: OLD_CODE
              kind: progress
              deprecated: Use NOT_FOUND.
              message: Old.
            - code: 500
              name: TIMEOUT
              deprecated: false
              exception: OrderNetworkException
              message: Timed out.
        - name: Sql
          codeType: string
          codes:
            - code: "23505"
              name: UNIQUE_VIOLATION
              kind: failure
              message: Unique violation.
              exception: ConstraintException
            - code: 08006
              name: CONNECTION_FAILURE
              kind: failure
              message: Connection failure.
            - code: "00000"
              name: SUCCESSFUL
              kind: success
              message: "Quotes \\", a backslash \\\\, */ and {{@code x}} <b>stay</b> text: 成功"
            - code: "*/ \\"{@code x}\\u2028\\\\u0041"
              name: HOSTILE_CODE
              kind: event
              message: "Line\\u2028and paragraph\\u2029separators, \\\\u000a stays text"
              advice: "Tab\\there"
        - name: Payment
          codes:
            - code: 402
              name: DECLINED
              kind: failure
              message: Payment declined.
      """;

  /** A consumer compiled with the generated code: value constants are compile-time constants. */
  static final String CONSUMER = """
      package test.codes;

      import java.lang.annotation.Retention;
      import java.lang.annotation.RetentionPolicy;

      public class Consumer {
        @Retention(RetentionPolicy.RUNTIME)
        @interface Code {
          int value();
        }

        @Code(OrderCode.NOT_FOUND_VALUE)
        public static String route(int code) {
          switch (code) {
            case OrderCode.OK_VALUE:
              return "ok";
            case OrderCode.MISSING_VALUE:
              return "missing";
            default:
              return "other";
          }
        }

        public static String routeSql(String code) {
          switch (code) {
            case SqlCode.CONNECTION_FAILURE_VALUE:
              return "connection";
            default:
              return "other";
          }
        }
      }
      """;

  static Compilation compilation;
  static CompiledClasses classes;
  static Class<?> order;
  static Class<?> sql;

  @BeforeAll
  static void compile() {
    compilation = TestCatalogs.compile(TestCatalogs.root(CATALOG),
        List.of("--release", "8", "-Xlint:all,-options,-processing", TestCatalogs.PARTIAL_TRANSLATIONS),
        JavaFileObjects.forSourceString("test.codes.Consumer", CONSUMER));
    assertThat(compilation).succeededWithoutWarnings();
    classes = new CompiledClasses(compilation);
    order = classes.type("OrderCode");
    sql = classes.type("SqlCode");
  }

  @Test
  void generatesTheDocumentedTypes() {
    for (String type : List.of("ShopKind", "ShopCode", "ShopException", "OrderCode", "OrderException",
        "OrderNetworkException", "SqlCode", "SqlException", "ConstraintException")) {
      assertThat(compilation).generatedSourceFile("test.codes." + type);
    }
    assertTrue(order.isEnum());
    assertTrue(classes.type("ShopCode").isAssignableFrom(order));
    assertEquals(classes.type("ShopException"), classes.type("OrderException").getSuperclass());
    assertEquals(RuntimeException.class, classes.type("ShopException").getSuperclass());
    assertEquals(classes.type("OrderException"), classes.type("OrderNetworkException").getSuperclass());
  }

  @ParameterizedTest
  @CsvSource({"0, OK", "-1, NETWORK_DOWN", "404, NOT_FOUND", "2147483647, MAX", "-2147483648, MIN", "7, OLD_CODE"})
  void forCodeFindsEveryIntCode(int code, String name) throws Throwable {
    Object constant = constant(order, name);
    assertSame(constant, call(order, "forCode", code));
    assertSame(constant, call(order, "forCode", Integer.toString(code)));
    assertSame(constant, call(order, "forCode", " \t" + code + "\n"));
    assertEquals(code, call(constant, "code"));
    assertEquals(Integer.toString(code), call(constant, "codeText"));
    assertEquals(code, order.getField(name + "_VALUE").get(null));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1", "abc", "-", "+", "4 04", "0x10", "2147483648", "-2147483649", "99999999999999999999", "404.0"})
  @NullAndEmptySource
  void unknownTextIsNullNeverAnException(String text) throws Throwable {
    assertNull(call(order, "forCode", text));
  }

  @Test
  void plusSignAndLeadingZerosAreDecimalText() throws Throwable {
    assertSame(constant(order, "NOT_FOUND"), call(order, "forCode", "+404"));
    assertSame(constant(order, "NOT_FOUND"), call(order, "forCode", "0404"));
  }

  @Test
  void aliasesAreTheCanonicalConstant() throws Exception {
    Object notFound = constant(order, "NOT_FOUND");
    assertSame(notFound, constant(order, "MISSING"));
    assertSame(notFound, constant(order, "GONE"));
    assertEquals(404, order.getField("MISSING_VALUE").get(null));
    assertEquals(404, order.getField("GONE_VALUE").get(null));
    assertEquals(7, order.getEnumConstants().length, "aliases are not constants of their own");
    assertEquals("NOT_FOUND", ((Enum<?>) notFound).name());
  }

  @Test
  void valueConstantsWorkAsCaseLabelsAndAnnotationValues() throws Throwable {
    Class<?> consumer = classes.type("Consumer");
    assertEquals("ok", call(consumer, "route", 0));
    assertEquals("missing", call(consumer, "route", 404));
    assertEquals("other", call(consumer, "route", -1));
    assertEquals("connection", call(consumer, "routeSql", "08006"));
  }

  @Test
  void kindsMessagesAndAdvice() throws Throwable {
    Class<?> kind = classes.type("ShopKind");
    assertEquals(List.of("SUCCESS", "FAILURE", "WARNING", "EVENT", "PROGRESS"),
        java.util.Arrays.stream(kind.getEnumConstants()).map(k -> ((Enum<?>) k).name()).toList());
    assertEquals("SUCCESS", call(call(constant(order, "OK"), "kind"), "name"));
    assertEquals("FAILURE", call(call(constant(order, "NOT_FOUND"), "kind"), "name"), "domain default kind");
    assertEquals("WARNING", call(call(constant(order, "MAX"), "kind"), "name"));
    assertEquals("EVENT", call(call(constant(order, "MIN"), "kind"), "name"));
    assertEquals("PROGRESS", call(call(constant(order, "OLD_CODE"), "kind"), "name"));
    Object down = constant(order, "NETWORK_DOWN");
    assertEquals("Network is down.", call(down, "message"));
    assertEquals("Retry later.", call(down, "advice"));
    assertNull(call(constant(order, "OK"), "advice"));
    assertEquals("Order", call(down, "domain"));
    assertEquals("Quotes \", a backslash \\, */ and {{@code x}} <b>stay</b> text: 成功",
        call(constant(sql, "SUCCESSFUL"), "message"));
  }

  @Test
  void translationsFallBackToTheCatalogLanguage() throws Throwable {
    Object ok = constant(order, "OK");
    Object down = constant(order, "NETWORK_DOWN");
    assertEquals("Bestellung aufgegeben.", call(ok, "message", Locale.GERMANY));
    assertEquals("Bestellung aufgegeben.", call(ok, "message", Locale.GERMAN));
    assertEquals("下单成功。", call(ok, "message", Locale.SIMPLIFIED_CHINESE));
    assertEquals("下单成功。", call(ok, "message", Locale.CHINESE));
    assertEquals("Order placed.", call(ok, "message", Locale.FRENCH));
    assertEquals("Order placed.", call(ok, "message", Locale.ENGLISH));
    assertEquals("Order placed.", call(ok, "message", (Object) null));
    assertEquals("Später erneut versuchen.", call(down, "advice", Locale.GERMAN));
    assertEquals("Retry later.", call(down, "advice", Locale.SIMPLIFIED_CHINESE), "no zh-CN advice: catalog text");
    assertEquals("Network is down.", call(down, "message", Locale.SIMPLIFIED_CHINESE));
    assertNull(call(ok, "advice", Locale.GERMAN));
  }

  @Test
  void exceptionsAreOfTheCodesGroupOrDomain() throws Throwable {
    Throwable cause = new IllegalStateException("socket closed");
    Object down = constant(order, "NETWORK_DOWN");
    RuntimeException grouped = (RuntimeException) call(down, "exception", "GET /orders/1", cause);
    assertInstanceOf(classes.type("OrderNetworkException"), grouped);
    assertSame(cause, grouped.getCause());
    assertSame(down, call(grouped, "code"));
    assertEquals("GET /orders/1", call(grouped, "detail"));
    assertEquals("-1", call(grouped, "rawCode"));
    for (String part : List.of("Order", "-1", "NETWORK_DOWN", "Network is down.", "Retry later.", "GET /orders/1")) {
      assertTrue(grouped.getMessage().contains(part), part + " missing in " + grouped.getMessage());
    }
    assertInstanceOf(classes.type("OrderNetworkException"), call(constant(order, "TIMEOUT"), "exception"));
    RuntimeException plain = (RuntimeException) call(constant(order, "NOT_FOUND"), "exception");
    assertEquals(classes.type("OrderException"), plain.getClass());
    assertNull(call(plain, "detail"));
    assertInstanceOf(classes.type("ConstraintException"), call(constant(sql, "UNIQUE_VIOLATION"), "exception", "x"));
  }

  @Test
  void checkReturnsNonFailuresAndThrowsFailuresAndUnknownCodes() throws Throwable {
    assertSame(constant(order, "OK"), call(order, "check", 0));
    assertSame(constant(order, "MAX"), call(order, "check", 2147483647));
    assertSame(constant(order, "OK"), call(order, "check", " 0 "));
    assertInstanceOf(classes.type("OrderNetworkException"), assertThrows(RuntimeException.class, () -> call(order, "check", -1)));
    Throwable notFound = assertThrows(RuntimeException.class, () -> call(order, "check", "404"));
    assertEquals(classes.type("OrderException"), notFound.getClass());
    Throwable unknown = assertThrows(RuntimeException.class, () -> call(order, "check", 12345));
    assertEquals(classes.type("ShopException"), unknown.getClass());
    assertNull(call(unknown, "code"));
    assertEquals("12345", call(unknown, "rawCode"));
    assertTrue(unknown.getMessage().contains("Order") && unknown.getMessage().contains("12345"), unknown.getMessage());
    RuntimeException withDetail = assertThrows(RuntimeException.class, () -> call(order, "check", 500, "HTTP 504"));
    assertEquals("HTTP 504", call(withDetail, "detail"));
    RuntimeException unknownWithDetail = assertThrows(RuntimeException.class, () -> call(order, "check", "77", "sdk said"));
    assertEquals("sdk said", call(unknownWithDetail, "detail"));
    assertSame(constant(order, "OK"), call(order, "check", 0, "fine"));
    Throwable unknownText = assertThrows(RuntimeException.class, () -> call(sql, "check", "XX999"));
    assertTrue(unknownText.getMessage().contains("XX999"), unknownText.getMessage());
    assertSame(constant(sql, "SUCCESSFUL"), call(sql, "check", "00000"));
  }

  @Test
  void stringDomainKeepsCodesAsWritten() throws Throwable {
    Object failure = constant(sql, "CONNECTION_FAILURE");
    assertEquals("08006", call(failure, "code"));
    assertSame(failure, call(sql, "forCode", " 08006 "));
    assertNull(call(sql, "forCode", "8006"));
    assertEquals("08006", sql.getField("CONNECTION_FAILURE_VALUE").get(null));
  }

  @Test
  void textThatLooksLikeJavaStaysText() throws Throwable {
    Object hostile = constant(sql, "HOSTILE_CODE");
    assertEquals("*/ \"{@code x}\u2028\\u0041", call(hostile, "code"));
    assertSame(hostile, call(sql, "forCode", "*/ \"{@code x}\u2028\\u0041"));
    assertEquals("Line\u2028and paragraph\u2029separators, \\u000a stays text", call(hostile, "message"));
    assertEquals("Tab\there", call(hostile, "advice"));
    assertEquals("*/ \"{@code x}\u2028\\u0041", sql.getField("HOSTILE_CODE_VALUE").get(null));
  }

  @Test
  void deprecatedCodesAreDeprecated() throws Exception {
    assertTrue(order.getField("OLD_CODE").isAnnotationPresent(Deprecated.class));
    assertTrue(order.getField("OLD_CODE_VALUE").isAnnotationPresent(Deprecated.class));
    assertTrue(!order.getField("NOT_FOUND").isAnnotationPresent(Deprecated.class));
    assertTrue(!order.getField("TIMEOUT").isAnnotationPresent(Deprecated.class), "deprecated: false");
    assertThat(compilation).generatedSourceFile("test.codes.OrderCode").contentsAsUtf8String()
        .contains("@deprecated Use NOT_FOUND.");
  }

  @Test
  void exceptionsSurviveSerialization() throws Throwable {
    RuntimeException original = (RuntimeException) call(constant(order, "NETWORK_DOWN"), "exception", "detail");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(original);
    }
    Object copy;
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray())) {
      @Override
      protected Class<?> resolveClass(java.io.ObjectStreamClass desc) throws java.io.IOException, ClassNotFoundException {
        return Class.forName(desc.getName(), false, classes);
      }
    }) {
      copy = in.readObject();
    }
    assertSame(constant(order, "NETWORK_DOWN"), call(copy, "code"));
    assertEquals(original.getMessage(), ((Throwable) copy).getMessage());
  }

  @Test
  void generatedSourcesArePureAscii() {
    for (javax.tools.JavaFileObject file : compilation.generatedSourceFiles()) {
      String text;
      try {
        text = file.getCharContent(true).toString();
      } catch (java.io.IOException e) {
        throw new AssertionError(e);
      }
      assertTrue(text.chars().allMatch(c -> c < 0x80), file.getName() + " has non-ASCII characters");
    }
  }
}
