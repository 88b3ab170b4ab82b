package dev.codebook.processor.plan;

import dev.codebook.processor.model.Alias;
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
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/**
 * Plan stage: decides, once, the shape of everything a catalog generates — each domain's form, its
 * parts, ordinals, groups, holders and member names — as a {@link CatalogPlan}. Total: it plans any parsed
 * catalog, broken ones included, so that the clash checks can run beside the other checks; a repeated
 * domain name is planned once, and a group already planned by an earlier domain is not planned again
 * (both are errors the validator reports).
 *
 * <p>A domain is planned in steps, each from what the ones before decided: its exception classes, its
 * codes, the exception, range and attribute plans that refer to codes, its public constants and the parts
 * that hold them, its handler parts, and last the holders its code type needs.
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
        DomainPlan planned = domain(domain, languages, groupNames);
        domains.add(planned);
        // A group is declared by the first domain that uses it; later domains' codes reuse its class.
        planned.exceptions().stream().filter(exception -> exception.source() == ExceptionPlan.Source.GROUP)
            .forEach(exception -> groupNames.add(exception.type()));
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

    ExceptionClasses classes = ExceptionClasses.of(domain, groupsOfEarlierDomains);
    List<AttributePlan> attributes = attributes(domain);
    List<CodePlan> codes = codes(domain, classes, attributes);
    List<ExceptionPlan> exceptions = exceptions(domain, classes, codes);
    List<RangePlan> ranges = ranges(domain, classes);
    ConstantNames constants = ConstantNames.of(name, codes, form, nameCount);
    int partSize = entries.size() <= Shapes.HANDLER_INLINE_MAX ? 0 : Shapes.handlerPartSize(entries.size());
    List<Integer> textLanguages = textLanguages(entries, languages);
    boolean exceptionColumn = codes.stream().anyMatch(code -> code.exception() > 0);

    Map<String, CodePlan> byValue = new HashMap<>();
    codes.forEach(code -> byValue.putIfAbsent(code.value(), code));
    return new DomainPlan(domain, form, Names.codeType(name), Names.domainException(name), Names.handler(name),
        codes, constants.names(), exceptions, ranges.isEmpty() ? Optional.empty() : Optional.of(Names.rangeType(name)),
        ranges, attributes, factoryParts(name, codes), constants.parts(), handlerParts(name, codes, partSize),
        partSize, textLanguages, holders(domain, form, textLanguages, exceptions, attributes, codes), exceptionColumn,
        byValue);
  }

  /**
   * The exception classes of a domain beside its own, numbered from 1: groups in order of first use, then the
   * ranges' in range order. A group named as a range's exception is that exception.
   *
   * @param index each class's number, by name
   * @param groups each group's first use, by name (not the ranges')
   * @param rangeOfException the range that names each range exception
   * @param rangeException each range's exception number, 0 when it has none
   */
  private record ExceptionClasses(Map<String, Integer> index, Map<String, Named> groups,
      Map<String, Integer> rangeOfException, int[] rangeException) {

    static ExceptionClasses of(Domain domain, Set<String> groupsOfEarlierDomains) {
      List<Range> ranges = domain.ranges();
      Map<String, Integer> rangeOfException = new LinkedHashMap<>();
      for (int i = 0; i < ranges.size(); i++) {
        int range = i;
        ranges.get(i).exception().ifPresent(exception -> rangeOfException.putIfAbsent(exception.name(), range));
      }
      Map<String, Named> groups = new LinkedHashMap<>();
      for (CodeEntry entry : domain.codes()) {
        entry.exceptionGroup()
            .filter(group -> !groupsOfEarlierDomains.contains(group.name()))
            .filter(group -> !rangeOfException.containsKey(group.name()))
            .ifPresent(group -> groups.putIfAbsent(group.name(), group));
      }
      Map<String, Integer> index = new LinkedHashMap<>();
      groups.keySet().forEach(group -> index.put(group, index.size() + 1));
      rangeOfException.keySet().forEach(exception -> index.putIfAbsent(exception, index.size() + 1));
      int[] rangeException = new int[ranges.size()];
      for (int i = 0; i < ranges.size(); i++) {
        rangeException[i] = ranges.get(i).exception().map(e -> index.get(e.name())).orElse(0);
      }
      return new ExceptionClasses(index, groups, rangeOfException, rangeException);
    }

    /** What a code's {@code exception()} creates: its group's class, else its range's, else the domain's (0). */
    int of(CodeEntry entry, OptionalInt range) {
      return entry.exceptionGroup().map(group -> index.getOrDefault(group.name(), 0))
          .filter(number -> number > 0)
          .orElse(range.isPresent() ? rangeException[range.getAsInt()] : 0);
    }
  }

  private static List<AttributePlan> attributes(Domain domain) {
    List<AttributePlan> attributes = new ArrayList<>();
    for (Attribute attribute : domain.attributes()) {
      attributes.add(new AttributePlan(attribute, attributes.size(), attribute.name().name()));
    }
    return attributes;
  }

  /** Each code by ordinal: its handler method, exception class, range, factory and attribute values. */
  private static List<CodePlan> codes(Domain domain, ExceptionClasses classes, List<AttributePlan> attributes) {
    List<CodeEntry> entries = domain.codes();
    int[] rangeOf = domain.rangeIndex().indexesOf(entries);
    List<CodePlan> codes = new ArrayList<>(entries.size());
    for (CodeEntry entry : entries) {
      int ordinal = codes.size();
      OptionalInt range = rangeOf[ordinal] >= 0 ? OptionalInt.of(rangeOf[ordinal]) : OptionalInt.empty();
      List<AttributeValue> values = new ArrayList<>();
      for (AttributePlan attribute : attributes) {
        Object value = entry.attributes().get(attribute.attribute().name().name());
        values.add(attribute.typed(value != null ? value : attribute.attribute().defaultValue().orElse(null)));
      }
      String codeName = entry.name().name();
      codes.add(new CodePlan(entry, ordinal, Names.handlerMethod(codeName), classes.of(entry, range), range,
          entry.params().isEmpty() ? Optional.empty() : Optional.of(Names.factoryMethod(codeName)), values));
    }
    return codes;
  }

  /** The exception classes beside the domain's own, with the codes that create each and the class each extends. */
  private static List<ExceptionPlan> exceptions(Domain domain, ExceptionClasses classes, List<CodePlan> codes) {
    List<ExceptionPlan> exceptions = new ArrayList<>();
    for (Map.Entry<String, Integer> exception : classes.index().entrySet()) {
      int index = exception.getValue();
      List<CodePlan> own = codes.stream().filter(code -> code.exception() == index).toList();
      Named group = classes.groups().get(exception.getKey());
      if (group != null) {
        exceptions.add(new ExceptionPlan(exception.getKey(), index, ExceptionPlan.Source.GROUP,
            groupParent(own, classes.rangeException()), group, own));
      } else {
        Range range = domain.ranges().get(classes.rangeOfException().get(exception.getKey()));
        exceptions.add(new ExceptionPlan(exception.getKey(), index, ExceptionPlan.Source.RANGE, 0,
            range.exception().orElseThrow(), own));
      }
    }
    return exceptions;
  }

  /**
   * The class a group extends: the exception of the one range that holds all its codes, if that
   * range has one; else the domain's. (A group across ranges is an error the validator reports.)
   */
  private static int groupParent(List<CodePlan> codes, int[] rangeException) {
    OptionalInt range = codes.isEmpty() ? OptionalInt.empty() : codes.get(0).range();
    for (CodePlan code : codes) {
      if (!code.range().equals(range)) {
        return 0;
      }
    }
    return range.isPresent() ? rangeException[range.getAsInt()] : 0;
  }

  private static List<RangePlan> ranges(Domain domain, ExceptionClasses classes) {
    List<RangePlan> ranges = new ArrayList<>();
    for (int i = 0; i < domain.ranges().size(); i++) {
      Range range = domain.ranges().get(i);
      ranges.add(new RangePlan(range, i, Names.rangeConstant(range.name().name()), classes.rangeException()[i]));
    }
    return ranges;
  }

  /**
   * The public constants, each code's canonical name followed by its aliases, and in the class form the
   * parts that declare them, {@link Shapes#NAMES_PER_CONSTANT_PART} names each.
   */
  private record ConstantNames(List<ConstantName> names, List<ConstantPart> parts) {
    static ConstantNames of(String domain, List<CodePlan> codes, CodeForm form, int nameCount) {
      List<ConstantName> names = new ArrayList<>(nameCount);
      for (CodePlan code : codes) {
        Named canonical = code.entry().name();
        names.add(new ConstantName(canonical, code, Optional.empty(), Names.valueConstant(canonical.name())));
        for (Alias alias : code.aliases()) {
          names.add(new ConstantName(alias.name(), code, Optional.of(alias), Names.valueConstant(alias.name().name())));
        }
      }
      List<ConstantPart> parts = new ArrayList<>();
      if (form == CodeForm.CLASS) {
        for (int from = 0; from < names.size(); from += Shapes.NAMES_PER_CONSTANT_PART) {
          parts.add(new ConstantPart(Names.constantPart(domain, parts.size()), parts.size(),
              names.subList(from, Math.min(names.size(), from + Shapes.NAMES_PER_CONSTANT_PART))));
        }
      }
      return new ConstantNames(names, parts);
    }
  }

  /** The classes that declare the typed factories, when there are more than one class holds. */
  private static List<FactoryPart> factoryParts(String domain, List<CodePlan> codes) {
    List<CodePlan> factories = codes.stream().filter(code -> code.factory().isPresent()).toList();
    List<FactoryPart> parts = new ArrayList<>();
    if (factories.size() > Shapes.FACTORIES_PER_CLASS) {
      for (int from = 0; from < factories.size(); from += Shapes.FACTORIES_PER_CLASS) {
        parts.add(new FactoryPart(Names.factoryPart(domain, parts.size()), parts.size(),
            factories.subList(from, Math.min(factories.size(), from + Shapes.FACTORIES_PER_CLASS))));
      }
    }
    return parts;
  }

  private static List<HandlerPart> handlerParts(String domain, List<CodePlan> codes, int partSize) {
    List<HandlerPart> parts = new ArrayList<>();
    for (int from = 0; partSize > 0 && from < codes.size(); from += partSize) {
      int index = parts.size();
      parts.add(new HandlerPart(Names.handlerPart(domain, index), index, from, Math.min(codes.size(), from + partSize)));
    }
    return parts;
  }

  /** The holders the code type needs, in the order it declares them. */
  private static List<HolderPlan> holders(Domain domain, CodeForm form, List<Integer> textLanguages,
      List<ExceptionPlan> exceptions, List<AttributePlan> attributes, List<CodePlan> codes) {
    List<HolderPlan> holders = new ArrayList<>();
    holders.add(new HolderPlan(Holder.CONSTANTS, 0));
    holders.add(new HolderPlan(Holder.INDEX, 0));
    holders.add(new HolderPlan(Holder.KINDS, 0));
    textLanguages.forEach(language -> holders.add(new HolderPlan(Holder.TEXTS, language)));
    if (textLanguages.size() > 1) {
      holders.add(new HolderPlan(Holder.LANGUAGES, 0));
    }
    if (!exceptions.isEmpty()) {
      holders.add(new HolderPlan(Holder.EXCEPTIONS, 0));
    }
    if (domain.codeType() == dev.codebook.processor.model.CodeType.INT) {
      holders.add(new HolderPlan(Holder.CODE_TEXTS, 0));
    }
    if (form == CodeForm.CLASS) {
      holders.add(new HolderPlan(Holder.NAMES, 0));
    }
    if (!domain.ranges().isEmpty()) {
      holders.add(new HolderPlan(Holder.RANGES, 0));
    }
    attributes.forEach(attribute -> holders.add(new HolderPlan(Holder.ATTRIBUTES, attribute.index())));
    if (codes.stream().anyMatch(code -> !code.params().isEmpty())) {
      holders.add(new HolderPlan(Holder.PARAMS, 0));
    }
    return holders;
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
