package dev.codebook.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.codebook.processor.plan.CodePlan;
import dev.codebook.processor.plan.DomainPlan;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.Modifier;

/** Generates {@code <Catalog>Code}: the interface every domain's code enum implements. */
public final class CodeInterfaceGenerator {
  private CodeInterfaceGenerator() {}

  public static JavaFile generate(GenerationContext context) {
    TypeNames names = context.names();
    Nullness n = context.nullness();
    // Examples from the catalog at hand: its first domain and code.
    DomainPlan firstDomain = context.plan().domains().get(0);
    CodePlan firstCode = firstDomain.codes().get(0);
    ClassName exception = names.catalogException();
    TypeSpec.Builder type = TypeSpec.interfaceBuilder(names.codeInterface())
        .addModifiers(Modifier.PUBLIC)
        .addSuperinterface(Serializable.class)
        .addJavadoc("A result code of catalog {@code $L}$L, whatever its domain.\n",
            context.plan().name(),
            context.plan().catalog().title().map(title -> " (" + JavadocText.html(title) + ")").orElse(""))
        .addJavadoc("\n<p>Each domain's {@code <Domain>Code} type implements this interface.\n")
        .addMethod(method(n.nonNull(String.class), CodeApi.NAME, "The code's canonical name, such as " + JavadocText.code(firstCode.constant()) + "."))
        .addMethod(method(n.nonNull(names.kind()), CodeApi.KIND, "What the code means for the caller."))
        .addMethod(method(n.nonNull(String.class), CodeApi.DOMAIN, "The name of the code's domain, such as " + JavadocText.code(firstDomain.name()) + "."))
        .addMethod(method(n.nonNull(String.class), CodeApi.CODE_TEXT, "The code as text, as a caller receives it, such as "
            + JavadocText.code(firstCode.value()) + "."))
        .addMethod(method(n.nonNull(String.class), CodeApi.MESSAGE, "The message, in the catalog's language."))
        .addMethod(method(n.nullable(String.class), CodeApi.ADVICE, "What to do about it, in the catalog's language, or {@code null} if the catalog gives no advice."))
        .addMethod(localized(n, n.nonNull(String.class), CodeApi.MESSAGE, "The message in the given locale's language, or in the catalog's language when there is no translation."))
        .addMethod(localized(n, n.nullable(String.class), CodeApi.ADVICE, "The advice in the given locale's language, falling back to the catalog's language; {@code null} if the catalog gives no advice."))
        .addMethod(MethodSpec.methodBuilder(CodeApi.PARAMS)
            .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
            .returns(n.nonNull(ParameterizedTypeName.get(ClassName.get(List.class), n.nonNull(TypeName.get(String.class)))))
            .addJavadoc("The names of the message's parameters, in argument order: its {@code {name}} placeholders.\n")
            .addJavadoc("\n@return the names, unmodifiable; empty when the message has none\n")
            .build())
        .addMethod(MethodSpec.methodBuilder("format")
            .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
            .returns(n.nonNull(String.class))
            .addParameter(n.array(n.nullable(ClassName.OBJECT)), "args")
            .varargs()
            .addJavadoc("The message with the arguments put in, in {@link #params()} order, each by {@code String.valueOf}"
                + " (whatever the locale), and {@code {{}/{@code }}} as single braces. {@link #message()} returns the"
                + " template as written.\n")
            .addJavadoc("\n@param args one value per parameter\n@return the message filled in\n")
            .addJavadoc("@throws IllegalArgumentException if the number of arguments is not the number of parameters\n")
            .build())
        .addMethod(MethodSpec.methodBuilder("format")
            .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
            .returns(n.nonNull(String.class))
            .addParameter(n.nullable(Locale.class), "locale")
            .addParameter(n.array(n.nullable(ClassName.OBJECT)), "args")
            .varargs()
            .addJavadoc("Like {@link #format($T...)}, with the message in the translation that fits {@code locale}"
                + " best (see {@link #message($T)}).\n", Object.class, java.util.Locale.class)
            .addJavadoc("\n@param locale the reader's locale; {@code null} means the catalog's language\n")
            .addJavadoc("@param args one value per parameter\n@return the message filled in\n")
            .addJavadoc("@throws IllegalArgumentException if the number of arguments is not the number of parameters\n")
            .build())
        .addMethod(method(n.nonNull(exception), CodeApi.EXCEPTION, "A new exception for this code."))
        .addMethod(MethodSpec.methodBuilder(CodeApi.EXCEPTION)
            .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
            .returns(n.nonNull(exception))
            .addParameter(n.nullable(String.class), "detail")
            .addJavadoc("A new exception for this code, with a detail such as the sender's own message.\n")
            .addJavadoc("\n@param detail more about this occurrence; may be {@code null}\n")
            .addJavadoc("@return the exception of the code's group, domain or catalog, not thrown\n")
            .build())
        .addMethod(MethodSpec.methodBuilder(CodeApi.EXCEPTION)
            .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
            .returns(n.nonNull(exception))
            .addParameter(n.nullable(String.class), "detail")
            .addParameter(n.nullable(Throwable.class), "cause")
            .addJavadoc("A new exception for this code, with a detail and a cause.\n")
            .addJavadoc("\n@param detail more about this occurrence; may be {@code null}\n")
            .addJavadoc("@param cause the exception that led to this one; may be {@code null}\n")
            .addJavadoc("@return the exception of the code's group, domain or catalog, not thrown\n")
            .build());
    return context.file(type);
  }

  private static MethodSpec method(TypeName returns, String name, String doc) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
        .returns(returns)
        .addJavadoc("$L\n", doc)
        .addJavadoc("\n@return $L\n", doc.substring(0, 1).toLowerCase(Locale.ROOT) + doc.substring(1))
        .build();
  }

  private static MethodSpec localized(Nullness n, TypeName returns, String name, String doc) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
        .returns(returns)
        .addParameter(n.nullable(Locale.class), "locale")
        .addJavadoc("$L\n", doc)
        .addJavadoc("\n@param locale the reader's locale; {@code null} means the catalog's language\n")
        .addJavadoc("@return the text in the best available language\n")
        .build();
  }
}
