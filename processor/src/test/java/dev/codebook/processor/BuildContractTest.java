package dev.codebook.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.Completion;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What build tools rely on: Gradle's incremental-processing metadata, the retention of every annotation
 * the processor supports, every option it reads being declared, and what CLASS retention costs a module
 * compiled against annotated classes.
 */
class BuildContractTest {
  static final String GRADLE_METADATA = "META-INF/gradle/incremental.annotation.processors";

  /** Gradle reads this file from the processor jar; it names the processor, aggregating. */
  @Test
  void gradleMetadataDeclaresTheProcessorAggregating() throws IOException {
    List<String> lines = resourceLines(GRADLE_METADATA);
    assertEquals(List.of(CodebookProcessor.class.getName() + ",aggregating"), lines);
    assertTrue(resourceLines("META-INF/services/javax.annotation.processing.Processor")
        .contains(CodebookProcessor.class.getName()), "the processor Gradle is told of is the one javac loads");
  }

  /**
   * Gradle's aggregating strategy recompiles everything when a supported annotation has SOURCE
   * retention; and the processor claims only Codebook's own annotations.
   */
  @Test
  void everySupportedAnnotationIsCodebooksOwnAndOutlivesTheSource() throws ClassNotFoundException {
    Set<String> supported = new CodebookProcessor().getSupportedAnnotationTypes();
    assertEquals(Set.of("dev.codebook.Codebook", "dev.codebook.Exhaustive", "dev.codebook.Handles"), supported);
    for (String name : supported) {
      Retention retention = Class.forName(name).getAnnotation(Retention.class);
      assertTrue(retention != null && retention.value() != RetentionPolicy.SOURCE, name + " has SOURCE retention");
    }
  }

  /**
   * javac warns of an option no processor declares; so every option the processor reads, on every path
   * it takes here (a catalog, a handler checked by @Exhaustive, @Handles), is in getSupportedOptions.
   */
  @Test
  void everyOptionReadIsDeclared() {
    RecordingProcessor processor = new RecordingProcessor();
    Path root = TestCatalogs.root(GeneratedApiTest.CATALOG);
    JavaFileObject handler = HandlerChecksTest.orderHandler("@Exhaustive", HandlerChecksTest.ON_NETWORK_DOWN,
        HandlerChecksTest.ON_NOT_FOUND, HandlerChecksTest.ON_TIMEOUT);
    JavaFileObject callbacks = HandlerChecksTest.handles("  @Handles(domain = \"Order\", codes = 404)",
        "  void abort(int code) {}");
    Compilation compilation = com.google.testing.compile.Compiler.javac()
        .withProcessors(processor)
        .withOptions("-Acodebook.root=" + root, "--release", "8", "-Xlint:all,-options,-processing", "-Werror",
            TestCatalogs.PARTIAL_TRANSLATIONS)
        .compile(TestCatalogs.packageInfo(), handler, callbacks);
    assertThat(compilation).succeededWithoutWarnings();
    assertTrue(processor.read.contains("codebook.root"), processor.read.toString());
    assertTrue(new CodebookProcessor().getSupportedOptions().containsAll(processor.read),
        "read but not declared: " + processor.read);
  }

  /**
   * Under kapt (which always passes {@code kapt.kotlin.generated}) the source version is that of kapt's own
   * JDK, not the release the generated sources are compiled at next: {@code @Generated} is then never the
   * Java 9 one, and the sources compile at release 8.
   */
  @Test
  void underKaptTheGeneratedSourcesNeedNoJava9Generated() throws IOException {
    Path root = TestCatalogs.root(GeneratedApiTest.CATALOG);
    Compilation java17 = TestCatalogs.compile(root, List.of("--release", "17", TestCatalogs.PARTIAL_TRANSLATIONS));
    Compilation kapt = TestCatalogs.compile(root, List.of("--release", "17", TestCatalogs.PARTIAL_TRANSLATIONS,
        "-Akapt.kotlin.generated=" + root.resolve("kotlin")));
    assertThat(java17).succeeded();
    assertThat(kapt).succeeded();
    assertTrue(text(java17, "OrderCode").contains("import javax.annotation.processing.Generated;"));
    String underKapt = text(kapt, "OrderCode");
    assertFalse(underKapt.contains("javax.annotation.processing.Generated"), underKapt);
    assertTrue(underKapt.startsWith("// Generated by Codebook from catalog.yaml."), underKapt);
    // What the Java compile after kapt does: the generated sources alone, at release 8.
    Compilation release8 = com.google.testing.compile.Compiler.javac()
        .withOptions("--release", "8", "-Xlint:all,-options", "-Werror", "-proc:none")
        .compile(kapt.generatedSourceFiles());
    assertThat(release8).succeededWithoutWarnings();
  }

  private static String text(Compilation compilation, String simpleName) throws IOException {
    for (JavaFileObject file : compilation.generatedSourceFiles()) {
      if (file.getName().endsWith("/" + simpleName + ".java")) {
        return file.getCharContent(true).toString();
      }
    }
    throw new AssertionError(simpleName + " not generated");
  }

  /**
   * The cost of CLASS retention that README's dependency scope answers: a module compiled against a
   * class annotated {@code @Exhaustive({...})} or {@code @Handles(...)} gets javac warnings when the
   * annotations jar is not on its class path (so Maven's compile scope, Gradle's compileOnlyApi), and
   * none when it is.
   */
  @Test
  void aDownstreamModuleNeedsTheAnnotationsJarOnItsClassPath(@TempDir Path dir) throws Exception {
    Path lib = dir.resolve("lib");
    write(dir.resolve("src/lib/Policy.java"), """
        package lib;

        import dev.codebook.CodeKind;
        import dev.codebook.Exhaustive;
        import dev.codebook.Handles;

        @Exhaustive({CodeKind.FAILURE, CodeKind.WARNING})
        public class Policy {
          @Handles(domain = "Pay", codes = {402, 499})
          public String retry(int code) { return "retry"; }
        }
        """);
    write(dir.resolve("src/app/Checkout.java"), """
        package app;

        public final class Checkout extends lib.Policy {
          @Override public String retry(int code) { return super.retry(code); }
        }
        """);
    String annotations = annotationsJar().toString();
    assertEquals("", javac("-proc:none", "-classpath", annotations, "-d", lib.toString(),
        dir.resolve("src/lib/Policy.java").toString()).orElse(""));

    String without = javac("-Xlint:all", "-Werror", "-classpath", lib.toString(), "-d", dir.resolve("app1").toString(),
        dir.resolve("src/app/Checkout.java").toString()).orElseThrow();
    assertTrue(without.contains("Cannot find annotation method 'value()' in type 'Exhaustive'"), without);
    assertTrue(without.contains("Cannot find annotation method 'domain()' in type 'Handles'"), without);

    assertEquals("", javac("-Xlint:all", "-Werror", "-classpath", lib + java.io.File.pathSeparator + annotations,
        "-d", dir.resolve("app2").toString(), dir.resolve("src/app/Checkout.java").toString()).orElse(""));
  }

  /** The output of a failed javac run, or empty when it succeeded without a word. */
  static java.util.Optional<String> javac(String... args) {
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);
    int exit = ToolProvider.getSystemJavaCompiler().run(null, out, out, args);
    String text = output.toString(StandardCharsets.UTF_8);
    assertTrue(exit == 0 || !text.isEmpty());
    return exit == 0 && text.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(text);
  }

  static Path annotationsJar() throws URISyntaxException {
    return Path.of(dev.codebook.Exhaustive.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private List<String> resourceLines(String name) throws IOException {
    List<String> lines = new ArrayList<>();
    for (URL url : Collections.list(CodebookProcessor.class.getClassLoader().getResources(name))) {
      try (InputStream in = url.openStream()) {
        for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
          if (!line.isBlank() && !line.startsWith("#")) {
            lines.add(line.strip());
          }
        }
      }
    }
    assertNotEquals(List.of(), lines, name + " is not on the class path");
    return lines;
  }

  /** The real processor, handed a ProcessingEnvironment whose options remember every key asked for. */
  static final class RecordingProcessor implements Processor {
    final CodebookProcessor delegate = new CodebookProcessor();
    final Set<String> read = Collections.synchronizedSet(new TreeSet<>());

    @Override
    public void init(ProcessingEnvironment env) {
      delegate.init((ProcessingEnvironment) Proxy.newProxyInstance(getClass().getClassLoader(),
          new Class<?>[] {ProcessingEnvironment.class}, (proxy, method, args) -> {
            if (method.getName().equals("getOptions")) {
              return recording(env.getOptions());
            }
            try {
              return method.invoke(env, args);
            } catch (InvocationTargetException e) {
              throw e.getCause();
            }
          }));
    }

    private Map<String, String> recording(Map<String, String> options) {
      return new AbstractMap<>() {
        @Override
        public String get(Object key) {
          read.add(String.valueOf(key));
          return options.get(key);
        }

        @Override
        public boolean containsKey(Object key) {
          read.add(String.valueOf(key));
          return options.containsKey(key);
        }

        @Override
        public Set<Entry<String, String>> entrySet() {
          read.add("<every option>"); // reading them all cannot be checked against a list
          return options.entrySet();
        }
      };
    }

    @Override
    public Set<String> getSupportedOptions() {
      return delegate.getSupportedOptions();
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return delegate.getSupportedAnnotationTypes();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return delegate.getSupportedSourceVersion();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      return delegate.process(annotations, round);
    }

    @Override
    public Iterable<? extends Completion> getCompletions(Element element, AnnotationMirror annotation,
        ExecutableElement member, String userText) {
      return delegate.getCompletions(element, annotation, member, userText);
    }
  }
}
