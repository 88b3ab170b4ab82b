package dev.codebook.catalog.fusionauth;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.codebook.processor.CodebookProcessor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves what the catalog's failures mean for an app's {@code @Exhaustive} handler of domain {@code Sdk}:
 * one that overrides the method of every failure the YAML lists compiles, and one that leaves out
 * {@code onSmsSendRateLimited} (500009, a failure since the review: the rate-limited SMS was not sent)
 * fails to compile, naming that code and no other.
 *
 * <p>The handlers are written from the YAML read by {@link YamlCatalog}; the kinds the review settled
 * are pinned by {@link CatalogReviewTest}, so together they fail if 500009 stops being a failure.
 */
class ExhaustiveCompilationTest {
  private static final String PACKAGE = "test.exhaustive";
  private static final String CATALOG_FILE = "fusion-auth.yaml";
  private static final String DOMAIN = "Sdk";
  private static final String RATE_LIMITED = "SMS_SEND_RATE_LIMITED";
  private static final List<YamlCatalog.Entry> CATALOG_ENTRIES = YamlCatalog.load().entries(DOMAIN);

  @TempDir Path root;

  @Test
  void handlerOfEveryFailureCompilesWithoutWarnings() throws IOException {
    JavaFileObject handler = handler("AllSdkFailures", failureNames());

    Compilation compilation = compile(handler);

    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void handlerWithoutTheRateLimitedSmsFailsNamingIt() throws IOException {
    YamlCatalog.Entry rateLimited = CATALOG_ENTRIES.stream()
        .filter(entry -> entry.name().equals(RATE_LIMITED))
        .findFirst()
        .orElseThrow();
    List<String> names = failureNames();
    assertTrue(names.remove(RATE_LIMITED), RATE_LIMITED + " is a failure in the catalog");
    JavaFileObject handler = handler("SdkFailuresButRateLimit", names);

    Compilation compilation = compile(handler);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[codebook:exhaustive-missing]")
        .inFile(handler)
        .onLineContaining("@dev.codebook.Exhaustive");
    String message = compilation.errors().get(0).getMessage(Locale.ROOT);
    assertTrue(message.contains(rateLimited.codeText() + " " + RATE_LIMITED), message);
    assertTrue(message.contains("onSmsSendRateLimited"), message);
    for (String other : names) {
      assertFalse(message.contains(" " + other + " "), other + " is handled but named: " + message);
    }
  }

  /** The names of the domain's failures, in catalog order: what an {@code @Exhaustive} handler must handle. */
  private static List<String> failureNames() {
    List<String> names = new ArrayList<>();
    for (YamlCatalog.Entry entry : CATALOG_ENTRIES) {
      if (entry.isFailure()) {
        names.add(entry.name());
      }
    }
    return names;
  }

  /** An {@code @Exhaustive} {@code SdkHandler<String>} overriding the per-code method of each of {@code names}. */
  private static JavaFileObject handler(String simpleName, List<String> names) {
    List<String> lines = new ArrayList<>();
    lines.add("package " + PACKAGE + ";");
    lines.add("");
    lines.add("@dev.codebook.Exhaustive");
    lines.add("final class " + simpleName + " implements SdkHandler<String> {");
    for (String name : names) {
      lines.add("  @Override public String on" + HandlerDispatchTest.upperCamel(name)
          + "(String detail) { return \"" + name + "\"; }");
    }
    lines.add("  @Override public String onOutcome(SdkCode code, String detail) { return \"other\"; }");
    lines.add("}");
    return JavaFileObjects.forSourceLines(PACKAGE + "." + simpleName, lines);
  }

  private Compilation compile(JavaFileObject handler) throws IOException {
    Path catalog = root.resolve(PACKAGE.replace('.', '/')).resolve(CATALOG_FILE);
    Files.createDirectories(catalog.getParent());
    Files.writeString(catalog, YamlCatalog.load().text(), StandardCharsets.UTF_8);
    JavaFileObject packageInfo = JavaFileObjects.forSourceLines(PACKAGE + ".package-info",
        "@dev.codebook.Codebook(\"" + CATALOG_FILE + "\")",
        "package " + PACKAGE + ";");
    Compilation compilation = com.google.testing.compile.Compiler.javac()
        .withProcessors(new CodebookProcessor())
        .withOptions("-Acodebook.root=" + root, "-Xlint:all", "-Xlint:-processing")
        .compile(packageInfo, handler);
    assertEquals(List.of(), compilation.errors().stream()
            .filter(error -> !error.getMessage(Locale.ROOT).contains("[codebook:exhaustive-missing]"))
            .map(error -> error.getMessage(Locale.ROOT))
            .toList(),
        "errors other than exhaustive-missing");
    return compilation;
  }
}
