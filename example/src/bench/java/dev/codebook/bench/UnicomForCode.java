package dev.codebook.bench;

import dev.codebook.example.codes.ChinaUnicomCode;
import java.util.HashMap;
import java.util.Map;
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

/** {@code forCode(int)} on the seed's China Unicom domain (43 codes) against a {@code switch} and a {@code HashMap}. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(3)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
public class UnicomForCode {
  @Param({"hot", "uniform"})
  public String keys;

  private int[] codes;
  private int index;
  private Map<Integer, ChinaUnicomCode> map;

  @Setup
  public void setUp() {
    ChinaUnicomCode[] all = ChinaUnicomCode.values();
    int[] values = new int[all.length];
    map = new HashMap<Integer, ChinaUnicomCode>();
    for (ChinaUnicomCode code : all) {
      values[code.ordinal()] = code.code();
      map.put(code.code(), code);
    }
    codes = Keys.pick(values, Keys.indexes(keys, all.length, ChinaUnicomCode.TIMEOUT.ordinal()));
    for (int value : values) {
      Check.same(ChinaUnicomCode.forCode(value), UnicomSwitch.forCode(value), map.get(value));
    }
  }

  private int next() {
    return codes[index++ & Keys.MASK];
  }

  @Benchmark
  public ChinaUnicomCode codebook() {
    return ChinaUnicomCode.forCode(next());
  }

  @Benchmark
  public ChinaUnicomCode handSwitch() {
    return UnicomSwitch.forCode(next());
  }

  @Benchmark
  public ChinaUnicomCode hashMap() {
    return map.get(next());
  }
}
