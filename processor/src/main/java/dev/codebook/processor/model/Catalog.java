package dev.codebook.processor.model;

import java.util.List;
import java.util.Optional;

/**
 * A parsed catalog: the immutable input of validation and generation. It knows nothing of YAML or
 * JavaPoet; every entry remembers where it was written.
 *
 * @param file the catalog as the user would name it, used in diagnostics and generated comments
 * @param name stem of catalog-wide types ({@code <Name>Code}, {@code <Name>Kind}, {@code <Name>Exception})
 * @param locale language tag of the messages and advice written without {@code i18n}
 * @param translations extra language tags that codes may translate into, in catalog order, each with
 *     where it was written
 * @param acceptances its {@code breaking:} keys, for the comparison with a previous version
 */
public record Catalog(
    String file,
    Named name,
    Optional<String> title,
    String locale,
    List<Named> translations,
    List<Domain> domains,
    List<Acceptance> acceptances) {

  public Catalog {
    translations = List.copyOf(translations);
    domains = List.copyOf(domains);
    acceptances = List.copyOf(acceptances);
  }

  /** The translations' language tags, in catalog order. */
  public List<String> translationTags() {
    return translations.stream().map(Named::name).toList();
  }
}
