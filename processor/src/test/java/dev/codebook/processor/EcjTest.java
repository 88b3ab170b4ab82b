package dev.codebook.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.eclipse.jdt.internal.compiler.batch.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Eclipse's compiler (ecj, from Maven Central) with the processor on its processor path, run with the
 * command line a user gives {@code java -jar ecj.jar}: the example compiles, with its {@code @Exhaustive}
 * handler and its {@code @Handles} naming generated {@code _VALUE} constants; a broken catalog and a
 * missing failure give the errors javac gives, word for word.
 */
class EcjTest {
  @TempDir Path dir;

  record Result(boolean success, String output) {
    /**
     * The text of each Codebook problem ecj printed, each line stripped of its indentation (javac indents
     * the lines after the first). ecj prints a problem with a position as {@code N. ERROR in FILE (at line
     * L)}, the source line and a caret line, then the message; one without a position (a package's
     * annotation) as {@code N. ERROR: message}.
     */
    Set<String> codebookMessages() {
      List<List<String>> problems = new ArrayList<>();
      for (String line : output.split("\n")) {
        if (line.matches("\\d+\\. (ERROR|WARNING)( in |: ).*")) {
          problems.add(new ArrayList<>(List.of(line)));
        } else if (line.equals("----------") || line.matches("\\d+ problems? \\(.*\\)")) {
          problems.add(new ArrayList<>()); // ends the problem before it
        } else if (!problems.isEmpty() && !problems.get(problems.size() - 1).isEmpty()) {
          problems.get(problems.size() - 1).add(line);
        }
      }
      Set<String> messages = new TreeSet<>();
      for (List<String> lines : problems) {
        if (lines.isEmpty()) {
          continue;
        }
        String message = lines.get(0).matches("\\d+\\. (ERROR|WARNING) in .*")
            ? String.join("\n", lines.subList(Math.min(3, lines.size()), lines.size()))
            : String.join("\n", lines).replaceFirst("^\\d+\\. (ERROR|WARNING): ", "");
        if (message.contains("[codebook:")) {
          messages.add(unindented(message));
        }
      }
      return messages;
    }
  }

  static String unindented(String message) {
    return message.strip().replaceAll("\n[ \t]+", "\n");
  }

  /** ecj with the class path first and the processor path after it: the order ecj needs (README). */
  Result ecj(List<String> classPath, List<Path> sources) {
    return run(args(classPath, sources));
  }

  List<String> args(List<String> classPath, List<Path> sources) {
    // The shared test catalog is translated in part on purpose: its warnings are not what these tests compare.
    List<String> args = new ArrayList<>(List.of("--release", "8", "-encoding", "UTF-8", "-proceedOnError",
        TestCatalogs.PARTIAL_TRANSLATIONS,
        "-d", dir.resolve("classes").toString(), "-s", dir.resolve("generated").toString(),
        "-classpath", String.join(File.pathSeparator, classPath),
        "-processorpath", System.getProperty("java.class.path")));
    sources.forEach(source -> args.add(source.toString()));
    return args;
  }

  /**
   * ecj as its own process, {@code java -jar ecj.jar}: in-process, its class loader for processors
   * delegates to the test's, which has the processor anyway.
   */
  static Result fork(List<String> args) throws IOException, InterruptedException, java.net.URISyntaxException {
    Path ecj = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", ecj.toString()));
    command.addAll(args);
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Result(process.waitFor() == 0, output.replace("\r\n", "\n"));
  }

  static Result run(List<String> args) {
    StringWriter output = new StringWriter();
    PrintWriter out = new PrintWriter(output);
    boolean success = new Main(out, out, false, null, null).compile(args.toArray(String[]::new));
    out.flush();
    return new Result(success, output.toString().replace("\r\n", "\n"));
  }

  /** javac on the same files, with the same paths; the Codebook messages of its errors. */
  Set<String> javacMessages(List<String> classPath, List<Path> sources) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> options = List.of("--release", "8", "-Xlint:-options", TestCatalogs.PARTIAL_TRANSLATIONS,
          "-d", dir.resolve("javac-classes").toString(),
          "-s", dir.resolve("javac-generated").toString(),
          "-classpath", String.join(File.pathSeparator, classPath),
          "-processorpath", System.getProperty("java.class.path"));
      Files.createDirectories(dir.resolve("javac-classes"));
      Files.createDirectories(dir.resolve("javac-generated"));
      javac.getTask(null, files, diagnostics, options, null, files.getJavaFileObjectsFromPaths(sources)).call();
    }
    return diagnostics.getDiagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
        .map(d -> d.getMessage(Locale.ROOT))
        .filter(message -> message.contains("[codebook:"))
        .map(EcjTest::unindented)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  static Path repository() {
    Path dir = Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath().normalize();
    return Files.isDirectory(dir.resolve("processor")) ? dir : dir.getParent();
  }

  /** Where the annotations are on the test's class path: their jar, or their module's classes. */
  static String annotations() throws Exception {
    return Path.of(dev.codebook.Handles.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
  }

  @Test
  void compilesTheExample() throws Exception {
    Path example = repository().resolve("example/src/main/java");
    List<Path> sources;
    try (Stream<Path> files = Files.walk(example)) {
      sources = files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
    }
    Result result = fork(args(List.of(annotations(), repository().resolve("catalog/src/main/resources").toString()),
        sources));
    assertTrue(result.success(), result.output());
    assertFalse(result.output().contains("ERROR"), result.output());
    assertFalse(result.output().contains("[codebook:"), result.output());
    assertTrue(Files.isRegularFile(dir.resolve("generated/dev/codebook/example/codes/SdkCode.java")));
    assertTrue(Files.isRegularFile(dir.resolve("classes/dev/codebook/example/OneClickLoginPolicy.class")));
    assertTrue(Files.isRegularFile(dir.resolve("classes/dev/codebook/example/LoginFlow.class")));
  }

  Path writeCatalogPackage(String catalog) throws IOException {
    Path source = dir.resolve("src/com/example/codes/package-info.java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, PlainJavacTest.PACKAGE_INFO.formatted("shop.yaml"));
    Path catalogs = dir.resolve("catalogs");
    Files.createDirectories(catalogs.resolve("com/example/codes"));
    Files.writeString(catalogs.resolve("com/example/codes/shop.yaml"), catalog);
    return source;
  }

  @Test
  void aBrokenCatalogGivesTheErrorsJavacGives() throws Exception {
    String broken = GeneratedApiTest.CATALOG.replace("name: TIMEOUT", "name: NOT_FOUND")
        .replace("codebook: 1\n", "codebook: 1\ncolour: blue\n");
    Path source = writeCatalogPackage(broken);
    List<String> classPath = List.of(annotations(), dir.resolve("catalogs").toString());
    Result result = ecj(classPath, List.of(source));
    assertFalse(result.success(), result.output());
    Set<String> javac = javacMessages(classPath, List.of(source));
    assertTrue(javac.size() >= 2, javac.toString());
    assertTrue(javac.stream().anyMatch(m -> m.contains("[codebook:duplicate-name]")), javac.toString());
    assertEquals(javac, result.codebookMessages(), result.output());
  }

  @Test
  void aMissingFailureGivesTheErrorJavacGives() throws Exception {
    Path source = writeCatalogPackage(GeneratedApiTest.CATALOG);
    Path handler = dir.resolve("src/com/example/app/Failures.java");
    Files.createDirectories(handler.getParent());
    Files.writeString(handler, """
        package com.example.app;

        import com.example.codes.OrderCode;
        import com.example.codes.OrderHandler;
        import dev.codebook.Exhaustive;
        import dev.codebook.Handles;

        @Exhaustive
        final class Failures implements OrderHandler<String> {
          @Override public String onNetworkDown(String detail) { return "retry"; }
          @Override public String onTimeout(String detail) { return "retry"; }
          @Override public String onOutcome(OrderCode code, String detail) { return "continue"; }

          @Handles(domain = "Order", codes = {OrderCode.NOT_FOUND_VALUE, 405})
          void abort(int code) {}
        }
        """);
    List<String> classPath = List.of(annotations(), dir.resolve("catalogs").toString());
    Result result = ecj(classPath, List.of(source, handler));
    assertFalse(result.success(), result.output());
    Set<String> javac = javacMessages(classPath, List.of(source, handler));
    assertEquals(2, javac.size(), javac.toString());
    assertTrue(javac.stream().anyMatch(m -> m.contains("404 NOT_FOUND (Order not found.): override onNotFound(String)")),
        javac.toString());
    assertTrue(javac.stream().anyMatch(m -> m.contains("code 405 is not in domain Order")), javac.toString());
    assertEquals(javac, result.codebookMessages());
    assertFalse(result.output().contains("internal-error"), result.output());
  }

  /**
   * ecj reads -processorpath only when it comes after -classpath (ecj 3.40): given after a processor
   * path, -classpath also becomes the processor module path, which ecj's BatchAnnotationProcessorManager
   * prefers, so processors are looked for on the class path. README says so.
   */
  @Test
  void aProcessorPathBeforeTheClassPathIsIgnored() throws Exception {
    Path source = writeCatalogPackage(GeneratedApiTest.CATALOG);
    Path user = dir.resolve("src/com/example/app/Uses.java");
    Files.createDirectories(user.getParent());
    Files.writeString(user, "package com.example.app;\nclass Uses { Object code = com.example.codes.OrderCode.NOT_FOUND; }\n");
    Result result = fork(List.of("--release", "8", "-d", dir.resolve("classes").toString(),
        "-s", dir.resolve("generated").toString(),
        "-processorpath", System.getProperty("java.class.path"),
        "-classpath", annotations() + File.pathSeparator + dir.resolve("catalogs"),
        source.toString(), user.toString()));
    assertFalse(result.success(), result.output());
    assertTrue(result.output().contains("com.example.codes.OrderCode cannot be resolved"), result.output());
    assertFalse(Files.exists(dir.resolve("generated/com/example/codes/OrderCode.java")));
  }
}
