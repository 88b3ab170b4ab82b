package dev.codebook.processor.validate;

import dev.codebook.processor.catalog.Catalog;
import dev.codebook.processor.catalog.CodeEntry;
import dev.codebook.processor.catalog.Domain;
import dev.codebook.processor.catalog.Named;
import dev.codebook.processor.catalog.SourcePosition;
import dev.codebook.processor.catalog.Text;
import dev.codebook.processor.diag.Message;
import dev.codebook.processor.diag.Problem;
import dev.codebook.processor.generate.Names;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.lang.model.SourceVersion;

/**
 * Validate stage: the checks that need the whole catalog (names, duplicates, clashes between generated
 * names), on the model as far as it could be parsed. Returns problems; never throws, never generates.
 */
public final class CatalogValidator {
  private static final Pattern CODE_NAME = Pattern.compile("[A-Z][A-Z0-9_]*");
  /**
   * Most codes one domain may hold: an enum constant costs about 16 bytes of the enum's static
   * initializer, and {@code dispatch(int)} about as much per case, against the JVM's 64 KiB per method.
   */
  public static final int MAX_CODES_PER_DOMAIN = 4_000;
  /** What one class may hold, with a margin below the JVM's 65,535 (bytes per method, constant-pool entries). */
  private static final int CLASS_LIMIT = 64_000;

  private final Catalog catalog;
  private final List<Problem> problems = new ArrayList<>();

  private CatalogValidator(Catalog catalog) {
    this.catalog = catalog;
  }

  public static List<Problem> validate(Catalog catalog) {
    CatalogValidator validator = new CatalogValidator(catalog);
    validator.run();
    return List.copyOf(validator.problems);
  }

  private void problem(Message message, SourcePosition position, Object... args) {
    problems.add(Problem.of(message, position, args));
  }

  private void run() {
    boolean catalogNameOk = checkTypeName("catalog name", catalog.name());
    if (catalog.domains().isEmpty()) {
      problem(Message.NO_DOMAINS, catalog.name().position());
    }
    // Generated type name -> what it is generated for, and where.
    Map<String, Owner> types = new HashMap<>();
    if (catalogNameOk) {
      String name = catalog.name().name();
      for (String type : List.of(Names.kindType(name), Names.codeInterface(name), Names.catalogException(name))) {
        claimType(types, type, new Owner("catalog " + name, catalog.name().position()));
      }
    }
    Map<String, Named> domainsByName = new HashMap<>();
    Map<String, String> groupDomains = new HashMap<>();
    for (Domain domain : catalog.domains()) {
      Named name = domain.name();
      Named first = domainsByName.putIfAbsent(name.name(), name);
      if (first != null) {
        // Its types are the first one's; its codes are still checked, so one build shows everything.
        problem(Message.DUPLICATE_DOMAIN, name.position(), name.name(), first.position(), name.position());
      } else if (checkTypeName("domain name", name)) {
        Owner owner = new Owner("domain " + name.name(), name.position());
        for (String type : List.of(Names.codeEnum(name.name()), Names.domainException(name.name()),
            Names.handler(name.name()))) {
          claimType(types, type, owner);
        }
      }
      if (domain.codes().size() > MAX_CODES_PER_DOMAIN) {
        problem(Message.DOMAIN_TOO_LARGE, name.position(), name.name(), domain.codes().size(), MAX_CODES_PER_DOMAIN);
      } else {
        checkClassSize(domain);
      }
      validateCodes(domain);
      validateGroups(domain, types, groupDomains);
    }
  }

  private void validateCodes(Domain domain) {
    String domainName = domain.name().name();
    Map<String, CodeEntry> byCode = new HashMap<>();
    Map<String, Named> names = new LinkedHashMap<>();
    Map<String, Named> handlerMethods = new HashMap<>();
    for (CodeEntry entry : domain.codes()) {
      CodeEntry first = byCode.putIfAbsent(entry.code(), entry);
      if (first != null) {
        problem(Message.DUPLICATE_CODE, entry.codePosition(), entry.code(), domainName, first.codePosition(),
            entry.codePosition());
      }
      for (Named name : entry.allNames()) {
        if (!checkCodeName(name)) {
          continue;
        }
        Named earlier = names.putIfAbsent(name.name(), name);
        if (earlier != null) {
          problem(Message.DUPLICATE_NAME, name.position(), name.name(), domainName, earlier.position(),
              name.position());
        }
      }
      Named canonical = entry.name();
      if (CODE_NAME.matcher(canonical.name()).matches()) {
        String method = Names.handlerMethod(canonical.name());
        Named earlier = handlerMethods.putIfAbsent(method, canonical);
        if (earlier != null && !earlier.name().equals(canonical.name())) {
          problem(Message.MEMBER_NAME_CLASH, canonical.position(), Names.handler(domainName), method + "(String)",
              earlier.name() + " at " + earlier.position(), canonical.name() + " at " + canonical.position());
        }
      }
    }
    // A name X beside a name X_VALUE: X's value constant would be declared twice.
    for (Named name : names.values()) {
      Named member = names.get(Names.valueConstant(name.name()));
      if (member != null) {
        problem(Message.MEMBER_NAME_CLASH, member.position(), Names.codeEnum(domainName), member.name(),
            "the value constant of " + name.name() + " at " + name.position(), "the code name at " + member.position());
      }
    }
  }

  private void validateGroups(Domain domain, Map<String, Owner> types, Map<String, String> groupDomains) {
    String domainName = domain.name().name();
    for (CodeEntry entry : domain.codes()) {
      Optional<Named> group = entry.exceptionGroup();
      if (group.isEmpty() || !checkTypeName("exception group", group.get())) {
        continue;
      }
      String groupName = group.get().name();
      String owningDomain = groupDomains.putIfAbsent(groupName, domainName);
      if (owningDomain == null) {
        claimType(types, groupName, new Owner("exception group " + groupName, group.get().position()));
      } else if (!owningDomain.equals(domainName)) {
        problem(Message.GROUP_ACROSS_DOMAINS, group.get().position(), groupName, owningDomain, domainName);
      }
    }
  }

  /**
   * Claims a generated type name. Names are compared ignoring case, since {@code Sdk} and {@code SDK}
   * would overwrite each other's files on macOS and Windows; and a name the generated code refers to
   * ({@code RuntimeException} from a domain named {@code Runtime}) would shadow it.
   */
  private void claimType(Map<String, Owner> types, String type, Owner owner) {
    if (Names.REFERENCED_SIMPLE_NAMES.contains(type)) {
      problem(Message.INVALID_TYPE_NAME, owner.position(), "generated type", type,
          "it would hide java's own " + type + " in generated code (for " + owner.describe() + ")");
      return;
    }
    Owner first = types.putIfAbsent(type.toLowerCase(Locale.ROOT), owner);
    if (first != null) {
      problem(Message.TYPE_NAME_CLASH, owner.position(), type, first.describe(), owner.describe());
    }
  }

  /**
   * The domain's enum must fit the class-file limits: 65,535 bytes for its static initializer (about
   * 16 per constant and 6 per alias) and 65,535 constant-pool entries (about 7 per code, 4 per alias
   * and 2 per message or advice in each language). Estimated from above: a catalog refused here is
   * one javac would likely refuse too, with "code too large" inside generated code.
   */
  private void checkClassSize(Domain domain) {
    long aliases = 0;
    long texts = 0;
    for (CodeEntry entry : domain.codes()) {
      aliases += entry.aliases().size();
      texts += 1 + (entry.text().advice().isPresent() ? 1 : 0);
      for (Text translation : entry.translations().values()) {
        texts += 1 + (translation.advice().isPresent() ? 1 : 0);
      }
    }
    long initializerBytes = 16L * domain.codes().size() + 6 * aliases;
    long constants = 7L * domain.codes().size() + 4 * aliases + 2 * texts;
    if (initializerBytes > CLASS_LIMIT || constants > CLASS_LIMIT) {
      problem(Message.DOMAIN_CLASS_TOO_LARGE, domain.name().position(), domain.name().name(),
          initializerBytes, constants, CLASS_LIMIT);
    }
  }

  private boolean checkTypeName(String what, Named name) {
    String text = name.name();
    String reason = null;
    if (!SourceVersion.isIdentifier(text) || text.contains("$")) {
      reason = "it is not a Java identifier";
    } else if (SourceVersion.isKeyword(text)) {
      reason = "it is a Java keyword";
    } else if (!Character.isUpperCase(text.charAt(0)) || !isAscii(text)) {
      reason = "write it in UpperCamelCase ASCII, such as FusionAuth";
    }
    // Whether a generated type would hide a java type is judged on the generated names, in claimType.
    if (reason != null) {
      problem(Message.INVALID_TYPE_NAME, name.position(), what, text, reason);
      return false;
    }
    return true;
  }

  private boolean checkCodeName(Named name) {
    String text = name.name();
    if (CODE_NAME.matcher(text).matches()) {
      return true;
    }
    String reason = SourceVersion.isKeyword(text)
        ? "it is a Java keyword; code names are UPPER_SNAKE_CASE"
        : SourceVersion.isIdentifier(text)
            ? "code names are UPPER_SNAKE_CASE: capital ASCII letters, digits and underscores, starting with a letter"
            : "it is not a Java identifier; code names are UPPER_SNAKE_CASE";
    problem(Message.INVALID_CODE_NAME, name.position(), text, reason);
    return false;
  }

  private static boolean isAscii(String text) {
    return text.chars().allMatch(c -> c < 0x80);
  }

  private record Owner(String what, SourcePosition position) {
    String describe() {
      return what + " at " + position;
    }
  }
}
