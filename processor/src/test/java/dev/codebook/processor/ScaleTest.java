package dev.codebook.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.codebook.processor.CompiledClasses.call;
import static dev.codebook.processor.CompiledClasses.constant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Domains of any size compile, and their generated code stays JIT-compilable: a 20,000-code domain
 * (a class spread over constant parts, a handler spread over parts), the largest enum and the
 * smallest class, and the shapes that once made javac fail inside generated code — codes spaced
 * apart, very long texts, many aliases, groups and translations. Sizes are read from the class files.
 */
class ScaleTest {
  static final int CODES = 20_000;
  /** Most bytes of bytecode in a method that HotSpot still JIT-compiles ({@code -XX:HugeMethodLimit}). */
  static final int HUGE_METHOD_LIMIT = 8_000;
  static final List<String> OPTIONS = List.of("--release", "8", "-Xlint:all,-options,-processing");
  static final List<String> PARTLY_TRANSLATED = List.of("--release", "8", "-Xlint:all,-options,-processing",
      TestCatalogs.PARTIAL_TRANSLATIONS);

  static Compilation huge;
  static CompiledClasses classes;

  /** Code {@code i}: value, name; every third a failure of a group, every hundredth an alias, a few deprecated. */
  static int value(int i) {
    return i == 0 ? Integer.MIN_VALUE : i == CODES - 1 ? Integer.MAX_VALUE : -50_000 + i * 7;
  }

  static String hugeCatalog() {
    StringBuilder yaml = new StringBuilder("""
        codebook: 1
        name: Big
        locale: en
        translations: [de]
        domains:
          - name: Huge
            kind: success
            codes:
        """);
    for (int i = 0; i < CODES; i++) {
      yaml.append("      - {code: ").append(value(i)).append(", name: CODE_").append(i)
          .append(", message: Message number ").append(i).append(" with some text to make it realistic.")
          .append(", advice: Advice ").append(i)
          .append(i % 3 == 0 ? ", kind: failure, exception: EveryThirdException" : "")
          .append(i % 100 == 0 ? ", aliases: [ALIAS_" + i + "]" : "")
          .append(i % 5_000 == 4 ? ", deprecated: replaced" : "")
          .append(", i18n: {de: {message: Meldung ").append(i).append("}}}\n");
    }
    return yaml.toString();
  }

  static final JavaFileObject HANDLER = JavaFileObjects.forSourceString("test.codes.app.Recorder", """
      package test.codes.app;

      import test.codes.HugeCode;
      import test.codes.HugeHandler;

      public class Recorder implements HugeHandler<String> {
        @Override public String onCode0(String detail) { return "first " + detail; }
        @Override public String onCode19999(String detail) { return "last " + detail; }
        @Override public String onFailure(HugeCode code, String detail) { return "failure " + code.name(); }
        @Override public String onOutcome(HugeCode code, String detail) { return "outcome " + code.name(); }

        public static HugeHandler<String> lambda() {
          return (code, detail) -> "lambda " + code.ordinal();
        }

        public static String sw(int raw) {
          switch (raw) {
            case HugeCode.CODE_10000_VALUE: return "ten thousand";
            case HugeCode.ALIAS_19900_VALUE: return "alias";
            default: return "other";
          }
        }
      }
      """);

  @BeforeAll
  static void compileTheHugeDomain() {
    huge = TestCatalogs.compile(TestCatalogs.root(hugeCatalog()), OPTIONS, HANDLER);
    assertThat(huge).succeededWithoutWarnings();
    classes = new CompiledClasses(huge);
  }

  @Test
  void twentyThousandCodesBecomeAClassWithTheEnumsApi() throws Throwable {
    Class<?> type = classes.type("HugeCode");
    assertFalse(type.isEnum(), "above 3,000 names a domain is a class");
    Object[] values = (Object[]) call(type, "values");
    assertEquals(CODES, values.length);
    for (int i : new int[] {0, 1, CODES / 2, CODES - 2, CODES - 1}) {
      Object code = call(type, "forCode", value(i));
      assertSame(values[i], code);
      assertSame(code, constant(type, "CODE_" + i));
      assertEquals("CODE_" + i, call(code, "name"));
      assertEquals("CODE_" + i, code.toString());
      assertEquals(i, call(code, "ordinal"));
      assertEquals(value(i), call(code, "code"));
      assertEquals(Integer.toString(value(i)), call(code, "codeText"));
      assertSame(code, call(type, "forCode", " " + value(i) + " "));
      assertSame(code, call(type, "valueOf", "CODE_" + i));
      assertEquals("Message number " + i + " with some text to make it realistic.", call(code, "message"));
      assertEquals("Meldung " + i, call(code, "message", Locale.GERMANY));
      assertEquals("Advice " + i, call(code, "advice", Locale.GERMAN), "no German advice: the catalog's");
      assertEquals(i % 3 == 0 ? "FAILURE" : "SUCCESS", call(code, "kind").toString());
      assertEquals(i % 3 == 0 ? "EveryThirdException" : "HugeException",
          call(code, "exception").getClass().getSimpleName());
    }
    assertSame(constant(type, "CODE_19900"), constant(type, "ALIAS_19900"));
    assertEquals(value(19_900), constant(type, "ALIAS_19900_VALUE"));
    assertNull(call(type, "forCode", 3));
    assertNull(call(type, "forCode", "x"));
    assertThrows(IllegalArgumentException.class, () -> call(type, "valueOf", "ALIAS_19900"));
    assertTrue((int) call(values[1], "compareTo", values[2]) < 0);
  }

  @Test
  void aFirstLookupLoadsNoTextsAndNoOtherHolder() throws Throwable {
    CompiledClasses fresh = new CompiledClasses(huge);
    Class<?> type = fresh.type("HugeCode");
    Object code = call(type, "forCode", value(CODES / 2));
    assertEquals(CODES / 2, call(code, "ordinal"));
    java.util.Set<String> loaded = fresh.defined();
    assertTrue(loaded.contains("test.codes.HugeCode$Index$"), loaded::toString);
    // Loaded, not initialized: the interfaces a class implements, the types its verifier checks, and at
    // --release 8 javac's synthetic HugeCode$1, which lets Constants$ call the private constructor.
    List<String> unexpected = loaded.stream()
        .filter(name -> !name.matches("test\\.codes\\.(HugeCode|HugeCodePart[0-9]+|HugeCode\\$(Index|Constants)\\$"
            + "|HugeCode\\$1|BigTables|BigCode|BigKind|HugeException|BigException)"))
        .toList();
    assertEquals(List.of(), unexpected, "a first forCode decodes no texts, kinds or names, and loads no handler");
    assertEquals(256, constructed(fresh), "a first forCode constructs the constants of its own chunk only");
    // Asking for a message loads the catalog's own language only.
    call(code, "message");
    assertTrue(fresh.defined().contains("test.codes.HugeCode$Texts$0"));
    assertFalse(fresh.defined().contains("test.codes.HugeCode$Texts$1"));
    // format names the code (its text and name) only for the error of arguments that do not fit.
    assertEquals(call(code, "message"), call(code, "format", (Object) new Object[0]));
    assertFalse(fresh.defined().contains("test.codes.HugeCode$CodeTexts$"), fresh.defined()::toString);
    assertFalse(fresh.defined().contains("test.codes.HugeCode$Names$"), fresh.defined()::toString);
    IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class,
        () -> call(code, "format", (Object) new Object[] {"x"}));
    assertEquals("Huge " + value(CODES / 2) + " CODE_" + CODES / 2 + " takes 0 arguments, not 1", wrong.getMessage());
  }

  /** How many of HugeCode's constants exist yet: the non-null slots of Constants$'s array. */
  private static long constructed(CompiledClasses loaded) throws ReflectiveOperationException {
    Field all = loaded.type("HugeCode$Constants$").getDeclaredField("ALL");
    all.setAccessible(true);
    return Arrays.stream((Object[]) all.get(null)).filter(Objects::nonNull).count();
  }

  @Test
  void constantsCreatedLazilyByManyThreadsAreStillOneEach() throws Throwable {
    CompiledClasses fresh = new CompiledClasses(huge);
    Class<?> type = fresh.type("HugeCode");
    int threads = 8;
    CyclicBarrier start = new CyclicBarrier(threads);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Object[]>> seen = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int first = t;
        seen.add(pool.submit(() -> {
          start.await();
          // Each thread walks the codes from its own place, so that threads meet in chunks not yet created.
          Object[] codes = new Object[CODES];
          Method forCode = type.getMethod("forCode", int.class);
          for (int k = 0; k < CODES; k++) {
            int i = (first * 2_503 + k) % CODES;
            codes[i] = forCode.invoke(null, value(i));
          }
          return codes;
        }));
      }
      Object[] values = (Object[]) call(type, "values");
      for (Future<Object[]> codes : seen) {
        Object[] mine = codes.get();
        for (int i = 0; i < CODES; i++) {
          assertSame(values[i], mine[i], "code " + i);
        }
      }
      assertSame(values[12_345], constant(type, "CODE_12345"));
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void checkThrowsTheGroupsExceptionAndReturnsTheRest() throws Throwable {
    Class<?> type = classes.type("HugeCode");
    Throwable failure = assertThrows(RuntimeException.class, () -> call(type, "check", value(CODES - 2), "why"));
    assertEquals("EveryThirdException", failure.getClass().getSimpleName());
    assertTrue(failure.getMessage().contains("CODE_19998") && failure.getMessage().endsWith("Detail: why"),
        failure::getMessage);
    assertSame(constant(type, "CODE_19999"), call(type, "check", value(CODES - 1)));
    Throwable unknown = assertThrows(RuntimeException.class, () -> call(type, "check", 3));
    assertEquals("BigException", unknown.getClass().getSimpleName());
  }

  @Test
  void aClassFormCodeSurvivesSerializationAsItself() throws Exception {
    Object code = constant(classes.type("HugeCode"), "CODE_12345");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(code);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray())) {
      @Override
      protected Class<?> resolveClass(java.io.ObjectStreamClass desc) throws ClassNotFoundException {
        return Class.forName(desc.getName(), false, classes);
      }
    }) {
      assertSame(code, in.readObject());
    }
  }

  @Test
  void aClassFormDomainsPerCodeJavadocIsOneLine() throws Exception {
    // javac keeps every doc comment in memory while processors run: at 100,000 codes, full per-code
    // Javadoc was over half of 116 MB of generated source.
    long bytes = 0;
    int oneLineDocs = 0;
    String doc50 = "<code>" + value(50) + "</code>: Message number 50 with some text to make it realistic.";
    for (JavaFileObject file : huge.generatedSourceFiles()) {
      String text = file.getCharContent(true).toString();
      bytes += text.length();
      if (file.getName().contains("Part")) {
        assertFalse(text.contains("Meldung") || text.contains("Advice"), file.getName());
        if (text.contains(doc50 + "\n")) {
          oneLineDocs++;
        }
      }
    }
    // 774 bytes when this was written; one-line Javadoc took the benchmarks' 20,000-code catalog from 1,235 to 944.
    assertTrue(bytes / CODES < 850, "generated source per code: " + bytes / CODES + " bytes");
    assertEquals(1, oneLineDocs, "parts holding code 50's one-line Javadoc");
  }

  @Test
  void aSerializedNameThisCatalogDoesNotHaveIsAnInvalidObject() throws Exception {
    Object code = constant(classes.type("HugeCode"), "CODE_12345");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(code);
    }
    // The stream holds the name as modified UTF-8; rename it in place to one of the same length.
    byte[] stream = bytes.toByteArray();
    String latin1 = new String(stream, java.nio.charset.StandardCharsets.ISO_8859_1);
    int at = latin1.indexOf("CODE_12345");
    assertTrue(at > 0 && latin1.indexOf("CODE_12345", at + 1) < 0, latin1);
    stream[at] = 'X';
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(stream)) {
      @Override
      protected Class<?> resolveClass(java.io.ObjectStreamClass desc) throws ClassNotFoundException {
        return Class.forName(desc.getName(), false, classes);
      }
    }) {
      java.io.InvalidObjectException invalid = assertThrows(java.io.InvalidObjectException.class, in::readObject);
      assertTrue(invalid.getMessage().contains("XODE_12345"), invalid::getMessage);
    }
  }

  @Test
  void theHandlerDispatchesEveryWayAcrossItsParts() throws Throwable {
    Object recorder = classes.loadClass("test.codes.app.Recorder").getConstructor().newInstance();
    assertEquals("first x", call(recorder, "dispatch", value(0), "x"));
    assertEquals("last y", call(recorder, "dispatch", Integer.toString(value(CODES - 1)), "y"));
    assertEquals("failure CODE_9999", call(recorder, "dispatch", value(9_999), null));
    assertEquals("outcome CODE_10000", call(recorder, "dispatch", value(10_000), null));
    assertEquals("outcome CODE_19900", call(recorder, "dispatch", constant(classes.type("HugeCode"), "ALIAS_19900"),
        null));
    assertThrows(RuntimeException.class, () -> call(recorder, "dispatch", 3, null));
    Object lambda = call(classes.loadClass("test.codes.app.Recorder"), "lambda");
    for (int i = 0; i < CODES; i += 997) {
      assertEquals("lambda " + i, call(lambda, "dispatch", value(i), null));
    }
    Class<?> app = classes.loadClass("test.codes.app.Recorder");
    assertEquals("ten thousand", call(app, "sw", value(10_000)));
    assertEquals("alias", call(app, "sw", value(19_900)));
  }

  @Test
  void noGeneratedMethodIsTooLargeToBeJitCompiled() {
    List<String> tooLarge = new ArrayList<>();
    int classFiles = 0;
    for (Map.Entry<String, byte[]> file : classes.classFiles().entrySet()) {
      if (!file.getKey().startsWith("test.codes.") || file.getKey().startsWith("test.codes.app.")) {
        continue;
      }
      classFiles++;
      ClassFiles.Sizes sizes = ClassFiles.read(file.getValue());
      assertTrue(sizes.constantPoolEntries() < 65_535, file.getKey());
      sizes.methods().forEach((method, size) -> {
        boolean initializer = method.startsWith("<clinit>") || method.startsWith("$values");
        if (initializer ? size > 65_535 : size > HUGE_METHOD_LIMIT) {
          tooLarge.add(file.getKey() + "." + method + ": " + size + " bytes");
        }
      });
    }
    assertTrue(classFiles > 15, "the handler and the constants are spread over parts: " + classFiles);
    assertEquals(List.of(), tooLarge);
  }

  @Test
  void theLargestEnumAndTheSmallestClass() throws Throwable {
    for (int names : new int[] {3_000, 3_001}) {
      StringBuilder yaml = new StringBuilder("codebook: 1\nname: Limits\ndomains:\n  - name: Edge\n    kind: failure\n"
          + "    codes:\n");
      int codes = names - 500;
      for (int i = 0; i < codes; i++) {
        yaml.append("      - {code: ").append(i).append(", name: C").append(i).append(", message: m")
            .append(i < 500 ? ", aliases: [A" + i + "]" : "").append("}\n");
      }
      Compilation compilation = TestCatalogs.compile(TestCatalogs.root(yaml.toString()), OPTIONS);
      assertThat(compilation).succeededWithoutWarnings();
      CompiledClasses compiled = new CompiledClasses(compilation);
      Class<?> type = compiled.type("EdgeCode");
      assertEquals(names <= 3_000, type.isEnum(), names + " names");
      assertSame(constant(type, "C499"), constant(type, "A499"));
      assertSame(constant(type, "C" + (codes - 1)), call(type, "forCode", codes - 1));
      assertMethodsFit(compiled);
    }
  }

  @Test
  void stringCodesThatEndCommentsOrEscapeCompileInBothForms() throws Throwable {
    // Once a javac error in the class form: forCode(String)'s Javadoc quoted the first code as written.
    // Single-quoted in the YAML, so each is read exactly as written here.
    String[] hostile = {"*/", "*/ class X {", "\"", "\\", "\\u0022", "\\u002a/", "end\\", "{@code x}", "\uD83D\uDE00", "23505"};
    for (int names : new int[] {hostile.length, 3_001}) {
      StringBuilder yaml = new StringBuilder("codebook: 1\nname: Quoted\ndomains:\n  - name: Odd\n    codeType: string\n"
          + "    kind: failure\n    ranges: [{name: Closing, prefix: '*/', exception: ClosingException}]\n    codes:\n");
      for (int i = 0; i < names; i++) {
        String code = i < hostile.length ? hostile[i] : "c" + i;
        yaml.append("      - {code: '").append(code).append("', name: C").append(i).append(", message: '")
            .append(i == 0 ? "*/ ends a comment" : "m" + i).append("'}\n");
      }
      Compilation compilation = TestCatalogs.compile(TestCatalogs.root(yaml.toString()), OPTIONS);
      assertThat(compilation).succeededWithoutWarnings();
      Class<?> type = new CompiledClasses(compilation).type("OddCode");
      assertEquals(names <= 3_000, type.isEnum(), names + " names");
      assertSame(constant(type, "C0"), call(type, "forCode", "*/"));
      assertEquals("*/ ends a comment", call(constant(type, "C0"), "message"));
      assertSame(constant(type, "C4"), call(type, "forCode", "\\u0022"));
      assertSame(constant(type, "C8"), call(type, "forCode", "\uD83D\uDE00"));
      assertEquals("*/ class X {", call(constant(type, "C1"), "code"));
    }
  }

  @Test
  void codesSpacedFourApartCompile() throws Throwable {
    // Once javac's "code too large": a switch over values spaced apart became a jump table over their range.
    StringBuilder yaml = new StringBuilder("codebook: 1\nname: Gaps\ndomains:\n  - name: Spaced\n    kind: failure\n"
        + "    codes:\n");
    for (int i = 0; i < 2_900; i++) {
      yaml.append("      - {code: ").append(i * 4).append(", name: C").append(i).append(", message: m").append(i)
          .append("}\n");
    }
    Compilation compilation = TestCatalogs.compile(TestCatalogs.root(yaml.toString()), OPTIONS);
    assertThat(compilation).succeededWithoutWarnings();
    CompiledClasses compiled = new CompiledClasses(compilation);
    Class<?> type = compiled.type("SpacedCode");
    assertEquals("C2899", call(call(type, "forCode", 2_899 * 4), "name"));
    assertNull(call(type, "forCode", 2));
    assertMethodsFit(compiled);
  }

  @Test
  void veryLongTextsAreSplitAcrossConstants() throws Throwable {
    // Once "constant string too long" and "UTF8 representation too long for the constant pool".
    String ascii = "a".repeat(70_000);
    String cjk = "\u9519".repeat(22_000);
    String yaml = "codebook: 1\nname: Texts\ntranslations: [zh]\ndomains:\n  - name: Long\n    kind: failure\n"
        + "    codes:\n      - {code: 1, name: A, message: " + ascii + ", i18n: {zh: {message: " + cjk + "}}}\n"
        + "      - {code: 2, name: B, message: \"\\U0001F600" + "x".repeat(65_000) + "\\U0001F600\"}\n";
    Compilation compilation = TestCatalogs.compile(TestCatalogs.root(yaml), PARTLY_TRANSLATED);
    assertThat(compilation).succeededWithoutWarnings();
    Class<?> type = new CompiledClasses(compilation).type("LongCode");
    assertEquals(ascii, call(constant(type, "A"), "message"));
    assertEquals(cjk, call(constant(type, "A"), "message", Locale.CHINESE));
    assertEquals("\uD83D\uDE00" + "x".repeat(65_000) + "\uD83D\uDE00", call(constant(type, "B"), "message"));
  }

  @Test
  void manyAliasesGroupsAndTranslations() throws Throwable {
    List<String> languages = new ArrayList<>();
    for (char a = 'a'; a <= 'z' && languages.size() < 300; a++) {
      for (char b = 'a'; b <= 'z' && languages.size() < 300; b++) {
        String tag = "" + a + b;
        // Not the catalog's own en, nor a legacy code Java maps to another (in is id, iw he, ji yi).
        if (!tag.equals("en") && Locale.forLanguageTag(tag).getLanguage().equals(tag)) {
          languages.add(tag);
        }
      }
    }
    StringBuilder yaml = new StringBuilder("codebook: 1\nname: Lots\ntranslations: [" + String.join(", ", languages)
        + "]\ndomains:\n  - name: Many\n    kind: failure\n    codes:\n");
    yaml.append("      - {code: 0, name: ALIASED, message: m, aliases: [");
    for (int a = 0; a < 5_000; a++) {
      yaml.append(a == 0 ? "" : ", ").append("ALIAS_").append(a);
    }
    yaml.append("]}\n");
    for (int i = 1; i <= 300; i++) {
      yaml.append("      - {code: ").append(i).append(", name: C").append(i).append(", message: m").append(i)
          .append(", exception: Group").append(i).append("Exception, i18n: {").append(languages.get(i - 1))
          .append(": {message: t").append(i).append("}}}\n");
    }
    Compilation compilation = TestCatalogs.compile(TestCatalogs.root(yaml.toString()), PARTLY_TRANSLATED);
    assertThat(compilation).succeededWithoutWarnings();
    CompiledClasses compiled = new CompiledClasses(compilation);
    Class<?> type = compiled.type("ManyCode");
    assertFalse(type.isEnum(), "5,001 names");
    assertSame(constant(type, "ALIASED"), constant(type, "ALIAS_4999"));
    assertEquals("Group300Exception", call(call(type, "forCode", 300), "exception").getClass().getSimpleName());
    assertEquals("t300", call(call(type, "forCode", 300), "message", new Locale(languages.get(299))));
    assertEquals("m300", call(call(type, "forCode", 300), "message", new Locale(languages.get(298))));
    assertMethodsFit(compiled);
  }

  @Test
  void moreTypedFactoriesThanOneClassHoldsAreInheritedFromAChain() throws Throwable {
    StringBuilder yaml = new StringBuilder("codebook: 1\nname: Params\ndomains:\n  - name: Server\n    kind: failure\n"
        + "    codes:\n");
    for (int i = 0; i < 4_200; i++) {
      yaml.append("      - {code: ").append(i).append(", name: E").append(i).append(", message: \"{key} #")
          .append(i).append("\", params: {key: int}").append(i % 2 == 0 ? ", exception: EvenException" : "")
          .append("}\n");
    }
    JavaFileObject user = JavaFileObjects.forSourceString("test.codes.app.User", """
        package test.codes.app;

        import test.codes.EvenException;
        import test.codes.ServerException;

        public class User {
          public static EvenException first() { return ServerException.e0(1); }
          public static ServerException last() { return ServerException.e4199(2); }
        }
        """);
    Compilation compilation = TestCatalogs.compile(TestCatalogs.root(yaml.toString()), OPTIONS, user);
    assertThat(compilation).succeededWithoutWarnings();
    CompiledClasses compiled = new CompiledClasses(compilation);
    Class<?> app = compiled.loadClass("test.codes.app.User");
    Throwable first = (Throwable) call(app, "first");
    assertEquals("EvenException", first.getClass().getSimpleName());
    assertTrue(first.getMessage().contains("1 #0"), first.getMessage());
    assertTrue(((Throwable) call(app, "last")).getMessage().contains("2 #4199"));
    assertEquals("ServerExceptionFactories1", compiled.type("ServerException").getSuperclass().getSimpleName());
    compiled.classFiles().forEach((name, bytes) ->
        assertTrue(ClassFiles.read(bytes).constantPoolEntries() < 65_535, name));
    assertMethodsFit(compiled);
  }

  /** No generated method of the compilation is above the JIT limit, initializers aside. */
  static void assertMethodsFit(CompiledClasses compiled) {
    compiled.classFiles().forEach((name, bytes) -> ClassFiles.read(bytes).methods().forEach((method, size) -> {
      if (!method.startsWith("<clinit>") && !method.startsWith("$values")) {
        assertTrue(size <= HUGE_METHOD_LIMIT, name + "." + method + ": " + size + " bytes");
      }
    }));
  }
}
