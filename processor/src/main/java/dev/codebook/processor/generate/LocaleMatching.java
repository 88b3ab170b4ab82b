package dev.codebook.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.codebook.processor.model.LanguageTag;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import javax.lang.model.element.Modifier;

/**
 * Adds {@code language(Locale)} to {@code <Catalog>Tables} ({@link TablesGenerator}): which of the
 * catalog's languages serves a {@code Locale}. The matching rules are fixed; only the catalog's
 * language tags, split and completed with their likely scripts at compile time, come from the catalog.
 */
final class LocaleMatching {
  private LocaleMatching() {}

  /**
   * {@code language(Locale)}: the index of the catalog language that fits a locale best, CLDR's
   * locale matching simplified: both sides completed with their likely script, a language must match
   * in language and script, then the same region wins, then the first listed; 0 (the catalog's own
   * language) when none fits. Results are cached per {@code Locale}, so a lookup allocates nothing
   * after the first.
   */
  static void addTo(TypeSpec.Builder type, GenerationContext context) {
    LanguageData data = LanguageData.of(context.plan().languages());
    ParameterizedTypeName cacheType = ParameterizedTypeName.get(ClassName.get(ConcurrentHashMap.class),
        ClassName.get(Locale.class), ClassName.get(Integer.class));
    type.addField(FieldSpec.builder(String[].class, "LANGUAGES", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("Per catalog language (0 the catalog's own): language, likely script ({@code null} when it has"
            + " only one), region ({@code null} when none).\n")
        .initializer("strings($L, $L)", Packed.array(Packed.strings(data.candidates())), data.candidates().size())
        .build());
    type.addField(FieldSpec.builder(String[].class, "LIKELY_SCRIPTS", Modifier.PRIVATE, Modifier.STATIC,
            Modifier.FINAL)
        .addJavadoc("Likely scripts of the catalog's languages written in more than one: {@code language} or"
            + " {@code language-REGION}, then the script; most specific first.\n")
        .initializer("strings($L, $L)", Packed.array(Packed.strings(data.likelyScripts())),
            data.likelyScripts().size())
        .build());
    type.addField(FieldSpec.builder(cacheType, "MATCHES", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("new $T()", cacheType)
        .build());
    type.addMethod(MethodSpec.methodBuilder("language")
        .addModifiers(Modifier.STATIC)
        .returns(int.class)
        .addParameter(Locale.class, "locale")
        .addJavadoc("The index of the catalog language that fits {@code locale} best; 0, the catalog's own, when"
            + " none does or it is {@code null}.\n")
        .beginControlFlow("if (locale == null)")
        .addStatement("return 0")
        .endControlFlow()
        .addStatement("$T known = MATCHES.get(locale)", Integer.class)
        .beginControlFlow("if (known != null)")
        .addStatement("return known")
        .endControlFlow()
        .addStatement("int match = match(locale.toLanguageTag())")
        .beginControlFlow("if (MATCHES.size() < 256)")
        .addStatement("MATCHES.put(locale, match)")
        .endControlFlow()
        .addStatement("return match")
        .build());
    type.addMethod(MethodSpec.methodBuilder("match")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(int.class)
        .addParameter(String.class, "tag")
        .addStatement("$T[] subtags = tag.split($S)", String.class, "-")
        .addStatement("$T language = subtags[0].toLowerCase($T.ROOT)", String.class, Locale.class)
        .addStatement("$T script = $S", String.class, "")
        .addStatement("$T region = $S", String.class, "")
        .addStatement("int i = 1")
        .beginControlFlow("if (i < subtags.length && subtags[i].length() == 4)")
        .addStatement("script = subtags[i++]")
        .endControlFlow()
        .beginControlFlow("if (i < subtags.length && (subtags[i].length() == 2 || subtags[i].length() == 3))")
        .addStatement("region = subtags[i].toUpperCase($T.ROOT)", Locale.class)
        .endControlFlow()
        .beginControlFlow("if (script.isEmpty())")
        .addStatement("script = likelyScript(language, region)")
        .endControlFlow()
        .addStatement("int best = -1")
        .beginControlFlow("for (int candidate = 0; 3 * candidate < LANGUAGES.length; candidate++)")
        .addStatement("$T otherScript = LANGUAGES[3 * candidate + 1]", String.class)
        .beginControlFlow("if (!language.equals(LANGUAGES[3 * candidate])"
            + " || (!script.isEmpty() && otherScript != null && !otherScript.equalsIgnoreCase(script)))")
        .addStatement("continue")
        .endControlFlow()
        .beginControlFlow("if (!region.isEmpty() && region.equals(LANGUAGES[3 * candidate + 2]))")
        .addStatement("return candidate")
        .endControlFlow()
        .beginControlFlow("if (best < 0)")
        .addStatement("best = candidate")
        .endControlFlow()
        .endControlFlow()
        .addStatement("return best < 0 ? 0 : best")
        .build());
    type.addMethod(MethodSpec.methodBuilder("likelyScript")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(String.class)
        .addParameter(String.class, "language")
        .addParameter(String.class, "region")
        .addStatement("$T withRegion = language + '-' + region", String.class)
        .beginControlFlow("for (int i = 0; i < LIKELY_SCRIPTS.length; i += 2)")
        .beginControlFlow("if (LIKELY_SCRIPTS[i].equals(withRegion) || LIKELY_SCRIPTS[i].equals(language))")
        .addStatement("return LIKELY_SCRIPTS[i + 1]")
        .endControlFlow()
        .endControlFlow()
        .addStatement("return $S", "")
        .build());
  }

  /**
   * What {@code language(Locale)} needs of the catalog's languages, worked out at compile time: each
   * tag split and completed with its likely script, and the likely-script rules of the catalog's
   * languages that are written in more than one script.
   */
  record LanguageData(List<String> candidates, List<String> likelyScripts) {
    static LanguageData of(List<String> tags) {
      List<String> candidates = new ArrayList<>();
      List<String> languages = new ArrayList<>();
      for (String tag : tags) {
        LanguageTag split = LanguageTag.of(tag);
        candidates.add(split.language());
        candidates.add(split.script().isEmpty() ? null : split.script());
        candidates.add(split.region().isEmpty() ? null : split.region());
        languages.add(split.language());
      }
      return new LanguageData(candidates, LanguageTag.likelyScriptRules(languages));
    }
  }
}
