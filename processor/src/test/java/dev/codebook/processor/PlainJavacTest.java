package dev.codebook.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The processor under the real javac with files on disk, as a build tool runs it: the catalog is found
 * on the source path and in a jar on the class path, and a broken catalog leaves no file behind.
 */
class PlainJavacTest {
  static final String PACKAGE_INFO = """
      @Codebook("%s")
      package com.example.codes;

      import dev.codebook.Codebook;
      """;

  @TempDir Path dir;

  record Result(int exitCode, String output) {}

  /** Runs javac on {@code com/example/codes/package-info.java} under {@code dir/src}, and {@code moreSources}. */
  Result javac(String... extraOptions) throws IOException {
    return javac(List.of(), extraOptions);
  }

  Result javac(List<Path> moreSources, String... extraOptions) throws IOException {
    List<String> args = new ArrayList<>(List.of(
        "-processorpath", System.getProperty("java.class.path"),
        "-processor", CodebookProcessor.class.getName(),
        "-classpath", System.getProperty("java.class.path"),
        "--release", "8", "-Xlint:all,-options,-processing", TestCatalogs.PARTIAL_TRANSLATIONS,
        "-d", Files.createDirectories(dir.resolve("classes")).toString(),
        "-s", Files.createDirectories(dir.resolve("generated")).toString()));
    args.addAll(List.of(extraOptions));
    args.add(dir.resolve("src/com/example/codes/package-info.java").toString());
    moreSources.forEach(source -> args.add(source.toString()));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);
    int exit = javac.run(null, out, out, args.toArray(String[]::new));
    return new Result(exit, output.toString(StandardCharsets.UTF_8));
  }

  void writeSource(String catalogPath) throws IOException {
    Path file = dir.resolve("src/com/example/codes/package-info.java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, PACKAGE_INFO.formatted(catalogPath));
  }

  List<Path> generated() throws IOException {
    try (Stream<Path> files = Files.walk(dir.resolve("generated"))) {
      return files.filter(Files::isRegularFile).toList();
    }
  }

  @Test
  void findsACatalogBesideThePackageOnTheSourcePath() throws IOException {
    writeSource("shop.yaml");
    Files.writeString(dir.resolve("src/com/example/codes/shop.yaml"), GeneratedApiTest.CATALOG);
    Result result = javac("-sourcepath", dir.resolve("src").toString());
    assertEquals(0, result.exitCode(), result.output());
    assertEquals("", result.output(), "no warning under -Xlint:all");
    assertTrue(Files.exists(dir.resolve("generated/com/example/codes/OrderCode.java")));
    assertTrue(Files.exists(dir.resolve("classes/com/example/codes/OrderNetworkException.class")));
  }

  /**
   * No {@code -sourcepath} and no {@code codebook.root}, as kapt, Gradle and a plain javac run it: the
   * catalog beside {@code package-info.java} is found where javac says it read that file from, relative and
   * absolute paths alike; the lookup record then names no directory of this machine.
   */
  @Test
  void findsACatalogBesideThePackageInfoWithoutASourcePath() throws IOException {
    writeSource("shop.yaml");
    Files.writeString(dir.resolve("src/com/example/codes/shop.yaml"), GeneratedApiTest.CATALOG);
    Result result = javac();
    assertEquals(0, result.exitCode(), result.output());
    assertEquals("", result.output(), "no warning under -Xlint:all");
    assertTrue(Files.exists(dir.resolve("classes/com/example/codes/OrderNetworkException.class")));

    writeSource("/catalogs/shop.yaml");
    Files.createDirectories(dir.resolve("src/catalogs"));
    Files.writeString(dir.resolve("src/catalogs/shop.yaml"), GeneratedApiTest.CATALOG.replace("Order placed.", "Placed."));
    Result absolute = javac();
    assertEquals(0, absolute.exitCode(), absolute.output());
    assertTrue(Files.readString(dir.resolve("generated/com/example/codes/OrderCode.java")).contains("Placed."));
  }

  @Test
  void withoutASourcePathAMissingCatalogListsThePackageInfosRoot() throws IOException {
    writeSource("payment.yaml");
    Files.writeString(dir.resolve("src/com/example/codes/payments.yaml"), GeneratedApiTest.CATALOG);
    Result result = javac();
    assertEquals(1, result.exitCode(), result.output());
    assertTrue(result.output().contains("catalog 'payment.yaml' not found; did you mean 'payments.yaml'?"),
        result.output());
    assertTrue(result.output().contains(dir.resolve("src/com/example/codes/payment.yaml")
        + " (the source root of package-info.java)"), result.output());
  }

  @Test
  void findsAnAbsoluteCatalogInAJarOnTheClassPath() throws IOException {
    writeSource("/catalogs/shop.yaml");
    Path jar = dir.resolve("catalog.jar");
    try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
      out.putNextEntry(new JarEntry("catalogs/shop.yaml"));
      out.write(GeneratedApiTest.CATALOG.getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }
    Result result = javac("-classpath", System.getProperty("java.class.path") + java.io.File.pathSeparator + jar);
    assertEquals(0, result.exitCode(), result.output());
    assertTrue(Files.exists(dir.resolve("generated/com/example/codes/SqlCode.java")));
  }

  @Test
  void aBrokenCatalogGeneratesNothing() throws IOException {
    writeSource("shop.yaml");
    String broken = GeneratedApiTest.CATALOG.replace("name: TIMEOUT", "name: NOT_FOUND");
    Files.writeString(dir.resolve("src/com/example/codes/shop.yaml"), broken);
    Result result = javac("-sourcepath", dir.resolve("src").toString());
    assertEquals(1, result.exitCode(), result.output());
    assertTrue(result.output().contains("[codebook:duplicate-name]"), result.output());
    assertTrue(result.output().contains("shop.yaml:40:15") && result.output().contains("shop.yaml:23:15"), result.output());
    assertEquals(List.of(), generated());
  }

  @Test
  void aMissingCatalogIsOneErrorOnTheAnnotation() throws IOException {
    writeSource("missing.yaml");
    Result result = javac("-sourcepath", dir.resolve("src").toString());
    assertEquals(1, result.exitCode(), result.output());
    assertTrue(result.output().contains("package-info.java:1: error:"), result.output());
    assertTrue(result.output().contains("com/example/codes/missing.yaml on the source path"), result.output());
    assertTrue(result.output().contains("1 error"), result.output());
    assertEquals(List.of(), generated());
  }

  @Test
  void aNearMissBesideThePackageIsNamed() throws IOException {
    writeSource("payment.yaml");
    Files.writeString(dir.resolve("src/com/example/codes/payments.yaml"), GeneratedApiTest.CATALOG);
    Result result = javac("-sourcepath", dir.resolve("src").toString());
    assertEquals(1, result.exitCode(), result.output());
    assertTrue(result.output().contains("catalog 'payment.yaml' not found; did you mean 'payments.yaml'?"),
        result.output());
    assertTrue(result.output().contains("[codebook:catalog-not-found]"), result.output());
  }

  @Test
  void aNearMissInAJarIsNamedAsTheUserWroteThePath() throws IOException {
    writeSource("/catalogs/payment.yaml");
    Path jar = dir.resolve("catalog.jar");
    try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
      out.putNextEntry(new JarEntry("catalogs/payments.yaml"));
      out.write(GeneratedApiTest.CATALOG.getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }
    Result result = javac("-classpath", System.getProperty("java.class.path") + java.io.File.pathSeparator + jar);
    assertEquals(1, result.exitCode(), result.output());
    assertTrue(result.output().contains(
        "catalog '/catalogs/payment.yaml' not found; did you mean '/catalogs/payments.yaml'?"), result.output());
  }

  @Test
  void noSuggestionWhenNothingIsNear() throws IOException {
    writeSource("payment.yaml");
    Files.writeString(dir.resolve("src/com/example/codes/shop.yaml"), GeneratedApiTest.CATALOG);
    Result result = javac("-sourcepath", dir.resolve("src").toString());
    assertEquals(1, result.exitCode(), result.output());
    assertTrue(result.output().contains("catalog 'payment.yaml' not found; tried:"), result.output());
  }

  @Test
  void exhaustiveCatchesAMissingFailureWhenTheHandlerIsGeneratedInTheSameBuild() throws IOException {
    writeSource("shop.yaml");
    Files.writeString(dir.resolve("src/com/example/codes/shop.yaml"), GeneratedApiTest.CATALOG);
    Path app = dir.resolve("src/com/example/app/Failures.java");
    Files.createDirectories(app.getParent());
    Files.writeString(app, """
        package com.example.app;

        import com.example.codes.OrderCode;
        import com.example.codes.OrderHandler;
        import dev.codebook.Exhaustive;

        @Exhaustive
        final class Failures implements OrderHandler<String> {
          @Override public String onNetworkDown(String detail) { return "retry"; }
          @Override public String onTimeout(String detail) { return "retry"; }
          @Override public String onOutcome(OrderCode code, String detail) { return "continue"; }
        }
        """);
    Result result = javac(List.of(app), "-sourcepath", dir.resolve("src").toString());
    assertEquals(1, result.exitCode(), result.output());
    assertTrue(result.output().contains("Failures.java:7: error: Failures does not handle 1 failure code of OrderHandler"),
        result.output());
    assertTrue(result.output().contains("404 NOT_FOUND (Order not found.): override onNotFound(String)"), result.output());
    assertTrue(result.output().contains("1 error"), result.output());
  }

  @Test
  void aUserClassWithAGeneratedNameStopsGenerationBeforeAnyFile() throws IOException {
    writeSource("shop.yaml");
    Files.writeString(dir.resolve("src/com/example/codes/shop.yaml"), GeneratedApiTest.CATALOG);
    Path own = dir.resolve("src/com/example/codes/OrderException.java");
    Files.writeString(own, "package com.example.codes;\npublic class OrderException {}\n");
    Result result = javac(List.of(own), "-sourcepath", dir.resolve("src").toString());
    assertEquals(1, result.exitCode(), result.output());
    assertTrue(result.output().contains("com.example.codes.OrderException: a type of that name already exists"),
        result.output());
    assertTrue(result.output().contains("[codebook:write-failed]"), result.output());
    assertEquals(List.of(), generated());
  }
}
