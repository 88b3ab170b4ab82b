package dev.codebook.processor.check;

import dev.codebook.processor.locate.JavacTrees;
import dev.codebook.processor.model.Alias;
import dev.codebook.processor.model.CodeEntry;
import dev.codebook.processor.naming.Names;
import dev.codebook.processor.diag.Spelling;
import dev.codebook.processor.plan.CatalogPlan;
import dev.codebook.processor.plan.CodePlan;
import dev.codebook.processor.plan.DomainPlan;
import dev.codebook.processor.diag.Message;
import dev.codebook.processor.diag.Reporter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * {@code @Handles}: every raw code a method declares is a code of the named domain, no two methods of
 * one class claim the same code, and deprecated codes are flagged. Reports on the exact annotation value.
 */
public final class HandlesChecker {
  public static final String ANNOTATION = "dev.codebook.Handles";

  private final Elements elements;
  private final CatalogRegistry registry;
  private final Reporter reporter;
  private final JavacTrees trees;
  private final DeferredTypes deferred = new DeferredTypes();

  /** {@code trees} tells which constant an annotation value names: a deprecated alias's is flagged too. */
  public HandlesChecker(Elements elements, CatalogRegistry registry, Reporter reporter, JavacTrees trees) {
    this.elements = elements;
    this.registry = registry;
    this.reporter = reporter;
    this.trees = trees;
  }

  /** The method that claimed a code first. */
  private record Claim(ExecutableElement method) {}

  /** The classes to check this round: those deferred before, then the classes of this round's annotated methods. */
  public List<TypeElement> toCheck(Set<? extends Element> annotated) {
    Set<TypeElement> fresh = new LinkedHashSet<>();
    for (Element element : annotated) {
      if (element instanceof ExecutableElement method && method.getEnclosingElement() instanceof TypeElement type) {
        fresh.add(type);
      }
    }
    return deferred.takeWith(elements, fresh);
  }

  /**
   * Checks the {@code @Handles} methods of one class. A class whose annotation values name constants
   * not generated yet ({@code codes = SdkCode.X_VALUE} in the round that generates {@code SdkCode}) is
   * deferred to a later round; on the last round javac reports the unresolved constant itself.
   */
  public void check(TypeElement type, boolean lastRound) {
    List<ExecutableElement> methods = new ArrayList<>();
    for (Element member : type.getEnclosedElements()) {
      if (member instanceof ExecutableElement method && Mirrors.find(method, ANNOTATION).isPresent()) {
        methods.add(method);
      }
    }
    boolean unresolved = methods.stream().anyMatch(method -> hasUnresolvedValue(Mirrors.find(method, ANNOTATION).get()));
    if (unresolved && !lastRound) {
      deferred.defer(type);
      return;
    }
    // In source order, so that a duplicate is reported on the later method.
    Map<String, Claim> claimed = new HashMap<>();
    for (ExecutableElement method : methods) {
      check(method, Mirrors.find(method, ANNOTATION).get(), claimed);
    }
  }

  /**
   * A constant the compiler cannot resolve yet: javac shows it as {@code <error>}; ecj hands it over as
   * the string {@code "<error>"}, even in an {@code int[]} member.
   */
  private static boolean hasUnresolvedValue(AnnotationMirror mirror) {
    return mirror.getElementValues().values().stream().anyMatch(HandlesChecker::isUnresolved)
        || Mirrors.items(mirror, "codes").stream().anyMatch(HandlesChecker::isUnresolved)
        || Mirrors.items(mirror, "stringCodes").stream().anyMatch(HandlesChecker::isUnresolved);
  }

  private static boolean isUnresolved(AnnotationValue value) {
    return value.toString().equals("<error>") || "<error>".equals(value.getValue());
  }

  private void check(ExecutableElement method, AnnotationMirror mirror, Map<String, Claim> claimed) {
    String domainName = Mirrors.string(mirror, "domain");
    if (Mirrors.items(mirror, "codes").isEmpty() && Mirrors.items(mirror, "stringCodes").isEmpty()) {
      // kapt writes a constant it cannot evaluate yet (this module's own _VALUE constants) as nothing at all.
      boolean kotlin = Mirrors.find(method.getEnclosingElement(), "kotlin.Metadata").isPresent();
      reporter.report(kotlin ? Message.HANDLES_NO_CODES_KAPT : Message.HANDLES_NO_CODES, method, mirror, null,
          method.getSimpleName(), domainName);
      return;
    }
    AnnotationValue domainValue = Mirrors.explicit(mirror, "domain").orElse(null);
    Optional<CatalogRef> found = catalog(method, mirror, domainName, domainValue);
    if (found.isEmpty()) {
      return;
    }
    CatalogRef ref = found.get();
    Optional<DomainPlan> domain = ref.catalog().domain(domainName);
    if (domain.isEmpty()) {
      List<String> names = ref.catalog().domains().stream().map(DomainPlan::name).toList();
      reporter.report(Message.HANDLES_UNKNOWN_DOMAIN, method, mirror, domainValue, ref.packageName(), domainName,
          Spelling.didYouMean(domainName, names), names);
      return;
    }
    boolean intDomain = domain.get().intCodes();
    String rightKey = intDomain ? "codes" : "stringCodes";
    String wrongKey = intDomain ? "stringCodes" : "codes";
    for (AnnotationValue wrong : Mirrors.items(mirror, wrongKey)) {
      reporter.report(Message.HANDLES_WRONG_CODE_TYPE, method, mirror, wrong, domainName,
          domain.get().domain().codeType().yamlName(), rightKey, wrongKey);
    }
    for (AnnotationValue value : Mirrors.items(mirror, rightKey)) {
      if (isUnresolved(value)) {
        continue; // the compiler reports the unresolved constant itself.
      }
      String code = String.valueOf(value.getValue());
      Optional<CodePlan> planned = domain.get().code(code);
      if (planned.isEmpty()) {
        reportUnknown(method, mirror, value, code, ref.catalog(), domain.get());
        continue;
      }
      CodeEntry known = planned.get().entry();
      String key = ref.packageName() + "/" + domainName + "/" + code;
      Claim first = claimed.putIfAbsent(key, new Claim(method));
      if (first != null) {
        String where = first.method().equals(method) ? "this same annotation" : first.method().getSimpleName() + "()";
        reporter.report(Message.HANDLES_DUPLICATE, method, mirror, value, domain.get().domain().codeText(code),
            known.name().name(), domainName, where);
      }
      if (known.isDeprecated()) {
        reporter.report(Message.HANDLES_DEPRECATED, method, mirror, value, domain.get().domain().codeText(code),
            known.name().name(), domainName,
            known.deprecation().get().isBlank() ? "see the catalog" : known.deprecation().get());
      } else {
        deprecatedAlias(known, method, mirror, value).ifPresent(alias ->
            reporter.report(Message.HANDLES_DEPRECATED, method, mirror, value, domain.get().domain().codeText(code),
                alias.name().name() + " (an alias of " + known.name().name() + ")", domainName,
                alias.deprecation().get().isBlank() ? "see the catalog" : alias.deprecation().get()));
      }
    }
  }

  /**
   * The deprecated alias whose {@code _VALUE} constant the annotation value names: a value is only a number,
   * so this reads the source as javac parsed it ({@code SdkCode.OLD_NAME_VALUE}); nothing where it cannot.
   */
  private Optional<Alias> deprecatedAlias(CodeEntry code, ExecutableElement method, AnnotationMirror mirror,
      AnnotationValue value) {
    if (code.aliases().stream().noneMatch(Alias::isDeprecated)) {
      return Optional.empty();
    }
    return trees.sourceText(method, mirror, value).flatMap(text -> {
      String constant = text.substring(text.lastIndexOf('.') + 1).strip();
      return code.aliases().stream().filter(Alias::isDeprecated)
          .filter(alias -> Names.valueConstant(alias.name().name()).equals(constant)).findFirst();
    });
  }

  private void reportUnknown(ExecutableElement method, AnnotationMirror mirror, AnnotationValue value, String code,
      CatalogPlan catalog, DomainPlan domain) {
    for (DomainPlan other : catalog.domains()) {
      // Only a domain that could take the value as written is worth naming.
      Optional<CodePlan> there = other.code(code);
      if (other != domain && other.intCodes() == domain.intCodes() && there.isPresent()) {
        reporter.report(Message.HANDLES_OTHER_DOMAIN, method, mirror, value, domain.domain().codeText(code),
            domain.name(), other.name(),
            there.get().constant());
        return;
      }
    }
    Comparator<CodeEntry> closeness = domain.intCodes()
        ? Comparator.comparingLong(entry -> Math.abs(Long.parseLong(entry.code()) - Long.parseLong(code)))
        : Comparator.comparingInt(entry -> Spelling.distance(entry.code(), code));
    String nearest = domain.codes().stream()
        .sorted(java.util.Comparator.comparing(CodePlan::entry, closeness))
        .limit(3)
        .map(planned -> domain.codeText(planned) + " " + planned.constant())
        .collect(Collectors.joining(", "));
    reporter.report(Message.HANDLES_UNKNOWN_CODE, method, mirror, value, domain.domain().codeText(code), domain.name(),
        nearest);
  }

  private record CatalogRef(String packageName, CatalogPlan catalog) {}

  /** The catalog of this compilation with the domain closest to {@code domainName}, if one is close. */
  private Optional<CatalogRef> nearDomain(String domainName) {
    Map<String, String> catalogOf = new HashMap<>();
    registry.compiled().forEach((pkg, catalog) ->
        catalog.domains().forEach(domain -> catalogOf.putIfAbsent(domain.name(), pkg)));
    return Spelling.closest(domainName, catalogOf.keySet())
        .map(catalogOf::get)
        .map(pkg -> new CatalogRef(pkg, registry.compiled().get(pkg)));
  }

  private static boolean hasDomain(CatalogPlan catalog, String domainName) {
    return catalog.domain(domainName).isPresent();
  }

  /**
   * The catalog named by {@code catalog = "..."}, else the annotated class's package's, else the one
   * catalog of this compilation that has the domain.
   */
  private Optional<CatalogRef> catalog(ExecutableElement method, AnnotationMirror mirror, String domainName,
      AnnotationValue domainValue) {
    String explicit = Mirrors.string(mirror, "catalog");
    if (!explicit.isEmpty()) {
      if (registry.isBroken(explicit)) {
        return Optional.empty();
      }
      Optional<CatalogPlan> catalog = registry.find(explicit);
      if (catalog.isEmpty()) {
        reporter.report(Message.HANDLES_NO_CATALOG, method, mirror, Mirrors.explicit(mirror, "catalog").orElse(null),
            domainName, "package " + explicit + " has no @Codebook in this compilation and no "
                + CatalogRegistry.metadataPath(explicit) + " on the class path");
      }
      return catalog.map(c -> new CatalogRef(explicit, c));
    }
    String own = elements.getPackageOf(method).getQualifiedName().toString();
    if (registry.isBroken(own)) {
      return Optional.empty();
    }
    Optional<CatalogPlan> ownCatalog = registry.find(own);
    if (ownCatalog.isPresent() && hasDomain(ownCatalog.get(), domainName)) {
      return Optional.of(new CatalogRef(own, ownCatalog.get()));
    }
    List<String> withDomain = new ArrayList<>();
    for (Map.Entry<String, CatalogPlan> entry : registry.compiled().entrySet()) {
      if (hasDomain(entry.getValue(), domainName)) {
        withDomain.add(entry.getKey());
      }
    }
    if (withDomain.isEmpty() && ownCatalog.isPresent()) {
      // Not found anywhere: the class's own catalog is the one to name its domains and suggest one.
      return Optional.of(new CatalogRef(own, ownCatalog.get()));
    }
    if (withDomain.size() == 1) {
      return Optional.of(new CatalogRef(withDomain.get(0), registry.compiled().get(withDomain.get(0))));
    }
    if (withDomain.isEmpty() && registry.anyBroken()) {
      return Optional.empty(); // Probably in the broken catalog, whose errors are already shown.
    }
    Optional<CatalogRef> near = nearDomain(domainName);
    if (withDomain.size() > 1) {
      reporter.report(Message.HANDLES_AMBIGUOUS_CATALOG, method, mirror, domainValue, domainName, withDomain);
    } else if (near.isPresent()) {
      // A slip of the pen, not a catalog compiled elsewhere: name the domain it is close to.
      List<String> names = near.get().catalog().domains().stream().map(DomainPlan::name).toList();
      reporter.report(Message.HANDLES_UNKNOWN_DOMAIN, method, mirror, domainValue, near.get().packageName(),
          domainName, Spelling.didYouMean(domainName, names), names);
    } else {
      reporter.report(Message.HANDLES_NO_CATALOG, method, mirror, domainValue, domainName,
          "not in package " + own + ", nor in a @Codebook of this compilation; name the catalog's package with"
              + " catalog = \"...\" when it is compiled elsewhere");
    }
    return Optional.empty();
  }
}
