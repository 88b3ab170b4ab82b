package dev.codebook.processor.generate;

import com.palantir.javapoet.ClassName;
import dev.codebook.processor.catalog.Catalog;
import dev.codebook.processor.catalog.Domain;

/** The {@link ClassName}s of one catalog's generated types, in the package that asked for them. */
public record TypeNames(String packageName, String catalogName) {

  public static TypeNames of(String packageName, Catalog catalog) {
    return new TypeNames(packageName, catalog.name().name());
  }

  public ClassName kind() {
    return ClassName.get(packageName, Names.kindType(catalogName));
  }

  public ClassName codeInterface() {
    return ClassName.get(packageName, Names.codeInterface(catalogName));
  }

  public ClassName catalogException() {
    return ClassName.get(packageName, Names.catalogException(catalogName));
  }

  public ClassName codeEnum(Domain domain) {
    return ClassName.get(packageName, Names.codeEnum(domain.name().name()));
  }

  public ClassName domainException(Domain domain) {
    return ClassName.get(packageName, Names.domainException(domain.name().name()));
  }

  public ClassName handler(Domain domain) {
    return ClassName.get(packageName, Names.handler(domain.name().name()));
  }

  public ClassName group(String groupName) {
    return ClassName.get(packageName, groupName);
  }
}
