package dev.codebook.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link EditorYaml} types plain scalars by the YAML 1.2 core schema, and nothing else. */
class EditorYamlTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      // YAML text          | JSON an editor validates
      "100001               | 100001",
      "-42                  | -42",
      "+42                  | 42",
      "08006                | 8006",
      "0o17                 | 15",
      "0x1F                 | 31",
      "2147483648           | 2147483648",
      "1.5                  | 1.5",
      "1e3                  | 1000.0",
      "true                 | true",
      "True                 | true",
      "FALSE                | false",
      "null                 | null",
      "NULL                 | null",
      "~                    | null",
      "v:                   | null",
      "NO                   | \"NO\"",
      "yes                  | \"yes\"",
      "ON                   | \"ON\"",
      "010_000              | \"010_000\"",
      "2001-12-14           | \"2001-12-14\"",
      "42P01                | \"42P01\"",
      "\"23505\"            | \"23505\"",
      "'true'               | \"true\"",
      "!!str 5              | \"5\"",
  })
  void plainScalarsFollowTheCoreSchema(String yaml, String json) {
    String document = yaml.startsWith("v:") ? yaml : "v: " + yaml;
    assertEquals("{\"v\":" + json + "}", EditorYaml.toJson(document).toString());
  }
}
