package dev.codebook.processor.plan;

import dev.codebook.processor.model.CodeEntry;
import dev.codebook.processor.model.Kind;
import dev.codebook.processor.model.Named;
import dev.codebook.processor.model.Param;
import dev.codebook.processor.model.Text;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One code as it will be generated. Generators read a code through this plan: its accessors hand over what
 * the catalog wrote, and the rest is decided here once.
 *
 * @param entry the code as the catalog wrote it, with where each part was written: for the checks
 * @param ordinal its position in the domain, from 0, in catalog order: the index into every table
 * @param handlerMethod its method in the domain's handler ({@code onTokenInvalid})
 * @param exception what its {@code exception()} creates: an index into {@link DomainPlan#exceptions()},
 *     from 1, or 0 for the domain's own exception
 * @param range index of the range that holds it, if one does
 * @param factory the name of its typed exception factory, when it has parameters
 * @param attributes its value of each of the domain's attributes, in their order, the defaults filled in
 */
public record CodePlan(CodeEntry entry, int ordinal, String handlerMethod, int exception, OptionalInt range,
    Optional<String> factory, List<AttributeValue> attributes) {

  public CodePlan {
    attributes = List.copyOf(attributes);
  }

  /** The canonical constant name. */
  public String constant() {
    return entry.name().name();
  }

  /** The code's value as written: canonical decimal text in an int domain. */
  public String value() {
    return entry.code();
  }

  public Kind kind() {
    return entry.kind();
  }

  /** Message and advice in the catalog's language. */
  public Text text() {
    return entry.text();
  }

  /** Message and advice per translation the code has, in catalog order. */
  public java.util.Map<String, Text> translations() {
    return entry.translations();
  }

  /** Message and advice in a translation, if the code has them there. */
  public Optional<Text> translation(String language) {
    return Optional.ofNullable(entry.translations().get(language));
  }

  /** The parameters of its message, in argument order. */
  public List<Param> params() {
    return entry.params();
  }

  /** Its aliases, in catalog order, with their notes. */
  public List<dev.codebook.processor.model.Alias> aliases() {
    return entry.aliases();
  }

  /** Why the code is deprecated, as the catalog says (blank when it gives no reason), if it is. */
  public Optional<String> deprecation() {
    return entry.deprecation();
  }

  public boolean deprecated() {
    return entry.isDeprecated();
  }
}
