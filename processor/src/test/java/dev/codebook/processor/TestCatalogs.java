package dev.codebook.processor;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.tools.JavaFileObject;

/**
 * Compiles catalogs with the processor in memory. Catalogs are written under a fresh directory passed
 * as {@code -Acodebook.root}, since compile-testing's file manager does not read the source path.
 */
final class TestCatalogs {
  static final String PACKAGE = "test.codes";
  static final String CATALOG_FILE = "catalog.yaml";
  /**
   * For catalogs translated only in part on purpose ({@link GeneratedApiTest#CATALOG}): without it a
   * missing translation is a warning, which builds that assert no warnings would see.
   */
  static final String PARTIAL_TRANSLATIONS = "-Acodebook.missingTranslations=ignore";

  private TestCatalogs() {}

  /** The package-info that asks for {@code catalog.yaml}; errors are reported on its annotation line. */
  static JavaFileObject packageInfo() {
    return packageInfo(PACKAGE, CATALOG_FILE);
  }

  static JavaFileObject packageInfo(String pkg, String path) {
    return JavaFileObjects.forSourceLines(pkg + ".package-info",
        "@Codebook(\"" + path + "\")",
        "package " + pkg + ";",
        "",
        "import dev.codebook.Codebook;");
  }

  /** A fresh root holding {@code yaml} as {@code test/codes/catalog.yaml}. */
  static Path root(String yaml) {
    return root(yaml.getBytes(StandardCharsets.UTF_8));
  }

  static Path root(byte[] yaml) {
    try {
      Path root = Files.createTempDirectory("codebook-test");
      Path file = root.resolve(PACKAGE.replace('.', '/')).resolve(CATALOG_FILE);
      Files.createDirectories(file.getParent());
      Files.write(file, yaml);
      return root;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Compiles the package-info and {@code sources} against a catalog given as YAML text. */
  static Compilation compile(String yaml, JavaFileObject... sources) {
    return compile(root(yaml), List.of(), sources);
  }

  static Compilation compile(Path root, List<String> options, JavaFileObject... sources) {
    List<JavaFileObject> all = new ArrayList<>();
    all.add(packageInfo());
    all.addAll(Arrays.asList(sources));
    List<String> allOptions = new ArrayList<>(options);
    allOptions.add("-Acodebook.root=" + root);
    return com.google.testing.compile.Compiler.javac()
        .withProcessors(new CodebookProcessor())
        .withOptions(allOptions)
        .compile(all);
  }

  /** A valid one-domain catalog around the given code entries (each a YAML list item, indented 6). */
  static String catalogWithCodes(String codes) {
    return """
        codebook: 1
        name: Shop
        domains:
          - name: Order
            codes:
        """ + codes;
  }
}
