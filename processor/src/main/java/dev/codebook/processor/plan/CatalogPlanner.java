package dev.codebook.processor.plan;

import dev.codebook.processor.catalog.Catalog;
import dev.codebook.processor.catalog.CodeEntry;
import dev.codebook.processor.catalog.Domain;
import dev.codebook.processor.catalog.Named;
import dev.codebook.processor.naming.Names;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        Names.catalogException(name), Names.tables(name), languages, domains);
  }

  private static DomainPlan domain(Domain domain, List<String> languages, Set<String> groupsOfEarlierDomains) {
    String name = domain.name().name();
    List<CodeEntry> entries = domain.codes();
    int nameCount = entries.stream().mapToInt(entry -> 1 + entry.aliases().size()).sum();
    CodeForm form = nameCount <= Shapes.ENUM_MAX_NAMES ? CodeForm.ENUM : CodeForm.CLASS;
    int partSize = entries.size() <= Shapes.HANDLER_INLINE_MAX ? 0 : Shapes.handlerPartSize(entries.size());

    // Groups, numbered from 1 in order of first use.
    Map<String, Named> groupFirstUse = new LinkedHashMap<>();
    for (CodeEntry entry : entries) {
      entry.exceptionGroup()
          .filter(group -> !groupsOfEarlierDomains.contains(group.name()))
          .ifPresent(group -> groupFirstUse.putIfAbsent(group.name(), group));
    }
    groupsOfEarlierDomains.addAll(groupFirstUse.keySet());
    Map<String, Integer> groupIndex = new HashMap<>();
    groupFirstUse.keySet().forEach(group -> groupIndex.put(group, groupIndex.size() + 1));

    List<CodePlan> codes = new ArrayList<>(entries.size());
    Map<String, CodePlan> byValue = new HashMap<>();
    for (CodeEntry entry : entries) {
      int ordinal = codes.size();
      int group = entry.exceptionGroup().map(g -> groupIndex.getOrDefault(g.name(), 0)).orElse(0);
      CodePlan code = new CodePlan(entry, ordinal, Names.handlerMethod(entry.name().name()), group,
          partSize == 0 ? -1 : ordinal / partSize);
      codes.add(code);
      byValue.putIfAbsent(entry.code(), code);
    }

    List<List<CodePlan>> groupCodes = new ArrayList<>();
    groupFirstUse.keySet().forEach(group -> groupCodes.add(new ArrayList<>()));
    codes.stream().filter(code -> code.group() > 0).forEach(code -> groupCodes.get(code.group() - 1).add(code));
    List<GroupPlan> groups = new ArrayList<>();
    for (Map.Entry<String, Named> group : groupFirstUse.entrySet()) {
      int index = groupIndex.get(group.getKey());
      groups.add(new GroupPlan(group.getKey(), index, group.getValue(), groupCodes.get(index - 1)));
    }

    List<ConstantName> names = new ArrayList<>(nameCount);
    List<ConstantPart> constantParts = new ArrayList<>();
    List<ConstantName> partNames = new ArrayList<>();
    for (CodePlan code : codes) {
      List<Named> all = code.entry().allNames();
      for (int i = 0; i < all.size(); i++) {
        Named constant = all.get(i);
        int part = form == CodeForm.ENUM ? -1 : names.size() / Shapes.NAMES_PER_CONSTANT_PART;
        ConstantName planned = new ConstantName(constant, code, i > 0, Names.valueConstant(constant.name()), part);
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
        codes, names, groups, constantParts, handlerParts, partSize, textLanguages(entries, languages), byValue);
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
