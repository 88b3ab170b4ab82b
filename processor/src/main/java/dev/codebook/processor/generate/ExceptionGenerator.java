package dev.codebook.processor.generate;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.codebook.processor.model.Param;
import dev.codebook.processor.plan.CodePlan;
import dev.codebook.processor.plan.DomainPlan;
import dev.codebook.processor.plan.ExceptionPlan;
import dev.codebook.processor.plan.FactoryPart;
import dev.codebook.processor.runtime.TablesMethod;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Generates the exception hierarchy: {@code <Catalog>Exception} (a {@code RuntimeException}), one
 * {@code <Domain>Exception} per domain with a typed factory per code that has parameters, one class
 * per range with an {@code exception:} and per named group. The message is built when first asked
 * for, so creating an exception costs no more than a plain one.
 *
 * <p>When a domain has more factories than one class holds, they live in a chain of
 * {@code <Domain>ExceptionFactoriesN} classes between the catalog's exception and the domain's, which
 * inherits them: static methods are members of subclasses too.
 */
public final class ExceptionGenerator {
  /** Most codes a group's Javadoc lists. */
  private static final int LISTED_CODES = 100;
  private static final ArrayTypeName OBJECTS = ArrayTypeName.of(Object.class);
  /** The catalog exception's empty arguments, which the code types' {@code exception(...)} pass. */
  static final String NO_ARGS = "NO_ARGS";

  private ExceptionGenerator() {}

  public static JavaFile catalogException(GenerationContext context) {
    TypeNames names = context.names();
    ClassName self = names.catalogException();
    ClassName code = names.codeInterface();
    Nullness n = context.nullness();
    TablesCalls calls = new TablesCalls(names.tables());
    TypeSpec.Builder type = TypeSpec.classBuilder(self)
        .addModifiers(Modifier.PUBLIC)
        .superclass(RuntimeException.class)
        .addJavadoc("A failure reported as a code of catalog {@code $L}, or as a code the catalog does not know.\n",
            context.plan().name())
        .addJavadoc("\n<p>Build one with a code's {@code exception(...)} methods or a domain exception's typed"
            + " factories, or let {@code <Domain>Code.check} throw it.\n")
        .addField(serialVersionUid())
        .addField(FieldSpec.builder(OBJECTS, NO_ARGS, Modifier.STATIC, Modifier.FINAL)
            .initializer("new $T[0]", Object.class).build())
        .addField(FieldSpec.builder(String.class, "domain", Modifier.PRIVATE, Modifier.FINAL).build())
        .addField(FieldSpec.builder(String.class, "rawCode", Modifier.PRIVATE, Modifier.FINAL).build())
        .addField(FieldSpec.builder(code, "code", Modifier.PRIVATE, Modifier.FINAL).build())
        .addField(FieldSpec.builder(String.class, "detail", Modifier.PRIVATE, Modifier.FINAL).build())
        .addField(FieldSpec.builder(OBJECTS, "args", Modifier.PRIVATE, Modifier.TRANSIENT)
            .addJavadoc("Not serialized (the values need not be serializable): the message is built from them"
                + " before the exception is written, and a read one has none.\n").build())
        .addField(FieldSpec.builder(String.class, "message", Modifier.PRIVATE)
            .addJavadoc("Built on first use by {@link #getMessage()}, and before serialization.\n").build())
        .addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PROTECTED)
            .addJavadoc("An exception for a code of the catalog; use the code's {@code exception(...)} methods.\n")
            .addJavadoc("\n@param code the code\n@param detail more about this occurrence, or {@code null}\n")
            .addJavadoc("@param cause the exception that led to this one, or {@code null}\n")
            .addJavadoc("@param args the values of the code's parameters, in their order\n")
            .addParameter(n.nonNull(code), "code")
            .addParameter(n.nullable(String.class), "detail")
            .addParameter(n.nullable(Throwable.class), "cause")
            .addParameter(args(n), "args")
            .addStatement("super(null, cause)")
            .addStatement("this.domain = code.$N()", CodeApi.DOMAIN)
            .addStatement("this.rawCode = code.$N()", CodeApi.CODE_TEXT)
            .addStatement("this.code = code")
            .addStatement("this.detail = detail")
            .addStatement("this.args = args")
            .build())
        .addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("An exception for a code value that the catalog does not know.\n")
            .addJavadoc("\n@param domain the domain the value was looked up in\n")
            .addJavadoc("@param rawCode the value as received\n")
            .addJavadoc("@param detail more about this occurrence, or {@code null}\n")
            .addParameter(n.nonNull(String.class), "domain")
            .addParameter(n.nonNull(String.class), "rawCode")
            .addParameter(n.nullable(String.class), "detail")
            .addStatement("super(($T) null)", String.class)
            .addStatement("this.domain = domain")
            .addStatement("this.rawCode = rawCode")
            .addStatement("this.code = null")
            .addStatement("this.detail = detail")
            .addStatement("this.args = NO_ARGS")
            .build())
        .addMethod(getter(n.nullable(code), "code", "the code, or {@code null} if the catalog does not know the value"))
        .addMethod(getter(n.nonNull(String.class), "domain", "the name of the code's domain"))
        .addMethod(getter(n.nonNull(String.class), "rawCode", "the code's value as text, known or not"))
        .addMethod(getter(n.nullable(String.class), "detail", "more about this occurrence, or {@code null}"))
        .addMethod(MethodSpec.methodBuilder("args")
            .addModifiers(Modifier.PUBLIC)
            .returns(n.nonNull(ParameterizedTypeName.get(ClassName.get(List.class), n.nullable(ClassName.OBJECT))))
            .addJavadoc("@return the values of the code's parameters, in their order, as a typed factory received"
                + " them; empty when none, and after deserialization\n")
            .addStatement("return $T.unmodifiableList($T.asList(args))", Collections.class, Arrays.class)
            .build())
        .addMethod(MethodSpec.methodBuilder("writeObject")
            .addModifiers(Modifier.PRIVATE)
            .addParameter(java.io.ObjectOutputStream.class, "out")
            .addException(java.io.IOException.class)
            .addStatement("getMessage()")
            .addStatement("out.defaultWriteObject()")
            .build())
        .addMethod(MethodSpec.methodBuilder("readObject")
            .addModifiers(Modifier.PRIVATE)
            .addParameter(java.io.ObjectInputStream.class, "in")
            .addException(java.io.IOException.class)
            .addException(ClassNotFoundException.class)
            .addStatement("in.defaultReadObject()")
            .addStatement("args = NO_ARGS")
            .build())
        .addMethod(MethodSpec.methodBuilder("getMessage")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(n.nonNull(String.class))
            .addJavadoc("@return domain, code, name, message (its parameters filled in), advice and detail, such as"
                + " {@code $L}\n", JavadocText.html(exampleMessage(context)))
            .beginControlFlow("if (message != null)")
            .addStatement("return message")
            .endControlFlow()
            .addStatement("$T text = new $T().append(domain).append(' ').append(rawCode)",
                StringBuilder.class, StringBuilder.class)
            .beginControlFlow("if (code == null)")
            .addStatement("text.append(\": unknown code\")")
            .nextControlFlow("else")
            .addStatement("text.append(' ').append(code.$N()).append(\": \").append($L)", CodeApi.NAME,
                calls.call(TablesMethod.FILL, codeCall(CodeApi.MESSAGE), codeCall(CodeApi.PARAMS), "args"))
            .beginControlFlow("if (code.$N() != null)", CodeApi.ADVICE)
            .addStatement("text.append(\" Advice: \").append($L)",
                calls.call(TablesMethod.FILL, codeCall(CodeApi.ADVICE), codeCall(CodeApi.PARAMS), "args"))
            .endControlFlow()
            .endControlFlow()
            .beginControlFlow("if (detail != null)")
            .addStatement("text.append(\" Detail: \").append(detail)")
            .endControlFlow()
            .addStatement("message = text.toString()")
            .addStatement("return message")
            .build());
    return context.file(type);
  }

  /** What {@code getMessage()} returns for the catalog's first code, for its Javadoc. */
  private static String exampleMessage(GenerationContext context) {
    DomainPlan domain = context.plan().domains().get(0);
    CodePlan first = domain.codes().get(0);
    return domain.name() + " " + domain.codeText(first) + " " + first.constant() + ": "
        + first.text().message();
  }

  /** The domain's exception, and the factory parts above it when it has too many factories for one class. */
  public static List<JavaFile> domainException(GenerationContext context, DomainPlan domain) {
    TypeNames names = context.names();
    Nullness n = context.nullness();
    ClassName codeType = names.codeType(domain);
    List<JavaFile> files = new ArrayList<>();
    ClassName superclass = names.catalogException();
    for (FactoryPart part : domain.factoryParts()) {
      TypeSpec.Builder type = TypeSpec.classBuilder(names.factoryPart(part))
          .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
          .superclass(superclass)
          .addJavadoc("Typed factories of domain {@code $L}, part $L of $L: use them as {@code $T.name(...)}.\n",
              domain.name(), part.index() + 1, domain.factoryParts().size(), names.domainException(domain))
          .addJavadoc("\n<p>Not an API of its own: another version of the catalog may move a factory to another part.\n")
          .addField(serialVersionUid())
          .addMethod(knownConstructor(n, names.codeInterface(), false))
          .addMethod(unknownConstructor(n));
      part.codes().forEach(code -> type.addMethod(factory(context, domain, code)));
      files.add(context.file(type));
      superclass = names.factoryPart(part);
    }
    TypeSpec.Builder type = TypeSpec.classBuilder(names.domainException(domain))
        .addModifiers(Modifier.PUBLIC)
        .superclass(superclass)
        .addJavadoc("A failure reported as a code of domain {@code $L}.\n", domain.name())
        .addJavadoc("\n<p>Build one with {@link $T#exception($T)}$L. A code value the catalog does not know"
            + " has no constant, so {@code check} reports it as a plain {@link $T}$L.\n", codeType, String.class,
            domain.factories().isEmpty() ? "" : ", or for a code with parameters with its typed factory here",
            names.catalogException(), domain.ranges().isEmpty() ? "" : ", or as its range's exception");
    if (domain.factories().stream().anyMatch(CodePlan::deprecated)) {
      type.addAnnotation(suppressDeprecation());
    }
    type.addField(serialVersionUid())
        .addMethod(knownConstructor(n, codeType, true))
        .addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PROTECTED)
            .addJavadoc("An exception for a code value of the domain that the catalog does not know.\n")
            .addJavadoc("\n@param rawCode the value as received\n@param detail more about it, or {@code null}\n")
            .addParameter(n.nonNull(String.class), "rawCode")
            .addParameter(n.nullable(String.class), "detail")
            .addStatement("super($S, rawCode, detail)", domain.name())
            .build())
        .addMethod(MethodSpec.methodBuilder("code")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(n.nullable(codeType))
            .addJavadoc("@return the code, or {@code null} for a value the catalog does not know\n")
            .addStatement("return ($T) super.code()", codeType)
            .build());
    if (domain.factoryParts().isEmpty()) {
      domain.factories().forEach(code -> type.addMethod(factory(context, domain, code)));
    }
    files.add(context.file(type));
    return files;
  }

  /** One class per named group and per range with an exception, each extending its parent. */
  public static List<JavaFile> exceptions(GenerationContext context, DomainPlan domain) {
    List<JavaFile> files = new ArrayList<>();
    Nullness n = context.nullness();
    ClassName codeType = context.names().codeType(domain);
    for (ExceptionPlan exception : domain.exceptions()) {
      TypeSpec.Builder type = TypeSpec.classBuilder(context.names().exception(domain, exception.index()))
          .addModifiers(Modifier.PUBLIC)
          .superclass(context.names().exception(domain, exception.parent()));
      if (exception.source() == ExceptionPlan.Source.RANGE) {
        type.addJavadoc("A failure reported as a code of range {@code $L} of domain {@code $L}, listed in the catalog"
            + " or not.\n", domain.ranges().stream().filter(range -> range.exception() == exception.index())
                .map(range -> range.range().name().name()).findFirst().orElseThrow(), domain.name());
      } else {
        type.addJavadoc("A failure reported as one of these codes of domain {@code $L}:\n", domain.name());
      }
      if (!exception.codes().isEmpty()) {
        type.addJavadoc("<ul>\n");
        for (CodePlan code : exception.codes().subList(0, Math.min(LISTED_CODES, exception.codes().size()))) {
          type.addJavadoc("<li>{@link $T#$L} ($L): $L\n", codeType, code.constant(),
              JavadocText.code(domain.codeText(code)), JavadocText.message(code.text().message()));
        }
        if (exception.codes().size() > LISTED_CODES) {
          type.addJavadoc("<li>and $L more\n", exception.codes().size() - LISTED_CODES);
        }
        type.addJavadoc("</ul>\n");
      }
      type.addField(serialVersionUid()).addMethod(knownConstructor(n, codeType, true));
      if (exception.source() == ExceptionPlan.Source.RANGE) {
        type.addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PROTECTED)
            .addJavadoc("An exception for a value of the range that the catalog does not list.\n")
            .addJavadoc("\n@param rawCode the value as received\n@param detail more about it, or {@code null}\n")
            .addParameter(n.nonNull(String.class), "rawCode")
            .addParameter(n.nullable(String.class), "detail")
            .addStatement("super(rawCode, detail)")
            .build());
      }
      files.add(context.file(type));
    }
    return files;
  }

  /**
   * {@code static G name(T1 p1, ...)}: the exception of a code with parameters, its message filled in
   * with the arguments, declared to return the class the code's {@code exception()} creates.
   */
  private static MethodSpec factory(GenerationContext context, DomainPlan domain, CodePlan code) {
    ClassName returns = context.names().exception(domain, code.exception());
    Nullness n = context.nullness();
    MethodSpec.Builder method = MethodSpec.methodBuilder(code.factory().orElseThrow())
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(n.nonNull(returns))
        .addJavadoc("A new exception of {@link $T#$L} ($L): $L\n", context.names().codeType(domain), code.constant(),
            JavadocText.code(domain.codeText(code)), JavadocText.message(code.text().message()))
        .addJavadoc("\n");
    CodeBlock.Builder args = CodeBlock.builder();
    for (Param param : code.params()) {
      // A value is written with String.valueOf, so null is accepted (and shown as "null").
      method.addParameter(n.nullable(javaType(param.type())), param.name().name())
          .addJavadoc("@param $L the value of {@code {$L}}\n", param.name().name(), param.name().name());
      args.add(args.isEmpty() ? "$N" : ", $N", param.name().name());
    }
    method.addJavadoc("@return the exception, not thrown; its message has the values filled in\n");
    JavadocText.deprecation(code).ifPresent(reason -> {
      method.addJavadoc("@deprecated $L\n", reason);
      method.addAnnotation(Deprecated.class);
    });
    return method.addStatement("return new $T($T.$L, null, null, new $T[] {$L})", returns,
        context.names().codeType(domain), code.constant(), Object.class, args.build()).build();
  }

  static TypeName javaType(Param.Type type) {
    return switch (type) {
      case STRING -> TypeName.get(String.class);
      case INT -> TypeName.INT;
      case LONG -> TypeName.LONG;
      case DOUBLE -> TypeName.DOUBLE;
      case BOOLEAN -> TypeName.BOOLEAN;
      case OBJECT -> TypeName.get(Object.class);
    };
  }

  /** {@code (code, detail, cause, args)}: for the code type's {@code exception} methods and the factories. */
  private static MethodSpec knownConstructor(Nullness n, ClassName codeType, boolean forCodes) {
    return MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PROTECTED)
        .addJavadoc(forCodes
            ? CodeBlock.of("Use {@link $T#exception($T, $T)} and its overloads, or a typed factory.\n", codeType,
                String.class, Throwable.class)
            : CodeBlock.of("For the subclasses.\n"))
        .addJavadoc("\n@param code the code\n@param detail more about this occurrence, or {@code null}\n")
        .addJavadoc("@param cause the exception that led to this one, or {@code null}\n")
        .addJavadoc("@param args the values of the code's parameters\n")
        .addParameter(n.nonNull(codeType), "code")
        .addParameter(n.nullable(String.class), "detail")
        .addParameter(n.nullable(Throwable.class), "cause")
        .addParameter(args(n), "args")
        .addStatement("super(code, detail, cause, args)")
        .build();
  }

  private static MethodSpec unknownConstructor(Nullness n) {
    return MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PROTECTED)
        .addJavadoc("For the subclasses.\n\n@param domain the domain\n@param rawCode the value as received\n")
        .addJavadoc("@param detail more about it, or {@code null}\n")
        .addParameter(n.nonNull(String.class), "domain")
        .addParameter(n.nonNull(String.class), "rawCode")
        .addParameter(n.nullable(String.class), "detail")
        .addStatement("super(domain, rawCode, detail)")
        .build();
  }

  private static com.palantir.javapoet.AnnotationSpec suppressDeprecation() {
    return com.palantir.javapoet.AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "deprecation")
        .build();
  }

  /** {@code code.method()}: a method of the code interface, called on the exception's code. */
  private static CodeBlock codeCall(String method) {
    return CodeBlock.of("code.$N()", method);
  }

  /** The values of a code's parameters, as the constructors take them: a non-null array of any values. */
  private static TypeName args(Nullness n) {
    return n.array(n.nullable(ClassName.OBJECT));
  }

  private static MethodSpec getter(TypeName type, String name, String doc) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC)
        .returns(type)
        .addJavadoc("@return $L\n", doc)
        .addStatement("return $N", name)
        .build();
  }

  private static FieldSpec serialVersionUid() {
    return FieldSpec.builder(long.class, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("1L")
        .build();
  }
}
