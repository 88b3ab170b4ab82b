package dev.codebook.bench;

import dev.codebook.example.codes.ChinaUnicomCode;
import dev.codebook.example.codes.ChinaUnicomHandler;
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
 * {@code dispatch(int, String)} of the generated China Unicom handler against a hand-written
 * {@code switch} that calls one method per code; both answer the same for every code.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(3)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
public class UnicomDispatch {
  static final String DETAIL = "carrier said so";

  @Param({"hot", "uniform"})
  public String keys;

  private int[] codes;
  private int index;
  private ChinaUnicomHandler<Object> policy;
  private UnicomSwitchPolicy switchPolicy;

  @Setup
  public void setUp() {
    ChinaUnicomCode[] all = ChinaUnicomCode.values();
    int[] values = new int[all.length];
    for (ChinaUnicomCode code : all) {
      values[code.ordinal()] = code.code();
    }
    codes = Keys.pick(values, Keys.indexes(keys, all.length, ChinaUnicomCode.TIMEOUT.ordinal()));
    policy = new UnicomPolicy();
    switchPolicy = new UnicomSwitchPolicy();
    for (int value : values) {
      Check.same(policy.dispatch(value, DETAIL), switchPolicy.dispatch(value, DETAIL));
    }
  }

  private int next() {
    return codes[index++ & Keys.MASK];
  }

  @Benchmark
  public Object codebook() {
    return policy.dispatch(next(), DETAIL);
  }

  @Benchmark
  public Object handSwitch() {
    return switchPolicy.dispatch(next(), DETAIL);
  }
}
