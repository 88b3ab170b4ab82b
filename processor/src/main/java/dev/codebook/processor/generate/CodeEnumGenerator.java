package dev.codebook.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.codebook.processor.catalog.Catalog;
import dev.codebook.processor.catalog.CodeEntry;
import dev.codebook.processor.catalog.CodeType;
import dev.codebook.processor.catalog.Domain;
import dev.codebook.processor.catalog.Kind;
import dev.codebook.processor.catalog.Named;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/**
 * Generates {@code <Domain>Code}: one enum constant per code, alias constants, compile-time value
 * constants, accessors, lookup by code and {@code check}.
 *
 * <p>Constants carry no constructor arguments; each accessor is a {@code switch} on the ordinal. That
 * keeps the enum's static initializer at its minimum (about 16 bytes per constant), so a domain of
 * several thousand codes stays inside the JVM's 64 KiB method limit.
 */
public final class CodeEnumGenerator {
  private final GenerationContext context;
  private final Catalog catalog;
  private final Domain domain;
  private final TypeNames names;
  private final ClassName self;
  private final boolean intCodes;

  private CodeEnumGenerator(GenerationContext context, Domain domain) {
    this.context = context;
    this.catalog = context.catalog();
    this.domain = domain;
    this.names = context.names();
    this.self = names.codeEnum(domain);
    this.intCodes = domain.codeType() == CodeType.INT;
  }

  public static JavaFile generate(GenerationContext context, Domain domain) {
    return new CodeEnumGenerator(context, domain).generate();
  }

  private JavaFile generate() {
    TypeSpec.Builder type = TypeSpec.enumBuilder(self)
        .addModifiers(Modifier.PUBLIC)
        .addSuperinterface(names.codeInterface());
    type.addJavadoc("$L", domain.title().map(title -> Docs.html(title) + "\n\n<p>").orElse(""));
    type.addJavadoc("Result codes of domain {@code $L} of catalog {@code $L}.\n", domain.name().name(),
        catalog.name().name());
    type.addJavadoc("\n<p>Look a received code up with {@link #forCode($L)}; throw for failures with {@link #check($L)}.\n",
        intCodes ? "int" : "String", intCodes ? "int" : "String");
    for (CodeEntry entry : domain.codes()) {
      TypeSpec.Builder constant = TypeSpec.anonymousClassBuilder("")
          .addJavadoc("$L: ", Docs.code(entry.code()))
          .addJavadoc(Docs.codeText(entry, self));
      Docs.deprecation(entry).ifPresent(reason -> {
        constant.addJavadoc("\n@deprecated $L\n", reason);
        constant.addAnnotation(Deprecated.class);
      });
      type.addEnumConstant(entry.name().name(), constant.build());
    }
    addAliases(type);
    addValueConstants(type);
    type.addMethod(codeMethod());
    type.addMethod(override("codeText", String.class)
        .addCode(intCodes ? CodeBlock.of("return $T.toString(code());\n", Integer.class) : CodeBlock.of("return code();\n"))
        .build());
    type.addMethod(override("domain", String.class).addStatement("return $S", domain.name().name()).build());
    type.addMethod(kindMethod());
    type.addMethod(textMethod("message", entry -> Optional.of(entry.text().message()), null));
    type.addMethod(textMethod("advice", entry -> entry.text().advice(), null));
    addLocalized(type);
    addExceptionMethods(type);
    addLookup(type);
    addCheck(type, TypeName.get(String.class));
    if (intCodes) {
      addCheck(type, TypeName.INT);
    }
    return context.file(type);
  }

  private void addAliases(TypeSpec.Builder type) {
    for (CodeEntry entry : domain.codes()) {
      for (Named alias : entry.aliases()) {
        FieldSpec.Builder field = FieldSpec.builder(self, alias.name(), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .initializer("$L", entry.name().name())
            .addJavadoc("Another name of {@link #$L} ($L): $L\n", entry.name().name(), Docs.code(entry.code()),
                Docs.html(entry.text().message()))
            .addJavadoc("\n<p>A field, not an enum constant: {@code valueOf} and {@code switch} labels take the"
                + " canonical name, and {@code name()} returns it.\n");
        deprecated(field, entry);
        type.addField(field.build());
      }
    }
  }

  private void addValueConstants(TypeSpec.Builder type) {
    TypeName valueType = intCodes ? TypeName.INT : TypeName.get(String.class);
    for (CodeEntry entry : domain.codes()) {
      for (Named name : entry.allNames()) {
        FieldSpec.Builder field = FieldSpec.builder(valueType, Names.valueConstant(name.name()),
                Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .initializer("$L", intCodes ? entry.code() : JavaText.literal(entry.code()))
            .addJavadoc("The value of {@link #$L}, for {@code case} labels and annotations: {@value}.\n", name.name());
        deprecated(field, entry);
        type.addField(field.build());
      }
    }
  }

  private static void deprecated(FieldSpec.Builder field, CodeEntry entry) {
    Docs.deprecation(entry).ifPresent(reason -> {
      field.addJavadoc("\n@deprecated $L\n", reason);
      field.addAnnotation(Deprecated.class);
    });
  }

  private MethodSpec codeMethod() {
    MethodSpec.Builder method = MethodSpec.methodBuilder("code")
        .addModifiers(Modifier.PUBLIC)
        .returns(intCodes ? TypeName.INT : TypeName.get(String.class))
        .addJavadoc("@return the code's value, as the SDK reports it\n");
    method.beginControlFlow("switch (ordinal())");
    int ordinal = 0;
    for (CodeEntry entry : domain.codes()) {
      method.addCode("case $L:\n$>return $N;\n$<", ordinal++, Names.valueConstant(entry.name().name()));
    }
    return method.addCode("default:\n$>throw new $T(this);\n$<", AssertionError.class).endControlFlow().build();
  }

  private MethodSpec kindMethod() {
    Map<Kind, List<Integer>> ordinals = new LinkedHashMap<>();
    int ordinal = 0;
    for (CodeEntry entry : domain.codes()) {
      ordinals.computeIfAbsent(entry.kind(), kind -> new ArrayList<>()).add(ordinal++);
    }
    MethodSpec.Builder method = override("kind", names.kind()).beginControlFlow("switch (ordinal())");
    for (Map.Entry<Kind, List<Integer>> group : ordinals.entrySet()) {
      for (int i : group.getValue()) {
        method.addCode("case $L: // $L\n", i, domain.codes().get(i).name().name());
      }
      method.addCode("$>return $T.$L;\n$<", names.kind(), group.getKey().name());
    }
    return method.addCode("default:\n$>throw new $T(this);\n$<", AssertionError.class).endControlFlow().build();
  }

  /**
   * A switch over the ordinal returning each code's text, or {@code null} where it has none. With a
   * {@code language}, a private method of that translation; without, the public catalog-language one.
   */
  private MethodSpec textMethod(String what, Function<CodeEntry, Optional<String>> text, String language) {
    MethodSpec.Builder method = language == null
        ? override(what, String.class)
        : MethodSpec.methodBuilder(what + Names.upperCamel(language.toUpperCase(Locale.ROOT).replace('-', '_')))
            .addModifiers(Modifier.PRIVATE)
            .returns(String.class);
    List<CodeBlock> cases = new ArrayList<>();
    int ordinal = 0;
    for (CodeEntry entry : domain.codes()) {
      int index = ordinal++;
      text.apply(entry).ifPresent(value -> cases.add(
          CodeBlock.of("case $L: // $L\n$>return $L;\n$<", index, entry.name().name(), JavaText.literal(value))));
    }
    if (cases.isEmpty()) {
      return method.addStatement("return null").build();
    }
    method.beginControlFlow("switch (ordinal())");
    cases.forEach(method::addCode);
    boolean total = cases.size() == domain.codes().size();
    CodeBlock fallback = total
        ? CodeBlock.of("default:\n$>throw new $T(this);\n$<", AssertionError.class)
        : CodeBlock.of("default:\n$>return null;\n$<");
    return method.addCode(fallback).endControlFlow().build();
  }

  private void addLocalized(TypeSpec.Builder type) {
    List<String> languages = catalog.translations();
    for (String what : List.of("message", "advice")) {
      MethodSpec.Builder method = override(what, String.class).addParameter(Locale.class, "locale");
      if (languages.isEmpty()) {
        type.addMethod(method.addStatement("return $L()", what).build());
        continue;
      }
      method.addStatement("$T translated = null", String.class).beginControlFlow("switch (language(locale))");
      for (int i = 0; i < languages.size(); i++) {
        String language = languages.get(i);
        MethodSpec translation = textMethod(what,
            entry -> Optional.ofNullable(entry.translations().get(language))
                .flatMap(t -> what.equals("message") ? Optional.of(t.message()) : t.advice()),
            language);
        type.addMethod(translation);
        method.addCode("case $L: // $L\n$>translated = $N();\nbreak;\n$<", i, language, translation);
      }
      method.addCode("default:\n$>break;\n$<").endControlFlow();
      type.addMethod(method.addStatement("return translated != null ? translated : $L()", what).build());
    }
    type.addMethod(languageMethod(languages));
  }

  /** Index of the translation for a locale: exact tag, then language; the catalog's own locale wins ties. */
  private MethodSpec languageMethod(List<String> languages) {
    MethodSpec.Builder method = MethodSpec.methodBuilder("language")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(int.class)
        .addParameter(Locale.class, "locale")
        .addJavadoc("Index of the translation to use for {@code locale}, or -1 for the catalog's language ($L).\n",
            catalog.locale())
        .beginControlFlow("if (locale == null)")
        .addStatement("return -1")
        .endControlFlow()
        .addStatement("$T tag = locale.toLanguageTag()", String.class)
        .addStatement("$T language = locale.getLanguage()", String.class);
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < languages.size(); i++) {
      index.put(languages.get(i), i);
      method.beginControlFlow("if (tag.equalsIgnoreCase($S))", languages.get(i)).addStatement("return $L", i).endControlFlow();
    }
    method.beginControlFlow("if (tag.equalsIgnoreCase($S) || language.equalsIgnoreCase($S))",
        catalog.locale(), primary(catalog.locale())).addStatement("return -1").endControlFlow();
    for (String language : languages) {
      method.beginControlFlow("if (language.equalsIgnoreCase($S))", primary(language))
          .addStatement("return $L", index.get(language)).endControlFlow();
    }
    return method.addStatement("return -1").build();
  }

  private static String primary(String tag) {
    int dash = tag.indexOf('-');
    return dash < 0 ? tag : tag.substring(0, dash);
  }

  private void addExceptionMethods(TypeSpec.Builder type) {
    ClassName exception = names.domainException(domain);
    type.addMethod(override("exception", exception).addStatement("return exception(null, null)").build());
    type.addMethod(override("exception", exception).addParameter(String.class, "detail")
        .addStatement("return exception(detail, null)").build());
    MethodSpec.Builder method = override("exception", exception)
        .addParameter(String.class, "detail")
        .addParameter(Throwable.class, "cause");
    Map<String, List<CodeEntry>> groups = ExceptionGenerator.groupsOf(domain);
    if (!groups.isEmpty()) {
      method.beginControlFlow("switch (ordinal())");
      for (Map.Entry<String, List<CodeEntry>> group : groups.entrySet()) {
        for (CodeEntry entry : group.getValue()) {
          method.addCode("case $L: // $L\n", domain.codes().indexOf(entry), entry.name().name());
        }
        method.addCode("$>return new $T(this, detail, cause);\n$<", names.group(group.getKey()));
      }
      method.addCode("default:\n$>return new $T(this, detail, cause);\n$<", exception).endControlFlow();
    } else {
      method.addStatement("return new $T(this, detail, cause)", exception);
    }
    type.addMethod(method.build());
  }

  private void addLookup(TypeSpec.Builder type) {
    if (intCodes) {
      MethodSpec.Builder byInt = MethodSpec.methodBuilder("forCode")
          .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
          .returns(self)
          .addParameter(int.class, "code")
          .addJavadoc("The constant for a code value.\n\n@param code the value as the SDK reports it\n")
          .addJavadoc("@return the constant, or {@code null} if the catalog does not know the value\n")
          .beginControlFlow("switch (code)");
      for (CodeEntry entry : domain.codes()) {
        byInt.addCode("case $N:\n$>return $L;\n$<", Names.valueConstant(entry.name().name()), entry.name().name());
      }
      type.addMethod(byInt.addCode("default:\n$>return null;\n$<").endControlFlow().build());
      type.addMethod(MethodSpec.methodBuilder("forCode")
          .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
          .returns(self)
          .addParameter(String.class, "code")
          .addJavadoc("The constant for a code value received as decimal text; blanks around it are ignored.\n")
          .addJavadoc("\n@param code the value as text, such as {@code \"100001\"}; may be {@code null}\n")
          .addJavadoc("@return the constant, or {@code null} if the text is not a code the catalog knows\n")
          .beginControlFlow("if (code == null)")
          .addStatement("return null")
          .endControlFlow()
          .addStatement("$T text = code.trim()", String.class)
          .addStatement("boolean negative = text.startsWith(\"-\")")
          .addStatement("int start = negative || text.startsWith(\"+\") ? 1 : 0")
          .beginControlFlow("if (start == text.length())")
          .addStatement("return null")
          .endControlFlow()
          .addStatement("long value = 0")
          .beginControlFlow("for (int i = start; i < text.length(); i++)")
          .addStatement("char digit = text.charAt(i)")
          .beginControlFlow("if (digit < '0' || digit > '9')")
          .addStatement("return null")
          .endControlFlow()
          .addStatement("value = value * 10 + (digit - '0')")
          .beginControlFlow("if (value > 2147483648L)")
          .addStatement("return null")
          .endControlFlow()
          .endControlFlow()
          .addStatement("value = negative ? -value : value")
          .beginControlFlow("if (value > $T.MAX_VALUE)", Integer.class)
          .addStatement("return null")
          .endControlFlow()
          .addStatement("return forCode((int) value)")
          .build());
      return;
    }
    ParameterizedTypeName mapType = ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), self);
    type.addType(TypeSpec.classBuilder("Index")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("Codes by value, built on first lookup.\n")
        .addField(FieldSpec.builder(mapType, "BY_CODE", Modifier.STATIC, Modifier.FINAL)
            .initializer("new $T<$T, $T>()", java.util.HashMap.class, String.class, self).build())
        .addStaticBlock(CodeBlock.builder()
            .beginControlFlow("for ($T constant : values())", self)
            .addStatement("BY_CODE.put(constant.code(), constant)")
            .endControlFlow()
            .build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .build());
    type.addMethod(MethodSpec.methodBuilder("forCode")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(self)
        .addParameter(String.class, "code")
        .addJavadoc("The constant for a code value; blanks around it are ignored.\n")
        .addJavadoc("\n@param code the value as the SDK reports it; may be {@code null}\n")
        .addJavadoc("@return the constant, or {@code null} if the catalog does not know the value\n")
        .addStatement("return code == null ? null : Index.BY_CODE.get(code.trim())")
        .build());
  }

  private void addCheck(TypeSpec.Builder type, TypeName parameter) {
    boolean text = !parameter.equals(TypeName.INT);
    type.addMethod(MethodSpec.methodBuilder("check")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(self)
        .addParameter(parameter, "code")
        .addJavadoc("The constant for a code that is not a failure; throws for a failure or an unknown code.\n")
        .addJavadoc("\n@param code the value as the SDK reports it\n")
        .addJavadoc("@return the constant, whose kind is not {@code FAILURE}\n")
        .addJavadoc("@throws $T for a failure code: the code's own exception\n", names.domainException(domain))
        .addJavadoc("@throws $T for a code the catalog does not know (not a {@code $T}: there is no constant to carry)\n",
            names.catalogException(), names.domainException(domain))
        .addStatement("return check(code, null)")
        .build());
    type.addMethod(MethodSpec.methodBuilder("check")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(self)
        .addParameter(parameter, "code")
        .addParameter(String.class, "detail")
        .addJavadoc("Like {@link #check($T)}, with a detail for the exception, such as the SDK's own message.\n",
            parameter)
        .addJavadoc("\n@param code the value as the SDK reports it\n")
        .addJavadoc("@param detail what came with the code, or {@code null}\n")
        .addJavadoc("@return the constant, whose kind is not {@code FAILURE}\n")
        .addJavadoc("@throws $T for a failure code: the code's own exception\n", names.domainException(domain))
        .addJavadoc("@throws $T for a code the catalog does not know, naming the raw value\n", names.catalogException())
        .addStatement("$T constant = forCode(code)", self)
        .beginControlFlow("if (constant == null)")
        .addStatement("throw new $T($S, $L, detail)", names.catalogException(), domain.name().name(),
            text ? "String.valueOf(code)" : "Integer.toString(code)")
        .endControlFlow()
        .beginControlFlow("if (constant.kind() == $T.FAILURE)", names.kind())
        .addStatement("throw constant.exception(detail)")
        .endControlFlow()
        .addStatement("return constant")
        .build());
  }

  private static MethodSpec.Builder override(String name, Class<?> returns) {
    return override(name, TypeName.get(returns));
  }

  private static MethodSpec.Builder override(String name, TypeName returns) {
    return MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(returns);
  }
}
