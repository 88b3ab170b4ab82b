package dev.codebook.processor;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded mutations of the real fusion-auth catalog, each run through the real javac with the
 * processor: every one must either generate its sources cleanly or stop with Codebook errors that name the
 * catalog and leave no file behind. Never a crash, never {@code [codebook:internal-error]}.
 *
 * <p>The default run tries {@value #DEFAULT_COUNT}; the {@code fuzz} profile of the processor's pom 5,000.
 * {@code -Dcodebook.fuzz.seed=N} and {@code -Dcodebook.fuzz.count=N} change the run. Each iteration has its
 * own seed, made from the run's seed and its index, so {@code -Dcodebook.fuzz.from=I -Dcodebook.fuzz.count=1}
 * replays iteration I alone. Each failing catalog is saved under {@code target/fuzz-failures/} with its
 * mutations and diagnostics beside it.
 *
 * <p>Runs take one thread: on two cores the JIT and the collector already use the second one, and a second
 * worker measured no faster.
 */
class CatalogFuzzTest {
  static final long DEFAULT_SEED = 0xC0DEB00CL;
  /**
   * The default run's volume: a smoke test of the harness and the common mutations, under 20 seconds.
   * Volume belongs in {@code mvn -Pfuzz verify -pl processor -am} (the pom's {@code fuzz} profile: 5,000).
   */
  static final int DEFAULT_COUNT = 300;
  /** Failures shown in the assertion message; up to {@link #SAVED_FAILURES} are saved. */
  static final int SHOWN_FAILURES = 5;
  static final int SAVED_FAILURES = 200;
  static final String CATALOG_FILE = "catalog.yaml";
  static final String FUSION_AUTH = "src/main/resources/codebook/fusion-auth.yaml";

  @TempDir Path dir;

  /** What one iteration came to; the mutant is kept only when the run broke a rule. */
  record Outcome(int iteration, boolean compiled, List<String> tags, List<String> problems, Mutant mutant,
      String report) {}

  @Test
  void everyMutatedCatalogGeneratesAllOrFailsWithCatalogErrors() throws IOException {
    long seed = longProperty("codebook.fuzz.seed", DEFAULT_SEED);
    int count = Math.toIntExact(longProperty("codebook.fuzz.count", DEFAULT_COUNT));
    int from = Math.toIntExact(longProperty("codebook.fuzz.from", 0));
    Path processorDir = processorDir();
    byte[] original = Files.readAllBytes(fusionAuthCatalog(processorDir));
    Path failuresDir = processorDir.resolve("target/fuzz-failures");
    clear(failuresDir);
    System.out.printf("CatalogFuzzTest: seed %d, %,d mutations of fusion-auth.yaml from iteration %d"
        + " (-Dcodebook.fuzz.seed=..., -Dcodebook.fuzz.count=..., -Dcodebook.fuzz.from=...)%n", seed, count, from);

    long start = System.nanoTime();
    Run baseline = new Harness(dir.resolve("baseline")).compile(original);
    assertEquals(List.of(), baseline.problems(), () -> "the unmutated catalog must generate cleanly:\n" + baseline);
    Harness javac = new Harness(dir.resolve("fuzz"));
    List<Outcome> outcomes = new ArrayList<>();
    for (int i = from; i < from + count; i++) {
      Mutant mutant = new Mutator(iterationSeed(seed, i)).mutate(original);
      Run run = javac.compile(mutant.bytes());
      List<String> problems = run.problems();
      outcomes.add(problems.isEmpty()
          ? new Outcome(i, run.compiled(), run.codebookTags(), problems, null, null)
          : new Outcome(i, run.compiled(), run.codebookTags(), problems, mutant, run.toString()));
    }
    double seconds = (System.nanoTime() - start) / 1e9;

    int compiled = 0;
    Map<String, Integer> errorTags = new TreeMap<>();
    Map<String, List<Integer>> failures = new LinkedHashMap<>();
    List<String> shown = new ArrayList<>();
    int broken = 0;
    for (Outcome outcome : outcomes) {
      compiled += outcome.compiled() ? 1 : 0;
      outcome.tags().forEach(tag -> errorTags.merge(tag, 1, Integer::sum));
      if (outcome.problems().isEmpty()) {
        continue;
      }
      for (String problem : outcome.problems()) {
        List<Integer> iterations = failures.computeIfAbsent(signature(problem), k -> new ArrayList<>());
        if (iterations.isEmpty() || iterations.get(iterations.size() - 1) != outcome.iteration()) {
          iterations.add(outcome.iteration());
        }
      }
      String where = "(not saved: more than " + SAVED_FAILURES + " failures)";
      if (broken++ < SAVED_FAILURES) {
        where = save(failuresDir, seed, outcome).toString();
      }
      if (shown.size() < SHOWN_FAILURES) {
        List<String> problems = outcome.problems();
        shown.add("iteration " + outcome.iteration() + " of seed " + seed + ", catalog " + where + "\n  mutations: "
            + String.join("; ", outcome.mutant().steps()) + "\n  "
            + problems.stream().limit(3).map(p -> p.lines().limit(8).collect(Collectors.joining("\n    ")))
                .collect(Collectors.joining("\n  "))
            + (problems.size() > 3 ? "\n  … " + (problems.size() - 3) + " more" : ""));
      }
    }

    System.out.printf("CatalogFuzzTest: %,d mutations in %.1f s: %,d compiled, %,d failed with errors;"
        + " %,d broke a rule%n", count, seconds, compiled, count - compiled, broken);
    System.out.println("CatalogFuzzTest: runs per error tag: " + errorTags.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .map(e -> e.getKey() + " " + e.getValue())
        .collect(Collectors.joining(", ")));
    failures.forEach((signature, iterations) -> System.out.printf("CatalogFuzzTest: FAILURE %s: %,d runs, first %s%n",
        signature, iterations.size(), iterations.subList(0, Math.min(5, iterations.size()))));

    if (count >= 100) {
      // Mutations that never compile, or never fail, would mean the mutator or the harness is broken.
      assertTrue(compiled > 0 && compiled < count,
          "a fuzz run should both compile some mutations and reject some: " + compiled + " of " + count + " compiled");
    }
    if (broken > 0) {
      fail(broken + " of " + count + " mutated catalogs broke a rule (seed " + seed + "); kinds:\n  "
          + failures.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue().size() + " runs)")
              .collect(Collectors.joining("\n  "))
          + "\nfirst failures (saved under " + failuresDir + "):\n" + String.join("\n", shown));
    }
  }

  // ---- setup ----

  private static long longProperty(String name, long defaultValue) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      return defaultValue;
    }
    try {
      return Long.decode(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("-D" + name + "=" + value + " is not a number", e);
    }
  }

  /** Every iteration has its own seed, so that one can be replayed without the ones before it. */
  static long iterationSeed(long seed, int iteration) {
    return seed * 0x9E3779B97F4A7C15L + iteration;
  }

  /** The processor module: surefire's basedir, or the working directory (the module or the repository root). */
  private static Path processorDir() {
    Path dir = Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath().normalize();
    if (Files.isDirectory(dir.resolve("processor/src")) && !Files.isDirectory(dir.resolve("src/main/java/dev"))) {
      return dir.resolve("processor");
    }
    return dir;
  }

  private static Path fusionAuthCatalog(Path processorDir) {
    Path catalog = processorDir.resolveSibling("catalog").resolve(FUSION_AUTH);
    if (!Files.isRegularFile(catalog)) {
      fail("the fusion-auth catalog to fuzz is missing: " + catalog + " (the test reads it from the catalog module"
          + " beside the processor module; run it from the repository or the processor module)");
    }
    return catalog;
  }

  private static void clear(Path failuresDir) throws IOException {
    if (Files.isDirectory(failuresDir)) {
      try (Stream<Path> files = Files.list(failuresDir)) {
        for (Path file : files.toList()) {
          Files.delete(file);
        }
      }
    }
  }

  private static Path save(Path failuresDir, long seed, Outcome outcome) throws IOException {
    Files.createDirectories(failuresDir);
    String name = "seed-" + seed + "-iteration-" + outcome.iteration();
    Path catalog = failuresDir.resolve(name + ".yaml");
    Files.write(catalog, outcome.mutant().bytes());
    String report = "seed " + seed + ", iteration " + outcome.iteration()
        + "\nmutations:\n  " + String.join("\n  ", outcome.mutant().steps()) + "\n\nproblems:\n  "
        + String.join("\n  ", outcome.problems()) + "\n\n" + outcome.report() + "\n";
    // getBytes, not writeString: diagnostics may quote a lone surrogate from the catalog, which writeString rejects.
    Files.write(failuresDir.resolve(name + ".txt"), report.getBytes(UTF_8));
    return catalog;
  }

  /** A short key that groups failures of one kind: the problem's first line, without paths and numbers. */
  static String signature(String problem) {
    String first = problem.lines().findFirst().orElse(problem);
    if (first.startsWith("files written despite errors")) {
      return "files written despite errors";
    }
    if (first.startsWith("javac error not from Codebook") && !first.contains("(at package-info.java")) {
      // One broken generated file gives a cascade of syntax errors: count it once.
      return "javac error not from Codebook, in a generated source";
    }
    first = first.replaceAll(" \\(at .*\\)$", "").replaceAll("\\S*/", "").replaceAll("\\d+", "N");
    return first.length() > 160 ? first.substring(0, 160) + "…" : first;
  }

  // ---- javac ----

  /** One diagnostic, flattened while its source still exists: kind, message, and where it points. */
  record Diag(Diagnostic.Kind kind, String message, String where) {
    static Diag of(Diagnostic<? extends JavaFileObject> diagnostic) {
      String where = "";
      JavaFileObject source = diagnostic.getSource();
      if (source != null) {
        String name = source.getName();
        where = name.substring(name.lastIndexOf(File.separatorChar) + 1) + ":" + diagnostic.getLineNumber();
        if (!source.getName().endsWith("package-info.java") && diagnostic.getLineNumber() > 0) {
          try {
            where += ": " + source.getCharContent(true).toString().lines()
                .skip(diagnostic.getLineNumber() - 1).findFirst().orElse("").strip();
          } catch (IOException e) {
            where += " (" + e + ")";
          }
        }
      }
      return new Diag(diagnostic.getKind(), diagnostic.getMessage(Locale.ROOT), where);
    }

    @Override
    public String toString() {
      return kind + (where.isEmpty() ? "" : " at " + where) + ": " + message;
    }
  }

  /** The outcome of one compile: javac's answer or what it threw, its diagnostics, and the files left behind. */
  record Run(boolean ok, Throwable thrown, List<Diag> diagnostics, String output, List<String> sourceOutput,
      List<String> classOutput) {

    List<Diag> errors() {
      return diagnostics.stream().filter(d -> d.kind() == Diagnostic.Kind.ERROR).toList();
    }

    boolean compiled() {
      return thrown == null && ok && errors().isEmpty();
    }

    List<String> codebookTags() {
      TreeSet<String> tags = new TreeSet<>();
      for (Diag error : errors()) {
        Matcher tag = TAG.matcher(error.message());
        while (tag.find()) {
          tags.add(tag.group(1));
        }
      }
      return List.copyOf(tags);
    }

    /** Every rule this run broke, each as {@code kind: detail}; empty for a clean success or a clean rejection. */
    List<String> problems() {
      List<String> problems = new ArrayList<>();
      if (thrown != null) {
        // javac wraps what a processor throws; the processor's own frames are in the cause.
        Throwable cause = thrown.getCause() != null ? thrown.getCause() : thrown;
        StringWriter trace = new StringWriter();
        cause.printStackTrace(new PrintWriter(trace));
        String at = cause.getStackTrace().length > 0 ? " at " + cause.getStackTrace()[0] : "";
        problems.add("uncaught exception: " + cause.getClass().getName() + at + "\n" + trace);
      }
      for (Diag diagnostic : diagnostics) {
        if (diagnostic.message().contains("threw an uncaught exception")) {
          problems.add("uncaught exception reported by javac: " + diagnostic);
        }
      }
      List<Diag> errors = errors();
      for (Diag error : errors) {
        String text = error.message();
        Matcher tag = TAG.matcher(text);
        if (text.contains("[codebook:internal-error]")) {
          problems.add("internal error: " + text);
        } else if (!tag.find()) {
          problems.add("javac error not from Codebook: " + text + " (at " + error.where() + ")");
        } else if (!text.contains(CATALOG_FILE)) {
          problems.add("error without the catalog's name: " + tag.group() + " " + text);
        }
      }
      if (thrown == null && ok != errors.isEmpty()) {
        problems.add("javac returned " + ok + " with " + errors.size() + " errors");
      }
      if (!errors.isEmpty() && !(sourceOutput.isEmpty() && classOutput.isEmpty())) {
        problems.add("files written despite errors: " + (sourceOutput.size() + classOutput.size()) + " files: "
            + sourceOutput + " " + classOutput);
      }
      if (thrown == null && errors.isEmpty() && sourceOutput.stream().noneMatch(f -> f.endsWith(".java"))) {
        problems.add("no error, but no source generated: " + sourceOutput);
      }
      return problems;
    }

    @Override
    public String toString() {
      return "javac returned " + ok + (thrown == null ? "" : ", threw " + thrown) + "\ndiagnostics:\n"
          + diagnostics.stream().map(d -> "  " + d).collect(Collectors.joining("\n"))
          + "\nother output: " + output + "\n-s: " + sourceOutput + "\n-d: " + classOutput;
    }
  }

  static final Pattern TAG = Pattern.compile("\\[codebook:([a-z0-9-]+)]");

  /**
   * One javac and one file manager for all runs: the class path's jars are opened once. Each run
   * writes the catalog to {@code root/fuzz/codes/catalog.yaml} and only processes a package-info
   * ({@code -proc:only}): generated sources are written and parsed in the next round, not compiled.
   */
  static final class Harness {
    private final JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    private final StandardJavaFileManager files;
    private final Path root;
    private final Path catalog;
    private final Path outputs;
    private final List<JavaFileObject> units = new ArrayList<>();
    private int runs;

    Harness(Path dir) throws IOException {
      root = dir.resolve("root");
      catalog = root.resolve("fuzz/codes").resolve(CATALOG_FILE);
      outputs = dir.resolve("out");
      Files.createDirectories(catalog.getParent());
      Path source = dir.resolve("src/fuzz/codes/package-info.java");
      Files.createDirectories(source.getParent());
      Files.writeString(source, "@dev.codebook.Codebook(\"" + CATALOG_FILE + "\")\npackage fuzz.codes;\n");
      files = javac.getStandardFileManager(null, Locale.ROOT, UTF_8);
      List<Path> classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
          .filter(entry -> !entry.isBlank())
          .map(Path::of)
          .toList();
      files.setLocationFromPaths(StandardLocation.CLASS_PATH, classPath);
      files.getJavaFileObjects(source).forEach(units::add);
    }

    Run compile(byte[] yaml) throws IOException {
      Files.write(catalog, yaml);
      Path out = outputs.resolve("run" + runs++);
      Path sources = Files.createDirectories(out.resolve("s"));
      Path classes = Files.createDirectories(out.resolve("d"));
      DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
      StringWriter output = new StringWriter();
      // -Xmaxerrs: javac shows 100 errors by default; every one of them is checked.
      List<String> options = List.of("-proc:only", "-Xmaxerrs", "100000", "-Acodebook.root=" + root,
          "-s", sources.toString(), "-d", classes.toString());
      boolean ok = false;
      Throwable thrown = null;
      try {
        JavaCompiler.CompilationTask task = javac.getTask(output, files, diagnostics, options, null, units);
        task.setProcessors(List.of(new CodebookProcessor()));
        ok = task.call();
      } catch (RuntimeException | StackOverflowError | LinkageError e) {
        thrown = e;
      }
      List<Diag> diags = diagnostics.getDiagnostics().stream().map(Diag::of).toList();
      Run run = new Run(ok, thrown, diags, output.toString(), filesUnder(sources), filesUnder(classes));
      deleteTree(out);
      return run;
    }

    private static List<String> filesUnder(Path dir) throws IOException {
      try (Stream<Path> walk = Files.walk(dir)) {
        return walk.filter(Files::isRegularFile).map(file -> dir.relativize(file).toString()).sorted().toList();
      }
    }

    private static void deleteTree(Path dir) throws IOException {
      try (Stream<Path> walk = Files.walk(dir)) {
        for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
  }

  // ---- mutations ----

  /** Mutated catalog bytes and a readable account of each mutation applied. */
  record Mutant(byte[] bytes, List<String> steps) {}

  /** What a mutation does to the bytes; each is picked at random, 1 to 3 per catalog. */
  enum Kind {
    FLIP_BITS, RANDOM_BYTES, DROP_LINES, DUPLICATE_LINES, SWAP_LINES, SWAP_SCALAR, REPLACE_TOKEN, TRUNCATE,
    INSERT_UNICODE, SHIFT_INDENT, ANCHOR_ALIAS, DUPLICATE_KEY, YAML_NOISE, STRING_CODES
  }

  /** {@code key: value} on one line of a block mapping, possibly as the first key of a list item. */
  static final Pattern BLOCK_ENTRY = Pattern.compile("^([ \\t]*(?:- )?)([A-Za-z_][A-Za-z0-9_]*):(?=[ \\t\\r\\n]|$)");
  /** The first line of a domain in the catalog: {@code "  - name: Sdk"}. */
  static final Pattern DOMAIN_ITEM = Pattern.compile("^([ ]*)- name:");
  /** A quoted string or a word: the tokens {@link Kind#REPLACE_TOKEN} replaces, also inside flow collections. */
  static final Pattern TOKEN = Pattern.compile("\"(?:[^\"\\\\\\n]|\\\\.)*\"|[A-Za-z0-9_.-]+");

  /** Values that YAML 1.1 types, tags, flow collections and text Java cannot hold, all in place of a scalar. */
  static final List<String> VALUES = List.of(
      "[a, b]", "{x: 1}", "", "~", "null", "[]", "{}", "[[a]]", "{a: [1, {b: c}]}",
      "99999999999", "2147483647", "2147483648", "-2147483648", "-2147483649", "-0", "0", "00", "08006", "010",
      "0x1F", "0o17", "1e3", "+1", "1_000", "1.0", ".inf", ".nan", "NO", "yes", "ON", "off", "true", "y",
      "!!javax.script.ScriptEngineManager [[!!java.net.URLClassLoader [[!!java.net.URL [\"http://localhost/\"]]]]]",
      "!!binary aGVsbG8=", "!!int 1", "!!str text", "!!map {}", "!!seq []", "!!null", "!!timestamp 2001-12-14",
      "!local x", "!<tag:yaml.org,2002:str> x", "!!python/object/apply:os.system [\"true\"]", "!!set {a, b}",
      "*nowhere", "&anchor value", "&r [*r]", "[*undefined]", "<<: *a",
      "\"\"", "''", "\"\\0\"", "\"\\x07bell\"", "\"a\\tb\"", "\" 1 \"", "\"\\uD800\"", "\"\\U0001F600\"",
      "\"\\N\\L\\P\\_\"", "'\\u002a/ closes a comment'", "\"*/ class X {\"", "\"$T $S $L $N %s %n %\"",
      "\"{@code x} <b> & @see \\\\\"", "\"a\\nb\\r\\nc\"", "\"\\e[31m\"",
      "|", ">", "|-", "|+2", ">9", "\"unterminated", "'unterminated", "[unclosed", "{unclosed", "]", "}",
      ": colon", "- item", "? key", "#comment", "%", "@", "`x`", ",", "a: b", "a #b", "'it''s'", "\"\\",
      "[" .repeat(40) + "x" + "]".repeat(40), "{a: ".repeat(40) + "x" + "}".repeat(40),
      "[&b0 [" + "x, ".repeat(999) + "x], &b1 [" + "*b0, ".repeat(11) + "*b0], &b2 [" + "*b1, ".repeat(11)
          + "*b1], &b3 [" + "*b2, ".repeat(11) + "*b2]]",
      "[" + "a, ".repeat(300) + "a]",
      "Object", "class", "Sdk", "FusionAuth", "String", "Exception", "A_VALUE", "SCENE_NOT_FOUND_VALUE",
      "SCENE_NOT_FOUND", "_", "A$B", "Ǆungla", "Ünïcødé", "名字", "🎉", "İ", "a b", "lower_case", "TokenException",
      "SdkCode", "SdkHandler", "FusionAuthKind", "int", "string", "failure", "success", "warning", "event",
      "progress", "en", "zh-CN", "en_US", "x-klingon", "zh-", "1", "2", "-1",
      "x".repeat(20_000), "\"" + "长".repeat(30_000) + "\"");

  static final List<String> UNICODE = List.of(
      "中文", "錯誤碼", "⼀", "\uD83D\uDE00", "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67", "\uD834\uDD1E",
      "\uD835\uDD38", "\u200F", "\u200E", "\u202E", "\u2066", "\u2028", "\u2029", "\uFEFF", "\u0085", "\u00A0",
      "\u3000", "\u200B", "e\u0301", "\uFFFD", "\uFFFF", "\uFFFE", "\u0007", "\u001B[31m", "\t", "\r", "\r\n",
      "Ⅻ", "ǅ", "İ", "ı", "ß", "ﬀ", "\u0000");

  /** Byte sequences that are not UTF-8, or are YAML's syntax characters. */
  static final List<byte[]> BYTES = List.of(
      new byte[] {0}, new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xFE}, new byte[] {(byte) 0xC0, (byte) 0xAF},
      new byte[] {(byte) 0xC3}, new byte[] {(byte) 0x80}, new byte[] {(byte) 0xBF},
      new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
      new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, new byte[] {(byte) 0xE2, (byte) 0x82},
      new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, new byte[] {0x7F}, new byte[] {0x1B}, new byte[] {'\r'},
      new byte[] {'\t'}, new byte[] {'"'}, new byte[] {'\''}, new byte[] {':'}, new byte[] {'#'}, new byte[] {'-'},
      new byte[] {'['}, new byte[] {'{'}, new byte[] {'&'}, new byte[] {'*'}, new byte[] {'!'}, new byte[] {'|'},
      new byte[] {'>'}, new byte[] {'%'}, new byte[] {'@'}, new byte[] {'`'}, new byte[] {'\\'}, new byte[] {'\n'});

  static final List<String> NOISE_LINES = List.of(
      "---", "...", "--- !!map", "%YAML 1.1", "%YAML 1.2", "%TAG !e! tag:example.com,2000:", "? [a, b]\n: c",
      "- orphan", "key without colon", "\"unterminated", "'unterminated", "# a comment", "[", "{", "*", "&", "!",
      "|", ">", "@", "`", "<<: *a", "extra: key", "domains: []", "codebook: 2", "name: Other", "? complex",
      "!!map", "&top", "*top", "\t", "  \t  ", "codeType: string", "codeType: long", "kind: failure",
      "kind: fatal", "title: Added", "deprecated: use another", "exception: AddedException", "aliases: [ADDED]",
      "i18n: {en: {message: added}}", "i18n: {fr: {message: ajouté}}", "translations: [en, fr]", "locale: en",
      "- code: 1\n  name: ADDED\n  kind: failure\n  message: added");

  /** Applies 1 to 3 random mutations, each to the result of the one before. */
  static final class Mutator {
    private final Random random;
    private final List<String> steps = new ArrayList<>();

    Mutator(long seed) {
      this.random = new Random(seed);
    }

    Mutant mutate(byte[] original) {
      int roll = random.nextInt(100);
      int mutations = roll < 60 ? 1 : roll < 85 ? 2 : 3;
      byte[] bytes = original;
      for (int i = 0; i < mutations; i++) {
        Kind[] kinds = Kind.values();
        // Scalar swaps find most of the catalog's own mistakes: twice the weight of the others.
        int pick = random.nextInt(kinds.length + 1);
        Kind kind = pick == kinds.length ? Kind.SWAP_SCALAR : kinds[pick];
        bytes = apply(kind, bytes);
      }
      return new Mutant(bytes, List.copyOf(steps));
    }

    private byte[] apply(Kind kind, byte[] bytes) {
      return switch (kind) {
        case FLIP_BITS -> flipBits(bytes);
        case RANDOM_BYTES -> randomBytes(bytes);
        case DROP_LINES -> dropLines(bytes);
        case DUPLICATE_LINES -> duplicateLines(bytes);
        case SWAP_LINES -> swapLines(bytes);
        case SWAP_SCALAR -> swapScalar(bytes);
        case REPLACE_TOKEN -> replaceToken(bytes);
        case TRUNCATE -> truncate(bytes);
        case INSERT_UNICODE -> insertUnicode(bytes);
        case SHIFT_INDENT -> shiftIndent(bytes);
        case ANCHOR_ALIAS -> anchorAlias(bytes);
        case DUPLICATE_KEY -> duplicateKey(bytes);
        case YAML_NOISE -> yamlNoise(bytes);
        case STRING_CODES -> stringCodes(bytes);
      };
    }

    private void step(String text) {
      steps.add(text);
    }

    private <T> T any(List<T> items) {
      return items.get(random.nextInt(items.size()));
    }

    private byte[] flipBits(byte[] bytes) {
      if (bytes.length == 0) {
        return bytes;
      }
      byte[] out = bytes.clone();
      List<Integer> offsets = new ArrayList<>();
      for (int i = 1 + random.nextInt(4); i > 0; i--) {
        int offset = random.nextInt(out.length);
        out[offset] ^= (byte) (1 << random.nextInt(8));
        offsets.add(offset);
      }
      step("flip a bit at byte offsets " + offsets);
      return out;
    }

    private byte[] randomBytes(byte[] bytes) {
      ByteArrayOutputStream noise = new ByteArrayOutputStream();
      for (int i = 1 + random.nextInt(4); i > 0; i--) {
        if (random.nextBoolean()) {
          noise.writeBytes(any(BYTES));
        } else {
          noise.write(random.nextInt(256));
        }
      }
      byte[] inserted = noise.toByteArray();
      int offset = random.nextInt(bytes.length + 1);
      boolean overwrite = random.nextBoolean() && offset + inserted.length <= bytes.length;
      step((overwrite ? "overwrite" : "insert") + " bytes " + hex(inserted) + " at byte offset " + offset);
      return splice(bytes, offset, overwrite ? offset + inserted.length : offset, inserted);
    }

    private byte[] dropLines(byte[] bytes) {
      List<byte[]> lines = lines(bytes);
      if (lines.isEmpty()) {
        return bytes;
      }
      int from = random.nextInt(lines.size());
      int to = Math.min(lines.size(), from + 1 + (random.nextInt(4) == 0 ? random.nextInt(3) : 0));
      step("drop lines " + (from + 1) + ".." + to + ": " + show(lines.get(from)));
      lines.subList(from, to).clear();
      return join(lines);
    }

    private byte[] duplicateLines(byte[] bytes) {
      List<byte[]> lines = lines(bytes);
      if (lines.isEmpty()) {
        return bytes;
      }
      int from = random.nextInt(lines.size());
      int to = Math.min(lines.size(), from + 1 + (random.nextInt(3) == 0 ? random.nextInt(6) : 0));
      step("duplicate lines " + (from + 1) + ".." + to + ": " + show(lines.get(from)));
      lines.addAll(to, new ArrayList<>(lines.subList(from, to)));
      return join(lines);
    }

    private byte[] swapLines(byte[] bytes) {
      List<byte[]> lines = lines(bytes);
      if (lines.size() < 2) {
        return bytes;
      }
      int a = random.nextInt(lines.size() - 1);
      int b = random.nextBoolean() ? a + 1 : random.nextInt(lines.size());
      step("swap lines " + (a + 1) + " and " + (b + 1) + ": " + show(lines.get(a)) + " / " + show(lines.get(b)));
      byte[] line = lines.get(a);
      lines.set(a, lines.get(b));
      lines.set(b, line);
      return join(lines);
    }

    /** Replaces the whole value of a {@code key: value} line, choosing the key first so rare keys get their turn. */
    private byte[] swapScalar(byte[] bytes) {
      List<byte[]> lines = lines(bytes);
      Map<String, List<Integer>> byKey = new TreeMap<>();
      for (int i = 0; i < lines.size(); i++) {
        Matcher entry = BLOCK_ENTRY.matcher(new String(lines.get(i), ISO_8859_1));
        if (entry.find()) {
          byKey.computeIfAbsent(entry.group(2), k -> new ArrayList<>()).add(i);
        }
      }
      if (byKey.isEmpty()) {
        return replaceToken(bytes);
      }
      String key = any(new ArrayList<>(byKey.keySet()));
      int index = any(byKey.get(key));
      byte[] line = lines.get(index);
      Matcher entry = BLOCK_ENTRY.matcher(new String(line, ISO_8859_1));
      entry.find();
      String value = any(VALUES);
      step("line " + (index + 1) + ": value of '" + key + "' " + show(line) + " -> " + show(value));
      lines.set(index, concat(Arrays.copyOf(line, entry.end()), utf8(value.isEmpty() ? "\n" : " " + value + "\n")));
      return join(lines);
    }

    /** Replaces one quoted string or word anywhere on a line, also inside flow collections such as i18n. */
    private byte[] replaceToken(byte[] bytes) {
      List<byte[]> lines = lines(bytes);
      for (int attempt = 0; attempt < 20 && !lines.isEmpty(); attempt++) {
        int index = random.nextInt(lines.size());
        Matcher token = TOKEN.matcher(new String(lines.get(index), ISO_8859_1));
        List<int[]> spans = new ArrayList<>();
        while (token.find()) {
          spans.add(new int[] {token.start(), token.end()});
        }
        if (spans.isEmpty()) {
          continue;
        }
        int[] span = any(spans);
        String value = any(VALUES);
        byte[] line = lines.get(index);
        step("line " + (index + 1) + ": token " + show(Arrays.copyOfRange(line, span[0], span[1])) + " -> "
            + show(value));
        lines.set(index, splice(line, span[0], span[1], utf8(value)));
        return join(lines);
      }
      return bytes;
    }

    private byte[] truncate(byte[] bytes) {
      int at;
      if (random.nextInt(3) == 0) {
        List<byte[]> lines = lines(bytes);
        int keep = lines.isEmpty() ? 0 : random.nextInt(lines.size());
        at = join(lines.subList(0, keep)).length;
      } else {
        at = random.nextInt(bytes.length + 1);
      }
      step("truncate at byte offset " + at + " of " + bytes.length);
      return Arrays.copyOf(bytes, at);
    }

    private byte[] insertUnicode(byte[] bytes) {
      String text = any(UNICODE);
      int offset = random.nextInt(bytes.length + 1);
      String where = "at byte offset";
      if (random.nextInt(4) != 0) {
        // Mostly between characters; sometimes inside a multi-byte character on purpose.
        while (offset < bytes.length && (bytes[offset] & 0xC0) == 0x80) {
          offset++;
        }
        where = "at character boundary";
      }
      step("insert " + show(text) + " " + where + " " + offset);
      return splice(bytes, offset, offset, utf8(text));
    }

    private byte[] shiftIndent(byte[] bytes) {
      List<byte[]> lines = lines(bytes);
      if (lines.isEmpty()) {
        return bytes;
      }
      int from = random.nextInt(lines.size());
      int to = Math.min(lines.size(), from + 1 + random.nextInt(8));
      int shift = (1 + random.nextInt(4)) * (random.nextBoolean() ? 1 : -1);
      boolean tabs = random.nextInt(6) == 0;
      step((tabs ? "indent with tabs" : "shift indentation by " + shift) + " on lines " + (from + 1) + ".." + to
          + ": " + show(lines.get(from)));
      for (int i = from; i < to; i++) {
        byte[] line = lines.get(i);
        int indent = 0;
        while (indent < line.length && line[indent] == ' ') {
          indent++;
        }
        int newIndent = tabs ? indent / 2 : Math.max(0, indent + shift);
        byte[] prefix = new byte[newIndent];
        Arrays.fill(prefix, (byte) (tabs ? '\t' : ' '));
        lines.set(i, splice(line, 0, indent, prefix));
      }
      return join(lines);
    }

    private byte[] anchorAlias(byte[] bytes) {
      List<byte[]> lines = lines(bytes);
      List<Integer> entries = new ArrayList<>();
      for (int i = 0; i < lines.size(); i++) {
        if (BLOCK_ENTRY.matcher(new String(lines.get(i), ISO_8859_1)).find()) {
          entries.add(i);
        }
      }
      if (entries.size() < 2) {
        return yamlNoise(bytes);
      }
      int mode = random.nextInt(4);
      if (mode == 0) {
        // An alias to nothing, or to an anchor defined later.
        int index = any(entries);
        String alias = random.nextBoolean() ? "*nowhere" : "*late";
        step("line " + (index + 1) + ": value " + show(lines.get(index)) + " -> " + alias);
        lines.set(index, withValue(lines.get(index), alias));
        if (alias.equals("*late") && index + 1 < lines.size()) {
          lines.set(lines.size() - 1, withAnchor(lines.get(lines.size() - 1), "&late"));
        }
        return join(lines);
      }
      if (mode == 1) {
        // Anchor a block that holds a list or mapping (codes:, i18n:, domains:) and alias it elsewhere.
        List<Integer> blocks = new ArrayList<>();
        for (int index : entries) {
          String line = new String(lines.get(index), ISO_8859_1).stripTrailing();
          if (line.endsWith(":") || line.endsWith("}") || line.endsWith("]")) {
            blocks.add(index);
          }
        }
        int anchored = blocks.isEmpty() ? any(entries) : any(blocks);
        int aliased = any(entries);
        step("anchor line " + (anchored + 1) + " " + show(lines.get(anchored)) + " as &a; line " + (aliased + 1)
            + " " + show(lines.get(aliased)) + " -> *a");
        lines.set(anchored, withAnchor(lines.get(anchored), "&a"));
        if (aliased != anchored) {
          lines.set(aliased, withValue(lines.get(aliased), "*a"));
        }
        return join(lines);
      }
      if (mode == 2) {
        // One anchored scalar, aliased from several places.
        int anchored = any(entries);
        step("anchor the value of line " + (anchored + 1) + " " + show(lines.get(anchored)) + " as &s and alias it");
        lines.set(anchored, withAnchor(lines.get(anchored), "&s"));
        for (int i = 1 + random.nextInt(5); i > 0; i--) {
          int aliased = any(entries);
          if (aliased > anchored) {
            steps.add("  line " + (aliased + 1) + " " + show(lines.get(aliased)) + " -> *s");
            lines.set(aliased, withValue(lines.get(aliased), "*s"));
          }
        }
        return join(lines);
      }
      // An anchor on a collection that refers to itself.
      int index = any(entries);
      String value = random.nextBoolean() ? "&r [*r]" : "&r {x: *r}";
      step("line " + (index + 1) + ": value " + show(lines.get(index)) + " -> " + value);
      lines.set(index, withValue(lines.get(index), value));
      return join(lines);
    }

    private byte[] duplicateKey(byte[] bytes) {
      List<byte[]> lines = lines(bytes);
      List<Integer> entries = new ArrayList<>();
      for (int i = 0; i < lines.size(); i++) {
        if (BLOCK_ENTRY.matcher(new String(lines.get(i), ISO_8859_1)).find()) {
          entries.add(i);
        }
      }
      if (entries.isEmpty()) {
        return yamlNoise(bytes);
      }
      int index = any(entries);
      byte[] line = lines.get(index);
      Matcher entry = BLOCK_ENTRY.matcher(new String(line, ISO_8859_1));
      entry.find();
      // The copy belongs to the same mapping: "- code: 1" is followed by "  code: ...".
      String indent = entry.group(1).replace("- ", "  ");
      byte[] copy = random.nextBoolean()
          ? concat(utf8(indent), Arrays.copyOfRange(line, entry.group(1).length(), line.length))
          : utf8(indent + entry.group(2) + ": " + any(VALUES) + "\n");
      step("line " + (index + 1) + ": key '" + entry.group(2) + "' again after " + show(line) + " as " + show(copy));
      lines.add(index + 1, copy.length > 0 && copy[copy.length - 1] == '\n' ? copy : concat(copy, utf8("\n")));
      return join(lines);
    }

    private byte[] yamlNoise(byte[] bytes) {
      List<byte[]> lines = lines(bytes);
      int index = random.nextInt(lines.size() + 1);
      String indent = " ".repeat(random.nextBoolean() ? 0 : 2 * random.nextInt(5));
      String noise = indent + any(NOISE_LINES).replace("\n", "\n" + indent) + "\n";
      step("insert before line " + (index + 1) + ": " + show(noise));
      lines.add(index, utf8(noise));
      return join(lines);
    }

    /** Makes one domain's codes strings (the seed catalog has none), then maybe gives one of them a strange value. */
    private byte[] stringCodes(byte[] bytes) {
      List<byte[]> lines = lines(bytes);
      List<Integer> domains = new ArrayList<>();
      for (int i = 0; i < lines.size(); i++) {
        if (DOMAIN_ITEM.matcher(new String(lines.get(i), ISO_8859_1)).find()) {
          domains.add(i);
        }
      }
      if (domains.isEmpty()) {
        return swapScalar(bytes);
      }
      int domain = any(domains);
      Matcher item = DOMAIN_ITEM.matcher(new String(lines.get(domain), ISO_8859_1));
      item.find();
      step("line " + (domain + 1) + ": codeType: string in domain " + show(lines.get(domain)));
      lines.add(domain + 1, utf8(" ".repeat(item.group(1).length() + 2) + "codeType: string\n"));
      List<Integer> codes = new ArrayList<>();
      for (int i = domain + 2; i < lines.size(); i++) {
        String line = new String(lines.get(i), ISO_8859_1);
        if (DOMAIN_ITEM.matcher(line).find()) {
          break;
        }
        if (line.stripLeading().startsWith("- code:")) {
          codes.add(i);
        }
      }
      if (!codes.isEmpty() && random.nextBoolean()) {
        int code = any(codes);
        String value = any(VALUES);
        step("  line " + (code + 1) + ": " + show(lines.get(code)) + " -> " + show(value));
        lines.set(code, withValue(lines.get(code), value));
      }
      return join(lines);
    }

    private static byte[] withValue(byte[] line, String value) {
      Matcher entry = BLOCK_ENTRY.matcher(new String(line, ISO_8859_1));
      if (!entry.find()) {
        return line;
      }
      return concat(Arrays.copyOf(line, entry.end()), utf8(" " + value + "\n"));
    }

    /** Puts {@code anchor} in front of the line's value (or after its key, for a block collection). */
    private static byte[] withAnchor(byte[] line, String anchor) {
      Matcher entry = BLOCK_ENTRY.matcher(new String(line, ISO_8859_1));
      if (!entry.find()) {
        return line;
      }
      return splice(line, entry.end(), entry.end(), utf8(" " + anchor));
    }
  }

  // ---- bytes ----

  /** The lines of {@code bytes}, each with its {@code \n} (the last one may have none). */
  static List<byte[]> lines(byte[] bytes) {
    List<byte[]> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        lines.add(Arrays.copyOfRange(bytes, start, i + 1));
        start = i + 1;
      }
    }
    if (start < bytes.length) {
      lines.add(Arrays.copyOfRange(bytes, start, bytes.length));
    }
    return lines;
  }

  static byte[] join(List<byte[]> lines) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    lines.forEach(out::writeBytes);
    return out.toByteArray();
  }

  static byte[] splice(byte[] bytes, int from, int to, byte[] replacement) {
    byte[] out = new byte[bytes.length - (to - from) + replacement.length];
    System.arraycopy(bytes, 0, out, 0, from);
    System.arraycopy(replacement, 0, out, from, replacement.length);
    System.arraycopy(bytes, to, out, from + replacement.length, bytes.length - to);
    return out;
  }

  static byte[] concat(byte[] a, byte[] b) {
    return splice(a, a.length, a.length, b);
  }

  static byte[] utf8(String text) {
    return text.getBytes(UTF_8);
  }

  static String hex(byte[] bytes) {
    StringBuilder out = new StringBuilder();
    for (byte b : bytes) {
      out.append(String.format("%02X", b & 0xFF));
    }
    return out.toString();
  }

  static String show(byte[] bytes) {
    return show(new String(bytes, UTF_8));
  }

  /** Text for a step's description: quoted, short, and with invisible characters escaped. */
  static String show(String text) {
    String shown = text.length() > 60 ? text.substring(0, 60) + "…(" + text.length() + " chars)" : text;
    StringBuilder out = new StringBuilder("`");
    shown.codePoints().forEach(c -> {
      if (c < 0x20 || (c >= 0x7F && c < 0xA0) || Character.getType(c) == Character.FORMAT
          || c == 0x2028 || c == 0x2029 || c == 0xFFFD) {
        out.append(String.format("\\u%04X", c));
      } else {
        out.appendCodePoint(c);
      }
    });
    return out.append('`').toString();
  }

}
