package dev.codebook.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.codebook.processor.CatalogDiagnosticsTest.assertCatalogError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A catalog is untrusted input: each hostile or broken file ends in its own clear ERROR naming the
 * catalog (and line and column where there is one), never in an exception out of the processor.
 */
class HostileCatalogTest {
  static final String VALID = TestCatalogs.catalogWithCodes("""
            - code: 1
              name: OUT_OF_STOCK
              kind: failure
              message: Out of stock.
      """);

  static Compilation compileBytes(byte[] bytes) {
    return TestCatalogs.compile(TestCatalogs.root(bytes), List.of());
  }

  @Test
  void globalTagsNeverConstructAnything() {
    Compilation compilation = TestCatalogs.compile("""
        codebook: 1
        name: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://localhost/"]]]]
        domains: []
        """);
    assertCatalogError(compilation, "yaml-tag", "catalog.yaml:2:7", "tag:yaml.org,2002:javax.script.ScriptEngineManager");
  }

  @Test
  void everyTagIsRefusedEvenHarmlessOnes() {
    Compilation compilation = TestCatalogs.compile(VALID.replace("message: Out of stock.", "message: !!binary aGVsbG8="));
    assertCatalogError(compilation, "yaml-tag", "catalog.yaml:9:18", "tag:yaml.org,2002:binary");
  }

  @Test
  void billionLaughsIsStoppedByTheAliasLimit() {
    StringBuilder yaml = new StringBuilder("codebook: 1\nname: Shop\nlol0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (int level = 1; level <= 9; level++) {
      yaml.append("lol").append(level).append(": &l").append(level).append(" [");
      for (int i = 0; i < 9; i++) {
        yaml.append(i == 0 ? "" : ", ").append("*l").append(level - 1);
      }
      yaml.append("]\n");
    }
    yaml.append("domains: []\n");
    Compilation compilation = TestCatalogs.compile(yaml.toString());
    assertCatalogError(compilation, "yaml-limit", "catalog.yaml", "aliases");
  }

  @Test
  void deepNestingIsStopped() {
    String deep = "[".repeat(500) + "]".repeat(500);
    Compilation compilation = TestCatalogs.compile("codebook: 1\nname: Shop\ndomains: " + deep + "\n");
    assertCatalogError(compilation, "yaml-limit", "catalog.yaml", "Nesting Depth");
  }

  @Test
  void anOversizedCatalogIsRefusedBeforeParsing() {
    byte[] huge = new byte[64 * 1024 * 1024 + 10];
    java.util.Arrays.fill(huge, (byte) '#');
    Compilation compilation = compileBytes(huge);
    assertCatalogError(compilation, "catalog-too-large", "catalog.yaml", "67,108,874 bytes");
  }

  @Test
  void tooManyCharactersAreRefusedEvenBelowTheByteLimit() {
    // 33 Mi characters in lines of 1,024: under the 64 MiB byte limit, over the 32 Mi character one.
    String comments = ("# " + "x".repeat(1_021) + "\n").repeat(33 * 1024);
    Compilation compilation = TestCatalogs.compile(comments + VALID);
    assertCatalogError(compilation, "yaml-limit", "catalog.yaml", "33554432 code points");
  }

  @Test
  void aLineTooLongForTheYamlReaderIsRefusedWithItsLine() {
    // SnakeYAML slows down with the square of a line's length: 256 Ki characters per line at most.
    String line = "# " + "x".repeat(300_000) + "\n";
    Compilation compilation = TestCatalogs.compile(VALID + line);
    assertCatalogError(compilation, "yaml-limit", "catalog.yaml:10:262145", "line 10 has 300,002 characters",
        "at most 262,144");
  }

  @Test
  void duplicateKeysAreErrorsNotLastOneWins() {
    Compilation compilation = TestCatalogs.compile(VALID.replace("kind: failure\n", "kind: failure\n        kind: success\n"));
    assertCatalogError(compilation, "yaml-duplicate-key", "catalog.yaml:9:9", "key 'kind' appears twice",
        "first at ", "catalog.yaml:8:9");
  }

  @Test
  void invalidUtf8IsNeverReplacedSilently() {
    byte[] bytes = VALID.replace("Out of stock.", "Out of st\u00f6ck.").getBytes(StandardCharsets.ISO_8859_1);
    Compilation compilation = compileBytes(bytes);
    assertCatalogError(compilation, "catalog-not-utf8", "catalog.yaml:9:27", "invalid byte 0xF6");
  }

  @Test
  void anEmptyFile() {
    assertCatalogError(compileBytes(new byte[0]), "catalog-empty", "catalog.yaml");
    assertCatalogError(TestCatalogs.compile("# only a comment\n\n"), "catalog-empty", "catalog.yaml");
  }

  @Test
  void aDirectory() throws IOException {
    Path root = Files.createTempDirectory("codebook-test");
    Files.createDirectories(root.resolve("test/codes/catalog.yaml"));
    Compilation compilation = TestCatalogs.compile(root, List.of());
    assertCatalogError(compilation, "catalog-unreadable", "catalog.yaml", "is a directory");
  }

  @Test
  void aBinaryFile() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    assertCatalogError(compileBytes(png), "catalog-binary", "catalog.yaml", "binary file");
  }

  @Test
  void aListInsteadOfAMapping() {
    Compilation compilation = TestCatalogs.compile("- codebook: 1\n- name: Shop\n");
    assertCatalogError(compilation, "wrong-type", "catalog.yaml:1:1", "the catalog must be a mapping, not a list");
  }

  @Test
  void aByteOrderMarkIsAccepted() {
    byte[] text = VALID.getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[text.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(text, 0, withBom, 3, text.length);
    assertThat(compileBytes(withBom)).succeededWithoutWarnings();
  }

  @Test
  void twoDocumentsInOneFile() {
    Compilation compilation = TestCatalogs.compile(VALID + "---\ncodebook: 1\n");
    assertCatalogError(compilation, "yaml-multiple-documents", "catalog.yaml:10:1");
  }

  @Test
  void manyErrorsAreCappedWithACountOfTheRest() {
    StringBuilder codes = new StringBuilder();
    for (int i = 0; i < 150; i++) {
      codes.append("      - {code: 0").append(i + 1).append(", name: C").append(i).append(", kind: failure, message: m}\n");
    }
    Compilation compilation = TestCatalogs.compile(TestCatalogs.catalogWithCodes(codes.toString()));
    assertThat(compilation).failed();
    assertEquals(51, compilation.errors().size());
    assertThat(compilation).hadErrorContaining("catalog.yaml: 100 more errors in this catalog not shown [codebook:too-many-errors]");
  }

  @Test
  void aPathThatEscapesItsRootIsRefused() {
    Compilation compilation = com.google.testing.compile.Compiler.javac()
        .withProcessors(new CodebookProcessor())
        .withOptions("-Acodebook.root=" + TestCatalogs.root(VALID))
        .compile(TestCatalogs.packageInfo(TestCatalogs.PACKAGE, "../../../etc/passwd"));
    assertThat(compilation).hadErrorContaining("[codebook:catalog-path-invalid]")
        .inFile(TestCatalogs.packageInfo(TestCatalogs.PACKAGE, "../../../etc/passwd"))
        .onLineContaining("@Codebook");
    assertThat(compilation).hadErrorContaining("leads outside the root");
  }

  @Test
  void aPathThatClimbsButStaysInsideIsFine() {
    Path root = TestCatalogs.root(VALID);
    Compilation compilation = com.google.testing.compile.Compiler.javac()
        .withProcessors(new CodebookProcessor())
        .withOptions("-Acodebook.root=" + root)
        .compile(TestCatalogs.packageInfo("test.other", "../codes/catalog.yaml"));
    assertThat(compilation).succeeded();
    assertTrue(compilation.generatedSourceFile("test.other.OrderCode").isPresent());
  }
}
