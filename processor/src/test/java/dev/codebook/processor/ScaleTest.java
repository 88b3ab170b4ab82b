package dev.codebook.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.codebook.processor.CompiledClasses.call;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A domain of several thousand codes compiles: the enum's static initializer and each accessor stay
 * inside the JVM's 64 KiB method limit. (Far larger domains belong to the scale work.)
 */
class ScaleTest {
  static final int CODES = 4_000;

  @Test
  void aDomainOfFourThousandCodesCompilesAndLooksUp() throws Throwable {
    StringBuilder yaml = new StringBuilder("""
        codebook: 1
        name: Big
        translations: [de]
        domains:
          - name: Huge
            kind: failure
            codes:
        """);
    for (int i = 0; i < CODES; i++) {
      int code = 100_000 + i * 7;
      yaml.append("      - {code: ").append(code).append(", name: CODE_").append(i)
          .append(", message: Message number ").append(i).append(" with some text to make it realistic.")
          .append(", advice: Advice ").append(i)
          .append(i % 3 == 0 ? ", exception: EveryThirdException" : "")
          .append(", i18n: {de: {message: Meldung ").append(i).append("}}}\n");
    }
    Compilation compilation = TestCatalogs.compile(TestCatalogs.root(yaml.toString()),
        List.of("--release", "8", "-Xlint:all,-options,-processing"));
    assertThat(compilation).succeededWithoutWarnings();
    Class<?> huge = new CompiledClasses(compilation).type("HugeCode");
    assertEquals(CODES, huge.getEnumConstants().length);
    for (int i = 0; i < CODES; i += 397) {
      Object constant = call(huge, "forCode", 100_000 + i * 7);
      assertEquals("CODE_" + i, ((Enum<?>) constant).name());
      assertEquals("Meldung " + i, call(constant, "message", java.util.Locale.GERMAN));
      assertEquals(i % 3 == 0 ? "EveryThirdException" : "HugeException",
          call(constant, "exception").getClass().getSimpleName());
    }
  }

  @Test
  void aDomainAboveTheLimitIsACatalogErrorNotCodeTooLarge() {
    StringBuilder yaml = new StringBuilder("codebook: 1\nname: Big\ndomains:\n  - name: Huge\n    kind: failure\n    codes:\n");
    for (int i = 0; i <= 4_000; i++) {
      yaml.append("      - {code: ").append(i).append(", name: C").append(i).append(", message: m}\n");
    }
    CatalogDiagnosticsTest.assertCatalogError(TestCatalogs.compile(yaml.toString()), "domain-too-large",
        "catalog.yaml:4:11", "domain Huge has 4,001 codes", "at most 4,000");
  }

  @Test
  void aDomainWhoseAliasesWouldOverflowTheEnumIsACatalogError() {
    StringBuilder yaml = new StringBuilder("codebook: 1\nname: Big\ndomains:\n  - name: Huge\n    kind: failure\n    codes:\n");
    for (int i = 0; i < 2_000; i++) {
      yaml.append("      - {code: ").append(i).append(", name: C").append(i).append(", message: m, aliases: [");
      for (int a = 0; a < 8; a++) {
        yaml.append(a == 0 ? "" : ", ").append("C").append(i).append("_ALIAS_").append(a);
      }
      yaml.append("]}\n");
    }
    CatalogDiagnosticsTest.assertCatalogError(TestCatalogs.compile(yaml.toString()), "domain-too-large",
        "catalog.yaml:4:11", "domain Huge would generate an enum too large for the JVM");
  }
}
