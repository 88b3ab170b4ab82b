package dev.codebook.bench;

import dev.codebook.bench.codes.BigCode;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cheap first touch: in a cold JVM, the first {@code BigCode.forCode} on the 20,000-code domain,
 * timed from just before the call to just after it (JVM start excluded). Each run is a new JVM; a last
 * one lists which of the domain's classes that first call loaded.
 *
 * <pre>
 * java -cp ... dev.codebook.bench.FirstTouch [runs]
 * </pre>
 */
public final class FirstTouch {
  private static final double TARGET_MS = 50;

  private FirstTouch() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 2 && args[0].equals("child")) {
      child(Integer.parseInt(args[1]));
      return;
    }
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    // The key is found here, in this JVM; each child JVM touches the domain first with forCode.
    BigCode[] all = BigCode.values();
    int key = all[all.length / 2].code();
    System.out.println("== First touch: the first BigCode.forCode(" + key + ") of " + all.length
        + " codes in a new JVM (target < " + (int) TARGET_MS + " ms) ==");
    double worst = 0;
    double[] times = new double[runs];
    for (int run = 0; run < runs; run++) {
      List<String> lines = runChild(key, false);
      times[run] = Double.parseDouble(lines.get(lines.size() - 1).split(" ")[0]);
      worst = Math.max(worst, times[run]);
      System.out.println("    run " + (run + 1) + ": " + lines.get(lines.size() - 1));
    }
    double[] sorted = times.clone();
    Arrays.sort(sorted);
    System.out.printf(java.util.Locale.ROOT, "    median %.2f ms, worst %.2f ms: %s%n", sorted[runs / 2], worst,
        worst < TARGET_MS ? "target met" : "target MISSED");
    List<String> loaded = new ArrayList<String>();
    for (String line : runChild(key, true)) {
      int at = line.indexOf("dev.codebook.bench.codes.");
      if (at >= 0 && line.contains("[class,load]")) {
        loaded.add(line.substring(at + "dev.codebook.bench.codes.".length()).split(" ")[0]);
      }
    }
    System.out.println("    classes of the domain that the first forCode loaded (" + loaded.size() + "): " + loaded);
  }

  private static List<String> runChild(int key, boolean logClasses) throws IOException, InterruptedException {
    List<String> command = new ArrayList<String>();
    command.add(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
    if (logClasses) {
      command.add("-Xlog:class+load=info");
    }
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(FirstTouch.class.getName());
    command.add("child");
    command.add(Integer.toString(key));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    List<String> lines = new ArrayList<String>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      lines.add(line);
    }
    if (process.waitFor() != 0) {
      throw new IllegalStateException("first-touch child failed: " + lines);
    }
    return lines;
  }

  private static void child(int key) {
    long start = System.nanoTime();
    BigCode code = BigCode.forCode(key);
    long end = System.nanoTime();
    if (code == null) {
      throw new AssertionError("no code " + key);
    }
    System.out.printf(java.util.Locale.ROOT, "%.2f ms%n", (end - start) / 1e6);
  }
}
