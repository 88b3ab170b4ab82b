package dev.codebook.processor.plan;

import dev.codebook.processor.model.Attribute;
import java.util.Objects;

/**
 * An attribute as generated: an accessor of the code type, named as the attribute.
 *
 * @param index its position among the domain's attributes, which is also the position of its value in
 *     {@link CodePlan#attributes()}
 */
public record AttributePlan(Attribute attribute, int index, String accessor) {

  /**
   * Whether a code's value of this attribute is its default ({@code null} for a string attribute without
   * one): what the generated holder and the reference page leave out.
   */
  public boolean isDefault(Object value) {
    return Objects.equals(value, attribute.defaultValue().orElse(null));
  }
}
