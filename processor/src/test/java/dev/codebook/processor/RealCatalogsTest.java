package dev.codebook.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
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
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Two public catalogs, converted by the programs beside them in {@code src/test/resources/real/}:
 * PostgreSQL's SQLSTATE list with its classes as ranges, and gRPC's status codes with their HTTP
 * mapping as an attribute. Each compiles, and behaves as its source file says, row by row.
 */
class RealCatalogsTest {
  static String resource(String path) {
    try (InputStream in = RealCatalogsTest.class.getResourceAsStream("/real/" + path)) {
      if (in == null) {
        throw new AssertionError("no /real/" + path + " on the test class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static CompiledClasses postgres;
  static CompiledClasses grpc;

  static final String CONSUMER = """
      package test.codes;

      public class Consumer {
        public static String unknownSqlState(String raw) {
          return new SqlStateHandler<String>() {
            @Override public String onOutcome(SqlStateCode code, String detail) { return "known"; }
          }.dispatch(raw, null);
        }
      }
      """;

  @BeforeAll
  static void compile() {
    Compilation compiled = TestCatalogs.compile(TestCatalogs.root(resource("postgres/catalog.yaml")),
        List.of("--release", "8", "-Xlint:all,-options,-processing"),
        JavaFileObjects.forSourceString("test.codes.Consumer", CONSUMER));
    assertThat(compiled).succeededWithoutWarnings();
    postgres = new CompiledClasses(compiled);
    Compilation compiledGrpc = TestCatalogs.compile(TestCatalogs.root(resource("grpc/catalog.yaml")),
        List.of("--release", "8", "-Xlint:all,-options,-processing"));
    assertThat(compiledGrpc).succeededWithoutWarnings();
    grpc = new CompiledClasses(compiledGrpc);
  }

  // ---- PostgreSQL ----

  /** A code line of errcodes.txt: {@code 23505    E    ERRCODE_UNIQUE_VIOLATION    unique_violation}. */
  record SqlStateRow(String code, char kind, String macro, String condition) {
    @Override
    public String toString() {
      return code + " " + macro;
    }
  }

  static Stream<SqlStateRow> sqlStates() {
    Pattern line = Pattern.compile("^([0-9A-Z]{5})\\s+([EWS])\\s+(ERRCODE_[A-Z0-9_]+)(?:\\s+(\\S+))?\\s*$");
    List<SqlStateRow> rows = new ArrayList<>();
    for (String text : resource("postgres/errcodes.txt").split("\n")) {
      Matcher m = line.matcher(text);
      if (m.matches()) {
        rows.add(new SqlStateRow(m.group(1), m.group(2).charAt(0), m.group(3), m.group(4)));
      }
    }
    assertTrue(rows.size() > 250, "rows read: " + rows.size());
    return rows.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sqlStates")
  void everySqlStateHasItsNameAndItsKind(SqlStateRow row) throws Throwable {
    Class<?> type = postgres.type("SqlStateCode");
    Object code = call(type, "forCode", row.code());
    assertEquals(row.code(), call(code, "code"));
    assertSame(code, constant(type, row.macro().substring("ERRCODE_".length())), "name or alias " + row.macro());
    String kind = switch (row.kind()) {
      case 'S' -> "SUCCESS";
      case 'W' -> "WARNING";
      default -> "FAILURE";
    };
    assertEquals(kind, call(code, "kind").toString());
    assertEquals(row.code().substring(0, 2), call(call(code, "range"), "prefix"), "its class is its range");
  }

  @Test
  void aClassCatchesEveryIntegrityViolationListedOrNot() throws Throwable {
    Class<?> type = postgres.type("SqlStateCode");
    Throwable listed = assertThrows(RuntimeException.class, () -> call(type, "check", "23505"));
    assertEquals("IntegrityConstraintViolationException", listed.getClass().getSimpleName());
    assertSame(constant(type, "UNIQUE_VIOLATION"), call(listed, "code"));
    Throwable unlisted = assertThrows(RuntimeException.class, () -> call(type, "check", "23xyz"));
    assertEquals("IntegrityConstraintViolationException", unlisted.getClass().getSimpleName());
    assertNull(call(unlisted, "code"));
    assertEquals("23xyz", call(unlisted, "rawCode"));
    Throwable fromHandler = assertThrows(RuntimeException.class,
        () -> call(postgres.loadClass("test.codes.Consumer"), "unknownSqlState", "23xyz"));
    assertEquals("IntegrityConstraintViolationException", fromHandler.getClass().getSimpleName());
    assertEquals("SqlStateException", assertThrows(RuntimeException.class, () -> call(type, "check", "XX000"))
        .getClass().getSimpleName(), "class XX has no exception: the domain's");
    Throwable noClass = assertThrows(RuntimeException.class, () -> call(type, "check", "ZZ000"));
    assertEquals("PostgresException", noClass.getClass().getSimpleName());
    assertNull(call(noClass, "code"));
    assertSame(constant(type, "SUCCESSFUL_COMPLETION"), call(type, "check", "00000"));
  }

  @Test
  void rangesAreTheClasses() throws Throwable {
    Class<?> type = postgres.type("SqlStateCode");
    Class<?> range = postgres.type("SqlStateRange");
    Object integrity = call(type, "rangeOf", "23505");
    assertEquals("INTEGRITY_CONSTRAINT_VIOLATION", integrity.toString());
    assertSame(integrity, call(constant(type, "UNIQUE_VIOLATION"), "range"));
    assertEquals(43, range.getEnumConstants().length);
    assertNull(call(type, "rangeOf", "2"));
    assertNull(call(type, "rangeOf", "ZZ000"));
    assertEquals("unique_violation", call(constant(type, "UNIQUE_VIOLATION"), "conditionName"));
  }

  // ---- gRPC ----

  /** Each code of code.proto and the status its comment maps it to: {@code // HTTP Mapping: 404 Not Found}. */
  static Map<Integer, Integer> httpMappings() {
    Map<Integer, Integer> mappings = new LinkedHashMap<>();
    Integer pending = null;
    for (String line : resource("grpc/code.proto").split("\n")) {
      Matcher mapping = Pattern.compile("//\\s*HTTP Mapping:\\s*(\\d{3})").matcher(line);
      Matcher value = Pattern.compile("^\\s*[A-Z_]+\\s*=\\s*(\\d+)\\s*;").matcher(line);
      if (mapping.find()) {
        pending = Integer.parseInt(mapping.group(1));
      } else if (value.find()) {
        mappings.put(Integer.parseInt(value.group(1)), pending);
        pending = null;
      }
    }
    return mappings;
  }

  @Test
  void everyGrpcCodeHasItsHttpMapping() throws Throwable {
    Class<?> type = grpc.type("StatusCode");
    Map<Integer, Integer> mappings = httpMappings();
    assertEquals(17, mappings.size());
    for (Map.Entry<Integer, Integer> mapping : mappings.entrySet()) {
      Object code = call(type, "forCode", mapping.getKey());
      assertEquals(mapping.getValue(), call(code, "httpStatus"), "code " + mapping.getKey());
    }
    assertEquals(404, call(call(type, "forCode", 5), "httpStatus"));
    assertSame(constant(type, "OK"), call(type, "check", 0));
    Throwable unknown = assertThrows(RuntimeException.class, () -> call(type, "check", 17));
    assertEquals("GrpcException", unknown.getClass().getSimpleName());
    assertFalse(((String) call(constant(type, "UNKNOWN"), "message")).contains("address space"),
        "the description is not the message");
  }

  // ---- the converters ----

  @ParameterizedTest(name = "{0}")
  @MethodSource("converters")
  void theCommittedCatalogIsWhatItsConverterWrites(String name, String source, @TempDir Path dir)
      throws IOException, InterruptedException {
    for (String file : List.of("Convert.java", source)) {
      Files.writeString(dir.resolve(file), resource(name + "/" + file));
    }
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process = new ProcessBuilder(java.toString(), "Convert.java", source, "out.yaml")
        .directory(dir.toFile()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, process.waitFor(), output);
    assertEquals(resource(name + "/catalog.yaml"), Files.readString(dir.resolve("out.yaml")),
        "catalog.yaml was edited by hand, or Convert.java changed without regenerating it");
  }

  static Stream<org.junit.jupiter.params.provider.Arguments> converters() {
    return Stream.of(org.junit.jupiter.params.provider.Arguments.of("postgres", "errcodes.txt"),
        org.junit.jupiter.params.provider.Arguments.of("grpc", "code.proto"));
  }
}
