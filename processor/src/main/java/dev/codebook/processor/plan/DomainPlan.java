package dev.codebook.processor.plan;

import dev.codebook.processor.model.CodeType;
import dev.codebook.processor.model.Domain;
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
 * @param exceptions the exception classes beside the domain's own: named groups in order of first use,
 *     then the ranges' in range order; an exception's {@code index} is its position + 1
 * @param rangeType simple name of {@code <Domain>Range}, when the domain has ranges
 * @param ranges the domain's ranges, in catalog order
 * @param attributes the domain's attributes, in catalog order
 * @param factoryParts the classes that declare the typed exception factories when they are too many for
 *     {@code <Domain>Exception}; empty when it declares them all
 * @param constantParts the interfaces holding the constants of a class-form domain; empty for an enum
 * @param handlerParts the interfaces holding the handler's per-code methods; empty when the handler holds them
 * @param handlerPartSize codes per handler part (a power of two), or 0 without parts
 * @param textLanguages indexes into {@link CatalogPlan#languages()} for which some code of the domain has a
 *     message or advice, ascending; always starts with 0, the catalog's own language
 * @param holders the nested holder classes of the code type, in the order it declares them
 * @param exceptionColumn whether some code's {@code exception()} creates another class than the domain's own,
 *     so that the code type keeps a column of exception classes
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
    List<ExceptionPlan> exceptions,
    Optional<String> rangeType,
    List<RangePlan> ranges,
    List<AttributePlan> attributes,
    List<FactoryPart> factoryParts,
    List<ConstantPart> constantParts,
    List<HandlerPart> handlerParts,
    int handlerPartSize,
    List<Integer> textLanguages,
    List<HolderPlan> holders,
    boolean exceptionColumn,
    Map<String, CodePlan> codesByValue) {

  public DomainPlan {
    codes = List.copyOf(codes);
    names = List.copyOf(names);
    exceptions = List.copyOf(exceptions);
    ranges = List.copyOf(ranges);
    attributes = List.copyOf(attributes);
    factoryParts = List.copyOf(factoryParts);
    constantParts = List.copyOf(constantParts);
    handlerParts = List.copyOf(handlerParts);
    textLanguages = List.copyOf(textLanguages);
    holders = List.copyOf(holders);
    codesByValue = Map.copyOf(codesByValue);
  }

  public String name() {
    return domain.name().name();
  }

  public boolean intCodes() {
    return domain.codeType() == CodeType.INT;
  }

  /** How the domain writes its codes. */
  public dev.codebook.processor.model.CodeFormat codeFormat() {
    return domain.codeFormat();
  }

  /** A code's value as the domain writes it: {@code 0x80004005} in a hex domain, as written in a string one. */
  public String codeText(CodePlan code) {
    return domain.codeText(code.value());
  }

  /** Whether the code type has this holder. */
  public boolean has(Holder holder) {
    return holders.stream().anyMatch(planned -> planned.holder() == holder);
  }

  /** Whether the code type has holder number {@code index} of this kind ({@code Texts$2}, {@code Attributes$0}). */
  public boolean has(Holder holder, int index) {
    return holders.contains(new HolderPlan(holder, index));
  }

  /** The exception class with this index: 0 is the domain's own. */
  public String exceptionType(int index) {
    return index == 0 ? exceptionType : exceptions.get(index - 1).type();
  }

  /** The exception class with this index and every class of the domain it extends, the domain's own last. */
  public List<String> exceptionTypes(int index) {
    List<String> types = new java.util.ArrayList<>();
    for (int at = index; at != 0; at = exceptions.get(at - 1).parent()) {
      types.add(exceptions.get(at - 1).type());
    }
    types.add(exceptionType);
    return types;
  }

  /** The codes that have a typed exception factory, in catalog order. */
  public List<CodePlan> factories() {
    return codes.stream().filter(code -> code.factory().isPresent()).toList();
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
