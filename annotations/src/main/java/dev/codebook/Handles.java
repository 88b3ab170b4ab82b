package dev.codebook;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares the raw codes a method handles, for code that receives codes outside a generated handler.
 * Each code is checked against the catalog at compile time: an unknown code, a code of another domain,
 * or a code that two methods of one class both claim is an error; a deprecated code is a warning.
 *
 * <pre>{@code
 * @Handles(domain = "Sdk", codes = {300003, 300005})
 * void renewToken(int code) { ... }
 * }</pre>
 *
 * <p>For a {@code string} domain, list the codes in {@link #stringCodes}:
 * {@code @Handles(domain = "Sql", stringCodes = {"23505", "40001"})}. CLASS retention, as on
 * {@link Exhaustive}, and for the same reason. A {@code @Handles} that names no code is an error.
 *
 * <p>On Kotlin classes it is checked under kapt only, as {@link Exhaustive} is; there, write the codes of
 * a catalog of the same module as literals: kapt reads the annotation before the {@code _VALUE}
 * constants exist, and leaves out what it cannot evaluate.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.CONSTRUCTOR})
public @interface Handles {
  /** The domain the codes belong to, such as {@code "Sdk"}. */
  String domain();

  /** The codes of an {@code int} domain. */
  int[] codes() default {};

  /** The codes of a {@code string} domain, such as SQLSTATE {@code "23505"}. */
  String[] stringCodes() default {};

  /**
   * The package holding the catalog's {@code @Codebook}, when it is compiled elsewhere (a jar on the
   * class path). Empty: a catalog of this compilation, or of the annotated class's package.
   */
  String catalog() default "";
}
