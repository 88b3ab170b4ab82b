package dev.codebook.processor.maven;

import java.io.File;
import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code codebook:mark-stale}: before {@code compile}, makes maven-compiler-plugin recompile every
 * package whose catalog changed since Codebook generated its code, wherever the catalog lives (beside
 * the package in {@code src/main/java}, in {@code src/main/resources}, in another module or in a jar).
 * The compiler plugin alone watches only {@code .java} sources, and class-path files changed during the
 * same build, so a catalog-only edit would leave stale code. See {@link StaleCatalogs} for how.
 *
 * <p>Bound to {@code process-resources}, after the resources are copied. A build with no change
 * touches nothing, and the compiler plugin still says "Nothing to compile".
 */
@Mojo(name = "mark-stale", defaultPhase = LifecyclePhase.PROCESS_RESOURCES,
    requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public class MarkStaleMojo extends StaleCatalogsMojo {
  /** Where the compiler writes generated sources: maven-compiler-plugin's {@code generatedSourcesDirectory}. */
  @Parameter(defaultValue = "${project.build.directory}/generated-sources/annotations", required = true)
  private File generatedSourcesDirectory;

  @Parameter(defaultValue = "${project.build.outputDirectory}", readonly = true, required = true)
  private File outputDirectory;

  @Parameter(defaultValue = "${project.compileSourceRoots}", readonly = true, required = true)
  private List<String> compileSourceRoots;

  @Parameter(defaultValue = "${project.compileClasspathElements}", readonly = true, required = true)
  private List<String> classpathElements;

  @Override
  StaleCatalogs catalogs() {
    return new StaleCatalogs(generatedSourcesDirectory.toPath(), outputDirectory.toPath(),
        paths(compileSourceRoots), paths(classpathElements));
  }
}
