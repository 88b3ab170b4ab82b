package dev.codebook.processor.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.codebook.processor.CodebookProcessor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What {@link Packed} writes, the generated {@code <Catalog>Tables} reads back: random ints, longs and
 * strings (surrogate pairs, every character a catalog allows, nulls), enough of them to span parts,
 * each part within the class file's 65,535 bytes.
 */
class PackedRoundTripTest {
  static Class<?> tables;

  @BeforeAll
  static void compileATables() throws IOException {
    Path root = Files.createTempDirectory("codebook-packed");
    Path catalog = root.resolve("p/catalog.yaml");
    Files.createDirectories(catalog.getParent());
    Files.writeString(catalog, "codebook: 1\nname: Any\ndomains: [{name: D, kind: failure, codes: [{code: 1, name: A,"
        + " message: a}]}]\n");
    Compilation compilation = Compiler.javac().withProcessors(new CodebookProcessor())
        .withOptions("-Acodebook.root=" + root)
        .compile(JavaFileObjects.forSourceLines("p.package-info", "@dev.codebook.Codebook(\"catalog.yaml\")", "package p;"));
    Map<String, byte[]> classes = new HashMap<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() == JavaFileObject.Kind.CLASS) {
        String path = file.toUri().getPath();
        String name = path.substring(path.indexOf("/CLASS_OUTPUT/") + 14, path.length() - 6).replace('/', '.');
        try (InputStream in = file.openInputStream()) {
          classes.put(name, in.readAllBytes());
        }
      }
    }
    ClassLoader loader = new ClassLoader(PackedRoundTripTest.class.getClassLoader()) {
      @Override
      protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytes = classes.get(name);
        if (bytes == null) {
          throw new ClassNotFoundException(name);
        }
        return defineClass(name, bytes, 0, bytes.length);
      }
    };
    try {
      tables = loader.loadClass("p.AnyTables");
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  static Object decode(String decoder, List<String> parts, int count) throws Exception {
    for (String part : parts) {
      assertTrue(part.getBytes(StandardCharsets.UTF_8).length <= 65_535 + part.length(), "a part within the limit");
      assertTrue(modifiedUtf8Length(part) <= Packed.MAX_PART_BYTES, "a part of " + modifiedUtf8Length(part) + " bytes");
    }
    Method method = tables.getDeclaredMethod(decoder, String[].class, int.class);
    method.setAccessible(true);
    return method.invoke(null, parts.toArray(String[]::new), count);
  }

  static int modifiedUtf8Length(String text) {
    int bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      bytes += c >= 0x01 && c <= 0x7F ? 1 : c <= 0x7FF ? 2 : 3;
    }
    return bytes;
  }

  @Test
  void intsAndLongsOfEverySize() throws Exception {
    Random random = new Random(0xC0DEL);
    int[] ints = new int[60_000];
    long[] longs = new long[60_000];
    for (int i = 0; i < ints.length; i++) {
      ints[i] = i % 7 == 0 ? Integer.MIN_VALUE + i : i % 11 == 0 ? Integer.MAX_VALUE - i : random.nextInt();
      longs[i] = i % 5 == 0 ? Long.MIN_VALUE + i : i % 13 == 0 ? Long.MAX_VALUE - i : random.nextLong();
    }
    List<String> intParts = Packed.ints(ints);
    assertTrue(intParts.size() > 1, "spans parts: " + intParts.size());
    assertArrayEquals(ints, (int[]) decode("ints", intParts, ints.length));
    assertArrayEquals(longs, (long[]) decode("longs", Packed.longs(longs), longs.length));
    assertArrayEquals(new int[0], (int[]) decode("ints", Packed.ints(new int[0]), 0));
    // Differences of 2^32 - 1 either way: 33 bits of zigzag, which the int decoder reads modulo 2^32.
    int[] extremes = {Integer.MIN_VALUE, Integer.MAX_VALUE, Integer.MIN_VALUE, -1, 0, Integer.MAX_VALUE, -1,
        Integer.MIN_VALUE + 1, Integer.MAX_VALUE - 1, 1 << 30, -(1 << 30), 31, -32, 32};
    assertArrayEquals(extremes, (int[]) decode("ints", Packed.ints(extremes), extremes.length));
  }

  @Test
  void stringsOfEveryCharacterACatalogAllows() throws Exception {
    Random random = new Random(0xBEEFL);
    List<String> values = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      if (i % 17 == 0) {
        values.add(null);
        continue;
      }
      StringBuilder text = new StringBuilder();
      int length = i % 101 == 0 ? 30_000 : 1 + random.nextInt(40);
      for (int c = 0; c < length; c++) {
        int pick = random.nextInt(6);
        if (pick == 0) {
          text.appendCodePoint(0x1F600 + random.nextInt(80)); // a surrogate pair
        } else if (pick == 1) {
          text.append((char) (0x4E00 + random.nextInt(0x5000)));
        } else if (pick == 2) {
          text.append("\n\t\"\\{}".charAt(random.nextInt(6)));
        } else {
          text.append((char) (0x20 + random.nextInt(0x5F)));
        }
      }
      values.add(text.toString());
    }
    List<String> parts = Packed.strings(values);
    assertTrue(parts.size() > 3, "spans parts: " + parts.size());
    for (String part : parts) {
      assertTrue(part.isEmpty() || !Character.isLowSurrogate(part.charAt(0)), "no part starts inside a pair");
    }
    assertEquals(values, java.util.Arrays.asList((String[]) decode("strings", parts, values.size())));
  }
}
