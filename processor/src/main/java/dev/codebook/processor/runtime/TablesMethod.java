package dev.codebook.processor.runtime;

/**
 * Each method of {@link CodebookTables} that generated code calls, declared once: generators name a method
 * through its constant here, never as a string of their own, and a test holds every constant against the
 * class (its name and its number of parameters), so a rename in the runtime that is not made here fails the
 * build rather than the generated code.
 */
public enum TablesMethod {
  LONGS("longs", 2),
  INTS("ints", 2),
  STRINGS("strings", 2),
  BOOLEANS("booleans", 2),
  KINDS("kinds", 3),
  SPREAD_STRINGS("spreadStrings", 4),
  SPREAD_INTS("spreadInts", 4),
  SPREAD_LONGS("spreadLongs", 4),
  SPREAD_BOOLEANS("spreadBooleans", 4),
  SHIFT("shift", 1),
  INT_INDEX("intIndex", 2),
  /** {@code find(table, shift, code)} of an int domain. */
  FIND_INT("find", 3),
  STRING_INDEX("stringIndex", 2),
  /** {@code find(table, shift, codes, code)} of a string domain. */
  FIND_STRING("find", 4),
  RANGE_INDEX("rangeIndex", 3),
  /** {@code maskIndex(masks, values, value)}: the mask ranges, one by one. */
  MASK_INDEX("maskIndex", 3),
  PARSE_INT("parseInt", 1),
  /** {@code codeText(code, format)}: the format one of the runtime's constants named as a {@code CodeFormat}. */
  CODE_TEXT("codeText", 2),
  FILL("fill", 3),
  /** {@code format(params, template, args)}: null when the arguments do not fit. */
  FORMAT("format", 3),
  WRONG_ARGUMENTS("wrongArguments", 5),
  PARAM_LISTS("paramLists", 2),
  LANGUAGE("language", 4);

  private final String method;
  private final int parameters;

  TablesMethod(String method, int parameters) {
    this.method = method;
    this.parameters = parameters;
  }

  /** The method's name in {@link CodebookTables}, and so in every {@code <Catalog>Tables}. */
  public String method() {
    return method;
  }

  public int parameters() {
    return parameters;
  }
}
