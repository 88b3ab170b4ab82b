package dev.codebook.processor.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One result code of a domain.
 *
 * @param code the code exactly as written ({@code "100001"}, {@code "-2"}, {@code "23505"}); for an
 *     {@code int} domain it is canonical decimal text, so equal text means equal value
 * @param codePosition where the code value was written
 * @param name the canonical UPPER_SNAKE name and where it was written
 * @param aliases further names for the same code, in catalog order, each with its notes
 * @param kind what the code means for the caller
 * @param text message and advice in the catalog's locale
 * @param translations message and advice per extra language tag, in catalog order
 * @param exceptionGroup the named exception class this code's exceptions belong to, if any
 * @param deprecation the reason this code is deprecated, if it is
 * @param params the parameters of its message, in argument order; empty when it has none
 * @param attributes the values it sets for its domain's attributes, by attribute name ({@code String},
 *     {@code Integer}, {@code Long} or {@code Boolean}); others take the attribute's default
 * @param position where the entry starts
 */
public record CodeEntry(
    String code,
    SourcePosition codePosition,
    Named name,
    List<Alias> aliases,
    Kind kind,
    Text text,
    Map<String, Text> translations,
    Optional<Named> exceptionGroup,
    Optional<String> deprecation,
    List<Param> params,
    Map<String, Object> attributes,
    SourcePosition position) {

  public CodeEntry {
    aliases = List.copyOf(aliases);
    translations = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(translations));
    params = List.copyOf(params);
    attributes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attributes));
  }

  /** The canonical name followed by every alias. */
  public List<Named> allNames() {
    return java.util.stream.Stream.concat(java.util.stream.Stream.of(name), aliases.stream().map(Alias::name))
        .toList();
  }

  public boolean isDeprecated() {
    return deprecation.isPresent();
  }
}
