package dev.codebook.catalog.fusionauth;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.codebook.catalog.fusionauth.HandlerRecorder.Call;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Proves, for every code of the catalog YAML and every alias, that the generated {@code <Domain>Handler}
 * routes it through its three layers in turn: {@code dispatch(int)}, {@code dispatch(String)} (blanks
 * around it too) and {@code dispatch(<Domain>Code)} reach the code's own method; a handler that does not
 * override that method gets the code in the method of its kind; a handler written as a lambda gets it in
 * {@code onOutcome}. Values a domain does not list reach {@code onUnknown} with the raw text, whose default
 * throws.
 *
 * <p>The handlers are proxies of the generated interface ({@link HandlerRecorder}) that override only
 * some methods and let the generated defaults run for the others, and real lambdas. What is expected
 * (the method's name, the kind, the constant) is computed from the YAML read by {@link YamlCatalog},
 * never taken from the generated code.
 */
class HandlerDispatchTest {
  private static final YamlCatalog CATALOG = YamlCatalog.load();

  /** The kinds a catalog entry can have, as the handler's contract names them. */
  private static final List<String> KINDS = List.of("success", "failure", "warning", "event", "progress");

  /** A value that no domain lists. */
  private static final int UNLISTED = 999999999;

  /** Text that is no listed code of any domain, as received; the handler must pass it on unchanged. */
  private static final List<String> UNLISTED_TEXTS = List.of(
      Integer.toString(UNLISTED), " " + UNLISTED + "\t", "abc", "", "   ", "-", "1e3", "2147483648");

  /**
   * One name under which a catalog entry can be dispatched: its canonical name, or one of its aliases.
   * The page lists each of them as a row of its own.
   */
  private record Target(YamlCatalog.Entry entry, String name) {
    boolean isAlias() {
      return !name.equals(entry.name());
    }

    @Override
    public String toString() {
      return entry.codeText() + " " + name + (isAlias() ? " (alias of " + entry.name() + ")" : "");
    }
  }

  /**
   * One way to hand a code to a handler.
   *
   * @param label how, for the report
   * @param raw the code as the handler receives it, as text: what {@code onUnknown} must be given
   * @param detail the detail that goes along
   * @param call the dispatch call on a handler
   */
  private record Dispatch(String label, String raw, String detail, Function<Object, Object> call) {
    Object to(Object handler) {
      return call.apply(handler);
    }

    @Override
    public String toString() {
      return label;
    }
  }

  static Stream<GeneratedHandler> handlers() {
    return GeneratedHandler.ALL.stream();
  }

  // ---------------------------------------------------------------------------------------------------
  // The three layers, for every code and alias.

  @TestFactory
  Stream<DynamicNode> everyCodeReachesItsOwnMethod() {
    return perTarget(HandlerDispatchTest::reachesItsOwnMethod);
  }

  @TestFactory
  Stream<DynamicNode> everyCodeWhoseMethodIsNotOverriddenReachesItsKindMethod() {
    return perTarget(HandlerDispatchTest::reachesItsKindMethod);
  }

  @TestFactory
  Stream<DynamicNode> everyCodeReachesOnOutcomeOfALambda() {
    return perTarget(HandlerDispatchTest::reachesOnOutcome);
  }

  /** Layer 1: a handler that overrides the code's own method gets the code there, and nowhere else. */
  private static void reachesItsOwnMethod(Target target) {
    GeneratedHandler handler = GeneratedHandler.named(target.entry().domain());
    Method own = ownMethod(handler, target.entry());

    assertEachDispatch(target, dispatch -> {
      HandlerRecorder recorder = HandlerRecorder.overriding(own);

      Object result = dispatch.to(handler.proxy(recorder));

      assertEquals(List.of(Call.of(own.getName(), dispatch.detail())), recorder.handlingCalls(),
          dispatch + ": methods called");
      assertEquals(HandlerRecorder.result(own), result, dispatch + ": result");
    });
  }

  /**
   * Layer 2: a handler that overrides only the method of the code's kind (the entry's, or its domain's
   * default) gets the constant and the detail there, through the code's own default method.
   */
  private static void reachesItsKindMethod(Target target) {
    GeneratedHandler handler = GeneratedHandler.named(target.entry().domain());
    Method own = ownMethod(handler, target.entry());
    Method kind = kindMethod(handler, target.entry().kind());
    FusionAuthCode constant = constant(target.entry());

    assertEachDispatch(target, dispatch -> {
      HandlerRecorder recorder = HandlerRecorder.overriding(kind);

      Object result = dispatch.to(handler.proxy(recorder));

      assertEquals(List.of(Call.of(own.getName(), dispatch.detail()),
              Call.of(kind.getName(), constant, dispatch.detail())),
          recorder.handlingCalls(), dispatch + ": methods called");
      assertEquals(HandlerRecorder.result(kind), result, dispatch + ": result");
    });
  }

  /**
   * Layer 3: a lambda, which implements {@code onOutcome} alone, gets the constant and the detail
   * there; a proxy that overrides only {@code onOutcome} shows the way: own method, kind method, then
   * {@code onOutcome}.
   */
  private static void reachesOnOutcome(Target target) {
    GeneratedHandler handler = GeneratedHandler.named(target.entry().domain());
    Method own = ownMethod(handler, target.entry());
    Method kind = kindMethod(handler, target.entry().kind());
    Method outcome = method(handler, "onOutcome", handler.domain().codeType(), String.class);
    FusionAuthCode constant = constant(target.entry());

    assertEachDispatch(target, dispatch -> {
      List<Call> outcomes = new ArrayList<>();
      Object lambda = handler.lambda().of((code, detail) -> {
        outcomes.add(Call.of("onOutcome", code, detail));
        return "lambda's outcome";
      });
      HandlerRecorder recorder = HandlerRecorder.overriding(outcome);

      Object lambdaResult = dispatch.to(lambda);
      Object recorderResult = dispatch.to(handler.proxy(recorder));

      assertEquals(List.of(Call.of("onOutcome", constant, dispatch.detail())), outcomes,
          dispatch + ": the lambda's onOutcome calls");
      assertEquals("lambda's outcome", lambdaResult, dispatch + ": the lambda's result");
      assertEquals(List.of(Call.of(own.getName(), dispatch.detail()),
              Call.of(kind.getName(), constant, dispatch.detail()),
              Call.of(outcome.getName(), constant, dispatch.detail())),
          recorder.handlingCalls(), dispatch + ": methods called");
      assertEquals(HandlerRecorder.result(outcome), recorderResult, dispatch + ": result");
    });
  }

  /**
   * The three layer factories make one test per row of the seed page (a canonical name or an alias),
   * so no code of the page goes untested in any layer.
   */
  @Test
  void eachLayerTestsEveryRowOfTheSeedPage() {
    int rows = SeedPage.load().rows().size();

    assertAll(
        () -> assertEquals(rows, countTests(everyCodeReachesItsOwnMethod()), "own-method tests"),
        () -> assertEquals(rows, countTests(everyCodeWhoseMethodIsNotOverriddenReachesItsKindMethod()),
            "kind-method tests"),
        () -> assertEquals(rows, countTests(everyCodeReachesOnOutcomeOfALambda()), "onOutcome tests"));
  }

  // ---------------------------------------------------------------------------------------------------
  // Unknown values.

  @TestFactory
  Stream<DynamicNode> unlistedValuesReachOnUnknownWithTheRawText() {
    return perUnlistedGroup((handler, dispatch) -> {
      Method onUnknown = method(handler, "onUnknown", String.class, String.class);
      HandlerRecorder recorder = HandlerRecorder.overriding(onUnknown);

      Object result = dispatch.to(handler.proxy(recorder));

      assertEquals(List.of(Call.of("onUnknown", dispatch.raw(), dispatch.detail())), recorder.handlingCalls(),
          dispatch + ": methods called");
      assertEquals(HandlerRecorder.result(onUnknown), result, dispatch + ": result");
    });
  }

  @TestFactory
  Stream<DynamicNode> defaultOnUnknownThrowsNamingTheRawValue() {
    return perUnlistedGroup((handler, dispatch) -> {
      List<Call> outcomes = new ArrayList<>();
      Object lambda = handler.lambda().of((code, detail) -> {
        outcomes.add(Call.of("onOutcome", code, detail));
        return "lambda's outcome";
      });
      String raw = dispatch.raw();

      FusionAuthException thrown =
          assertThrows(FusionAuthException.class, () -> dispatch.to(lambda), dispatch + ": thrown");

      assertAll(dispatch.toString(),
          () -> assertEquals(List.of(), outcomes, "onOutcome calls"),
          () -> assertSame(FusionAuthException.class, thrown.getClass(), "exception class"),
          () -> assertNull(thrown.code(), "code()"),
          () -> assertEquals(handler.domain().name(), thrown.domain(), "domain()"),
          () -> assertEquals(raw, thrown.rawCode(), "rawCode()"),
          () -> assertEquals(dispatch.detail(), thrown.detail(), "detail()"),
          () -> assertTrue(thrown.getMessage().contains(raw),
              "getMessage() lacks the raw value '" + raw + "': " + thrown.getMessage()),
          () -> assertTrue(thrown.getMessage().contains(handler.domain().name()),
              "getMessage() lacks the domain: " + thrown.getMessage()));
    });
  }

  /** For every domain a container, and in it one test per group of {@link #unlistedGroups}. */
  private static Stream<DynamicNode> perUnlistedGroup(BiConsumer<GeneratedHandler, Dispatch> check) {
    return GeneratedHandler.ALL.stream().map(handler -> dynamicContainer(handler.domain().name(),
        unlistedGroups(handler).entrySet().stream().map(group -> dynamicTest(group.getKey(),
            () -> assertAll(group.getKey(),
                group.getValue().stream().map(dispatch -> (Executable) () -> check.accept(handler, dispatch)))))));
  }

  /**
   * The values a domain does not list, each dispatched as given, in groups: {@link #UNLISTED} as an int,
   * each of {@link #UNLISTED_TEXTS}, and per other domain the codes it has and this one lacks, as int and
   * as text.
   */
  private static Map<String, List<Dispatch>> unlistedGroups(GeneratedHandler handler) {
    String domain = handler.domain().name();
    Set<String> listed = CATALOG.entries(domain).stream()
        .map(YamlCatalog.Entry::codeText)
        .collect(Collectors.toSet());
    for (String text : UNLISTED_TEXTS) {
      assertFalse(listed.contains(text.strip()), "'" + text + "' is a code of " + domain + " in the catalog");
    }

    Map<String, List<Dispatch>> groups = new LinkedHashMap<>();
    groups.put("int " + UNLISTED, List.of(byInt(handler, UNLISTED, "unlisted int")));
    for (String text : UNLISTED_TEXTS) {
      groups.put("text \"" + escape(text) + "\"", List.of(byText(handler, text, "no code")));
    }
    for (String other : CATALOG.domains()) {
      List<Dispatch> dispatches = new ArrayList<>();
      for (YamlCatalog.Entry entry : CATALOG.entries(other)) {
        if (!other.equals(domain) && !listed.contains(entry.codeText())) {
          dispatches.add(byInt(handler, entry.code(), "code of " + other));
          dispatches.add(byText(handler, entry.codeText(), "code of " + other));
        }
      }
      if (!dispatches.isEmpty()) {
        groups.put("codes of " + other + " that " + domain + " lacks (" + dispatches.size() / 2 + ")", dispatches);
      }
    }
    assertEquals(UNLISTED_TEXTS.size() + 1 + CATALOG.domains().size() - 1, groups.size(),
        "groups of " + domain + ": some other domain has no code that " + domain + " lacks");
    return groups;
  }

  private static Dispatch byInt(GeneratedHandler handler, int code, String what) {
    String detail = "detail of int " + code;
    return new Dispatch("dispatch(int " + code + ") " + what, Integer.toString(code), detail,
        proxy -> handler.byInt().dispatch(proxy, code, detail));
  }

  private static Dispatch byText(GeneratedHandler handler, String code, String what) {
    String detail = "detail of text " + code;
    return new Dispatch("dispatch(\"" + escape(code) + "\") " + what, code, detail,
        proxy -> handler.byText().dispatch(proxy, code, detail));
  }

  private static Dispatch byCode(GeneratedHandler handler, FusionAuthCode code, String name, String detail) {
    return new Dispatch("dispatch(" + handler.domain().codeType().getSimpleName() + "." + name + ")",
        code.codeText(), detail, proxy -> handler.byCode().dispatch(proxy, code, detail));
  }

  // ---------------------------------------------------------------------------------------------------
  // The handler's shape.

  @ParameterizedTest(name = "{0}")
  @MethodSource("handlers")
  void handlerHasOneMethodPerCanonicalNameAndNoneForAliases(GeneratedHandler handler) {
    List<YamlCatalog.Entry> entries = CATALOG.entries(handler.domain().name());
    Set<String> expected = entries.stream()
        .map(entry -> "on" + upperCamel(entry.name()))
        .collect(Collectors.toCollection(TreeSet::new));
    Set<String> perCode = Arrays.stream(handler.type().getDeclaredMethods())
        .filter(method -> Arrays.equals(method.getParameterTypes(), new Class<?>[] {String.class}))
        .map(Method::getName)
        .collect(Collectors.toCollection(TreeSet::new));

    assertEquals(expected, perCode, "per-code methods (String detail)");
    assertEquals(entries.size(), expected.size(), "two names of " + handler + " give the same method name");
    for (YamlCatalog.Entry entry : entries) {
      for (String alias : entry.aliases()) {
        assertFalse(perCode.contains("on" + upperCamel(alias)), "alias " + alias + " has a method of its own");
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("handlers")
  void onOutcomeIsTheOnlyAbstractMethodAndEveryKindHasADefault(GeneratedHandler handler) {
    List<String> abstractMethods = Arrays.stream(handler.type().getMethods())
        .filter(method -> Modifier.isAbstract(method.getModifiers()))
        .map(Method::toString)
        .toList();

    assertEquals(1, abstractMethods.size(), "abstract methods: " + abstractMethods);
    assertTrue(Modifier.isAbstract(
        method(handler, "onOutcome", handler.domain().codeType(), String.class).getModifiers()), "onOutcome");
    for (String kind : KINDS) {
      assertTrue(kindMethod(handler, kind).isDefault(), "on" + upperCamel(kind) + " is not a default method");
    }
  }

  @Test
  void upperCamelFollowsTheHandlersNamingRule() {
    assertAll(
        () -> assertEquals("TokenInvalid", upperCamel("TOKEN_INVALID")),
        () -> assertEquals("Http2", upperCamel("HTTP_2")),
        () -> assertEquals("Success", upperCamel("SUCCESS")),
        () -> assertEquals("Failure", upperCamel("failure")));
  }

  // ---------------------------------------------------------------------------------------------------
  // Helpers.

  /** For every domain a container, and in it one test per canonical name and alias, in catalog order. */
  private static Stream<DynamicNode> perTarget(Consumer<Target> test) {
    return CATALOG.domains().stream().map(domain -> dynamicContainer(domain,
        CATALOG.entries(domain).stream()
            .flatMap(entry -> Stream.concat(Stream.of(entry.name()), entry.aliases().stream())
                .map(name -> new Target(entry, name)))
            .map(target -> dynamicTest(target.toString(), () -> test.accept(target)))));
  }

  /**
   * The ways to dispatch a target: a canonical name by its int code, by its text, by its text with
   * blanks around it, and by its constant; an alias by its alias constant.
   */
  private static List<Dispatch> dispatches(Target target) {
    GeneratedHandler handler = GeneratedHandler.named(target.entry().domain());
    YamlCatalog.Entry entry = target.entry();
    FusionAuthCode named = (FusionAuthCode) handler.domain().staticField(target.name());
    if (target.isAlias()) {
      return List.of(byCode(handler, named, target.name(), "detail of alias " + target.name()));
    }
    String padded = " \t" + entry.codeText() + "\n ";
    String textDetail = "运营商说: detail of text " + entry.codeText();
    return List.of(
        byInt(handler, entry.code(), "int"),
        byText(handler, entry.codeText(), "text"),
        new Dispatch("dispatch(\"" + escape(padded) + "\") text with blanks and a null detail", padded, null,
            proxy -> handler.byText().dispatch(proxy, padded, null)),
        new Dispatch("dispatch(\"" + entry.codeText() + "\") text with a non-ASCII detail", entry.codeText(),
            textDetail, proxy -> handler.byText().dispatch(proxy, entry.codeText(), textDetail)),
        byCode(handler, named, target.name(), "detail of " + entry.name()));
  }

  private static String escape(String text) {
    return text.replace("\t", "\\t").replace("\n", "\\n");
  }

  /** Runs {@code check} for each dispatch of {@code target}, reporting every failing one. */
  private static void assertEachDispatch(Target target, Consumer<Dispatch> check) {
    assertAll(target.toString(), dispatches(target).stream().map(dispatch -> (Executable) () -> check.accept(dispatch)));
  }

  /** The constant the catalog names for {@code entry}: the one every layer must receive. */
  private static FusionAuthCode constant(YamlCatalog.Entry entry) {
    return (FusionAuthCode) GeneratedDomain.named(entry.domain()).staticField(entry.name());
  }

  /** {@code on<UpperCamelName>(String)}, the entry's own method, its name computed from the YAML name. */
  private static Method ownMethod(GeneratedHandler handler, YamlCatalog.Entry entry) {
    return method(handler, "on" + upperCamel(entry.name()), String.class);
  }

  /** {@code on<Kind>(<Domain>Code, String)}, the method of {@code kind} as the YAML writes it. */
  private static Method kindMethod(GeneratedHandler handler, String kind) {
    return method(handler, "on" + upperCamel(kind), handler.domain().codeType(), String.class);
  }

  private static Method method(GeneratedHandler handler, String name, Class<?>... parameterTypes) {
    try {
      return handler.type().getMethod(name, parameterTypes);
    } catch (NoSuchMethodException e) {
      throw new AssertionError(handler + " has no method " + name + Arrays.toString(parameterTypes), e);
    }
  }

  /**
   * UPPER_SNAKE to UpperCamel as the handler names its methods: split on {@code _}, capitalize each
   * part's first letter and lower-case the rest.
   */
  static String upperCamel(String upperSnake) {
    StringBuilder camel = new StringBuilder();
    for (String part : upperSnake.split("_", -1)) {
      if (part.isEmpty()) {
        throw new IllegalArgumentException("empty part in name " + upperSnake);
      }
      camel.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1).toLowerCase(Locale.ROOT));
    }
    return camel.toString();
  }

  private static long countTests(Stream<DynamicNode> nodes) {
    return nodes.mapToLong(HandlerDispatchTest::countTests).sum();
  }

  private static long countTests(DynamicNode node) {
    return node instanceof DynamicContainer container
        ? container.getChildren().mapToLong(HandlerDispatchTest::countTests).sum()
        : 1;
  }

}
