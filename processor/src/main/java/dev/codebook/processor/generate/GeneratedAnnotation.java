package dev.codebook.processor.generate;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The {@code @Generated} annotation that fits the consumer's compilation, as google/auto's
 * {@code GeneratedAnnotations} picks it: {@code javax.annotation.processing.Generated} above Java 8,
 * {@code javax.annotation.Generated} at 8, none when neither is visible. Never a date.
 *
 * <p>Under kapt, the source version is that of the JDK kapt runs on, not the {@code --release} that the
 * generated sources are compiled with afterwards; {@code javax.annotation.processing.Generated} would
 * then break a Java 8 build ("cannot find symbol"). kapt is recognised by the option it always passes,
 * and gets the annotation only when {@code javax.annotation.Generated} is on its class path; the file
 * comment says the source is generated either way.
 */
public final class GeneratedAnnotation {
  /** The processor option kapt passes to every processor: where generated Kotlin sources go. */
  public static final String KAPT_OPTION = "kapt.kotlin.generated";

  private GeneratedAnnotation() {}

  public static Optional<AnnotationSpec> choose(Elements elements, SourceVersion version, String generator,
      Map<String, String> options) {
    boolean kapt = options.containsKey(KAPT_OPTION);
    String name = version.compareTo(SourceVersion.RELEASE_8) > 0 && !kapt
        ? "javax.annotation.processing.Generated"
        : "javax.annotation.Generated";
    TypeElement type = elements.getTypeElement(name);
    if (type == null) {
      return Optional.empty();
    }
    return Optional.of(AnnotationSpec.builder(ClassName.get(type)).addMember("value", "$S", generator).build());
  }
}
