package dev.codebook.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.codebook.processor.CompiledClasses.call;
import static dev.codebook.processor.CompiledClasses.constant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * libcurl's {@code CURLcode}, converted by {@code src/test/resources/real/curl/Convert.java} from the
 * {@code curl.h} beside it: every enumerator is the code of its name and value, every compatibility
 * {@code #define CURLE_OLD CURLE_NEW} a deprecated alias of the code it stands for. The test reads curl.h
 * itself, with C's numbering, and checks the generated classes by reflection, so that it uses no
 * deprecated constant in source.
 */
class CurlCatalogTest {
  static Compilation compilation;
  static Class<?> easy;

  /** The file's bytes, as they are on the test class path (a String round trip could change them). */
  static byte[] bytes(String path) {
    try (InputStream in = CurlCatalogTest.class.getResourceAsStream("/real/" + path)) {
      if (in == null) {
        throw new AssertionError("no /real/" + path + " on the test class path");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @BeforeAll
  static void compile() {
    compilation = TestCatalogs.compile(TestCatalogs.root(RealCatalogsTest.resource("curl/catalog.yaml")),
        List.of("--release", "8", "-Xlint:all,-options,-processing"));
    assertThat(compilation).succeededWithoutWarnings();
    easy = new CompiledClasses(compilation).type("EasyCode");
  }

  // ---- curl.h, read here without Convert.java ----

  record Enumerator(String name, int value) {
    @Override
    public String toString() {
      return value + " " + name;
    }
  }

  /** {@code typedef enum { CURLE_OK = 0, CURLE_UNSUPPORTED_PROTOCOL, ... CURL_LAST } CURLcode;}, numbered as C does. */
  static List<Enumerator> allEnumerators() {
    String header = RealCatalogsTest.resource("curl/curl.h");
    int end = header.indexOf("} CURLcode;");
    int start = header.lastIndexOf("typedef enum {", end);
    assertTrue(end > 0 && start >= 0, "no CURLcode in curl.h");
    String body = header.substring(start + "typedef enum {".length(), end).replaceAll("(?s)/\\*.*?\\*/", " ");
    Pattern item = Pattern.compile("([A-Z_][A-Z0-9_]*)\\s*(?:=\\s*(-?[0-9]+))?");
    List<Enumerator> enumerators = new ArrayList<>();
    int next = 0;
    for (String text : body.split(",")) {
      if (text.isBlank()) {
        continue;
      }
      Matcher m = item.matcher(text.strip());
      assertTrue(m.matches(), "not an enumerator: " + text.strip());
      int value = m.group(2) == null ? next : Integer.parseInt(m.group(2));
      enumerators.add(new Enumerator(m.group(1), value));
      next = value + 1;
    }
    return enumerators;
  }

  /** Every enumerator but the closing CURL_LAST, which counts the codes and is none. */
  static List<Enumerator> enumerators() {
    List<Enumerator> all = allEnumerators();
    assertEquals("CURL_LAST", all.get(all.size() - 1).name());
    List<Enumerator> codes = all.subList(0, all.size() - 1);
    assertTrue(codes.size() >= 102, "codes read: " + codes.size());
    return codes;
  }

  /** Every {@code #define CURLE_X CURLE_Y} of curl.h, in file order; not the CURLOPT_ names, not a number. */
  static Map<String, String> defines() {
    Map<String, String> defines = new LinkedHashMap<>();
    Matcher define = Pattern.compile("(?m)^#define (CURLE_[A-Z0-9_]+) +(CURLE_[A-Z0-9_]+)\\b")
        .matcher(RealCatalogsTest.resource("curl/curl.h"));
    while (define.find()) {
      defines.put(define.group(1), define.group(2));
    }
    assertTrue(defines.size() >= 39, "defines read: " + defines);
    return defines;
  }

  /** The enumerator a compatibility name stands for, through other defines (CURLE_OBSOLETE10). */
  static String resolve(String name, Map<String, String> defines) {
    String target = name;
    for (int hops = 0; defines.containsKey(target); hops++) {
      assertTrue(hops < 10, "a loop of defines from " + name);
      target = defines.get(target);
    }
    return target;
  }

  static Stream<Map.Entry<String, String>> aliases() {
    Map<String, String> defines = defines();
    Map<String, String> resolved = new LinkedHashMap<>();
    defines.keySet().forEach(name -> resolved.put(name, resolve(name, defines)));
    return resolved.entrySet().stream();
  }

  // ---- the codes ----

  @ParameterizedTest(name = "{0}")
  @MethodSource("enumerators")
  void everyEnumeratorIsTheCodeOfItsNameAndValue(Enumerator enumerator) throws Throwable {
    Object code = call(easy, "forCode", enumerator.value());
    Field field = easy.getField(enumerator.name());
    assertSame(field.get(null), code, enumerator.toString());
    assertEquals(enumerator.value(), call(code, "code"));
    assertEquals(enumerator.name(), call(code, "name"));
    Field value = easy.getField(enumerator.name() + "_VALUE");
    assertEquals(enumerator.value(), value.getInt(null));
    boolean obsolete = enumerator.name().matches("CURLE_OBSOLETE[0-9]+");
    assertEquals(obsolete, field.isAnnotationPresent(Deprecated.class), "@Deprecated on " + enumerator.name());
    assertEquals(obsolete, value.isAnnotationPresent(Deprecated.class), "@Deprecated on " + enumerator.name() + "_VALUE");
    assertEquals(enumerator.value() == 0 ? "SUCCESS" : "FAILURE", call(code, "kind").toString());
  }

  @Test
  void theCodesAreCurlHsInItsOrderAndCurlLastIsNone() throws Throwable {
    List<Enumerator> enumerators = enumerators();
    Object[] constants = easy.getEnumConstants();
    assertEquals(enumerators.size(), constants.length);
    for (int i = 0; i < constants.length; i++) {
      assertEquals(enumerators.get(i).name(), call(constants[i], "name"));
    }
    int last = allEnumerators().get(enumerators.size()).value();
    assertEquals(102, last, "CURL_LAST, one after CURLE_ECH_REQUIRED");
    assertThrows(NoSuchFieldException.class, () -> easy.getField("CURL_LAST"));
    assertNull(call(easy, "forCode", last));
    Throwable unknown = assertThrows(RuntimeException.class, () -> call(easy, "check", last));
    assertEquals("CurlException", unknown.getClass().getSimpleName());
    assertNull(call(unknown, "code"));
    assertEquals("102", call(unknown, "rawCode"));
    assertSame(constant(easy, "CURLE_OK"), call(easy, "check", 0));
    Throwable timeout = assertThrows(RuntimeException.class, () -> call(easy, "check", 28));
    assertEquals("EasyException", timeout.getClass().getSimpleName());
    assertSame(constant(easy, "CURLE_OPERATION_TIMEDOUT"), call(timeout, "code"));
  }

  @Test
  void messagesAreTheCommentsWithoutTheirNumbersAndHistory() throws Throwable {
    Map<String, String> messages = Map.of(
        "CURLE_OK", "",
        "CURLE_UNSUPPORTED_PROTOCOL", "",
        "CURLE_QUOTE_ERROR", "quote command failure",
        "CURLE_REMOTE_ACCESS_DENIED",
        "a service was denied by the server due to lack of access - when login fails this is not returned.",
        "CURLE_FTP_ACCEPT_TIMEOUT", "timeout occurred accepting server",
        "CURLE_NOT_BUILT_IN", "",
        "CURLE_AGAIN", "socket is not ready for send/recv, wait till it is ready and try again",
        "CURLE_OBSOLETE20", "",
        "CURLE_ECH_REQUIRED", "ECH tried but failed");
    for (Map.Entry<String, String> entry : messages.entrySet()) {
      assertEquals(entry.getValue(), call(constant(easy, entry.getKey()), "message"), entry.getKey());
    }
  }

  // ---- the compatibility names ----

  @ParameterizedTest(name = "{0}")
  @MethodSource("aliases")
  void everyCompatibilityNameIsADeprecatedAliasOfItsCode(Map.Entry<String, String> alias) throws Exception {
    Field field = easy.getField(alias.getKey());
    Field target = easy.getField(alias.getValue());
    assertSame(target.get(null), field.get(null), alias.getKey() + " is " + alias.getValue());
    assertTrue(field.isAnnotationPresent(Deprecated.class), "@Deprecated on " + alias.getKey());
    Field value = easy.getField(alias.getKey() + "_VALUE");
    assertTrue(value.isAnnotationPresent(Deprecated.class), "@Deprecated on " + alias.getKey() + "_VALUE");
    assertEquals(easy.getField(alias.getValue() + "_VALUE").getInt(null), value.getInt(null));
  }

  @Test
  void theNamesAreTheEnumeratorsAndTheDefinesAndNothingElse() throws Exception {
    Set<String> expected = new TreeSet<>();
    enumerators().forEach(enumerator -> expected.add(enumerator.name()));
    expected.addAll(defines().keySet());
    Set<String> constants = new TreeSet<>();
    Set<String> values = new TreeSet<>();
    for (Field field : easy.getFields()) {
      if (!Modifier.isStatic(field.getModifiers())) {
        continue;
      }
      if (field.getType() == easy) {
        constants.add(field.getName());
      } else if (field.getType() == int.class && field.getName().endsWith("_VALUE")) {
        values.add(field.getName().substring(0, field.getName().length() - "_VALUE".length()));
      }
    }
    assertEquals(expected, constants);
    assertEquals(expected, values);
    assertThrows(NoSuchFieldException.class, () -> easy.getField("CURLE_ALREADY_COMPLETE"),
        "#define CURLE_ALREADY_COMPLETE 99999 is a number, not a CURLcode");
  }

  /** symbols-in-versions: {@code NAME  introduced  deprecated}. */
  static String deprecatedIn(String name) {
    Matcher line = Pattern.compile("(?m)^" + name + " +[0-9.]+ +([0-9.]+)")
        .matcher(new String(bytes("curl/symbols-in-versions"), StandardCharsets.US_ASCII));
    assertTrue(line.find(), "no deprecation of " + name + " in symbols-in-versions");
    return line.group(1);
  }

  @Test
  void theReferencePageListsEachAliasWithItsNote() {
    String page = new String(ReferenceDocTest.page(compilation, "META-INF/codebook/test/codes/Curl.md"),
        StandardCharsets.UTF_8);
    assertTrue(page.contains("`CURLE_WEIRD_SERVER_REPLY`<br>also `CURLE_FTP_WEIRD_SERVER_REPLY` (deprecated: Since "
        + deprecatedIn("CURLE_FTP_WEIRD_SERVER_REPLY") + ", in favour of CURLE\\_WEIRD\\_SERVER\\_REPLY.) |"), page);
    assertTrue(page.contains("also `CURLE_OBSOLETE` (deprecated: Code 50 is no longer used (CURLE\\_OBSOLETE50).):"
        + " no one should be using this!"), page);
    Map<String, List<String>> rows = new LinkedHashMap<>();
    for (List<String> row : ReferenceDocTest.rows(page, "Easy")) {
      rows.put(row.get(1).replaceAll("^`([A-Z0-9_]+)`.*", "$1"), row);
    }
    assertEquals(enumerators().size(), rows.size());
    aliases().forEach(alias -> {
      List<String> row = rows.get(alias.getValue());
      assertTrue(row != null, "no row for " + alias.getValue());
      String name = row.get(1);
      assertTrue(name.contains("also `" + alias.getKey() + "` (deprecated: "), alias + ": " + name);
    });
  }

  // ---- the converter ----

  @Test
  void theCommittedCatalogIsWhatItsConverterWrites(@TempDir Path dir) throws IOException, InterruptedException {
    for (String file : List.of("Convert.java", "curl.h", "symbols-in-versions")) {
      Files.write(dir.resolve(file), bytes("curl/" + file));
    }
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process = new ProcessBuilder(java.toString(), "Convert.java", "curl.h", "symbols-in-versions", "out.yaml")
        .directory(dir.toFile()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, process.waitFor(), output);
    assertEquals(RealCatalogsTest.resource("curl/catalog.yaml"), Files.readString(dir.resolve("out.yaml")),
        "catalog.yaml was edited by hand, or Convert.java changed without regenerating it");
  }
}
