package dev.codebook.processor.plan;

import dev.codebook.processor.model.Named;
import java.util.List;

/**
 * An exception class of a domain beside its own {@code <Domain>Exception}: a named group
 * ({@code exception:} on codes) or a range's ({@code exception:} on a range).
 *
 * @param type simple name of the class
 * @param index its number in the domain, from 1 (0 is the domain's own exception): what a code's
 *     {@code exception()} creates is found by it
 * @param source whether codes or a range name it
 * @param parent the index of the class it extends: 0 for the domain's exception, or a range's that holds
 *     every code of the group
 * @param declaredAt where the catalog first names it
 * @param codes the codes whose {@code exception()} creates it, in catalog order
 */
public record ExceptionPlan(String type, int index, Source source, int parent, Named declaredAt, List<CodePlan> codes) {

  /** What declares an exception class. */
  public enum Source {
    GROUP,
    RANGE
  }

  public ExceptionPlan {
    codes = List.copyOf(codes);
  }
}
