package dev.codebook.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.codebook.processor.CompiledClasses.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * README's examples of the format additions, taken from README itself: its YAML compiles, its Java
 * compiles against what that YAML generates, and runs as its comments say.
 */
class ReadmeExamplesTest {
  static String readme() throws IOException {
    Path file = Path.of("../README.md");
    return Files.readString(Files.exists(file) ? file : Path.of("README.md"));
  }

  /** The fenced block of {@code language} that follows {@code heading} in README. */
  static String block(String readme, String heading, String language) {
    int section = readme.indexOf(heading);
    assertTrue(section >= 0, "README has " + heading);
    int start = readme.indexOf("```" + language + "\n", section) + language.length() + 4;
    return readme.substring(start, readme.indexOf("```", start));
  }

  @Test
  void theParametersRangesHexAndAttributesExample() throws Throwable {
    String readme = readme();
    String heading = "### Parameters, ranges, hex codes and attributes";
    String yaml = block(readme, heading, "yaml");
    String java = block(readme, heading, "java");
    String source = """
        package test.codes;

        import java.util.Locale;

        public class Readme {
          public static Object run(int line) throws Exception {
            switch (line) {
        %s
              default: return null;
            }
          }
        }
        """.formatted(cases(java));
    Compilation compilation = TestCatalogs.compile(TestCatalogs.root(yaml),
        List.of("--release", "8", "-Xlint:all,-processing,-options", "-Werror"),
        JavaFileObjects.forSourceString("test.codes.Readme", source));
    assertThat(compilation).succeededWithoutWarnings();
    Class<?> readmeClass = new CompiledClasses(compilation).loadClass("test.codes.Readme");
    assertEquals("Duplicate entry 'x@y' for key 7", call(readmeClass, "run", 0));
    assertEquals("Doppelter Eintrag 7: 'x@y'", call(readmeClass, "run", 1));
    assertEquals("Server 409 ER_DUP_ENTRY takes 2 arguments [entry, key], not 1",
        assertThrows(IllegalArgumentException.class, () -> call(readmeClass, "run", 2)).getMessage());
    assertEquals(List.of("entry", "key"), call(readmeClass, "run", 4));
    assertEquals(List.of("x@y", 7), call(call(readmeClass, "run", 5), "args"));
    assertEquals("CLIENT_ERROR", String.valueOf(call(readmeClass, "run", 6)));
    assertEquals("ClientErrorException",
        assertThrows(RuntimeException.class, () -> call(readmeClass, "run", 7)).getClass().getSimpleName());
    assertEquals("RFC 9110", call(readmeClass, "run", 9));
    assertEquals("E_FAIL", String.valueOf(call(readmeClass, "run", 10)));
    assertEquals("0x80004005", call(readmeClass, "run", 11));
    assertEquals("IntegrityException",
        assertThrows(RuntimeException.class, () -> call(readmeClass, "run", 12)).getClass().getSimpleName());
  }

  /** Each statement of the block as a {@code case} returning its value: {@code case 0: return ...;}. */
  static String cases(String java) {
    StringBuilder cases = new StringBuilder();
    int n = 0;
    for (String line : java.split("\n")) {
      String code = line.contains("//") ? line.substring(0, line.indexOf("//")).strip() : line.strip();
      if (code.isEmpty()) {
        continue;
      }
      String expression = code.substring(0, code.length() - 1); // the statement without its ';'
      if (expression.matches("[A-Z][A-Za-z]* [a-z]+ = .*")) {
        expression = expression.substring(expression.indexOf('=') + 1).strip();
      }
      cases.append("      case ").append(n++).append(": return ").append(expression).append(";\n");
    }
    return cases.toString();
  }
}
