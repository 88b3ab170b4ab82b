package dev.codebook.processor.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codebook.processor.generate.Packed;
import dev.codebook.processor.plan.LanguageMatching;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The runtime that every catalog's {@code <Catalog>Tables} is, called directly: what {@link Packed} writes it
 * reads back, its hash tables find every code and nothing else, its parser and templates keep their word, its
 * locale matching follows CLDR's likely scripts, and its text chunks give each code its texts.
 */
class CodebookTablesTest {

  static String[] parts(List<String> parts) {
    for (String part : parts) {
      assertTrue(modifiedUtf8Length(part) <= Packed.MAX_PART_BYTES, "a part of " + modifiedUtf8Length(part) + " bytes");
    }
    return parts.toArray(String[]::new);
  }

  static int modifiedUtf8Length(String text) {
    int bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      bytes += c >= 0x01 && c <= 0x7F ? 1 : c <= 0x7FF ? 2 : 3;
    }
    return bytes;
  }

  // ---- decoders, against Packed ----

  @Test
  void intsAndLongsOfEverySize() {
    Random random = new Random(0xC0DEL);
    int[] ints = new int[60_000];
    long[] longs = new long[60_000];
    for (int i = 0; i < ints.length; i++) {
      ints[i] = i % 7 == 0 ? Integer.MIN_VALUE + i : i % 11 == 0 ? Integer.MAX_VALUE - i : random.nextInt();
      longs[i] = i % 5 == 0 ? Long.MIN_VALUE + i : i % 13 == 0 ? Long.MAX_VALUE - i : random.nextLong();
    }
    List<String> intParts = Packed.ints(ints);
    assertTrue(intParts.size() > 1, "spans parts: " + intParts.size());
    assertArrayEquals(ints, CodebookTables.ints(parts(intParts), ints.length));
    assertArrayEquals(longs, CodebookTables.longs(parts(Packed.longs(longs)), longs.length));
    assertArrayEquals(new int[0], CodebookTables.ints(parts(Packed.ints(new int[0])), 0));
    // Differences of 2^32 - 1 either way: 33 bits of zigzag, which the int decoder reads modulo 2^32.
    int[] extremes = {Integer.MIN_VALUE, Integer.MAX_VALUE, Integer.MIN_VALUE, -1, 0, Integer.MAX_VALUE, -1,
        Integer.MIN_VALUE + 1, Integer.MAX_VALUE - 1, 1 << 30, -(1 << 30), 31, -32, 32};
    assertArrayEquals(extremes, CodebookTables.ints(parts(Packed.ints(extremes)), extremes.length));
  }

  @Test
  void stringsOfEveryCharacterACatalogAllows() {
    Random random = new Random(0xBEEFL);
    List<String> values = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      if (i % 17 == 0) {
        values.add(null);
        continue;
      }
      values.add(i % 19 == 0 ? "" : text(random, i % 101 == 0 ? 30_000 : 1 + random.nextInt(40)));
    }
    List<String> parts = Packed.strings(values);
    assertTrue(parts.size() > 3, "spans parts: " + parts.size());
    for (String part : parts) {
      assertTrue(part.isEmpty() || !Character.isLowSurrogate(part.charAt(0)), "no part starts inside a pair");
    }
    assertEquals(values, Arrays.asList(CodebookTables.strings(parts(parts), values.size())));
  }

  private static String text(Random random, int length) {
    StringBuilder text = new StringBuilder();
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
    return text.toString();
  }

  enum Kind { SUCCESS, FAILURE, WARNING }

  @Test
  void booleansAndEnumConstants() {
    boolean[] booleans = {true, false, false, true, true};
    assertArrayEquals(booleans, CodebookTables.booleans(parts(Packed.ints(new int[] {1, 0, 0, 1, 1})), 5));
    Kind[] kinds = CodebookTables.kinds(Kind.values(), parts(Packed.ints(new int[] {2, 0, 1, 3, 3})), 5);
    assertArrayEquals(new Kind[] {Kind.FAILURE, null, Kind.SUCCESS, Kind.WARNING, Kind.WARNING}, kinds);
    assertSame(Kind[].class, kinds.getClass(), "an array of the enum's own type");
    assertEquals(0, CodebookTables.kinds(Kind.values(), parts(Packed.ints(new int[0])), 0).length);
  }

  @Test
  void attributesSpreadOverTheCodes() {
    assertArrayEquals(new String[] {"x", "a", "x", "b"},
        CodebookTables.spreadStrings(4, "x", new int[] {1, 3}, new String[] {"a", "b"}));
    assertArrayEquals(new String[] {null, "", null}, CodebookTables.spreadStrings(3, null, new int[] {1}, new String[] {""}));
    assertArrayEquals(new int[] {7, -1, 7}, CodebookTables.spreadInts(3, 7, new int[] {1}, new int[] {-1}));
    assertArrayEquals(new long[] {0, Long.MIN_VALUE}, CodebookTables.spreadLongs(2, 0, new int[] {1}, new long[] {Long.MIN_VALUE}));
    assertArrayEquals(new boolean[] {true, false, true},
        CodebookTables.spreadBooleans(3, true, new int[] {1}, new boolean[] {false}));
  }

  // ---- hash tables ----

  @Test
  void theIntTableFindsEveryCodeAndNothingElse() {
    Random random = new Random(42);
    Set<Integer> codes = new LinkedHashSet<>(List.of(Integer.MIN_VALUE, Integer.MAX_VALUE, 0, -1, 1));
    while (codes.size() < 20_000) {
      codes.add(random.nextInt());
    }
    for (int size : new int[] {1, 2, 3, 4, 5, 1_000, 20_000}) {
      int[] values = codes.stream().limit(size).mapToInt(Integer::intValue).toArray();
      int shift = CodebookTables.shift(values.length);
      assertTrue(1 << (32 - shift) >= 2 * values.length, "at most half full: " + size);
      int[] table = CodebookTables.intIndex(values, shift);
      for (int ordinal = 0; ordinal < values.length; ordinal++) {
        assertEquals(ordinal, CodebookTables.find(table, shift, values[ordinal]), "code " + values[ordinal]);
      }
      for (int absent : new int[] {Integer.MIN_VALUE + 1, Integer.MAX_VALUE - 1, 2, -2}) {
        if (!Arrays.stream(values).anyMatch(value -> value == absent)) {
          assertEquals(-1, CodebookTables.find(table, shift, absent), "absent " + absent);
        }
      }
    }
  }

  @Test
  void theStringTableFindsEveryCodeEvenWhenHashesCollide() {
    // "Aa" and "BB" have the same hashCode, as have "AaAa", "AaBB", "BBAa" and "BBBB".
    String[] codes = {"Aa", "BB", "AaAa", "AaBB", "BBAa", "BBBB", "", "23505", "\u4e2d", "\ud83d\ude00"};
    int shift = CodebookTables.shift(codes.length);
    int[] table = CodebookTables.stringIndex(codes, shift);
    for (int ordinal = 0; ordinal < codes.length; ordinal++) {
      assertEquals(ordinal, CodebookTables.find(table, shift, codes, codes[ordinal]), codes[ordinal]);
    }
    assertEquals(-1, CodebookTables.find(table, shift, codes, "BBBa"));
    assertEquals(-1, CodebookTables.find(table, shift, codes, "23506"));
  }

  @Test
  void rangesAreFoundByTheirBounds() {
    int[] from = {Integer.MIN_VALUE, 100, 400, 0x7FFFFF00};
    int[] to = {-1, 199, 499, Integer.MAX_VALUE};
    assertEquals(0, CodebookTables.rangeIndex(from, to, Integer.MIN_VALUE));
    assertEquals(0, CodebookTables.rangeIndex(from, to, -1));
    assertEquals(-1, CodebookTables.rangeIndex(from, to, 0));
    assertEquals(1, CodebookTables.rangeIndex(from, to, 100));
    assertEquals(1, CodebookTables.rangeIndex(from, to, 199));
    assertEquals(-1, CodebookTables.rangeIndex(from, to, 200));
    assertEquals(2, CodebookTables.rangeIndex(from, to, 450));
    assertEquals(3, CodebookTables.rangeIndex(from, to, Integer.MAX_VALUE));
    assertEquals(-1, CodebookTables.rangeIndex(new int[0], new int[0], 5));
  }

  // ---- code text ----

  @ParameterizedTest(name = "\"{0}\" -> {1}")
  @CsvSource(delimiter = '|', value = {
      "404|404", "' +404 '|404", "0404|404", "-2147483648|-2147483648", "2147483647|2147483647",
      "2147483648|", "-2147483649|", "0x80004005|-2147467259", "0XFFFFFFFF|-1", "0x0|0", "0x100000000|",
      "0x|", "0xG|", "''|", "-|", "+|", "4 04|", "١٢٣|", "-0x7080|-28800", "' -0X10 '|-16", "+0x10|16",
      "-0x80000000|-2147483648", "-0x80000001|", "-0x|", "--0x1|", "-0x100000000|"})
  void textIsReadAsAnIntCodeOrNot(String text, Long expected) {
    assertEquals(expected == null ? Long.MIN_VALUE : expected, CodebookTables.parseInt(text));
  }

  @Test
  void nullTextIsNoCodeAndCodesAreWrittenAsTheirDomainWritesThem() {
    assertEquals(Long.MIN_VALUE, CodebookTables.parseInt(null));
    assertEquals("-7", CodebookTables.codeText(-7, CodebookTables.DECIMAL));
    assertEquals("0x80004005", CodebookTables.codeText(0x80004005, CodebookTables.HEX));
    assertEquals("0x00000010", CodebookTables.codeText(16, CodebookTables.HEX));
    assertEquals("-0x7080", CodebookTables.codeText(-0x7080, CodebookTables.SIGNED_HEX));
    assertEquals("0x0010", CodebookTables.codeText(16, CodebookTables.SIGNED_HEX));
    assertEquals("-0x80000000", CodebookTables.codeText(Integer.MIN_VALUE, CodebookTables.SIGNED_HEX));
    assertEquals("0x12345", CodebookTables.codeText(0x12345, CodebookTables.SIGNED_HEX));
  }

  /**
   * Generated code names the format by the runtime's constant of the processor's {@code CodeFormat}'s name, and
   * the runtime writes each value as the processor does in Javadoc and diagnostics; what it writes reads back.
   */
  @Test
  void everyCodeFormatIsTheRuntimesAndWritesTheSame() throws ReflectiveOperationException {
    for (dev.codebook.processor.model.CodeFormat format : dev.codebook.processor.model.CodeFormat.values()) {
      int constant = CodebookTables.class.getDeclaredField(format.name()).getInt(null);
      for (int value : new int[] {0, 1, -1, 16, -0x7080, 0x7FFF, 0x10000, Integer.MAX_VALUE, Integer.MIN_VALUE,
          0x80004005}) {
        String text = CodebookTables.codeText(value, constant);
        assertEquals(format.format(value), text, format + " " + value);
        assertEquals(value, CodebookTables.parseInt(text), text);
      }
    }
  }

  // ---- templates ----

  @Test
  void templatesAreFilledByParameterName() {
    List<String> params = List.of("entry", "key");
    assertEquals("Duplicate 'x' for 7", CodebookTables.fill("Duplicate '{entry}' for {key}", params, new Object[] {"x", 7}));
    assertEquals("7 then x", CodebookTables.fill("{key} then {entry}", params, new Object[] {"x", 7}));
    assertEquals("{literal} null", CodebookTables.fill("{{literal}} {entry}", params, new Object[] {null, 7}));
    assertEquals("{other} stays", CodebookTables.fill("{other} stays", params, new Object[] {"x", 7}));
    assertEquals("{key} without its argument", CodebookTables.fill("{key} without its argument", params, new Object[] {"x"}));
    assertNull(CodebookTables.fill(null, params, new Object[0]));
    assertEquals("Duplicate 'x' for 7",
        CodebookTables.format(params, "Duplicate '{entry}' for {key}", new Object[] {"x", 7}));
    assertNull(CodebookTables.format(params, "{entry}", new Object[] {"x"}));
    assertNull(CodebookTables.format(params, "{entry}", null));
    assertEquals("Db 1062 ER_DUP_ENTRY takes 2 arguments [entry, key], not 1",
        CodebookTables.wrongArguments("Db", "1062", "ER_DUP_ENTRY", params, new Object[] {"x"}).getMessage());
    assertEquals("Db 1 OK takes 0 arguments, not 1",
        CodebookTables.wrongArguments("Db", "1", "OK", List.of(), new Object[] {"x"}).getMessage());
    assertEquals("Db 2 ONE takes 1 argument [a], not 0",
        CodebookTables.wrongArguments("Db", "2", "ONE", List.of("a"), null).getMessage());
    assertEquals("plain", CodebookTables.format(List.of(), "plain", null));
  }

  @Test
  void parameterListsAreDecodedUnmodifiable() {
    List<List<String>> lists = CodebookTables.paramLists(parts(Packed.strings(Arrays.asList("entry,key,", null, "a,"))), 3);
    assertEquals(List.of(List.of("entry", "key"), List.of(), List.of("a")), lists);
    assertThrows(UnsupportedOperationException.class, () -> lists.get(0).add("x"));
    assertSame(Collections.emptyList(), lists.get(1));
  }

  // ---- languages: CLDR's likely scripts, then the region, then the first listed ----

  static final List<String> LANGUAGES = List.of("en", "zh-CN", "zh-Hant", "pt-BR", "sr-Latn", "sr", "de-AT", "de-CH");

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "zh-Hans-CN, zh-CN", "zh-CN, zh-CN", "zh, zh-CN", "zh-SG, zh-CN",
      "zh-TW, zh-Hant", "zh-Hant-TW, zh-Hant", "zh-HK, zh-Hant", "zh-Hant, zh-Hant",
      "pt-PT, pt-BR", "pt, pt-BR",
      "sr-Latn-RS, sr-Latn", "sr-ME, sr-Latn", "sr-RS, sr", "sr, sr", "sr-Cyrl, sr",
      "de-CH, de-CH", "de-AT, de-AT", "de-DE, de-AT", "de, de-AT",
      "fr, en", "en-GB, en", "und, en"})
  void theLanguageThatFitsALocale(String tag, String expected) {
    LanguageMatching data = LanguageMatching.of(LANGUAGES);
    String[] languages = CodebookTables.strings(parts(Packed.strings(data.candidates())), data.candidates().size());
    String[] likely = CodebookTables.strings(parts(Packed.strings(data.likelyScripts())), data.likelyScripts().size());
    ConcurrentHashMap<Locale, Integer> cache = new ConcurrentHashMap<>();
    Locale locale = Locale.forLanguageTag(tag);
    int index = CodebookTables.language(locale, languages, likely, cache);
    assertEquals(expected, LANGUAGES.get(index));
    assertEquals(index, cache.get(locale), "remembered");
    assertEquals(index, CodebookTables.language(locale, languages, likely, cache), "and the same again");
    assertEquals(0, CodebookTables.language(null, languages, likely, cache));
  }

  /** A stream of odd locales does not grow the cache past its bound, and still gets right answers. */
  @Test
  void theLocaleCacheStopsGrowingAtItsBound() {
    LanguageMatching data = LanguageMatching.of(LANGUAGES);
    String[] languages = CodebookTables.strings(parts(Packed.strings(data.candidates())), data.candidates().size());
    String[] likely = CodebookTables.strings(parts(Packed.strings(data.likelyScripts())), data.likelyScripts().size());
    ConcurrentHashMap<Locale, Integer> cache = new ConcurrentHashMap<>();
    for (int i = 0; i < 1_000; i++) {
      Locale odd = new Locale.Builder().setLanguage("zh").setRegion("CN").setVariant("v" + (10_000 + i)).build();
      assertEquals("zh-CN", LANGUAGES.get(CodebookTables.language(odd, languages, likely, cache)), odd.toString());
    }
    assertEquals(256, cache.size());
    assertEquals("de-AT", LANGUAGES.get(CodebookTables.language(Locale.GERMANY, languages, likely, cache)),
        "a locale past the bound is matched afresh");
    assertEquals(256, cache.size());
  }

  // ---- text chunks ----

  @Test
  void eachCodeGetsItsTextsFromTheChunks() {
    int count = 3 * CodebookTables.CHUNK + 17;
    List<String[]> texts = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      boolean inEmptyChunk = i >= CodebookTables.CHUNK && i < 2 * CodebookTables.CHUNK;
      texts.add(inEmptyChunk || i % 3 == 1 ? null : new String[] {"message " + i, i % 2 == 0 ? null : "advice " + i});
    }
    // A last chunk where every code has a text: no positions in its header.
    for (int i = 3 * CodebookTables.CHUNK; i < count; i++) {
      texts.set(i, new String[] {"m" + i, ""});
    }
    Packed.TextChunks chunks = Packed.texts(texts);
    CodebookTables.Texts decoded = new CodebookTables.Texts(parts(chunks.texts()), parts(chunks.chunkStarts()), count);
    for (int i = count - 1; i >= 0; i--) {
      String[] expected = texts.get(i);
      assertEquals(expected == null ? null : expected[0], decoded.message(i), "message " + i);
      assertEquals(expected == null ? null : expected[1], decoded.advice(i), "advice " + i);
    }
  }
}
