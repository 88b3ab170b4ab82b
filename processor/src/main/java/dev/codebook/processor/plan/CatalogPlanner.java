package dev.codebook.processor.plan;

import dev.codebook.processor.model.Attribute;
import dev.codebook.processor.model.Catalog;
import dev.codebook.processor.model.CodeEntry;
import dev.codebook.processor.model.Domain;
import dev.codebook.processor.model.Named;
import dev.codebook.processor.model.Range;
import dev.codebook.processor.naming.Names;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Plan stage: decides, once, the shape of everything a catalog generates — each domain's form, its
 * parts, ordinals, groups and member names — as a {@link CatalogPlan}. Total: it plans any parsed
 * catalog, broken ones included, so that the clash checks can run beside the other checks; a repeated
 * domain name is planned once, and a group already planned by an earlier domain is not planned again
 * (both are errors the validator reports).
 */
public final class CatalogPlanner {
  private CatalogPlanner() {}

  public static CatalogPlan plan(String packageName, Catalog catalog) {
    String name = catalog.name().name();
    List<String> languages = new ArrayList<>();
    languages.add(catalog.locale());
    languages.addAll(catalog.translationTags());
    Set<String> domainNames = new HashSet<>();
    Set<String> groupNames = new HashSet<>();
    List<DomainPlan> domains = new ArrayList<>();
    for (Domain domain : catalog.domains()) {
      if (domainNames.add(domain.name().name())) {
        domains.add(domain(domain, languages, groupNames));
      }
    }
    return new CatalogPlan(catalog, packageName, Names.kindType(name), Names.codeInterface(name),
        Names.catalogException(name), Names.tables(name),
        languages.size() > 1 ? Optional.of(Names.languages(name)) : Optional.empty(), languages, domains);
  }

  private static DomainPlan domain(Domain domain, List<String> languages, Set<String> groupsOfEarlierDomains) {
    String name = domain.name().name();
    List<CodeEntry> entries = domain.codes();
    int nameCount = entries.stream().mapToInt(entry -> 1 + entry.aliases().size()).sum();
    CodeForm form = nameCount <= Shapes.ENUM_MAX_NAMES ? CodeForm.ENUM : CodeForm.CLASS;
    int partSize = entries.size() <= Shapes.HANDLER_INLINE_MAX ? 0 : Shapes.handlerPartSize(entries.size());

    int[] rangeOf = domain.rangeIndex().indexesOf(entries);
    List<Range> ranges = domain.ranges();

    // Exception classes, numbered from 1: groups in order of first use, then the ranges' in range order.
    // A group named as a range's exception is that exception.
    Map<String, Integer> rangeExceptionOf = new LinkedHashMap<>();
    for (int i = 0; i < ranges.size(); i++) {
      int range = i;
      ranges.get(i).exception().ifPresent(exception -> rangeExceptionOf.putIfAbsent(exception.name(), range));
    }
    Map<String, Named> groupFirstUse = new LinkedHashMap<>();
    for (CodeEntry entry : entries) {
      entry.exceptionGroup()
          .filter(group -> !groupsOfEarlierDomains.contains(group.name()))
          .filter(group -> !rangeExceptionOf.containsKey(group.name()))
          .ifPresent(group -> groupFirstUse.putIfAbsent(group.name(), group));
    }
    groupsOfEarlierDomains.addAll(groupFirstUse.keySet());
    Map<String, Integer> exceptionIndex = new LinkedHashMap<>();
    groupFirstUse.keySet().forEach(group -> exceptionIndex.put(group, exceptionIndex.size() + 1));
    rangeExceptionOf.keySet().forEach(exception -> exceptionIndex.putIfAbsent(exception, exceptionIndex.size() + 1));
    int[] rangeException = new int[ranges.size()];
    for (int i = 0; i < ranges.size(); i++) {
      rangeException[i] = ranges.get(i).exception().map(e -> exceptionIndex.get(e.name())).orElse(0);
    }

    List<CodePlan> codes = new ArrayList<>(entries.size());
    Map<String, CodePlan> byValue = new HashMap<>();
    for (CodeEntry entry : entries) {
      int ordinal = codes.size();
      int range = rangeOf[ordinal];
      int exception = entry.exceptionGroup().map(g -> exceptionIndex.getOrDefault(g.name(), 0))
          .filter(index -> index > 0)
          .orElse(range >= 0 ? rangeException[range] : 0);
      List<Object> attributes = new ArrayList<>();
      for (Attribute attribute : domain.attributes()) {
        Object value = entry.attributes().get(attribute.name().name());
        attributes.add(value != null ? value : attribute.defaultValue().orElse(null));
      }
      CodePlan code = new CodePlan(entry, ordinal, Names.handlerMethod(entry.name().name()), exception, range,
          entry.params().isEmpty() ? Optional.empty() : Optional.of(Names.factoryMethod(entry.name().name())),
          attributes);
      codes.add(code);
      byValue.putIfAbsent(entry.code(), code);
    }

    List<List<CodePlan>> exceptionCodes = new ArrayList<>();
    exceptionIndex.keySet().forEach(exception -> exceptionCodes.add(new ArrayList<>()));
    codes.stream().filter(code -> code.exception() > 0)
        .forEach(code -> exceptionCodes.get(code.exception() - 1).add(code));
    List<ExceptionPlan> exceptions = new ArrayList<>();
    for (Map.Entry<String, Integer> exception : exceptionIndex.entrySet()) {
      int index = exception.getValue();
      List<CodePlan> own = exceptionCodes.get(index - 1);
      Named group = groupFirstUse.get(exception.getKey());
      if (group != null) {
        exceptions.add(new ExceptionPlan(exception.getKey(), index, ExceptionPlan.Source.GROUP,
            groupParent(own, rangeException), group, own));
      } else {
        Range range = ranges.get(rangeExceptionOf.get(exception.getKey()));
        exceptions.add(new ExceptionPlan(exception.getKey(), index, ExceptionPlan.Source.RANGE, 0,
            range.exception().orElseThrow(), own));
      }
    }
    List<RangePlan> rangePlans = new ArrayList<>();
    for (int i = 0; i < ranges.size(); i++) {
      rangePlans.add(new RangePlan(ranges.get(i), i, Names.rangeConstant(ranges.get(i).name().name()),
          rangeException[i]));
    }
    List<AttributePlan> attributePlans = new ArrayList<>();
    for (Attribute attribute : domain.attributes()) {
      attributePlans.add(new AttributePlan(attribute, attributePlans.size(), attribute.name().name()));
    }
    List<CodePlan> factories = codes.stream().filter(code -> code.factory().isPresent()).toList();
    List<FactoryPart> factoryParts = new ArrayList<>();
    if (factories.size() > Shapes.FACTORIES_PER_CLASS) {
      for (int from = 0; from < factories.size(); from += Shapes.FACTORIES_PER_CLASS) {
        factoryParts.add(new FactoryPart(Names.factoryPart(name, factoryParts.size()), factoryParts.size(),
            factories.subList(from, Math.min(factories.size(), from + Shapes.FACTORIES_PER_CLASS))));
      }
    }

    List<ConstantName> names = new ArrayList<>(nameCount);
    List<ConstantPart> constantParts = new ArrayList<>();
    List<ConstantName> partNames = new ArrayList<>();
    for (CodePlan code : codes) {
      List<Named> all = code.entry().allNames();
      for (int i = 0; i < all.size(); i++) {
        Named constant = all.get(i);
        ConstantName planned = new ConstantName(constant, code, i > 0, Names.valueConstant(constant.name()));
        names.add(planned);
        if (form == CodeForm.CLASS) {
          partNames.add(planned);
          if (partNames.size() == Shapes.NAMES_PER_CONSTANT_PART) {
            constantParts.add(new ConstantPart(Names.constantPart(name, constantParts.size()), constantParts.size(),
                partNames));
            partNames.clear();
          }
        }
      }
    }
    if (!partNames.isEmpty()) {
      constantParts.add(new ConstantPart(Names.constantPart(name, constantParts.size()), constantParts.size(),
          partNames));
    }

    List<HandlerPart> handlerParts = new ArrayList<>();
    for (int from = 0; partSize > 0 && from < codes.size(); from += partSize) {
      int index = handlerParts.size();
      handlerParts.add(new HandlerPart(Names.handlerPart(name, index), index, from,
          Math.min(codes.size(), from + partSize)));
    }

    return new DomainPlan(domain, form, Names.codeType(name), Names.domainException(name), Names.handler(name),
        codes, names, exceptions, ranges.isEmpty() ? Optional.empty() : Optional.of(Names.rangeType(name)),
        rangePlans, attributePlans, factoryParts, constantParts, handlerParts, partSize,
        textLanguages(entries, languages), byValue);
  }

  /**
   * The class a group extends: the exception of the one range that holds all its codes, if that
   * range has one; else the domain's. (A group across ranges is an error the validator reports.)
   */
  private static int groupParent(List<CodePlan> codes, int[] rangeException) {
    int range = codes.isEmpty() ? -1 : codes.get(0).range();
    for (CodePlan code : codes) {
      if (code.range() != range) {
        return 0;
      }
    }
    return range >= 0 ? rangeException[range] : 0;
  }

  /** The catalog's language (0) and each translation that some code of the domain uses. */
  private static List<Integer> textLanguages(List<CodeEntry> entries, List<String> languages) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 1; i < languages.size(); i++) {
      index.putIfAbsent(languages.get(i), i);
    }
    Set<Integer> used = new TreeSet<>();
    used.add(0);
    for (CodeEntry entry : entries) {
      for (String language : entry.translations().keySet()) {
        Integer found = index.get(language);
        if (found != null) {
          used.add(found);
        }
      }
    }
    return List.copyOf(used);
  }
}
