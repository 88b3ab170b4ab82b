package dev.codebook.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.codebook.processor.CatalogDiagnosticsTest.assertCatalogError;
import static dev.codebook.processor.TestCatalogs.catalogWithCodes;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shape of generated handlers: per-code methods that only overload a kind or fallback method
 * compile, names that collapse to one method are a catalog error (never a javac error inside
 * generated code), and a lambda is a complete handler.
 */
class HandlerGenerationTest {

  @Test
  void codesNamedLikeTheFallbackMethodsOnlyOverloadThem() throws Throwable {
    Compilation compilation = TestCatalogs.compile(TestCatalogs.root(catalogWithCodes("""
              - {code: 1, name: FAILURE, kind: failure, message: Failed.}
              - {code: 2, name: UNKNOWN, kind: event, message: Unknown.}
              - {code: 3, name: OUTCOME, kind: success, message: Outcome.}
              - {code: 4, name: DISPATCH, kind: warning, message: Dispatch.}
        """)), List.of("--release", "8", "-Xlint:all,-options,-processing"),
        JavaFileObjects.forSourceLines("test.codes.Lambda",
            "package test.codes;",
            "public class Lambda {",
            "  public static String route(int code) {",
            "    OrderHandler<String> handler = (c, detail) -> c.name() + \"/\" + detail;",
            "    return handler.dispatch(code, \"d\");",
            "  }",
            "  public static String unknown() {",
            "    return new OrderHandler<String>() {",
            "      @Override public String onOutcome(OrderCode c, String detail) { return \"known\"; }",
            "      @Override public String onUnknown(String raw, String detail) { return \"unknown \" + raw; }",
            "      @Override public String onUnknown(String detail) { return \"code UNKNOWN\"; }",
            "    }.dispatch(\" 2 \", null) + \", \" + new OrderHandler<String>() {",
            "      @Override public String onOutcome(OrderCode c, String detail) { return \"known\"; }",
            "      @Override public String onUnknown(String raw, String detail) { return \"unknown \" + raw; }",
            "    }.dispatch(\"99\", null);",
            "  }",
            "  public static String factory(String code) {",
            "    return OrderHandler.<String>of((c, detail) -> c.name(), (raw, detail) -> \"unknown \" + raw)",
            "        .dispatch(code, null) + \"/\" + OrderHandler.of(new OrderHandler<String>() {",
            "          @Override public String onFailure(String detail) { return \"own method\"; }",
            "          @Override public String onOutcome(OrderCode c, String detail) { return \"outcome\"; }",
            "        }, (raw, detail) -> \"unknown\")",
            "        .dispatch(code, null);",
            "  }",
            "}"));
    assertThat(compilation).succeededWithoutWarnings();
    Class<?> lambda = new CompiledClasses(compilation).type("Lambda");
    assertEquals("FAILURE/d", CompiledClasses.call(lambda, "route", 1));
    assertEquals("DISPATCH/d", CompiledClasses.call(lambda, "route", 4));
    assertEquals("code UNKNOWN, unknown 99", CompiledClasses.call(lambda, "unknown"));
    assertEquals("OUTCOME/outcome", CompiledClasses.call(lambda, "factory", " 3"));
    assertEquals("FAILURE/own method", CompiledClasses.call(lambda, "factory", "1"));
    assertEquals("unknown 99/unknown", CompiledClasses.call(lambda, "factory", "99"));
  }

  @Test
  void namesThatCollapseToOneHandlerMethodAreACatalogError() {
    Compilation compilation = TestCatalogs.compile(catalogWithCodes("""
              - {code: 1, name: HTTP_2, kind: failure, message: a}
              - {code: 2, name: HTTP2, kind: failure, message: b}
        """));
    assertCatalogError(compilation, "member-name-clash", "OrderHandler.onHttp2(String)", "HTTP_2 at",
        "HTTP2 at", "catalog.yaml:7:25", "catalog.yaml:6:25");
    assertEquals(1, compilation.errors().size(), compilation.errors().toString());
  }

  @Test
  void exhaustiveOnAHandlerThatNeverResolvesIsAnError() {
    Compilation compilation = TestCatalogs.compile(GeneratedApiTest.CATALOG,
        JavaFileObjects.forSourceLines("test.codes.Missing",
            "package test.codes;",
            "@dev.codebook.Exhaustive",
            "public class Missing implements NoSuchHandler<String> {}"));
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[codebook:exhaustive-unresolved]");
    assertThat(compilation).hadErrorContaining("cannot find symbol");
  }
}
