package dev.codebook.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.codebook.processor.plan.CodePlan;
import dev.codebook.processor.plan.DomainPlan;
import dev.codebook.processor.plan.GroupPlan;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Generates the exception hierarchy: {@code <Catalog>Exception} (a {@code RuntimeException}), one
 * {@code <Domain>Exception} per domain, and one class per named {@code exception:} group. The message
 * is built when first asked for, so creating an exception costs no more than a plain one.
 */
public final class ExceptionGenerator {
  /** Most codes a group's Javadoc lists. */
  private static final int LISTED_CODES = 100;

  private ExceptionGenerator() {}

  public static JavaFile catalogException(GenerationContext context) {
    TypeNames names = context.names();
    ClassName self = names.catalogException();
    ClassName code = names.codeInterface();
    TypeSpec.Builder type = TypeSpec.classBuilder(self)
        .addModifiers(Modifier.PUBLIC)
        .superclass(RuntimeException.class)
        .addJavadoc("A failure reported as a code of catalog {@code $L}, or as a code the catalog does not know.\n",
            context.plan().name())
        .addJavadoc("\n<p>Build one with a code's {@code exception(...)} methods, or let {@code <Domain>Code.check}"
            + " throw it.\n")
        .addField(serialVersionUid())
        .addField(FieldSpec.builder(String.class, "domain", Modifier.PRIVATE, Modifier.FINAL).build())
        .addField(FieldSpec.builder(String.class, "rawCode", Modifier.PRIVATE, Modifier.FINAL).build())
        .addField(FieldSpec.builder(code, "code", Modifier.PRIVATE, Modifier.FINAL).build())
        .addField(FieldSpec.builder(String.class, "detail", Modifier.PRIVATE, Modifier.FINAL).build())
        .addField(FieldSpec.builder(String.class, "message", Modifier.PRIVATE, Modifier.TRANSIENT)
            .addJavadoc("Built on first use by {@link #getMessage()}.\n").build())
        .addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PROTECTED)
            .addJavadoc("An exception for a code of the catalog; use the code's {@code exception(...)} methods.\n")
            .addJavadoc("\n@param code the code\n@param detail more about this occurrence, or {@code null}\n")
            .addJavadoc("@param cause the exception that led to this one, or {@code null}\n")
            .addParameter(code, "code")
            .addParameter(String.class, "detail")
            .addParameter(Throwable.class, "cause")
            .addStatement("super(null, cause)")
            .addStatement("this.domain = code.domain()")
            .addStatement("this.rawCode = code.codeText()")
            .addStatement("this.code = code")
            .addStatement("this.detail = detail")
            .build())
        .addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("An exception for a code value that the catalog does not know.\n")
            .addJavadoc("\n@param domain the domain the value was looked up in\n")
            .addJavadoc("@param rawCode the value as received\n")
            .addJavadoc("@param detail more about this occurrence, or {@code null}\n")
            .addParameter(String.class, "domain")
            .addParameter(String.class, "rawCode")
            .addParameter(String.class, "detail")
            .addStatement("super((String) null)")
            .addStatement("this.domain = domain")
            .addStatement("this.rawCode = rawCode")
            .addStatement("this.code = null")
            .addStatement("this.detail = detail")
            .build())
        .addMethod(getter(code, "code", "the code, or {@code null} if the catalog does not know the value"))
        .addMethod(getter(ClassName.get(String.class), "domain", "the name of the code's domain"))
        .addMethod(getter(ClassName.get(String.class), "rawCode", "the code's value as text, known or not"))
        .addMethod(getter(ClassName.get(String.class), "detail", "more about this occurrence, or {@code null}"))
        .addMethod(MethodSpec.methodBuilder("getMessage")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addJavadoc("@return domain, code, name, message, advice and detail, such as {@code $L}\n",
                JavadocText.html(exampleMessage(context)))
            .beginControlFlow("if (message != null)")
            .addStatement("return message")
            .endControlFlow()
            .addStatement("$T text = new $T().append(domain).append(' ').append(rawCode)",
                StringBuilder.class, StringBuilder.class)
            .beginControlFlow("if (code == null)")
            .addStatement("text.append(\": unknown code\")")
            .nextControlFlow("else")
            .addStatement("text.append(' ').append(code.name()).append(\": \").append(code.message())")
            .beginControlFlow("if (code.advice() != null)")
            .addStatement("text.append(\" Advice: \").append(code.advice())")
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
    CodePlan first = context.plan().domains().get(0).codes().get(0);
    return context.plan().domains().get(0).name() + " " + first.entry().code() + " " + first.constant() + ": "
        + first.entry().text().message();
  }

  public static JavaFile domainException(GenerationContext context, DomainPlan domain) {
    TypeNames names = context.names();
    ClassName codeEnum = names.codeType(domain);
    TypeSpec.Builder type = TypeSpec.classBuilder(names.domainException(domain))
        .addModifiers(Modifier.PUBLIC)
        .superclass(names.catalogException())
        .addJavadoc("A failure reported as a code of domain {@code $L}.\n", domain.name())
        .addJavadoc("\n<p>Build one with {@link $T#exception(String)}. A code value the catalog does not know"
            + " has no constant, so {@code check} reports it as a plain {@link $T}.\n", codeEnum, names.catalogException())
        .addField(serialVersionUid())
        .addMethod(codeConstructor(codeEnum))
        .addMethod(MethodSpec.methodBuilder("code")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(codeEnum)
            .addJavadoc("@return the code\n")
            .addStatement("return ($T) super.code()", codeEnum)
            .build());
    return context.file(type);
  }

  /** One class per {@code exception:} group of the domain, in order of first use. */
  public static List<JavaFile> groups(GenerationContext context, DomainPlan domain) {
    List<JavaFile> files = new ArrayList<>();
    ClassName codeType = context.names().codeType(domain);
    for (GroupPlan group : domain.groups()) {
      TypeSpec.Builder type = TypeSpec.classBuilder(context.names().group(group))
          .addModifiers(Modifier.PUBLIC)
          .superclass(context.names().domainException(domain))
          .addJavadoc("A failure reported as one of these codes of domain {@code $L}:\n", domain.name())
          .addJavadoc("<ul>\n");
      for (CodePlan code : group.codes().subList(0, Math.min(LISTED_CODES, group.codes().size()))) {
        type.addJavadoc("<li>{@link $T#$L} ($L): $L\n", codeType, code.constant(), JavadocText.code(code.entry().code()),
            JavadocText.html(code.entry().text().message()));
      }
      if (group.codes().size() > LISTED_CODES) {
        type.addJavadoc("<li>and $L more\n", group.codes().size() - LISTED_CODES);
      }
      type.addJavadoc("</ul>\n")
          .addField(serialVersionUid())
          .addMethod(codeConstructor(codeType));
      files.add(context.file(type));
    }
    return files;
  }

  private static MethodSpec codeConstructor(ClassName codeEnum) {
    return MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PROTECTED)
        .addJavadoc("Use {@link $T#exception(String, Throwable)} and its overloads.\n", codeEnum)
        .addJavadoc("\n@param code the code\n@param detail more about this occurrence, or {@code null}\n")
        .addJavadoc("@param cause the exception that led to this one, or {@code null}\n")
        .addParameter(codeEnum, "code")
        .addParameter(String.class, "detail")
        .addParameter(Throwable.class, "cause")
        .addStatement("super(code, detail, cause)")
        .build();
  }

  private static MethodSpec getter(ClassName type, String name, String doc) {
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
