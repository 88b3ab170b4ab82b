package dev.codebook.processor.catalog;

import java.util.List;
import java.util.Optional;

/** A table of codes that share one Java type: becomes {@code <Name>Code}, {@code <Name>Exception}. */
public record Domain(
    Named name, Optional<String> title, CodeType codeType, List<CodeEntry> codes, SourcePosition position) {

  public Domain {
    codes = List.copyOf(codes);
  }
}
