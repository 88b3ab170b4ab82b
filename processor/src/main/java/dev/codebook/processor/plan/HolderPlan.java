package dev.codebook.processor.plan;

/**
 * A holder a domain's code type has.
 *
 * @param holder which concern
 * @param index for a texts holder, the language's index in {@link CatalogPlan#languages()}; for an
 *     attribute's, the attribute's in {@link DomainPlan#attributes()}; 0 otherwise
 */
public record HolderPlan(Holder holder, int index) {
  public String simpleName() {
    return holder.simpleName(index);
  }
}
