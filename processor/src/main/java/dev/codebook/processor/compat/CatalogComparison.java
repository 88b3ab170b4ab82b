package dev.codebook.processor.compat;

import dev.codebook.processor.diag.Message;
import dev.codebook.processor.diag.Problem;
import dev.codebook.processor.model.Acceptance;
import dev.codebook.processor.model.Attribute;
import dev.codebook.processor.model.Catalog;
import dev.codebook.processor.model.CodeEntry;
import dev.codebook.processor.model.Domain;
import dev.codebook.processor.model.Named;
import dev.codebook.processor.model.Param;
import dev.codebook.processor.model.Range;
import dev.codebook.processor.model.Reserved;
import dev.codebook.processor.model.SourcePosition;
import dev.codebook.processor.plan.CatalogPlan;
import dev.codebook.processor.plan.CodePlan;
import dev.codebook.processor.plan.DomainPlan;
import dev.codebook.processor.plan.Shapes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Compares a catalog with its previous version, as {@code buf breaking} compares schemas: every change
 * that breaks a client of the generated code or of the codes themselves is a finding at the new
 * catalog's line (at the nearest thing still there for what is gone), tagged {@code breaking-...}. A
 * {@code breaking:} key on the code, range, attribute, domain or catalog accepts its findings; one that
 * accepts none is a warning. Additions, texts, translations and deprecations are no findings.
 */
public final class CatalogComparison {
  /** A finding, and what a {@code breaking:} key must be written on to accept it. */
  private record Finding(Problem problem, Acceptance.Subject subject, String domain, String name) {}

  private final Catalog current;
  private final List<Finding> findings = new ArrayList<>();

  private CatalogComparison(Catalog current) {
    this.current = current;
  }

  /**
   * The findings of {@code current} against {@code baseline}, less those its {@code breaking:} keys
   * accept, then a warning for each key that accepts none; as warnings when {@code warnOnly}.
   */
  public static List<Problem> compare(CatalogPlan baseline, CatalogPlan current, boolean warnOnly) {
    CatalogComparison comparison = new CatalogComparison(current.catalog());
    comparison.catalog(baseline, current);
    List<Problem> problems = new ArrayList<>();
    Set<Acceptance> used = new HashSet<>();
    for (Finding finding : comparison.findings) {
      Optional<Acceptance> accepted = comparison.acceptance(finding);
      if (accepted.isPresent()) {
        used.add(accepted.get());
      } else {
        problems.add(warnOnly ? finding.problem().asWarning() : finding.problem());
      }
    }
    for (Acceptance acceptance : current.catalog().acceptances()) {
      if (!used.contains(acceptance)) {
        problems.add(Problem.of(Message.BREAKING_UNUSED, acceptance.position(), describe(acceptance)));
      }
    }
    return problems;
  }

  private static String describe(Acceptance acceptance) {
    return switch (acceptance.subject()) {
      case CATALOG -> "catalog " + acceptance.name();
      case DOMAIN -> "domain " + acceptance.name();
      case CODE -> "code " + acceptance.name() + " of domain " + acceptance.domain();
      case RANGE -> "range " + acceptance.name() + " of domain " + acceptance.domain();
      case ATTRIBUTE -> "attribute " + acceptance.name() + " of domain " + acceptance.domain();
    };
  }

  /**
   * The key that accepts a finding: the one on its subject, and only that, so that a key left in the catalog
   * after a release waives nothing else: a domain's accepts what is gone from the domain or changed in it as
   * a whole, the catalog's what is gone from the catalog or its renaming.
   */
  private Optional<Acceptance> acceptance(Finding finding) {
    return current.acceptances().stream().filter(a -> a.subject() == finding.subject()
        && a.domain().equals(finding.domain()) && a.name().equals(finding.name())).findFirst();
  }

  private void finding(Acceptance.Subject subject, String domain, String name, Message message,
      SourcePosition position, Object... args) {
    findings.add(new Finding(Problem.of(message, position, args), subject, domain, name));
  }

  // ---- catalog and domains ----

  private void catalog(CatalogPlan baseline, CatalogPlan plan) {
    Named name = current.name();
    String catalogName = name.name();
    if (!baseline.catalog().name().name().equals(catalogName)) {
      finding(Acceptance.Subject.CATALOG, "", catalogName, Message.BREAKING_CATALOG_RENAMED, name.position(),
          catalogName, baseline.catalog().name().name());
    }
    for (DomainPlan old : baseline.domains()) {
      Optional<DomainPlan> now = plan.domain(old.name());
      if (now.isEmpty()) {
        finding(Acceptance.Subject.CATALOG, "", catalogName, Message.BREAKING_DOMAIN_REMOVED, name.position(),
            old.name());
      } else if (now.get().domain().codeType() != old.domain().codeType()) {
        finding(Acceptance.Subject.DOMAIN, old.name(), old.name(), Message.BREAKING_CODE_TYPE,
            now.get().domain().position(), old.name(), now.get().domain().codeType().yamlName(),
            old.domain().codeType().yamlName());
      } else {
        if (now.get().form() != old.form()) {
          finding(Acceptance.Subject.DOMAIN, old.name(), old.name(), Message.BREAKING_CODE_FORM,
              now.get().domain().position(), old.name(), Shapes.ENUM_MAX_NAMES);
        }
        domain(old, now.get());
      }
    }
  }

  private void domain(DomainPlan old, DomainPlan now) {
    ranges(old.domain(), now.domain());
    attributes(old.domain(), now.domain());
    Map<String, CodePlan> byValue = new HashMap<>();
    Map<String, CodePlan> byName = new HashMap<>();
    for (CodePlan code : now.codes()) {
      byValue.put(code.value(), code);
      code.entry().allNames().forEach(n -> byName.put(n.name(), code));
    }
    String domain = now.name();
    for (CodePlan was : old.codes()) {
      CodeEntry before = was.entry();
      List<Named> names = before.allNames();
      boolean nameElsewhere = false;
      for (Named n : names) {
        CodePlan holder = byName.get(n.name());
        if (holder != null && !holder.value().equals(was.value())) {
          nameElsewhere = true;
          finding(Acceptance.Subject.CODE, domain, holder.constant(), Message.BREAKING_VALUE_CHANGED,
              holder.entry().codePosition(), n.name(), domain, now.domain().codeText(holder.value()),
              old.domain().codeText(was.value()));
        }
      }
      CodePlan same = byValue.get(was.value());
      if (same == null) {
        if (!nameElsewhere && !reserved(now.domain(), was)) {
          finding(Acceptance.Subject.DOMAIN, domain, domain, Message.BREAKING_CODE_REMOVED, now.domain().position(),
              old.domain().codeText(was.value()), was.constant(), domain, old.domain().codeText(was.value()),
              was.constant());
        }
        continue;
      }
      code(old, was, now, same, byName);
    }
  }

  /** Whether a removed code's value and name are both reserved. */
  private static boolean reserved(Domain domain, CodePlan was) {
    boolean value = domain.reserved().stream().anyMatch(r -> r.holds(was.value(), domain.codeType()));
    boolean name = domain.reserved().stream().map(Reserved::name).flatMap(Optional::stream)
        .anyMatch(n -> n.name().equals(was.constant()));
    return value && name;
  }

  /** One code that keeps its value: its names, kind, exception and parameters. */
  private void code(DomainPlan old, CodePlan was, DomainPlan now, CodePlan code, Map<String, CodePlan> byName) {
    String domain = now.name();
    String text = now.domain().codeText(code.value());
    CodeEntry entry = code.entry();
    // Renamed even when the old name stays as an alias: an alias is a field, not the enum constant that
    // name(), valueOf, switch labels and the handler method are named after.
    CodePlan holder = byName.get(was.constant());
    if (!code.constant().equals(was.constant()) && (holder == null || holder == code)) {
      finding(Acceptance.Subject.CODE, domain, code.constant(), Message.BREAKING_NAME_CHANGED, entry.name().position(),
          text, domain, code.constant(), was.constant());
    }
    for (var alias : was.aliases()) {
      if (byName.get(alias.name().name()) == null) {
        finding(Acceptance.Subject.CODE, domain, code.constant(), Message.BREAKING_ALIAS_REMOVED,
            entry.name().position(), alias.name().name(), text, code.constant(), domain);
      }
    }
    if (was.kind() != code.kind()) {
      finding(Acceptance.Subject.CODE, domain, code.constant(), Message.BREAKING_KIND_CHANGED, entry.codePosition(),
          text, code.constant(), domain, code.kind().yamlName(), was.kind().yamlName());
    }
    String thrown = now.exceptionType(code.exception());
    String thrownBefore = old.exceptionType(was.exception());
    // A subclass of what it threw is caught where the old class was (a group added, a range's exception around it).
    if (!now.exceptionTypes(code.exception()).contains(thrownBefore)) {
      finding(Acceptance.Subject.CODE, domain, code.constant(), Message.BREAKING_EXCEPTION_CHANGED,
          entry.codePosition(), text, code.constant(), domain, thrown, thrownBefore);
    }
    String params = params(code.params());
    String paramsBefore = params(was.params());
    Set<String> placeholders = placeholders(code.text().message());
    Set<String> dropped = new java.util.TreeSet<>(placeholders(was.text().message()));
    dropped.removeAll(placeholders);
    if (!dropped.isEmpty() && params.equals(paramsBefore)) {
      // The same parameters, but translations written for {x} no longer find it in the message.
      params += " (the message no longer uses {" + String.join("}, {", dropped) + "})";
    }
    if (!params.equals(paramsBefore)) {
      finding(Acceptance.Subject.CODE, domain, code.constant(), Message.BREAKING_PARAMS_CHANGED, entry.codePosition(),
          text, code.constant(), domain, params, paramsBefore);
    }
  }

  private static Set<String> placeholders(String message) {
    return dev.codebook.processor.parse.Template.parse(message).template()
        .map(dev.codebook.processor.parse.Template::names).orElse(Set.of());
  }

  /** {@code (String entry, int key)}: names, types and order, as the factory's signature has them. */
  private static String params(List<Param> params) {
    StringBuilder text = new StringBuilder("(");
    for (Param param : params) {
      text.append(text.length() > 1 ? ", " : "").append(param.type().javaName()).append(' ').append(param.name().name());
    }
    return text.append(')').toString();
  }

  // ---- ranges and attributes ----

  private void ranges(Domain old, Domain now) {
    String domain = now.name().name();
    for (Range was : old.ranges()) {
      Optional<Range> found = now.ranges().stream().filter(r -> r.name().name().equals(was.name().name())).findFirst();
      if (found.isEmpty()) {
        finding(Acceptance.Subject.DOMAIN, domain, domain, Message.BREAKING_RANGE_REMOVED, now.position(),
            was.name().name(), domain);
        continue;
      }
      Range range = found.get();
      if (!covers(range, was)) {
        finding(Acceptance.Subject.RANGE, domain, range.name().name(), Message.BREAKING_RANGE_NARROWED,
            range.position(), range.name().name(), domain, range.describe(now.codeFormat()), was.describe(old.codeFormat()));
      }
      if (was.exception().isPresent() && !Objects.equals(range.exception().map(Named::name),
          was.exception().map(Named::name))) {
        finding(Acceptance.Subject.RANGE, domain, range.name().name(), Message.BREAKING_RANGE_EXCEPTION,
            range.position(), range.name().name(), domain,
            range.exception().map(Named::name).orElse(domain + "Exception"), was.exception().get().name());
      }
    }
  }

  /** Whether {@code range} holds every code that {@code was} held. */
  private static boolean covers(Range range, Range was) {
    if (was.prefix().isPresent() || range.prefix().isPresent()) {
      return was.prefix().isPresent() && range.prefix().isPresent() && was.prefix().get().startsWith(range.prefix().get());
    }
    if (was.mask().isPresent() && range.mask().isPresent()) {
      Range.Mask a = was.mask().get();
      Range.Mask b = range.mask().get();
      return (b.mask() & ~a.mask()) == 0 && (a.value() & b.mask()) == b.value();
    }
    if (was.mask().isPresent()) {
      return range.from() <= was.from() && was.to() <= range.to();
    }
    if (range.mask().isPresent()) {
      // Between from and to every bit up to the highest one in which they differ takes both values: the
      // mask must decide none of those, and hold from.
      long differ = (was.from() ^ was.to()) & 0xFFFF_FFFFL;
      long low = differ == 0 ? 0 : (Long.highestOneBit(differ) << 1) - 1;
      return range.mask().get().holds(was.from()) && (range.mask().get().mask() & low) == 0;
    }
    return range.from() <= was.from() && was.to() <= range.to();
  }


  private void attributes(Domain old, Domain now) {
    String domain = now.name().name();
    for (Attribute was : old.attributes()) {
      String name = was.name().name();
      Optional<Attribute> found = now.attributes().stream().filter(a -> a.name().name().equals(name)).findFirst();
      if (found.isEmpty()) {
        finding(Acceptance.Subject.DOMAIN, domain, domain, Message.BREAKING_ATTRIBUTE_REMOVED, now.position(), name,
            domain);
      } else if (found.get().type() != was.type()) {
        finding(Acceptance.Subject.ATTRIBUTE, domain, name, Message.BREAKING_ATTRIBUTE_TYPE, found.get().position(),
            name, domain, found.get().type().yamlName(), was.type().yamlName());
      } else if (!found.get().defaultValue().equals(was.defaultValue())) {
        finding(Acceptance.Subject.ATTRIBUTE, domain, name, Message.BREAKING_ATTRIBUTE_DEFAULT, found.get().position(),
            name, domain, found.get().defaultValue().map(String::valueOf).orElse("null"),
            was.defaultValue().map(String::valueOf).orElse("null"));
      }
    }
  }
}
