package dev.codebook.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.codebook.processor.CatalogDiagnosticsTest.assertCatalogError;
import static dev.codebook.processor.CatalogDiagnosticsTest.assertErrorCount;
import static dev.codebook.processor.CatalogDiagnosticsTest.assertNoWarning;
import static dev.codebook.processor.CatalogDiagnosticsTest.errors;
import static dev.codebook.processor.CompiledClasses.call;
import static dev.codebook.processor.CompiledClasses.constant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Locale;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * What real catalogs need: typed message parameters checked across translations, ranges, hex codes,
 * attributes, descriptions and names with lower-case letters. Behaviour on one catalog that uses them
 * all, and a failing compile per new diagnostic.
 */
class FormatAdditionsTest {
  static final String CATALOG = """
      codebook: 1
      name: Net
      translations: [de]
      domains:
        - name: Server
          description: Errors of the server.
          kind: failure
          ranges:
            - {name: ClientError, from: 400, to: 499, exception: ClientErrorException, title: Client errors}
            - {name: ServerError, from: 500, to: 599, exception: ServerErrorException}
            - {name: Informational, from: 100, to: 199, kind: event}
          attributes:
            rfc: {type: string}
            retryable: {type: boolean, default: false}
            weight: {type: long, default: 3000000000}
            httpStatus: {type: int, default: 500}
          codes:
            - code: 100
              name: CONTINUE
              message: Continue.
            - code: 404
              name: NOT_FOUND
              message: "{path} not found; {{braces}} stay."
              advice: "Check {path}."
              description: The origin server found nothing.
              params: {path: String}
              attributes: {rfc: RFC 9110, httpStatus: 404}
              i18n: {de: {message: "{path} nicht gefunden; {{Klammern}} bleiben."}}
            - code: 409
              name: ER_DUP_ENTRY
              message: "Duplicate entry '{entry}' for key {key}"
              params: {entry: String, key: int}
              exception: DuplicateException
              i18n: {de: {message: "Doppelter Eintrag {key}: '{entry}'"}}
            - code: 503
              name: ERROR_ITERATED_DATA_EXCEEDS_64k
              message: "Retry in {seconds} s, {ratio} done, {flag}, {thing}, {big}."
              params: {seconds: int, ratio: double, flag: boolean, thing: Object, big: long}
              attributes: {retryable: true, weight: -5}
            - code: 299
              name: OUTSIDE
              kind: success
              message: "Not in a range: {who}"
        - name: Hresult
          codeFormat: hex
          kind: failure
          ranges:
            - {name: Win32, from: 0x80070000, to: 0x8007FFFF, exception: Win32Exception}
          codes:
            - {code: 0x80004005, name: E_FAIL, message: Unspecified failure.}
            - {code: 0x80070005, name: E_ACCESSDENIED, message: Access denied.}
            - {code: 0, name: S_OK, kind: success, message: Fine.}
        - name: SqlState
          codeType: string
          ranges:
            - {name: IntegrityConstraintViolation, prefix: "23", kind: failure, exception: IntegrityException}
            - {name: Success, prefix: "00", kind: success}
          codes:
            - {code: "23505", name: UNIQUE_VIOLATION, message: Unique violation.}
            - {code: "00000", name: SUCCESSFUL, message: Done.}
      """;

  static final String CONSUMER = """
      package test.codes;

      public class Consumer {
        public static ServerException dup() { return ServerException.erDupEntry("x@y", 7); }
        public static ServerException big() { return ServerException.errorIteratedDataExceeds64k(3, 0.5, true, null, 9L); }
        public static String onUnknown(int code) {
          return new ServerHandler<String>() {
            @Override public String onOutcome(ServerCode c, String detail) { return "known"; }
          }.dispatch(code, null);
        }
        public static String hexUnknown(int code) {
          return new HresultHandler<String>() {
            @Override public String onOutcome(HresultCode c, String detail) { return "known"; }
            @Override public String onUnknown(String rawCode, String detail) { return "unknown " + rawCode; }
          }.dispatch(code, null);
        }
        public static String perCode() {
          return new ServerHandler<String>() {
            @Override public String onErrorIteratedDataExceeds64k(String detail) { return "64k"; }
            @Override public String onOutcome(ServerCode c, String detail) { return "known"; }
          }.dispatch(503, null);
        }
      }
      """;

  static CompiledClasses classes;

  @BeforeAll
  static void compile() {
    Compilation compilation = TestCatalogs.compile(TestCatalogs.root(CATALOG),
        List.of("--release", "8", "-Xlint:all,-options,-processing", TestCatalogs.PARTIAL_TRANSLATIONS),
        JavaFileObjects.forSourceString("test.codes.Consumer", CONSUMER));
    assertThat(compilation).succeededWithoutWarnings();
    classes = new CompiledClasses(compilation);
  }

  static Object server(String name) {
    return constant(classes.type("ServerCode"), name);
  }

  @Nested
  class Parameters {
    @Test
    void formatFillsInArgumentsInParamsOrderAndMessageKeepsTheTemplate() throws Throwable {
      Object notFound = server("NOT_FOUND");
      assertEquals("{path} not found; {{braces}} stay.", call(notFound, "message"));
      assertEquals("/a not found; {braces} stay.", call(notFound, "format", (Object) new Object[] {"/a"}));
      assertEquals("/a nicht gefunden; {Klammern} bleiben.",
          call(notFound, "format", Locale.GERMAN, new Object[] {"/a"}));
      assertEquals(List.of("path"), call(notFound, "params"));
      assertEquals("Doppelter Eintrag 7: 'x'", call(server("ER_DUP_ENTRY"), "format", Locale.GERMANY,
          new Object[] {"x", 7}), "a translation may reorder placeholders");
      assertEquals("Retry in 3 s, 0.5 done, true, null, 9.",
          call(server("ERROR_ITERATED_DATA_EXCEEDS_64k"), "format", (Object) new Object[] {3, 0.5, true, null, 9L}));
      assertEquals("Not in a range: me", call(server("OUTSIDE"), "format", (Object) new Object[] {"me"}),
          "undeclared: the message's placeholders, as String");
      assertEquals("Continue.", call(server("CONTINUE"), "format", (Object) new Object[0]));
      assertEquals(List.of(), call(server("CONTINUE"), "params"));
    }

    @Test
    void theWrongNumberOfArgumentsNamesTheCodeAndItsParameters() {
      IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class,
          () -> call(server("ER_DUP_ENTRY"), "format", (Object) new Object[] {"x"}));
      assertEquals("Server 409 ER_DUP_ENTRY takes 2 arguments [entry, key], not 1", wrong.getMessage());
    }

    @Test
    void typedFactoriesReturnTheCodesExceptionWithTheMessageFilledIn() throws Throwable {
      Class<?> consumer = classes.loadClass("test.codes.Consumer");
      Object dup = call(consumer, "dup");
      assertEquals("DuplicateException", dup.getClass().getSimpleName());
      assertTrue(((Throwable) dup).getMessage().startsWith("Server 409 ER_DUP_ENTRY: Duplicate entry 'x@y' for key 7"),
          ((Throwable) dup).getMessage());
      assertEquals(List.of("x@y", 7), call(dup, "args"));
      assertSame(server("ER_DUP_ENTRY"), call(dup, "code"));
      Method factory = classes.type("ServerException").getMethod("erDupEntry", String.class, int.class);
      assertEquals("DuplicateException", factory.getReturnType().getSimpleName(), "declared to return the group");
      Object big = call(consumer, "big");
      assertEquals("ServerErrorException", big.getClass().getSimpleName(), "a code of a range: the range's exception");
      assertEquals(List.of(), call(call(server("CONTINUE"), "exception"), "args"));
    }
  }

  @Nested
  class Ranges {
    @Test
    void theRangeEnumAndLookups() throws Throwable {
      Class<?> range = classes.type("ServerRange");
      Object[] ranges = range.getEnumConstants();
      assertEquals(List.of("CLIENT_ERROR", "SERVER_ERROR", "INFORMATIONAL"),
          java.util.Arrays.stream(ranges).map(Object::toString).toList());
      assertEquals(400, call(ranges[0], "from"));
      assertEquals(499, call(ranges[0], "to"));
      assertEquals("Client errors", call(ranges[0], "title"));
      assertNull(call(ranges[0], "prefix"));
      assertNull(call(ranges[0], "kind"));
      assertEquals("EVENT", call(ranges[2], "kind").toString());
      Class<?> server = classes.type("ServerCode");
      assertSame(ranges[1], call(server, "rangeOf", 599));
      assertSame(ranges[0], call(server, "rangeOf", " 0x190 "), "400 in hex");
      assertNull(call(server, "rangeOf", 600));
      assertNull(call(server, "rangeOf", "x"));
      assertSame(ranges[0], call(server("NOT_FOUND"), "range"));
      assertNull(call(server("OUTSIDE"), "range"));
      assertEquals("EVENT", call(server("CONTINUE"), "kind").toString(), "the range's kind before the domain's");
      Class<?> sql = classes.type("SqlStateCode");
      Object integrity = classes.type("SqlStateRange").getEnumConstants()[0];
      assertSame(integrity, call(sql, "rangeOf", "23xyz"));
      assertEquals("23", call(integrity, "prefix"));
      assertEquals("SUCCESS", call(constant(sql, "SUCCESSFUL"), "kind").toString());
    }

    @Test
    void anUnlistedValueOfARangeThrowsItsException() throws Throwable {
      Class<?> server = classes.type("ServerCode");
      Throwable client = assertThrows(RuntimeException.class, () -> call(server, "check", 418, "teapot"));
      assertEquals("ClientErrorException", client.getClass().getSimpleName());
      assertNull(call(client, "code"));
      assertEquals("418", call(client, "rawCode"));
      assertEquals("Server 418: unknown code Detail: teapot", client.getMessage());
      assertEquals("ServerErrorException",
          assertThrows(RuntimeException.class, () -> call(server, "check", "599")).getClass().getSimpleName());
      assertEquals("NetException",
          assertThrows(RuntimeException.class, () -> call(server, "check", 150)).getClass().getSimpleName(),
          "a range without an exception: the catalog's");
      assertEquals("NetException",
          assertThrows(RuntimeException.class, () -> call(server, "check", 700)).getClass().getSimpleName());
      Throwable integrity = assertThrows(RuntimeException.class,
          () -> call(classes.type("SqlStateCode"), "check", "23xyz"));
      assertEquals("IntegrityException", integrity.getClass().getSimpleName());
      assertEquals("23xyz", call(integrity, "rawCode"));
      Method checkText = classes.type("SqlStateCode").getMethod("check", String.class);
      java.lang.reflect.InvocationTargetException none = assertThrows(java.lang.reflect.InvocationTargetException.class,
          () -> checkText.invoke(null, (Object) null));
      assertEquals("NetException", none.getCause().getClass().getSimpleName(), "no code: in no range");
      assertEquals("null", call(none.getCause(), "rawCode"), "as text, as for a domain without ranges");
      Throwable unknown = assertThrows(RuntimeException.class,
          () -> call(classes.loadClass("test.codes.Consumer"), "onUnknown", 450));
      assertEquals("ClientErrorException", unknown.getClass().getSimpleName(), "the handler's default onUnknown");
    }

    @Test
    void aGroupInsideARangeExtendsTheRangesException() throws Throwable {
      Class<?> duplicate = classes.type("DuplicateException");
      assertEquals("ClientErrorException", duplicate.getSuperclass().getSimpleName());
      assertEquals("ServerException", classes.type("ClientErrorException").getSuperclass().getSimpleName());
      assertEquals("DuplicateException", call(server("ER_DUP_ENTRY"), "exception").getClass().getSimpleName());
    }
  }

  @Nested
  class HexCodes {
    @Test
    void hexCodesWrapAndAreWrittenInHex() throws Throwable {
      Class<?> hresult = classes.type("HresultCode");
      Object fail = constant(hresult, "E_FAIL");
      assertEquals(0x80004005, call(fail, "code"));
      assertEquals(-2147467259, constant(hresult, "E_FAIL_VALUE"));
      assertEquals("0x80004005", call(fail, "codeText"));
      assertEquals("0x00000000", call(constant(hresult, "S_OK"), "codeText"));
      for (String text : List.of("0x80004005", "0X80004005", " 0x80004005 ", "-2147467259", "0x80004005")) {
        assertSame(fail, call(hresult, "forCode", text), text);
      }
      assertNull(call(hresult, "forCode", "0x180004005"), "nine digits");
      assertNull(call(hresult, "forCode", "0x"));
      Throwable win32 = assertThrows(RuntimeException.class, () -> call(hresult, "check", 0x8007FFFF));
      assertEquals("Win32Exception", win32.getClass().getSimpleName());
      assertEquals("0x8007FFFF", call(win32, "rawCode"));
      assertEquals("unknown 0x8000FFFF", call(classes.loadClass("test.codes.Consumer"), "hexUnknown", 0x8000FFFF));
    }
  }

  @Nested
  class AttributesAndNames {
    @Test
    void attributesHaveTypedAccessorsAndDefaults() throws Throwable {
      Object notFound = server("NOT_FOUND");
      assertEquals("RFC 9110", call(notFound, "rfc"));
      assertEquals(404, call(notFound, "httpStatus"));
      assertEquals(false, call(notFound, "retryable"));
      assertEquals(3_000_000_000L, call(notFound, "weight"));
      Object big = server("ERROR_ITERATED_DATA_EXCEEDS_64k");
      assertEquals(true, call(big, "retryable"));
      assertEquals(-5L, call(big, "weight"));
      assertEquals(500, call(big, "httpStatus"));
      assertNull(call(big, "rfc"), "a string attribute without default");
      assertEquals(long.class, classes.type("ServerCode").getMethod("weight").getReturnType());
    }

    @Test
    void namesWithLowerCaseLettersGiveCamelCaseMembers() throws Throwable {
      assertEquals("64k", call(classes.loadClass("test.codes.Consumer"), "perCode"));
      assertEquals("ERROR_ITERATED_DATA_EXCEEDS_64k", call(server("ERROR_ITERATED_DATA_EXCEEDS_64k"), "name"));
      classes.type("ServerException").getMethod("errorIteratedDataExceeds64k", int.class, double.class,
          boolean.class, Object.class, long.class);
    }

    @Test
    void descriptionsAreForDocsNotForMessages() throws Throwable {
      assertFalse(((String) call(server("NOT_FOUND"), "message")).contains("origin server"));
    }
  }

  // ---- one failing compile per diagnostic ----

  static String domain(String settings, String codes) {
    return """
        codebook: 1
        name: Net
        translations: [de]
        domains:
          - name: Server
            kind: failure
        """ + settings + "    codes:\n" + codes;
  }

  @Test
  void anUnbalancedBraceIsReportedAtTheBrace() {
    Compilation compilation = TestCatalogs.compile(domain("", """
              - {code: 1, name: A, message: "ok {{ then { oops"}
        """));
    assertCatalogError(compilation, "bad-placeholder", "catalog.yaml:8:49", "a '{' that no '}' closes");
    Compilation closing = TestCatalogs.compile(domain("", """
              - {code: 1, name: A, message: "a } b"}
        """));
    assertCatalogError(closing, "bad-placeholder", "catalog.yaml:8:40", "a '}' that no '{' opens");
    Compilation name = TestCatalogs.compile(domain("", """
              - {code: 1, name: A, message: "{Path} gone"}
        """));
    assertCatalogError(name, "bad-placeholder", "catalog.yaml:8:38", "'{Path}' is not a placeholder");
  }

  @Test
  void aPlaceholderThatIsNotAParameterIsReportedWhereItStands() {
    Compilation compilation = TestCatalogs.compile(domain("", """
              - code: 1
                name: A
                params: {path: String}
                message: "{path} and {other}"
                advice: "Try {third}."
        """));
    assertCatalogError(compilation, "unknown-placeholder", "catalog.yaml:11:30",
        "placeholder {other} in the message of code 1 A is not a parameter of code 1 A; its parameters: path");
    assertCatalogError(compilation, "unknown-placeholder", "catalog.yaml:12:22", "{third}");
  }

  @Test
  void aTranslationThatDropsOrAddsAPlaceholder() {
    Compilation compilation = TestCatalogs.compile(domain("", """
              - code: 1
                name: A
                message: "{a} and {b}"
                i18n: {de: {message: "{b} und {c}"}}
        """));
    // {c} is not a parameter: that mistake is reported, not also the difference it makes.
    assertCatalogError(compilation, "unknown-placeholder", "{c}");
    assertErrorCount(compilation, 1);
    Compilation dropped = TestCatalogs.compile(domain("", """
              - code: 1
                name: A
                message: "{a} and {b}"
                i18n: {de: {message: "{b} und mehr"}}
        """));
    assertCatalogError(dropped, "translation-placeholders", "catalog.yaml:11:30",
        "the 'de' message of code 1 A has placeholders {b}, but the message has {a}, {b}");
  }

  @Test
  void aPlaceholderThatIsNotAParameterIsNotAlsoATranslationMistake() {
    Compilation compilation = TestCatalogs.compile(domain("", """
              - code: 1
                name: A
                params: {path: String}
                message: "{path} and {paht}"
                i18n: {de: {message: "{path} fehlt"}}
        """));
    assertCatalogError(compilation, "unknown-placeholder", "catalog.yaml:11:30", "{paht}");
    assertErrorCount(compilation, 1);
  }

  @Test
  void aMessageMayBeEmptyAsItsSourceLeftIt() throws Throwable {
    Compilation compilation = TestCatalogs.compile(domain("    attributes: {note: {type: string, default: \"\"}}\n", """
              - {code: 306, name: UNUSED, message: "", i18n: {de: {message: ""}}}
              - {code: 307, name: TEMPORARY_REDIRECT, message: Temporary Redirect, i18n: {de: {message: ''}}}
        """));
    assertThat(compilation).succeeded();
    String source = compilation.generatedSourceFile("test.codes.ServerCode").orElseThrow().getCharContent(true)
        .toString();
    assertTrue(source.contains("<code>306</code>: <i>(no message)</i>"), source);
    assertFalse(source.contains("; <i>(no message)</i> unless"), "an empty attribute default is no message");
    Object unused = constant(new CompiledClasses(compilation).type("ServerCode"), "UNUSED");
    assertEquals("", call(unused, "message"));
    assertEquals("", call(unused, "message", Locale.GERMAN));
    assertEquals("", call(unused, "format", (Object) new Object[0]));
    assertEquals("Server 306 UNUSED: ", ((Throwable) call(unused, "exception")).getMessage());
    // Absent, empty or blank is still no message at all.
    for (String missing : List.of("message:", "message: ~", "message: \"  \"")) {
      assertCatalogError(TestCatalogs.compile(domain("", "      - {code: 1, name: A, " + missing + "}\n")),
          "empty-value", "'message' of");
    }
  }

  @Test
  void aliasesMayCarryTheirOwnDescriptionAndDeprecation() throws Throwable {
    String catalog = domain("", """
              - code: 8
                name: CURLE_WEIRD_SERVER_REPLY
                message: Weird server reply.
                aliases:
                  - {name: CURLE_FTP_WEIRD_SERVER_REPLY, description: Its name before 7.51.0., deprecated: "Use CURLE_WEIRD_SERVER_REPLY."}
                  - CURLE_WEIRD_REPLY
                  - {name: CURLE_ODD_REPLY, deprecated: true}
              - {code: 9, name: CURLE_REMOTE_ACCESS_DENIED, message: Denied.}
        """);
    JavaFileObject handlers = JavaFileObjects.forSourceLines("test.codes.Handlers",
        "package test.codes;",
        "import dev.codebook.Handles;",
        "class Handlers {",
        "  @Handles(domain = \"Server\", codes = ServerCode.CURLE_FTP_WEIRD_SERVER_REPLY_VALUE)",
        "  void old(int code) {}",
        "}",
        "class Current {",
        "  @Handles(domain = \"Server\", codes = {ServerCode.CURLE_WEIRD_REPLY_VALUE, 9})",
        "  void current(int code) {}",
        "}");
    Compilation compilation = TestCatalogs.compile(TestCatalogs.root(catalog),
        List.of("-Xlint:-deprecation", TestCatalogs.PARTIAL_TRANSLATIONS), handlers);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("code 8 CURLE_FTP_WEIRD_SERVER_REPLY (an alias of"
        + " CURLE_WEIRD_SERVER_REPLY) of domain Server is deprecated: Use CURLE_WEIRD_SERVER_REPLY.")
        .inFile(handlers).onLineContaining("codes = ServerCode.CURLE_FTP_WEIRD_SERVER_REPLY_VALUE");
    assertEquals(1, compilation.warnings().stream()
        .filter(warning -> warning.getMessage(null).contains("[codebook:handles-deprecated]")).count());
    Class<?> server = new CompiledClasses(compilation).type("ServerCode");
    for (String field : List.of("CURLE_FTP_WEIRD_SERVER_REPLY", "CURLE_FTP_WEIRD_SERVER_REPLY_VALUE",
        "CURLE_ODD_REPLY", "CURLE_ODD_REPLY_VALUE")) {
      assertTrue(server.getField(field).isAnnotationPresent(Deprecated.class), field);
    }
    for (String field : List.of("CURLE_WEIRD_SERVER_REPLY", "CURLE_WEIRD_REPLY", "CURLE_WEIRD_REPLY_VALUE")) {
      assertFalse(server.getField(field).isAnnotationPresent(Deprecated.class), field);
    }
    assertSame(constant(server, "CURLE_WEIRD_SERVER_REPLY"), constant(server, "CURLE_FTP_WEIRD_SERVER_REPLY"));
    String source = compilation.generatedSourceFile("test.codes.ServerCode").orElseThrow().getCharContent(true)
        .toString();
    assertTrue(source.contains("<p>Its name before 7.51.0.\n     *\n     * @deprecated Use CURLE_WEIRD_SERVER_REPLY."),
        source);
    String page = new String(ReferenceDocTest.page(compilation, "META-INF/codebook/test/codes/Net.md"),
        java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(page.contains("`CURLE_WEIRD_SERVER_REPLY`<br>also `CURLE_FTP_WEIRD_SERVER_REPLY` (deprecated: Use"
        + " CURLE\\_WEIRD\\_SERVER\\_REPLY.): Its name before 7.51.0.<br>also `CURLE_WEIRD_REPLY`<br>also `CURLE_ODD_REPLY`"
        + " (deprecated) |"), page);
    // A mapping needs a name, and takes no other keys; names stay unique with the codes'.
    Compilation wrong = TestCatalogs.compile(domain("", """
              - {code: 1, name: A, message: a, aliases: [{description: no name}, {name: B, deprecate: true}]}
              - {code: 2, name: B, message: b}
        """));
    assertCatalogError(wrong, "missing-key", "missing required key 'name'");
    assertCatalogError(wrong, "unknown-key", "'deprecate'", "did you mean 'deprecated'?");
    assertCatalogError(wrong, "duplicate-name", "B");
  }

  @Test
  void badParameterNamesAndTypes() {
    Compilation compilation = TestCatalogs.compile(domain("", """
              - code: 1
                name: A
                message: "{a}"
                params: {a: Text, Bad: String}
        """));
    assertCatalogError(compilation, "bad-param", "catalog.yaml:11:21", "parameter 'a' of code 1 A has type 'Text'");
    assertCatalogError(compilation, "bad-param", "catalog.yaml:11:27", "'Bad'", "is not a parameter name");
  }

  @Test
  void aWronglyDeclaredParameterOrAnUnreadableTextIsReportedOnceNotAtEachPlaceholder() {
    Compilation compilation = TestCatalogs.compile(domain("", """
              - code: 1
                name: A
                message: "{entry} for {key}"
                advice: "Remove {entry}."
                params: {entry: String, key: integer}
                i18n: {de: {message: "{key}: {entry}", advice: "Entferne {entry}."}}
              - code: 2
                name: B
                message: "{entry}"
                params: [entry]
                i18n: {de: {message: "{entry}"}}
              - code: 3
                name: C
                message: "{entry for {key}"
                advice: "Check {key}."
                i18n: {de: {message: "{key}: {entry}"}}
              - code: 4
                name: D
                message: "{entry} for {key"
                params: {entry: String, key: int}
                i18n: {de: {message: "{key}: {entry}"}}
        """));
    assertCatalogError(compilation, "bad-param", "parameter 'key' of code 1 A has type 'integer'");
    assertCatalogError(compilation, "wrong-type", "'params' of code 2 B");
    assertCatalogError(compilation, "bad-placeholder", "the message of code 3 C");
    assertCatalogError(compilation, "bad-placeholder", "the message of code 4 D");
    assertErrorCount(compilation, 4);
    // D's message does not parse, so it may use both parameters: neither is unused.
    assertNoWarning(compilation, "unused-param");
  }

  @Test
  void aKindThatCouldNotBeReadIsNotReportedAgainAsMissingOnEachCode() {
    Compilation compilation = TestCatalogs.compile("""
        codebook: 1
        name: Net
        domains:
          - name: Server
            kind: fail
            codes:
              - {code: 404, name: NOT_FOUND, message: Not found.}
          - name: Client
            ranges:
              - {name: ClientError, from: 4x0, to: 499, kind: failure}
            codes:
              - {code: 409, name: CONFLICT, message: Conflict.}
          - name: Proxy
            ranges:
              - {name: Wide, from: 100, to: 500, kind: failure}
              - {name: Narrow, from: 200, to: 300, kind: warning}
            codes:
              - {code: 400, name: BAD_GATEWAY, message: Bad gateway.}
          - name: Cache
            codes:
              - {code: 1, name: MISS, message: Miss.}
        """);
    assertCatalogError(compilation, "bad-kind", "catalog.yaml:5:11");
    assertCatalogError(compilation, "bad-int-code", "catalog.yaml:10:35");
    assertCatalogError(compilation, "range-overlap", "ranges Wide and Narrow of domain Proxy overlap");
    // A domain whose kinds all read still reports the code that has none.
    assertCatalogError(compilation, "missing-kind", "code 1 MISS has no kind and its domain Cache gives no default");
    assertErrorCount(compilation, 4);
  }

  @Test
  void anUnusedParameterIsAWarning() {
    Compilation compilation = TestCatalogs.compile(domain("", """
              - code: 1
                name: A
                message: "{a}"
                params: {a: String, unused: int}
                i18n: {de: {message: "{a}"}}
        """));
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("parameter 'unused' of code 1 A appears in none of its texts"
        + " [codebook:unused-param]").inFile(TestCatalogs.packageInfo()).onLineContaining("@Codebook");
  }

  @Test
  void badRanges() {
    Compilation compilation = TestCatalogs.compile(domain("""
            ranges:
              - {name: Backwards, from: 10, to: 5}
              - {name: Prefixed, prefix: "4"}
              - {name: First, from: 100, to: 200}
              - {name: Second, from: 0xC8, to: 300}
        """, "      - {code: 1, name: A, message: a}\n"));
    assertCatalogError(compilation, "bad-range", "catalog.yaml:8:33", "range Backwards of domain Server starts at 10,"
        + " after its end 5");
    assertCatalogError(compilation, "bad-range", "catalog.yaml:9:26", "has a 'prefix', which is for string codes");
    assertCatalogError(compilation, "range-overlap", "catalog.yaml:11:9", "ranges First and Second of domain Server"
        + " overlap (100 to 200 and 200 to 300)");
    Compilation strings = TestCatalogs.compile("""
        codebook: 1
        name: Net
        domains:
          - name: Sql
            codeType: string
            kind: failure
            ranges: [{name: NoPrefix, from: 1, to: 2}, {name: A, prefix: "2"}, {name: B, prefix: "23"}]
            codes: [{code: "23505", name: U, message: u}]
        """);
    assertCatalogError(strings, "bad-range", "has 'from', which is for int codes");
    assertCatalogError(strings, "bad-range", "has no 'prefix'");
    assertCatalogError(strings, "range-overlap", "codes starting with \"2\" and codes starting with \"23\"");
  }

  @Test
  void aGroupAcrossRanges() {
    Compilation compilation = TestCatalogs.compile(domain("""
            ranges:
              - {name: Low, from: 0, to: 9, exception: LowException}
              - {name: High, from: 10, to: 19}
        """, """
              - {code: 1, name: A, message: a, exception: MixedException}
              - {code: 11, name: B, message: b, exception: MixedException}
              - {code: 2, name: C, message: c, exception: HalfException}
              - {code: 30, name: D, message: d, exception: HalfException}
        """));
    assertCatalogError(compilation, "group-across-ranges", "catalog.yaml:11:51",
        "exception group MixedException of domain Server has codes in ranges Low and High");
    assertCatalogError(compilation, "group-across-ranges", "exception group HalfException of domain Server has codes"
        + " in range Low, which has the exception LowException, and codes outside it");
  }

  @Test
  void maskRangesHoldBitStructuredCodes() throws Throwable {
    // SQLite: extended codes are primary | n << 8; 0x100 to 0x104 are a range of bounds beside them.
    Compilation compilation = TestCatalogs.compile(domain("""
            ranges:
              - {name: IoErr, mask: 0xFF, value: 10, exception: IoErrorException, title: I/O errors}
              - {name: Busy, mask: 0xFF, value: 5, kind: warning}
              - {name: Low, from: 0x100, to: 0x104}
        """, """
              - {code: 10, name: SQLITE_IOERR, message: Disk I/O error.}
              - {code: 266, name: SQLITE_IOERR_READ, message: Read failed., exception: ReadException}
              - {code: 517, name: SQLITE_BUSY_SNAPSHOT, message: Snapshot busy.}
              - {code: 1, name: SQLITE_ERROR, message: Generic error.}
        """));
    assertThat(compilation).succeeded();
    CompiledClasses classes = new CompiledClasses(compilation);
    Class<?> server = classes.type("ServerCode");
    Class<?> range = classes.type("ServerRange");
    Object ioErr = constant(range, "IO_ERR");
    assertSame(ioErr, call(constant(server, "SQLITE_IOERR_READ"), "range"));
    assertSame(ioErr, call(server, "rangeOf", 10 | 40 << 8));
    assertSame(ioErr, call(server, "rangeOf", "0x280A"));
    assertNull(call(server, "rangeOf", 11));
    assertSame(constant(range, "LOW"), call(server, "rangeOf", 0x102), "bounds beside masks");
    assertEquals(true, call(ioErr, "byMask"));
    assertEquals(0xFF, call(ioErr, "mask"));
    assertEquals(10, call(ioErr, "value"));
    assertEquals(Integer.MIN_VALUE | 10, call(ioErr, "from"));
    assertEquals(0x7FFFFF0A, call(ioErr, "to"));
    assertEquals(false, call(constant(range, "LOW"), "byMask"));
    assertEquals(0, call(constant(range, "LOW"), "mask"));
    Throwable unlisted = assertThrows(RuntimeException.class, () -> call(server, "check", 10 | 40 << 8));
    assertEquals("IoErrorException", unlisted.getClass().getSimpleName());
    Throwable read = assertThrows(RuntimeException.class, () -> call(server, "check", 266));
    assertEquals("ReadException", read.getClass().getSimpleName());
    assertTrue(classes.type("IoErrorException").isInstance(read), "a group inside a mask range extends its exception");
    assertEquals("WARNING", call(call(constant(server, "SQLITE_BUSY_SNAPSHOT"), "kind"), "name"));
    String page = new String(ReferenceDocTest.page(compilation, "META-INF/codebook/test/codes/Net.md"),
        java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(page.contains("| `IO_ERR` | (code &amp; 0xFF) == 0xA |"), page);
  }

  /** This issue's shapes beside a class named like each java.lang type: mask lookups, signed hex, keyword factories. */
  @Test
  void theNewShapesCompileWhateverTypesThePackageHolds() throws Throwable {
    Compilation compilation = TestCatalogs.compile(TestCatalogs.root(domain("""
            codeFormat: signedHex
            ranges: [{name: IoErr, mask: 0xFF, value: 10, exception: IoErrorException}]
        """, """
              - {code: -0x7080, name: DEFAULT, message: "{n}", params: {n: long}, aliases: [{name: OLD, deprecated: true}]}
              - {code: 266, name: READ, message: "", exception: ReadException}
        """)), List.of("--release", "8", "-Xlint:all,-options,-processing,-deprecation", TestCatalogs.PARTIAL_TRANSLATIONS),
        GoldenTest.javaLangShadows(TestCatalogs.PACKAGE));
    assertThat(compilation).succeededWithoutWarnings();
    Class<?> server = new CompiledClasses(compilation).type("ServerCode");
    assertEquals("IO_ERR", String.valueOf(call(server, "rangeOf", 10 | 40 << 8)));
    assertEquals("-0x7080", call(constant(server, "DEFAULT"), "codeText"));
  }

  @Test
  void maskRangesThatOverlapOrCannotHoldACodeAreErrors() {
    Compilation compilation = TestCatalogs.compile(domain("""
            ranges:
              - {name: IoErr, mask: 0xFF, value: 10}
              - {name: Ext40, mask: 0xFF00, value: 0x2800}
              - {name: Block, from: 0x200, to: 0x20A}
              - {name: Stray, mask: 0xFF, value: 0x1FF}
              - {name: All, mask: 0, value: 0}
              - {name: Both, mask: 0xF, value: 1, from: 1, to: 2}
              - {name: Half, mask: 0xF0}
        """, """
              - {code: 1, name: A, message: a}
        """));
    assertCatalogError(compilation, "range-overlap", "catalog.yaml:9:", "ranges IoErr and Ext40 of domain Server overlap"
        + " (codes with (code & 0xFF) == 0xA and codes with (code & 0xFF00) == 0x2800)");
    assertCatalogError(compilation, "range-overlap", "ranges IoErr and Block of domain Server overlap");
    assertCatalogError(compilation, "bad-range", "catalog.yaml:11:", "range Stray of domain Server has value 0x1FF with"
        + " bits outside its mask 0xFF (0x100)");
    assertCatalogError(compilation, "bad-range", "range All of domain Server has mask 0, which would hold every code");
    assertCatalogError(compilation, "bad-range", "range Both of domain Server has 'from' beside 'mask' and 'value'");
    assertCatalogError(compilation, "bad-range", "range Half of domain Server has no 'value'");
    assertErrorCount(compilation, 6);
  }

  @Test
  void aCodeNamesARangesExceptionOnlyFromInsideThatRange() throws Throwable {
    String ranges = """
            ranges:
              - {name: Ra, from: 1000, to: 1999, exception: RaException}
              - {name: Rb, from: 2000, to: 2999, exception: RbException}
              - {name: Rc, from: 3000, to: 3999}
        """;
    Compilation compilation = TestCatalogs.compile(domain(ranges, """
              - {code: 1500, name: A, message: a, exception: RbException}
              - {code: 5, name: B, message: b, exception: RbException}
              - {code: 3500, name: C, message: c, exception: RaException}
              - {code: 2500, name: D, message: d, exception: RbException}
        """));
    assertCatalogError(compilation, "group-across-ranges", "catalog.yaml:12:54",
        "exception group RbException of domain Server is the exception of range Rb, but code 1500 A names it and is"
            + " in range Ra: a range's exception is for its own codes");
    assertCatalogError(compilation, "group-across-ranges", "catalog.yaml:13:51", "code 5 B names it and is outside"
        + " every range");
    assertCatalogError(compilation, "group-across-ranges", "code 3500 C names it and is in range Rc");
    assertErrorCount(compilation, 3);
    // Naming its own range's exception (D) is allowed, and changes nothing: check(2500) throws RbException.
    Compilation fine = TestCatalogs.compile(domain(ranges, """
              - {code: 2500, name: D, message: d, exception: RbException}
        """));
    assertThat(fine).succeeded();
    CompiledClasses classes = new CompiledClasses(fine);
    Class<?> rb = classes.type("RbException");
    Throwable thrown = assertThrows(java.lang.reflect.InvocationTargetException.class,
        () -> classes.type("ServerCode").getMethod("check", int.class).invoke(null, 2500)).getCause();
    assertTrue(rb.isInstance(thrown), thrown::toString);
  }

  @Test
  void groupsAreNotJudgedAgainstRangesThatCouldNotAllBeRead() {
    Compilation compilation = TestCatalogs.compile("""
        codebook: 1
        name: Net
        domains:
          - name: Server
            kind: failure
            ranges:
              - {name: Wide, from: 100, to: 500, exception: WideException}
              - {name: Narrow, from: 200, to: 300}
            codes:
              - {code: 150, name: A, message: a, exception: GroupException}
              - {code: 400, name: B, message: b, exception: GroupException}
          - name: Proxy
            kind: failure
            ranges:
              - {name: Low, from: 100, to: 199, exception: LowException}
              - {name: High, from: 4oo, to: 499, exception: HighException}
            codes:
              - {code: 150, name: C, message: c, exception: ProxyGroupException}
              - {code: 404, name: D, message: d, exception: ProxyGroupException}
        """);
    assertCatalogError(compilation, "range-overlap", "ranges Wide and Narrow of domain Server overlap");
    assertCatalogError(compilation, "bad-int-code", "catalog.yaml:16:28");
    assertErrorCount(compilation, 2);
  }

  @Test
  void badAttributes() {
    Compilation compilation = TestCatalogs.compile(domain("""
            attributes:
              Bad: {type: string}
              size: {type: float}
              weight: {type: int}
              flag: {type: boolean, default: maybe}
        """, """
              - {code: 1, name: A, message: a, attributes: {wieght: 3}}
              - {code: 2, name: B, message: b, attributes: {size: 3}}
        """));
    assertCatalogError(compilation, "bad-attribute", "catalog.yaml:8:7", "attribute 'Bad' of domain Server is not an"
        + " attribute name");
    assertCatalogError(compilation, "bad-attribute", "has type 'float', not one of string, int, long, boolean");
    assertCatalogError(compilation, "bad-attribute", "attribute 'weight' of domain Server of type int needs a default");
    assertCatalogError(compilation, "wrong-attribute-type", "attribute 'flag' of domain Server (its default) is a"
        + " boolean (true or false): 'maybe' is not one");
    assertCatalogError(compilation, "unknown-attribute", "catalog.yaml:13:53", "code 1 A sets attribute 'wieght',"
        + " which domain Server does not declare");
  }

  @Test
  void aBrokenAttributeDeclarationIsReportedOnceNotAgainByEachCodeThatSetsIt() {
    Compilation compilation = TestCatalogs.compile(domain("""
            attributes:
              retries: {type: int, default: x}
              size: {type: float}
              Bad: {type: string}
              flag: {type: boolean}
        """, """
              - {code: 1, name: A, message: a, attributes: {retries: 1, size: 3, Bad: b, flag: true}}
              - {code: 2, name: B, message: b, attributes: {retries: y}}
              - {code: 3, name: C, message: c, attributes: {flg: true}}
        """));
    assertCatalogError(compilation, "wrong-attribute-type", "attribute 'retries' of domain Server (its default) is"
        + " an int: 'x' is not one");
    // The type was read, so a value of another type is still a mistake worth its own line.
    assertCatalogError(compilation, "wrong-attribute-type", "catalog.yaml:14:62",
        "attribute 'retries' of code 2 B is an int: 'y' is not one");
    assertCatalogError(compilation, "unknown-attribute", "catalog.yaml:15:53",
        "code 3 C sets attribute 'flg', which domain Server does not declare; did you mean 'flag'?");
    assertErrorCount(compilation, 6);
    assertEquals(1, errors(compilation).lines().filter(e -> e.contains("does not declare")).count(),
        () -> errors(compilation));
  }

  @Test
  void anAttributeOfTheWrongType() {
    Compilation compilation = TestCatalogs.compile(domain("""
            attributes:
              weight: {type: int, default: 1}
        """, "      - {code: 1, name: A, message: a, attributes: {weight: heavy}}\n"));
    assertCatalogError(compilation, "wrong-attribute-type", "catalog.yaml:10:61",
        "attribute 'weight' of code 1 A is an int: 'heavy' is not one");
  }

  @Test
  void aMistypedAttributeSuggestsTheDeclaredOne() {
    Compilation compilation = TestCatalogs.compile(domain("""
            attributes:
              weight: {type: int, default: 1}
        """, "      - {code: 1, name: A, message: a, attributes: {wieght: 3}}\n"));
    assertCatalogError(compilation, "unknown-attribute", "did you mean 'weight'?");
  }

  @Test
  void badCodeFormatsAndHexCodes() {
    Compilation compilation = TestCatalogs.compile(domain("    codeFormat: octal\n", """
              - {code: 0x123456789, name: A, message: a}
              - {code: 0x10, name: B, message: b}
              - {code: 16, name: C, message: c}
        """));
    assertCatalogError(compilation, "bad-code-format", "catalog.yaml:7:17", "codeFormat 'octal' is not one of decimal, hex, signedHex");
    assertCatalogError(compilation, "bad-int-code", "code '0x123456789' is not an int code");
    assertCatalogError(compilation, "duplicate-code", "code 16 appears twice in domain Server");
    Compilation strings = TestCatalogs.compile("""
        codebook: 1
        name: Net
        domains:
          - {name: Sql, codeType: string, codeFormat: hex, kind: failure, codes: [{code: A, name: A, message: a}]}
        """);
    assertCatalogError(strings, "bad-code-format", "codeFormat is for int codes; domain Sql has string codes");
    // Even the default, written out: README says codeFormat on a string domain is an error.
    Compilation decimal = TestCatalogs.compile("""
        codebook: 1
        name: Net
        domains:
          - {name: Sql, codeType: string, codeFormat: decimal, kind: failure, codes: [{code: A, name: A, message: a}]}
        """);
    assertCatalogError(decimal, "bad-code-format", "codeFormat is for int codes; domain Sql has string codes");
  }

  @Test
  void signedHexCodesAreReadAndWrittenWithTheirSign() throws Throwable {
    Compilation compilation = TestCatalogs.compile(domain("""
            codeFormat: signedHex
            ranges: [{name: Rsa, from: -0x4480, to: -0x4080, exception: RsaException}]
        """, """
              - {code: -0x7080, name: SSL_FEATURE_UNAVAILABLE, message: "{feature}", params: {feature: String}}
              - {code: 0x0010, name: SIXTEEN, message: b}
              - {code: -0x4100, name: RSA_BAD_INPUT_DATA, message: c}
              - {code: -0x80000000, name: LOWEST, message: d}
        """));
    assertThat(compilation).succeeded();
    CompiledClasses classes = new CompiledClasses(compilation);
    Class<?> server = classes.type("ServerCode");
    Object unavailable = constant(server, "SSL_FEATURE_UNAVAILABLE");
    assertEquals(-0x7080, call(unavailable, "code"));
    assertEquals(-0x7080, constant(server, "SSL_FEATURE_UNAVAILABLE_VALUE"));
    assertEquals("-0x7080", call(unavailable, "codeText"));
    assertEquals("0x0010", call(constant(server, "SIXTEEN"), "codeText"));
    assertEquals("-0x80000000", call(constant(server, "LOWEST"), "codeText"));
    for (String text : List.of("-0x7080", " -0X7080 ", "-28800")) {
      assertSame(unavailable, call(server, "forCode", text), text);
    }
    Throwable rsa = assertThrows(RuntimeException.class, () -> call(server, "check", -0x4200));
    assertEquals("RsaException", rsa.getClass().getSimpleName());
    assertEquals("-0x4200", call(rsa, "rawCode"));
    assertTrue(((Throwable) call(classes.type("ServerException"), "sslFeatureUnavailable", "x")).getMessage()
        .startsWith("Server -0x7080 SSL_FEATURE_UNAVAILABLE"));
    String source = compilation.generatedSourceFile("test.codes.ServerCode").orElseThrow().getCharContent(true)
        .toString();
    assertTrue(source.contains("SSL_FEATURE_UNAVAILABLE_VALUE = -0x7080;"), "the constant as the domain writes it");
    // Diagnostics write codes so too; a sign does not stretch an int.
    Compilation duplicate = TestCatalogs.compile(domain("    codeFormat: signedHex\n", """
              - {code: -0x10, name: A, message: a}
              - {code: -16, name: B, message: b}
              - {code: -0x80000001, name: C, message: c}
        """));
    assertCatalogError(duplicate, "duplicate-code", "code -0x0010 appears twice in domain Server");
    assertCatalogError(duplicate, "int-code-out-of-range", "code -0x80000001 is outside the int range");
  }

  @Test
  void aHexDomainsDiagnosticsWriteItsCodesInHex() {
    Compilation compilation = TestCatalogs.compile(domain("    codeFormat: hex\n", """
              - {code: 0x80004005, name: A, message: a, i18n: {de: {message: b}}}
              - {code: -2147467259, name: B, message: b}
        """));
    assertCatalogError(compilation, "duplicate-code", "code 0x80004005 appears twice in domain Server");
    assertThat(compilation).hadWarningContaining("1 of 2 codes have no 'de' message: Server 0x80004005 B");
  }

  @Test
  void aFactoryOrAccessorNamedLikeAnExistingMember() {
    Compilation compilation = TestCatalogs.compile(domain("""
            attributes:
              code: {type: int, default: 1}
        """, """
              - {code: 1, name: ARGS, message: "{a}"}
              - {code: 2, name: GET_MESSAGE, message: "{b}"}
        """));
    assertCatalogError(compilation, "member-name-clash", "generated member ServerException.args would be declared"
        + " twice: for the exceptions' own args()", "and for the factory of ARGS");
    assertCatalogError(compilation, "member-name-clash", "ServerException.getMessage");
    assertCatalogError(compilation, "member-name-clash", "generated member ServerCode.code would be declared twice");
  }

  @Test
  void wordsWithLowerCaseLettersKeepTheirCapitals() throws Throwable {
    Compilation compilation = TestCatalogs.compile(domain("", """
              - {code: 1, name: ER_IPv6, message: a}
              - {code: 2, name: ER_IPV6, message: b}
              - {code: 505, name: StatusHTTPVersionNotSupported, message: "{v}"}
              - {code: 4, name: ER_XPLUGIN_IPv6_AVAILABLE, message: "{v}"}
              - {code: 5, name: EXCEEDS_64k, message: c}
        """));
    assertThat(compilation).succeeded();
    CompiledClasses classes = new CompiledClasses(compilation);
    Class<?> handler = classes.type("ServerHandler");
    for (String method : List.of("onErIPv6", "onErIpv6", "onStatusHTTPVersionNotSupported",
        "onErXpluginIPv6Available", "onExceeds64k")) {
      handler.getMethod(method, String.class);
    }
    classes.type("ServerException").getMethod("statusHTTPVersionNotSupported", String.class);
    classes.type("ServerException").getMethod("erXpluginIPv6Available", String.class);
    // Names that still give one member name clash, as before: ErIPv6 is ER_IPv6's.
    Compilation clash = TestCatalogs.compile(domain("", """
              - {code: 1, name: ER_IPv6, message: a}
              - {code: 2, name: ErIPv6, message: b}
        """));
    assertCatalogError(clash, "member-name-clash", "ServerHandler.onErIPv6(String)");
  }

  @Test
  void tooManyTranslationsGroupsAndRanges() {
    StringBuilder tags = new StringBuilder();
    for (int i = 0; i <= 1_000; i++) {
      // Distinct three-letter language subtags: baa, bab, ...
      tags.append(i == 0 ? "" : ", ").append((char) ('b' + i / 676)).append((char) ('a' + i / 26 % 26))
          .append((char) ('a' + i % 26));
    }
    Compilation translations = TestCatalogs.compile("codebook: 1\nname: Net\ntranslations: [" + tags + "]\n"
        + "domains: [{name: Server, kind: failure, codes: [{code: 1, name: A, message: a}]}]\n");
    assertCatalogError(translations, "too-many-translations", "more than 1,000 translations");
    StringBuilder groups = new StringBuilder();
    StringBuilder ranges = new StringBuilder("    ranges:\n");
    for (int i = 0; i <= 4_096; i++) {
      groups.append("      - {code: ").append(i).append(", name: C").append(i).append(", message: m, exception: G")
          .append(i).append("Exception}\n");
    }
    for (int i = 0; i <= 3_000; i++) {
      ranges.append("      - {name: R").append(i).append(", from: ").append(100_000 + 2 * i).append(", to: ")
          .append(100_000 + 2 * i).append("}\n");
    }
    Compilation many = TestCatalogs.compile(domain(ranges.toString(), groups.toString()));
    assertCatalogError(many, "too-many-groups", "domain Server declares more than 4,096 exception groups");
    assertCatalogError(many, "too-many-ranges", "domain Server declares more than 3,000 ranges");
  }

  // ---- review fixes: each once broke or slipped through ----

  @Test
  void twoRangesOfOneNameAndRangeNamesThatClashAsConstants() {
    Compilation twice = TestCatalogs.compile(domain("""
            ranges:
              - {name: Low, from: 0, to: 9}
              - {name: Low, from: 10, to: 19}
        """, "      - {code: 1, name: A, message: a}\n"));
    assertCatalogError(twice, "duplicate-name", "Low");
    Compilation clash = TestCatalogs.compile(domain("""
            ranges:
              - {name: ClientError, from: 0, to: 9}
              - {name: CLIENTError, from: 10, to: 19}
        """, "      - {code: 1, name: A, message: a}\n"));
    assertCatalogError(clash, "member-name-clash", "CLIENT_ERROR");
  }

  @Test
  void aRangesExceptionMustBeAnExceptionName() {
    Compilation compilation = TestCatalogs.compile(domain("""
            ranges:
              - {name: Low, from: 0, to: 9, exception: lowError}
        """, "      - {code: 1, name: A, message: a}\n"));
    assertCatalogError(compilation, "invalid-type-name", "catalog.yaml:8:48", "range exception 'lowError'");
  }

  @Test
  void controlCharactersInAStringAttributeAreRefused() {
    Compilation compilation = TestCatalogs.compile(domain("""
            attributes:
              rfc: {type: string}
        """, "      - {code: 1, name: A, message: a, attributes: {rfc: \"RFC\\u0002 1\"}}\n"));
    assertCatalogError(compilation, "wrong-attribute-type", "rfc");
  }

  /** A factory whose name would be a keyword or literal gets an underscore, rather than crash generation. */
  @Test
  void factoriesNamedLikeKeywordsGetAnUnderscore() throws Throwable {
    List<String> names = List.of("DEFAULT", "NEW", "TRUE", "FALSE", "NULL", "CLASS", "INT", "RETURN", "GOTO",
        "CONST", "ENUM", "ASSERT", "STRICTFP", "UNDER__SCORE", "DEFAULT_");
    StringBuilder codes = new StringBuilder();
    for (int i = 0; i < names.size() - 1; i++) {
      codes.append("      - {code: ").append(i + 1).append(", name: ").append(names.get(i))
          .append(", message: \"{n}\", params: {n: int}}\n");
    }
    Compilation compilation = TestCatalogs.compile(domain("", codes.toString()));
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1); // the 'de' messages the helper's catalog never gives
    Class<?> exception = new CompiledClasses(compilation).type("ServerException");
    for (String name : List.of("default_", "new_", "true_", "false_", "null_", "class_", "int_", "return_", "goto_",
        "const_", "enum_", "assert_", "strictfp_", "underScore")) {
      RuntimeException thrown = (RuntimeException) exception.getMethod(name, int.class).invoke(null, 7);
      assertEquals("7", call(thrown, "args").toString().replaceAll("[\\[\\]]", ""), name);
    }
    // DEFAULT_ would be "default" too: the two names clash, as any two codes with the same factory name do.
    Compilation clash = TestCatalogs.compile(domain("", codes + "      - {code: 99, name: DEFAULT_, message: \"{n}\","
        + " params: {n: int}}\n"));
    assertCatalogError(clash, "member-name-clash", "default_");
  }

  @Test
  void anEmptyStringAttributeIsNotAMissingOne() throws Throwable {
    Compilation compilation = TestCatalogs.compile(domain("""
            attributes:
              rfc: {type: string}
              note: {type: string, default: ""}
        """, """
              - {code: 1, name: A, message: a, attributes: {rfc: ""}}
              - {code: 2, name: B, message: b}
              - {code: 3, name: C, message: c, attributes: {note: "set"}}
        """));
    assertThat(compilation).succeeded();
    CompiledClasses compiled = new CompiledClasses(compilation);
    Class<?> server = compiled.type("ServerCode");
    assertEquals("", call(constant(server, "A"), "rfc"));
    assertNull(call(constant(server, "B"), "rfc"));
    assertEquals("", call(constant(server, "B"), "note"), "an empty default");
    assertEquals("set", call(constant(server, "C"), "note"));
  }

  @Test
  void aSparseAttributeCostsWhatItSetsNotTheDomainsSize() throws Throwable {
    // As many attributes as a domain may declare (1,000), each set by two codes: once a full column each in
    // the generated source, and every default in every row of the reference page (javac out of memory at
    // 20,000 codes).
    int attributes = 1_000;
    int codes = 2_000;
    List<String> types = List.of("string", "int", "long", "boolean");
    StringBuilder yaml = new StringBuilder("codebook: 1\nname: Wide\ndomains:\n  - name: Many\n    kind: failure\n"
        + "    attributes:\n      text: {type: string, default: " + "d".repeat(70_000) + "}\n");
    for (int a = 1; a < attributes; a++) {
      String type = types.get(a % 4);
      yaml.append("      a").append(a).append(": {type: ").append(type).append(switch (type) {
        case "int" -> ", default: -7";
        case "long" -> ", default: 5000000000";
        case "boolean" -> ", default: true";
        default -> "";
      }).append("}\n");
    }
    yaml.append("    codes:\n");
    for (int i = 0; i < codes; i++) {
      int a = 1 + i % (attributes - 1);
      String value = switch (a % 4) {
        case 0 -> "s" + i;
        case 1 -> String.valueOf(i);
        case 2 -> String.valueOf(i * 10_000_000_000L);
        default -> "false";
      };
      yaml.append("      - {code: ").append(i).append(", name: C").append(i).append(", message: m").append(i)
          .append(", attributes: {a").append(a).append(": ").append(value).append(i == 5 ? ", text: t" : "")
          .append("}}\n");
    }
    Compilation compilation = TestCatalogs.compile(TestCatalogs.root(yaml.toString()), List.of());
    assertThat(compilation).succeededWithoutWarnings();
    long characters = 0;
    for (JavaFileObject source : compilation.generatedSourceFiles()) {
      characters += source.getCharContent(true).length();
    }
    assertTrue(characters < 3_000_000, characters + " characters of generated source");
    int page = ReferenceDocTest.page(compilation, "META-INF/codebook/test/codes/Wide.md").length;
    assertTrue(page < 1_000_000, page + " bytes of reference page");
    Class<?> many = new CompiledClasses(compilation).type("ManyCode");
    Object c0 = constant(many, "C0");
    Object c1 = constant(many, "C1");
    assertEquals(0, call(c0, "a1"), "set to 0 where the default is -7");
    assertEquals(-7, call(c1, "a1"));
    assertEquals(10_000_000_000L, call(c1, "a2"));
    assertEquals(5_000_000_000L, call(c0, "a2"));
    assertEquals(false, call(constant(many, "C2"), "a3"));
    assertEquals(true, call(c0, "a3"));
    assertEquals("s3", call(constant(many, "C3"), "a4"));
    assertNull(call(c0, "a4"));
    assertEquals("s1002", call(constant(many, "C1002"), "a4"), "the second code that sets a4");
    assertEquals("d".repeat(70_000), call(c0, "text"), "a default longer than a string constant");
    assertEquals("t", call(constant(many, "C5"), "text"));
  }

  @Test
  void intAttributesAreDecimalWithoutLeadingZerosOrHex() throws Throwable {
    Compilation octalLooking = TestCatalogs.compile(domain("""
            attributes:
              status: {type: int, default: 0}
        """, "      - {code: 1, name: A, message: a, attributes: {status: \"010\"}}\n"));
    assertCatalogError(octalLooking, "wrong-attribute-type", "'010'");
    Compilation hex = TestCatalogs.compile(domain("""
            attributes:
              status: {type: int, default: 0}
              big: {type: long, default: 0x7FFFFFFFFFFFFFFF}
        """, "      - {code: 1, name: A, message: a, attributes: {status: 0x10}}\n"));
    assertThat(hex).succeeded();
    CompiledClasses compiled = new CompiledClasses(hex);
    Object a = constant(compiled.type("ServerCode"), "A");
    assertEquals(16, call(a, "status"));
    assertEquals(Long.MAX_VALUE, call(a, "big"));
  }

  @Test
  void tooManyAttributes() {
    StringBuilder attributes = new StringBuilder("    attributes:\n");
    for (int i = 0; i <= 1_000; i++) {
      attributes.append("      a").append(i).append(": {type: string}\n");
    }
    Compilation compilation = TestCatalogs.compile(domain(attributes.toString(),
        "      - {code: 1, name: A, message: a}\n"));
    assertCatalogError(compilation, "too-many-attributes", "1,000");
  }

  @Test
  void moreParameterSlotsThanAJavaMethodTakes() {
    StringBuilder params = new StringBuilder();
    StringBuilder message = new StringBuilder();
    for (int i = 0; i < 128; i++) {
      params.append(i == 0 ? "" : ", ").append("p").append(i).append(": long");
      message.append("{p").append(i).append("} ");
    }
    Compilation compilation = TestCatalogs.compile(domain("", "      - {code: 1, name: A, message: \"" + message
        + "\", params: {" + params + "}}\n"));
    assertCatalogError(compilation, "bad-param", "254");
    Compilation fits = TestCatalogs.compile(domain("", "      - {code: 1, name: A, message: \""
        + message.toString().replace("{p127} ", "") + "\", params: {" + params.toString().replace(", p127: long", "")
        + "}}\n"), new JavaFileObject[0]);
    assertThat(fits).succeeded();
  }

  @Test
  void aCodeNamedUnderscoreWithAPlaceholderIsABadName() {
    Compilation compilation = TestCatalogs.compile(domain("", "      - {code: 1, name: _, message: \"{a}\"}\n"));
    assertCatalogError(compilation, "invalid-code-name", "'_'");
    assertFalse(CatalogDiagnosticsTest.errors(compilation).contains("internal-error"),
        CatalogDiagnosticsTest.errors(compilation));
  }

  @Test
  void aDomainNamedLikeTheUnknownCodeHandler() {
    Compilation compilation = TestCatalogs.compile("""
        codebook: 1
        name: Net
        domains:
          - {name: UnknownCode, kind: failure, codes: [{code: 1, name: A, message: a}]}
        """);
    assertCatalogError(compilation, "invalid-type-name", "every handler has a nested UnknownCodeHandler");
  }

  @Test
  void anEscapedPlaceholderBeforeARealOneIsReportedAtTheRealOne() {
    Compilation compilation = TestCatalogs.compile(domain("", """
              - {code: 1, name: A, message: "{{x}} then {x}"}
              - {code: 2, name: B, params: {y: int}, message: "{{x}} then {x}"}
        """));
    // Code 1 declares no params: {x} is its parameter. Code 2's {x} is reported where it stands, not at the
    // first "{x}" of the text, which is the escaped one.
    assertCatalogError(compilation, "unknown-placeholder", "catalog.yaml:9:67", "{x} in the message of code 2 B");
    assertEquals(1, compilation.errors().size(), CatalogDiagnosticsTest.errors(compilation));
  }
}
