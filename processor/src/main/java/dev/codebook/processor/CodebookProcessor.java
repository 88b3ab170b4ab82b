package dev.codebook.processor;

import com.google.auto.service.AutoService;
import dev.codebook.processor.parse.CatalogParser;
import dev.codebook.processor.check.CatalogRegistry;
import dev.codebook.processor.check.ExhaustiveChecker;
import dev.codebook.processor.check.HandlesChecker;
import dev.codebook.processor.check.Mirrors;
import dev.codebook.processor.diag.Message;
import dev.codebook.processor.diag.Problem;
import dev.codebook.processor.diag.Reporter;
import dev.codebook.processor.generate.CatalogGenerator;
import dev.codebook.processor.generate.GeneratedAnnotation;
import dev.codebook.processor.generate.GeneratedResource;
import dev.codebook.processor.generate.GeneratedSource;
import dev.codebook.processor.generate.GenerationContext;
import dev.codebook.processor.generate.Nullness;
import dev.codebook.processor.locate.CatalogLocator;
import dev.codebook.processor.locate.CatalogLookup;
import dev.codebook.processor.compat.Baselines;
import dev.codebook.processor.model.SourcePosition;
import dev.codebook.processor.compat.CatalogComparison;
import dev.codebook.processor.locate.JavacTrees;
import dev.codebook.processor.plan.CatalogPlan;
import dev.codebook.processor.plan.CatalogPlanner;
import dev.codebook.processor.validate.CatalogValidator;
import dev.codebook.processor.validate.PlanValidator;
import dev.codebook.processor.validate.TranslationPolicy;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.tools.FileObject;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/**
 * Entry point: for each package annotated {@code @dev.codebook.Codebook}, runs locate, parse, validate,
 * plan, validate the plan's names, generate and write, reporting every problem of a catalog before
 * generating anything from it; then checks {@code @Handles} and {@code @Exhaustive} on user code
 * against the catalogs' plans.
 */
@AutoService(Processor.class)
public final class CodebookProcessor extends AbstractProcessor {
  /** Named, not referenced: the processor jar runs without the annotations jar beside it. */
  private static final String ANNOTATION = "dev.codebook.Codebook";

  private Reporter reporter;
  private CatalogLocator locator;
  private JavacTrees javacTrees;
  private CatalogRegistry registry;
  private ExhaustiveChecker exhaustive;
  private HandlesChecker handles;
  private TranslationPolicy.Choice translationPolicy;

  @Override
  public synchronized void init(ProcessingEnvironment processingEnv) {
    super.init(processingEnv);
    reporter = new Reporter(processingEnv.getMessager());
    locator = new CatalogLocator(processingEnv.getFiler(), processingEnv.getOptions().get(CatalogLocator.ROOT_OPTION));
    javacTrees = JavacTrees.of(processingEnv);
    registry = new CatalogRegistry(processingEnv.getFiler());
    exhaustive = new ExhaustiveChecker(processingEnv.getElementUtils(), registry, reporter);
    handles = new HandlesChecker(processingEnv.getElementUtils(), registry, reporter, javacTrees);
    translationPolicy = TranslationPolicy.fromOptions(processingEnv.getOptions());
  }

  /**
   * Codebook's own annotations only, each of CLASS retention. Not the {@code @Generated} that generated
   * code carries: claiming another's annotation changes what other processors see, and Gradle's
   * incremental compiler recompiles everything for an aggregating processor that supports a SOURCE
   * annotation. So {@code -Xlint:all} notes "No processor claimed any of these annotations" for
   * {@code @Generated}: {@code -Werror} builds add {@code -Xlint:-processing}, as for AutoValue.
   */
  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(ANNOTATION, ExhaustiveChecker.ANNOTATION, HandlesChecker.ANNOTATION);
  }

  @Override
  public Set<String> getSupportedOptions() {
    // kapt's own option is read, never written by users: it tells that kapt runs Codebook.
    return Set.of(CatalogLocator.ROOT_OPTION, TranslationPolicy.OPTION, TranslationPolicy.STRICT_OPTION,
        Nullness.OPTION, GeneratedAnnotation.KAPT_OPTION, Baselines.OPTION, COMPAT_OPTION);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    for (Element element : annotated(round, ANNOTATION)) {
      if (element instanceof PackageElement pkg) {
        guarded(pkg, () -> processPackage(pkg));
      }
    }
    // Catalogs of this round are registered: now the checks on user code that name them, class by class.
    boolean lastRound = round.processingOver();
    for (TypeElement type : handles.toCheck(annotated(round, HandlesChecker.ANNOTATION))) {
      guarded(type, () -> handles.check(type, lastRound));
    }
    for (TypeElement type : exhaustive.toCheck(annotated(round, ExhaustiveChecker.ANNOTATION))) {
      guarded(type, () -> exhaustive.check(type, lastRound));
    }
    // Claimed: see getSupportedAnnotationTypes.
    return true;
  }

  private Set<? extends Element> annotated(RoundEnvironment round, String annotation) {
    TypeElement type = processingEnv.getElementUtils().getTypeElement(annotation);
    return type == null ? Set.of() : round.getElementsAnnotatedWith(type);
  }

  /** Runs one unit of work; an unexpected exception becomes an error on {@code element}, never a javac crash. */
  private void guarded(Element element, Runnable work) {
    try {
      work.run();
    } catch (RuntimeException | LinkageError e) {
      // The whole stack trace, as AutoValue and MapStruct print it: one frame is not enough to fix a bug.
      java.io.StringWriter trace = new java.io.StringWriter();
      e.printStackTrace(new java.io.PrintWriter(trace));
      Message message = Message.INTERNAL_ERROR;
      reporter.report(message, message.format(e) + "\n" + trace, element,
          element == null ? null : annotationOn(element), null);
    }
  }

  private void processPackage(PackageElement pkg) {
    AnnotationMirror mirror = annotationOn(pkg);
    AnnotationValue value = valueOf(mirror);
    String path = value == null ? "" : String.valueOf(value.getValue());
    String packageName = pkg.getQualifiedName().toString();

    CatalogLocator.Result located = locator.locate(packageName, path, javacTrees.of(pkg));
    if (located.problem().isPresent()) {
      registry.registerBroken(packageName);
      reporter.reportAll(List.of(located.problem().get()), pkg, mirror, value);
      return;
    }
    CatalogLocator.Located file = located.located().orElseThrow();
    CatalogParser.Result parsed = CatalogParser.parse(file.file(), file.bytes());
    List<Problem> problems = new ArrayList<>(parsed.problems());
    // Planned even when broken, so that name clashes are reported with every other problem.
    Optional<CatalogPlan> plan = parsed.catalog().map(catalog -> CatalogPlanner.plan(packageName, catalog));
    if (translationPolicy.policy().isEmpty()) {
      reporter.report(Message.BAD_OPTION, pkg, mirror, value, translationPolicy.badOption().toArray());
      registry.registerBroken(packageName);
      return;
    }
    // Chosen per package: a package of a named module can use only the annotations its module reads.
    Nullness.Choice nullness = Nullness.choose(processingEnv.getElementUtils(), processingEnv.getOptions(), pkg);
    if (nullness.oldJetbrains()) {
      reporter.report(Message.NULLABILITY_OLD_JETBRAINS, pkg, mirror, value);
    }
    if (nullness.nullness().isEmpty()) {
      if (nullness.badOption().isEmpty()) {
        reporter.report(Message.NULLABILITY_UNAVAILABLE, pkg, mirror, value, nullness.unavailable().toArray());
      } else {
        reporter.report(Message.BAD_OPTION, pkg, mirror, value, nullness.badOption().toArray());
      }
      registry.registerBroken(packageName);
      return;
    }
    // Which codes a language lacks is judged on a catalog that reads without errors: an entry whose
    // translation could not be read is not also a missing one.
    TranslationPolicy policy = parsed.problems().stream().anyMatch(Problem::isError)
        ? TranslationPolicy.IGNORE : translationPolicy.policy().get();
    parsed.catalog().ifPresent(catalog -> problems.addAll(CatalogValidator.validate(catalog, policy)));
    plan.ifPresent(planned -> problems.addAll(PlanValidator.validate(planned)));
    String compat = processingEnv.getOptions().getOrDefault(COMPAT_OPTION, "error");
    if (!compat.equals("error") && !compat.equals("warn")) {
      reporter.report(Message.BAD_OPTION, pkg, mirror, value, COMPAT_OPTION, compat, "error (the default) or warn");
      registry.registerBroken(packageName);
      return;
    }
    if (plan.isPresent() && problems.stream().noneMatch(Problem::isError)) {
      problems.addAll(compareWithBaseline(packageName, file, plan.get()));
    }
    reporter.reportAll(problems, pkg, mirror, value);
    boolean errors = problems.stream().anyMatch(Problem::isError);
    if (errors || plan.isEmpty()) {
      registry.registerBroken(packageName);
      return;
    }
    registry.register(plan.get());
    GenerationContext context = new GenerationContext(plan.get(),
        GeneratedAnnotation.choose(processingEnv.getElementUtils(), processingEnv.getSourceVersion(),
            getClass().getCanonicalName(), processingEnv.getOptions()),
        nullness.nullness().get(), pkg, path, processingEnv.getElementUtils());
    write(CatalogGenerator.generate(context, CatalogRegistry.metadataPath(packageName), file.bytes()), file.lookup(),
        pkg, mirror, value);
  }

  /**
   * The findings against the previous version, when {@code -Acodebook.baseline} names one: only for a
   * catalog without errors, whose every code is known.
   */
  private List<Problem> compareWithBaseline(String packageName, CatalogLocator.Located located, CatalogPlan plan) {
    String file = located.file();
    Baselines baselines = Baselines.of(processingEnv.getOptions().get(Baselines.OPTION));
    if (!baselines.requested()) {
      return List.of();
    }
    List<Problem> problems = new ArrayList<>();
    baselines.missing().forEach(path -> problems.add(Problem.of(Message.BASELINE_MISSING, SourcePosition.ofFile(file),
        path)));
    Optional<Baselines.Found> found = baselines.find(CatalogRegistry.metadataPath(packageName));
    if (found.isEmpty()) {
      problems.add(Problem.of(Message.BASELINE_NONE, SourcePosition.ofFile(file), packageName, baselines.describe()));
      return problems;
    }
    boolean warnOnly = "warn".equals(processingEnv.getOptions().get(COMPAT_OPTION));
    if (java.util.Arrays.equals(found.get().bytes(), located.bytes())) {
      // Unchanged since the release, as most builds are: the catalog against itself, without reading it again.
      problems.addAll(CatalogComparison.compare(plan, plan, warnOnly));
      return problems;
    }
    CatalogParser.Result old = CatalogParser.parse(found.get().origin(), found.get().bytes());
    Optional<Problem> error = old.problems().stream().filter(Problem::isError).findFirst();
    if (old.catalog().isEmpty() || error.isPresent()) {
      problems.add(Problem.of(Message.BASELINE_UNREADABLE, SourcePosition.ofFile(file), found.get().origin(),
          error.map(Problem::text).orElse("it is empty")));
      return problems;
    }
    try {
      problems.addAll(CatalogComparison.compare(CatalogPlanner.plan(packageName, old.catalog().get()), plan,
          warnOnly));
    } catch (RuntimeException e) {
      // A previous catalog this version plans differently (it was never validated here): nothing compared.
      problems.add(Problem.of(Message.BASELINE_UNREADABLE, SourcePosition.ofFile(file), found.get().origin(),
          String.valueOf(e)));
    }
    return problems;
  }

  /** {@code -Acodebook.compat=warn}: findings against the baseline are warnings, not errors. */
  static final String COMPAT_OPTION = "codebook.compat";

  /**
   * Writes the sources, then the resources (the catalog itself, for checks in modules that use the jar,
   * and its reference page), then how the catalog was looked up, for build tools that recompile the
   * package when the catalog changes.
   */
  private void write(CatalogGenerator.Output output, CatalogLookup lookup, PackageElement pkg, AnnotationMirror mirror,
      AnnotationValue value) {
    for (GeneratedSource source : output.sources()) {
      if (processingEnv.getElementUtils().getTypeElement(source.qualifiedName()) != null) {
        // Checked before writing anything: a Filer error halfway would leave a partial set behind.
        reporter.report(Message.WRITE_FAILED, pkg, mirror, value, source.qualifiedName(),
            "a type of that name already exists in this compilation; rename the domain, group or class");
        return;
      }
    }
    String current = null;
    try {
      for (GeneratedSource source : output.sources()) {
        current = source.qualifiedName();
        JavaFileObject file = processingEnv.getFiler().createSourceFile(source.qualifiedName(), pkg);
        try (Writer writer = file.openWriter()) {
          writer.write(source.text());
        }
      }
      for (GeneratedResource resource : output.resources()) {
        current = resource.path();
        FileObject file = processingEnv.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "", current, pkg);
        try (OutputStream out = file.openOutputStream()) {
          out.write(resource.bytes());
        }
      }
      current = CatalogLookup.FILE;
      FileObject record = processingEnv.getFiler().createResource(StandardLocation.SOURCE_OUTPUT,
          pkg.getQualifiedName(), CatalogLookup.FILE, pkg);
      try (Writer writer = record.openWriter()) {
        writer.write(recordDirectory(record).map(lookup::relativeTo).orElse(lookup).text());
      }
    } catch (IOException e) {
      reporter.report(Message.WRITE_FAILED, pkg, mirror, value, current, e.getMessage());
    }
  }

  /** The directory a record is written in, when it is on the file system. */
  private static Optional<java.nio.file.Path> recordDirectory(FileObject record) {
    try {
      java.net.URI uri = record.toUri();
      return "file".equals(uri.getScheme()) ? Optional.of(java.nio.file.Path.of(uri).getParent()) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static AnnotationMirror annotationOn(Element element) {
    return Mirrors.find(element, ANNOTATION).orElse(null);
  }

  private static AnnotationValue valueOf(AnnotationMirror mirror) {
    return mirror == null ? null : Mirrors.explicit(mirror, "value").orElse(null);
  }
}
