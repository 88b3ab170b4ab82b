package dev.codebook.bench;

import dev.codebook.bench.codes.BigCode;
import dev.codebook.bench.floor.FloorCode;
import dev.codebook.bench.proto.BigNumber;
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
 * <p>Two baselines run side by side, alternating with Codebook's runs: protoc's {@code large_enum}
 * {@code BigNumber.forNumber} on the same numbers, and {@code FloorCode.forCode}, a class that declares
 * the same constants and value constants in the same parts and nothing else (see {@code Gen.java}
 * floor): what a cold JVM spends loading the API's declarations alone, below which no code type with
 * 20,000 {@code NAME} and {@code NAME_VALUE} members can go.
 *
 * <p>Options after the number of runs go to every child JVM: {@code -XX:SharedArchiveFile=...} times
 * all three with an application class-data archive, made beforehand by a child that touches them all
 * ({@code child all KEY} under {@code -XX:ArchiveClassesAtExit=...}; the classes must come from jars).
 *
 * <pre>
 * java -cp ... dev.codebook.bench.FirstTouch [runs [child JVM options...]]
 * </pre>
 */
public final class FirstTouch {
  private static final double TARGET_MS = 50;

  private FirstTouch() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 3 && args[0].equals("child")) {
      child(args[1], Integer.parseInt(args[2]));
      return;
    }
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    List<String> options = args.length > 1 ? Arrays.asList(args).subList(1, args.length) : new ArrayList<String>();
    // The key is found here, in this JVM; each child JVM touches the domain first with forCode.
    BigCode[] all = BigCode.values();
    int key = all[all.length / 2].code();
    System.out.println("== First touch: the first BigCode.forCode(" + key + ") of " + all.length
        + " codes in a new JVM (target < " + (int) TARGET_MS + " ms), beside two baselines ==");
    if (!options.isEmpty()) {
      System.out.println("    child JVMs run with " + options);
    }
    String[] subjects = {"codebook", "floor", "protoc"};
    double[][] times = new double[subjects.length][runs];
    for (int run = 0; run < runs; run++) {
      StringBuilder line = new StringBuilder("    run " + (run + 1) + ":");
      for (int s = 0; s < subjects.length; s++) {
        List<String> lines = runChild(subjects[s], key, options, false);
        times[s][run] = Double.parseDouble(lines.get(lines.size() - 1).split(" ")[0]);
        line.append(String.format(java.util.Locale.ROOT, "  %s %.2f ms", subjects[s], times[s][run]));
      }
      System.out.println(line);
    }
    double[] median = new double[subjects.length];
    for (int s = 0; s < subjects.length; s++) {
      double[] sorted = times[s].clone();
      Arrays.sort(sorted);
      median[s] = sorted[runs / 2];
      System.out.printf(java.util.Locale.ROOT, "    %-8s median %7.2f ms, best %7.2f ms, worst %7.2f ms%s%n", subjects[s],
          median[s], sorted[0], sorted[runs - 1],
          s == 0 ? verdict(sorted) : "");
    }
    System.out.printf(java.util.Locale.ROOT, "    medians: Codebook is %.2fx the floor of its declarations alone"
        + " (%.2f ms above it); protoc's large_enum is %.2fx Codebook%n",
        median[0] / median[1], median[0] - median[1], median[2] / median[0]);
    List<String> loaded = new ArrayList<String>();
    for (String line : runChild("codebook", key, options, true)) {
      int at = line.indexOf("dev.codebook.bench.codes.");
      if (at >= 0 && line.contains("[class,load]")) {
        loaded.add(line.substring(at + "dev.codebook.bench.codes.".length()).split(" ")[0]);
      }
    }
    System.out.println("    classes of the domain that the first forCode loaded (" + loaded.size() + "): " + loaded);
  }

  /**
   * Met when every run is under the target; otherwise how many runs are not and whether the median
   * is, since one hiccup of the machine (which slows the baselines of the same round as much) decides
   * the worst run.
   */
  private static String verdict(double[] sorted) {
    int over = 0;
    for (double time : sorted) {
      over += time < TARGET_MS ? 0 : 1;
    }
    if (over == 0) {
      return ": target met by every run";
    }
    return String.format(java.util.Locale.ROOT, ": target MISSED by %d of %d runs (median %s)", over,
        sorted.length, sorted[sorted.length / 2] < TARGET_MS ? "under it" : "over it too");
  }

  private static List<String> runChild(String subject, int key, List<String> options, boolean logClasses) throws IOException, InterruptedException {
    List<String> command = new ArrayList<String>();
    command.add(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
    command.addAll(options);
    if (logClasses) {
      command.add("-Xlog:class+load=info");
    }
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(FirstTouch.class.getName());
    command.add("child");
    command.add(subject);
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

  private static void child(String subject, int key) {
    if (subject.equals("all")) {
      child("codebook", key);
      child("floor", key);
      child("protoc", key);
      return;
    }
    long start;
    Object found;
    long end;
    if (subject.equals("codebook")) {
      start = System.nanoTime();
      found = BigCode.forCode(key);
      end = System.nanoTime();
    } else if (subject.equals("floor")) {
      start = System.nanoTime();
      found = FloorCode.forCode(key);
      end = System.nanoTime();
    } else if (subject.equals("protoc")) {
      start = System.nanoTime();
      found = BigNumber.forNumber(key);
      end = System.nanoTime();
    } else {
      throw new IllegalArgumentException("no subject " + subject + ": codebook, floor, protoc or all");
    }
    if (found == null) {
      throw new AssertionError(subject + ": no code " + key);
    }
    System.out.printf(java.util.Locale.ROOT, "%.2f ms%n", (end - start) / 1e6);
  }
}
