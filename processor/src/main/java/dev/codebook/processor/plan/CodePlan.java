package dev.codebook.processor.plan;

import dev.codebook.processor.catalog.CodeEntry;

/**
 * One code as it will be generated.
 *
 * @param entry the code as the catalog wrote it
 * @param ordinal its position in the domain, from 0, in catalog order: the index into every table
 * @param handlerMethod its method in the domain's handler ({@code onTokenInvalid})
 * @param group index of its exception group in {@link DomainPlan#groups()}, from 1; 0 for the domain's exception
 * @param handlerPart index of the handler part that declares its method, or -1 when the handler itself does
 */
public record CodePlan(CodeEntry entry, int ordinal, String handlerMethod, int group, int handlerPart) {

  /** The canonical constant name. */
  public String constant() {
    return entry.name().name();
  }
}
