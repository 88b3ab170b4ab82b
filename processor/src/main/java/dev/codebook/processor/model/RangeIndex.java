package dev.codebook.processor.model;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Finds the range that holds a code value: by binary search over int ranges of bounds sorted by start,
 * then over the mask ranges one by one; by the prefix lengths in use over string ones. Ranges that overlap
 * are an error; of int ones, the last starting at or below the code is the only one looked at, and of
 * prefixes the shortest wins.
 */
public final class RangeIndex {
  private final CodeType type;
  private final List<Range> ranges;
  private final Integer[] byStart;
  private final int[] masked;
  private final Map<String, Integer> byPrefix = new HashMap<>();
  private final int[] prefixLengths;

  private RangeIndex(CodeType type, List<Range> ranges) {
    this.type = type;
    this.ranges = List.copyOf(ranges);
    this.byStart = java.util.stream.IntStream.range(0, ranges.size()).filter(i -> ranges.get(i).mask().isEmpty())
        .boxed().toArray(Integer[]::new);
    this.masked = java.util.stream.IntStream.range(0, ranges.size()).filter(i -> ranges.get(i).mask().isPresent())
        .toArray();
    Arrays.sort(byStart, Comparator.comparingInt(i -> ranges.get(i).from()));
    TreeSet<Integer> lengths = new TreeSet<>();
    for (int i = 0; i < ranges.size(); i++) {
      int index = i;
      ranges.get(i).prefix().ifPresent(prefix -> {
        byPrefix.putIfAbsent(prefix, index);
        lengths.add(prefix.length());
      });
    }
    prefixLengths = lengths.stream().mapToInt(Integer::intValue).toArray();
  }

  public static RangeIndex of(CodeType type, List<Range> ranges) {
    return new RangeIndex(type, ranges);
  }

  /** The index (in catalog order) of the range holding {@code code} (canonical text), or -1. */
  public int indexOf(String code) {
    if (ranges.isEmpty()) {
      return -1;
    }
    if (type == CodeType.STRING) {
      for (int length : prefixLengths) {
        if (length <= code.length()) {
          Integer range = byPrefix.get(code.substring(0, length));
          if (range != null) {
            return range;
          }
        }
      }
      return -1;
    }
    int value = Integer.parseInt(code);
    for (int index : masked) {
      if (ranges.get(index).mask().orElseThrow().holds(value)) {
        return index;
      }
    }
    int low = 0;
    int high = byStart.length - 1;
    int found = -1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      if (ranges.get(byStart[middle]).from() <= value) {
        found = middle;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    return found >= 0 && value <= ranges.get(byStart[found]).to() ? byStart[found] : -1;
  }

  /** The range holding {@code code} (canonical text), if any. */
  public Optional<Range> rangeOf(String code) {
    int index = indexOf(code);
    return index < 0 ? Optional.empty() : Optional.of(ranges.get(index));
  }

  /** Each code's range index, or -1, in the order given. */
  public int[] indexesOf(List<CodeEntry> codes) {
    int[] indexes = new int[codes.size()];
    for (int i = 0; i < indexes.length; i++) {
      indexes[i] = indexOf(codes.get(i).code());
    }
    return indexes;
  }
}
