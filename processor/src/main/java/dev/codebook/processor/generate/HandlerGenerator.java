package dev.codebook.processor.generate;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import dev.codebook.processor.model.Kind;
import dev.codebook.processor.naming.Names;
import dev.codebook.processor.plan.CodeForm;
import dev.codebook.processor.plan.CodePlan;
import dev.codebook.processor.plan.DomainPlan;
import dev.codebook.processor.plan.HandlerPart;
import dev.codebook.processor.runtime.TablesMethod;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import javax.lang.model.element.Modifier;

/**
 * Generates {@code <Domain>Handler<R>}: a default method per code that falls back to the method of
 * the code's kind, which falls back to the one abstract method {@code onOutcome}, so a lambda is a
 * complete handler; plus {@code onUnknown} and {@code dispatch}.
 *
 * <p>A small domain's handler declares everything itself. A larger one extends
 * {@code <Domain>HandlerPartN} interfaces that the plan sizes: each declares the per-code methods of a
 * range of ordinals and a static {@code route} to them, paged into switches of at most 256 cases; the
 * handler's {@code dispatch} picks the part by ordinal. No method grows with the domain.
 */
public final class HandlerGenerator {
  private final GenerationContext context;
  private final DomainPlan domain;
  /** A handler part's static method to the per-code method of an ordinal, which the handler's dispatch calls. */
  private static final String ROUTE = "route";

  private final ClassName codeType;
  private final ClassName handler;
  private final Nullness n;
  private final TypeVariableName r;
  /** The {@code code} parameter of the kind methods and {@code onOutcome}: never null. */
  private final TypeName codeParameter;
  /** Every {@code detail} parameter: whatever came with the code, null included. */
  private final TypeName detailParameter;
  /** {@code onUnknown}'s {@code rawCode}: a {@code null} received is passed on as {@code "null"}. */
  private final TypeName rawCodeParameter;

  private HandlerGenerator(GenerationContext context, DomainPlan domain) {
    this.context = context;
    this.domain = domain;
    this.codeType = context.names().codeType(domain);
    this.handler = context.names().handler(domain);
    this.n = context.nullness();
    this.r = n.resultVariable("R");
    this.codeParameter = n.nonNull(codeType);
    this.detailParameter = n.nullable(String.class);
    this.rawCodeParameter = n.nonNull(String.class);
  }

  /** The handler, then its parts. */
  public static List<JavaFile> generate(GenerationContext context, DomainPlan domain) {
    HandlerGenerator generator = new HandlerGenerator(context, domain);
    List<JavaFile> files = new ArrayList<>();
    files.add(generator.handler());
    for (HandlerPart part : domain.handlerParts()) {
      files.add(generator.part(part));
    }
    return files;
  }

  private JavaFile handler() {
    boolean parts = !domain.handlerParts().isEmpty();
    TypeSpec.Builder type = TypeSpec.interfaceBuilder(handler)
        .addModifiers(Modifier.PUBLIC)
        .addTypeVariable(r)
        .addAnnotation(FunctionalInterface.class)
        .addJavadoc("Routes the codes of domain {@code $L} to a method each.\n", domain.name())
        .addJavadoc("\n<p>Each per-code method falls back to the method of its code's kind ({@code onFailure},"
            + " {@code onSuccess}, ...), which falls back to {@link #onOutcome}, the one abstract method: a lambda"
            + " is a complete handler, and a class overrides only what it cares about. {@link #dispatch($T, $T)}"
            + " routes a raw code$L.\n", String.class, String.class,
            domain.intCodes() ? CodeBlock.of(" ({@link #dispatch(int, $T)} an int one)", String.class) : "");
    if (parts) {
      type.addJavadoc("\n<p>The per-code methods are declared in the parts this interface extends, $L codes each.\n",
          domain.handlerPartSize());
      domain.handlerParts().forEach(part -> type.addSuperinterface(
          ParameterizedTypeName.get(context.names().handlerPart(part), r)));
    } else {
      if (domain.codes().stream().anyMatch(CodePlan::deprecated)) {
        type.addAnnotation(suppressDeprecation());
      }
      domain.codes().forEach(code -> type.addMethod(perCode(code)));
    }
    type.addJavadoc("\n@param <R> what handling a code gives back; {@code Void} when nothing\n");
    for (Kind kind : Kind.values()) {
      MethodSpec.Builder method = kindMethod(kind).addModifiers(Modifier.DEFAULT)
          .addJavadoc("Handles a code of kind {@code $L} whose own method is not overridden.\n", kind.name())
          .addJavadoc("\n<p>By default, {@link #onOutcome}.\n\n")
          .addJavadoc("@param code the code\n@param detail what came with the code, or {@code null}\n")
          .addJavadoc("@return the result of handling it\n")
          .addStatement("return onOutcome(code, detail)");
      if (parts) {
        method.addAnnotation(Override.class);
      }
      type.addMethod(method.build());
    }
    type.addMethod(MethodSpec.methodBuilder("onOutcome")
        .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
        .returns(r)
        .addParameter(codeParameter, "code")
        .addParameter(detailParameter, "detail")
        .addJavadoc("Handles every code that no more specific method handles.\n\n")
        .addJavadoc("@param code the code\n@param detail what came with the code, or {@code null}\n")
        .addJavadoc("@return the result of handling it\n")
        .build());
    type.addMethod(MethodSpec.methodBuilder("onUnknown")
        .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
        .returns(r)
        .addParameter(rawCodeParameter, "rawCode")
        .addParameter(detailParameter, "detail")
        .addJavadoc("Handles a code that the catalog does not know.\n")
        .addJavadoc("\n<p>By default, throws a {@link $T} naming the raw value: override it to handle codes that"
            + " a newer catalog may add.\n\n", context.names().catalogException())
        .addJavadoc("@param rawCode the code as received\n@param detail what came with the code, or {@code null}\n")
        .addJavadoc("@return the result of handling it\n")
        .addJavadoc("@throws $T by default$L\n", context.names().catalogException(),
            domain.ranges().isEmpty() ? "" : ": the exception of the value's range, if it has one")
        .addCode(domain.ranges().isEmpty()
            ? CodeBlock.of("throw new $T($S, rawCode, detail);\n", context.names().catalogException(), domain.name())
            : CodeBlock.of("throw $L(rawCode, detail);\n", HolderMember.RANGES_UNKNOWN.in(domain, codeType)))
        .build());
    addDispatch(type);
    addFactory(type);
    return context.file(type);
  }

  /** A part: the per-code methods of its ordinals, abstract kind methods they call, and the route to them. */
  private JavaFile part(HandlerPart part) {
    TypeSpec.Builder type = TypeSpec.interfaceBuilder(context.names().handlerPart(part))
        .addModifiers(Modifier.PUBLIC)
        .addTypeVariable(r)
        .addJavadoc("Part $L of {@link $T}: the methods of the codes with ordinals $L to $L.\n", part.index() + 1,
            handler, part.from(), part.to() - 1)
        .addJavadoc("\n<p>Not an API of its own: implement {@code $T}, since another version of the catalog may move"
            + " methods to another part. Public only so that reflection on {@code $T}'s methods works.\n\n", handler,
            handler)
        .addJavadoc("@param <R> what handling a code gives back\n");
    List<CodePlan> codes = domain.codes().subList(part.from(), part.to());
    if (codes.stream().anyMatch(CodePlan::deprecated)) {
      type.addAnnotation(suppressDeprecation());
    }
    codes.forEach(code -> type.addMethod(perCode(code)));
    for (Kind kind : Kind.values()) {
      type.addMethod(kindMethod(kind).addModifiers(Modifier.ABSTRACT)
          .addJavadoc("See {@link $T#$L}.\n\n", handler, Names.kindMethod(kind))
          .addJavadoc("@param code the code\n@param detail what came with it, or {@code null}\n")
          .addJavadoc("@return the result of handling it\n")
          .build());
    }
    TreeMap<Integer, CodeBlock> cases = new TreeMap<>();
    for (CodePlan code : codes) {
      cases.put(code.ordinal() - part.from(), CodeBlock.of("return handler.$L(detail);\n", code.handlerMethod()));
    }
    TypeName self = n.nonNull(ParameterizedTypeName.get(handler, r));
    PagedSwitch.methods(name -> MethodSpec.methodBuilder(name)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addTypeVariable(r)
            .returns(r)
            .addParameter(self, "handler")
            .addParameter(int.class, "ordinal")
            .addParameter(detailParameter, "detail"),
        ROUTE, "ordinal - " + part.from(), "handler, ordinal, detail", cases,
        CodeBlock.of("throw new $T(ordinal);\n", AssertionError.class))
        .forEach(type::addMethod);
    return context.file(type);
  }

  private MethodSpec.Builder kindMethod(Kind kind) {
    return MethodSpec.methodBuilder(Names.kindMethod(kind))
        .addModifiers(Modifier.PUBLIC)
        .returns(r)
        .addParameter(codeParameter, "code")
        .addParameter(detailParameter, "detail");
  }

  private static AnnotationSpec suppressDeprecation() {
    return AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "deprecation").build();
  }

  /** The nested functional interface that {@code of} takes for unknown codes. */
  private static final String UNKNOWN_HANDLER = Names.UNKNOWN_CODE_HANDLER;

  /**
   * {@code UnknownCodeHandler<R>} and {@code of(known, unknown)}: a lambda can only be
   * {@code onOutcome}, and the default {@code onUnknown} throws; apps that may receive codes newer than
   * their catalog want both as lambdas. Its own nested interface rather than {@code java.util.function},
   * which Android has only from API 24.
   */
  private void addFactory(TypeSpec.Builder type) {
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
            .addParameter(rawCodeParameter, "rawCode")
            .addParameter(detailParameter, "detail")
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
            .addParameter(codeParameter, "code")
            .addParameter(detailParameter, "detail")
            .addStatement("return known.dispatch(code, detail)")
            .build())
        .addMethod(MethodSpec.methodBuilder("onUnknown")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(r)
            .addParameter(rawCodeParameter, "rawCode")
            .addParameter(detailParameter, "detail")
            .addStatement("return unknown.onUnknown(rawCode, detail)")
            .build())
        .build();
    type.addMethod(MethodSpec.methodBuilder("of")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addTypeVariable(r)
        .returns(n.nonNull(self))
        .addParameter(ParameterSpec.builder(n.nonNull(self), "known", Modifier.FINAL).build())
        .addParameter(ParameterSpec.builder(n.nonNull(ParameterizedTypeName.get(unknownHandler, r)), "unknown",
            Modifier.FINAL).build())
        .addJavadoc("A handler that routes known codes to {@code known} and the others to {@code unknown}:\n")
        .addJavadoc("{@code $T.of((code, detail) -> ..., (rawCode, detail) -> ...)}.\n\n", handler)
        .addJavadoc("@param <R> what handling a code gives back\n")
        .addJavadoc("@param known handles every code the catalog knows, through its own methods\n")
        .addJavadoc("@param unknown handles a code the catalog does not know\n")
        .addJavadoc("@return the handler\n")
        .addStatement("return $L", anonymous)
        .build());
  }

  private MethodSpec perCode(CodePlan code) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(code.handlerMethod())
        .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
        .returns(r)
        .addParameter(detailParameter, "detail")
        .addJavadoc(perCodeDoc(code))
        .addJavadoc("@param detail what came with the code, or {@code null}\n@return the result of handling it\n")
        .addStatement("return $L($T.$L, detail)", Names.kindMethod(code.kind()), codeType, code.constant());
    JavadocText.deprecation(code).ifPresent(reason -> {
      method.addJavadoc("@deprecated $L\n", reason);
      method.addAnnotation(Deprecated.class);
    });
    return method.build();
  }

  /**
   * What a per-code method says of its code: its message and advice, or in a class-form domain (thousands
   * of methods, each doc comment kept in javac's memory while processors run) only which code it is.
   */
  private CodeBlock perCodeDoc(CodePlan code) {
    if (domain.form() == CodeForm.CLASS) {
      return CodeBlock.of("Handles {@link $T#$L}; by default, {@link #$L}.\n\n", codeType, code.constant(),
          Names.kindMethod(code.kind()));
    }
    return CodeBlock.builder()
        .add("Handles {@link $T#$L} ($L): $L\n", codeType, code.constant(), JavadocText.code(domain.codeText(code)),
            JavadocText.message(code.text().message()))
        .add("$L", code.text().advice().map(advice -> "\n<p>Advice: " + JavadocText.html(advice) + "\n").orElse(""))
        .add("\n<p>By default, {@link #$L}.\n\n", Names.kindMethod(code.kind()))
        .build();
  }

  private void addDispatch(TypeSpec.Builder type) {
    String unknownDoc = "@return the result of the code's method, or of {@link #onUnknown} for a code the catalog"
        + " does not know\n";
    if (domain.intCodes()) {
      TablesCalls calls = new TablesCalls(context.names().tables());
      type.addMethod(MethodSpec.methodBuilder("dispatch")
          .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
          .returns(r)
          .addParameter(int.class, "code")
          .addParameter(detailParameter, "detail")
          .addJavadoc("Routes a code to its method; an alias routes to its code's method.\n\n")
          .addJavadoc("@param code the code as received\n@param detail what came with it, or {@code null}\n")
          .addJavadoc(unknownDoc)
          .addStatement("$T constant = $T.$N(code)", codeType, codeType, CodeApi.FOR_CODE)
          .addStatement("return constant == null ? onUnknown($L, detail) : dispatch(constant, detail)",
              calls.call(TablesMethod.CODE_TEXT, "code", calls.codeFormat(domain.codeFormat())))
          .build());
    }
    type.addMethod(MethodSpec.methodBuilder("dispatch")
        .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
        .returns(r)
        .addParameter(n.nullable(String.class), "code")
        .addParameter(detailParameter, "detail")
        .addJavadoc("Routes a code received as text to its method; blanks around it are ignored.\n\n")
        .addJavadoc("@param code the code as received; {@code null} goes to {@link #onUnknown} as {@code \"null\"}\n")
        .addJavadoc("@param detail what came with it, or {@code null}\n")
        .addJavadoc(unknownDoc)
        .addStatement("$T constant = $T.$N(code)", codeType, codeType, CodeApi.FOR_CODE)
        .addStatement("return constant == null ? onUnknown($T.valueOf(code), detail) : dispatch(constant, detail)",
            String.class)
        .build());
    MethodSpec.Builder byConstant = MethodSpec.methodBuilder("dispatch")
        .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
        .returns(r)
        .addParameter(codeParameter, "code")
        .addParameter(detailParameter, "detail")
        .addJavadoc("Routes a code to its method.\n\n")
        .addJavadoc("@param code the code, not {@code null}\n@param detail what came with it, or {@code null}\n")
        .addJavadoc("@return the result of the code's method\n")
        .addStatement("int ordinal = code.$N()", CodeApi.ORDINAL);
    if (domain.handlerParts().isEmpty()) {
      byConstant.beginControlFlow("switch (ordinal)");
      for (CodePlan code : domain.codes()) {
        byConstant.addCode("case $L: // $L\n$>return $L(detail);\n$<", code.ordinal(), code.constant(),
            code.handlerMethod());
      }
    } else {
      byConstant.beginControlFlow("switch (ordinal >>> $L)", Integer.numberOfTrailingZeros(domain.handlerPartSize()));
      for (HandlerPart part : domain.handlerParts()) {
        byConstant.addCode("case $L:\n$>return $T.$N(this, ordinal, detail);\n$<", part.index(),
            context.names().handlerPart(part), ROUTE);
      }
    }
    type.addMethod(byConstant
        .addCode("default:\n$>throw new $T(code);\n$<", AssertionError.class)
        .endControlFlow()
        .build());
  }
}
