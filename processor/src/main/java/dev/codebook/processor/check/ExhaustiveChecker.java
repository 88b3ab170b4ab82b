package dev.codebook.processor.check;

import dev.codebook.processor.model.CodeEntry;
import dev.codebook.processor.model.Kind;
import dev.codebook.processor.diag.Message;
import dev.codebook.processor.diag.Reporter;
import dev.codebook.processor.plan.CodePlan;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * {@code @Exhaustive}: a class implementing a generated handler overrides the per-code method of every
 * non-deprecated code of the named kinds. A class whose handler is generated in this compilation is not
 * resolved in the first round; it is kept by name and checked again in later rounds.
 */
public final class ExhaustiveChecker {
  public static final String ANNOTATION = "dev.codebook.Exhaustive";
  /** Most missing codes one error lists; a 20,000-code domain would otherwise print them all. */
  private static final int LISTED_MISSING = 100;

  private final Elements elements;
  private final CatalogRegistry registry;
  private final HandlerTypes handlerTypes;
  private final Reporter reporter;
  private final DeferredTypes deferred = new DeferredTypes();

  public ExhaustiveChecker(Elements elements, CatalogRegistry registry, Reporter reporter) {
    this.elements = elements;
    this.registry = registry;
    this.handlerTypes = new HandlerTypes(elements, registry);
    this.reporter = reporter;
  }

  /** The types to check this round: those deferred before, then this round's annotated ones. */
  public List<TypeElement> toCheck(Set<? extends Element> annotated) {
    List<TypeElement> fresh = new ArrayList<>();
    for (Element element : annotated) {
      if (element instanceof TypeElement type) {
        fresh.add(type);
      }
    }
    return deferred.takeWith(elements, fresh);
  }

  /** Checks one type, or defers it when its handler is not generated yet; on the last round, reports it. */
  public void check(TypeElement type, boolean lastRound) {
    AnnotationMirror mirror = Mirrors.find(type, ANNOTATION).orElse(null);
    HandlerTypes.Resolution resolution = handlerTypes.of(type);
    if (resolution.kaptErrorType()) {
      reporter.report(Message.EXHAUSTIVE_KAPT_ERROR_TYPE, type, mirror, null, type.getQualifiedName());
      return;
    }
    if (resolution.unresolved().isPresent()) {
      if (lastRound && !registry.anyBroken()) {
        reporter.report(Message.EXHAUSTIVE_UNRESOLVED, type, mirror, null, type.getQualifiedName(),
            resolution.unresolved().get());
      } else if (!lastRound) {
        deferred.defer(type);
      }
      // At the last round with a broken catalog: the missing handler is most likely its own, already reported.
      return;
    }
    if (resolution.handlers().isEmpty()) {
      reporter.report(Message.EXHAUSTIVE_NOT_A_HANDLER, type, mirror, null, type.getQualifiedName());
      return;
    }
    Set<Kind> kinds = kinds(mirror);
    if (kinds.isEmpty()) {
      reporter.report(Message.EXHAUSTIVE_NO_KINDS, type, mirror, Mirrors.explicit(mirror, "value").orElse(null),
          type.getQualifiedName());
      return;
    }
    for (HandlerTypes.Handler handler : resolution.handlers()) {
      Set<String> generated = handler.domain().handlerTypes().stream()
          .map(name -> handler.catalog().packageName() + "." + name)
          .collect(Collectors.toSet());
      Set<String> overridden = overriddenPerCodeMethods(type, generated);
      List<CodePlan> missing = new ArrayList<>();
      for (CodePlan code : handler.domain().codes()) {
        CodeEntry entry = code.entry();
        if (kinds.contains(entry.kind()) && !entry.isDeprecated() && !overridden.contains(code.handlerMethod())) {
          missing.add(code);
        }
      }
      if (!missing.isEmpty()) {
        StringBuilder list = new StringBuilder();
        for (CodePlan code : missing.subList(0, Math.min(LISTED_MISSING, missing.size()))) {
          CodeEntry entry = code.entry();
          list.append("\n  ").append(handler.domain().codeText(code)).append(' ').append(entry.name().name())
              .append(" (").append(entry.text().message()).append("): override ")
              .append(code.handlerMethod()).append("(String)");
        }
        if (missing.size() > LISTED_MISSING) {
          list.append(String.format(Locale.ROOT, "\n  and %,d more", missing.size() - LISTED_MISSING));
        }
        String kindNames = kinds.stream().map(kind -> kind.name().toLowerCase(Locale.ROOT))
            .collect(Collectors.joining(" or "));
        reporter.report(Message.EXHAUSTIVE_MISSING, type, mirror, null, type.getSimpleName(), missing.size(),
            kindNames, missing.size() == 1 ? "" : "s", handler.type().getSimpleName(), list);
      }
    }
  }

  /**
   * Names of the one-{@code String} methods whose most specific declaration in {@code type} comes from
   * elsewhere than the generated handler and its parts ({@code generatedTypes}, qualified); read once per handler, not once per code
   * ({@code getAllMembers} builds the whole member list on every call).
   */
  private Set<String> overriddenPerCodeMethods(TypeElement type, Set<String> generatedTypes) {
    Set<String> names = new HashSet<>();
    for (Element member : elements.getAllMembers(type)) {
      if (member.getKind() == ElementKind.METHOD
          && ((ExecutableElement) member).getParameters().size() == 1
          && isString(((ExecutableElement) member).getParameters().get(0).asType())
          && !isGenerated(member.getEnclosingElement(), generatedTypes)) {
        names.add(member.getSimpleName().toString());
      }
    }
    return names;
  }

  /** Whether {@code owner} is the handler or one of its parts (qualified names). */
  private static boolean isGenerated(Element owner, Set<String> generatedTypes) {
    return owner instanceof TypeElement ownerType && generatedTypes.contains(ownerType.getQualifiedName().toString());
  }

  /** By element, not by text: {@code @Nullable String} prints differently but is still a String. */
  private static boolean isString(TypeMirror type) {
    return type instanceof DeclaredType declared
        && ((TypeElement) declared.asElement()).getQualifiedName().contentEquals("java.lang.String");
  }

  private static Set<Kind> kinds(AnnotationMirror mirror) {
    Set<Kind> kinds = EnumSet.noneOf(Kind.class);
    Optional<AnnotationValue> written = mirror == null ? Optional.empty() : Mirrors.explicit(mirror, "value");
    if (written.isEmpty()) {
      return EnumSet.of(Kind.FAILURE);
    }
    for (AnnotationValue item : Mirrors.items(mirror, "value")) {
      if (item.getValue() instanceof VariableElement constant) {
        Kind.fromYaml(constant.getSimpleName().toString().toLowerCase(Locale.ROOT)).ifPresent(kinds::add);
      }
    }
    return kinds;
  }
}
