package dev.codebook.processor.check;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/** Reads annotations as mirrors, so the processor needs no annotation classes on its own path. */
public final class Mirrors {
  private Mirrors() {}

  public static Optional<AnnotationMirror> find(Element element, String annotation) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      if (type.getQualifiedName().contentEquals(annotation)) {
        return Optional.of(mirror);
      }
    }
    return Optional.empty();
  }

  /** The value written for {@code name}, or empty when the default applies. */
  public static Optional<AnnotationValue> explicit(AnnotationMirror mirror, String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry : mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(name)) {
        return Optional.of(entry.getValue());
      }
    }
    return Optional.empty();
  }

  /** The items of an array value written for {@code name}; empty when not written. */
  @SuppressWarnings("unchecked")
  static List<AnnotationValue> items(AnnotationMirror mirror, String name) {
    return explicit(mirror, name)
        .map(value -> value.getValue() instanceof List<?> list ? (List<AnnotationValue>) list : List.of(value))
        .orElse(List.of());
  }

  static String string(AnnotationMirror mirror, String name) {
    return explicit(mirror, name).map(value -> String.valueOf(value.getValue())).orElse("");
  }
}
