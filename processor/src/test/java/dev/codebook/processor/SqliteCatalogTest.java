package dev.codebook.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.codebook.processor.CompiledClasses.call;
import static dev.codebook.processor.CompiledClasses.constant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * SQLite's result codes, primary and extended, converted from {@code sqlite.h.in} by the program beside
 * it in {@code src/test/resources/real/sqlite/}: one int domain whose primary codes with extended codes
 * are ranges by mask ({@code code & 0xFF}). The catalog compiles, and every result code that this test
 * reads from the header itself has its name, value, kind, message and range.
 */
class SqliteCatalogTest {
  static CompiledClasses sqlite;
  static Class<?> type;

  @BeforeAll
  static void compile() {
    Compilation compiled = TestCatalogs.compile(TestCatalogs.root(RealCatalogsTest.resource("sqlite/catalog.yaml")),
        List.of("--release", "8", "-Xlint:all,-options,-processing"));
    assertThat(compiled).succeededWithoutWarnings();
    sqlite = new CompiledClasses(compiled);
    type = sqlite.type("ResultCode");
  }

  /**
   * A result code of sqlite.h.in: {@code #define SQLITE_IOERR 10 /* text * /} in the Result Codes
   * section, or {@code #define SQLITE_IOERR_READ (SQLITE_IOERR | (1<<8))} anywhere in the file.
   */
  record Define(String name, int value, String primary, String comment) {
    @Override
    public String toString() {
      return name + " " + value;
    }
  }

  static final Pattern PRIMARY = Pattern.compile("^#define\\s+(SQLITE_\\w+)\\s+(\\d+)\\s*(?:/\\*(.*)\\*/)?\\s*$");
  static final Pattern EXTENDED = Pattern.compile(
      "^#define\\s+(SQLITE_\\w+)\\s+\\(\\s*(SQLITE_\\w+)\\s*\\|\\s*\\(\\s*(\\d+)\\s*<<\\s*8\\s*\\)\\s*\\)\\s*(?:/\\*(.*)\\*/)?\\s*$");

  private static List<Define> defines;

  static synchronized List<Define> defines() {
    if (defines == null) {
      defines = List.copyOf(read());
    }
    return defines;
  }

  private static List<Define> read() {
    String[] lines = RealCatalogsTest.resource("sqlite/sqlite.h.in").split("\n");
    Map<String, Integer> primaries = new LinkedHashMap<>();
    List<Define> defines = new ArrayList<>();
    boolean inPrimarySection = false;
    for (String line : lines) {
      if (line.contains("CAPI3REF: Result Codes")) {
        inPrimarySection = true;
      } else if (line.contains("CAPI3REF:")) {
        inPrimarySection = false;
      }
      Matcher primary = PRIMARY.matcher(line);
      if (inPrimarySection && primary.matches()) {
        int value = Integer.parseInt(primary.group(2));
        primaries.put(primary.group(1), value);
        defines.add(new Define(primary.group(1), value, primary.group(1), primary.group(3)));
      }
      Matcher extended = EXTENDED.matcher(line);
      if (extended.matches()) {
        Integer base = primaries.get(extended.group(2));
        assertNotNull(base, line);
        defines.add(new Define(extended.group(1), base | Integer.parseInt(extended.group(3)) << 8,
            extended.group(2), extended.group(4)));
      }
    }
    assertTrue(primaries.size() >= 31 && defines.size() > 100, "read " + primaries.size() + " primary codes, "
        + defines.size() + " in all");
    return defines;
  }

  /** The primary codes that have extended codes: each is a range. */
  static Set<String> primariesWithExtendedCodes() {
    Set<String> primaries = new LinkedHashSet<>();
    defines().stream().filter(define -> !define.primary().equals(define.name())).forEach(d -> primaries.add(d.primary()));
    return primaries;
  }

  /** The kinds decided in README.md: by primary code. */
  static String kindOf(String primary) {
    return switch (primary) {
      case "SQLITE_OK", "SQLITE_DONE" -> "SUCCESS";
      case "SQLITE_ROW" -> "PROGRESS";
      case "SQLITE_NOTICE", "SQLITE_WARNING" -> "WARNING";
      default -> "FAILURE";
    };
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("defines")
  void everyResultCodeHasItsNameValueKindMessageAndRange(Define define) throws Throwable {
    Object code = call(type, "forCode", define.value());
    assertSame(constant(type, define.name()), code, "forCode(" + define.value() + ")");
    assertEquals(define.name(), ((Enum<?>) code).name());
    assertEquals(define.value(), call(code, "code"));
    assertEquals(define.value(), constant(type, define.name() + "_VALUE"));
    String kind = kindOf(define.primary());
    assertEquals(kind, call(code, "kind").toString());
    assertEquals(define.comment() == null ? "" : define.comment().strip().replaceAll("\\s+", " "), call(code, "message"));

    Object range = call(code, "range");
    if (primariesWithExtendedCodes().contains(define.primary())) {
      assertNotNull(range, define.name() + " is in the range of " + define.primary());
      assertEquals(true, call(range, "byMask"));
      assertEquals(0xFF, call(range, "mask"));
      assertEquals(define.value() & 0xFF, call(range, "value"));
      assertSame(range, call(type, "rangeOf", define.value()));
      assertSame(range, call(constant(type, define.primary()), "range"), "the range of its primary code");
    } else {
      assertNull(range, define.name() + " has no extended codes, so no range");
      assertNull(call(type, "rangeOf", define.value()));
    }

    if (!kind.equals("FAILURE")) {
      assertSame(code, call(type, "check", define.value()));
      return;
    }
    Throwable thrown = assertThrows(RuntimeException.class, () -> call(type, "check", define.value()));
    assertSame(code, call(thrown, "code"));
    assertEquals(Integer.toString(define.value()), call(thrown, "rawCode"));
    Class<?> domainException = sqlite.type("ResultException");
    if (range == null) {
      assertSame(domainException, thrown.getClass(), "outside every range: the domain's exception");
      return;
    }
    // The range's exception: what an unlisted code of the same range throws too, a subclass of the domain's.
    Throwable unlisted = assertThrows(RuntimeException.class,
        () -> call(type, "check", define.value() & 0xFF | 255 << 8));
    assertNull(call(unlisted, "code"));
    assertSame(unlisted.getClass(), thrown.getClass(), "a listed and an unlisted code of one range");
    assertNotEquals(domainException, thrown.getClass());
    assertTrue(domainException.isInstance(thrown));
  }

  @Test
  void theCatalogHoldsEveryResultCodeAndARangePerPrimaryWithExtendedCodes() throws Throwable {
    List<Define> defines = defines();
    assertEquals(defines.size(), type.getEnumConstants().length);
    Object[] ranges = sqlite.type("ResultRange").getEnumConstants();
    assertEquals(primariesWithExtendedCodes().size(), ranges.length);
    assertEquals(List.of("OK", "ERROR", "ABORT", "BUSY", "LOCKED", "READ_ONLY", "IO_ERR", "CORRUPT", "CANT_OPEN",
        "CONSTRAINT", "AUTH", "NOTICE", "WARNING"), java.util.Arrays.stream(ranges).map(Object::toString).toList());
    assertEquals("SQLITE_IOERR and its extended result codes",
        call(call(constant(type, "SQLITE_IOERR_READ"), "range"), "title"));
    assertEquals("SUCCESS", call(call(type, "rangeOf", 0), "kind").toString());
    assertNull(call(call(type, "rangeOf", 10), "kind"), "a failure range takes the domain's kind");
  }

  @Test
  void anUnlistedExtendedIoErrorThrowsTheIoErrException() throws Throwable {
    assertNull(call(type, "forCode", 10 | 40 << 8), "IOERR's extended code 40 is not in sqlite.h.in");
    Throwable unlisted = assertThrows(RuntimeException.class, () -> call(type, "check", 10 | 40 << 8));
    assertEquals("IoErrException", unlisted.getClass().getSimpleName());
    assertSame(sqlite.type("IoErrException"), unlisted.getClass());
    assertNull(call(unlisted, "code"));
    assertEquals("10250", call(unlisted, "rawCode"), "10 | 40 << 8, written as the domain writes codes");
    assertSame(call(type, "rangeOf", 10250), call(constant(type, "SQLITE_IOERR"), "range"));
    assertSame(constant(type, "SQLITE_IOERR_DELETE"), call(type, "forCode", 2570), "2570 is 10 | 10 << 8, a listed code");
  }

  @Test
  void aListedExtendedCodeThrowsItsRangesException() throws Throwable {
    Throwable read = assertThrows(RuntimeException.class, () -> call(type, "check", 10 | 1 << 8));
    assertTrue(sqlite.type("IoErrException").isInstance(read));
    assertSame(constant(type, "SQLITE_IOERR_READ"), call(read, "code"));
    Throwable unique = assertThrows(RuntimeException.class, () -> call(type, "check", 2067));
    assertTrue(sqlite.type("ConstraintException").isInstance(unique));
    assertSame(constant(type, "SQLITE_CONSTRAINT_UNIQUE"), call(unique, "code"));
    assertSame(sqlite.type("ResultException"), sqlite.type("ConstraintException").getSuperclass());
    assertSame(constant(type, "SQLITE_ROW"), call(type, "check", 100), "a row is not a failure");
    assertSame(constant(type, "SQLITE_WARNING_AUTOINDEX"), call(type, "check", 28 | 1 << 8));
    Throwable unlistedOk = assertThrows(RuntimeException.class, () -> call(type, "check", 0 | 3 << 8));
    assertSame(sqlite.type("SqliteException"), unlistedOk.getClass(), "range Ok has no exception: unknown code");
    assertNull(call(unlistedOk, "code"));
  }

  @Test
  void theCommittedCatalogIsWhatItsConverterWrites(@TempDir Path dir) throws IOException, InterruptedException {
    for (String file : List.of("Convert.java", "sqlite.h.in")) {
      Files.writeString(dir.resolve(file), RealCatalogsTest.resource("sqlite/" + file));
    }
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process = new ProcessBuilder(java.toString(), "Convert.java", "sqlite.h.in", "out.yaml")
        .directory(dir.toFile()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, process.waitFor(), output);
    assertEquals(RealCatalogsTest.resource("sqlite/catalog.yaml"), Files.readString(dir.resolve("out.yaml")),
        "catalog.yaml was edited by hand, or Convert.java changed without regenerating it");
  }
}
