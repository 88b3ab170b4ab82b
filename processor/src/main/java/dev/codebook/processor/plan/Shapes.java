package dev.codebook.processor.plan;

import dev.codebook.processor.runtime.RuntimeSource;

/**
 * The sizes that decide the shape of generated code. Each is chosen against a class-file limit: a
 * method of more than 8,000 bytes of bytecode is never JIT-compiled by HotSpot, a method (static
 * initializers included) holds at most 64 KiB, a class at most 65,535 constant-pool entries.
 */
public final class Shapes {
  private Shapes() {}

  /**
   * Most names (codes plus aliases) of a domain whose code type is an enum. Each enum constant costs 16
   * bytes of the enum's static initializer, each alias 6: 3,000 names stay below 48 KiB of its 64 KiB.
   * Translations and texts do not count: they live in holders outside the enum.
   */
  public static final int ENUM_MAX_NAMES = 3_000;

  /**
   * Most names held by one {@code <Domain>CodePartN} interface of a class-form domain. The parts are
   * superinterfaces of the code type, so the first {@code forCode} loads and links them all. On JDK 17,
   * linking looks each assigned field up from the part's first field on, quadratic in a part's names;
   * on every JDK each further class costs its own loading. A 20,000-code domain's first touch, median of
   * 9 cold JVMs on one 2-core Xeon (JDK 17 / JDK 25): parts of 1,024 names 55 / 37 ms, of 512 48 / 38 ms,
   * of 256 44 / 50 ms. 512 names take about 5 KiB of static initializer and 2,600 constant-pool entries.
   */
  public static final int NAMES_PER_CONSTANT_PART = 512;

  /** Most codes whose handler methods and dispatch live in the handler interface itself. */
  public static final int HANDLER_INLINE_MAX = 256;

  /** Codes per handler part, at least; more when a domain would otherwise need over 256 parts. */
  public static final int HANDLER_PART_MIN = 2_048;

  /** Most parts of one handler, so that the dispatch over parts stays one small {@code switch}. */
  public static final int HANDLER_MAX_PARTS = 256;

  /** Cases of one generated {@code switch}: 256 cases of at most 16 bytes stay below 8,000 bytes together. */
  public static final int SWITCH_PAGE = 256;

  /**
   * Most codes of one domain that these shapes hold: at 2^21 codes a handler part holds 8,192 codes,
   * about 49,000 constant-pool entries. The parser's limit on values read keeps every catalog below it.
   */
  public static final int MAX_CODES_PER_DOMAIN = 1 << 21;

  /**
   * Most typed exception factories one class declares: about 5 constant-pool entries each. Above, the
   * domain's exception inherits them from a chain of factory classes.
   */
  public static final int FACTORIES_PER_CLASS = 4_096;

  /** Most exception groups of one domain: each is a class, and their factory must fit one class. */
  public static final int MAX_GROUPS_PER_DOMAIN = 4_096;

  /**
   * Codes per chunk: of one language's texts, decoded at once, and of a class-form domain's constants,
   * created at once. The runtime's own, which decodes them ({@code runtime.CodebookTables.CHUNK}).
   */
  public static final int CHUNK = RuntimeSource.CHUNK;


  /** Codes per handler part of a domain of {@code codes} codes: a power of two, so parts are found by a shift. */
  public static int handlerPartSize(int codes) {
    int size = HANDLER_PART_MIN;
    while ((long) size * HANDLER_MAX_PARTS < codes) {
      size *= 2;
    }
    return size;
  }
}
