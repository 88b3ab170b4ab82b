package dev.codebook.processor.model;

import java.util.List;
import java.util.Optional;

/**
 * A table of codes that share one Java type: becomes {@code <Name>Code}, {@code <Name>Exception},
 * {@code <Name>Handler}.
 *
 * @param description a longer text for docs and Javadoc
 * @param codeFormat how an int domain's codes are written; {@code DECIMAL} for string domains
 * @param ranges named blocks of codes, in catalog order
 * @param rangesComplete every range written was read and none overlaps another, so that which range
 *     holds a code is known; false only in a catalog that has errors already
 * @param attributes the typed data its codes carry, in catalog order
 * @param reserved values and names kept out of use, in catalog order
 */
public record Domain(
    Named name,
    Optional<String> title,
    Optional<String> description,
    CodeType codeType,
    CodeFormat codeFormat,
    List<Range> ranges,
    boolean rangesComplete,
    List<Attribute> attributes,
    List<Reserved> reserved,
    List<CodeEntry> codes,
    SourcePosition position) {

  public Domain {
    ranges = List.copyOf(ranges);
    attributes = List.copyOf(attributes);
    reserved = List.copyOf(reserved);
    codes = List.copyOf(codes);
  }

  /** A code value (canonical text) as the domain writes it: {@code 0x80004005} in a hex domain. */
  public String codeText(String code) {
    return codeType == CodeType.INT ? codeFormat.format(Integer.parseInt(code)) : code;
  }

  /** A new index over the ranges, to find the range of a code value: build it once per use. */
  public RangeIndex rangeIndex() {
    return RangeIndex.of(codeType, ranges);
  }
}
