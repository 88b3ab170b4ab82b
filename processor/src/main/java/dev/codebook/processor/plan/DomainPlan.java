package dev.codebook.processor.plan;

import dev.codebook.processor.catalog.CodeType;
import dev.codebook.processor.catalog.Domain;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One domain as it will be generated: the shape of its code type, every constant, group and part, in
 * the order the generators write them.
 *
 * @param domain the domain as the catalog wrote it
 * @param form whether the code type is an enum or a class spread over constant parts
 * @param codeType simple name of {@code <Domain>Code}
 * @param exceptionType simple name of {@code <Domain>Exception}
 * @param handlerType simple name of {@code <Domain>Handler}
 * @param codes every code by ordinal
 * @param names every public constant: each code's canonical name followed by its aliases, in catalog order
 * @param groups the named exception groups, in order of first use; a group's {@code index} is its position + 1
 * @param constantParts the interfaces holding the constants of a class-form domain; empty for an enum
 * @param handlerParts the interfaces holding the handler's per-code methods; empty when the handler holds them
 * @param handlerPartSize codes per handler part (a power of two), or 0 without parts
 * @param textLanguages indexes into {@link CatalogPlan#languages()} for which some code of the domain has a
 *     message or advice, ascending; always starts with 0, the catalog's own language
 * @param codesByValue each code by its value as written, for checks that look codes up by value
 */
public record DomainPlan(
    Domain domain,
    CodeForm form,
    String codeType,
    String exceptionType,
    String handlerType,
    List<CodePlan> codes,
    List<ConstantName> names,
    List<GroupPlan> groups,
    List<ConstantPart> constantParts,
    List<HandlerPart> handlerParts,
    int handlerPartSize,
    List<Integer> textLanguages,
    Map<String, CodePlan> codesByValue) {

  public DomainPlan {
    codes = List.copyOf(codes);
    names = List.copyOf(names);
    groups = List.copyOf(groups);
    constantParts = List.copyOf(constantParts);
    handlerParts = List.copyOf(handlerParts);
    textLanguages = List.copyOf(textLanguages);
    codesByValue = Map.copyOf(codesByValue);
  }

  public String name() {
    return domain.name().name();
  }

  public boolean intCodes() {
    return domain.codeType() == CodeType.INT;
  }

  /** The code with this value as written (canonical decimal text for int domains). */
  public Optional<CodePlan> code(String value) {
    return Optional.ofNullable(codesByValue.get(value));
  }

  /** Every type generated for the handler: the interface, then its parts. */
  public List<String> handlerTypes() {
    return java.util.stream.Stream.concat(java.util.stream.Stream.of(handlerType),
        handlerParts.stream().map(HandlerPart::type)).toList();
  }
}
