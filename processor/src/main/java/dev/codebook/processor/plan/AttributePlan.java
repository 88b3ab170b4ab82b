package dev.codebook.processor.plan;

import dev.codebook.processor.model.Attribute;
import java.util.Objects;

/**
 * An attribute as generated: an accessor of the code type, named as the attribute.
 *
 * @param index its position among the domain's attributes, which is also the position of its value in
 *     {@link CodePlan#attributes()}
 * @param accessor the name of its accessor in the code type
 */
public record AttributePlan(Attribute attribute, int index, String accessor) {

  /**
   * Whether a code's value of this attribute is its default (unset for a string attribute without one):
   * what the generated holder and the reference page leave out.
   */
  public boolean isDefault(AttributeValue value) {
    return Objects.equals(value.value(), attribute.defaultValue().orElse(null));
  }

  /** {@code value} (a {@code String}, {@code Integer}, {@code Long} or {@code Boolean}, or null) typed as this attribute. */
  AttributeValue typed(Object value) {
    if (value == null) {
      return new AttributeValue.Unset();
    }
    return switch (attribute.type()) {
      case STRING -> new AttributeValue.Text((String) value);
      case INT -> new AttributeValue.IntValue((Integer) value);
      case LONG -> new AttributeValue.LongValue((Long) value);
      case BOOLEAN -> new AttributeValue.BooleanValue((Boolean) value);
    };
  }
}
