package dev.codebook;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes the build fail when a class implementing a generated {@code <Domain>Handler} does not override
 * the per-code method of every code of the given kinds (failures by default). Deprecated codes need not
 * be handled.
 *
 * <pre>{@code
 * @Exhaustive
 * final class LoginFailures implements SdkHandler<Decision> {
 *   @Override public Decision onTokenInvalid(String detail) { return Decision.RETRY; }
 *   // ... every other failure code of the Sdk domain, or the build lists what is missing
 *   @Override public Decision onOutcome(SdkCode code, String detail) { return Decision.CONTINUE; }
 * }
 * }</pre>
 *
 * <p>CLASS retention, as Gradle's incremental compilation needs for an aggregating processor's
 * annotations: it stays in the class file, invisible to reflection. A module compiled against such a
 * class wants this annotations jar on its compile class path too, or javac warns that it cannot find
 * the annotation's methods; so depend on it with a scope or configuration that reaches downstream
 * compilations (Maven {@code compile}, Gradle {@code compileOnlyApi}).
 *
 * <p>Checked wherever Codebook runs on the class: javac and ecj for Java, kapt for Kotlin. kotlinc alone
 * runs no annotation processor, so on a Kotlin class compiled without kapt this checks nothing (README,
 * "Kotlin").
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Exhaustive {
  /** The kinds whose every code must have its own method; failures by default. */
  CodeKind[] value() default CodeKind.FAILURE;
}
