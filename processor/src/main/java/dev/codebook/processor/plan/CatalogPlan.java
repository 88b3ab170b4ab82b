package dev.codebook.processor.plan;

import dev.codebook.processor.model.Catalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The output model of one catalog: every type, constant and member name that generation will write,
 * decided once by {@link CatalogPlanner}. Generators render it; the clash checks and the checks on user
 * code ({@code @Exhaustive}, {@code @Handles}) read it. Plain immutable values, nothing of JavaPoet.
 *
 * @param catalog the catalog as written
 * @param packageName the package that {@code @Codebook} annotates, which receives every type
 * @param kindType simple name of {@code <Catalog>Kind}
 * @param codeInterface simple name of {@code <Catalog>Code}
 * @param catalogException simple name of {@code <Catalog>Exception}
 * @param tablesType simple name of the package-private {@code <Catalog>Tables}: the fixed runtime
 * @param languagesType simple name of the package-private {@code <Catalog>Languages}, which matches a
 *     {@code Locale} to the catalog's languages; only when the catalog has translations
 * @param languages index 0 the catalog's locale, then its translations, in catalog order
 * @param domains each domain, in catalog order (a repeated domain name is planned once)
 */
public record CatalogPlan(
    Catalog catalog,
    String packageName,
    String kindType,
    String codeInterface,
    String catalogException,
    String tablesType,
    Optional<String> languagesType,
    List<String> languages,
    List<DomainPlan> domains) {

  public CatalogPlan {
    languages = List.copyOf(languages);
    domains = List.copyOf(domains);
  }

  public String name() {
    return catalog.name().name();
  }

  /** What {@code <Catalog>Languages} hands the runtime's locale matching of {@link #languages()}. */
  public LanguageMatching languageMatching() {
    return LanguageMatching.of(languages);
  }

  public Optional<DomainPlan> domain(String name) {
    return domains.stream().filter(domain -> domain.name().equals(name)).findFirst();
  }

  /** Every top-level type this catalog generates, each with what it is generated for. */
  public List<PlannedType> types() {
    List<PlannedType> types = new ArrayList<>();
    String catalogOwner = "catalog " + name();
    for (String type : List.of(kindType, codeInterface, catalogException, tablesType)) {
      types.add(new PlannedType(type, catalogOwner, catalog.name().position()));
    }
    languagesType.ifPresent(type -> types.add(new PlannedType(type, catalogOwner, catalog.name().position())));
    for (DomainPlan domain : domains) {
      String owner = "domain " + domain.name();
      var position = domain.domain().name().position();
      types.add(new PlannedType(domain.codeType(), owner, position));
      domain.constantParts().forEach(part -> types.add(new PlannedType(part.type(), owner, position)));
      types.add(new PlannedType(domain.exceptionType(), owner, position));
      domain.factoryParts().forEach(part -> types.add(new PlannedType(part.type(), owner, position)));
      types.add(new PlannedType(domain.handlerType(), owner, position));
      domain.handlerParts().forEach(part -> types.add(new PlannedType(part.type(), owner, position)));
      domain.rangeType().ifPresent(type -> types.add(new PlannedType(type, owner, position)));
      for (ExceptionPlan exception : domain.exceptions()) {
        String what = exception.source() == ExceptionPlan.Source.GROUP ? "exception group " : "range exception ";
        types.add(new PlannedType(exception.type(), what + exception.type(), exception.declaredAt().position()));
      }
    }
    return types;
  }
}
