package dev.codebook.catalog.fusionauth;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.lang.reflect.Field;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Proves that each generated domain holds exactly the codes of its table on the documentation page:
 * no code missing, none invented, in page order, and every row of the page accounted for, either as a
 * constant or, for a code the page lists twice, as an alias of that code's constant.
 */
class DomainCodeSetTest {
  private static final SeedPage PAGE = SeedPage.load();

  static Stream<GeneratedDomain> domains() {
    return GeneratedDomain.ALL.stream();
  }

  @Test
  void generatedDomainsAreTheSeedTablesInPageOrder() {
    List<String> seedDomains = List.copyOf(SeedPage.DOMAIN_BY_TABLE.values());

    assertEquals(seedDomains, GeneratedDomain.ALL.stream().map(GeneratedDomain::name).toList());
    assertEquals(seedDomains, YamlCatalog.load().domains());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("domains")
  void holdsExactlyTheCodesOfItsSeedTable(GeneratedDomain domain) {
    Set<String> seedCodes = new TreeSet<>(PAGE.rowsByCode(domain.name()).keySet());
    Set<String> generatedCodes = new TreeSet<>();
    Set<String> generatedCodeTexts = new TreeSet<>();
    for (FusionAuthCode constant : domain.values()) {
      generatedCodes.add(Integer.toString(domain.code(constant)));
      generatedCodeTexts.add(constant.codeText());
    }

    assertEquals(seedCodes, generatedCodes, "code()");
    assertEquals(seedCodes, generatedCodeTexts, "codeText()");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("domains")
  void declaresItsConstantsInPageOrder(GeneratedDomain domain) {
    List<String> seedOrder = List.copyOf(PAGE.rowsByCode(domain.name()).keySet());

    assertEquals(seedOrder, domain.values().stream().map(FusionAuthCode::codeText).toList());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("domains")
  void accountsForEverySeedRow(GeneratedDomain domain) {
    int seedRows = PAGE.rows(domain.name()).size();
    int repeatedRows = seedRows - PAGE.rowsByCode(domain.name()).size();

    assertEquals(repeatedRows, domain.aliasFields().size(), "aliases, one per repeated seed row");
    assertEquals(seedRows, domain.values().size() + domain.aliasFields().size(), "constants + aliases");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("domains")
  void aliasesStandForTheRepeatedRows(GeneratedDomain domain) throws IllegalAccessException {
    Map<String, Integer> expectedAliases = new LinkedHashMap<>();
    PAGE.rowsByCode(domain.name()).forEach((code, rows) -> {
      if (rows.size() > 1) {
        expectedAliases.put(code, rows.size() - 1);
      }
    });
    Map<String, Integer> actualAliases = new LinkedHashMap<>();
    for (Field alias : domain.aliasFields()) {
      FusionAuthCode constant = (FusionAuthCode) alias.get(null);
      assertNotNull(constant, alias.getName());
      actualAliases.merge(constant.codeText(), 1, Integer::sum);
    }

    assertEquals(expectedAliases, actualAliases, "repeated seed code -> number of aliases");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("domains")
  void everyConstantNamesItsDomain(GeneratedDomain domain) {
    assertAll(domain.values().stream()
        .map(constant -> () -> assertEquals(domain.name(), constant.domain(), constant.name())));
  }
}
