package dev.codebook.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.codebook.processor.CatalogDiagnosticsTest.assertCatalogError;
import static dev.codebook.processor.CatalogDiagnosticsTest.assertErrorCount;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code -Acodebook.baseline}: a catalog compared with its previous release, as {@code buf breaking} does.
 * Every finding is an error at the new catalog's line, and every change that breaks no client is none.
 */
class BaselineComparisonTest {
  @TempDir Path dir;

  static final String BASE = """
      codebook: 1
      name: Shop
      domains:
        - name: Order
          kind: failure
          ranges:
            - {name: Client, from: 400, to: 499, exception: ClientException}
            - {name: Server, from: 500, to: 599}
          attributes:
            retryable: {type: boolean, default: false}
            team: {type: string}
          codes:
            - {code: 0, name: OK, kind: success, message: Done.}
            - {code: 404, name: NOT_FOUND, message: Not found., aliases: [MISSING]}
            - {code: 409, name: CONFLICT, message: "{entry} exists", params: {entry: String}}
            - {code: 503, name: UNAVAILABLE, message: Unavailable.}
            - {code: 7, name: TIMEOUT, message: "Timed out after {seconds} s in {step}", params: {seconds: int, step: String}}
        - name: Token
          codeType: string
          kind: failure
          ranges: [{name: Auth, prefix: "A"}]
          codes: [{code: A-1, name: EXPIRED, message: Expired.}]
      """;

  /** Compiles {@code yaml} against {@code BASE} as baseline (in a directory), with extra options. */
  Compilation compile(String yaml, String... options) throws IOException {
    return compileAgainst(BASE, yaml, options);
  }

  Compilation compileAgainst(String previous, String yaml, String... options) throws IOException {
    Path baseline = dir.resolve("baseline");
    Files.createDirectories(baseline.resolve("test/codes"));
    Files.writeString(baseline.resolve("test/codes/codebook-catalog.yaml"), previous, StandardCharsets.UTF_8);
    List<String> all = new java.util.ArrayList<>(List.of("-Acodebook.baseline=" + baseline));
    all.addAll(List.of(options));
    Compilation compilation = TestCatalogs.compile(TestCatalogs.root(yaml), all);
    // A baseline not found is only a note: without this, a test of what is no finding could not fail.
    assertTrue(compilation.diagnostics().stream().noneMatch(d -> d.getMessage(null).contains("[codebook:baseline-")),
        compilation.diagnostics()::toString);
    return compilation;
  }

  static String warnings(Compilation compilation) {
    return compilation.warnings().stream().map(w -> w.getMessage(null)).collect(Collectors.joining("\n"));
  }

  @Test
  void changesThatBreakNoClientAreNoFindings() throws IOException {
    Compilation compilation = compile("""
        codebook: 1
        name: Shop
        translations: [de]
        domains:
          - name: Order
            kind: failure
            description: Now described.
            ranges:
              - {name: Client, from: 400, to: 499, exception: ClientException, title: Now titled}
              - {name: Server, from: 500, to: 699}
              - {name: Gateway, from: 700, to: 799}
            attributes:
              retryable: {type: boolean, default: false}
              team: {type: string}
              owner: {type: string, default: nobody}
            codes:
              - {code: 0, name: OK, kind: success, message: All done., i18n: {de: {message: Fertig.}}}
              - {code: 404, name: NOT_FOUND, message: Nothing there., advice: Look elsewhere., aliases: [MISSING, GONE]}
              - {code: 409, name: CONFLICT, message: "{entry} exists already", params: {entry: String}}
              - {code: 503, name: UNAVAILABLE, message: Unavailable., deprecated: Use 504., attributes: {team: ops}}
              - {code: 504, name: GATEWAY_TIMEOUT, message: Gateway timed out.}
              - {code: 7, name: TIMEOUT, message: "{step} timed out after {seconds} s", params: {seconds: int, step: String}}
          - name: Token
            codeType: string
            kind: failure
            ranges: [{name: Auth, prefix: "A"}]
            codes: [{code: A-1, name: EXPIRED, message: Expired.}, {code: A-2, name: REVOKED, message: Revoked.}]
          - name: Added
            kind: event
            codes: [{code: 1, name: NEW, message: New.}]
        """, TestCatalogs.PARTIAL_TRANSLATIONS);
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void everyBreakingChangeOfACodeIsAnErrorAtItsLine() throws IOException {
    Compilation compilation = compile("""
        codebook: 1
        name: Shop
        domains:
          - name: Order
            kind: failure
            ranges:
              - {name: Client, from: 400, to: 499, exception: ClientException}
              - {name: Server, from: 500, to: 599}
            attributes:
              retryable: {type: boolean, default: false}
              team: {type: string}
            codes:
              - {code: 0, name: OK, kind: warning, message: Done.}
              - {code: 405, name: NOT_FOUND, message: Not found.}
              - {code: 409, name: CONFLICT_NOW, message: "{entry} exists", params: {entry: int}}
              - {code: 7, name: TIMEOUT, message: "Timed out in {step}", params: {step: String, seconds: int}}
          - name: Token
            codeType: string
            kind: failure
            ranges: [{name: Auth, prefix: "A"}]
            codes: [{code: A-1, name: EXPIRED, message: Expired., exception: ExpiryException}]
        """);
    assertCatalogError(compilation, "breaking-kind-changed", "catalog.yaml:13:16",
        "code 0 OK of domain Order is warning, success in the baseline");
    assertCatalogError(compilation, "breaking-value-changed", "catalog.yaml:14:16",
        "the code named NOT_FOUND of domain Order is 405, 404 in the baseline");
    assertCatalogError(compilation, "breaking-name-changed", "catalog.yaml:15:27",
        "code 409 of domain Order is named CONFLICT_NOW, CONFLICT in the baseline: its constant, name(), valueOf");
    assertCatalogError(compilation, "breaking-params-changed", "catalog.yaml:15:16",
        "has parameters (int entry), (String entry) in the baseline");
    assertCatalogError(compilation, "breaking-params-changed", "catalog.yaml:16:16",
        "(String step, int seconds), (int seconds, String step) in the baseline");
    assertCatalogError(compilation, "breaking-code-removed", "catalog.yaml:4:5",
        "code 503 UNAVAILABLE of domain Order is gone without being reserved", "reserved: [{code: 503, name: UNAVAILABLE}]");
    assertErrorCount(compilation, 6); // EXPIRED's new group extends what it threw: a catch still catches it
    // An alias dropped; a canonical name kept only as an alias is still a rename (constant, handler method).
    Compilation alias = compile(BASE.replace(", aliases: [MISSING]", "")
        .replace("name: CONFLICT, message", "name: CONFLICT_NOW, aliases: [CONFLICT], message"));
    assertCatalogError(alias, "breaking-alias-removed", "catalog.yaml:14:27",
        "alias MISSING of code 404 NOT_FOUND of domain Order is gone");
    assertCatalogError(alias, "breaking-name-changed", "named CONFLICT_NOW, CONFLICT in the baseline");
    assertErrorCount(alias, 2);
    // The same parameters, but a placeholder its translations were written for is gone from the message.
    Compilation dropped = compile(BASE.replace("\"Timed out after {seconds} s in {step}\"", "\"Timed out in {step}\""));
    assertCatalogError(dropped, "breaking-params-changed", "has parameters (int seconds, String step) (the message no"
        + " longer uses {seconds}), (int seconds, String step) in the baseline");
  }

  @Test
  void aRemovedCodeMustBeReservedByValueAndName() throws IOException {
    String removed = BASE.replace("      - {code: 503, name: UNAVAILABLE, message: Unavailable.}\n", "");
    Compilation byValueOnly = compile(removed.replace("    codes:\n      - {code: 0,",
        "    reserved: [{code: 503}]\n    codes:\n      - {code: 0,"));
    assertCatalogError(byValueOnly, "breaking-code-removed", "code 503 UNAVAILABLE");
    Compilation both = compile(removed.replace("    codes:\n      - {code: 0,",
        "    reserved: [{code: 503, name: UNAVAILABLE, note: Gone in 2.0.}]\n    codes:\n      - {code: 0,"));
    assertThat(both).succeededWithoutWarnings();
    String again = BASE.replace("{code: 503, name: UNAVAILABLE, message: Unavailable.}",
        "{code: 503, name: BUSY, message: Busy.}");
    assertCatalogError(compile(again), "breaking-name-changed", "named BUSY, UNAVAILABLE in the baseline");
  }

  @Test
  void domainsRangesAttributesAndTheCatalog() throws IOException {
    Compilation compilation = compile("""
        codebook: 1
        name: Store
        domains:
          - name: Order
            kind: failure
            ranges:
              - {name: Client, from: 400, to: 450, exception: ClientError}
            attributes:
              retryable: {type: boolean, default: true}
              team: {type: int, default: 0}
            codes:
              - {code: 0, name: OK, kind: success, message: Done.}
              - {code: 404, name: NOT_FOUND, message: Not found., aliases: [MISSING], exception: ClientException}
              - {code: 409, name: CONFLICT, message: "{entry} exists", params: {entry: String}, exception: ClientException}
              - {code: 503, name: UNAVAILABLE, message: Unavailable.}
              - {code: 7, name: TIMEOUT, message: "Timed out after {seconds} s in {step}", params: {seconds: int, step: String}}
          - name: Tokens
            codeType: string
            kind: failure
            codes: [{code: A-1, name: EXPIRED, message: Expired.}]
        """);
    assertCatalogError(compilation, "breaking-catalog-renamed", "catalog.yaml:2:7", "catalog Store was Shop in the baseline");
    assertCatalogError(compilation, "breaking-domain-removed", "domain Token of the baseline is gone");
    assertCatalogError(compilation, "breaking-range-narrowed", "catalog.yaml:7:9",
        "range Client of domain Order holds 400 to 450, 400 to 499 in the baseline");
    assertCatalogError(compilation, "breaking-range-exception", "catalog.yaml:7:9",
        "range Client of domain Order throws ClientError, ClientException in the baseline");
    assertCatalogError(compilation, "breaking-range-removed", "catalog.yaml:4:5", "range Server of domain Order is gone");
    assertCatalogError(compilation, "breaking-attribute-default", "catalog.yaml:9:7",
        "attribute retryable of domain Order defaults to true, false in the baseline");
    assertCatalogError(compilation, "breaking-attribute-type", "catalog.yaml:10:7",
        "attribute team of domain Order is int, string in the baseline");
    assertErrorCount(compilation, 7);
    Compilation other = compile(BASE.replace("retryable: {type: boolean, default: false}\n", "")
        .replace("prefix: \"A\"", "prefix: \"A-\"").replace("codeType: string", "codeType: string\n    description: x"));
    assertCatalogError(other, "breaking-attribute-removed", "attribute retryable of domain Order is gone");
    assertCatalogError(other, "breaking-range-narrowed", "range Auth of domain Token holds codes starting with \"A-\","
        + " codes starting with \"A\" in the baseline");
  }

  @Test
  void exceptionsThatACatchOfTheOldClassMisses() throws IOException {
    String grouped = BASE.replace("{code: 404, name: NOT_FOUND, message: Not found., aliases: [MISSING]}",
        "{code: 404, name: NOT_FOUND, message: Not found., aliases: [MISSING], exception: LookupException}");
    Compilation outOfGroup = compileAgainst(grouped, BASE);
    assertCatalogError(outOfGroup, "breaking-exception-changed",
        "code 404 NOT_FOUND of domain Order throws ClientException, LookupException in the baseline");
    assertErrorCount(outOfGroup, 1);
    assertThat(compileAgainst(BASE, grouped)).succeededWithoutWarnings(); // into a group: a subclass
  }

  @Test
  void maskRangesAgainstTheRangesTheyReplace() throws IOException {
    String blocks = BASE.replace("{name: Server, from: 500, to: 599}", "{name: Server, from: 512, to: 767}")
        .replace("{code: 503, name: UNAVAILABLE,", "{code: 515, name: UNAVAILABLE,");
    assertThat(compileAgainst(blocks, blocks.replace("{name: Server, from: 512, to: 767}",
        "{name: Server, mask: 0xFFFFFF00, value: 0x200}"))).succeededWithoutWarnings();
    assertCatalogError(compileAgainst(blocks, blocks.replace("{name: Server, from: 512, to: 767}",
        "{name: Server, mask: 0xFFFFFF0F, value: 0x200}")), "breaking-range-narrowed",
        "range Server of domain Order holds codes with (code & 0xFFFFFF0F) == 0x200, 512 to 767 in the baseline");
    String masked = blocks.replace("{name: Server, from: 512, to: 767}", "{name: Server, mask: 0xFF00, value: 0x200}");
    assertThat(compileAgainst(masked, masked.replace("mask: 0xFF00, value: 0x200", "mask: 0x0F00, value: 0x200")))
        .succeededWithoutWarnings();
    assertCatalogError(compileAgainst(masked, masked.replace("mask: 0xFF00, value: 0x200",
        "mask: 0xFF01, value: 0x201")), "breaking-range-narrowed", "range Server");
  }

  @Test
  void aCatalogKeyAcceptsOnlyTheCatalogsOwnFindingsAndBadOptionsAreRefused() throws IOException {
    Compilation compilation = compile(BASE.replace("name: Shop\n", "name: Shop\nbreaking: Everything is fine.\n")
        .replace("{code: 0, name: OK, kind: success,", "{code: 0, name: OK, kind: warning,"));
    assertCatalogError(compilation, "breaking-kind-changed", "code 0 OK");
    assertTrue(warnings(compilation).contains("'breaking' on catalog Shop accepts no change"), warnings(compilation));
    Compilation renamed = compile(BASE.replace("name: Shop\n", "name: Store\nbreaking: Renamed in 2.0.\n"));
    assertThat(renamed).succeededWithoutWarnings();
    assertCatalogError(compile(BASE, "-Acodebook.compat=lenient"), "bad-option",
        "option -Acodebook.compat=lenient is not valid: use error (the default) or warn");
  }

  /** Past the fifty problems shown, findings lowered to warnings still leave a build that succeeds. */
  @Test
  void manyWarnedFindingsDoNotFailTheBuild() throws IOException {
    StringBuilder codes = new StringBuilder();
    for (int i = 1; i <= 60; i++) {
      codes.append("      - {code: ").append(i).append(", name: C").append(i).append(", message: c}\n");
    }
    String previous = "codebook: 1\nname: Shop\ndomains:\n  - name: Order\n    kind: failure\n    codes:\n" + codes;
    Compilation compilation = compileAgainst(previous, previous.replace("kind: failure", "kind: warning"),
        "-Acodebook.compat=warn");
    assertThat(compilation).succeeded();
    assertTrue(warnings(compilation).contains("[codebook:breaking-kind-changed]"), warnings(compilation));
  }

  /** The release's own catalog, byte for byte: no finding, and a breaking: key in it accepts nothing. */
  @Test
  void anUnchangedCatalogIsItsOwnBaseline() throws IOException {
    assertThat(compileAgainst(BASE, BASE)).succeededWithoutWarnings();
    String accepting = BASE.replace("{code: 0, name: OK, kind: success,", "{code: 0, name: OK, kind: success, breaking: x,");
    Compilation compilation = compileAgainst(accepting, accepting);
    assertThat(compilation).succeeded();
    assertTrue(warnings(compilation).contains("'breaking' on code OK of domain Order accepts no change"),
        warnings(compilation));
  }

  @Test
  void aCodeTypeChangeIsOneFindingForTheDomain() throws IOException {
    Compilation compilation = compile(BASE.replace("    codeType: string\n", "")
        .replace("ranges: [{name: Auth, prefix: \"A\"}]", "ranges: [{name: Auth, from: 1, to: 9}]")
        .replace("{code: A-1, name: EXPIRED", "{code: 1, name: EXPIRED"));
    assertCatalogError(compilation, "breaking-code-type", "domain Token has codeType int, string in the baseline");
    assertErrorCount(compilation, 1);
  }

  @Test
  void breakingKeysAcceptFindingsNextToWhatChanged() throws IOException {
    String accepted = BASE
        .replace("{code: 0, name: OK, kind: success,", "{code: 0, name: OK, kind: warning, breaking: Reviewed in review 12,")
        .replace("{name: Server, from: 500, to: 599}", "{name: Server, from: 500, to: 550, breaking: Split.}")
        .replace("team: {type: string}", "team: {type: int, default: 0, breaking: Team ids.}")
        .replace("  - name: Token\n    codeType: string", "  - name: Token\n    breaking: Renumbered by the vendor.")
        .replace("codes: [{code: A-1, name: EXPIRED, message: Expired.}]", "codes: [{code: 1, name: EXPIRED, message: Expired.}]")
        .replace("ranges: [{name: Auth, prefix: \"A\"}]", "ranges: [{name: Auth, from: 1, to: 9}]")
        .replace("{code: 404, name: NOT_FOUND, message: Not found., aliases: [MISSING]}",
            "{code: 404, name: NOT_FOUND, message: Not found., aliases: [MISSING], breaking: Nothing changed here.}");
    Compilation compilation = compile(accepted);
    assertThat(compilation).succeeded();
    String warnings = warnings(compilation);
    assertTrue(warnings.contains("'breaking' on code NOT_FOUND of domain Order accepts no change against the baseline;"
        + " remove it [codebook:breaking-unused]"), warnings);
    assertEquals(1, compilation.warnings().size(), warnings);
    // Without the keys, with -Acodebook.compat=warn: the same findings as warnings, and the build goes on.
    Compilation warned = compile(BASE.replace("{code: 0, name: OK, kind: success,", "{code: 0, name: OK, kind: warning,"),
        "-Acodebook.compat=warn");
    assertThat(warned).succeeded();
    assertThat(warned).hadWarningContaining("[codebook:breaking-kind-changed]");
  }

  /**
   * The fusion-auth catalog as it is, as the baseline of an edited copy: one code renumbered, one removed
   * and reserved, one kind changed. Exactly two findings, at their lines.
   */
  @Test
  void theFusionAuthCatalogAgainstAnEditedCopyOfItself() throws IOException {
    String released = Files.readString(Path.of("../catalog/src/main/resources/codebook/fusion-auth.yaml"),
        StandardCharsets.UTF_8);
    Path baseline = dir.resolve("release-1.0");
    Files.createDirectories(baseline.resolve("test/codes"));
    Files.writeString(baseline.resolve("test/codes/codebook-catalog.yaml"), released, StandardCharsets.UTF_8);
    int removedFrom = released.indexOf("      - code: 100001\n");
    int removedTo = released.indexOf("      - code: 100002\n");
    String edited = released.substring(0, removedFrom) + released.substring(removedTo);
    edited = edited.replace("    title: \"阿里云SDK返回码\"\n", "    title: \"阿里云SDK返回码\"\n"
        + "    reserved: [{code: 100001, name: SCENE_NOT_FOUND, note: Removed in 2.0.}]\n");
    edited = edited.replace("      - code: 100002\n", "      - code: 100099\n");
    int kindAt = edited.indexOf("kind: failure", edited.indexOf("name: NODE_BUSY_OR_SCENE_MISMATCH"));
    edited = edited.substring(0, kindAt) + "kind: warning" + edited.substring(kindAt + "kind: failure".length());
    List<String> lines = edited.lines().toList();
    int renumbered = lines.indexOf("      - code: 100099") + 1;
    int kind = lines.indexOf("      - code: 100003") + 1; // findings on a code stand at its value
    Compilation compilation = TestCatalogs.compile(TestCatalogs.root(edited),
        List.of("-Acodebook.baseline=" + baseline));
    assertCatalogError(compilation, "breaking-value-changed", "catalog.yaml:" + renumbered + ":15:",
        "the code named SCENE_NOT_READY of domain Sdk is 100099, 100002 in the baseline");
    assertCatalogError(compilation, "breaking-kind-changed", "catalog.yaml:" + kind + ":15:",
        "code 100003 NODE_BUSY_OR_SCENE_MISMATCH of domain Sdk is warning, failure in the baseline");
    assertErrorCount(compilation, 2);
    assertThat(TestCatalogs.compile(TestCatalogs.root(released), List.of("-Acodebook.baseline=" + baseline)))
        .succeededWithoutWarnings();
  }

  @Test
  void theBaselineMayBeAJarOrAbsent() throws IOException {
    Path jar = dir.resolve("shop-1.0.jar");
    try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("test/codes/codebook-catalog.yaml"));
      zip.write(BASE.replace("name: NOT_FOUND,", "name: NOT_FOUND_EVER,").getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    Compilation fromJar = TestCatalogs.compile(TestCatalogs.root(BASE), List.of("-Acodebook.baseline="
        + dir.resolve("missing") + java.io.File.pathSeparator + jar));
    assertCatalogError(fromJar, "breaking-name-changed", "named NOT_FOUND, NOT_FOUND_EVER in the baseline");
    Compilation none = TestCatalogs.compile(TestCatalogs.root(BASE), List.of("-Acodebook.baseline=" + dir));
    assertThat(none).succeededWithoutWarnings();
    assertTrue(none.diagnostics().stream().anyMatch(d -> d.getKind() == Diagnostic.Kind.NOTE
        && d.getMessage(null).contains("no baseline of package test.codes in " + dir + ": nothing to compare with")),
        none.diagnostics()::toString);
  }
}
