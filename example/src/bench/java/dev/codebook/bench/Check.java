package dev.codebook.bench;

/** Set-up checks that the contenders of a comparison give the same answers. */
final class Check {
  private Check() {}

  static void same(Object expected, Object... others) {
    for (Object other : others) {
      if (other != expected) {
        throw new AssertionError("contenders disagree: " + expected + " against " + other);
      }
    }
  }

  static void that(boolean condition, String what) {
    if (!condition) {
      throw new AssertionError(what);
    }
  }
}
