package dev.codebook.processor;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.InvocationTargetException;
import java.util.HashMap;
import java.util.Map;
import javax.tools.JavaFileObject;

/** Loads the classes of a successful compile-testing compilation, and calls into them reflectively. */
final class CompiledClasses extends ClassLoader {
  private final Map<String, byte[]> classes = new HashMap<>();

  CompiledClasses(Compilation compilation) {
    super(CompiledClasses.class.getClassLoader());
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() != JavaFileObject.Kind.CLASS) {
        continue;
      }
      String path = file.toUri().getPath();
      String name = path.substring(path.indexOf("/CLASS_OUTPUT/") + "/CLASS_OUTPUT/".length(), path.length() - 6)
          .replace('/', '.');
      try (InputStream in = file.openInputStream()) {
        classes.put(name, in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** The class files of the compilation, by binary name. */
  Map<String, byte[]> classFiles() {
    return java.util.Collections.unmodifiableMap(classes);
  }

  private final java.util.Set<String> defined = java.util.Collections.synchronizedSet(new java.util.LinkedHashSet<>());

  /** The classes of the compilation that this loader has defined so far, in order. */
  java.util.Set<String> defined() {
    return java.util.Set.copyOf(defined);
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    defined.add(name);
    byte[] bytes = classes.get(name);
    if (bytes == null) {
      throw new ClassNotFoundException(name);
    }
    return defineClass(name, bytes, 0, bytes.length);
  }

  Class<?> type(String name) {
    try {
      return loadClass(TestCatalogs.PACKAGE + "." + name);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  /** The enum constant (or alias field) {@code name} of {@code type}. */
  static Object constant(Class<?> type, String name) {
    try {
      return type.getField(name).get(null);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** Calls a public method by name and argument count; an exception it throws is rethrown as is. */
  static Object call(Object target, String name, Object... args) throws Throwable {
    Class<?> type = target instanceof Class<?> c ? c : target.getClass();
    Object receiver = target instanceof Class<?> ? null : target;
    for (Method method : type.getMethods()) {
      if (method.getName().equals(name) && method.getParameterCount() == args.length && fits(method, args)) {
        try {
          method.setAccessible(true);
          return method.invoke(receiver, args);
        } catch (InvocationTargetException e) {
          throw e.getCause();
        }
      }
    }
    throw new AssertionError("no method " + name + " taking " + args.length + " arguments on " + type);
  }

  private static boolean fits(Method method, Object[] args) {
    Class<?>[] types = method.getParameterTypes();
    for (int i = 0; i < args.length; i++) {
      Class<?> wanted = types[i] == int.class ? Integer.class : types[i];
      if (args[i] == null ? types[i].isPrimitive() : !wanted.isInstance(args[i])) {
        return false;
      }
    }
    return true;
  }
}
