package dev.codebook.processor.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codebook.processor.parse.CatalogParser;
import org.junit.jupiter.api.Test;

/**
 * The limits fit together: no catalog the parser accepts has a domain larger than the generated
 * shapes hold, and those shapes stay inside the class-file limits at their largest.
 */
class ShapesTest {
  /** The fewest YAML values a code entry can be: its mapping, and {@code code}, {@code name}, {@code message} with values. */
  static final int VALUES_PER_CODE = 7;

  @Test
  void theParsersLimitsKeepEveryDomainWithinTheShapes() {
    assertTrue(CatalogParser.MAX_VALUES_READ / VALUES_PER_CODE < Shapes.MAX_CODES_PER_DOMAIN,
        "a catalog within the parser's limits could hold a domain the generated code cannot");
  }

  @Test
  void handlerPartsStayFewAndSmall() {
    assertEquals(Shapes.HANDLER_PART_MIN, Shapes.handlerPartSize(Shapes.HANDLER_INLINE_MAX + 1));
    assertEquals(Shapes.HANDLER_PART_MIN, Shapes.handlerPartSize(Shapes.HANDLER_PART_MIN * Shapes.HANDLER_MAX_PARTS));
    int largest = Shapes.handlerPartSize(Shapes.MAX_CODES_PER_DOMAIN);
    assertEquals(8_192, largest);
    assertTrue((long) largest * Shapes.HANDLER_MAX_PARTS >= Shapes.MAX_CODES_PER_DOMAIN);
    // About 6 constant-pool entries per code of a part: its method name, the constant it passes, the route's call.
    assertTrue(largest * 6 < 65_535);
    for (int codes = Shapes.HANDLER_INLINE_MAX + 1; codes <= Shapes.MAX_CODES_PER_DOMAIN; codes = codes * 3 / 2) {
      int size = Shapes.handlerPartSize(codes);
      assertEquals(0, size & (size - 1), "a power of two");
      assertTrue((codes + size - 1) / size <= Shapes.HANDLER_MAX_PARTS, codes + " codes");
    }
  }

  @Test
  void anEnumsStaticInitializerFitsAtTheLimit() {
    // 16 bytes per constant (new, dup, ldc, sipush, invokespecial, putstatic), 6 per alias.
    assertTrue(16 * Shapes.ENUM_MAX_NAMES + 64 < 65_535);
    // About 10 bytes of static initializer per constant of a part.
    assertTrue(10 * Shapes.NAMES_PER_CONSTANT_PART + 64 < 65_535);
  }
}
