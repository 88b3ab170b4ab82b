package dev.codebook.bench;

import dev.codebook.bench.codes.BigCode;
import dev.codebook.bench.codes.BigHandler;
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
 * {@code dispatch(int, String)} of the 20,000-code handler: forCode, then a switch over ten handler
 * parts, then a page of 256 cases, then the code's default method and its kind's. No hand-written
 * baseline: a {@code switch} of 20,000 cases is too large for the JIT.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(3)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
public class BigDispatch {
  @Param({"hot", "uniform"})
  public String keys;

  private int[] codes;
  private int index;
  private BigHandler<Object> handler;

  @Setup
  public void setUp() {
    BigCode[] all = BigCode.values();
    int[] values = new int[all.length];
    for (BigCode code : all) {
      values[code.ordinal()] = code.code();
    }
    codes = Keys.pick(values, Keys.indexes(keys, all.length, all.length / 2));
    handler = new BigHandler<Object>() {
      @Override
      public Object onFailure(BigCode code, String detail) {
        return UnicomPolicy.RETRY;
      }

      @Override
      public Object onOutcome(BigCode code, String detail) {
        return code;
      }
    };
    for (BigCode code : all) {
      Check.same(code.kind().name().equals("FAILURE") ? UnicomPolicy.RETRY : code, handler.dispatch(code.code(), null));
    }
  }

  @Benchmark
  public Object codebook() {
    return handler.dispatch(codes[index++ & Keys.MASK], UnicomDispatch.DETAIL);
  }
}
