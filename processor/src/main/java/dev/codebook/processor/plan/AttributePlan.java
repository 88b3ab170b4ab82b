package dev.codebook.processor.plan;

import dev.codebook.processor.catalog.Attribute;

/**
 * An attribute as generated: an accessor of the code type, named as the attribute.
 *
 * @param index its position among the domain's attributes, which is also the position of its value in
 *     {@link CodePlan#attributes()}
 */
public record AttributePlan(Attribute attribute, int index, String accessor) {}
