package dev.codebook.bench;

import java.util.Random;

/**
 * The keys every benchmark walks through: pre-generated, one index advanced per operation, and the
 * same sequence for every contender of a comparison (a fixed seed), so that contenders differ only in
 * the lookup itself.
 */
final class Keys {
  /** How many keys a benchmark cycles through: a power of two, so the index wraps with a mask. */
  static final int COUNT = 1 << 14;
  static final int MASK = COUNT - 1;
  static final long SEED = 20_000L;

  private Keys() {}

  /**
   * {@link #COUNT} indexes into a domain of {@code size} codes: all {@code hot} for "hot", drawn
   * uniformly for "uniform".
   */
  static int[] indexes(String mode, int size, int hot) {
    int[] indexes = new int[COUNT];
    if (mode.equals("hot")) {
      java.util.Arrays.fill(indexes, hot);
    } else if (mode.equals("uniform")) {
      Random random = new Random(SEED);
      for (int i = 0; i < COUNT; i++) {
        indexes[i] = random.nextInt(size);
      }
    } else {
      throw new IllegalArgumentException("keys: hot or uniform, not " + mode);
    }
    return indexes;
  }

  /** The values at {@code indexes}. */
  static int[] pick(int[] values, int[] indexes) {
    int[] picked = new int[indexes.length];
    for (int i = 0; i < indexes.length; i++) {
      picked[i] = values[indexes[i]];
    }
    return picked;
  }
}
