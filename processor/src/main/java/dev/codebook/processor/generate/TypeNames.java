package dev.codebook.processor.generate;

import com.palantir.javapoet.ClassName;
import dev.codebook.processor.plan.CatalogPlan;
import dev.codebook.processor.plan.ConstantPart;
import dev.codebook.processor.plan.DomainPlan;
import dev.codebook.processor.plan.FactoryPart;
import dev.codebook.processor.plan.HandlerPart;

/** The {@link ClassName}s of the types a plan names, in the package that asked for them. */
public record TypeNames(CatalogPlan plan) {

  private ClassName get(String simpleName) {
    return ClassName.get(plan.packageName(), simpleName);
  }

  public ClassName kind() {
    return get(plan.kindType());
  }

  public ClassName codeInterface() {
    return get(plan.codeInterface());
  }

  public ClassName catalogException() {
    return get(plan.catalogException());
  }

  public ClassName tables() {
    return get(plan.tablesType());
  }

  public ClassName languages() {
    return get(plan.languagesType().orElseThrow());
  }

  public ClassName codeType(DomainPlan domain) {
    return get(domain.codeType());
  }

  public ClassName constantPart(ConstantPart part) {
    return get(part.type());
  }

  public ClassName domainException(DomainPlan domain) {
    return get(domain.exceptionType());
  }

  public ClassName handler(DomainPlan domain) {
    return get(domain.handlerType());
  }

  public ClassName handlerPart(HandlerPart part) {
    return get(part.type());
  }

  /** The exception class with this index in the domain: 0 is the domain's own, then groups and ranges'. */
  public ClassName exception(DomainPlan domain, int index) {
    return get(domain.exceptionType(index));
  }

  public ClassName rangeType(DomainPlan domain) {
    return get(domain.rangeType().orElseThrow());
  }

  public ClassName factoryPart(FactoryPart part) {
    return get(part.type());
  }
}
