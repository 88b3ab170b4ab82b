package dev.codebook.processor.runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The code that every catalog's generated classes share, the same whatever the catalog: decoding the tables
 * packed into string constants, finding codes in open-addressing hash tables, filling message templates,
 * matching a {@code Locale} to the catalog's languages, and one language's texts decoded {@value #CHUNK}
 * codes at a time. Generated code only holds what the catalog shapes (the packed data, the switches and the
 * types); this class is emitted into each catalog's package as {@code <Catalog>Tables}, with only its package
 * and name changed.
 *
 * <p>It is generated code, so it keeps to what generated code may use: Java 8, {@code java.base} alone, the
 * APIs Android has at level 21, ASCII text. It is package-private there: its methods may change with any
 * version of Codebook.
 */
final class CodebookTables {
  /** Codes per chunk of texts decoded at once, and per chunk of class-form constants created at once. */
  static final int CHUNK = 256;

  /** {@code CHUNK} as a shift: an ordinal's chunk is {@code ordinal >>> CHUNK_SHIFT}. */
  private static final int CHUNK_SHIFT = Integer.numberOfTrailingZeros(CHUNK);

  /** Fibonacci hashing: the golden ratio's 32-bit fraction spreads consecutive codes over the table. */
  private static final int GOLDEN = 0x9E3779B9;

  /** Ends each packed string: U+0001. */
  static final char END = '\u0001';

  /** A packed string that stands for {@code null}: U+0002 alone. */
  static final char NULL = '\u0002';

  /** Position 0 of a code in a text chunk's header: U+0020. */
  static final char POSITION_BASE = '\u0020';

  /** Locales a catalog remembers the matching language of. */
  private static final int REMEMBERED_LOCALES = 256;

  private CodebookTables() {}

  // ---- packed values ----

  /**
   * Decodes {@code count} packed longs: zigzag values in 5-bit groups from the lowest, each {@code '0' + bits},
   * plus 32 when a group follows.
   */
  static long[] longs(String[] parts, int count) {
    long[] values = new long[count];
    decode(parts, values, null);
    return values;
  }

  /** Decodes {@code count} packed ints: packed as {@link #longs}, each the difference to the one before. */
  static int[] ints(String[] parts, int count) {
    int[] values = new int[count];
    decode(parts, null, values);
    return values;
  }

  /**
   * Decodes packed values into {@code longs}, or, when it is null, their running sums into {@code ints}. One
   * loop for both, over a {@code char[]} rather than {@code charAt}: tables decode once, mostly before the JIT
   * has compiled anything, where each interpreted {@code charAt} is several calls.
   */
  private static void decode(String[] parts, long[] longs, int[] ints) {
    int n = 0;
    long sum = 0;
    for (String part : parts) {
      char[] chars = part.toCharArray();
      int i = 0;
      while (i < chars.length) {
        long zigzag = 0;
        int shift = 0;
        int digit;
        do {
          digit = chars[i++] - '0';
          zigzag |= (long) (digit & 31) << shift;
          shift += 5;
        } while ((digit & 32) != 0);
        long value = (zigzag >>> 1) ^ -(zigzag & 1);
        if (longs != null) {
          longs[n++] = value;
        } else {
          sum += value;
          ints[n++] = (int) sum;
        }
      }
    }
  }

  /** Decodes {@code count} packed strings, each ended by U+0001; U+0002 alone is {@code null}. */
  static String[] strings(String[] parts, int count) {
    return split(join(parts, 0, Integer.MAX_VALUE), 0, count);
  }

  /** The {@code count} packed strings from character {@code from} of {@code packed} on. */
  private static String[] split(String packed, int from, int count) {
    String[] values = new String[count];
    int start = from;
    for (int i = 0; i < count; i++) {
      int end = packed.indexOf(END, start);
      values[i] = end == start + 1 && packed.charAt(start) == NULL ? null : packed.substring(start, end);
      start = end + 1;
    }
    return values;
  }

  /** Characters {@code from} (inclusive) to {@code to} (exclusive) of the parts joined. */
  private static String join(String[] parts, int from, int to) {
    if (parts.length == 1) {
      String part = parts[0];
      return part.substring(from, Math.min(to, part.length()));
    }
    StringBuilder joined = new StringBuilder();
    int offset = 0;
    for (String part : parts) {
      int start = Math.max(from - offset, 0);
      int end = (int) Math.min((long) to - offset, part.length());
      if (start < end) {
        joined.append(part, start, end);
      }
      offset += part.length();
    }
    return joined.toString();
  }

  /** Decodes {@code count} booleans, packed as ints 0 and 1. */
  static boolean[] booleans(String[] parts, int count) {
    int[] ints = ints(parts, count);
    boolean[] values = new boolean[count];
    for (int i = 0; i < count; i++) {
      values[i] = ints[i] != 0;
    }
    return values;
  }

  /**
   * Decodes {@code count} constants of an enum, packed as their index in {@code all} (its {@code values()})
   * plus 1; 0 is {@code null}. The array has {@code all}'s type.
   */
  static <K> K[] kinds(K[] all, String[] parts, int count) {
    int[] ordinals = ints(parts, count);
    K[] kinds = Arrays.copyOf(all, count);
    for (int i = 0; i < count; i++) {
      kinds[i] = ordinals[i] == 0 ? null : all[ordinals[i] - 1];
    }
    return kinds;
  }

  // ---- attributes: each attribute's values by ordinal, from the few that differ from its default ----

  /** Values by ordinal for {@code count} codes: {@code values[i]} for code {@code ordinals[i]}, {@code fallback} for the others. */
  static String[] spreadStrings(int count, String fallback, int[] ordinals, String[] values) {
    String[] all = new String[count];
    if (fallback != null) {
      Arrays.fill(all, fallback);
    }
    for (int i = 0; i < ordinals.length; i++) {
      all[ordinals[i]] = values[i];
    }
    return all;
  }

  /** As {@link #spreadStrings}, for {@code int} values. */
  static int[] spreadInts(int count, int fallback, int[] ordinals, int[] values) {
    int[] all = new int[count];
    if (fallback != 0) {
      Arrays.fill(all, fallback);
    }
    for (int i = 0; i < ordinals.length; i++) {
      all[ordinals[i]] = values[i];
    }
    return all;
  }

  /** As {@link #spreadStrings}, for {@code long} values. */
  static long[] spreadLongs(int count, long fallback, int[] ordinals, long[] values) {
    long[] all = new long[count];
    if (fallback != 0) {
      Arrays.fill(all, fallback);
    }
    for (int i = 0; i < ordinals.length; i++) {
      all[ordinals[i]] = values[i];
    }
    return all;
  }

  /** As {@link #spreadStrings}, for {@code boolean} values. */
  static boolean[] spreadBooleans(int count, boolean fallback, int[] ordinals, boolean[] values) {
    boolean[] all = new boolean[count];
    if (fallback) {
      Arrays.fill(all, true);
    }
    for (int i = 0; i < ordinals.length; i++) {
      all[ordinals[i]] = values[i];
    }
    return all;
  }

  // ---- lookup ----

  /**
   * The hash shift for {@code count} keys: a table of the smallest power of two of slots that keeps at most
   * half of them full, so that most lookups probe one slot (measured: at two thirds full, 30% of lookups of
   * 20,000 codes probed more than one, and took twice as long).
   */
  static int shift(int count) {
    int bits = 1;
    while ((1 << bits) < 2 * count) {
      bits++;
    }
    return 32 - bits;
  }

  /**
   * An open-addressing table of {@code codes}: slot {@code i} is {@code [2i]} the code and {@code [2i + 1]} its
   * ordinal + 1, 0 when empty; one cache line per probe. Filled once, in the interpreter: each code read once.
   */
  static int[] intIndex(int[] codes, int shift) {
    int[] table = new int[2 << (32 - shift)];
    int mask = table.length - 1;
    for (int ordinal = 0; ordinal < codes.length; ordinal++) {
      int code = codes[ordinal];
      int at = ((code * GOLDEN) >>> shift) << 1;
      while (table[at + 1] != 0) {
        at = (at + 2) & mask;
      }
      table[at] = code;
      table[at + 1] = ordinal + 1;
    }
    return table;
  }

  /** The ordinal of {@code code} in a table from {@link #intIndex}, or -1. */
  static int find(int[] table, int shift, int code) {
    int mask = (1 << (32 - shift)) - 1;
    int slot = (code * GOLDEN) >>> shift;
    while (true) {
      int ordinal = table[2 * slot + 1];
      if (ordinal == 0) {
        return -1;
      }
      if (table[2 * slot] == code) {
        return ordinal - 1;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** An open-addressing table of {@code codes} by hash code: each slot the ordinal + 1, 0 when empty. */
  static int[] stringIndex(String[] codes, int shift) {
    int[] table = new int[1 << (32 - shift)];
    int mask = table.length - 1;
    for (int ordinal = 0; ordinal < codes.length; ordinal++) {
      int slot = (codes[ordinal].hashCode() * GOLDEN) >>> shift;
      while (table[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      table[slot] = ordinal + 1;
    }
    return table;
  }

  /** The ordinal of {@code code} among {@code codes}, indexed by {@link #stringIndex}, or -1. */
  static int find(int[] table, int shift, String[] codes, String code) {
    int mask = table.length - 1;
    int slot = (code.hashCode() * GOLDEN) >>> shift;
    while (true) {
      int ordinal = table[slot];
      if (ordinal == 0) {
        return -1;
      }
      if (codes[ordinal - 1].equals(code)) {
        return ordinal - 1;
      }
      slot = (slot + 1) & mask;
    }
  }

  /**
   * The index of the range holding {@code value} among ranges sorted by {@code from}, or -1: a binary
   * search, as ranges do not overlap.
   */
  static int rangeIndex(int[] from, int[] to, int value) {
    int low = 0;
    int high = from.length - 1;
    int found = -1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      if (from[middle] <= value) {
        found = middle;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    return found >= 0 && value <= to[found] ? found : -1;
  }

  /** The index of the first mask range that holds {@code value} ({@code (value & mask) == value}), or -1. */
  static int maskIndex(int[] masks, int[] values, int value) {
    for (int i = 0; i < masks.length; i++) {
      if ((value & masks[i]) == values[i]) {
        return i;
      }
    }
    return -1;
  }

  // ---- code text ----

  /** {@code codeText}'s formats, one of each name of the processor's {@code CodeFormat}: {@code 404}. */
  static final int DECIMAL = 0;
  /** {@code 0x80004005}: eight digits, two's complement. */
  static final int HEX = 1;
  /** {@code -0x7080}, {@code 0x0010}: a sign and at least four digits. */
  static final int SIGNED_HEX = 2;

  /**
   * An int code received as text, as an {@code int}, or {@link Long#MIN_VALUE} when it is none; allocates
   * nothing. Blanks around it are ignored; decimal with an optional sign and leading zeros, or {@code 0x}/
   * {@code 0X} and 1 to 8 hex digits, above {@code 0x7FFFFFFF} wrapping to a negative {@code int}, or a
   * sign before them ({@code -0x7080}; then at most {@code 0x80000000}).
   */
  static long parseInt(String text) {
    if (text == null) {
      return Long.MIN_VALUE;
    }
    int start = 0;
    int end = text.length();
    while (start < end && text.charAt(start) <= ' ') {
      start++;
    }
    while (end > start && text.charAt(end - 1) <= ' ') {
      end--;
    }
    boolean negative = start < end && text.charAt(start) == '-';
    if (negative || (start < end && text.charAt(start) == '+')) {
      start++;
    }
    if (end - start > 2 && text.charAt(start) == '0'
        && (text.charAt(start + 1) == 'x' || text.charAt(start + 1) == 'X')) {
      if (end - start > 10) {
        return Long.MIN_VALUE;
      }
      long hex = 0;
      for (int i = start + 2; i < end; i++) {
        char c = text.charAt(i);
        int digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
            : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        if (digit < 0) {
          return Long.MIN_VALUE;
        }
        hex = hex * 16 + digit;
      }
      if (negative) {
        return hex > 0x80000000L ? Long.MIN_VALUE : -hex;
      }
      return (int) hex;
    }
    if (start == end) {
      return Long.MIN_VALUE;
    }
    long value = 0;
    for (int i = start; i < end; i++) {
      char digit = text.charAt(i);
      if (digit < '0' || digit > '9') {
        return Long.MIN_VALUE;
      }
      value = value * 10 + (digit - '0');
      if (value > 2147483648L) {
        return Long.MIN_VALUE;
      }
    }
    value = negative ? -value : value;
    return value > Integer.MAX_VALUE ? Long.MIN_VALUE : value;
  }

  /**
   * An int code as its domain writes it ({@code format} is {@link #DECIMAL}, {@link #HEX} or
   * {@link #SIGNED_HEX}): decimal; {@code 0x} and eight upper-case hex digits; or a sign, {@code 0x} and at
   * least four.
   */
  static String codeText(int code, int format) {
    if (format == DECIMAL) {
      return Integer.toString(code);
    }
    if (format == HEX) {
      String digits = Integer.toHexString(code).toUpperCase(Locale.ROOT);
      return "0x00000000".substring(0, 10 - digits.length()) + digits;
    }
    String digits = Long.toHexString(Math.abs((long) code)).toUpperCase(Locale.ROOT);
    return (code < 0 ? "-0x" : "0x") + (digits.length() < 4 ? "0000".substring(digits.length()) : "") + digits;
  }

  // ---- messages with parameters ----

  /**
   * {@code template} with each {@code {name}} replaced by {@code String.valueOf} of the argument at the
   * parameter's position, and {@code {{}/{@code }}} by single braces; a placeholder without an argument stays
   * as written.
   */
  static String fill(String template, List<String> params, Object[] args) {
    if (template == null) {
      return null;
    }
    if (template.indexOf('{') < 0 && template.indexOf('}') < 0) {
      return template;
    }
    StringBuilder out = new StringBuilder(template.length() + 16);
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      if ((c == '{' || c == '}') && i + 1 < template.length() && template.charAt(i + 1) == c) {
        out.append(c);
        i += 2;
        continue;
      }
      if (c == '{') {
        int end = template.indexOf('}', i);
        int position = end < 0 ? -1 : params.indexOf(template.substring(i + 1, end));
        if (position >= 0 && position < args.length) {
          out.append(String.valueOf(args[position]));
          i = end + 1;
          continue;
        }
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }

  /**
   * {@code template} (never null) filled in with {@code args}, or null when they are not as many as the code's
   * parameters: the caller then throws {@link #wrongArguments}, so that naming the code costs nothing on the
   * way that succeeds.
   */
  static String format(List<String> params, String template, Object[] args) {
    int count = args == null ? 0 : args.length;
    if (count != params.size()) {
      return null;
    }
    return fill(template, params, args == null ? new Object[0] : args);
  }

  /** The error of a {@code format} call whose {@code args} are not as many as the code's parameters. */
  static IllegalArgumentException wrongArguments(String domain, String codeText, String name, List<String> params,
      Object[] args) {
    int count = args == null ? 0 : args.length;
    return new IllegalArgumentException(domain + ' ' + codeText + ' ' + name + " takes " + params.size()
        + (params.size() == 1 ? " argument" : " arguments") + (params.isEmpty() ? "" : " " + params)
        + ", not " + count);
  }

  /**
   * Each code's parameter names, decoded from packed strings of names ended by commas; empty lists where a
   * code has none, all of them unmodifiable.
   */
  static List<List<String>> paramLists(String[] parts, int count) {
    String[] packed = strings(parts, count);
    List<List<String>> lists = new ArrayList<List<String>>(count);
    for (String names : packed) {
      if (names == null) {
        lists.add(Collections.<String>emptyList());
        continue;
      }
      List<String> list = new ArrayList<String>();
      int start = 0;
      for (int end = names.indexOf(',', start); end >= 0; end = names.indexOf(',', start)) {
        list.add(names.substring(start, end));
        start = end + 1;
      }
      lists.add(Collections.unmodifiableList(list));
    }
    return lists;
  }

  // ---- languages ----

  /**
   * The index of the catalog language that fits {@code locale} best; 0, the catalog's own, when none does or
   * it is {@code null}. CLDR's locale matching, simplified: both sides completed with their likely script, a
   * language must match in language and script, then the same region wins, then the first listed. Results
   * are remembered per {@code Locale} in {@code matches}, so a lookup allocates nothing after the first.
   *
   * @param languages per catalog language (0 the catalog's own): language, likely script ({@code null} when
   *     it has only one), region ({@code null} when none)
   * @param likelyScripts likely scripts of the catalog's languages written in more than one: {@code language}
   *     or {@code language-REGION}, then the script; most specific first
   */
  static int language(Locale locale, String[] languages, String[] likelyScripts,
      ConcurrentHashMap<Locale, Integer> matches) {
    if (locale == null) {
      return 0;
    }
    Integer known = matches.get(locale);
    if (known != null) {
      return known;
    }
    int match = match(locale.toLanguageTag(), languages, likelyScripts);
    if (matches.size() < REMEMBERED_LOCALES) {
      matches.put(locale, match);
    }
    return match;
  }

  private static int match(String tag, String[] languages, String[] likelyScripts) {
    String[] subtags = tag.split("-");
    String language = subtags[0].toLowerCase(Locale.ROOT);
    String script = "";
    String region = "";
    int i = 1;
    if (i < subtags.length && subtags[i].length() == 4) {
      script = subtags[i++];
    }
    if (i < subtags.length && (subtags[i].length() == 2 || subtags[i].length() == 3)) {
      region = subtags[i].toUpperCase(Locale.ROOT);
    }
    if (script.isEmpty()) {
      script = likelyScript(language, region, likelyScripts);
    }
    int best = -1;
    for (int candidate = 0; 3 * candidate < languages.length; candidate++) {
      String otherScript = languages[3 * candidate + 1];
      if (!language.equals(languages[3 * candidate])
          || (!script.isEmpty() && otherScript != null && !otherScript.equalsIgnoreCase(script))) {
        continue;
      }
      if (!region.isEmpty() && region.equals(languages[3 * candidate + 2])) {
        return candidate;
      }
      if (best < 0) {
        best = candidate;
      }
    }
    return best < 0 ? 0 : best;
  }

  private static String likelyScript(String language, String region, String[] likelyScripts) {
    String withRegion = language + '-' + region;
    for (int i = 0; i < likelyScripts.length; i += 2) {
      if (likelyScripts[i].equals(withRegion) || likelyScripts[i].equals(language)) {
        return likelyScripts[i + 1];
      }
    }
    return "";
  }

  /**
   * The messages and advice of one domain in one language: packed strings, decoded {@value #CHUNK} codes at a
   * time on first use. A chunk is empty when none of its codes has a text in the language; else it starts with
   * the positions of the codes that have one (one character each, from U+0020), or a null when all have, then
   * message and advice of each of those codes. Immutable once decoded: a chunk is published through an
   * {@link AtomicReferenceArray}, so a thread that sees it sees its strings.
   */
  static final class Texts {
    /** An empty chunk, decoded: all null, shared, never written. */
    private static final String[] NONE = new String[2 * CHUNK];

    private final String[] parts;
    private final int[] chunkStarts;
    private final int count;
    private final AtomicReferenceArray<String[]> chunks;

    /**
     * @param parts the packed texts
     * @param chunkStarts packed: where each chunk of {@value #CHUNK} codes starts, then the total length
     * @param count how many codes
     */
    Texts(String[] parts, String[] chunkStarts, int count) {
      this.parts = parts;
      this.count = count;
      int chunkCount = (count + CHUNK - 1) >>> CHUNK_SHIFT;
      this.chunkStarts = ints(chunkStarts, chunkCount + 1);
      this.chunks = new AtomicReferenceArray<String[]>(chunkCount);
    }

    String message(int ordinal) {
      return text(ordinal, 0);
    }

    String advice(int ordinal) {
      return text(ordinal, 1);
    }

    private String text(int ordinal, int field) {
      int chunk = ordinal >>> CHUNK_SHIFT;
      String[] texts = chunks.get(chunk);
      if (texts == null) {
        texts = decode(chunk);
        chunks.set(chunk, texts);
      }
      return texts[2 * (ordinal & (CHUNK - 1)) + field];
    }

    private String[] decode(int chunk) {
      if (chunkStarts[chunk] == chunkStarts[chunk + 1]) {
        return NONE;
      }
      int size = Math.min(CHUNK, count - (chunk << CHUNK_SHIFT));
      String packed = join(parts, chunkStarts[chunk], chunkStarts[chunk + 1]);
      int start = packed.indexOf(END);
      String positions = start == 1 && packed.charAt(0) == NULL ? null : packed.substring(0, start);
      String[] values = split(packed, start + 1, 2 * (positions == null ? size : positions.length()));
      if (positions == null) {
        return values;
      }
      String[] texts = new String[2 * size];
      for (int i = 0; i < positions.length(); i++) {
        int at = 2 * (positions.charAt(i) - POSITION_BASE);
        texts[at] = values[2 * i];
        texts[at + 1] = values[2 * i + 1];
      }
      return texts;
    }
  }
}
