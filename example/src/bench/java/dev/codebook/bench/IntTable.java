package dev.codebook.bench;

/**
 * A hand-written open-addressing table from {@code int} keys to values, as one writes it for speed:
 * parallel arrays, at most half full, Fibonacci hashing and linear probing. No boxing.
 */
final class IntTable<V> {
  private final int[] keys;
  private final Object[] values;
  private final int shift;
  private final int mask;

  IntTable(int[] keys, V[] values) {
    int bits = 1;
    while ((1 << bits) < 2 * keys.length) {
      bits++;
    }
    this.shift = 32 - bits;
    this.mask = (1 << bits) - 1;
    this.keys = new int[1 << bits];
    this.values = new Object[1 << bits];
    for (int i = 0; i < keys.length; i++) {
      int slot = (keys[i] * 0x9E3779B9) >>> shift;
      while (this.values[slot] != null) {
        slot = (slot + 1) & mask;
      }
      this.keys[slot] = keys[i];
      this.values[slot] = values[i];
    }
  }

  @SuppressWarnings("unchecked")
  V get(int key) {
    int slot = (key * 0x9E3779B9) >>> shift;
    while (true) {
      Object value = values[slot];
      if (value == null || keys[slot] == key) {
        return (V) value;
      }
      slot = (slot + 1) & mask;
    }
  }
}
