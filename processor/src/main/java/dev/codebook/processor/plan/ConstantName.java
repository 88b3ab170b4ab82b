package dev.codebook.processor.plan;

import dev.codebook.processor.model.Alias;
import dev.codebook.processor.model.Named;
import java.util.Optional;

/**
 * A public constant of a code type: a code's canonical name or one of its aliases, with its
 * compile-time value constant.
 *
 * @param name the name and where the catalog wrote it
 * @param code the code it names
 * @param alias the alias it is (a field pointing at the canonical constant), with its notes; empty for the
 *     canonical name
 * @param valueConstant the {@code int} or {@code String} constant holding the code's value
 */
public record ConstantName(Named name, CodePlan code, Optional<Alias> alias, String valueConstant) {

  public boolean isAlias() {
    return alias.isPresent();
  }

  /**
   * Why this name is deprecated ({@code ""} when no reason is given), if it is: its code's reason, else
   * the alias's own.
   */
  public Optional<String> deprecation() {
    return code.deprecation().or(() -> alias.flatMap(Alias::deprecation));
  }
}
