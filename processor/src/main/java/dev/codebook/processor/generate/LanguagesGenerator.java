package dev.codebook.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.codebook.processor.plan.LanguageMatching;
import dev.codebook.processor.runtime.TablesMethod;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import javax.lang.model.element.Modifier;

/**
 * Generates {@code <Catalog>Languages}, for a catalog with translations: its languages, split and completed
 * with their likely scripts at compile time, and {@code of(Locale)}, which hands them to the runtime's
 * locale matching ({@code <Catalog>Tables.language}) with a cache of its own. The matching rules are the
 * runtime's; only the catalog's language tags come from here.
 */
public final class LanguagesGenerator {
  /** The method the code types call: the index of the catalog language that fits a {@code Locale}. */
  public static final String OF = "of";

  private LanguagesGenerator() {}

  public static JavaFile generate(GenerationContext context) {
    LanguageMatching data = context.plan().languageMatching();
    TablesCalls calls = new TablesCalls(context.names().tables());
    ParameterizedTypeName cacheType = ParameterizedTypeName.get(ClassName.get(ConcurrentHashMap.class),
        ClassName.get(Locale.class), ClassName.get(Integer.class));
    TypeSpec.Builder type = TypeSpec.classBuilder(context.names().languages())
        .addModifiers(Modifier.FINAL)
        .addJavadoc("The languages of catalog {@code $L}, and which of them serves a {@code Locale}.\n",
            context.plan().name())
        .addJavadoc("\n<p>Internal to the generated code of this package.\n")
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addField(FieldSpec.builder(String[].class, "LANGUAGES", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("Per catalog language (0 the catalog's own): language, likely script ({@code null} when it"
                + " has only one), region ({@code null} when none).\n")
            .initializer(calls.call(TablesMethod.STRINGS, Packed.array(Packed.strings(data.candidates())),
                data.candidates().size()))
            .build())
        .addField(FieldSpec.builder(String[].class, "LIKELY_SCRIPTS", Modifier.PRIVATE, Modifier.STATIC,
                Modifier.FINAL)
            .addJavadoc("Likely scripts of the catalog's languages written in more than one: {@code language} or"
                + " {@code language-REGION}, then the script; most specific first.\n")
            .initializer(calls.call(TablesMethod.STRINGS, Packed.array(Packed.strings(data.likelyScripts())),
                data.likelyScripts().size()))
            .build())
        .addField(FieldSpec.builder(cacheType, "MATCHES", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The language matched to each {@code Locale} asked for so far.\n")
            .initializer("new $T()", cacheType)
            .build())
        .addMethod(MethodSpec.methodBuilder(OF)
            .addModifiers(Modifier.STATIC)
            .returns(int.class)
            .addParameter(Locale.class, "locale")
            .addJavadoc("The index of the catalog language that fits {@code locale} best; 0, the catalog's own, when"
                + " none does or it is {@code null}.\n")
            .addStatement("return $L", calls.call(TablesMethod.LANGUAGE, "locale", "LANGUAGES", "LIKELY_SCRIPTS",
                "MATCHES"))
            .build());
    return context.file(type);
  }
}
