package dev.codebook.processor.check;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Types whose check waits for a later round, because they name types or constants generated in this
 * one. Kept by name: a later round's root elements no longer include them, so they are fetched again.
 */
final class DeferredTypes {
  private final Set<String> names = new LinkedHashSet<>();

  void defer(TypeElement type) {
    names.add(type.getQualifiedName().toString());
  }

  /** The deferred types, fetched again by name, then {@code fresh} ones, each once; forgets the deferred. */
  List<TypeElement> takeWith(Elements elements, Collection<TypeElement> fresh) {
    Set<TypeElement> types = new LinkedHashSet<>();
    for (String name : names) {
      TypeElement type = elements.getTypeElement(name);
      if (type != null) {
        types.add(type);
      }
    }
    names.clear();
    types.addAll(fresh);
    return new ArrayList<>(types);
  }
}
