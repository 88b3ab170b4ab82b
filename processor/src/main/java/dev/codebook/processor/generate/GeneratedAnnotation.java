package dev.codebook.processor.generate;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import java.util.Optional;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The {@code @Generated} annotation that fits the consumer's compilation, as google/auto's
 * {@code GeneratedAnnotations} picks it: {@code javax.annotation.processing.Generated} above Java 8,
 * {@code javax.annotation.Generated} at 8, none when neither is visible. Never a date.
 */
public final class GeneratedAnnotation {
  private GeneratedAnnotation() {}

  public static Optional<AnnotationSpec> choose(Elements elements, SourceVersion version, String generator) {
    String name = version.compareTo(SourceVersion.RELEASE_8) > 0
        ? "javax.annotation.processing.Generated"
        : "javax.annotation.Generated";
    TypeElement type = elements.getTypeElement(name);
    if (type == null) {
      return Optional.empty();
    }
    return Optional.of(AnnotationSpec.builder(ClassName.get(type)).addMember("value", "$S", generator).build());
  }
}
