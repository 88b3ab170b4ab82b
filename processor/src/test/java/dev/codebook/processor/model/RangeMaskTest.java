package dev.codebook.processor.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Mask ranges held against counting: what they hold, their extremes, and overlaps with either form. */
class RangeMaskTest {
  private static final Random RANDOM = new Random(21);

  @Test
  void sqliteAndHresultMasks() {
    Range.Mask ioErr = new Range.Mask(0xFF, 10);
    assertTrue(ioErr.holds(266) && ioErr.holds(10) && ioErr.holds(10 | 40 << 8));
    assertFalse(ioErr.holds(11) || ioErr.holds(267));
    assertEquals(10, ioErr.lowest() & 0xFF);
    Range.Mask win32 = new Range.Mask(0x87FF0000, 0x80070000);
    assertTrue(win32.holds(0x80070005) && !win32.holds(0x00070005) && !win32.holds(0x80080005));
    assertEquals(0x80070000, win32.lowest());
    assertEquals(0xF807FFFF, win32.highest());
    assertTrue(win32.overlaps(0x80070005, 0x80070005));
    assertFalse(win32.overlaps(0, Integer.MAX_VALUE), "every code it holds is negative");
    assertFalse(ioErr.overlaps(new Range.Mask(0xFF, 11)));
    assertTrue(ioErr.overlaps(new Range.Mask(0xFF00, 0x2800)), "10 | 40 << 8 is in both");
  }

  /** Masks of few free bits in a few places, so that counting every code of a window is quick. */
  @Test
  void overlapsWithBoundsAreWhatCountingFinds() {
    for (int round = 0; round < 20_000; round++) {
      int mask = RANDOM.nextInt() | RANDOM.nextInt() | (RANDOM.nextBoolean() ? 0 : 0x80000000);
      if (mask == 0) {
        continue;
      }
      int value = RANDOM.nextInt() & mask;
      Range.Mask bits = new Range.Mask(mask, value);
      int from = RANDOM.nextBoolean() ? value + RANDOM.nextInt(4096) - 2048 : RANDOM.nextInt();
      int to = (int) Math.min(Integer.MAX_VALUE, (long) from + RANDOM.nextInt(4096));
      boolean counted = false;
      for (long code = from; code <= to && !counted; code++) {
        counted = bits.holds((int) code);
      }
      assertEquals(counted, bits.overlaps(from, to),
          () -> Integer.toHexString(mask) + "/" + Integer.toHexString(value) + " in " + from + ".." + to);
      assertTrue(bits.holds(bits.lowest()) && bits.holds(bits.highest()));
      int sample = value | (RANDOM.nextInt() & ~mask);
      assertTrue(bits.lowest() <= sample && sample <= bits.highest(), () -> Integer.toHexString(sample));
    }
  }

  @Test
  void masksOverlapWhenTheBitsBothDecideAgree() {
    for (int round = 0; round < 20_000; round++) {
      int maskA = RANDOM.nextInt() & 0x3F;
      int maskB = RANDOM.nextInt() & 0x3F;
      Range.Mask a = new Range.Mask(maskA, RANDOM.nextInt() & maskA);
      Range.Mask b = new Range.Mask(maskB, RANDOM.nextInt() & maskB);
      boolean counted = false;
      for (int code = 0; code < 64 && !counted; code++) {
        counted = a.holds(code) && b.holds(code);
      }
      assertEquals(counted, a.overlaps(b), a + " " + b);
    }
  }
}
