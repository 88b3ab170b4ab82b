package dev.codebook.processor.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

/** What {@code mark-stale} and {@code test-mark-stale} share: they differ only in the directories. */
abstract class StaleCatalogsMojo extends AbstractMojo {
  /** Skips the check. */
  @Parameter(property = "codebook.skip", defaultValue = "false")
  private boolean skip;

  /** The directories of the compilation to check. */
  abstract StaleCatalogs catalogs();

  @Override
  public void execute() throws MojoExecutionException {
    if (skip) {
      getLog().info("Codebook: catalog check skipped");
      return;
    }
    StaleCatalogs catalogs = catalogs();
    try {
      List<String> tracked = catalogs.trackedPackages();
      List<StaleCatalogs.Stale> marked = catalogs.mark(catalogs.find());
      for (StaleCatalogs.Stale stale : marked) {
        getLog().info("Codebook: package " + stale.packageName() + " will be recompiled: " + stale.reason());
      }
      if (tracked.isEmpty()) {
        getLog().info("Codebook: no code generated from a catalog here yet");
      } else if (marked.isEmpty()) {
        getLog().info("Codebook: " + tracked.size() + (tracked.size() == 1 ? " catalog" : " catalogs")
            + " unchanged since generated");
      }
    } catch (IOException e) {
      throw new MojoExecutionException("Codebook could not check its catalogs: " + e.getMessage(), e);
    }
  }

  static List<Path> paths(List<String> elements) {
    return elements.stream().map(element -> new File(element).toPath()).toList();
  }
}
