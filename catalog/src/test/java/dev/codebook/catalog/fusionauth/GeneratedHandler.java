package dev.codebook.catalog.fusionauth;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.util.List;

/**
 * The generated {@code <Domain>Handler} of one catalog domain, reached through method references (as
 * {@link GeneratedDomain} reaches the domain's other types) so that a changed signature breaks the test
 * build instead of a test.
 *
 * @param domain the domain's other generated types
 * @param type the generated {@code <Domain>Handler} interface
 * @param byInt {@code dispatch(int, String)} on a handler of {@code type}
 * @param byText {@code dispatch(String, String)} on a handler of {@code type}
 * @param byCode {@code dispatch(<Domain>Code, String)} on a handler of {@code type}, for a constant of
 *     this domain
 * @param lambda a handler of {@code type} written as a lambda, that is with {@code onOutcome} alone
 */
record GeneratedHandler(
    GeneratedDomain domain,
    Class<?> type,
    IntDispatch byInt,
    TextDispatch byText,
    CodeDispatch byCode,
    LambdaHandler lambda) {

  /** {@code handler.dispatch(int, String)}. */
  @FunctionalInterface
  interface IntDispatch {
    Object dispatch(Object handler, int code, String detail);
  }

  /** {@code handler.dispatch(String, String)}. */
  @FunctionalInterface
  interface TextDispatch {
    Object dispatch(Object handler, String code, String detail);
  }

  /** {@code handler.dispatch(<Domain>Code, String)}. */
  @FunctionalInterface
  interface CodeDispatch {
    Object dispatch(Object handler, FusionAuthCode code, String detail);
  }

  /** What a handler's {@code onOutcome} does. */
  @FunctionalInterface
  interface Outcome {
    Object onOutcome(FusionAuthCode code, String detail);
  }

  /** Makes a {@code <Domain>Handler<Object>} from a lambda, as a user would write it. */
  @FunctionalInterface
  interface LambdaHandler {
    Object of(Outcome outcome);
  }

  /** All six domains' handlers, in catalog order. */
  static final List<GeneratedHandler> ALL = List.of(
      new GeneratedHandler(GeneratedDomain.named("Sdk"), SdkHandler.class,
          (handler, code, detail) -> ((SdkHandler<?>) handler).dispatch(code, detail),
          (handler, code, detail) -> ((SdkHandler<?>) handler).dispatch(code, detail),
          (handler, code, detail) -> ((SdkHandler<?>) handler).dispatch((SdkCode) code, detail),
          outcome -> (SdkHandler<Object>) outcome::onOutcome),
      new GeneratedHandler(GeneratedDomain.named("ClickEvent"), ClickEventHandler.class,
          (handler, code, detail) -> ((ClickEventHandler<?>) handler).dispatch(code, detail),
          (handler, code, detail) -> ((ClickEventHandler<?>) handler).dispatch(code, detail),
          (handler, code, detail) -> ((ClickEventHandler<?>) handler).dispatch((ClickEventCode) code, detail),
          outcome -> (ClickEventHandler<Object>) outcome::onOutcome),
      new GeneratedHandler(GeneratedDomain.named("OneClickLogin"), OneClickLoginHandler.class,
          (handler, code, detail) -> ((OneClickLoginHandler<?>) handler).dispatch(code, detail),
          (handler, code, detail) -> ((OneClickLoginHandler<?>) handler).dispatch(code, detail),
          (handler, code, detail) -> ((OneClickLoginHandler<?>) handler).dispatch((OneClickLoginCode) code, detail),
          outcome -> (OneClickLoginHandler<Object>) outcome::onOutcome),
      new GeneratedHandler(GeneratedDomain.named("ChinaMobile"), ChinaMobileHandler.class,
          (handler, code, detail) -> ((ChinaMobileHandler<?>) handler).dispatch(code, detail),
          (handler, code, detail) -> ((ChinaMobileHandler<?>) handler).dispatch(code, detail),
          (handler, code, detail) -> ((ChinaMobileHandler<?>) handler).dispatch((ChinaMobileCode) code, detail),
          outcome -> (ChinaMobileHandler<Object>) outcome::onOutcome),
      new GeneratedHandler(GeneratedDomain.named("ChinaUnicom"), ChinaUnicomHandler.class,
          (handler, code, detail) -> ((ChinaUnicomHandler<?>) handler).dispatch(code, detail),
          (handler, code, detail) -> ((ChinaUnicomHandler<?>) handler).dispatch(code, detail),
          (handler, code, detail) -> ((ChinaUnicomHandler<?>) handler).dispatch((ChinaUnicomCode) code, detail),
          outcome -> (ChinaUnicomHandler<Object>) outcome::onOutcome),
      new GeneratedHandler(GeneratedDomain.named("ChinaTelecom"), ChinaTelecomHandler.class,
          (handler, code, detail) -> ((ChinaTelecomHandler<?>) handler).dispatch(code, detail),
          (handler, code, detail) -> ((ChinaTelecomHandler<?>) handler).dispatch(code, detail),
          (handler, code, detail) -> ((ChinaTelecomHandler<?>) handler).dispatch((ChinaTelecomCode) code, detail),
          outcome -> (ChinaTelecomHandler<Object>) outcome::onOutcome));

  /** The handler of the domain called {@code name}. */
  static GeneratedHandler named(String name) {
    return ALL.stream()
        .filter(handler -> handler.domain().name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no generated handler for domain " + name));
  }

  /** A handler of {@code type} whose every call goes to {@code calls}. */
  Object proxy(InvocationHandler calls) {
    return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, calls);
  }

  @Override
  public String toString() {
    return type.getSimpleName();
  }
}
