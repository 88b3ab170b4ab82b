package dev.codebook.processor.plan;

import dev.codebook.processor.catalog.Named;
import java.util.List;

/**
 * A named exception group: a class extending the domain's exception, thrown for its codes.
 *
 * @param type simple name of the class
 * @param index its number in the domain, from 1 (0 is the domain's own exception)
 * @param firstUse where the catalog first names it
 * @param codes its codes, in catalog order
 */
public record GroupPlan(String type, int index, Named firstUse, List<CodePlan> codes) {
  public GroupPlan {
    codes = List.copyOf(codes);
  }
}
