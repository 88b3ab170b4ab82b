package dev.codebook.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import dev.codebook.processor.naming.Names;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The names generated code uses as qualifiers ({@code Long.MIN_VALUE}, {@code NetTables.find}) are
 * the ones the clash checks protect: every such name of a catalog that uses every feature is in
 * {@link Names#REFERENCED_SIMPLE_NAMES} or is a type the catalog generates; and a code named like one
 * is refused instead of breaking javac.
 */
class ReferencedNamesTest {
  static final Pattern QUALIFIER = Pattern.compile("(?<![\\w.$#@])([A-Z][A-Za-z0-9_]*)\\s*\\.");

  /** The source with comments removed and string and char literals emptied (a scanner: literals are long). */
  static String withoutCommentsAndStrings(String source) {
    StringBuilder out = new StringBuilder(source.length());
    int i = 0;
    while (i < source.length()) {
      char c = source.charAt(i);
      if (c == '/' && i + 1 < source.length() && source.charAt(i + 1) == '*') {
        int end = source.indexOf("*/", i + 2);
        i = end < 0 ? source.length() : end + 2;
      } else if (c == '/' && i + 1 < source.length() && source.charAt(i + 1) == '/') {
        int end = source.indexOf('\n', i);
        i = end < 0 ? source.length() : end;
      } else if (c == '"' || c == '\'') {
        out.append(c).append(c);
        i++;
        while (i < source.length() && source.charAt(i) != c) {
          i += source.charAt(i) == '\\' ? 2 : 1;
        }
        i++;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  @Test
  void everyQualifierOfGeneratedCodeIsProtected() throws IOException {
    StringBuilder big = new StringBuilder(FormatAdditionsTest.CATALOG.replace("translations: [de]",
        "translations: [de]").replace("domains:\n", "domains:\n  - name: Big\n    kind: failure\n    codes:\n"));
    // A class-form domain (over 3,000 names), with a deprecated code and a handler of several parts.
    StringBuilder codes = new StringBuilder();
    for (int i = 0; i < 3_100; i++) {
      codes.append("      - {code: ").append(i).append(", name: B").append(i).append(", message: m")
          .append(i == 7 ? ", deprecated: old" : "").append(i % 500 == 0 ? ", exception: BigGroupException" : "")
          .append("}\n");
    }
    String catalog = big.toString().replace("    codes:\n  - name: Server", "    codes:\n" + codes + "  - name: Server");
    Compilation compilation = TestCatalogs.compile(TestCatalogs.root(catalog), List.of(TestCatalogs.PARTIAL_TRANSLATIONS));
    assertThat(compilation).succeeded();
    Set<String> generated = new TreeSet<>();
    for (JavaFileObject file : compilation.generatedSourceFiles()) {
      String name = file.getName();
      generated.add(name.substring(name.lastIndexOf('/') + 1, name.length() - ".java".length()));
    }
    Set<String> unprotected = new TreeSet<>();
    for (JavaFileObject file : compilation.generatedSourceFiles()) {
      Matcher qualifier = QUALIFIER.matcher(withoutCommentsAndStrings(file.getCharContent(true).toString()));
      while (qualifier.find()) {
        String name = qualifier.group(1);
        if (!Names.REFERENCED_SIMPLE_NAMES.contains(name) && !generated.contains(name) && !name.endsWith("$")
            && !name.matches("[A-Z][A-Z0-9_]*")) {
          unprotected.add(name + " in " + file.getName());
        }
      }
    }
    assertEquals(Set.of(), unprotected, "qualifiers that a constant of that name would obscure");
  }

  @Test
  void aCodeNamedLikeAReferencedTypeIsRefused() {
    for (String name : List.of("Long", "Integer", "ShopTables", "ShopKind", "OrderRange")) {
      Compilation compilation = TestCatalogs.compile("""
          codebook: 1
          name: Shop
          domains:
            - name: Order
              kind: failure
              ranges: [{name: Low, from: 0, to: 9}]
              codes: [{code: 1, name: A, message: a, aliases: [%s]}]
          """.formatted(name));
      CatalogDiagnosticsTest.assertCatalogError(compilation, "invalid-code-name", "name '" + name + "' is not usable",
          "the name of a type that the generated code of this catalog uses");
    }
  }

  static String content(JavaFileObject file) {
    try {
      return file.getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
