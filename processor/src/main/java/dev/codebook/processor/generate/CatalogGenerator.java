package dev.codebook.processor.generate;

import dev.codebook.processor.catalog.Domain;
import java.util.ArrayList;
import java.util.List;

/**
 * Generate stage: every source file of a valid catalog, rendered in memory and in catalog order.
 * Nothing touches the {@code Filer} here: the processor writes only once every file is rendered.
 */
public final class CatalogGenerator {
  private CatalogGenerator() {}

  public static List<GeneratedSource> generate(GenerationContext context) {
    List<GeneratedSource> sources = new ArrayList<>();
    sources.add(GeneratedSource.of(KindGenerator.generate(context)));
    sources.add(GeneratedSource.of(CodeInterfaceGenerator.generate(context)));
    sources.add(GeneratedSource.of(ExceptionGenerator.catalogException(context)));
    for (Domain domain : context.catalog().domains()) {
      sources.add(GeneratedSource.of(CodeEnumGenerator.generate(context, domain)));
      sources.add(GeneratedSource.of(ExceptionGenerator.domainException(context, domain)));
      ExceptionGenerator.groups(context, domain).forEach(file -> sources.add(GeneratedSource.of(file)));
      sources.add(GeneratedSource.of(HandlerGenerator.generate(context, domain)));
    }
    return sources;
  }
}
