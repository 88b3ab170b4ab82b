package dev.codebook.bench;

import dev.codebook.bench.codes.BigCode;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code code()} and {@code message()} on the 20,000-code domain (each a read of a table decoded on
 * first use) against the same values in final fields of a plain object, as an enum would hold them.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(3)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
public class BigAccessors {
  @Param({"hot", "uniform"})
  public String keys;

  private BigCode[] codes;
  private Plain[] plains;
  private int index;

  /** A constant as a hand-written enum with fields would be. */
  static final class Plain {
    final int code;
    final String message;

    Plain(int code, String message) {
      this.code = code;
      this.message = message;
    }
  }

  @Setup
  public void setUp() {
    BigCode[] all = BigCode.values();
    Plain[] plain = new Plain[all.length];
    for (BigCode code : all) {
      plain[code.ordinal()] = new Plain(code.code(), code.message());
    }
    int[] indexes = Keys.indexes(keys, all.length, all.length / 2);
    codes = new BigCode[indexes.length];
    plains = new Plain[indexes.length];
    for (int i = 0; i < indexes.length; i++) {
      codes[i] = all[indexes[i]];
      plains[i] = plain[indexes[i]];
    }
  }

  @Benchmark
  public int code() {
    return codes[index++ & Keys.MASK].code();
  }

  @Benchmark
  public int plainCode() {
    return plains[index++ & Keys.MASK].code;
  }

  @Benchmark
  public String message() {
    return codes[index++ & Keys.MASK].message();
  }

  @Benchmark
  public String plainMessage() {
    return plains[index++ & Keys.MASK].message;
  }
}
