package dev.codebook.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.codebook.processor.CatalogDiagnosticsTest.assertCatalogError;
import static dev.codebook.processor.CatalogDiagnosticsTest.assertErrorCount;
import static dev.codebook.processor.CompiledClasses.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code reserved}: values and names a domain keeps out of use, as protobuf's {@code reserved} does. */
class ReservedCodesTest {
  static final String SHOP = """
      codebook: 1
      name: Shop
      domains:
        - name: Order
          kind: failure
          ranges: [{name: Client, from: 400, to: 499, exception: ClientException}]
          reserved:
            - {code: 410, name: GONE, note: Removed in 2.0; clients of 1.x still receive it.}
            - {from: 900, to: 999, note: Kept for the payment provider.}
            - {name: OLD_TIMEOUT}
            - {code: 0x1F}
          codes:
            - {code: 404, name: NOT_FOUND, message: Not found.}
            - {code: 500, name: TIMEOUT, message: Timed out.}
        - name: Token
          codeType: string
          kind: failure
          reserved: [{code: T-9, note: Never again.}]
          codes: [{code: T-1, name: EXPIRED, message: Expired.}]
      """;

  @Test
  void reservedValuesAreUnknownCodesAndThePageListsThem() throws Throwable {
    Compilation compilation = TestCatalogs.compile(SHOP);
    assertThat(compilation).succeededWithoutWarnings();
    CompiledClasses classes = new CompiledClasses(compilation);
    Class<?> order = classes.type("OrderCode");
    assertNull(call(order, "forCode", 410));
    assertNull(call(order, "forCode", 950));
    Throwable gone = assertThrows(RuntimeException.class, () -> call(order, "check", 410));
    assertEquals("ClientException", gone.getClass().getSimpleName(), "an unknown code, in its range");
    assertNull(call(gone, "code"));
    assertNull(call(classes.type("TokenCode"), "forCode", "T-9"));
    String page = new String(ReferenceDocTest.page(compilation, "META-INF/codebook/test/codes/Shop.md"),
        StandardCharsets.UTF_8);
    assertTrue(page.contains("""
        | Codes | Name | Note |
        |---|---|---|
        | 410 | `GONE` | Removed in 2.0; clients of 1.x still receive it. |
        | 900 to 999 |  | Kept for the payment provider. |
        |  | `OLD_TIMEOUT` |  |
        | 31 |  |  |
        """), page);
    assertTrue(page.contains("| T-9 |  | Never again. |"), page);
  }

  @Test
  void aListedCodeThatReusesAReservedValueOrNameIsAnErrorAtItsLine() {
    Compilation compilation = TestCatalogs.compile("""
        codebook: 1
        name: Shop
        domains:
          - name: Order
            kind: failure
            reserved:
              - {code: 410, name: GONE, note: Removed in 2.0; clients of 1.x still receive it.}
              - {from: 900, to: 999, note: Kept for the payment provider.}
              - {name: OLD_TIMEOUT}
            codes:
              - {code: 500, name: TIMEOUT, message: Timed out., aliases: [OLD_TIMEOUT]}
              - {code: 410, name: GONE_AGAIN, message: Gone.}
              - {code: 950, name: PAYMENT, message: Pay.}
              - {code: 411, name: GONE, message: Length.}
          - name: Token
            codeType: string
            kind: failure
            reserved: [{code: T-9, note: Never again.}]
            codes: [{code: T-9, name: NINE, message: Nine.}]
        """);
    assertCatalogError(compilation, "reserved-reused", "catalog.yaml:11:67", "the name OLD_TIMEOUT of code 500 TIMEOUT"
        + " of domain Order is reserved (at ", "catalog.yaml:9:9)");
    assertCatalogError(compilation, "reserved-reused", "catalog.yaml:12:16", "the value of code 410 GONE_AGAIN of domain"
        + " Order is reserved (at ", "catalog.yaml:7:9: Removed in 2.0; clients of 1.x still receive it.)");
    assertCatalogError(compilation, "reserved-reused", "catalog.yaml:13:16", "the value of code 950 PAYMENT");
    assertCatalogError(compilation, "reserved-reused", "catalog.yaml:14:27", "the name GONE of code 411 GONE");
    assertCatalogError(compilation, "reserved-reused", "the value of code T-9 NINE of domain Token");
    assertErrorCount(compilation, 5);
  }

  @Test
  void reservedEntriesThatOverlapOrReserveNothingAreErrors() {
    Compilation compilation = TestCatalogs.compile("""
        codebook: 1
        name: Shop
        domains:
          - name: Order
            kind: failure
            reserved:
              - {from: 10, to: 20}
              - {code: 15}
              - {name: A_NAME}
              - {name: A_NAME, note: twice}
              - {note: nothing}
              - {code: 1, from: 2, to: 3}
              - {from: 30}
              - {from: 40, to: 39}
              - {code: x}
              - {code: 5, nmae: B}
            codes: [{code: 1, name: A, message: a}]
          - name: Token
            codeType: string
            kind: failure
            reserved: [{from: A, to: B}]
            codes: [{code: T, name: T, message: t}]
        """);
    assertCatalogError(compilation, "reserved-overlap", "catalog.yaml:8:9", "reserved entries of domain Order overlap:"
        + " values at ", "catalog.yaml:7:9");
    assertCatalogError(compilation, "reserved-overlap", "catalog.yaml:10:16", "name A_NAME at");
    assertCatalogError(compilation, "bad-reserved", "catalog.yaml:11:9", "a reserved entry of domain Order reserves"
        + " nothing: give a 'code', 'from' and 'to', or a 'name'");
    assertCatalogError(compilation, "bad-reserved", "catalog.yaml:12:19", "has 'code' beside 'from'/'to'");
    assertCatalogError(compilation, "bad-reserved", "catalog.yaml:13:9", "has no 'to'");
    assertCatalogError(compilation, "bad-reserved", "catalog.yaml:14:16", "starts at 40, after its end 39");
    assertCatalogError(compilation, "bad-int-code", "catalog.yaml:15:16");
    assertCatalogError(compilation, "unknown-key", "catalog.yaml:16:19", "'nmae'");
    assertCatalogError(compilation, "bad-reserved", "catalog.yaml:21:17", "'from'/'to', which are for int codes");
    assertErrorCount(compilation, 9);
  }
}
