package dev.codebook.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layout says what the design says, read from the processor's own imports: the model imports neither
 * SnakeYAML nor any other stage, the stages form no cycle, and no check or validation reaches into the
 * generators. A package is the folder under {@code dev/codebook/processor}; the entry point is {@code ""}.
 */
class PackageStructureTest {
  private static final Path SOURCES = Path.of("src/main/java/dev/codebook/processor");
  private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+)\\.[\\w*]+;", Pattern.MULTILINE);
  private static final String OWN = "dev.codebook.processor.";
  /** A class of another package named in full in the code, as {@code dev.codebook.processor.model.CodeFormat.HEX}. */
  private static final Pattern NAMED = Pattern.compile("\\bdev\\.codebook\\.processor\\.([a-z]+)\\.");

  /** Each package and the other packages of the processor, and the outside packages, its files import. */
  private static final Map<String, Set<String>> IMPORTS = new TreeMap<>();

  @BeforeAll
  static void read() throws IOException {
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
        Path folder = SOURCES.relativize(file.getParent());
        String pkg = folder.toString().replace(java.io.File.separatorChar, '.');
        Set<String> imports = IMPORTS.computeIfAbsent(pkg, key -> new TreeSet<>());
        String text = Files.readString(file);
        Matcher named = NAMED.matcher(text.replaceFirst("(?m)^package .*$", ""));
        while (named.find()) {
          imports.add(named.group(1));
        }
        Matcher matcher = IMPORT.matcher(text);
        while (matcher.find()) {
          String imported = matcher.group(1);
          // A class nested in a class of the processor: its package is the part before the class.
          String own = imported.startsWith(OWN) ? imported.substring(OWN.length()).replaceAll("\\.[A-Z].*", "")
              : imported.equals("dev.codebook.processor") ? "" : null;
          imports.add(own != null ? own : "outside:" + imported);
        }
        imports.remove(pkg);
      }
    }
    assertTrue(IMPORTS.containsKey("model") && IMPORTS.containsKey("parse"), IMPORTS.keySet().toString());
  }

  @Test
  void theModelImportsNoOtherStageAndNoYaml() {
    List<String> imported = IMPORTS.get("model").stream()
        .filter(name -> !name.startsWith("outside:java.")).toList();
    assertEquals(List.of(), imported);
  }

  @Test
  void noCheckOrValidationImportsTheGenerators() {
    assertTrue(!IMPORTS.get("check").contains("generate") && !IMPORTS.get("validate").contains("generate"),
        IMPORTS.toString());
  }

  /**
   * The runtime every catalog gets is emitted as it is: it names nothing but {@code java.*} (no class of the
   * processor, which its users do not have) and no class beside it but itself.
   */
  @Test
  void theEmittedRuntimeNamesOnlyJava() throws IOException {
    String text = Files.readString(SOURCES.resolve("runtime/CodebookTables.java"));
    Matcher matcher = IMPORT.matcher(text);
    List<String> imported = new ArrayList<>();
    while (matcher.find()) {
      if (!matcher.group(1).startsWith("java.")) {
        imported.add(matcher.group(1));
      }
    }
    assertEquals(List.of(), imported);
    String code = text.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\n]*", "")
        .replaceFirst("(?m)^package .*$", "");
    for (String sibling : List.of("RuntimeSource", "TablesMethod", "dev.codebook")) {
      assertTrue(!code.contains(sibling), "CodebookTables uses " + sibling);
    }
  }

  @Test
  void thePackagesFormNoCycle() {
    List<String> cycles = new ArrayList<>();
    for (String start : IMPORTS.keySet()) {
      findCycle(start, start, new ArrayList<>(List.of(start)), cycles);
    }
    assertEquals(List.of(), cycles);
  }

  private static void findCycle(String start, String at, List<String> path, List<String> cycles) {
    for (String next : IMPORTS.getOrDefault(at, Set.of())) {
      if (next.startsWith("outside:")) {
        continue;
      }
      if (next.equals(start)) {
        cycles.add(String.join(" -> ", path) + " -> " + start);
      } else if (!path.contains(next) && next.compareTo(start) > 0) {
        path.add(next);
        findCycle(start, next, path, cycles);
        path.remove(path.size() - 1);
      }
    }
  }
}
