package dev.codebook.catalog.fusionauth;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves that the catalog could not have been written as the page lists it: with ClickEvent 410011
 * given twice as two raw entries (instead of one entry and an alias), the processor rejects the
 * catalog with {@code [codebook:duplicate-code]}, naming the code and both lines. The same harness
 * compiles the real catalog cleanly, so the duplicate is the only thing wrong with the altered one.
 */
class DuplicateCodeCompilationTest {
  private static final String PACKAGE = "test.dup";
  private static final String CATALOG_FILE = "fusion-auth.yaml";
  private static final String DOMAIN = "ClickEvent";
  private static final String CODE = "410011";

  @TempDir Path root;

  @Test
  void rejectsTheCodeThePageListsTwiceAsTwoEntries() throws IOException {
    YamlCatalog catalog = YamlCatalog.load();
    List<SeedPage.Row> rows = SeedPage.load().rowsByCode(DOMAIN).get(CODE);
    assertEquals(2, rows.size(), "the page lists " + DOMAIN + " " + CODE + " twice");
    YamlCatalog.Entry entry = catalog.entry(DOMAIN, CODE);
    List<String> names = new ArrayList<>();
    names.add(entry.name());
    names.addAll(entry.aliases());
    assertEquals(rows.size(), names.size(), "a name for each row of " + CODE);

    String[] lines = catalog.text().split("\n", -1);
    int start = entryStart(lines, DOMAIN, CODE);
    int end = entryEnd(lines, start);
    String indent = leadingBlanks(lines[start]);
    List<String> altered = new ArrayList<>(List.of(lines).subList(0, start));
    List<Integer> codeLines = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      codeLines.add(altered.size() + 1);
      altered.add(indent + "- code: " + CODE);
      altered.add(indent + "  name: " + names.get(i));
      altered.add(indent + "  message: " + quoted(rows.get(i).message()));
    }
    altered.addAll(List.of(lines).subList(end, lines.length));
    String alteredText = String.join("\n", altered);
    assertEquals(catalog.entries(DOMAIN).size() + 1, YamlCatalog.parse(alteredText).entries(DOMAIN).size(),
        "the altered catalog has one more " + DOMAIN + " entry");

    JavaFileObject packageInfo = packageInfo();
    Compilation compilation = compile(alteredText, packageInfo);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[codebook:duplicate-code]")
        .inFile(packageInfo)
        .onLineContaining("@dev.codebook.Codebook");
    String message = compilation.errors().get(0).getMessage(Locale.ROOT);
    assertTrue(message.contains("[codebook:duplicate-code]"), message);
    assertTrue(message.contains(CODE), message);
    assertTrue(message.contains(DOMAIN), message);
    for (int line : codeLines) {
      assertTrue(message.contains(CATALOG_FILE + ":" + line + ":"), "line " + line + " missing: " + message);
    }
  }

  @Test
  void compilesTheRealCatalogWithoutWarningsForJava8() throws IOException {
    Compilation compilation = compile(YamlCatalog.load().text(), packageInfo(),
        "--release", "8", "-Xlint:all", "-Xlint:-processing", "-Xlint:-options");

    assertThat(compilation).succeededWithoutWarnings();
    for (GeneratedDomain domain : GeneratedDomain.ALL) {
      assertThat(compilation).generatedSourceFile(PACKAGE + "." + domain.codeType().getSimpleName());
    }
  }

  private Compilation compile(String catalogText, JavaFileObject packageInfo, String... options)
      throws IOException {
    Path catalog = root.resolve(PACKAGE.replace('.', '/')).resolve(CATALOG_FILE);
    Files.createDirectories(catalog.getParent());
    Files.writeString(catalog, catalogText, StandardCharsets.UTF_8);
    List<String> allOptions = new ArrayList<>();
    allOptions.add("-Acodebook.root=" + root);
    allOptions.addAll(List.of(options));
    return com.google.testing.compile.Compiler.javac()
        .withProcessors(new CodebookProcessor())
        .withOptions(allOptions)
        .compile(packageInfo);
  }

  private static JavaFileObject packageInfo() {
    return JavaFileObjects.forSourceLines(PACKAGE + ".package-info",
        "@dev.codebook.Codebook(\"" + CATALOG_FILE + "\")",
        "package " + PACKAGE + ";");
  }

  /** The index of the {@code - code: <code>} line of {@code code}'s entry in {@code domain}. */
  private static int entryStart(String[] lines, String domain, String code) {
    Pattern domainStart = Pattern.compile("\\s*- name: " + Pattern.quote(domain) + "\\s*");
    Pattern codeStart = Pattern.compile("\\s*- code: " + Pattern.quote(code) + "\\s*");
    Pattern anyDomain = Pattern.compile("  - name: .*");
    int i = 0;
    while (i < lines.length && !domainStart.matcher(lines[i]).matches()) {
      i++;
    }
    for (i++; i < lines.length && !anyDomain.matcher(lines[i]).matches(); i++) {
      if (codeStart.matcher(lines[i]).matches()) {
        return i;
      }
    }
    throw new AssertionError("no entry for code " + code + " in domain " + domain + " of the catalog text");
  }

  /** The index just after the entry starting at {@code start}: its keys are indented deeper than its dash. */
  private static int entryEnd(String[] lines, int start) {
    int dashIndent = leadingBlanks(lines[start]).length();
    int end = start + 1;
    while (end < lines.length && !lines[end].isBlank() && leadingBlanks(lines[end]).length() > dashIndent) {
      end++;
    }
    return end;
  }

  private static String leadingBlanks(String line) {
    Matcher blanks = Pattern.compile("^ *").matcher(line);
    blanks.find();
    return blanks.group();
  }

  private static String quoted(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
