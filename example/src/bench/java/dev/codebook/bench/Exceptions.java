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
 * Creating the exception of a code with {@code exception()} (the code's group class, its message
 * built only when asked for) against {@code new RuntimeException(message)} with the message at hand.
 * Both capture the same stack.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(3)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
public class Exceptions {
  @Param({"hot", "uniform"})
  public String keys;

  private BigCode[] codes;
  private String[] messages;
  private int index;

  @Setup
  public void setUp() {
    BigCode[] all = BigCode.values();
    int[] indexes = Keys.indexes(keys, all.length, all.length / 2);
    codes = new BigCode[indexes.length];
    messages = new String[indexes.length];
    for (int i = 0; i < indexes.length; i++) {
      codes[i] = all[indexes[i]];
      messages[i] = all[indexes[i]].message();
    }
  }

  @Benchmark
  public RuntimeException codebook() {
    return codes[index++ & Keys.MASK].exception();
  }

  @Benchmark
  public RuntimeException runtimeException() {
    return new RuntimeException(messages[index++ & Keys.MASK]);
  }
}
