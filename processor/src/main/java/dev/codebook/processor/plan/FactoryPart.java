package dev.codebook.processor.plan;

import java.util.List;

/**
 * A class in the chain between {@code <Catalog>Exception} and {@code <Domain>Exception} that declares
 * some of the domain's typed exception factories, when there are too many for one class; static
 * methods are inherited, so {@code ServerException.erDupEntry(...)} finds each one.
 *
 * @param type simple name of the class; part 0 extends the catalog's exception, each next part the one before
 * @param codes the codes whose factories it declares
 */
public record FactoryPart(String type, int index, List<CodePlan> codes) {
  public FactoryPart {
    codes = List.copyOf(codes);
  }
}
