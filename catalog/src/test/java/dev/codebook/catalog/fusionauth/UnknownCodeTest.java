package dev.codebook.catalog.fusionauth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Proves that in every domain a value the page does not list is unknown: {@code forCode} finds
 * nothing, and {@code check} throws a {@link FusionAuthException} without a code that names the domain
 * and the raw value, rather than returning or mistaking it for a listed code.
 */
class UnknownCodeTest {
  private static final int UNLISTED = 999999999;
  private static final SeedPage PAGE = SeedPage.load();

  static Stream<GeneratedDomain> domains() {
    return GeneratedDomain.ALL.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("domains")
  void checkRejectsAnUnlistedInt(GeneratedDomain domain) {
    assertUnlisted(domain, Integer.toString(UNLISTED));

    FusionAuthException thrown = assertThrows(FusionAuthException.class, () -> domain.check().apply(UNLISTED));

    assertUnknown(domain, Integer.toString(UNLISTED), thrown);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("domains")
  void checkRejectsUnlistedText(GeneratedDomain domain) {
    for (String raw : new String[] {"abc", Integer.toString(UNLISTED)}) {
      FusionAuthException thrown = assertThrows(FusionAuthException.class, () -> domain.checkText().apply(raw));

      assertUnknown(domain, raw, thrown);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("domains")
  void forCodeFindsNothingForUnlistedValues(GeneratedDomain domain) {
    assertUnlisted(domain, Integer.toString(UNLISTED));

    assertNull(domain.forCode().apply(UNLISTED), "forCode(" + UNLISTED + ")");
    for (String raw : Arrays.asList("abc", "", "   ", "-", "+", "1e3", "2147483648", "-2147483649",
        "99999999999999999999", Integer.toString(UNLISTED), null)) {
      assertNull(domain.forCodeText().apply(raw), "forCode(\"" + raw + "\")");
    }
  }

  private static void assertUnlisted(GeneratedDomain domain, String raw) {
    assertFalse(PAGE.rowsByCode(domain.name()).containsKey(raw), raw + " is listed on the page for " + domain);
  }

  private static void assertUnknown(GeneratedDomain domain, String raw, FusionAuthException thrown) {
    assertNull(thrown.code(), "code()");
    assertEquals(domain.name(), thrown.domain(), "domain()");
    assertEquals(raw, thrown.rawCode(), "rawCode()");
    assertTrue(thrown.getMessage().contains(raw), "getMessage() lacks the raw value: " + thrown.getMessage());
    assertTrue(thrown.getMessage().contains(domain.name()),
        "getMessage() lacks the domain: " + thrown.getMessage());
  }
}
