package dev.codebook.processor.plan;

import dev.codebook.processor.model.CodeEntry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * One code as it will be generated.
 *
 * @param entry the code as the catalog wrote it
 * @param ordinal its position in the domain, from 0, in catalog order: the index into every table
 * @param handlerMethod its method in the domain's handler ({@code onTokenInvalid})
 * @param exception what its {@code exception()} creates: an index into {@link DomainPlan#exceptions()},
 *     from 1, or 0 for the domain's own exception
 * @param range index of the range that holds it, or -1
 * @param factory the name of its typed exception factory, when it has parameters
 * @param attributes its value of each of the domain's attributes, in their order, the defaults filled in
 *     ({@code null} for a string attribute without default that it does not set)
 */
public record CodePlan(CodeEntry entry, int ordinal, String handlerMethod, int exception, int range,
    Optional<String> factory, List<Object> attributes) {

  public CodePlan {
    attributes = Collections.unmodifiableList(new ArrayList<>(attributes));
  }

  /** The canonical constant name. */
  public String constant() {
    return entry.name().name();
  }
}
