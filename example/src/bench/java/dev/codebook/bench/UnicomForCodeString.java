package dev.codebook.bench;

import dev.codebook.example.codes.ChinaUnicomCode;
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

/** {@code forCode(String)} on China Unicom against {@code Integer.parseInt} and a {@code switch}. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(3)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
public class UnicomForCodeString {
  @Param({"hot", "uniform"})
  public String keys;

  private String[] texts;
  private int index;

  @Setup
  public void setUp() {
    ChinaUnicomCode[] all = ChinaUnicomCode.values();
    int[] indexes = Keys.indexes(keys, all.length, ChinaUnicomCode.TIMEOUT.ordinal());
    texts = new String[indexes.length];
    for (int i = 0; i < indexes.length; i++) {
      // Distinct String objects, as received from a parser: no cached hash codes or shared instances.
      texts[i] = new String(Integer.toString(all[indexes[i]].code()));
    }
    for (ChinaUnicomCode code : all) {
      String text = Integer.toString(code.code());
      Check.same(code, ChinaUnicomCode.forCode(text), UnicomSwitch.forCode(Integer.parseInt(text)));
    }
  }

  private String next() {
    return texts[index++ & Keys.MASK];
  }

  @Benchmark
  public ChinaUnicomCode codebook() {
    return ChinaUnicomCode.forCode(next());
  }

  @Benchmark
  public ChinaUnicomCode parseIntSwitch() {
    return UnicomSwitch.forCode(Integer.parseInt(next()));
  }
}
