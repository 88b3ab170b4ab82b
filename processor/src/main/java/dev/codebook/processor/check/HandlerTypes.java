package dev.codebook.processor.check;

import dev.codebook.processor.plan.CatalogPlan;
import dev.codebook.processor.plan.DomainPlan;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/** Finds the generated {@code <Domain>Handler} interfaces a type implements, directly or not. */
final class HandlerTypes {
  /** A generated handler interface and the planned domain it was generated from. */
  record Handler(TypeElement type, CatalogPlan catalog, DomainPlan domain) {}

  /** The handlers found, or the name of a supertype that is not resolved yet. */
  record Resolution(List<Handler> handlers, Optional<String> unresolved) {
    /** Whether kapt wrote a supertype it could not resolve as {@link #KAPT_ERROR_TYPE}: it never resolves. */
    boolean kaptErrorType() {
      return unresolved.filter(KAPT_ERROR_TYPE::equals).isPresent();
    }
  }

  /**
   * What kapt's stubs put in place of a type that does not exist yet, such as a handler generated in the same
   * compilation, unless kapt's {@code correctErrorTypes} is on: a class of its own that no later round replaces.
   * Kotlin 2 leaves such a supertype out of the stub altogether, and names it only in the class's
   * {@code @kotlin.Metadata} strings.
   */
  static final String KAPT_ERROR_TYPE = "error.NonExistentClass";
  private static final String KOTLIN_METADATA = "kotlin.Metadata";

  private final Elements elements;
  private final CatalogRegistry registry;

  HandlerTypes(Elements elements, CatalogRegistry registry) {
    this.elements = elements;
    this.registry = registry;
  }

  Resolution of(TypeElement type) {
    List<Handler> handlers = new ArrayList<>();
    Deque<TypeElement> pending = new ArrayDeque<>(List.of(type));
    Set<String> seen = new HashSet<>();
    while (!pending.isEmpty()) {
      TypeElement current = pending.pop();
      List<TypeMirror> supertypes = new ArrayList<>(current.getInterfaces());
      supertypes.add(current.getSuperclass());
      for (TypeMirror supertype : supertypes) {
        if (supertype.getKind() == TypeKind.ERROR) {
          // Not generated yet, or missing: javac's getInterfaces() keeps it as an error type.
          return new Resolution(handlers, Optional.of(supertype.toString()));
        }
        if (!(supertype instanceof DeclaredType declared)) {
          continue;
        }
        TypeElement element = (TypeElement) declared.asElement();
        if (element.getQualifiedName().contentEquals(KAPT_ERROR_TYPE)) {
          return new Resolution(handlers, Optional.of(KAPT_ERROR_TYPE));
        }
        if (!seen.add(element.getQualifiedName().toString())) {
          continue;
        }
        if (element.getKind() == ElementKind.INTERFACE) {
          handler(element).ifPresent(handlers::add);
        }
        pending.push(element);
      }
    }
    if (handlers.isEmpty() && kaptLostATypeOf(type)) {
      return new Resolution(handlers, Optional.of(KAPT_ERROR_TYPE));
    }
    return new Resolution(handlers, Optional.empty());
  }

  /** Whether {@code type} is a kapt stub of a Kotlin class whose metadata names kapt's error type. */
  private static boolean kaptLostATypeOf(TypeElement type) {
    String internalName = KAPT_ERROR_TYPE.replace('.', '/');
    return Mirrors.find(type, KOTLIN_METADATA)
        .map(metadata -> Mirrors.items(metadata, "d2").stream()
            .anyMatch(item -> internalName.equals(item.getValue())))
        .orElse(false);
  }

  private Optional<Handler> handler(TypeElement element) {
    String packageName = elements.getPackageOf(element).getQualifiedName().toString();
    String simpleName = element.getSimpleName().toString();
    // Generated handlers are top-level types; a nested user interface of the same name is not one.
    if (!simpleName.endsWith("Handler") || element.getEnclosingElement().getKind() != ElementKind.PACKAGE
        || registry.isBroken(packageName)) {
      return Optional.empty();
    }
    return registry.find(packageName).flatMap(catalog -> catalog.domains().stream()
        .filter(domain -> domain.handlerType().equals(simpleName))
        .findFirst()
        .map(domain -> new Handler(element, catalog, domain)));
  }
}
