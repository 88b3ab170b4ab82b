package dev.codebook.processor.check;

import dev.codebook.processor.parse.CatalogParser;
import dev.codebook.processor.plan.CatalogPlan;
import dev.codebook.processor.diag.Problem;
import dev.codebook.processor.plan.CatalogPlanner;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Catalog plans by the package whose {@code @Codebook} generated them: those of this compilation, then
 * those compiled elsewhere, whose catalog travels in their jar as {@code <package path>/codebook-catalog.yaml},
 * read from the class path through the {@code Filer}. A resource, not an annotation, so that modules using
 * only the generated types see no new warnings; beside the package, because javac does not look into
 * jar directories whose names are not Java identifiers ({@code META-INF}).
 */
public final class CatalogRegistry {
  private static final String METADATA_FILE = "codebook-catalog.yaml";

  private final Filer filer;
  private final Map<String, CatalogPlan> compiled = new LinkedHashMap<>();
  private final Set<String> broken = new HashSet<>();
  private final Map<String, Optional<CatalogPlan>> fromClassPath = new HashMap<>();

  public CatalogRegistry(Filer filer) {
    this.filer = filer;
  }

  /** Where a package's catalog is carried in the class output and in jars. */
  public static String metadataPath(String packageName) {
    return packageName.replace('.', '/') + "/" + METADATA_FILE;
  }

  public void register(CatalogPlan plan) {
    compiled.put(plan.packageName(), plan);
  }

  /** A package whose catalog had errors: checks against it stay quiet, its errors are already shown. */
  public void registerBroken(String packageName) {
    broken.add(packageName);
  }

  public boolean isBroken(String packageName) {
    return broken.contains(packageName);
  }

  public boolean anyBroken() {
    return !broken.isEmpty();
  }

  /** Catalogs generated in this compilation, by package, in the order they were processed. */
  public Map<String, CatalogPlan> compiled() {
    return compiled;
  }

  /** The plan of the catalog generated into {@code packageName}, here or in a jar on the class path. */
  public Optional<CatalogPlan> find(String packageName) {
    CatalogPlan here = compiled.get(packageName);
    if (here != null) {
      return Optional.of(here);
    }
    return fromClassPath.computeIfAbsent(packageName, this::load);
  }

  /** Reads and plans a catalog compiled elsewhere: the same planner, so the same names as its generated code. */
  private Optional<CatalogPlan> load(String packageName) {
    byte[] bytes;
    String name;
    try {
      FileObject file = filer.getResource(StandardLocation.CLASS_PATH, "", metadataPath(packageName));
      name = file.toUri().toString();
      try (InputStream in = file.openInputStream()) {
        bytes = in.readNBytes(CatalogParser.MAX_BYTES + 1);
      }
    } catch (IOException | IllegalArgumentException | IllegalStateException e) {
      return Optional.empty();
    }
    CatalogParser.Result parsed = CatalogParser.parse(name, bytes);
    // A warning (an unused parameter) did not stop the catalog from being generated: only errors count.
    boolean errors = parsed.problems().stream().anyMatch(Problem::isError);
    return errors ? Optional.empty() : parsed.catalog().map(catalog -> CatalogPlanner.plan(packageName, catalog));
  }
}
