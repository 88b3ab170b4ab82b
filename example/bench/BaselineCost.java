/*
 * What -Acodebook.baseline adds to a compile, step by step, in one JVM as the processor runs it: after the
 * current catalog is parsed and planned, the previous version's parse, its plan and the comparison. The
 * previous version is the same catalog with every message changed, so that the comparison reads every code
 * and finds nothing. Three rounds: the first is the cold one a build pays.
 *
 *   mvn -B -q -DskipTests package -pl processor -am
 *   java example/bench/Gen.java catalog /tmp/c20000.yaml Bench 1 20000
 *   java -cp processor/target/classes:$HOME/.m2/repository/org/yaml/snakeyaml/2.5/snakeyaml-2.5.jar \
 *       example/bench/BaselineCost.java /tmp/c20000.yaml
 */

import dev.codebook.processor.compat.CatalogComparison;
import dev.codebook.processor.parse.CatalogParser;
import dev.codebook.processor.plan.CatalogPlan;
import dev.codebook.processor.plan.CatalogPlanner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

public class BaselineCost {
  public static void main(String[] args) throws Exception {
    byte[] current = Files.readAllBytes(Path.of(args[0]));
    byte[] previous = new String(current, StandardCharsets.UTF_8).replace("message: \"", "message: \"Old: ")
        .getBytes(StandardCharsets.UTF_8);
    for (int round = 1; round <= 3; round++) {
      long start = System.nanoTime();
      CatalogPlan plan = CatalogPlanner.plan("bench", CatalogParser.parse("catalog.yaml", current).catalog().orElseThrow());
      long parsedCurrent = System.nanoTime();
      var old = CatalogParser.parse("baseline.yaml", previous).catalog().orElseThrow();
      long parsed = System.nanoTime();
      CatalogPlan oldPlan = CatalogPlanner.plan("bench", old);
      long planned = System.nanoTime();
      int findings = CatalogComparison.compare(oldPlan, plan, false).size();
      long compared = System.nanoTime();
      System.out.printf("round %d: current parse and plan %d ms; baseline parse %d ms, plan %d ms, compare %d ms"
          + " (%d findings)%n", round, ms(parsedCurrent - start), ms(parsed - parsedCurrent), ms(planned - parsed),
          ms(compared - planned), findings);
    }
  }

  private static long ms(long nanos) {
    return nanos / 1_000_000;
  }
}
