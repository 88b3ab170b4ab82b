package dev.codebook.catalog.fusionauth;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The calls made on a proxy of a generated handler interface, for a handler that overrides only some
 * of its methods.
 *
 * <p>A method in {@code overridden} records its call and returns {@link #result(Method)}, as a user's
 * override would; any other default method records its call and then runs its generated default body
 * through {@link InvocationHandler#invokeDefault}, so the calls that body makes on {@code this} come back
 * here and are recorded too. An abstract method that is not overridden fails the test.
 */
final class HandlerRecorder implements InvocationHandler {
  /** One call made on the handler: the method's name and its arguments. */
  record Call(String method, List<Object> args) {
    static Call of(String method, Object... args) {
      return new Call(method, Arrays.asList(args));
    }

    @Override
    public String toString() {
      return method + args;
    }
  }

  /** What an overridden method returns: tells which method answered. */
  record Result(Method method) {
    @Override
    public String toString() {
      return "result of " + method.getName() + Arrays.toString(method.getParameterTypes());
    }
  }

  private final Set<Method> overridden;
  private final List<Call> calls = new ArrayList<>();

  private HandlerRecorder(Set<Method> overridden) {
    this.overridden = overridden;
  }

  /** A recorder that overrides exactly {@code methods} of the handler interface. */
  static HandlerRecorder overriding(Method... methods) {
    return new HandlerRecorder(Set.of(methods));
  }

  /** What the overridden {@code method} returns. */
  static Result result(Method method) {
    return new Result(method);
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
    if (method.getDeclaringClass() == Object.class) {
      return switch (method.getName()) {
        case "equals" -> proxy == args[0];
        case "hashCode" -> System.identityHashCode(proxy);
        case "toString" -> "recording handler overriding " + overridden;
        default -> throw new UnsupportedOperationException(method.toString());
      };
    }
    calls.add(new Call(method.getName(), args == null ? List.of() : Arrays.asList(args.clone())));
    if (overridden.contains(method)) {
      return result(method);
    }
    if (method.isDefault()) {
      return InvocationHandler.invokeDefault(proxy, method, args);
    }
    throw new AssertionError(method + " is abstract and was reached, but this handler overrides only " + overridden);
  }

  /**
   * The calls of methods that handle a code, in order: every call made on the handler but those of
   * {@code dispatch}, the test's own and those that {@code dispatch} makes to route.
   */
  List<Call> handlingCalls() {
    return calls.stream().filter(call -> !call.method().equals("dispatch")).toList();
  }
}
