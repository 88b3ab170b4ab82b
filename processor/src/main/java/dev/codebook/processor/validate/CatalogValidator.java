package dev.codebook.processor.validate;

import dev.codebook.processor.model.Catalog;
import dev.codebook.processor.model.CodeEntry;
import dev.codebook.processor.model.Domain;
import dev.codebook.processor.model.Named;
import dev.codebook.processor.model.SourcePosition;
import dev.codebook.processor.diag.Message;
import dev.codebook.processor.diag.Problem;
import dev.codebook.processor.naming.Names;
import dev.codebook.processor.plan.Shapes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Validate stage, on the catalog model: the checks that need the whole catalog (name rules,
 * duplicates, groups, limits), on the model as far as it could be parsed. What depends on the shape of
 * the output (clashes between generated names, groups against ranges) is judged on the plan, by
 * {@link PlanValidator}. Returns problems; never throws.
 */
public final class CatalogValidator {
  /** How many codes a missing-translation message names before it only counts. */
  private static final int NAMED_MISSING = 5;

  private final Catalog catalog;
  private final TranslationPolicy translationPolicy;
  private final List<Problem> problems = new ArrayList<>();
  /** Names reported as unusable type names, by what they name: each is one mistake however often used. */
  private final Set<String> badTypeNames = new HashSet<>();

  private CatalogValidator(Catalog catalog, TranslationPolicy translationPolicy) {
    this.catalog = catalog;
    this.translationPolicy = translationPolicy;
  }

  public static List<Problem> validate(Catalog catalog, TranslationPolicy translationPolicy) {
    CatalogValidator validator = new CatalogValidator(catalog, translationPolicy);
    validator.run();
    return List.copyOf(validator.problems);
  }

  private void problem(Message message, SourcePosition position, Object... args) {
    problems.add(Problem.of(message, position, args));
  }

  private void run() {
    checkTypeName("catalog name", catalog.name());
    if (catalog.domains().isEmpty()) {
      problem(Message.NO_DOMAINS, catalog.name().position());
    }
    Map<String, Named> domainsByName = new HashMap<>();
    Map<String, String> groupDomains = new HashMap<>();
    for (Domain domain : catalog.domains()) {
      Named name = domain.name();
      Named first = domainsByName.putIfAbsent(name.name(), name);
      if (first != null) {
        // Its types are the first one's; its codes are still checked, so one build shows everything.
        problem(Message.DUPLICATE_DOMAIN, name.position(), name.name(), first.position(), name.position());
      } else {
        checkTypeName("domain name", name);
      }
      validateCodes(domain);
      validateRanges(domain);
      validateGroups(domain, groupDomains);
      problems.addAll(ReservedCheck.check(domain));
    }
    if (translationPolicy != TranslationPolicy.IGNORE) {
      catalog.translations().forEach(this::checkTranslated);
    }
  }

  /**
   * One problem per language with codes whose message it lacks, naming how many and the first few:
   * never one per code, so that a catalog of 100,000 codes stays readable. Advice may stay untranslated.
   */
  private void checkTranslated(Named language) {
    int total = 0;
    List<String> missing = new ArrayList<>();
    int missingCount = 0;
    for (Domain domain : catalog.domains()) {
      for (CodeEntry entry : domain.codes()) {
        total++;
        if (!entry.translations().containsKey(language.name())) {
          if (missingCount++ < NAMED_MISSING) {
            missing.add(domain.name().name() + " " + domain.codeText(entry.code()) + " " + entry.name().name());
          }
        }
      }
    }
    if (missingCount > 0) {
      String named = String.join(", ", missing)
          + (missingCount > NAMED_MISSING ? String.format(java.util.Locale.ROOT, " and %,d more", missingCount - NAMED_MISSING) : "");
      problem(translationPolicy == TranslationPolicy.ERROR ? Message.MISSING_TRANSLATION_ERROR
          : Message.MISSING_TRANSLATION, language.position(), missingCount, total, language.name(), named);
    }
  }

  private void validateCodes(Domain domain) {
    String domainName = domain.name().name();
    Map<String, CodeEntry> byCode = new HashMap<>();
    Map<String, Named> names = new LinkedHashMap<>();
    for (CodeEntry entry : domain.codes()) {
      CodeEntry first = byCode.putIfAbsent(entry.code(), entry);
      if (first != null) {
        problem(Message.DUPLICATE_CODE, entry.codePosition(), domain.codeText(entry.code()), domainName, first.codePosition(),
            entry.codePosition());
      }
      for (Named name : entry.allNames()) {
        Optional<String> wrong = Names.codeNameProblem(name.name());
        if (wrong.isPresent()) {
          problem(Message.INVALID_CODE_NAME, name.position(), name.name(), wrong.get());
          continue;
        }
        Named earlier = names.putIfAbsent(name.name(), name);
        if (earlier != null) {
          problem(Message.DUPLICATE_NAME, name.position(), name.name(), domainName, earlier.position(),
              name.position());
        }
      }
    }
  }

  /** Range names: UpperCamel, once per domain; a range's exception is a type name. */
  private void validateRanges(Domain domain) {
    Map<String, Named> names = new HashMap<>();
    for (dev.codebook.processor.model.Range range : domain.ranges()) {
      if (checkTypeName("range name", range.name())) {
        Named first = names.putIfAbsent(range.name().name(), range.name());
        if (first != null) {
          problem(Message.DUPLICATE_NAME, range.name().position(), range.name().name(), domain.name().name(),
              first.position(), range.name().position());
        }
      }
      range.exception().ifPresent(exception -> checkTypeName("range exception", exception));
    }
  }

  private void validateGroups(Domain domain, Map<String, String> groupDomains) {
    String domainName = domain.name().name();
    Set<String> ownGroups = new LinkedHashSet<>();
    Set<String> reportedAcross = new HashSet<>();
    for (CodeEntry entry : domain.codes()) {
      Optional<Named> group = entry.exceptionGroup();
      if (group.isEmpty() || !checkTypeName("exception group", group.get())) {
        continue;
      }
      String groupName = group.get().name();
      String owningDomain = groupDomains.putIfAbsent(groupName, domainName);
      if (owningDomain != null && !owningDomain.equals(domainName)) {
        if (reportedAcross.add(groupName)) {
          problem(Message.GROUP_ACROSS_DOMAINS, group.get().position(), groupName, owningDomain, domainName);
        }
      } else if (ownGroups.add(groupName) && ownGroups.size() == Shapes.MAX_GROUPS_PER_DOMAIN + 1) {
        problem(Message.TOO_MANY_GROUPS, group.get().position(), domainName, Shapes.MAX_GROUPS_PER_DOMAIN);
      }
    }
  }

  /**
   * Reports a name that cannot start a generated type name, at its first use only; whether it would
   * hide a java type is judged on the plan.
   */
  private boolean checkTypeName(String what, Named name) {
    Optional<String> wrong = Names.typeStemProblem(name.name());
    if (wrong.isPresent() && badTypeNames.add(what + " " + name.name())) {
      problem(Message.INVALID_TYPE_NAME, name.position(), what, name.name(), wrong.get());
    }
    return wrong.isEmpty();
  }
}
