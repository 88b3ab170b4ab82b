package dev.codebook.processor.maven;

import java.io.File;
import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code codebook:test-mark-stale}: {@code mark-stale} for a {@code @Codebook} package in test
 * sources, before {@code test-compile}.
 */
@Mojo(name = "test-mark-stale", defaultPhase = LifecyclePhase.PROCESS_TEST_RESOURCES,
    requiresDependencyResolution = ResolutionScope.TEST, threadSafe = true)
public class TestMarkStaleMojo extends StaleCatalogsMojo {
  /** maven-compiler-plugin's {@code generatedTestSourcesDirectory}. */
  @Parameter(defaultValue = "${project.build.directory}/generated-test-sources/test-annotations", required = true)
  private File generatedTestSourcesDirectory;

  @Parameter(defaultValue = "${project.build.testOutputDirectory}", readonly = true, required = true)
  private File testOutputDirectory;

  @Parameter(defaultValue = "${project.testCompileSourceRoots}", readonly = true, required = true)
  private List<String> testCompileSourceRoots;

  @Parameter(defaultValue = "${project.testClasspathElements}", readonly = true, required = true)
  private List<String> testClasspathElements;

  @Override
  StaleCatalogs catalogs() {
    return new StaleCatalogs(generatedTestSourcesDirectory.toPath(), testOutputDirectory.toPath(),
        paths(testCompileSourceRoots), paths(testClasspathElements));
  }
}
