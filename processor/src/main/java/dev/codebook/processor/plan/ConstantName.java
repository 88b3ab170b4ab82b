package dev.codebook.processor.plan;

import dev.codebook.processor.model.Named;

/**
 * A public constant of a code type: a code's canonical name or one of its aliases, with its
 * compile-time value constant.
 *
 * @param name the name and where the catalog wrote it
 * @param code the code it names
 * @param alias whether it is an alias (a field pointing at the canonical constant)
 * @param valueConstant the {@code int} or {@code String} constant holding the code's value
 */
public record ConstantName(Named name, CodePlan code, boolean alias, String valueConstant) {}
