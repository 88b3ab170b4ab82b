package dev.codebook.processor.validate;

import dev.codebook.processor.model.SourcePosition;
import dev.codebook.processor.diag.Message;
import dev.codebook.processor.diag.Problem;
import dev.codebook.processor.naming.Names;
import dev.codebook.processor.plan.CatalogPlan;
import dev.codebook.processor.plan.CodePlan;
import dev.codebook.processor.plan.ConstantName;
import dev.codebook.processor.plan.DomainPlan;
import dev.codebook.processor.plan.PlannedType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Validate stage, on the plan: every generated type and member name is declared once and hides
 * nothing the generated code uses, and every exception group fits the ranges of its codes. Names
 * that the catalog validator already refused (not identifiers, duplicates) are left to its messages.
 */
public final class PlanValidator {
  private final List<Problem> problems = new ArrayList<>();

  private PlanValidator() {}

  public static List<Problem> validate(CatalogPlan plan) {
    PlanValidator validator = new PlanValidator();
    validator.types(plan);
    Set<String> typeNames = new HashSet<>(Names.REFERENCED_SIMPLE_NAMES);
    plan.types().forEach(type -> typeNames.add(type.simpleName()));
    for (DomainPlan domain : plan.domains()) {
      validator.constantsHidingTypes(domain, typeNames);
      validator.constants(domain);
      validator.handlerMethods(domain);
      validator.factories(domain);
      validator.attributes(domain);
      validator.rangeConstants(domain);
      validator.groupsAgainstRanges(domain);
    }
    return List.copyOf(validator.problems);
  }

  /** What claims a member name: the catalog name it comes from, described for a message. */
  private record Claim(String source, String what, SourcePosition position) {
    String describe() {
      return what + " at " + position;
    }
  }

  /**
   * Types are compared ignoring case, since {@code Sdk} and {@code SDK} would overwrite each other's
   * files on macOS and Windows; and a name the generated code refers to ({@code RuntimeException} from
   * a domain named {@code Runtime}) would shadow it.
   */
  private void types(CatalogPlan plan) {
    Map<String, PlannedType> claimed = new HashMap<>();
    for (PlannedType type : plan.types()) {
      if (Names.typeStemProblem(type.simpleName()).isPresent()) {
        continue; // From a stem the catalog validator refused.
      }
      if (type.simpleName().equals(Names.UNKNOWN_CODE_HANDLER)) {
        problems.add(Problem.of(Message.INVALID_TYPE_NAME, type.position(), "generated type", type.simpleName(),
            "every handler has a nested " + Names.UNKNOWN_CODE_HANDLER + " (for " + type.owner() + ")"));
        continue;
      }
      if (Names.REFERENCED_SIMPLE_NAMES.contains(type.simpleName())) {
        problems.add(Problem.of(Message.INVALID_TYPE_NAME, type.position(), "generated type", type.simpleName(),
            "it would hide java's own " + type.simpleName() + " in generated code (for " + type.owner() + ")"));
        continue;
      }
      PlannedType first = claimed.putIfAbsent(type.simpleName().toLowerCase(Locale.ROOT), type);
      if (first != null) {
        problems.add(Problem.of(Message.TYPE_NAME_CLASH, type.position(), type.simpleName(),
            first.owner() + " at " + first.position(), type.owner() + " at " + type.position()));
      }
    }
  }

  /**
   * A constant named like a type that generated code refers to ({@code Long}, {@code Integer}, the
   * catalog's own {@code NetTables}) would obscure it inside the code type: Java takes {@code Long.X}
   * there as the field {@code Long}. Names may hold lower-case letters, so this can happen.
   */
  private void constantsHidingTypes(DomainPlan domain, Set<String> typeNames) {
    for (ConstantName name : domain.names()) {
      if (typeNames.contains(name.name().name())) {
        problems.add(Problem.of(Message.INVALID_CODE_NAME, name.name().position(), name.name().name(),
            "it is the name of a type that the generated code of this catalog uses, which it would hide; rename it"));
      }
    }
  }

  /** The static fields of a code type: each constant, and its value constant ({@code X} beside {@code X_VALUE}). */
  private void constants(DomainPlan domain) {
    Map<String, Claim> fields = new HashMap<>();
    for (ConstantName name : domain.names()) {
      if (Names.codeNameProblem(name.name().name()).isPresent()) {
        continue;
      }
      String source = name.name().name();
      claim(fields, domain.codeType(), source, new Claim(source, "the code name", name.name().position()));
      claim(fields, domain.codeType(), name.valueConstant(),
          new Claim(source, "the value constant of " + source, name.name().position()));
    }
  }

  /** The per-code methods of a handler: {@code HTTP_2} and {@code HTTP2} both give {@code onHttp2}. */
  private void handlerMethods(DomainPlan domain) {
    Map<String, Claim> methods = new HashMap<>();
    for (CodePlan code : domain.codes()) {
      String source = code.constant();
      if (Names.codeNameProblem(source).isEmpty()) {
        claim(methods, domain.handlerType(), code.handlerMethod() + "(String)",
            new Claim(source, source, code.entry().name().position()));
      }
    }
  }

  /**
   * The typed factories of a domain's exception: each name once, and none the name of an exception's
   * own member ({@code args}, {@code getMessage}, ...), whatever the parameters.
   */
  private void factories(DomainPlan domain) {
    Map<String, Claim> methods = new HashMap<>();
    for (String member : Names.EXCEPTION_MEMBERS) {
      methods.put(member, new Claim("", "the exceptions' own " + member + "()", domain.domain().name().position()));
    }
    for (CodePlan code : domain.factories()) {
      String source = code.constant();
      if (Names.codeNameProblem(source).isEmpty()) {
        claim(methods, domain.exceptionType(), code.factory().orElseThrow(),
            new Claim(source, "the factory of " + source, code.entry().name().position()));
      }
    }
  }

  /**
   * A group's class extends the exception of the range that holds its codes, so a group's codes lie
   * in one range; and a group with codes in a range that has an exception holds none outside it (they
   * would throw the range's exception without being in the range).
   */
  private void groupsAgainstRanges(DomainPlan domain) {
    if (!domain.domain().rangesComplete()) {
      // A range was rejected or ranges overlap (reported already): which range holds a code is not known.
      return;
    }
    for (dev.codebook.processor.plan.ExceptionPlan group : domain.exceptions()) {
      if (group.source() != dev.codebook.processor.plan.ExceptionPlan.Source.GROUP) {
        codesNamingARangeException(domain, group);
        continue;
      }
      java.util.Set<Integer> ranges = new java.util.TreeSet<>();
      group.codes().forEach(code -> ranges.add(code.range().orElse(-1))); // -1: outside every range
      List<String> inRanges = ranges.stream().filter(range -> range >= 0)
          .map(range -> domain.ranges().get(range).range().name().name()).toList();
      java.util.Optional<dev.codebook.processor.plan.RangePlan> withException = ranges.stream()
          .filter(range -> range >= 0).map(range -> domain.ranges().get(range))
          .filter(range -> range.exception() > 0).findFirst();
      SourcePosition at = group.declaredAt().position();
      if (inRanges.size() > 1) {
        problems.add(Problem.of(Message.GROUP_ACROSS_RANGES, at, group.type(), domain.name(),
            "has codes in ranges " + String.join(" and ", inRanges) + ": a group's codes lie in one range"));
      } else if (ranges.contains(-1) && withException.isPresent()) {
        problems.add(Problem.of(Message.GROUP_ACROSS_RANGES, at, group.type(), domain.name(),
            "has codes in range " + withException.get().range().name().name() + ", which has the exception "
                + domain.exceptionType(withException.get().exception()) + ", and codes outside it"));
      }
    }
  }

  /**
   * A code that names a range's exception as its group lies in a range with that exception: else it
   * would throw, as {@code RbException}, a code that is not in {@code Rb} (and escape its own range's).
   */
  private void codesNamingARangeException(DomainPlan domain, dev.codebook.processor.plan.ExceptionPlan exception) {
    for (CodePlan code : exception.codes()) {
      boolean inIt = code.range().isPresent()
          && domain.ranges().get(code.range().getAsInt()).exception() == exception.index();
      if (inIt || code.entry().exceptionGroup().isEmpty()) {
        continue;
      }
      List<String> owners = domain.ranges().stream().filter(range -> range.exception() == exception.index())
          .map(range -> range.range().name().name()).toList();
      String where = code.range().isPresent()
          ? "in range " + domain.ranges().get(code.range().getAsInt()).range().name().name()
          : "outside every range";
      problems.add(Problem.of(Message.GROUP_ACROSS_RANGES, code.entry().exceptionGroup().get().position(),
          exception.type(), domain.name(), "is the exception of range " + String.join(" and ", owners)
              + ", but code " + domain.codeText(code) + " " + code.constant() + " names it and is " + where
              + ": a range's exception is for its own codes"));
    }
  }

  /** The constants of a range type: {@code ClientError} and {@code CLIENTError} both give {@code CLIENT_ERROR}. */
  private void rangeConstants(DomainPlan domain) {
    Map<String, Claim> constants = new HashMap<>();
    for (dev.codebook.processor.plan.RangePlan range : domain.ranges()) {
      String source = range.range().name().name();
      if (Names.typeStemProblem(source).isEmpty()) {
        claim(constants, domain.rangeType().orElseThrow(), range.constant(),
            new Claim(source, "range " + source, range.range().name().position()));
      }
    }
  }

  /** The attribute accessors of a code type: none the name of a code type's own member ({@code code}, {@code name}, ...). */
  private void attributes(DomainPlan domain) {
    Map<String, Claim> methods = new HashMap<>();
    for (String member : Names.CODE_TYPE_MEMBERS) {
      methods.put(member, new Claim("", "the code type's own " + member + "()", domain.domain().name().position()));
    }
    for (dev.codebook.processor.plan.AttributePlan attribute : domain.attributes()) {
      String name = attribute.attribute().name().name();
      claim(methods, domain.codeType(), attribute.accessor(),
          new Claim(name, "attribute " + name, attribute.attribute().position()));
    }
  }

  /** Claims a member; two claims from one catalog name are a duplicate name, reported by the catalog validator. */
  private void claim(Map<String, Claim> members, String type, String member, Claim claim) {
    Claim first = members.putIfAbsent(member, claim);
    if (first != null && !first.source().equals(claim.source())) {
      problems.add(Problem.of(Message.MEMBER_NAME_CLASH, claim.position(), type, member, first.describe(),
          claim.describe()));
    }
  }
}
