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
import dev.codebook.processor.catalog.CodeEntry;
import dev.codebook.processor.catalog.Text;
import dev.codebook.processor.naming.Names;
import dev.codebook.processor.plan.CatalogPlan;
import dev.codebook.processor.plan.CodeForm;
import dev.codebook.processor.plan.CodePlan;
import dev.codebook.processor.plan.ConstantName;
import dev.codebook.processor.plan.ConstantPart;
import dev.codebook.processor.plan.DomainPlan;
import dev.codebook.processor.plan.GroupPlan;
import dev.codebook.processor.plan.Shapes;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import javax.lang.model.element.Modifier;

/**
 * Generates {@code <Domain>Code}: an enum, or for a domain too large for one a final class whose
 * constants live in {@link ConstantPartGenerator parts} (the plan decides). Both forms have the same
 * API, and neither has code that grows with the domain: every per-code datum sits in a table that a
 * nested holder class decodes on first use, so an accessor is an array read and a lookup a hash probe.
 *
 * <p>Holders, one per concern so that each loads only when needed: {@code Constants$} (every constant
 * by ordinal), {@code Index$} (code values and the hash table of {@code forCode}), {@code Kinds$}
 * (kinds and exception groups), {@code Texts$N} (one per language), {@code Languages$} and
 * {@code Exceptions$} (the switches over languages and groups), {@code CodeTexts$} and, for the class
 * form, {@code Names$}. Their names end in {@code $}, which no catalog name contains.
 */
public final class CodeTypeGenerator {
  static final String CONSTANTS = "Constants$";
  private static final String INDEX = "Index$";
  private static final String KINDS = "Kinds$";
  private static final String NAMES = "Names$";
  private static final String LANGUAGES = "Languages$";
  private static final String EXCEPTIONS = "Exceptions$";
  private static final String CODE_TEXTS = "CodeTexts$";
  private static final String SERIALIZED = "Serialized$";

  private final GenerationContext context;
  private final CatalogPlan plan;
  private final DomainPlan domain;
  private final TypeNames names;
  private final ClassName self;
  private final ClassName tables;
  private final ClassName exception;
  private final TypeName codeValue;
  private final boolean classForm;
  private final int count;

  private CodeTypeGenerator(GenerationContext context, DomainPlan domain) {
    this.context = context;
    this.plan = context.plan();
    this.domain = domain;
    this.names = context.names();
    this.self = names.codeType(domain);
    this.tables = names.tables();
    this.exception = names.domainException(domain);
    this.codeValue = domain.intCodes() ? TypeName.INT : TypeName.get(String.class);
    this.classForm = domain.form() == CodeForm.CLASS;
    this.count = domain.codes().size();
  }

  public static JavaFile generate(GenerationContext context, DomainPlan domain) {
    return new CodeTypeGenerator(context, domain).generate();
  }

  private JavaFile generate() {
    TypeSpec.Builder type = classForm
        ? TypeSpec.classBuilder(self).addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        : TypeSpec.enumBuilder(self).addModifiers(Modifier.PUBLIC);
    type.addSuperinterface(names.codeInterface());
    typeDoc(type);
    if (classForm) {
      addClassForm(type);
    } else {
      addEnumConstants(type);
    }
    addAccessors(type);
    addLookup(type);
    addCheck(type, TypeName.get(String.class));
    if (domain.intCodes()) {
      addCheck(type, TypeName.INT);
    }
    addHolders(type);
    return context.file(type);
  }

  private void typeDoc(TypeSpec.Builder type) {
    String lookupParameter = domain.intCodes() ? "int" : "String";
    domain.domain().title().ifPresent(title -> type.addJavadoc("$L\n\n<p>", JavadocText.html(title)));
    type.addJavadoc("Result codes of domain {@code $L} of catalog {@code $L}: $L code$L.\n", domain.name(),
        plan.name(), count, count == 1 ? "" : "s");
    type.addJavadoc("\n<p>Look a received code up with {@link #forCode($L)}; throw for failures with {@link #check($L)}.\n",
        lookupParameter, lookupParameter);
    if (classForm) {
      type.addJavadoc("\n<p>A final class rather than an enum: the domain has more than $L codes and aliases, more"
          + " than an enum's static initializer can create. It has the API of the enum form: one constant per"
          + " code ({@code $L.NAME}, declared in the {@code ...Part} interfaces it implements), {@code name()},"
          + " {@code ordinal()}, {@code values()}, {@code valueOf(String)}, {@code compareTo}, and serialization"
          + " by name. What an enum has and a class cannot: {@code switch} on the constants (switch on"
          + " {@link #code()} with the {@code _VALUE} constants instead), {@code EnumSet} and {@code EnumMap} (use"
          + " an array or {@code BitSet} indexed by {@link #ordinal()}), {@code Enum.valueOf} and"
          + " {@code getDeclaringClass()}.\n", Shapes.ENUM_MAX_NAMES, self.simpleName());
    }
  }

  // ---- constants ----

  private void addEnumConstants(TypeSpec.Builder type) {
    for (CodePlan code : domain.codes()) {
      CodeEntry entry = code.entry();
      TypeSpec.Builder constant = TypeSpec.anonymousClassBuilder("")
          .addJavadoc("$L: ", JavadocText.code(entry.code()))
          .addJavadoc(JavadocText.codeText(entry, self));
      JavadocText.deprecation(entry).ifPresent(reason -> {
        constant.addJavadoc("\n@deprecated $L\n", reason);
        constant.addAnnotation(Deprecated.class);
      });
      type.addEnumConstant(code.constant(), constant.build());
    }
    ConstantFields fields = new ConstantFields(domain, self);
    for (ConstantName name : domain.names()) {
      if (name.alias()) {
        type.addField(fields.alias(name));
      }
    }
    for (ConstantName name : domain.names()) {
      type.addField(fields.value(name));
    }
  }

  /** The class form's own members: what an enum would have inherited from {@code Enum}. */
  private void addClassForm(TypeSpec.Builder type) {
    type.addSuperinterface(ParameterizedTypeName.get(ClassName.get(Comparable.class), self));
    for (ConstantPart part : domain.constantParts()) {
      type.addSuperinterface(names.constantPart(part));
    }
    type.addField(FieldSpec.builder(long.class, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC,
        Modifier.FINAL).initializer("1L").build());
    type.addField(int.class, "ordinal", Modifier.PRIVATE, Modifier.FINAL);
    type.addMethod(MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PRIVATE)
        .addParameter(int.class, "ordinal")
        .addStatement("this.ordinal = ordinal")
        .build());
    type.addMethod(MethodSpec.methodBuilder("ordinal")
        .addModifiers(Modifier.PUBLIC)
        .returns(int.class)
        .addJavadoc("@return the position of this code in the catalog, from 0, as an enum's {@code ordinal()}\n")
        .addStatement("return ordinal")
        .build());
    type.addMethod(override("name", String.class).addStatement("return $L.NAMES[ordinal]", NAMES).build());
    type.addMethod(override("toString", String.class)
        .addJavadoc("@return the code's name, as an enum's {@code toString()}\n")
        .addStatement("return name()")
        .build());
    type.addMethod(override("compareTo", TypeName.INT)
        .addParameter(self, "other")
        .addJavadoc("Orders codes as the catalog lists them, as an enum's {@code compareTo}.\n\n")
        .addJavadoc("@param other another code of this domain\n@return negative, zero or positive\n")
        .addStatement("return $T.compare(ordinal, other.ordinal)", Integer.class)
        .build());
    type.addMethod(MethodSpec.methodBuilder("values")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(ArrayTypeName.of(self))
        .addJavadoc("@return every code, in catalog order, in a new array\n")
        .addStatement("return $L.ALL.clone()", CONSTANTS)
        .build());
    type.addMethod(MethodSpec.methodBuilder("valueOf")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(self)
        .addParameter(String.class, "name")
        .addJavadoc("The code with this canonical name, as an enum's {@code valueOf}: aliases are not names.\n\n")
        .addJavadoc("@param name the canonical name\n@return the code\n")
        .addJavadoc("@throws IllegalArgumentException if no code has that name\n")
        .addJavadoc("@throws NullPointerException if {@code name} is {@code null}\n")
        .beginControlFlow("if (name == null)")
        .addStatement("throw new $T($S)", NullPointerException.class, "Name is null")
        .endControlFlow()
        .addStatement("int ordinal = $T.find($L.TABLE, $L.SHIFT, $L.NAMES, name)", tables, NAMES, NAMES, NAMES)
        .beginControlFlow("if (ordinal < 0)")
        .addStatement("throw new $T($S + name)", IllegalArgumentException.class, "No constant " + self.simpleName() + ".")
        .endControlFlow()
        .addStatement("return $L.ALL[ordinal]", CONSTANTS)
        .build());
    type.addMethod(MethodSpec.methodBuilder("writeReplace")
        .addModifiers(Modifier.PRIVATE)
        .returns(Object.class)
        .addJavadoc("Serialized by name, as enums are, so that a code keeps its identity.\n")
        .addStatement("return new $L(name())", SERIALIZED)
        .build());
    type.addMethod(MethodSpec.methodBuilder("readObject")
        .addModifiers(Modifier.PRIVATE)
        .addParameter(ObjectInputStream.class, "in")
        .addException(InvalidObjectException.class)
        .addStatement("throw new $T($S)", InvalidObjectException.class, "read through its serialized name")
        .build());
    type.addType(TypeSpec.classBuilder(SERIALIZED)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addSuperinterface(Serializable.class)
        .addField(FieldSpec.builder(long.class, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC,
            Modifier.FINAL).initializer("1L").build())
        .addField(String.class, "name", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder()
            .addParameter(String.class, "name")
            .addStatement("this.name = name")
            .build())
        .addMethod(MethodSpec.methodBuilder("readResolve")
            .addModifiers(Modifier.PRIVATE)
            .returns(Object.class)
            .addStatement("return valueOf(name)")
            .build())
        .build());
  }

  // ---- accessors ----

  private void addAccessors(TypeSpec.Builder type) {
    type.addMethod(MethodSpec.methodBuilder("code")
        .addModifiers(Modifier.PUBLIC)
        .returns(codeValue)
        .addJavadoc("@return the code's value, as it is received\n")
        .addStatement("return $L.CODES[ordinal()]", INDEX)
        .build());
    type.addMethod(override("codeText", String.class)
        .addCode(domain.intCodes()
            ? CodeBlock.of("return $L.TEXTS[ordinal()];\n", CODE_TEXTS)
            : CodeBlock.of("return code();\n"))
        .build());
    type.addMethod(override("domain", String.class).addStatement("return $S", domain.name()).build());
    type.addMethod(override("kind", names.kind()).addStatement("return $L.KINDS[ordinal()]", KINDS).build());
    String base = Names.textsHolder(0);
    type.addMethod(override("message", String.class).addStatement("return $L.TEXTS.message(ordinal())", base).build());
    type.addMethod(override("advice", String.class).addStatement("return $L.TEXTS.advice(ordinal())", base).build());
    for (String what : List.of("message", "advice")) {
      MethodSpec.Builder method = override(what, String.class).addParameter(Locale.class, "locale");
      if (domain.textLanguages().size() == 1) {
        method.addStatement("return $L()", what);
      } else {
        method.addStatement("$T.Texts texts = $L.texts($T.language(locale))", tables, LANGUAGES, tables)
            .addStatement("$T text = texts == null ? null : texts.$L(ordinal())", String.class, what)
            .addStatement("return text != null ? text : $L()", what);
      }
      type.addMethod(method.build());
    }
    type.addMethod(override("exception", exception).addStatement("return exception(null, null)").build());
    type.addMethod(override("exception", exception).addParameter(String.class, "detail")
        .addStatement("return exception(detail, null)").build());
    MethodSpec.Builder create = override("exception", exception)
        .addParameter(String.class, "detail")
        .addParameter(Throwable.class, "cause");
    if (domain.groups().isEmpty()) {
      create.addStatement("return new $T(this, detail, cause)", exception);
    } else {
      create.addStatement("return $L.create($L.GROUPS[ordinal()], this, detail, cause)", EXCEPTIONS, KINDS);
    }
    type.addMethod(create.build());
  }

  // ---- lookup and check ----

  private void addLookup(TypeSpec.Builder type) {
    MethodSpec.Builder byValue = MethodSpec.methodBuilder("forCode")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(self)
        .addParameter(codeValue, "code");
    if (domain.intCodes()) {
      type.addMethod(byValue
          .addJavadoc("The constant for a code value.\n\n@param code the value as received\n")
          .addJavadoc("@return the constant, or {@code null} if the catalog does not know the value\n")
          .addStatement("int ordinal = $T.find($L.TABLE, $L.SHIFT, code)", tables, INDEX, INDEX)
          .addStatement("return ordinal < 0 ? null : $L.ALL[ordinal]", CONSTANTS)
          .build());
      type.addMethod(MethodSpec.methodBuilder("forCode")
          .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
          .returns(self)
          .addParameter(String.class, "code")
          .addJavadoc("The constant for a code value received as decimal text; blanks around it, a sign and leading"
              + " zeros are accepted.\n")
          .addJavadoc("\n@param code the value as text, such as {@code $S}; may be {@code null}\n",
              domain.codes().get(0).entry().code())
          .addJavadoc("@return the constant, or {@code null} if the text is not a code the catalog knows\n")
          .addStatement("long value = $T.parseInt(code)", tables)
          .addStatement("return value == Long.MIN_VALUE ? null : forCode((int) value)")
          .build());
      return;
    }
    type.addMethod(byValue
        .addJavadoc("The constant for a code value; blanks around it are ignored.\n")
        .addJavadoc("\n@param code the value as received, such as {@code $S}; may be {@code null}\n",
            domain.codes().get(0).entry().code())
        .addJavadoc("@return the constant, or {@code null} if the catalog does not know the value\n")
        .beginControlFlow("if (code == null)")
        .addStatement("return null")
        .endControlFlow()
        .addStatement("int ordinal = $T.find($L.TABLE, $L.SHIFT, $L.CODES, code.trim())", tables, INDEX, INDEX, INDEX)
        .addStatement("return ordinal < 0 ? null : $L.ALL[ordinal]", CONSTANTS)
        .build());
  }

  private void addCheck(TypeSpec.Builder type, TypeName parameter) {
    boolean text = !parameter.equals(TypeName.INT);
    type.addMethod(MethodSpec.methodBuilder("check")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(self)
        .addParameter(parameter, "code")
        .addJavadoc("The constant for a code that is not a failure; throws for a failure or an unknown code.\n")
        .addJavadoc("\n@param code the value as received\n")
        .addJavadoc("@return the constant, whose kind is not {@code FAILURE}\n")
        .addJavadoc("@throws $T for a failure code: the code's own exception\n", exception)
        .addJavadoc("@throws $T for a code the catalog does not know (not a {@code $T}: there is no constant to carry)\n",
            names.catalogException(), exception)
        .addStatement("return check(code, null)")
        .build());
    type.addMethod(MethodSpec.methodBuilder("check")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(self)
        .addParameter(parameter, "code")
        .addParameter(String.class, "detail")
        .addJavadoc("Like {@link #check($T)}, with a detail for the exception, such as the sender's own message.\n",
            parameter)
        .addJavadoc("\n@param code the value as received\n")
        .addJavadoc("@param detail what came with the code, or {@code null}\n")
        .addJavadoc("@return the constant, whose kind is not {@code FAILURE}\n")
        .addJavadoc("@throws $T for a failure code: the code's own exception\n", exception)
        .addJavadoc("@throws $T for a code the catalog does not know, naming the raw value\n", names.catalogException())
        .addStatement("$T constant = forCode(code)", self)
        .beginControlFlow("if (constant == null)")
        .addStatement("throw new $T($S, $L, detail)", names.catalogException(), domain.name(),
            text ? "String.valueOf(code)" : "Integer.toString(code)")
        .endControlFlow()
        .beginControlFlow("if (constant.kind() == $T.FAILURE)", names.kind())
        .addStatement("throw constant.exception(detail)")
        .endControlFlow()
        .addStatement("return constant")
        .build());
  }

  // ---- holders ----

  private void addHolders(TypeSpec.Builder type) {
    // Package-private in the class form: the constant parts initialize their fields from it.
    TypeSpec.Builder constants = holder(CONSTANTS, "Every constant, by ordinal.", classForm);
    if (classForm) {
      constants.addField(FieldSpec.builder(ArrayTypeName.of(self), "ALL", Modifier.STATIC,
              Modifier.FINAL).initializer("new $T[$L]", self, count).build())
          .addStaticBlock(CodeBlock.builder()
              .beginControlFlow("for (int i = 0; i < ALL.length; i++)")
              .addStatement("ALL[i] = new $T(i)", self)
              .endControlFlow()
              .build());
    } else {
      constants.addField(FieldSpec.builder(ArrayTypeName.of(self), "ALL", Modifier.STATIC,
          Modifier.FINAL).initializer("values()").build());
    }
    type.addType(constants.build());
    type.addType(indexHolder());
    type.addType(kindsHolder());
    for (int language : domain.textLanguages()) {
      type.addType(textsHolder(language));
    }
    if (domain.textLanguages().size() > 1) {
      type.addType(languagesHolder());
    }
    if (!domain.groups().isEmpty()) {
      type.addType(exceptionsHolder());
    }
    if (domain.intCodes()) {
      type.addType(holder(CODE_TEXTS, "Each code's value as text, for {@code codeText()}.")
          .addField(FieldSpec.builder(String[].class, "TEXTS", Modifier.STATIC, Modifier.FINAL)
              .initializer("new $T[$L]", String.class, count).build())
          .addStaticBlock(CodeBlock.builder()
              .beginControlFlow("for (int i = 0; i < TEXTS.length; i++)")
              .addStatement("TEXTS[i] = $T.toString($L.CODES[i])", Integer.class, INDEX)
              .endControlFlow()
              .build())
          .build());
    }
    if (classForm) {
      List<String> codeNames = domain.codes().stream().map(CodePlan::constant).toList();
      type.addType(holder(NAMES, "Each code's canonical name, and a hash table of them for {@code valueOf}.")
          .addField(packedField(String[].class, "NAMES", "strings", Packed.strings(codeNames)))
          .addField(FieldSpec.builder(int.class, "SHIFT", Modifier.STATIC, Modifier.FINAL)
              .initializer("$T.shift($L)", tables, count).build())
          .addField(FieldSpec.builder(int[].class, "TABLE", Modifier.STATIC, Modifier.FINAL)
              .initializer("$T.stringIndex(NAMES, SHIFT)", tables).build())
          .build());
    }
  }

  private TypeSpec indexHolder() {
    TypeSpec.Builder index = holder(INDEX, "Each code's value by ordinal, and the hash table of {@code forCode}.");
    if (domain.intCodes()) {
      int[] values = domain.codes().stream().mapToInt(code -> Integer.parseInt(code.entry().code())).toArray();
      index.addField(packedField(int[].class, "CODES", "ints", Packed.ints(values)));
    } else {
      index.addField(packedField(String[].class, "CODES", "strings",
          Packed.strings(domain.codes().stream().map(code -> code.entry().code()).toList())));
    }
    return index
        .addField(FieldSpec.builder(int.class, "SHIFT", Modifier.STATIC, Modifier.FINAL)
            .initializer("$T.shift($L)", tables, count).build())
        .addField(FieldSpec.builder(int[].class, "TABLE", Modifier.STATIC, Modifier.FINAL)
            .initializer("$T.$L(CODES, SHIFT)", tables, domain.intCodes() ? "intIndex" : "stringIndex").build())
        .build();
  }

  private TypeSpec kindsHolder() {
    int[] kinds = domain.codes().stream().mapToInt(code -> code.entry().kind().ordinal()).toArray();
    TypeSpec.Builder holder = holder(KINDS, "Each code's kind" + (domain.groups().isEmpty() ? "" : " and exception"
        + " group (0 for the domain's own exception)") + ", by ordinal.")
        .addField(packedField(ArrayTypeName.of(names.kind()), "KINDS", "kinds", Packed.ints(kinds)));
    if (!domain.groups().isEmpty()) {
      int[] groups = domain.codes().stream().mapToInt(CodePlan::group).toArray();
      holder.addField(packedField(int[].class, "GROUPS", "ints", Packed.ints(groups)));
    }
    return holder.build();
  }

  /** One language's messages and advice: the catalog's own for language 0, else a translation's (null where missing). */
  private TypeSpec textsHolder(int language) {
    String tag = plan.languages().get(language);
    List<String> fields = new ArrayList<>(2 * count);
    List<Integer> chunkStarts = new ArrayList<>();
    long length = 0;
    for (CodePlan code : domain.codes()) {
      if (code.ordinal() % TablesGenerator.CHUNK == 0) {
        chunkStarts.add(Math.toIntExact(length));
      }
      Text text = language == 0 ? code.entry().text() : code.entry().translations().get(tag);
      String message = text == null ? null : text.message();
      String advice = text == null ? null : text.advice().orElse(null);
      fields.add(message);
      fields.add(advice);
      length += Packed.length(Arrays.asList(message, advice));
    }
    chunkStarts.add(Math.toIntExact(length));
    return holder(Names.textsHolder(language), "Messages and advice in " + (language == 0
        ? "the catalog's language, {@code " + JavadocText.html(tag) + "}."
        : "{@code " + JavadocText.html(tag) + "}; {@code null} where a code has no translation."))
        .addField(FieldSpec.builder(tables.nestedClass("Texts"), "TEXTS", Modifier.STATIC, Modifier.FINAL)
            .initializer("new $T.Texts($L, $L, $L)", tables, Packed.array(Packed.strings(fields)),
                Packed.array(Packed.ints(chunkStarts.stream().mapToInt(Integer::intValue).toArray())), count)
            .build())
        .build();
  }

  /** {@code Languages$.texts(language)}: the holder of a catalog language, or null when the domain has none in it. */
  private TypeSpec languagesHolder() {
    ClassName textsType = tables.nestedClass("Texts");
    TreeMap<Integer, CodeBlock> cases = new TreeMap<>();
    for (int language : domain.textLanguages()) {
      if (language > 0) {
        cases.put(language, CodeBlock.of("return $L.TEXTS;\n", Names.textsHolder(language)));
      }
    }
    TypeSpec.Builder holder = holder(LANGUAGES, "The texts holder of each translation, by language index.");
    PagedSwitch.methods(name -> MethodSpec.methodBuilder(name).addModifiers(Modifier.STATIC).returns(textsType)
            .addParameter(int.class, "language"), "texts", "language", "language", cases,
        CodeBlock.of("return null;\n")).forEach(holder::addMethod);
    return holder.build();
  }

  /** {@code Exceptions$.create(group, ...)}: a new exception of the code's group, or of the domain. */
  private TypeSpec exceptionsHolder() {
    TreeMap<Integer, CodeBlock> cases = new TreeMap<>();
    for (GroupPlan group : domain.groups()) {
      cases.put(group.index(), CodeBlock.of("return new $T(code, detail, cause);\n", names.group(group)));
    }
    TypeSpec.Builder holder = holder(EXCEPTIONS, "Creates the exception of a code's group, by group index.");
    PagedSwitch.methods(name -> MethodSpec.methodBuilder(name).addModifiers(Modifier.STATIC).returns(exception)
            .addParameter(int.class, "group").addParameter(self, "code").addParameter(String.class, "detail")
            .addParameter(Throwable.class, "cause"), "create", "group", "group, code, detail, cause", cases,
        CodeBlock.of("return new $T(code, detail, cause);\n", exception)).forEach(holder::addMethod);
    return holder.build();
  }

  private static TypeSpec.Builder holder(String name, String doc) {
    return holder(name, doc, false);
  }

  private static TypeSpec.Builder holder(String name, String doc, boolean packagePrivate) {
    TypeSpec.Builder holder = TypeSpec.classBuilder(name);
    if (!packagePrivate) {
      holder.addModifiers(Modifier.PRIVATE);
    }
    return holder.addModifiers(Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("$L Loaded on first use.\n", doc)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
  }

  /** A static final table decoded from packed parts: {@code X = Tables.decoder(new String[] {...}, count)}. */
  private FieldSpec packedField(Class<?> type, String name, String decoder, List<String> parts) {
    return packedField(TypeName.get(type), name, decoder, parts);
  }

  private FieldSpec packedField(TypeName type, String name, String decoder, List<String> parts) {
    return FieldSpec.builder(type, name, Modifier.STATIC, Modifier.FINAL)
        .initializer("$T.$L($L, $L)", tables, decoder, Packed.array(parts), count)
        .build();
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
