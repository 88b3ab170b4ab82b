package dev.codebook.bench.codes;

/**
 * An experiment, not API: Codebook's own {@code forCode(int)} lookup ({@code BenchTables.find} on a
 * {@code BenchTables.intIndex} table, then the constant by ordinal, all from static final fields as
 * in {@code BigCode}) on a table of twice as many slots as the generated code builds. At 20,000 codes
 * the generated table is 61% full and 30% of the lookups probe more than one slot; this one is 31%
 * full and 14% do. Lives in the generated package to reach the package-private tables.
 */
public final class HalfFullIndex {
  private static final BigCode[] ALL = BigCode.values();
  private static final int SHIFT = BenchTables.shift(ALL.length) - 1;
  private static final int[] TABLE = BenchTables.intIndex(codes(), SHIFT);

  private HalfFullIndex() {}

  private static int[] codes() {
    int[] codes = new int[ALL.length];
    for (BigCode code : ALL) {
      codes[code.ordinal()] = code.code();
    }
    return codes;
  }

  public static BigCode forCode(int code) {
    int ordinal = BenchTables.find(TABLE, SHIFT, code);
    return ordinal < 0 ? null : ALL[ordinal];
  }
}
