package dev.codebook.processor.generate;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import dev.codebook.processor.catalog.CodeEntry;
import dev.codebook.processor.catalog.CodeType;
import dev.codebook.processor.catalog.Domain;
import dev.codebook.processor.catalog.Kind;
import javax.lang.model.element.Modifier;

/**
 * Generates {@code <Domain>Handler<R>}: a default method per code that falls back to the method of
 * the code's kind, which falls back to the one abstract method {@code onOutcome}, so a lambda is a
 * complete handler; plus {@code onUnknown} and {@code dispatch}, which routes with a {@code switch}.
 */
public final class HandlerGenerator {
  private final GenerationContext context;
  private final Domain domain;
  private final ClassName codeEnum;
  private final TypeVariableName r = TypeVariableName.get("R");

  private HandlerGenerator(GenerationContext context, Domain domain) {
    this.context = context;
    this.domain = domain;
    this.codeEnum = context.names().codeEnum(domain);
  }

  public static JavaFile generate(GenerationContext context, Domain domain) {
    return new HandlerGenerator(context, domain).generate();
  }

  private JavaFile generate() {
    String name = domain.name().name();
    TypeSpec.Builder type = TypeSpec.interfaceBuilder(context.names().handler(domain))
        .addModifiers(Modifier.PUBLIC)
        .addTypeVariable(r)
        .addAnnotation(FunctionalInterface.class)
        .addJavadoc("Routes the codes of domain {@code $L} to a method each.\n", name)
        .addJavadoc("\n<p>Each per-code method falls back to the method of its code's kind ({@code onFailure},"
            + " {@code onSuccess}, ...), which falls back to {@link #onOutcome}, the one abstract method: a lambda"
            + " is a complete handler, and a class overrides only what it cares about. {@link #dispatch(String, String)}"
            + " routes a raw code$L.\n", domain.codeType() == CodeType.INT ? " ({@link #dispatch(int, String)} an int one)" : "")
        .addJavadoc("\n@param <R> what handling a code gives back; {@code Void} when nothing\n");
    if (domain.codes().stream().anyMatch(CodeEntry::isDeprecated)) {
      type.addAnnotation(AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "deprecation").build());
    }
    for (CodeEntry entry : domain.codes()) {
      type.addMethod(perCode(entry));
    }
    for (Kind kind : Kind.values()) {
      type.addMethod(MethodSpec.methodBuilder(Names.kindMethod(kind))
          .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
          .returns(r)
          .addParameter(codeEnum, "code")
          .addParameter(String.class, "detail")
          .addJavadoc("Handles a code of kind {@code $L} whose own method is not overridden.\n", kind.name())
          .addJavadoc("\n<p>By default, {@link #onOutcome}.\n\n")
          .addJavadoc("@param code the code\n@param detail what came with the code, or {@code null}\n")
          .addJavadoc("@return the result of handling it\n")
          .addStatement("return onOutcome(code, detail)")
          .build());
    }
    type.addMethod(MethodSpec.methodBuilder("onOutcome")
        .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
        .returns(r)
        .addParameter(codeEnum, "code")
        .addParameter(String.class, "detail")
        .addJavadoc("Handles every code that no more specific method handles.\n\n")
        .addJavadoc("@param code the code\n@param detail what came with the code, or {@code null}\n")
        .addJavadoc("@return the result of handling it\n")
        .build());
    type.addMethod(MethodSpec.methodBuilder("onUnknown")
        .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
        .returns(r)
        .addParameter(String.class, "rawCode")
        .addParameter(String.class, "detail")
        .addJavadoc("Handles a code that the catalog does not know.\n")
        .addJavadoc("\n<p>By default, throws a {@link $T} naming the raw value: override it to handle codes that"
            + " a newer SDK may send.\n\n", context.names().catalogException())
        .addJavadoc("@param rawCode the code as received\n@param detail what came with the code, or {@code null}\n")
        .addJavadoc("@return the result of handling it\n")
        .addJavadoc("@throws $T by default\n", context.names().catalogException())
        .addStatement("throw new $T($S, rawCode, detail)", context.names().catalogException(), name)
        .build());
    addDispatch(type);
    addFactory(type);
    return context.file(type);
  }

  /** The nested functional interface that {@code of} takes for unknown codes. */
  private static final String UNKNOWN_HANDLER = "UnknownCodeHandler";

  /**
   * {@code UnknownCodeHandler<R>} and {@code of(known, unknown)}: a lambda can only be
   * {@code onOutcome}, and the default {@code onUnknown} throws; apps fed by a newer SDK want both as
   * lambdas. Its own nested interface rather than {@code java.util.function}, which Android has only
   * from API 24.
   */
  private void addFactory(TypeSpec.Builder type) {
    ClassName handler = context.names().handler(domain);
    ClassName unknownHandler = handler.nestedClass(UNKNOWN_HANDLER);
    type.addType(TypeSpec.interfaceBuilder(unknownHandler)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addTypeVariable(r)
        .addAnnotation(FunctionalInterface.class)
        .addJavadoc("Handles a code the catalog does not know, as {@link $T#onUnknown} does.\n\n", handler)
        .addJavadoc("@param <R> what handling a code gives back\n")
        .addMethod(MethodSpec.methodBuilder("onUnknown")
            .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
            .returns(r)
            .addParameter(String.class, "rawCode")
            .addParameter(String.class, "detail")
            .addJavadoc("@param rawCode the code as received\n@param detail what came with it, or {@code null}\n")
            .addJavadoc("@return the result of handling it\n")
            .build())
        .build());
    TypeName self = ParameterizedTypeName.get(handler, r);
    TypeSpec anonymous = TypeSpec.anonymousClassBuilder("")
        .addSuperinterface(self)
        .addMethod(MethodSpec.methodBuilder("onOutcome")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(r)
            .addParameter(codeEnum, "code")
            .addParameter(String.class, "detail")
            .addStatement("return known.dispatch(code, detail)")
            .build())
        .addMethod(MethodSpec.methodBuilder("onUnknown")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(r)
            .addParameter(String.class, "rawCode")
            .addParameter(String.class, "detail")
            .addStatement("return unknown.onUnknown(rawCode, detail)")
            .build())
        .build();
    type.addMethod(MethodSpec.methodBuilder("of")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addTypeVariable(r)
        .returns(self)
        .addParameter(ParameterSpec.builder(self, "known", Modifier.FINAL).build())
        .addParameter(ParameterSpec.builder(ParameterizedTypeName.get(unknownHandler, r), "unknown", Modifier.FINAL)
            .build())
        .addJavadoc("A handler that routes known codes to {@code known} and the others to {@code unknown}:\n")
        .addJavadoc("{@code $T.of((code, detail) -> ..., (rawCode, detail) -> ...)}.\n\n", handler)
        .addJavadoc("@param <R> what handling a code gives back\n")
        .addJavadoc("@param known handles every code the catalog knows, through its own methods\n")
        .addJavadoc("@param unknown handles a code the catalog does not know\n")
        .addJavadoc("@return the handler\n")
        .addStatement("return $L", anonymous)
        .build());
  }

  private MethodSpec perCode(CodeEntry entry) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(Names.handlerMethod(entry.name().name()))
        .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
        .returns(r)
        .addParameter(String.class, "detail")
        .addJavadoc("Handles {@link $T#$L} ($L): ", codeEnum, entry.name().name(), Docs.code(entry.code()))
        .addJavadoc(Docs.codeText(entry, codeEnum))
        .addJavadoc("\n<p>By default, {@link #$L}.\n\n", Names.kindMethod(entry.kind()))
        .addJavadoc("@param detail what came with the code, or {@code null}\n@return the result of handling it\n")
        .addStatement("return $L($T.$L, detail)", Names.kindMethod(entry.kind()), codeEnum, entry.name().name());
    Docs.deprecation(entry).ifPresent(reason -> {
      method.addJavadoc("@deprecated $L\n", reason);
      method.addAnnotation(Deprecated.class);
    });
    return method.build();
  }

  private void addDispatch(TypeSpec.Builder type) {
    String unknownDoc = "@return the result of the code's method, or of {@link #onUnknown} for a code the catalog"
        + " does not know\n";
    if (domain.codeType() == CodeType.INT) {
      MethodSpec.Builder byValue = MethodSpec.methodBuilder("dispatch")
          .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
          .returns(r)
          .addParameter(int.class, "code")
          .addParameter(String.class, "detail")
          .addJavadoc("Routes a code to its method; an alias routes to its code's method.\n\n")
          .addJavadoc("@param code the code as received\n@param detail what came with it, or {@code null}\n")
          .addJavadoc(unknownDoc)
          .beginControlFlow("switch (code)");
      for (CodeEntry entry : domain.codes()) {
        byValue.addCode("case $T.$L:\n$>return $L(detail);\n$<", codeEnum, Names.valueConstant(entry.name().name()),
            Names.handlerMethod(entry.name().name()));
      }
      type.addMethod(byValue
          .addCode("default:\n$>return onUnknown($T.toString(code), detail);\n$<", Integer.class)
          .endControlFlow()
          .build());
    }
    type.addMethod(MethodSpec.methodBuilder("dispatch")
        .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
        .returns(r)
        .addParameter(String.class, "code")
        .addParameter(String.class, "detail")
        .addJavadoc("Routes a code received as text to its method; blanks around it are ignored.\n\n")
        .addJavadoc("@param code the code as received\n@param detail what came with it, or {@code null}\n")
        .addJavadoc(unknownDoc)
        .addStatement("$T constant = $T.forCode(code)", codeEnum, codeEnum)
        .addStatement("return constant == null ? onUnknown(code, detail) : dispatch(constant, detail)")
        .build());
    MethodSpec.Builder byConstant = MethodSpec.methodBuilder("dispatch")
        .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
        .returns(r)
        .addParameter(codeEnum, "code")
        .addParameter(String.class, "detail")
        .addJavadoc("Routes a code to its method.\n\n")
        .addJavadoc("@param code the code, not {@code null}\n@param detail what came with it, or {@code null}\n")
        .addJavadoc("@return the result of the code's method\n")
        .beginControlFlow("switch (code.ordinal())");
    int ordinal = 0;
    for (CodeEntry entry : domain.codes()) {
      byConstant.addCode("case $L: // $L\n$>return $L(detail);\n$<", ordinal++, entry.name().name(),
          Names.handlerMethod(entry.name().name()));
    }
    type.addMethod(byConstant
        .addCode("default:\n$>throw new $T(code);\n$<", AssertionError.class)
        .endControlFlow()
        .build());
  }
}
