package dev.codebook.catalog.fusionauth;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The catalog YAML as the tests read it, independently of the processor: the expectations that are
 * the catalog's own decisions (kinds, exception groups, names, aliases, translations) come from here,
 * never from the generated code.
 *
 * <p>Every scalar is read as text (no YAML 1.1 guessing of numbers and booleans), so a code is
 * compared exactly as written.
 */
final class YamlCatalog {
  /** Where the catalog is on the test class path: this module's main resource. */
  static final String RESOURCE = "/codebook/fusion-auth.yaml";

  /**
   * One code entry of the catalog.
   *
   * @param domain the domain's name, such as {@code Sdk}
   * @param codeText the code as written, such as {@code -2}
   * @param name the canonical constant name
   * @param aliases further constant names for the same code, in catalog order
   * @param kind the entry's kind, or else its domain's default kind, lower case
   * @param message the message in the catalog's language
   * @param advice the advice in the catalog's language, or {@code null}
   * @param englishMessage the {@code en} translation of the message, or {@code null}
   * @param englishAdvice the {@code en} translation of the advice, or {@code null}
   * @param exception the simple name of the entry's exception group, or {@code null}
   */
  record Entry(String domain, String codeText, String name, List<String> aliases, String kind, String message,
      String advice, String englishMessage, String englishAdvice, String exception) {
    int code() {
      return Integer.parseInt(codeText);
    }

    boolean isFailure() {
      return kind.equals("failure");
    }

    @Override
    public String toString() {
      return domain + " " + codeText + " " + name;
    }
  }

  private final String text;
  private final List<String> domains;
  private final List<Entry> entries;

  private YamlCatalog(String text, List<String> domains, List<Entry> entries) {
    this.text = text;
    this.domains = List.copyOf(domains);
    this.entries = List.copyOf(entries);
  }

  /** Reads this module's catalog from the test class path as UTF-8. */
  static YamlCatalog load() {
    try (InputStream in = YamlCatalog.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is not on the test class path");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static YamlCatalog parse(String text) {
    LoaderOptions loading = new LoaderOptions();
    DumperOptions dumping = new DumperOptions();
    Yaml yaml = new Yaml(new SafeConstructor(loading), new Representer(dumping), dumping, loading, new TextOnly());
    Map<?, ?> root = map(yaml.load(text), "the catalog");
    List<String> domains = new ArrayList<>();
    List<Entry> entries = new ArrayList<>();
    for (Object domainNode : list(root.get("domains"), "domains")) {
      Map<?, ?> domain = map(domainNode, "a domain");
      String domainName = text(domain, "name", "a domain");
      domains.add(domainName);
      String defaultKind = optionalText(domain, "kind");
      for (Object codeNode : list(domain.get("codes"), "codes of " + domainName)) {
        Map<?, ?> code = map(codeNode, "a code of " + domainName);
        String codeText = text(code, "code", "a code of " + domainName);
        String where = domainName + " " + codeText;
        String kind = optionalText(code, "kind");
        if (kind == null) {
          kind = defaultKind;
        }
        if (kind == null) {
          throw new IllegalArgumentException(where + " has no kind and its domain no default kind");
        }
        List<String> aliases = new ArrayList<>();
        if (code.get("aliases") != null) {
          for (Object alias : list(code.get("aliases"), "aliases of " + where)) {
            aliases.add((String) alias);
          }
        }
        String englishMessage = null;
        String englishAdvice = null;
        if (code.get("i18n") != null) {
          Object english = map(code.get("i18n"), "i18n of " + where).get("en");
          if (english != null) {
            Map<?, ?> translation = map(english, "i18n.en of " + where);
            englishMessage = optionalText(translation, "message");
            englishAdvice = optionalText(translation, "advice");
          }
        }
        entries.add(new Entry(domainName, codeText, text(code, "name", where), List.copyOf(aliases), kind,
            text(code, "message", where), optionalText(code, "advice"), englishMessage, englishAdvice,
            optionalText(code, "exception")));
      }
    }
    return new YamlCatalog(text, domains, entries);
  }

  /** The catalog's text, as the processor reads it. */
  String text() {
    return text;
  }

  /** The domains' names, in catalog order. */
  List<String> domains() {
    return domains;
  }

  /** Every code entry, in catalog order. */
  List<Entry> entries() {
    return entries;
  }

  /** The entries of one domain, in catalog order. */
  List<Entry> entries(String domain) {
    return entries.stream().filter(entry -> entry.domain().equals(domain)).toList();
  }

  /** The entry of {@code domain} with the given code. */
  Entry entry(String domain, String codeText) {
    return entries(domain).stream()
        .filter(entry -> entry.codeText().equals(codeText))
        .reduce((first, second) -> {
          throw new IllegalStateException(domain + " " + codeText + " has two entries in the catalog");
        })
        .orElseThrow(() -> new IllegalStateException(domain + " " + codeText + " is not in the catalog"));
  }

  private static Map<?, ?> map(Object node, String what) {
    if (node instanceof Map<?, ?> map) {
      return map;
    }
    throw new IllegalArgumentException(what + " is not a mapping: " + node);
  }

  private static List<?> list(Object node, String what) {
    if (node instanceof List<?> list) {
      return list;
    }
    throw new IllegalArgumentException(what + " is not a list: " + node);
  }

  private static String text(Map<?, ?> map, String key, String what) {
    String value = optionalText(map, key);
    if (value == null) {
      throw new IllegalArgumentException(what + " has no '" + key + "'");
    }
    return value;
  }

  private static String optionalText(Map<?, ?> map, String key) {
    Object value = map.get(key);
    if (value == null || value instanceof String) {
      return (String) value;
    }
    throw new IllegalArgumentException("'" + key + "' is not text: " + value);
  }

  /** Resolves every plain scalar as a string: {@code 010} stays {@code "010"}, {@code NO} stays {@code "NO"}. */
  private static final class TextOnly extends Resolver {
    @Override
    protected void addImplicitResolvers() {
      // None: the tests interpret every scalar themselves.
    }
  }
}
