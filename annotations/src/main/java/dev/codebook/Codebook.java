package dev.codebook;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Generates typed code constants and exception classes from a YAML catalog of result codes into the
 * annotated package.
 *
 * <pre>{@code
 * @Codebook("fusion-auth.yaml")
 * package com.example.auth.codes;
 *
 * import dev.codebook.Codebook;
 * }</pre>
 *
 * <p>The catalog is found like {@link Class#getResource(String)}: a relative path is resolved next to
 * the annotated package ({@code com/example/auth/codes/fusion-auth.yaml}), a path starting with
 * {@code /} from the root of each location. Locations are tried in this order: each directory of the
 * processor option {@code -Acodebook.root=DIR[:DIR...]}, the source path, then the class path (a
 * dependency jar or {@code target/classes}).
 *
 * <p>This annotation is needed at compile time only; generated code does not depend on it.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PACKAGE)
public @interface Codebook {
  /** Path of the YAML catalog, relative to the annotated package or absolute from a root. */
  String value();
}
