package dev.codebook.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codebook.processor.maven.StaleCatalogs;
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
   * absolute paths alike.
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

  /**
   * A named module: with {@code requires static transitive org.jetbrains.annotations}, as README says, the
   * generated API carries the annotations without a warning; a module that does not read them gets none.
   */
  @Test
  void aNamedModuleGetsTheAnnotationsWhenItReadsThem() throws Exception {
    writeSource("shop.yaml");
    Files.writeString(dir.resolve("src/com/example/codes/shop.yaml"), GeneratedApiTest.CATALOG);
    Path moduleInfo = dir.resolve("src/module-info.java");
    String modulePath = Path.of(dev.codebook.Codebook.class.getProtectionDomain().getCodeSource().getLocation().toURI())
        + java.io.File.pathSeparator
        + Path.of(org.jetbrains.annotations.NotNull.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    java.util.function.Function<String, List<String>> options = run -> List.of("--release", "11",
        "-Xlint:all,-options,-processing,-requires-automatic", "--module-path", modulePath,
        "-processorpath", System.getProperty("java.class.path"), "-processor", CodebookProcessor.class.getName(),
        TestCatalogs.PARTIAL_TRANSLATIONS, "-d", dir.resolve(run + "/classes").toString(),
        "-s", dir.resolve(run + "/generated").toString(),
        moduleInfo.toString(), dir.resolve("src/com/example/codes/package-info.java").toString());
    Files.writeString(moduleInfo, """
        module shop {
          requires static codebook.annotations;
          requires static transitive org.jetbrains.annotations;
          exports com.example.codes;
        }
        """);
    Result reading = run(options.apply("reading"));
    assertEquals(0, reading.exitCode(), reading.output());
    assertEquals("", reading.output(), "no warning under -Xlint:all");
    assertTrue(Files.readString(dir.resolve("reading/generated/com/example/codes/OrderCode.java")).contains("@NotNull"));

    Files.writeString(moduleInfo, "module shop {\n  requires static codebook.annotations;\n  exports com.example.codes;\n}\n");
    Result notReading = run(options.apply("not-reading"));
    assertEquals(0, notReading.exitCode(), notReading.output());
    assertEquals("", notReading.output(), "no warning under -Xlint:all");
    assertFalse(Files.readString(dir.resolve("not-reading/generated/com/example/codes/OrderCode.java"))
        .contains("@NotNull"));
  }

  private static Result run(List<String> args) {
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);
    int exit = ToolProvider.getSystemJavaCompiler().run(null, out, out, args.toArray(String[]::new));
    return new Result(exit, output.toString(StandardCharsets.UTF_8));
  }

  /**
   * Gradle and kapt, with their incremental processing on, hand a processor a wrapper of javac's environment
   * (Gradle's {@code IncrementalProcessingEnvironment} keeps it in a field {@code delegate}), which javac's
   * {@code Trees} refuses: the catalog beside {@code package-info.java} is still found, through the wrapper.
   */
  @Test
  void findsACatalogBesideThePackageInfoThroughABuildToolsWrapper() throws IOException {
    writeSource("shop.yaml");
    Files.writeString(dir.resolve("src/com/example/codes/shop.yaml"), GeneratedApiTest.CATALOG);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    try (var files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
      List<String> options = List.of("-classpath", System.getProperty("java.class.path"), "--release", "8",
          "-Xlint:all,-options,-processing", TestCatalogs.PARTIAL_TRANSLATIONS,
          "-d", Files.createDirectories(dir.resolve("classes")).toString(),
          "-s", Files.createDirectories(dir.resolve("generated")).toString());
      var task = javac.getTask(new java.io.PrintWriter(output, true, StandardCharsets.UTF_8), files, null, options,
          null, files.getJavaFileObjects(dir.resolve("src/com/example/codes/package-info.java")));
      task.setProcessors(List.of(new Wrapped(new CodebookProcessor())));
      assertTrue(task.call(), output.toString(StandardCharsets.UTF_8));
    }
    assertTrue(Files.exists(dir.resolve("classes/com/example/codes/OrderNetworkException.class")),
        output.toString(StandardCharsets.UTF_8));
  }

  /** A processor run as Gradle runs an incremental one: with javac's environment behind a wrapper. */
  static final class Wrapped extends javax.annotation.processing.AbstractProcessor {
    private final javax.annotation.processing.Processor processor;

    Wrapped(javax.annotation.processing.Processor processor) {
      this.processor = processor;
    }

    @Override
    public synchronized void init(javax.annotation.processing.ProcessingEnvironment environment) {
      super.init(environment);
      processor.init(new Wrapper(environment));
    }

    @Override
    public java.util.Set<String> getSupportedAnnotationTypes() {
      return processor.getSupportedAnnotationTypes();
    }

    @Override
    public java.util.Set<String> getSupportedOptions() {
      return processor.getSupportedOptions();
    }

    @Override
    public javax.lang.model.SourceVersion getSupportedSourceVersion() {
      return processor.getSupportedSourceVersion();
    }

    @Override
    public boolean process(java.util.Set<? extends javax.lang.model.element.TypeElement> annotations,
        javax.annotation.processing.RoundEnvironment round) {
      return processor.process(annotations, round);
    }
  }

  /** The shape of Gradle's {@code IncrementalProcessingEnvironment}: every call to a field named {@code delegate}. */
  static final class Wrapper implements javax.annotation.processing.ProcessingEnvironment {
    private final javax.annotation.processing.ProcessingEnvironment delegate;

    Wrapper(javax.annotation.processing.ProcessingEnvironment delegate) {
      this.delegate = delegate;
    }

    @Override
    public java.util.Map<String, String> getOptions() {
      return delegate.getOptions();
    }

    @Override
    public javax.annotation.processing.Messager getMessager() {
      return delegate.getMessager();
    }

    @Override
    public javax.annotation.processing.Filer getFiler() {
      return delegate.getFiler();
    }

    @Override
    public javax.lang.model.util.Elements getElementUtils() {
      return delegate.getElementUtils();
    }

    @Override
    public javax.lang.model.util.Types getTypeUtils() {
      return delegate.getTypeUtils();
    }

    @Override
    public javax.lang.model.SourceVersion getSourceVersion() {
      return delegate.getSourceVersion();
    }

    @Override
    public java.util.Locale getLocale() {
      return delegate.getLocale();
    }
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

  /**
   * The same project built in two directories gives the same bytes: sources, resources, the lookup record
   * (its -Acodebook.root relative to itself) and class files. The second is built through a symbolic link,
   * and each is then checked by the goal {@code mark-stale} as Maven spells its directories (the real path for
   * the linked one): the record the processor wrote leads it back to the catalog, and an edit is seen.
   */
  @Test
  void twoCheckoutsBuildTheSameBytes() throws IOException {
    java.util.Map<String, byte[]> first = null;
    Files.createDirectories(dir.resolve("two/elsewhere"));
    Files.createSymbolicLink(dir.resolve("two/link"), dir.resolve("two/elsewhere"));
    for (String checkout : List.of("one/project", "two/link/project")) {
      Path base = dir.resolve(checkout);
      Path packageInfo = base.resolve("src/com/example/codes/package-info.java");
      Files.createDirectories(packageInfo.getParent());
      Files.writeString(packageInfo, PACKAGE_INFO.formatted("shop.yaml"));
      Files.createDirectories(base.resolve("catalogs/com/example/codes"));
      Files.writeString(base.resolve("catalogs/com/example/codes/shop.yaml"), GeneratedApiTest.CATALOG);
      List<String> args = List.of("-processorpath", System.getProperty("java.class.path"),
          "-processor", CodebookProcessor.class.getName(), "-classpath", System.getProperty("java.class.path"),
          "--release", "8", TestCatalogs.PARTIAL_TRANSLATIONS, "-Acodebook.root=" + base.resolve("catalogs"),
          "-d", base.resolve("out").toString(), "-s", base.resolve("out").toString(), packageInfo.toString());
      Result result = run(args);
      assertEquals(0, result.exitCode(), result.output());
      java.util.Map<String, byte[]> files = new java.util.TreeMap<>();
      try (Stream<Path> walk = Files.walk(base.resolve("out"))) {
        for (Path file : walk.filter(Files::isRegularFile).toList()) {
          files.put(base.resolve("out").relativize(file).toString(), Files.readAllBytes(file));
        }
      }
      assertTrue(files.containsKey("com/example/codes/codebook-catalog.lookup"), files.keySet().toString());
      Path out = base.resolve("out").toRealPath();
      StaleCatalogs goal = new StaleCatalogs(out, out, List.of(base.resolve("src")), List.of(out));
      assertEquals(List.of(), goal.find(), "a fresh build is not stale");
      Path catalog = base.resolve("catalogs/com/example/codes/shop.yaml");
      byte[] catalogBytes = Files.readAllBytes(catalog);
      Files.writeString(catalog, GeneratedApiTest.CATALOG + "# edited\n");
      assertEquals(List.of(new StaleCatalogs.Stale("com.example.codes", "its catalog com/example/codes/shop.yaml changed")),
          goal.find());
      Files.write(catalog, catalogBytes);
      if (first == null) {
        first = files;
      } else {
        assertEquals(first.keySet(), files.keySet());
        for (String name : files.keySet()) {
          assertTrue(java.util.Arrays.equals(first.get(name), files.get(name)), name + " differs between checkouts");
        }
      }
    }
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
