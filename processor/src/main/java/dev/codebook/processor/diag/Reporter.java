package dev.codebook.processor.diag;

import dev.codebook.processor.model.SourcePosition;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * Reports problems to javac on the element, annotation and value that caused them, and caps how many
 * one catalog shows.
 */
public final class Reporter {
  /**
   * How many problems of one catalog are shown before the rest are only counted; below javac's own
   * default cap of 100 errors ({@code -Xmaxerrs}), so that the count itself is shown.
   */
  public static final int MAX_SHOWN = 50;

  private final Messager messager;

  public Reporter(Messager messager) {
    this.messager = messager;
  }

  /** Reports one message at the given place; {@code mirror} and {@code value} may be null. */
  public void report(Message message, String text, Element element, AnnotationMirror mirror, AnnotationValue value) {
    messager.printMessage(message.kind(), text, element, mirror, value);
  }

  /** Formats {@code message} with {@code args} and reports it at the given place. */
  public void report(Message message, Element element, AnnotationMirror mirror, AnnotationValue value, Object... args) {
    report(message, message.format(args), element, mirror, value);
  }

  /** Reports a catalog's problems on its annotation, at most {@link #MAX_SHOWN} of them. */
  public void reportAll(List<Problem> found, Element element, AnnotationMirror mirror, AnnotationValue value) {
    // Errors first, in the order found: warnings never push an error out of view.
    List<Problem> problems = new java.util.ArrayList<>(found);
    problems.sort(java.util.Comparator.comparing(problem -> !problem.isError()));
    int shown = Math.min(problems.size(), MAX_SHOWN);
    for (Problem problem : problems.subList(0, shown)) {
      messager.printMessage(problem.kind(), problem.text(), element, mirror, value);
    }
    if (problems.size() > shown) {
      List<Problem> hidden = problems.subList(shown, problems.size());
      Problem more = Problem.of(Message.TOO_MANY_ERRORS, SourcePosition.ofFile(hidden.get(0).position().file()),
          hidden.size());
      // Only as severe as what it stands for: warnings beyond the first fifty do not fail the build.
      if (hidden.stream().noneMatch(Problem::isError)) {
        more = more.asWarning();
      }
      messager.printMessage(more.kind(), more.text(), element, mirror, value);
    }
  }
}
