package dev.codebook.bench;

import dev.codebook.bench.codes.BigCode;
import dev.codebook.bench.proto.BigNumber;
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

/**
 * {@code forCode(int)} on the 20,000-code domain against a {@code HashMap}, a hand-written
 * open-addressing table, and protoc's edition 2024 {@code large_enum} {@code forNumber} on the same
 * names and numbers.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(3)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
public class BigForCode {
  @Param({"hot", "uniform"})
  public String keys;

  private int[] codes;
  private int index;
  private Map<Integer, BigCode> map;
  private IntTable<BigCode> table;

  @Setup
  public void setUp() {
    BigCode[] all = BigCode.values();
    int[] values = new int[all.length];
    map = new HashMap<Integer, BigCode>();
    for (BigCode code : all) {
      values[code.ordinal()] = code.code();
      map.put(code.code(), code);
    }
    table = new IntTable<BigCode>(values, all);
    codes = Keys.pick(values, Keys.indexes(keys, all.length, all.length / 2));
    // The protobuf type is large_enum's final class, not a Java enum (which javac refuses at this
    // size), and it has the same names for the same numbers.
    Check.that(!BigNumber.class.isEnum(), "BigNumber is not a large_enum class");
    for (BigCode code : all) {
      Check.same(code, BigCode.forCode(code.code()), map.get(code.code()), table.get(code.code()));
      BigNumber number = BigNumber.forNumber(code.code());
      Check.that(number != null && number.name().equals(code.name()) && number.getNumber() == code.code(),
          "protobuf disagrees on " + code);
    }
    Check.that(BigNumber.values().length == all.length + 1, "protobuf has other values"); // + UNRECOGNIZED
  }

  private int next() {
    return codes[index++ & Keys.MASK];
  }

  @Benchmark
  public BigCode codebook() {
    return BigCode.forCode(next());
  }

  @Benchmark
  public BigCode hashMap() {
    return map.get(next());
  }

  @Benchmark
  public BigCode openAddressing() {
    return table.get(next());
  }

  @Benchmark
  public BigNumber protobufLargeEnum() {
    return BigNumber.forNumber(next());
  }
}
