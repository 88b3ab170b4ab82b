package dev.codebook.processor;

import com.google.auto.service.AutoService;
import dev.codebook.processor.catalog.Catalog;
import dev.codebook.processor.catalog.CatalogParser;
import dev.codebook.processor.diag.Message;
import dev.codebook.processor.diag.Problem;
import dev.codebook.processor.diag.Reporter;
import dev.codebook.processor.generate.CatalogGenerator;
import dev.codebook.processor.generate.GeneratedAnnotation;
import dev.codebook.processor.generate.GeneratedSource;
import dev.codebook.processor.generate.GenerationContext;
import dev.codebook.processor.generate.TypeNames;
import dev.codebook.processor.locate.CatalogLocator;
import dev.codebook.processor.validate.CatalogValidator;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * Entry point: for each package annotated {@code @dev.codebook.Codebook}, runs locate, parse, validate, generate
 * and write, reporting every problem of a catalog before generating anything from it.
 */
@AutoService(Processor.class)
public final class CodebookProcessor extends AbstractProcessor {
  /** Named, not referenced: the processor jar runs without the annotations jar beside it. */
  private static final String ANNOTATION = "dev.codebook.Codebook";

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(ANNOTATION);
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(CatalogLocator.ROOT_OPTION);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    Reporter reporter = new Reporter(processingEnv.getMessager());
    TypeElement codebook = processingEnv.getElementUtils().getTypeElement(ANNOTATION);
    if (codebook == null) {
      return false;
    }
    for (Element element : round.getElementsAnnotatedWith(codebook)) {
      if (!(element instanceof PackageElement pkg)) {
        continue;
      }
      try {
        processPackage(pkg, reporter);
      } catch (RuntimeException | LinkageError e) {
        Message message = Message.INTERNAL_ERROR;
        String where = e.getStackTrace().length > 0 ? " at " + e.getStackTrace()[0] : "";
        reporter.report(message, message.format(e + where), pkg, annotationOn(pkg), null);
      }
    }
    // Codebook's annotations are Codebook's own: claiming them keeps -Xlint:processing quiet.
    return true;
  }

  private void processPackage(PackageElement pkg, Reporter reporter) {
    AnnotationMirror mirror = annotationOn(pkg);
    AnnotationValue value = valueOf(mirror);
    String path = value == null ? "" : String.valueOf(value.getValue());
    String packageName = pkg.getQualifiedName().toString();

    CatalogLocator locator = new CatalogLocator(processingEnv.getFiler(),
        processingEnv.getOptions().get(CatalogLocator.ROOT_OPTION));
    CatalogLocator.Result located = locator.locate(packageName, path);
    if (located.problem().isPresent()) {
      reporter.reportAll(List.of(located.problem().get()), pkg, mirror, value);
      return;
    }
    CatalogLocator.Located file = located.located().orElseThrow();
    CatalogParser.Result parsed = CatalogParser.parse(file.file(), file.bytes());
    List<Problem> problems = new ArrayList<>(parsed.problems());
    parsed.catalog().ifPresent(catalog -> problems.addAll(CatalogValidator.validate(catalog)));
    reporter.reportAll(problems, pkg, mirror, value);
    boolean errors = problems.stream().anyMatch(p -> p.message().kind() == Diagnostic.Kind.ERROR);
    if (errors || parsed.catalog().isEmpty()) {
      return;
    }
    Catalog catalog = parsed.catalog().get();
    GenerationContext context = new GenerationContext(catalog, TypeNames.of(packageName, catalog),
        GeneratedAnnotation.choose(processingEnv.getElementUtils(), processingEnv.getSourceVersion(),
            getClass().getCanonicalName()),
        pkg, path);
    write(CatalogGenerator.generate(context), pkg, mirror, value, reporter);
  }

  private void write(List<GeneratedSource> sources, PackageElement pkg, AnnotationMirror mirror,
      AnnotationValue value, Reporter reporter) {
    for (GeneratedSource source : sources) {
      try {
        JavaFileObject file = processingEnv.getFiler().createSourceFile(source.qualifiedName(), pkg);
        try (Writer writer = file.openWriter()) {
          writer.write(source.text());
        }
      } catch (IOException e) {
        Message message = Message.WRITE_FAILED;
        reporter.report(message, message.format(source.qualifiedName(), e.getMessage()), pkg, mirror, value);
        return;
      }
    }
  }

  private static AnnotationMirror annotationOn(Element element) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      if (type.getQualifiedName().contentEquals(ANNOTATION)) {
        return mirror;
      }
    }
    return null;
  }

  private static AnnotationValue valueOf(AnnotationMirror mirror) {
    if (mirror == null) {
      return null;
    }
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry : mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals("value")) {
        return entry.getValue();
      }
    }
    return null;
  }
}
