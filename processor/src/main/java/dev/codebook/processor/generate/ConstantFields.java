package dev.codebook.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.TypeName;
import dev.codebook.processor.plan.CodePlan;
import dev.codebook.processor.plan.CodeForm;
import dev.codebook.processor.plan.ConstantName;
import dev.codebook.processor.plan.DomainPlan;
import javax.lang.model.element.Modifier;

/**
 * The public static fields of a code type, wherever the plan declares them: in the enum, or in the
 * constant parts of a class-form domain. References go through the code type ({@code HugeCode.X}),
 * which finds a constant of any part by inheritance.
 */
final class ConstantFields {
  private final DomainPlan domain;
  private final ClassName codeType;
  private final TypeName constant;
  private final TypeName value;

  ConstantFields(DomainPlan domain, ClassName codeType, Nullness nullness) {
    this.domain = domain;
    this.codeType = codeType;
    this.constant = nullness.nonNull(codeType);
    this.value = domain.intCodes() ? TypeName.INT : nullness.nonNull(String.class);
  }

  /**
   * A class-form code's constant: {@code HugeCode X = HugeCode.Constants$.at(17);}. Its Javadoc is the
   * code and message alone: a class-form domain has thousands of codes, javac keeps every doc comment in
   * memory while processors run, and the reference page has the rest.
   */
  FieldSpec code(ConstantName name) {
    CodePlan code = name.code();
    FieldSpec.Builder field = FieldSpec.builder(constant, name.name().name(), Modifier.PUBLIC, Modifier.STATIC,
            Modifier.FINAL)
        .initializer("$L($L)", HolderMember.CONSTANTS_AT.in(domain, codeType), name.code().ordinal())
        .addJavadoc("$L: $L\n", JavadocText.code(domain.codeText(code)), JavadocText.message(code.text().message()));
    deprecated(field, name);
    return field.build();
  }

  /** {@code DCode ALIAS = DCode.CANONICAL;}. */
  FieldSpec alias(ConstantName name) {
    CodePlan code = name.code();
    FieldSpec.Builder field = FieldSpec.builder(constant, name.name().name(), Modifier.PUBLIC, Modifier.STATIC,
            Modifier.FINAL)
        .initializer("$T.$L", codeType, code.constant())
        .addJavadoc("Another name of {@link $T#$L} ($L): $L\n", codeType, name.code().constant(),
            JavadocText.code(domain.codeText(code)), JavadocText.message(code.text().message()))
        .addJavadoc("\n<p>A field, not a constant of its own: {@code name()} returns the canonical name$L.\n",
            domain.form() == CodeForm.ENUM ? ", and {@code valueOf} and {@code switch} labels take it" : "");
    name.alias().flatMap(dev.codebook.processor.model.Alias::description)
        .ifPresent(description -> field.addJavadoc("\n<p>$L\n", JavadocText.html(description)));
    deprecated(field, name);
    return field.build();
  }

  /** {@code int NAME_VALUE = 100001;}, a compile-time constant for {@code case} labels and annotations. */
  FieldSpec value(ConstantName name) {
    CodePlan code = name.code();
    FieldSpec.Builder field = FieldSpec.builder(value, name.valueConstant(), Modifier.PUBLIC, Modifier.STATIC,
            Modifier.FINAL)
        .initializer("$L", domain.intCodes() ? domain.codeText(code) : JavaText.literal(code.value()))
        .addJavadoc(domain.form() == CodeForm.ENUM
            ? "The value of {@link $T#$L}, for {@code case} labels and annotations: {@value}.\n"
            : "The value of {@link $T#$L}.\n", codeType, name.name().name());
    deprecated(field, name);
    return field.build();
  }

  /** A name's fields are deprecated with its code, and an alias's also on its own. */
  private static void deprecated(FieldSpec.Builder field, ConstantName name) {
    JavadocText.deprecation(name.deprecation()).ifPresent(reason -> {
      field.addJavadoc("\n@deprecated $L\n", reason);
      field.addAnnotation(Deprecated.class);
    });
  }
}
