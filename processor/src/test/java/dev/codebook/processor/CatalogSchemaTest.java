package dev.codebook.processor;

import static dev.codebook.processor.TestCatalogs.catalogWithCodes;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON Schema of the catalog format ({@value #SCHEMA_RESOURCE}, shipped in the processor jar) against
 * the processor: every catalog in the repository validates, and schema and processor agree on a table
 * of good and bad catalogs ({@link #AGREED}). What the schema cannot see is a second table
 * ({@link #SCHEMA_CANNOT_SEE}): catalogs the processor refuses and the schema lets through. The
 * schema is never stricter than the processor.
 *
 * <p><b>YAML to JSON.</b> A schema only ever sees what an editor's YAML parser makes of the file, so
 * the catalogs are read here as yaml-language-server reads them: YAML 1.2 with the core schema, where
 * {@code code: 100001} is an integer, {@code code: "23505"} a string, {@code deprecated: true} a
 * boolean, {@code name: NULL} null and {@code NO} a string ({@link EditorYaml}). The validator's own
 * YAML stack was not used for this: jackson-dataformat-yaml 3 (on snakeyaml-engine) types scalars by
 * the YAML 1.2 <em>JSON</em> schema, where {@code True}, {@code TRUE}, {@code NULL}, {@code ~},
 * {@code 08006}, {@code 0x1F} and {@code +1} stay strings, which is not what an editor sees. SnakeYAML,
 * already on the class path for the processor, composes the nodes under a resolver that holds exactly
 * the core-schema patterns.
 *
 * <p><b>Dialects.</b> The schema declares 2020-12 but uses only keywords that mean the same in draft-07,
 * since older yaml-language-server releases validate with draft-07 rules whatever {@code $schema} says;
 * each row is therefore also checked with the schema read as draft-07.
 */
class CatalogSchemaTest {
  static final String SCHEMA_RESOURCE = "/META-INF/codebook/catalog-1.schema.json";
  static final String SCHEMA_ID = "https://codebook.dev/schema/catalog-1.schema.json";
  private static final Path ROOT = repositoryRoot();
  private static final Path SCHEMA_SOURCE = ROOT.resolve("processor/src/main/resources" + SCHEMA_RESOURCE);
  private static final Pattern MODELINE = Pattern.compile("#\\s*yaml-language-server\\s*:.*\\$schema[=:]\\s*(\\S+)");
  private static final ObjectMapper MAPPER = JsonMapper.builder().build();

  private static final Schema SCHEMA = load(SpecificationVersion.DRAFT_2020_12);
  private static final Schema SCHEMA_AS_DRAFT_07 = load(SpecificationVersion.DRAFT_7);

  // ---- the tables: one row per catalog, good or bad ----

  /** Catalogs that the schema and the processor both accept, or both refuse. */
  static final List<Row> AGREED = List.of(
      // Good catalogs.
      accepted("the smallest catalog", catalogWithCodes("""
              - {code: 1, name: OUT_OF_STOCK, kind: failure, message: Out of stock.}
        """)),
      accepted("every key at every level", """
        codebook: 1
        name: FusionAuth
        title: 阿里云融合认证错误码
        locale: zh-CN
        translations: [en, zh-Hant]
        domains:
          - name: Sdk
            title: 阿里云SDK返回码
            codeType: int
            kind: failure
            codes:
              - code: 100001
                name: SCENE_NOT_FOUND
                kind: failure
                message: 场景不存在。
                advice: 建议更换场景ID。
                i18n:
                  en: {message: Scene does not exist., advice: Use another scene ID.}
                  zh-Hant: {message: 場景不存在。}
                aliases: [NO_SCENE]
                exception: SceneException
                deprecated: replaced by 100002
              - {code: 100002, name: SCENE_MISSING, message: 场景缺失。, exception: SceneException}
        """),
      accepted("a string domain: quoted, plain and leading-zero codes", """
        codebook: 1
        name: Db
        domains:
          - name: SqlState
            codeType: string
            kind: failure
            codes:
              - {code: "23505", name: UNIQUE_VIOLATION, message: Unique violation.}
              - {code: 42P01, name: UNDEFINED_TABLE, message: Undefined table.}
              - {code: 08006, name: CONNECTION_FAILURE, message: Connection failure.}
              - {code: 1.5, name: ONE_AND_A_HALF, message: A float to YAML 1.2.}
              - {code: NO, name: NO_CODE, message: Text and not a YAML 1.1 boolean.}
              - {code: "HY 000", name: INNER_BLANK, message: A blank inside is kept.}
        """),
      accepted("characters Java does not count as blank, and an empty string code", """
        codebook: 1
        name: Db
        domains:
          - name: SqlState
            codeType: string
            kind: failure
            codes:
              - {code: "", name: EMPTY, message: "\\u00A0"}
              - {code: "HY000\\u00A0", name: NO_BREAK_SPACE, message: "\\u200B", advice: "\\uFEFF"}
        """),
      accepted("reserved values, blocks and names", """
        codebook: 1
        name: Shop
        domains:
          - name: Order
            kind: failure
            reserved: [{code: 410, name: GONE, note: Removed in 2.0.}, {from: 0x300, to: 999}, {name: OLD}]
            codes: [{code: 1, name: A, message: A.}]
        """),
      accepted("breaking keys on the catalog, a domain, a range, an attribute and a code", """
        codebook: 1
        name: Shop
        breaking: Renamed in 2.0.
        domains:
          - name: Order
            kind: failure
            breaking: Split in two.
            ranges: [{name: Low, from: 1, to: 9, breaking: Narrowed.}]
            attributes: {team: {type: string, breaking: Now a string.}}
            codes: [{code: 1, name: A, message: A., breaking: Renumbered.}]
        """),
      refused("a reserved entry that reserves nothing", """
        codebook: 1
        name: Shop
        domains:
          - name: Order
            kind: failure
            reserved: [{note: nothing}]
            codes: [{code: 1, name: A, message: A.}]
        """, "bad-reserved", "required"),
      accepted("aliases with notes beside plain ones", catalogWithCodes("""
              - code: 8
                name: CURLE_WEIRD_SERVER_REPLY
                kind: failure
                message: Weird server reply.
                aliases: [CURLE_WEIRD, {name: CURLE_FTP_WEIRD_SERVER_REPLY, description: Old., deprecated: Use the new.},
                  {name: CURLE_ODD, deprecated: true}]
        """)),
      refused("an alias mapping without a name", catalogWithCodes("""
              - {code: 1, name: A, kind: failure, message: A., aliases: [{description: nameless}]}
        """), "missing-key", "required"),
      accepted("an empty message where a source has none, here and in a translation", """
        codebook: 1
        name: Web
        translations: [de]
        domains:
          - name: Http
            kind: failure
            codes:
              - {code: 306, name: UNUSED, message: "", i18n: {de: {message: ''}}}
        """),
      accepted("int codes: negative, zero, quoted and at both ends of int", catalogWithCodes("""
              - {code: -1, name: MINUS_ONE, kind: failure, message: Minus one.}
              - {code: 0, name: ZERO, kind: success, message: Zero.}
              - {code: "42", name: QUOTED, kind: warning, message: Quoted.}
              - {code: -2147483648, name: INT_MIN, kind: event, message: Smallest int.}
              - {code: 2147483647, name: INT_MAX, kind: progress, message: Largest int.}
        """)),
      accepted("a domain default kind, and codes without one", """
        codebook: 1
        name: Shop
        domains:
          - name: Order
            kind: failure
            codes:
              - {code: 1, name: OUT_OF_STOCK, message: Out of stock.}
              - {code: 2, name: SHIPPED, kind: success, message: Shipped.}
              - {code: 3, name: EMPTY_KIND, kind: , message: Takes the domain's kind.}
        """),
      accepted("aliases and exception groups", catalogWithCodes("""
              - {code: 1, name: OUT_OF_STOCK, aliases: [SOLD_OUT, NONE_LEFT], kind: failure, message: Out of stock.,
                 exception: StockException}
              - {code: 2, name: RESERVED, kind: failure, message: Reserved., exception: StockException}
              - {code: 3, name: PAID, aliases: [], kind: success, message: Paid.}
        """)),
      accepted("deprecated: true, false, a reason", catalogWithCodes("""
              - {code: 1, name: OLD, kind: failure, message: Old., deprecated: true}
              - {code: 2, name: NOT_OLD, kind: failure, message: Not old., deprecated: false}
              - {code: 3, name: OLDER, kind: failure, message: Older., deprecated: use code 4 instead}
              - {code: 4, name: NEW, kind: failure, message: New., deprecated: }
        """)),
      accepted("translations, with and without advice", """
        codebook: 1
        name: Shop
        locale: de
        translations: [en, fr-CA]
        domains:
          - name: Order
            kind: failure
            codes:
              - code: 1
                name: OUT_OF_STOCK
                message: Nicht vorrätig.
                advice: Später erneut versuchen.
                i18n:
                  en: {message: Out of stock., advice: Try again later.}
                  fr-CA: {message: En rupture de stock.}
              - {code: 2, name: NO_TRANSLATION, message: Ohne Übersetzung., i18n: }
        """),
      accepted("texts YAML 1.2 reads as numbers, booleans or null", """
        codebook: "1"
        name: Shop
        title: 2024
        locale: ~
        translations:
        domains:
          - name: Order
            title: true
            codeType:
            codes:
              - {code: 1, name: NUMBER, kind: failure, message: 404, advice: 1.5}
              - {code: 2, name: BOOLEAN, kind: failure, message: yes, advice: false}
              - {code: 3, name: THE_TEXT_NULL, kind: failure, message: null, advice: ~}
        """),
      accepted("names YAML 1.2 reads as booleans or null", """
        codebook: 1
        name: True
        domains:
          - name: Null
            kind: failure
            codes:
              - {code: 1, name: TRUE, message: True., aliases: [NULL]}
              - {code: 2, name: FALSE, message: False., exception: False}
        """),
      accepted("block scalars and multi-line texts", catalogWithCodes("""
              - code: 1
                name: MULTI_LINE
                kind: failure
                message: |
                  First line.
                  Second line.
                advice: >
                  Folded
                  into one line.
        """)),
      accepted("ranges, attributes, parameters, descriptions and hex codes", """
        codebook: 1
        name: Net
        translations: [de]
        domains:
          - name: Http
            description: The HTTP status registry.
            kind: failure
            ranges:
              - {name: ClientError, from: 400, to: 499, exception: ClientErrorException, title: Client errors}
              - {name: ServerError, from: 0x1F4, to: 599, kind: failure}
            attributes:
              rfc: {type: string}
              retryable: {type: boolean, default: false}
              weight: {type: long, default: 1}
            codes:
              - code: 404
                name: NOT_FOUND
                message: "{path} not found; {{braces}} stay."
                description: The origin server did not find a current representation.
                params: {path: String}
                attributes: {rfc: RFC 9110, retryable: true}
                i18n: {de: {message: "{path} nicht gefunden; {{braces}} bleiben.", description: Nicht da.}}
              - {code: 503, name: IPv6_UNAVAILABLE, message: "Unavailable after {seconds} s.", params: {seconds: int}}
          - name: Hresult
            codeFormat: hex
            kind: failure
            codes: [{code: 0x80004005, name: E_FAIL, message: Unspecified failure.}]
          - name: SqlState
            codeType: string
            ranges: [{name: IntegrityConstraintViolation, prefix: "23", kind: failure}]
            codes: [{code: "23505", name: UNIQUE_VIOLATION, message: Unique violation.}]
        """),

      refused("codeFormat on a string domain, even decimal", """
        codebook: 1
        name: Net
        domains:
          - {name: Sql, codeType: string, codeFormat: decimal, kind: failure, codes: [{code: A, name: A, message: a}]}
        """, "bad-code-format", "type"),

      // A key unknown at each level.
      refused("an unknown key in a range", """
        codebook: 1
        name: Net
        domains:
          - {name: Http, kind: failure, ranges: [{name: Client, from: 400, to: 499, colour: red}],
             codes: [{code: 404, name: NOT_FOUND, message: Not found.}]}
        """, "unknown-key", "additionalProperties"),
      refused("an unknown key in an attribute", """
        codebook: 1
        name: Net
        domains:
          - {name: Http, kind: failure, attributes: {rfc: {type: string, colour: red}},
             codes: [{code: 404, name: NOT_FOUND, message: Not found.}]}
        """, "unknown-key", "additionalProperties"),
      refused("an attribute of an unknown type", """
        codebook: 1
        name: Net
        domains:
          - {name: Http, kind: failure, attributes: {rfc: {type: text}},
             codes: [{code: 404, name: NOT_FOUND, message: Not found.}]}
        """, "bad-attribute", "enum"),
      refused("an int attribute without a default", """
        codebook: 1
        name: Net
        domains:
          - {name: Http, kind: failure, attributes: {weight: {type: int}},
             codes: [{code: 404, name: NOT_FOUND, message: Not found.}]}
        """, "bad-attribute", "required"),
      refused("a parameter of an unknown type", catalogWithCodes("""
              - {code: 1, name: A, kind: failure, message: "{a} failed", params: {a: Text}}
        """), "bad-param", "enum"),
      refused("a prefix range in an int domain", """
        codebook: 1
        name: Net
        domains:
          - {name: Http, kind: failure, ranges: [{name: Client, prefix: "4"}],
             codes: [{code: 404, name: NOT_FOUND, message: Not found.}]}
        """, "bad-range", "required"),
      refused("an unknown code format", """
        codebook: 1
        name: Net
        domains:
          - {name: Http, kind: failure, codeFormat: octal, codes: [{code: 404, name: NOT_FOUND, message: Not found.}]}
        """, "bad-code-format", "enum"),
      refused("an unknown key at the top", """
        codebook: 1
        name: Shop
        version: 2
        domains:
          - {name: Order, kind: failure, codes: [{code: 1, name: A, message: A.}]}
        """, "unknown-key", "additionalProperties"),
      refused("an unknown key in a domain", """
        codebook: 1
        name: Shop
        domains:
          - {name: Order, kind: failure, colour: blue, codes: [{code: 1, name: A, message: A.}]}
        """, "unknown-key", "additionalProperties"),
      refused("an unknown key in a code", catalogWithCodes("""
              - {code: 1, name: A, kind: failure, message: A., hint: B.}
        """), "unknown-key", "additionalProperties"),
      refused("a misspelt key in a code", catalogWithCodes("""
              - {code: 1, name: A, kind: failure, mesage: A.}
        """), "unknown-key", "additionalProperties"),
      refused("an unknown key in a translation", """
        codebook: 1
        name: Shop
        translations: [de]
        domains:
          - name: Order
            kind: failure
            codes:
              - {code: 1, name: A, message: A., i18n: {de: {message: A., hint: B.}}}
        """, "unknown-key", "additionalProperties"),
      refused("a merge key, which YAML 1.2 does not have", """
        codebook: 1
        name: Shop
        domains:
          - name: Order
            codes:
              - &first {code: 1, name: A, kind: failure, message: A.}
              - {<<: *first, code: 2, name: B}
        """, "unknown-key", "additionalProperties"),

      // A wrong kind or code type.
      refused("a wrong kind on a code", catalogWithCodes("""
              - {code: 1, name: A, kind: error, message: A.}
        """), "bad-kind", "enum"),
      refused("a kind in capitals", catalogWithCodes("""
              - {code: 1, name: A, kind: FAILURE, message: A.}
        """), "bad-kind", "enum"),
      refused("a wrong default kind on a domain", """
        codebook: 1
        name: Shop
        domains:
          - {name: Order, kind: fatal, codes: [{code: 1, name: A, message: A.}]}
        """, "bad-kind", "enum"),
      refused("a wrong code type", """
        codebook: 1
        name: Shop
        domains:
          - {name: Order, codeType: long, kind: failure, codes: [{code: 1, name: A, message: A.}]}
        """, "bad-code-type", "enum"),

      // A wrong type of value.
      refused("a list where the catalog's mapping is expected", """
        - codebook: 1
        """, "wrong-type", "type"),
      refused("text where the list of domains is expected", """
        codebook: 1
        name: Shop
        domains: Order
        """, "wrong-type", "type"),
      refused("an empty item where a domain is expected", """
        codebook: 1
        name: Shop
        domains:
          -
        """, "wrong-type", "type"),
      refused("a mapping where the list of codes is expected", """
        codebook: 1
        name: Shop
        domains:
          - {name: Order, kind: failure, codes: {code: 1, name: A, message: A.}}
        """, "wrong-type", "type"),
      refused("a list where a code's mapping is expected", catalogWithCodes("""
              - [1, A, failure, A.]
        """), "wrong-type", "type"),
      refused("a mapping where a message's text is expected", catalogWithCodes("""
              - {code: 1, name: A, kind: failure, message: {en: A.}}
        """), "wrong-type", "type"),
      refused("a list where a message's text is expected", catalogWithCodes("""
              - {code: 1, name: A, kind: failure, message: [Out, of, stock]}
        """), "wrong-type", "type"),
      refused("a list where a code is expected", catalogWithCodes("""
              - {code: [1, 2], name: A, kind: failure, message: A.}
        """), "wrong-type", "type"),
      refused("a mapping where a name is expected", catalogWithCodes("""
              - {code: 1, name: {first: A}, kind: failure, message: A.}
        """), "wrong-type", "type"),
      refused("a list where i18n's mapping is expected", """
        codebook: 1
        name: Shop
        translations: [de]
        domains:
          - {name: Order, kind: failure, codes: [{code: 1, name: A, message: A., i18n: [de]}]}
        """, "wrong-type", "type"),
      refused("text where a translation's mapping is expected", """
        codebook: 1
        name: Shop
        translations: [de]
        domains:
          - {name: Order, kind: failure, codes: [{code: 1, name: A, message: A., i18n: {de: A.}}]}
        """, "wrong-type", "type"),
      refused("text where the list of aliases is expected", catalogWithCodes("""
              - {code: 1, name: A, aliases: B, kind: failure, message: A.}
        """), "wrong-type", "type"),
      refused("text where the list of translations is expected", """
        codebook: 1
        name: Shop
        translations: en
        domains:
          - {name: Order, kind: failure, codes: [{code: 1, name: A, message: A.}]}
        """, "wrong-type", "type"),
      refused("a mapping where a deprecation reason is expected", catalogWithCodes("""
              - {code: 1, name: A, kind: failure, message: A., deprecated: {reason: old}}
        """), "wrong-type", "type"),

      // A missing required key.
      refused("no format version", """
        name: Shop
        domains:
          - {name: Order, kind: failure, codes: [{code: 1, name: A, message: A.}]}
        """, "missing-key", "required"),
      refused("no catalog name", """
        codebook: 1
        domains:
          - {name: Order, kind: failure, codes: [{code: 1, name: A, message: A.}]}
        """, "missing-key", "required"),
      refused("no domains", """
        codebook: 1
        name: Shop
        """, "missing-key", "required"),
      refused("a domain without a name", """
        codebook: 1
        name: Shop
        domains:
          - {kind: failure, codes: [{code: 1, name: A, message: A.}]}
        """, "missing-key", "required"),
      refused("a domain without codes", """
        codebook: 1
        name: Shop
        domains:
          - {name: Order}
        """, "missing-key", "required"),
      refused("a code without a value", catalogWithCodes("""
              - {name: A, kind: failure, message: A.}
        """), "missing-key", "required"),
      refused("a code without a name", catalogWithCodes("""
              - {code: 1, kind: failure, message: A.}
        """), "missing-key", "required"),
      refused("a code without a message", catalogWithCodes("""
              - {code: 1, name: A, kind: failure, advice: B.}
        """), "missing-key", "required"),
      refused("a translation without a message", """
        codebook: 1
        name: Shop
        translations: [de]
        domains:
          - {name: Order, kind: failure, codes: [{code: 1, name: A, message: A., i18n: {de: {advice: B.}}}]}
        """, "missing-key", "required"),
      refused("a code without a kind, in a domain without one", catalogWithCodes("""
              - {code: 1, name: A, message: A.}
        """), "missing-kind", "required"),

      // Values the processor checks against a fixed rule.
      refused("format version 2", """
        codebook: 2
        name: Shop
        domains:
          - {name: Order, kind: failure, codes: [{code: 1, name: A, message: A.}]}
        """, "unsupported-version", "enum"),
      refused("a catalog name that is not UpperCamel", """
        codebook: 1
        name: shop
        domains:
          - {name: Order, kind: failure, codes: [{code: 1, name: A, message: A.}]}
        """, "invalid-type-name", "pattern"),
      refused("a domain name with a hyphen", """
        codebook: 1
        name: Shop
        domains:
          - {name: Order-V2, kind: failure, codes: [{code: 1, name: A, message: A.}]}
        """, "invalid-type-name", "pattern"),
      refused("an exception group that is a keyword", catalogWithCodes("""
              - {code: 1, name: A, kind: failure, message: A., exception: class}
        """), "invalid-type-name", "pattern"),
      refused("a code name in lower case", catalogWithCodes("""
              - {code: 1, name: out_of_stock, kind: failure, message: A.}
        """), "invalid-code-name", "pattern"),
      refused("an alias that is not UPPER_SNAKE", catalogWithCodes("""
              - {code: 1, name: A, aliases: [Sold-Out], kind: failure, message: A.}
        """), "invalid-code-name", "pattern"),
      refused("a code name that is a number", catalogWithCodes("""
              - {code: 1, name: 404, kind: failure, message: A.}
        """), "invalid-code-name", "type"),
      refused("an alias listed twice", catalogWithCodes("""
              - {code: 1, name: A, aliases: [B, B], kind: failure, message: A.}
        """), "duplicate-name", "uniqueItems"),
      refused("an int code that is not a number", catalogWithCodes("""
              - {code: E1, name: A, kind: failure, message: A.}
        """), "bad-int-code", "pattern"),
      refused("an int code that is a float", catalogWithCodes("""
              - {code: 1.5, name: A, kind: failure, message: A.}
        """), "bad-int-code", "type"),
      refused("an int code that is a boolean", catalogWithCodes("""
              - {code: true, name: A, kind: failure, message: A.}
        """), "bad-int-code", "type"),
      refused("an int code below int", catalogWithCodes("""
              - {code: -2147483649, name: A, kind: failure, message: A.}
        """), "int-code-out-of-range", "minimum"),
      refused("a string code with a blank at the end", """
        codebook: 1
        name: Db
        domains:
          - {name: SqlState, codeType: string, kind: failure, codes: [{code: "23505 ", name: A, message: A.}]}
        """, "bad-string-code", "pattern"),
      refused("a string code with a control character", """
        codebook: 1
        name: Db
        domains:
          - {name: SqlState, codeType: string, kind: failure, codes: [{code: "23\\t505", name: A, message: A.}]}
        """, "bad-string-code", "pattern"),
      refused("a blank message", catalogWithCodes("""
              - {code: 1, name: A, kind: failure, message: "  "}
        """), "empty-value", "pattern"),
      refused("an empty advice in quotes", catalogWithCodes("""
              - {code: 1, name: A, kind: failure, message: A., advice: ""}
        """), "empty-value", "pattern"),
      refused("a message with a control character", catalogWithCodes("""
              - {code: 1, name: A, kind: failure, message: "Bell\\a"}
        """), "bad-text", "pattern"),
      refused("a locale with an underscore", """
        codebook: 1
        name: Shop
        locale: zh_CN
        domains:
          - {name: Order, kind: failure, codes: [{code: 1, name: A, message: A.}]}
        """, "bad-locale", "pattern"),
      refused("a translation language that is not a tag", """
        codebook: 1
        name: Shop
        translations: [english language]
        domains:
          - {name: Order, kind: failure, codes: [{code: 1, name: A, message: A.}]}
        """, "bad-locale", "pattern"),
      refused("a translation language listed twice", """
        codebook: 1
        name: Shop
        locale: de
        translations: [en, en]
        domains:
          - {name: Order, kind: failure, codes: [{code: 1, name: A, message: A.}]}
        """, "duplicate-translation", "uniqueItems"),
      refused("no domain", """
        codebook: 1
        name: Shop
        domains: []
        """, "no-domains", "minItems"),
      refused("a domain without any code", """
        codebook: 1
        name: Shop
        domains:
          - {name: Order, codes: []}
        """, "empty-domain", "minItems"),
      refused("a code name longer than 200 characters", catalogWithCodes(
          "      - {code: 1, name: " + "N".repeat(201) + ", kind: failure, message: M.}\n"), "invalid-code-name",
          "maxLength"),
      refused("a string code longer than 1,000 characters", """
        codebook: 1
        name: Shop
        domains:
          - name: Sql
            codeType: string
            kind: failure
            codes: [{code: %s, name: A, message: M.}]
        """.formatted("x".repeat(1_001)), "bad-string-code", "maxLength"),
      refused("an empty kind in a domain without one", catalogWithCodes(
          "      - {code: 1, name: A, kind: , message: M.}\n"), "missing-kind", "type"));

  /**
   * Catalogs that the processor refuses and the schema accepts: what a JSON Schema cannot see. Either
   * the check spans several values (duplicates, names generated from two places, languages declared
   * elsewhere), or YAML 1.2 turned the text into a value that no longer tells (08006 and 8006 are the
   * same number, {@code ~} and {@code null} the same null), or it is YAML itself (tags, duplicate keys).
   */
  static final List<Row> SCHEMA_CANNOT_SEE = List.of(
      cannotSee("the same code twice in a domain", catalogWithCodes("""
              - {code: 1, name: A, kind: failure, message: A.}
              - {code: 1, name: B, kind: failure, message: B.}
        """), "duplicate-code"),
      cannotSee("the same name on two codes", catalogWithCodes("""
              - {code: 1, name: A, kind: failure, message: A.}
              - {code: 2, name: B, aliases: [A], kind: failure, message: B.}
        """), "duplicate-name"),
      cannotSee("two domains of one name", """
        codebook: 1
        name: Shop
        domains:
          - {name: Order, kind: failure, codes: [{code: 1, name: A, message: A.}]}
          - {name: Order, kind: failure, codes: [{code: 2, name: B, message: B.}]}
        """, "duplicate-domain"),
      cannotSee("generated types that clash", """
        codebook: 1
        name: Shop
        domains:
          - {name: Shop, kind: failure, codes: [{code: 1, name: A, message: A.}]}
        """, "type-name-clash"),
      cannotSee("a generated type that hides java's own", """
        codebook: 1
        name: Shop
        domains:
          - {name: Runtime, kind: failure, codes: [{code: 1, name: A, message: A.}]}
        """, "invalid-type-name"),
      cannotSee("a name beside its value constant", catalogWithCodes("""
              - {code: 1, name: LIMIT, kind: failure, message: A.}
              - {code: 2, name: LIMIT_VALUE, kind: failure, message: B.}
        """), "member-name-clash"),
      cannotSee("one exception group in two domains", """
        codebook: 1
        name: Shop
        domains:
          - {name: Order, kind: failure, codes: [{code: 1, name: A, message: A., exception: ShopGroupException}]}
          - {name: Stock, kind: failure, codes: [{code: 1, name: B, message: B., exception: ShopGroupException}]}
        """, "group-across-domains"),
      cannotSee("a translation into a language not listed", """
        codebook: 1
        name: Shop
        translations: [de]
        domains:
          - {name: Order, kind: failure, codes: [{code: 1, name: A, message: A., i18n: {fr: {message: A.}}}]}
        """, "undeclared-translation"),
      cannotSee("a translation into the catalog's own language", """
        codebook: 1
        name: Shop
        translations: [en]
        domains:
          - {name: Order, kind: failure, codes: [{code: 1, name: A, message: A.}]}
        """, "duplicate-translation"),
      cannotSee("two translations that differ in case only", """
        codebook: 1
        name: Shop
        translations: [pt-BR, pt-br]
        domains:
          - {name: Order, kind: failure, codes: [{code: 1, name: A, message: A.}]}
        """, "duplicate-translation"),
      cannotSee("an int code with a leading zero (the number 8006 to YAML 1.2)", catalogWithCodes("""
              - {code: 08006, name: A, kind: failure, message: A.}
        """), "bad-int-code"),
      cannotSee("an int code above int in decimal (YAML 1.2 reads 0xFFFFFFFF as a number that large)",
          catalogWithCodes("""
              - {code: 2147483648, name: A, kind: failure, message: A.}
        """), "int-code-out-of-range"),
      cannotSee("an int code with a plus sign", catalogWithCodes("""
              - {code: +5, name: A, kind: failure, message: A.}
        """), "bad-int-code"),
      cannotSee("a quoted int code above int", catalogWithCodes("""
              - {code: "2147483648", name: A, kind: failure, message: A.}
        """), "int-code-out-of-range"),
      cannotSee("format version 1.0 (the number 1 to YAML 1.2)", """
        codebook: 1.0
        name: Shop
        domains:
          - {name: Order, kind: failure, codes: [{code: 1, name: A, message: A.}]}
        """, "unsupported-version"),
      cannotSee("an empty message (null to YAML 1.2, like the text null)", catalogWithCodes("""
              - {code: 1, name: A, kind: failure, message: ~}
        """), "empty-value"),
      cannotSee("a code named true (a boolean to YAML 1.2, like TRUE)", catalogWithCodes("""
              - {code: 1, name: true, kind: failure, message: A.}
        """), "invalid-code-name"),
      cannotSee("a YAML tag", catalogWithCodes("""
              - {code: !!int 1, name: A, kind: failure, message: A.}
        """), "yaml-tag"),
      cannotSee("a key written twice", catalogWithCodes("""
              - {code: 1, name: A, name: B, kind: failure, message: A.}
        """), "yaml-duplicate-key"));

  // ---- the tests ----

  @ParameterizedTest(name = "{0}")
  @MethodSource("agreed")
  void schemaAndProcessorAgree(Row row) {
    JsonNode json = EditorYaml.toJson(row.yaml());
    assertSchemaVerdict(row, SCHEMA, json, "2020-12");
    assertSchemaVerdict(row, SCHEMA_AS_DRAFT_07, json, "draft-07");
    assertProcessorVerdict(row);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("schemaCannotSee")
  void schemaIsNeverStricterThanTheProcessor(Row row) {
    JsonNode json = EditorYaml.toJson(row.yaml());
    assertSchemaVerdict(row.asAccepted(), SCHEMA, json, "2020-12");
    assertSchemaVerdict(row.asAccepted(), SCHEMA_AS_DRAFT_07, json, "draft-07");
    assertProcessorVerdict(row);
  }

  /** Domains have no size limit (ScaleTest compiles 20,000 codes), and the schema sets none. */
  @Test
  void schemaAcceptsALargeDomain() {
    JsonNode json = EditorYaml.toJson(catalogWithCodes(manyCodes(20_000)));
    for (Schema schema : List.of(SCHEMA, SCHEMA_AS_DRAFT_07)) {
      List<Error> errors = schema.validate(json);
      assertTrue(errors.isEmpty(), () -> describe(errors));
    }
  }

  /** Every YAML file under a module's {@code src/} is a catalog, and it validates. */
  @Test
  void everyCatalogInTheRepositoryValidates() throws IOException {
    Path root = ROOT;
    List<Path> catalogs;
    try (Stream<Path> modules = Files.list(root)) {
      catalogs = modules.filter(module -> Files.isDirectory(module.resolve("src")))
          .flatMap(module -> walk(module.resolve("src")))
          .filter(path -> path.getFileName().toString().matches(".*\\.ya?ml"))
          .sorted()
          .toList();
    }
    assertTrue(catalogs.contains(root.resolve("catalog/src/main/resources/codebook/fusion-auth.yaml")),
        () -> "the fusion-auth catalog was not found among " + catalogs);
    for (Path catalog : catalogs) {
      String yaml = Files.readString(catalog, StandardCharsets.UTF_8);
      List<Error> errors = SCHEMA.validate(EditorYaml.toJson(yaml));
      assertTrue(errors.isEmpty(), () -> root.relativize(catalog) + " does not validate:\n" + describe(errors));
      Matcher modeline = MODELINE.matcher(yaml);
      if (modeline.find()) {
        Path named = catalog.getParent().resolve(modeline.group(1)).normalize();
        assertEquals(SCHEMA_SOURCE, named,
            () -> root.relativize(catalog) + " names a schema that is not " + root.relativize(SCHEMA_SOURCE));
      }
    }
  }

  /**
   * The schema on the class path is the repository's file, and it comes from where the processor's own
   * classes come from: what the processor jar is packed from.
   */
  @Test
  void schemaShipsWithTheProcessor() throws IOException {
    URL resource = CodebookProcessor.class.getResource(SCHEMA_RESOURCE);
    assertNotNull(resource, SCHEMA_RESOURCE + " is not on the class path");
    URL processorClasses = CodebookProcessor.class.getProtectionDomain().getCodeSource().getLocation();
    assertTrue(resource.toString().startsWith(processorClasses.toString()),
        () -> resource + " is not in " + processorClasses);
    byte[] shipped = shippedSchema();
    assertArrayEquals(Files.readAllBytes(SCHEMA_SOURCE), shipped, "the schema on the class path differs from "
        + SCHEMA_SOURCE);
    JsonNode schema = MAPPER.readTree(shipped);
    assertEquals(SCHEMA_ID, schema.path("$id").asString());
    assertEquals(SpecificationVersion.DRAFT_2020_12.getDialectId(), schema.path("$schema").asString());
  }

  /** The schema is itself valid against the 2020-12 meta-schema, which editors check before using it. */
  @Test
  void schemaIsAValidSchema() {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    Schema meta = registry.getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));
    List<Error> errors = meta.validate(MAPPER.readTree(shippedSchema()));
    assertTrue(errors.isEmpty(), () -> describe(errors));
  }

  /** Every level refuses unknown keys: the top, a domain, a code and a translation. */
  @Test
  void everyLevelIsClosed() {
    JsonNode defs = MAPPER.readTree(shippedSchema()).path("$defs");
    for (String level : List.of("catalog", "domain", "code", "translation")) {
      assertEquals("object", defs.path(level).path("type").asString(), level);
      assertFalse(defs.path(level).path("additionalProperties").asBoolean(true), level + " is open");
    }
  }

  // ---- rows ----

  enum Verdict { ACCEPTED, REFUSED }

  /**
   * One catalog and what both sides say of it. A refused row names the processor's tag and the schema
   * keyword that refuse it, so that each refuses it for the reason the row is about.
   */
  record Row(String name, String yaml, Verdict verdict, String tag, String keyword) {
    Row asAccepted() {
      return new Row(name, yaml, Verdict.ACCEPTED, null, null);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  static Row accepted(String name, String yaml) {
    return new Row(name, yaml, Verdict.ACCEPTED, null, null);
  }

  static Row refused(String name, String yaml, String tag, String keyword) {
    return new Row(name, yaml, Verdict.REFUSED, tag, keyword);
  }

  static Row cannotSee(String name, String yaml, String tag) {
    return new Row(name, yaml, Verdict.REFUSED, tag, null);
  }

  static Stream<Row> agreed() {
    return AGREED.stream();
  }

  static Stream<Row> schemaCannotSee() {
    return SCHEMA_CANNOT_SEE.stream();
  }

  /** {@code count} valid code entries, each a YAML list item indented 6 like {@link TestCatalogs#catalogWithCodes}. */
  static String manyCodes(int count) {
    StringBuilder codes = new StringBuilder();
    for (int i = 1; i <= count; i++) {
      codes.append("      - {code: ").append(i).append(", name: C").append(i).append(", kind: failure, message: M.}\n");
    }
    return codes.toString();
  }

  // ---- helpers ----

  private static void assertSchemaVerdict(Row row, Schema schema, JsonNode json, String dialect) {
    List<Error> errors = schema.validate(json);
    if (row.verdict() == Verdict.ACCEPTED) {
      assertTrue(errors.isEmpty(), () -> "the schema (" + dialect + ") refuses it:\n" + describe(errors));
      return;
    }
    assertFalse(errors.isEmpty(), () -> "the schema (" + dialect + ") accepts it");
    if (row.keyword() != null) {
      assertTrue(errors.stream().anyMatch(error -> row.keyword().equals(error.getKeyword())),
          () -> "the schema (" + dialect + ") refuses it, but not by '" + row.keyword() + "':\n" + describe(errors));
    }
  }

  private static void assertProcessorVerdict(Row row) {
    Compilation compilation = TestCatalogs.compile(row.yaml());
    String errors = compilation.errors().stream()
        .map(diagnostic -> diagnostic.getMessage(null))
        .collect(Collectors.joining("\n"));
    if (row.verdict() == Verdict.ACCEPTED) {
      assertEquals(Compilation.Status.SUCCESS, compilation.status(), () -> "the processor refuses it:\n" + errors);
      return;
    }
    assertEquals(Compilation.Status.FAILURE, compilation.status(), "the processor accepts it");
    assertTrue(errors.contains("[codebook:" + row.tag() + "]"),
        () -> "the processor refuses it, but not with [codebook:" + row.tag() + "]:\n" + errors);
  }

  private static String describe(List<Error> errors) {
    return errors.stream()
        .map(error -> "  " + error.getInstanceLocation() + " [" + error.getKeyword() + "] " + error.getMessage())
        .collect(Collectors.joining("\n"));
  }

  /** The schema as the processor jar carries it. */
  private static byte[] shippedSchema() {
    try (InputStream in = CodebookProcessor.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(SCHEMA_RESOURCE + " is not on the class path");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The schema as written, or read as draft-07: what an editor that knows no later draft applies. */
  private static Schema load(SpecificationVersion dialect) {
    ObjectNode schema = (ObjectNode) MAPPER.readTree(shippedSchema());
    schema.put("$schema", dialect.getDialectId());
    return SchemaRegistry.withDefaultDialect(dialect).getSchema(SchemaLocation.of(SCHEMA_ID), schema);
  }

  private static Path repositoryRoot() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("pom.xml")) && Files.isRegularFile(dir.resolve("processor/pom.xml"))) {
        return dir;
      }
    }
    throw new IllegalStateException("no repository root above " + Path.of("").toAbsolutePath());
  }

  private static Stream<Path> walk(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
