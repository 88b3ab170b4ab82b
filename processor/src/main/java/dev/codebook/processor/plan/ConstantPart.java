package dev.codebook.processor.plan;

import java.util.List;

/**
 * An interface of a class-form domain that declares some of its constants; the code
 * type implements every part, so {@code HugeCode.NAME} finds each one by inheritance, and a part is
 * initialized only when one of its constants is first used.
 *
 * @param type simple name of the interface
 * @param names the constants it declares, in catalog order
 */
public record ConstantPart(String type, int index, List<ConstantName> names) {
  public ConstantPart {
    names = List.copyOf(names);
  }
}
