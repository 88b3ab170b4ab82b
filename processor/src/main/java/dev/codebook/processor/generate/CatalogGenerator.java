package dev.codebook.processor.generate;

import dev.codebook.processor.plan.ConstantPart;
import dev.codebook.processor.plan.DomainPlan;
import java.util.ArrayList;
import java.util.List;

/**
 * Generate stage: every file of a valid catalog's plan, rendered in memory and in catalog order.
 * Nothing touches the {@code Filer} here: the processor writes only once every file is rendered.
 */
public final class CatalogGenerator {
  private CatalogGenerator() {}

  /** The Java sources, and the resources for the class output. */
  public record Output(List<GeneratedSource> sources, List<GeneratedResource> resources) {}

  /**
   * Renders everything; {@code catalogBytes} travel as {@code <package path>/codebook-catalog.yaml}
   * for the checks of modules that use the jar.
   */
  public static Output generate(GenerationContext context, String metadataPath, byte[] catalogBytes) {
    return new Output(sources(context), List.of(
        new GeneratedResource(metadataPath, catalogBytes), ReferenceDocGenerator.generate(context)));
  }

  private static List<GeneratedSource> sources(GenerationContext context) {
    List<GeneratedSource> sources = new ArrayList<>();
    sources.add(GeneratedSource.of(KindGenerator.generate(context)));
    sources.add(GeneratedSource.of(CodeInterfaceGenerator.generate(context)));
    sources.add(GeneratedSource.of(ExceptionGenerator.catalogException(context)));
    sources.add(context.runtime());
    if (context.plan().languagesType().isPresent()) {
      sources.add(GeneratedSource.of(LanguagesGenerator.generate(context)));
    }
    for (DomainPlan domain : context.plan().domains()) {
      sources.add(GeneratedSource.of(CodeTypeGenerator.generate(context, domain)));
      for (ConstantPart part : domain.constantParts()) {
        sources.add(GeneratedSource.of(ConstantPartGenerator.generate(context, domain, part)));
      }
      ExceptionGenerator.domainException(context, domain).forEach(file -> sources.add(GeneratedSource.of(file)));
      ExceptionGenerator.exceptions(context, domain).forEach(file -> sources.add(GeneratedSource.of(file)));
      if (!domain.ranges().isEmpty()) {
        sources.add(GeneratedSource.of(RangeTypeGenerator.generate(context, domain)));
      }
      HandlerGenerator.generate(context, domain).forEach(file -> sources.add(GeneratedSource.of(file)));
    }
    return sources;
  }
}
