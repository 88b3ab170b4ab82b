package dev.codebook.processor.generate;

import com.palantir.javapoet.CodeBlock;
import dev.codebook.processor.plan.Shapes;
import dev.codebook.processor.runtime.RuntimeSource;
import java.util.ArrayList;
import java.util.List;

/**
 * Catalog data packed into string constants, the form in which generated code carries data that grows
 * with the catalog: a table costs one {@code ldc} per 64 KiB instead of bytecode per entry. The runtime,
 * {@code runtime.CodebookTables}, emitted as each catalog's {@code <Catalog>Tables}, decodes exactly these
 * formats, and owns the characters they use:
 *
 * <ul>
 *   <li><b>longs</b>: each value zigzag-coded, in groups of 5 bits from the lowest, each group one
 *       character {@code '0' + bits}, plus 32 when another group follows; printable ASCII, one byte per
 *       character in the class file;
 *   <li><b>ints</b>: as longs, each the difference to the one before (small for sorted codes);
 *   <li><b>strings</b>: each value followed by {@link #END}; a missing value ({@code null}) is {@link #NULL}
 *       and the terminator, so that an empty string stays one. The parser refuses both characters in every
 *       text, name, code and attribute value that gets packed.
 *   <li><b>text chunks</b>, one language's messages and advice of {@link RuntimeSource#CHUNK} codes, as
 *       strings: nothing when no code of the chunk has a text in the language; else first the positions in
 *       the chunk of the codes that have one, a character {@link #POSITION_BASE} {@code + i} each, or
 *       {@code null} when all have, then message and advice of each of those codes.
 * </ul>
 *
 * A packed sequence is split into parts, each within the class file's limit of 65,535 bytes of
 * modified UTF-8 per string constant, and never inside a surrogate pair.
 */
public final class Packed {
  private Packed() {}

  /** Ends each packed string: U+0001, a control character. */
  static final char END = RuntimeSource.END;
  /** Stands for {@code null}: U+0002, a control character. */
  static final char NULL = RuntimeSource.NULL;
  /** Position 0 of a code in a text chunk: U+0020, so that positions are clear of {@link #END} and {@link #NULL}. */
  static final char POSITION_BASE = RuntimeSource.POSITION_BASE;

  /** Most bytes of modified UTF-8 in one part, with a margin below the class file's 65,535. */
  public static final int MAX_PART_BYTES = 65_000;

  /** The packed form of {@code values}: each the difference to the one before. */
  public static List<String> ints(int[] values) {
    long[] deltas = new long[values.length];
    long previous = 0;
    for (int i = 0; i < values.length; i++) {
      deltas[i] = values[i] - previous;
      previous = values[i];
    }
    return longs(deltas);
  }

  /** The packed form of {@code values}, each zigzag-coded as it is. */
  public static List<String> longs(long[] values) {
    Parts parts = new Parts();
    StringBuilder value = new StringBuilder(13);
    for (long v : values) {
      long zigzag = (v << 1) ^ (v >> 63);
      value.setLength(0);
      do {
        int bits = (int) (zigzag & 31);
        zigzag >>>= 5;
        value.append((char) ('0' + bits + (zigzag != 0 ? 32 : 0)));
      } while (zigzag != 0);
      parts.appendWhole(value);
    }
    return parts.done();
  }

  /** The packed form of {@code values}, each possibly {@code null}. */
  public static List<String> strings(List<String> values) {
    Parts parts = new Parts();
    for (String value : values) {
      parts.appendSplittable(value == null ? String.valueOf(NULL) : value);
      parts.appendSplittable(String.valueOf(END));
    }
    return parts.done();
  }

  /**
   * One language's texts of a domain as chunks: the packed texts, and where each chunk of
   * {@link RuntimeSource#CHUNK} codes starts in them (then their total length), both packed.
   */
  public record TextChunks(List<String> texts, List<String> chunkStarts) {}

  /**
   * The text chunks of {@code texts}, one entry per code in ordinal order: {@code {message, advice}} (advice
   * may be null), or {@code null} for a code without a text in the language. A chunk holds only the codes
   * that have one, so a translation costs what it translates, not the size of the domain.
   */
  public static TextChunks texts(List<String[]> texts) {
    List<String> fields = new ArrayList<>();
    List<Integer> chunkStarts = new ArrayList<>();
    long length = 0;
    for (int start = 0; start < texts.size(); start += Shapes.CHUNK) {
      chunkStarts.add(Math.toIntExact(length));
      List<String[]> chunk = texts.subList(start, Math.min(start + Shapes.CHUNK, texts.size()));
      StringBuilder present = new StringBuilder();
      List<String> chunkFields = new ArrayList<>();
      for (int i = 0; i < chunk.size(); i++) {
        if (chunk.get(i) != null) {
          present.append((char) (POSITION_BASE + i));
          chunkFields.add(chunk.get(i)[0]);
          chunkFields.add(chunk.get(i)[1]);
        }
      }
      if (present.isEmpty()) {
        continue;
      }
      List<String> header = java.util.Collections.singletonList(present.length() == chunk.size() ? null
          : present.toString());
      fields.addAll(header);
      fields.addAll(chunkFields);
      length += length(header) + length(chunkFields);
    }
    chunkStarts.add(Math.toIntExact(length));
    return new TextChunks(strings(fields), ints(chunkStarts.stream().mapToInt(Integer::intValue).toArray()));
  }

  /** Length in characters of the packed form of {@code values}, without splitting it. */
  static long length(List<String> values) {
    long length = 0;
    for (String value : values) {
      length += (value == null ? 1 : value.length()) + 1;
    }
    return length;
  }

  /** {@code new String[] {"...", ...}} holding the parts, for an initializer. */
  static CodeBlock array(List<String> parts) {
    CodeBlock.Builder code = CodeBlock.builder().add("new $T[] {", String.class);
    for (int i = 0; i < parts.size(); i++) {
      code.add(i == 0 ? "$L" : ", $L", JavaText.literal(parts.get(i)));
    }
    return code.add("}").build();
  }

  /** Bytes of {@code c} in modified UTF-8, as javac counts them for a string constant. */
  private static int utf8Bytes(char c) {
    return c >= 0x01 && c <= 0x7F ? 1 : c <= 0x7FF ? 2 : 3;
  }

  /** Accumulates packed text into parts of at most {@link #MAX_PART_BYTES}. */
  private static final class Parts {
    private final List<String> done = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private int bytes;

    /** Appends text that must stay in one part (a packed int). */
    void appendWhole(CharSequence text) {
      int size = 0;
      for (int i = 0; i < text.length(); i++) {
        size += utf8Bytes(text.charAt(i));
      }
      if (bytes + size > MAX_PART_BYTES) {
        flush();
      }
      current.append(text);
      bytes += size;
    }

    /** Appends text that may be split between parts, but not inside a surrogate pair. */
    void appendSplittable(String text) {
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        int size = utf8Bytes(c);
        boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
            && Character.isLowSurrogate(text.charAt(i + 1));
        int needed = pair ? size + utf8Bytes(text.charAt(i + 1)) : size;
        if (bytes + needed > MAX_PART_BYTES) {
          flush();
        }
        current.append(c);
        bytes += size;
        if (pair) {
          current.append(text.charAt(++i));
          bytes += size;
        }
      }
    }

    private void flush() {
      done.add(current.toString());
      current.setLength(0);
      bytes = 0;
    }

    List<String> done() {
      if (current.length() > 0 || done.isEmpty()) {
        flush();
      }
      return List.copyOf(done);
    }
  }
}
