package dev.codebook.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.codebook.processor.CompiledClasses.call;
import static dev.codebook.processor.CompiledClasses.constant;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Generated code means the same under every source encoding, is byte-identical from build to build,
 * and compiles with {@code -Xlint:all -Werror} at every release the running JDK offers from 8 on
 * (CI runs this under JDK 17 and JDK 25, so 8, 11, 17 and 21 are all covered).
 */
class OutputStabilityTest {
  static final String CHINESE = "下单成功。";

  /** A handler with deprecated and grouped codes, so every generator's output is in play. */
  static final JavaFileObject HANDLER = JavaFileObjects.forSourceLines("test.codes.Handler",
      "package test.codes;",
      "@dev.codebook.Exhaustive",
      "public class Handler implements OrderHandler<String> {",
      "  @Override public String onNetworkDown(String detail) { return \"a\"; }",
      "  @Override public String onNotFound(String detail) { return \"b\"; }",
      "  @Override public String onTimeout(String detail) { return \"c\"; }",
      "  @Override public String onOutcome(OrderCode code, String detail) { return code.message(); }",
      "}");

  @ParameterizedTest
  @ValueSource(strings = {"UTF-8", "GBK", "ISO-8859-1", "US-ASCII"})
  void messagesAreTheSameWhateverTheSourceEncoding(String encoding) throws Throwable {
    Compilation compilation = TestCatalogs.compile(TestCatalogs.root(GeneratedApiTest.CATALOG),
        List.of("-encoding", encoding, "-Xlint:all,-processing", TestCatalogs.PARTIAL_TRANSLATIONS));
    assertThat(compilation).succeededWithoutWarnings();
    Class<?> order = new CompiledClasses(compilation).type("OrderCode");
    assertEquals(CHINESE, call(constant(order, "OK"), "message", java.util.Locale.SIMPLIFIED_CHINESE));
  }

  @Test
  void twoBuildsGiveByteIdenticalSources() {
    Path root = TestCatalogs.root(GeneratedApiTest.CATALOG);
    Map<String, String> first = sources(TestCatalogs.compile(root, List.of(), HANDLER));
    Map<String, String> second = sources(TestCatalogs.compile(TestCatalogs.root(GeneratedApiTest.CATALOG), List.of(), HANDLER));
    assertEquals(first.keySet(), second.keySet());
    assertEquals(first, second);
    assertEquals(java.util.Set.of("ShopKind", "ShopCode", "ShopException", "ShopTables", "ShopLanguages", "OrderCode",
        "OrderException",
        "OrderNetworkException", "OrderHandler", "SqlCode", "SqlException", "ConstraintException", "SqlHandler",
        "PaymentCode", "PaymentException", "PaymentHandler"),
        first.keySet());
  }

  static Map<String, String> sources(Compilation compilation) {
    assertThat(compilation).succeeded();
    Map<String, String> texts = new LinkedHashMap<>();
    for (JavaFileObject file : compilation.generatedSourceFiles()) {
      try {
        String name = file.getName();
        texts.put(name.substring(name.lastIndexOf('/') + 1, name.length() - ".java".length()),
            file.getCharContent(true).toString());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return texts;
  }

  static IntStream releases() {
    int feature = Runtime.version().feature();
    return IntStream.of(8, 11, 17, 21).filter(release -> release <= feature);
  }

  @ParameterizedTest
  @MethodSource("releases")
  void compilesWithWerrorAtEveryRelease(int release) {
    Compilation compilation = TestCatalogs.compile(TestCatalogs.root(GeneratedApiTest.CATALOG),
        List.of("--release", Integer.toString(release), "-Xlint:all,-options,-processing", "-Werror",
            TestCatalogs.PARTIAL_TRANSLATIONS), HANDLER);
    assertThat(compilation).succeededWithoutWarnings();
  }
}
