package dev.codebook.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.codebook.processor.plan.CatalogPlan;
import dev.codebook.processor.plan.CodeForm;
import dev.codebook.processor.plan.CodePlan;
import dev.codebook.processor.plan.ConstantName;
import dev.codebook.processor.plan.ConstantPart;
import dev.codebook.processor.plan.DomainPlan;
import dev.codebook.processor.model.Kind;
import dev.codebook.processor.plan.Holder;
import dev.codebook.processor.runtime.RuntimeSource;
import dev.codebook.processor.plan.Shapes;
import dev.codebook.processor.runtime.TablesMethod;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.Modifier;

/**
 * Generates {@code <Domain>Code}: an enum, or for a domain too large for one a final class whose
 * constants live in {@link ConstantPartGenerator parts} (the plan decides). Both forms have the same
 * API, and neither has code that grows with the domain: every per-code datum sits in a table that a
 * nested holder class decodes on first use, so an accessor is an array read and a lookup a hash probe.
 *
 * <p>The holders, one per concern so that each loads only when needed, are {@link CodeHolders}'.
 */
public final class CodeTypeGenerator {
  private static final String SERIALIZED = "Serialized$";

  private final GenerationContext context;
  private final CatalogPlan plan;
  private final DomainPlan domain;
  private final TypeNames names;
  private final ClassName self;
  private final ClassName tables;
  private final TablesCalls calls;
  private final ClassName exception;
  private final TypeName codeValue;
  private final boolean classForm;
  private final int count;
  private final CodeHolders holders;
  private final Nullness n;

  private CodeTypeGenerator(GenerationContext context, DomainPlan domain) {
    this.context = context;
    this.plan = context.plan();
    this.domain = domain;
    this.names = context.names();
    this.self = names.codeType(domain);
    this.tables = names.tables();
    this.calls = new TablesCalls(tables);
    this.exception = names.domainException(domain);
    this.codeValue = domain.intCodes() ? TypeName.INT : TypeName.get(String.class);
    this.classForm = domain.form() == CodeForm.CLASS;
    this.count = domain.codes().size();
    this.holders = new CodeHolders(context, domain);
    this.n = context.nullness();
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
    addRanges(type);
    addAttributes(type);
    holders.all().forEach(type::addType);
    return context.file(type);
  }

  private void typeDoc(TypeSpec.Builder type) {
    // A type name in a {@link}: qualified by JavaPoet where the package holds its own String.
    com.palantir.javapoet.TypeName lookupParameter = domain.intCodes() ? com.palantir.javapoet.TypeName.INT
        : com.palantir.javapoet.ClassName.get(String.class);
    domain.domain().title().ifPresent(title -> type.addJavadoc("$L\n\n<p>", JavadocText.html(title)));
    type.addJavadoc("Result codes of domain {@code $L} of catalog {@code $L}: $L code$L.\n", domain.name(),
        plan.name(), count, count == 1 ? "" : "s");
    domain.domain().description().ifPresent(description ->
        type.addJavadoc("\n<p>$L\n", JavadocText.html(description)));
    type.addJavadoc("\n<p>Look a received code up with {@link #forCode($T)}; throw for failures with {@link #check($T)}.\n",
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
      TypeSpec.Builder constant = TypeSpec.anonymousClassBuilder("")
          .addJavadoc("$L: ", JavadocText.code(domain.codeText(code)))
          .addJavadoc(JavadocText.codeText(code, self));
      JavadocText.deprecation(code).ifPresent(reason -> {
        constant.addJavadoc("\n@deprecated $L\n", reason);
        constant.addAnnotation(Deprecated.class);
      });
      type.addEnumConstant(code.constant(), constant.build());
    }
    ConstantFields fields = new ConstantFields(domain, self, n);
    for (ConstantName name : domain.names()) {
      if (name.isAlias()) {
        type.addField(fields.alias(name));
      }
    }
    for (ConstantName name : domain.names()) {
      type.addField(fields.value(name));
    }
  }

  /** The class form's own members: what an enum would have inherited from {@code Enum}. */
  private void addClassForm(TypeSpec.Builder type) {
    type.addSuperinterface(ParameterizedTypeName.get(ClassName.get(Comparable.class), n.nonNull(self)));
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
    type.addMethod(MethodSpec.methodBuilder(CodeApi.ORDINAL)
        .addModifiers(Modifier.PUBLIC)
        .returns(int.class)
        .addJavadoc("@return the position of this code in the catalog, from 0, as an enum's {@code ordinal()}\n")
        .addStatement("return ordinal")
        .build());
    type.addMethod(override(CodeApi.NAME, n.nonNull(String.class))
        .addStatement("return $L[ordinal]", HolderMember.NAMES.in(domain, self)).build());
    type.addMethod(override("toString", n.nonNull(String.class))
        .addJavadoc("@return the code's name, as an enum's {@code toString()}\n")
        .addStatement("return name()")
        .build());
    type.addMethod(override("compareTo", TypeName.INT)
        .addParameter(n.nonNull(self), "other")
        .addJavadoc("Orders codes as the catalog lists them, as an enum's {@code compareTo}.\n\n")
        .addJavadoc("@param other another code of this domain\n@return negative, zero or positive\n")
        .addStatement("return $T.compare(ordinal, other.ordinal)", Integer.class)
        .build());
    type.addMethod(MethodSpec.methodBuilder("values")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(n.array(n.nonNull(self)))
        .addJavadoc("@return every code, in catalog order, in a new array\n")
        .addStatement("return $L()", HolderMember.CONSTANTS_COPY.in(domain, self))
        .build());
    type.addMethod(MethodSpec.methodBuilder("valueOf")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(n.nonNull(self))
        .addParameter(n.nonNull(String.class), "name")
        .addJavadoc("The code with this canonical name, as an enum's {@code valueOf}: aliases are not names.\n\n")
        .addJavadoc("@param name the canonical name\n@return the code\n")
        .addJavadoc("@throws IllegalArgumentException if no code has that name\n")
        .addJavadoc("@throws NullPointerException if {@code name} is {@code null}\n")
        .beginControlFlow("if (name == null)")
        .addStatement("throw new $T($S)", NullPointerException.class, "Name is null")
        .endControlFlow()
        .addStatement("int ordinal = $L", calls.call(TablesMethod.FIND_STRING, HolderMember.NAMES_TABLE.in(domain, self),
            HolderMember.NAMES_SHIFT.in(domain, self), HolderMember.NAMES.in(domain, self), "name"))
        .beginControlFlow("if (ordinal < 0)")
        .addStatement("throw new $T($S + name)", IllegalArgumentException.class, "No constant " + self.simpleName() + ".")
        .endControlFlow()
        .addStatement("return $L", constantAt())
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
            .addException(InvalidObjectException.class)
            .addJavadoc("The code of that name, as an enum reads its constants; a name this catalog does not have is"
                + " an {@link $T}, as for an enum.\n", InvalidObjectException.class)
            .beginControlFlow("try")
            .addStatement("return valueOf(name)")
            .nextControlFlow("catch ($T e)", IllegalArgumentException.class)
            .addStatement("$T invalid = new $T(e.getMessage())", InvalidObjectException.class, InvalidObjectException.class)
            .addStatement("invalid.initCause(e)")
            .addStatement("throw invalid")
            .endControlFlow()
            .build())
        .build());
  }

  // ---- accessors ----

  private void addAccessors(TypeSpec.Builder type) {
    type.addMethod(MethodSpec.methodBuilder("code")
        .addModifiers(Modifier.PUBLIC)
        .returns(n.nonNull(codeValue))
        .addJavadoc("@return the code's value, as it is received\n")
        .addStatement("return $L[ordinal()]", HolderMember.INDEX_CODES.in(domain, self))
        .build());
    type.addMethod(override(CodeApi.CODE_TEXT, n.nonNull(String.class))
        .addCode(domain.has(Holder.CODE_TEXTS)
            ? CodeBlock.of("return $L[ordinal()];\n", HolderMember.CODE_TEXTS.in(domain, self))
            : CodeBlock.of("return code();\n"))
        .build());
    type.addMethod(override(CodeApi.DOMAIN, n.nonNull(String.class)).addStatement("return $S", domain.name()).build());
    type.addMethod(override(CodeApi.KIND, n.nonNull(names.kind()))
        .addStatement("return $L[ordinal()]", HolderMember.KINDS.in(domain, self)).build());
    CodeBlock base = HolderMember.TEXTS.in(domain, self, 0);
    type.addMethod(override(CodeApi.MESSAGE, n.nonNull(String.class))
        .addStatement("return $L.$N(ordinal())", base, RuntimeSource.TEXTS_MESSAGE)
        .build());
    type.addMethod(override(CodeApi.ADVICE, n.nullable(String.class))
        .addStatement("return $L.$N(ordinal())", base, RuntimeSource.TEXTS_ADVICE)
        .build());
    for (String what : List.of(CodeApi.MESSAGE, CodeApi.ADVICE)) {
      TypeName text = what.equals(CodeApi.ADVICE) ? n.nullable(String.class) : n.nonNull(String.class);
      MethodSpec.Builder method = override(what, text).addParameter(n.nullable(Locale.class), "locale");
      if (!domain.has(Holder.LANGUAGES)) {
        method.addStatement("return $L()", what);
      } else {
        method.addStatement("$T texts = $L($T.$N(locale))", calls.texts(), HolderMember.LANGUAGES_TEXTS.in(domain, self),
                names.languages(), LanguagesGenerator.OF)
            .addStatement("$T text = texts == null ? null : texts.$N(ordinal())", String.class,
                what.equals(CodeApi.ADVICE) ? RuntimeSource.TEXTS_ADVICE : RuntimeSource.TEXTS_MESSAGE)
            .addStatement("return text != null ? text : $L()", what);
      }
      type.addMethod(method.build());
    }
    type.addMethod(override(CodeApi.EXCEPTION, n.nonNull(exception)).addStatement("return exception(null, null)").build());
    type.addMethod(override(CodeApi.EXCEPTION, n.nonNull(exception)).addParameter(n.nullable(String.class), "detail")
        .addStatement("return exception(detail, null)").build());
    MethodSpec.Builder create = override(CodeApi.EXCEPTION, n.nonNull(exception))
        .addParameter(n.nullable(String.class), "detail")
        .addParameter(n.nullable(Throwable.class), "cause");
    if (domain.exceptionColumn()) {
      create.addStatement("return $L($L[ordinal()], this, detail, cause)", HolderMember.EXCEPTIONS_CREATE.in(domain, self),
          HolderMember.KINDS_EXCEPTIONS.in(domain, self));
    } else {
      create.addStatement("return new $T(this, detail, cause, $T.$N)", exception, names.catalogException(),
          ExceptionGenerator.NO_ARGS);
    }
    type.addMethod(create.build());
    TypeName stringList = n.nonNull(ParameterizedTypeName.get(ClassName.get(List.class),
        n.nonNull(TypeName.get(String.class))));
    type.addMethod(override(CodeApi.PARAMS, stringList)
        .addCode(domain.has(Holder.PARAMS)
            ? CodeBlock.of("return $L.get(ordinal());\n", HolderMember.PARAMS_LISTS.in(domain, self))
            : CodeBlock.of("return $T.<$T>emptyList();\n", java.util.Collections.class, String.class))
        .build());
    TypeName args = n.array(n.nullable(ClassName.OBJECT));
    type.addMethod(override("format", n.nonNull(String.class))
        .addParameter(args, "args")
        .varargs()
        .addCode(format(CodeBlock.of("$N()", CodeApi.MESSAGE)))
        .build());
    type.addMethod(override("format", n.nonNull(String.class))
        .addParameter(n.nullable(Locale.class), "locale")
        .addParameter(args, "args")
        .varargs()
        .addCode(format(CodeBlock.of("$N(locale)", CodeApi.MESSAGE)))
        .build());
  }

  /**
   * A {@code format} body: the runtime fills the template, and only when the arguments do not fit does the
   * code name itself for the error, so a call that succeeds loads no table of names or code texts.
   */
  private CodeBlock format(CodeBlock template) {
    return CodeBlock.builder()
        .addStatement("$T params = $N()", ParameterizedTypeName.get(List.class, String.class), CodeApi.PARAMS)
        .addStatement("$T text = $L", String.class, calls.call(TablesMethod.FORMAT, "params", template, "args"))
        .beginControlFlow("if (text == null)")
        .addStatement("throw $L", calls.call(TablesMethod.WRONG_ARGUMENTS, call(CodeApi.DOMAIN),
            call(CodeApi.CODE_TEXT), call(CodeApi.NAME), "params", "args"))
        .endControlFlow()
        .addStatement("return text")
        .build();
  }

  /**
   * The start of {@code check(code, detail)}: look the code up and throw for an unknown one — its
   * range's exception when a range holds it; the raw value written as the domain writes codes.
   */
  private CodeBlock unknownCheck(boolean text) {
    CodeBlock.Builder code = CodeBlock.builder();
    if (text && domain.intCodes()) {
      // Decimal or hex text: checked as the int it is, so that the exception names it as the domain writes codes.
      code.addStatement("long value = $L", calls.call(TablesMethod.PARSE_INT, "code"))
          .beginControlFlow("if (value != $T.MIN_VALUE)", Long.class)
          .addStatement("return check((int) value, detail)")
          .endControlFlow()
          .addStatement("throw new $T($S, $T.valueOf(code), detail)", names.catalogException(), domain.name(), String.class);
      return code.build();
    }
    // A string domain's raw value goes as it is to the range lookup (null included), as text to the message.
    CodeBlock raw = text ? (domain.ranges().isEmpty() ? CodeBlock.of("$T.valueOf(code)", String.class) : CodeBlock.of("code"))
        : calls.call(TablesMethod.CODE_TEXT, "code", calls.codeFormat(domain.codeFormat()));
    code.addStatement("$T constant = forCode(code)", self).beginControlFlow("if (constant == null)");
    if (domain.ranges().isEmpty()) {
      code.addStatement("throw new $T($S, $L, detail)", names.catalogException(), domain.name(), raw);
    } else {
      code.addStatement("throw $L($L, detail)", HolderMember.RANGES_UNKNOWN.in(domain, self), raw);
    }
    return code.endControlFlow().build();
  }

  // ---- ranges and attributes ----

  private void addRanges(TypeSpec.Builder type) {
    if (domain.ranges().isEmpty()) {
      return;
    }
    ClassName rangeType = names.rangeType(domain);
    TypeName found = n.nullable(rangeType);
    type.addMethod(MethodSpec.methodBuilder("range")
        .addModifiers(Modifier.PUBLIC)
        .returns(found)
        .addJavadoc("@return the range that holds this code, or {@code null}\n")
        .addStatement("return $L(ordinal())", HolderMember.RANGES_OF_CODE.in(domain, self))
        .build());
    if (domain.intCodes()) {
      type.addMethod(MethodSpec.methodBuilder("rangeOf")
          .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
          .returns(found)
          .addParameter(int.class, "code")
          .addJavadoc("The range a raw value falls in, whether the catalog lists the value or not.\n\n")
          .addJavadoc("@param code the value as received\n@return its range, or {@code null}\n")
          .addStatement("return $L(code)", HolderMember.RANGES_OF.in(domain, self))
          .build());
    }
    MethodSpec.Builder byText = MethodSpec.methodBuilder("rangeOf")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(found)
        .addParameter(n.nullable(String.class), "code")
        .addJavadoc("The range a raw value received as text falls in, whether the catalog lists it or not; blanks"
            + " around it are ignored$L.\n\n", domain.intCodes() ? ", decimal or {@code 0x} hex" : "")
        .addJavadoc("@param code the value as received; may be {@code null}\n@return its range, or {@code null}\n");
    if (domain.intCodes()) {
      byText.addStatement("long value = $L", calls.call(TablesMethod.PARSE_INT, "code"))
          .addStatement("return value == $T.MIN_VALUE ? null : $L((int) value)", Long.class,
              HolderMember.RANGES_OF.in(domain, self));
    } else {
      byText.addStatement("return code == null ? null : $L(code.trim())", HolderMember.RANGES_OF.in(domain, self));
    }
    type.addMethod(byText.build());
  }

  private void addAttributes(TypeSpec.Builder type) {
    for (dev.codebook.processor.plan.AttributePlan attribute : domain.attributes()) {
      dev.codebook.processor.model.Attribute declared = attribute.attribute();
      type.addMethod(MethodSpec.methodBuilder(attribute.accessor())
          .addModifiers(Modifier.PUBLIC)
          .returns(declared.defaultValue().isPresent() ? n.nonNull(CodeHolders.attributeType(attribute))
              : n.nullable(CodeHolders.attributeType(attribute)))
          .addJavadoc("@return the code's {@code $L} ($L$L)\n", declared.name().name(), declared.type().yamlName(),
              declared.defaultValue().map(value -> "; " + JavadocText.html(String.valueOf(value)) + " unless the code"
                  + " sets it").orElse(", or {@code null} where the code sets none"))
          .addStatement("return $L[ordinal()]", HolderMember.ATTRIBUTE_VALUES.in(domain, self, attribute.index()))
          .build());
    }
  }

  // ---- lookup and check ----

  private void addLookup(TypeSpec.Builder type) {
    MethodSpec.Builder byValue = MethodSpec.methodBuilder(CodeApi.FOR_CODE)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(n.nullable(self))
        .addParameter(domain.intCodes() ? codeValue : n.nullable(codeValue), "code");
    if (domain.intCodes()) {
      type.addMethod(byValue
          .addJavadoc("The constant for a code value.\n\n@param code the value as received\n")
          .addJavadoc("@return the constant, or {@code null} if the catalog does not know the value\n")
          .addStatement("int ordinal = $L", calls.call(TablesMethod.FIND_INT, HolderMember.INDEX_TABLE.in(domain, self),
              HolderMember.INDEX_SHIFT.in(domain, self), "code"))
          .addStatement("return ordinal < 0 ? null : $L", constantAt())
          .build());
      type.addMethod(MethodSpec.methodBuilder(CodeApi.FOR_CODE)
          .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
          .returns(n.nullable(self))
          .addParameter(n.nullable(String.class), "code")
          .addJavadoc("The constant for a code value received as text: decimal (a sign and leading zeros accepted) or"
              + " {@code 0x} and 1 to 8 hex digits; blanks around it are ignored.\n")
          .addJavadoc("\n@param code the value as text, such as {@code $S}; may be {@code null}\n",
              domain.codeText(domain.codes().get(0)))
          .addJavadoc("@return the constant, or {@code null} if the text is not a code the catalog knows\n")
          .addStatement("long value = $L", calls.call(TablesMethod.PARSE_INT, "code"))
          .addStatement("return value == $T.MIN_VALUE ? null : forCode((int) value)", Long.class)
          .build());
      return;
    }
    type.addMethod(byValue
        .addJavadoc("The constant for a code value; blanks around it are ignored.\n")
        .addJavadoc("\n@param code the value as received, such as $L; may be {@code null}\n",
            JavadocText.code(JavaText.literal(domain.codes().get(0).value())))
        .addJavadoc("@return the constant, or {@code null} if the catalog does not know the value\n")
        .beginControlFlow("if (code == null)")
        .addStatement("return null")
        .endControlFlow()
        .addStatement("int ordinal = $L", calls.call(TablesMethod.FIND_STRING, HolderMember.INDEX_TABLE.in(domain, self),
            HolderMember.INDEX_SHIFT.in(domain, self), HolderMember.INDEX_CODES.in(domain, self), "code.trim()"))
        .addStatement("return ordinal < 0 ? null : $L", constantAt())
        .build());
  }

  private void addCheck(TypeSpec.Builder type, TypeName parameter) {
    boolean text = !parameter.equals(TypeName.INT);
    TypeName code = text ? n.nullable(parameter) : parameter;
    type.addMethod(MethodSpec.methodBuilder("check")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(n.nonNull(self))
        .addParameter(code, "code")
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
        .returns(n.nonNull(self))
        .addParameter(code, "code")
        .addParameter(n.nullable(String.class), "detail")
        .addJavadoc("Like {@link #check($T)}, with a detail for the exception, such as the sender's own message.\n",
            parameter)
        .addJavadoc("\n@param code the value as received\n")
        .addJavadoc("@param detail what came with the code, or {@code null}\n")
        .addJavadoc("@return the constant, whose kind is not {@code FAILURE}\n")
        .addJavadoc("@throws $T for a failure code: the code's own exception\n", exception)
        .addJavadoc("@throws $T for a code the catalog does not know, naming the raw value\n", names.catalogException())
        .addCode(unknownCheck(text))
        .addCode(text && domain.intCodes() ? CodeBlock.of("") : CodeBlock.builder()
            .beginControlFlow("if (constant.$N() == $T.$N)", CodeApi.KIND, names.kind(), Kind.FAILURE.name())
            .addStatement("throw constant.exception(detail)")
            .endControlFlow()
            .addStatement("return constant")
            .build())
        .build());
  }

  /** The constant at {@code ordinal}: the class form keeps its array private behind {@code at}. */
  private CodeBlock constantAt() {
    return classForm ? CodeBlock.of("$L(ordinal)", HolderMember.CONSTANTS_AT.in(domain, self))
        : CodeBlock.of("$L[ordinal]", HolderMember.CONSTANTS_ALL.in(domain, self));
  }

  /** {@code name()}: a call of one of the code type's own methods. */
  private static CodeBlock call(String method) {
    return CodeBlock.of("$N()", method);
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
