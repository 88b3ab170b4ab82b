package dev.codebook.bench;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the benchmarks in one JMH run (JMH's own command-line options accepted; the gc profiler always
 * on), then prints each comparison as ours / baseline with its error, next to the target.
 * {@code -Dbench.out=FILE} also writes that table to FILE.
 */
public final class BenchMain {
  /** Ours, the baseline, the keys, and the target for ours / baseline (0 for none). */
  private static final String[][] COMPARISONS = {
    {"UnicomForCode.codebook", "UnicomForCode.handSwitch", "hot", "1.1"},
    {"UnicomForCode.codebook", "UnicomForCode.handSwitch", "uniform", "1.0"},
    {"UnicomForCode.codebook", "UnicomForCode.hashMap", "hot", "0"},
    {"UnicomForCode.codebook", "UnicomForCode.hashMap", "uniform", "0"},
    {"BigForCode.codebook", "BigForCode.hashMap", "hot", "0"},
    {"BigForCode.codebook", "BigForCode.hashMap", "uniform", "0.6667"},
    {"BigForCode.codebook", "BigForCode.openAddressing", "hot", "0"},
    {"BigForCode.codebook", "BigForCode.openAddressing", "uniform", "0"},
    {"BigForCode.codebook", "BigForCode.protobufLargeEnum", "hot", "0"},
    {"BigForCode.codebook", "BigForCode.protobufLargeEnum", "uniform", "0.02"},
    {"UnicomForCodeString.codebook", "UnicomForCodeString.parseIntSwitch", "hot", "0"},
    {"UnicomForCodeString.codebook", "UnicomForCodeString.parseIntSwitch", "uniform", "0"},
    {"UnicomDispatch.codebook", "UnicomDispatch.handSwitch", "hot", "0"},
    {"UnicomDispatch.codebook", "UnicomDispatch.handSwitch", "uniform", "0"},
    {"BigAccessors.code", "BigAccessors.plainCode", "hot", "0"},
    {"BigAccessors.code", "BigAccessors.plainCode", "uniform", "0"},
    {"BigAccessors.message", "BigAccessors.plainMessage", "hot", "0"},
    {"BigAccessors.message", "BigAccessors.plainMessage", "uniform", "0"},
    {"Exceptions.codebook", "Exceptions.runtimeException", "hot", "0"},
    {"Exceptions.codebook", "Exceptions.runtimeException", "uniform", "0"},
  };

  /** Benchmarks of Codebook's generated code whose target is 0 bytes allocated per operation. */
  private static final String[] ZERO_ALLOCATION = {
    "UnicomForCode.codebook", "BigForCode.codebook", "UnicomForCodeString.codebook", "UnicomDispatch.codebook",
    "BigDispatch.codebook", "BigAccessors.code", "BigAccessors.message",
  };

  private BenchMain() {}

  public static void main(String[] args) throws Exception {
    CommandLineOptions command = new CommandLineOptions(args);
    ChainedOptionsBuilder options = new OptionsBuilder().parent(command);
    if (command.getProfilers().isEmpty()) {
      options.addProfiler(GCProfiler.class);
    }
    if (command.getIncludes().isEmpty()) {
      options.include("dev\\.codebook\\.bench\\..*");
    }
    Collection<RunResult> results = new Runner(options.build()).run();
    String table = table(results);
    System.out.println();
    System.out.print(table);
    String out = System.getProperty("bench.out");
    if (out != null) {
      try (PrintWriter file = new PrintWriter(new OutputStreamWriter(new FileOutputStream(out), StandardCharsets.UTF_8))) {
        file.print(table);
      }
    }
  }

  private static String table(Collection<RunResult> results) throws IOException {
    Map<String, RunResult> byName = new LinkedHashMap<String, RunResult>();
    for (RunResult result : results) {
      String benchmark = result.getParams().getBenchmark();
      String shortName = benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1);
      byName.put(shortName + " " + result.getParams().getParam("keys"), result);
    }
    StringWriter text = new StringWriter();
    PrintWriter out = new PrintWriter(text);
    out.println("Ratios, ours / baseline, same run (error: 99.9% confidence half-widths, combined):");
    out.printf(Locale.ROOT, "%-36s %-36s %-8s %14s %14s %17s %9s%n",
        "ours", "baseline", "keys", "ours ns/op", "base ns/op", "ratio", "target");
    for (String[] comparison : COMPARISONS) {
      RunResult ours = byName.get(comparison[0] + " " + comparison[2]);
      RunResult base = byName.get(comparison[1] + " " + comparison[2]);
      if (ours == null || base == null) {
        continue;
      }
      Result<?> a = ours.getPrimaryResult();
      Result<?> b = base.getPrimaryResult();
      double ratio = a.getScore() / b.getScore();
      double error = ratio * Math.sqrt(square(finite(a.getScoreError()) / a.getScore())
          + square(finite(b.getScoreError()) / b.getScore()));
      double target = Double.parseDouble(comparison[3]);
      String verdict = target == 0 ? "" : (ratio <= target ? "<= " : "> ") + comparison[3]
          + (ratio <= target ? " met" : " MISSED");
      out.printf(Locale.ROOT, "%-36s %-36s %-8s %8.3f ± %-5.3f %8.3f ± %-5.3f %8.4f ± %-7.4f %s%n",
          comparison[0], comparison[1], comparison[2], a.getScore(), finite(a.getScoreError()),
          b.getScore(), finite(b.getScoreError()), ratio, error, verdict);
    }
    out.println();
    out.println("Allocation (gc.alloc.rate.norm, B/op; target 0 for Codebook's forCode, dispatch and accessors;");
    out.println("an operation that allocates allocates at least 16 B, so below 1 B/op is JMH's own noise):");
    List<String> names = new ArrayList<String>(byName.keySet());
    for (String name : names) {
      Result<?> norm = allocation(byName.get(name));
      String benchmark = name.substring(0, name.indexOf(' '));
      boolean zeroTarget = false;
      for (String zero : ZERO_ALLOCATION) {
        zeroTarget |= zero.equals(benchmark);
      }
      out.printf(Locale.ROOT, "%-46s %10s%s%n", name,
          norm == null ? "n/a" : String.format(Locale.ROOT, "%.3f", norm.getScore()),
          zeroTarget && norm != null ? (norm.getScore() < 1 ? "   0 B/op: met" : "   MISSED") : "");
    }
    out.flush();
    return text.toString();
  }

  private static Result<?> allocation(RunResult result) {
    for (Map.Entry<String, Result> secondary : result.getSecondaryResults().entrySet()) {
      if (secondary.getKey().endsWith("gc.alloc.rate.norm")) {
        return secondary.getValue();
      }
    }
    return null;
  }

  private static double finite(double value) {
    return Double.isNaN(value) ? 0 : value;
  }

  private static double square(double value) {
    return value * value;
  }
}
