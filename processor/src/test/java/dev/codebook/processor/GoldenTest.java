package dev.codebook.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Golden output. Each folder under {@code src/test/resources/golden} holds a small catalog of one kind of
 * output ({@code catalog.yaml}; the class form's is written here), the names of the generated files it pins
 * ({@code pinned.txt}: one a line, {@code *} any run of characters, {@code !} before one it leaves out; a
 * resource by its path in the class output), and those files as they must be generated ({@code expected/}), compared whole. A generator change
 * shows its output change in the same diff. After a change meant to alter the output, regenerate them all:
 *
 * <pre>
 * mvn -B test -pl processor -am -Dtest=GoldenTest -Dsurefire.failIfNoSpecifiedTests=false -Dcodebook.golden=update
 * </pre>
 *
 * <p>Compiled as README's set-up compiles: {@code --release 8}, JetBrains' annotations on the class path.
 */
class GoldenTest {
  static final Path GOLDEN = Path.of("src/test/resources/golden");
  static final boolean UPDATE = "update".equals(System.getProperty("codebook.golden"));

  @ParameterizedTest
  @ValueSource(strings = {"codes", "exceptions", "ranges", "attributes", "translations", "reference", "class-form"})
  void generatedFilesAreTheExpectedOnes(String name) throws IOException {
    Path folder = GOLDEN.resolve(name);
    String pkg = "golden." + name.replace("-", "");
    String catalog = name.equals("class-form") ? classFormCatalog()
        : Files.readString(folder.resolve("catalog.yaml"), StandardCharsets.UTF_8);
    Path root = Files.createTempDirectory("codebook-golden");
    Path file = root.resolve(pkg.replace('.', '/')).resolve("catalog.yaml");
    Files.createDirectories(file.getParent());
    Files.writeString(file, catalog, StandardCharsets.UTF_8);
    Compilation compilation = com.google.testing.compile.Compiler.javac()
        .withProcessors(new CodebookProcessor())
        .withOptions("--release", "8", "-Xlint:all,-options,-processing", TestCatalogs.PARTIAL_TRANSLATIONS,
            "-Acodebook.root=" + root)
        .compile(TestCatalogs.packageInfo(pkg, "catalog.yaml"));
    assertThat(compilation).succeededWithoutWarnings();

    Map<String, String> generated = pinned(folder, generated(compilation));
    assertFalse(generated.isEmpty(), "pinned.txt of " + name + " pins no generated file");
    Path expected = folder.resolve("expected");
    if (UPDATE) {
      write(expected, generated);
      return;
    }
    Map<String, String> recorded = read(expected);
    List<String> differences = new ArrayList<>();
    for (String path : generated.keySet()) {
      if (!recorded.containsKey(path)) {
        differences.add("new file " + path + " (regenerate: see GoldenTest)");
      } else if (!recorded.get(path).equals(generated.get(path))) {
        differences.add(LineDiff.unified(path, recorded.get(path), generated.get(path)));
      }
    }
    for (String path : recorded.keySet()) {
      if (!generated.containsKey(path)) {
        differences.add("no longer generated: " + path);
      }
    }
    if (!differences.isEmpty()) {
      fail("generated files of golden/" + name + " differ from expected/ (after a deliberate change,"
          + " regenerate: see GoldenTest):\n" + String.join("\n", differences));
    }
  }

  /** The class form's catalog: one more name than an enum holds. */
  static String classFormCatalog() {
    StringBuilder catalog = new StringBuilder("codebook: 1\nname: Huge\ndomains:\n  - name: Big\n    kind: failure\n"
        + "    codes:\n");
    for (int i = 0; i <= 3_000; i++) {
      catalog.append("      - {code: ").append(100_000 + i).append(", name: BIG_").append(i)
          .append(", message: Big ").append(i).append(".}\n");
    }
    return catalog.toString();
  }

  /** Every generated file, sources by package path and resources by class-output path, as text. */
  private static Map<String, String> generated(Compilation compilation) {
    Map<String, String> files = new TreeMap<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      String path = file.toUri().getPath();
      for (String location : List.of("/SOURCE_OUTPUT/", "/CLASS_OUTPUT/")) {
        int at = path.indexOf(location);
        if (at >= 0 && !path.endsWith(".class")) {
          try {
            files.put(path.substring(at + location.length()), file.getCharContent(true).toString());
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      }
    }
    return files;
  }

  /** The files {@code pinned.txt} names: a source by its file name, a resource by its whole path. */
  private static Map<String, String> pinned(Path folder, Map<String, String> files) throws IOException {
    List<String> lines = Files.readAllLines(folder.resolve("pinned.txt")).stream()
        .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
    List<Pattern> pins = lines.stream().filter(line -> !line.startsWith("!")).map(GoldenTest::glob).toList();
    List<Pattern> exclusions = lines.stream().filter(line -> line.startsWith("!"))
        .map(line -> glob(line.substring(1))).toList();
    Map<String, String> pinned = new TreeMap<>();
    files.forEach((path, text) -> {
      String name = path.endsWith(".java") ? path.substring(path.lastIndexOf('/') + 1) : path;
      if (pins.stream().anyMatch(pin -> pin.matcher(name).matches())
          && exclusions.stream().noneMatch(exclusion -> exclusion.matcher(name).matches())) {
        pinned.put(name, text);
      }
    });
    return pinned;
  }

  private static Pattern glob(String glob) {
    return Pattern.compile(Pattern.quote(glob).replace("*", "\\E.*\\Q"));
  }

  private static Map<String, String> read(Path expected) throws IOException {
    Map<String, String> files = new TreeMap<>();
    if (!Files.isDirectory(expected)) {
      return files;
    }
    try (Stream<Path> walk = Files.walk(expected)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(expected.relativize(file).toString().replace(java.io.File.separatorChar, '/'),
            Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    return files;
  }

  private static void write(Path expected, Map<String, String> files) throws IOException {
    if (Files.isDirectory(expected)) {
      try (Stream<Path> walk = Files.walk(expected)) {
        for (Path file : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(file);
        }
      }
    }
    for (Map.Entry<String, String> file : files.entrySet()) {
      Path target = expected.resolve(file.getKey());
      Files.createDirectories(target.getParent());
      Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
    }
    System.out.printf("GoldenTest: wrote %d files to %s%n", files.size(), expected);
  }

  /** A unified diff of two texts by lines, with three lines of context: what a reviewer reads. */
  static final class LineDiff {
    private static final int CONTEXT = 3;
    /** Above this many cells the comparison shows the first difference only. */
    private static final long MAX_CELLS = 40_000_000L;

    private LineDiff() {}

    static String unified(String name, String expected, String actual) {
      String[] a = expected.split("\n", -1);
      String[] b = actual.split("\n", -1);
      if ((long) a.length * b.length > MAX_CELLS) {
        int i = 0;
        while (i < Math.min(a.length, b.length) && a[i].equals(b[i])) {
          i++;
        }
        return "--- expected/" + name + "\n+++ generated/" + name + "\nfirst difference at line " + (i + 1)
            + ":\n-" + (i < a.length ? a[i] : "") + "\n+" + (i < b.length ? b[i] : "");
      }
      int[][] common = new int[a.length + 1][b.length + 1];
      for (int i = a.length - 1; i >= 0; i--) {
        for (int j = b.length - 1; j >= 0; j--) {
          common[i][j] = a[i].equals(b[j]) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
        }
      }
      List<String> lines = new ArrayList<>();
      int i = 0;
      int j = 0;
      while (i < a.length || j < b.length) {
        if (i < a.length && j < b.length && a[i].equals(b[j])) {
          lines.add(" " + a[i++]);
          j++;
        } else if (i < a.length && (j == b.length || common[i + 1][j] >= common[i][j + 1])) {
          lines.add("-" + a[i++]);
        } else {
          lines.add("+" + b[j++]);
        }
      }
      StringBuilder out = new StringBuilder("--- expected/" + name + "\n+++ generated/" + name + "\n");
      int k = 0;
      while (k < lines.size()) {
        if (lines.get(k).startsWith(" ")) {
          k++;
          continue;
        }
        // A hunk: this change and every change within twice the context of the last, with context around.
        int last = k;
        for (int m = k + 1; m < lines.size() && m <= last + 2 * CONTEXT; m++) {
          if (!lines.get(m).startsWith(" ")) {
            last = m;
          }
        }
        int from = Math.max(0, k - CONTEXT);
        int to = Math.min(lines.size() - 1, last + CONTEXT);
        out.append("@@ line ").append(from + 1).append(" @@\n");
        for (int m = from; m <= to; m++) {
          out.append(lines.get(m)).append('\n');
        }
        k = to + 1;
      }
      return out.toString();
    }
  }

  @org.junit.jupiter.api.Test
  void theDiffShowsWhatChanged() {
    String diff = LineDiff.unified("A.java", "a\nb\nc\nd\ne\nf\ng\nh\n", "a\nb\nc\nD\ne\nf\ng\nh\n");
    assertEquals("--- expected/A.java\n+++ generated/A.java\n@@ line 1 @@\n a\n b\n c\n-d\n+D\n e\n f\n g\n", diff);
  }
}
