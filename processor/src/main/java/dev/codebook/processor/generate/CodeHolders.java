package dev.codebook.processor.generate;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.codebook.processor.model.Param;
import dev.codebook.processor.model.Text;
import dev.codebook.processor.naming.Names;
import dev.codebook.processor.plan.AttributePlan;
import dev.codebook.processor.plan.CatalogPlan;
import dev.codebook.processor.plan.CodeForm;
import dev.codebook.processor.plan.CodePlan;
import dev.codebook.processor.plan.DomainPlan;
import dev.codebook.processor.plan.ExceptionPlan;
import dev.codebook.processor.plan.RangePlan;
import dev.codebook.processor.runtime.RuntimeSource;
import dev.codebook.processor.runtime.TablesMethod;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import javax.lang.model.element.Modifier;

/**
 * The nested holder classes of a code type, one per concern, each decoding its tables when first
 * used (the JVM initializes a nested class on first access, thread-safely): {@code Constants$}
 * (every constant by ordinal), {@code Index$} (code values and the hash table of {@code forCode}),
 * {@code Kinds$} (kinds and exception classes), {@code Texts$N} (one per language), {@code Languages$}
 * and {@code Exceptions$} (the switches over languages and exception classes), {@code CodeTexts$},
 * {@code Names$} (class form), {@code Ranges$}, {@code Attributes$N} (one per attribute) and
 * {@code Params$}. Their names hold a {@code $}, which no catalog name contains, so they never clash
 * with a code.
 */
final class CodeHolders {
  static final String CONSTANTS = "Constants$";
  static final String INDEX = "Index$";
  static final String KINDS = "Kinds$";
  static final String NAMES = "Names$";
  static final String LANGUAGES = "Languages$";
  static final String EXCEPTIONS = "Exceptions$";
  static final String CODE_TEXTS = "CodeTexts$";
  static final String RANGES = "Ranges$";
  private static final String ATTRIBUTES = "Attributes$";
  static final String PARAMS = "Params$";

  private final CatalogPlan plan;
  private final DomainPlan domain;
  private final TypeNames names;
  private final ClassName self;
  private final ClassName tables;
  private final TablesCalls calls;
  private final int count;

  CodeHolders(GenerationContext context, DomainPlan domain) {
    this.plan = context.plan();
    this.domain = domain;
    this.names = context.names();
    this.self = names.codeType(domain);
    this.tables = names.tables();
    this.calls = new TablesCalls(tables);
    this.count = domain.codes().size();
  }

  /** Whether any code's {@code exception()} creates another class than the domain's own. */
  boolean hasExceptionColumn() {
    return domain.codes().stream().anyMatch(code -> code.exception() > 0);
  }

  boolean hasParams() {
    return domain.codes().stream().anyMatch(code -> !code.entry().params().isEmpty());
  }

  List<TypeSpec> all() {
    List<TypeSpec> holders = new ArrayList<>();
    holders.add(constants());
    holders.add(index());
    holders.add(kinds());
    for (int language : domain.textLanguages()) {
      holders.add(texts(language));
    }
    if (domain.textLanguages().size() > 1) {
      holders.add(languages());
    }
    if (!domain.exceptions().isEmpty()) {
      holders.add(exceptions());
    }
    if (domain.intCodes()) {
      holders.add(codeTexts());
    }
    if (domain.form() == CodeForm.CLASS) {
      holders.add(names());
    }
    if (!domain.ranges().isEmpty()) {
      holders.add(ranges());
    }
    for (AttributePlan attribute : domain.attributes()) {
      holders.add(attribute(attribute));
    }
    if (hasParams()) {
      holders.add(params());
    }
    return holders;
  }

  private TypeSpec constants() {
    boolean classForm = domain.form() == CodeForm.CLASS;
    // Package-private in the class form: the constant parts initialize their fields from it.
    TypeSpec.Builder constants = holder(CONSTANTS, "Every constant, by ordinal.", classForm);
    if (classForm) {
      // Created a chunk of CHUNK at a time, on first use, so that the first forCode does not construct
      // every constant. A chunk is filled whole under the lock; a racy read sees each slot either null
      // (and takes the lock) or the one instance, whose only field is final. The array stays private:
      // the package reads constants through at(), and cannot replace them.
      int chunk = RuntimeSource.CHUNK;
      constants.addField(FieldSpec.builder(ArrayTypeName.of(self), "ALL", Modifier.PRIVATE, Modifier.STATIC,
              Modifier.FINAL).initializer("new $T[$L]", self, count).build())
          .addMethod(MethodSpec.methodBuilder("at")
              .addModifiers(Modifier.STATIC)
              .returns(self)
              .addParameter(int.class, "ordinal")
              .addStatement("$T constant = ALL[ordinal]", self)
              .addStatement("return constant != null ? constant : create(ordinal)")
              .build())
          .addMethod(MethodSpec.methodBuilder("create")
              .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.SYNCHRONIZED)
              .returns(self)
              .addParameter(int.class, "ordinal")
              .addJavadoc("Creates the chunk of {@code ordinal}'s constant unless another thread has.\n")
              .beginControlFlow("if (ALL[ordinal] == null)")
              .addStatement("int from = ordinal & ~$L", chunk - 1)
              .beginControlFlow("for (int i = from; i < Math.min(from + $L, ALL.length); i++)", chunk)
              .addStatement("ALL[i] = new $T(i)", self)
              .endControlFlow()
              .endControlFlow()
              .addStatement("return ALL[ordinal]")
              .build())
          .addMethod(MethodSpec.methodBuilder("all")
              .addModifiers(Modifier.STATIC, Modifier.SYNCHRONIZED)
              .returns(ArrayTypeName.of(self))
              .beginControlFlow("for (int i = 0; i < ALL.length; i += $L)", chunk)
              .addStatement("create(i)")
              .endControlFlow()
              .addStatement("return ALL.clone()")
              .build());
    } else {
      constants.addField(FieldSpec.builder(ArrayTypeName.of(self), "ALL", Modifier.STATIC, Modifier.FINAL)
          .initializer("values()").build());
    }
    return constants.build();
  }

  private TypeSpec index() {
    TypeSpec.Builder index = holder(INDEX, "Each code's value by ordinal, and the hash table of {@code forCode}.");
    if (domain.intCodes()) {
      int[] values = domain.codes().stream().mapToInt(code -> Integer.parseInt(code.entry().code())).toArray();
      index.addField(packed(int[].class, "CODES", TablesMethod.INTS, Packed.ints(values)));
    } else {
      index.addField(packed(String[].class, "CODES", TablesMethod.STRINGS,
          Packed.strings(domain.codes().stream().map(code -> code.entry().code()).toList())));
    }
    return index
        .addField(FieldSpec.builder(int.class, "SHIFT", Modifier.STATIC, Modifier.FINAL)
            .initializer(calls.call(TablesMethod.SHIFT, count)).build())
        .addField(FieldSpec.builder(int[].class, "TABLE", Modifier.STATIC, Modifier.FINAL)
            .initializer(calls.call(domain.intCodes() ? TablesMethod.INT_INDEX : TablesMethod.STRING_INDEX, "CODES",
                "SHIFT")).build())
        .build();
  }

  private TypeSpec kinds() {
    int[] kinds = domain.codes().stream().mapToInt(code -> code.entry().kind().ordinal() + 1).toArray();
    TypeSpec.Builder holder = holder(KINDS, "Each code's kind" + (hasExceptionColumn()
        ? " and the exception class it creates (0 for the domain's own)" : "") + ", by ordinal.")
        .addField(FieldSpec.builder(ArrayTypeName.of(names.kind()), "KINDS", Modifier.STATIC, Modifier.FINAL)
            .initializer(calls.call(TablesMethod.KINDS, CodeBlock.of("$T.values()", names.kind()),
                Packed.array(Packed.ints(kinds)), count))
            .build());
    if (hasExceptionColumn()) {
      int[] exceptions = domain.codes().stream().mapToInt(CodePlan::exception).toArray();
      holder.addField(packed(int[].class, "EXCEPTIONS", TablesMethod.INTS, Packed.ints(exceptions)));
    }
    return holder.build();
  }

  /**
   * One language's messages and advice, the catalog's own for language 0, else a translation's, as
   * {@link Packed text chunks}: a chunk holds only the codes that have a text in the language, so a
   * translation costs what it translates, not the size of the domain.
   */
  private TypeSpec texts(int language) {
    String tag = plan.languages().get(language);
    List<String[]> texts = new ArrayList<>(count);
    for (CodePlan code : domain.codes()) {
      Text text = language == 0 ? code.entry().text() : code.entry().translations().get(tag);
      texts.add(text == null ? null : new String[] {text.message(), text.advice().orElse(null)});
    }
    Packed.TextChunks chunks = Packed.texts(texts);
    return holder(Names.textsHolder(language), "Messages and advice in " + (language == 0
        ? "the catalog's language, {@code " + JavadocText.html(tag) + "}."
        : "{@code " + JavadocText.html(tag) + "}; {@code null} where a code has no translation."))
        .addField(FieldSpec.builder(calls.texts(), "TEXTS", Modifier.STATIC, Modifier.FINAL)
            .initializer("new $T($L, $L, $L)", calls.texts(), Packed.array(chunks.texts()),
                Packed.array(chunks.chunkStarts()), count)
            .build())
        .build();
  }

  /** {@code Languages$.texts(language)}: the holder of a catalog language, or null when the domain has none in it. */
  private TypeSpec languages() {
    ClassName textsType = calls.texts();
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

  /**
   * {@code Exceptions$.create(index, ...)}: a new exception of a code's class, by its index; and
   * {@code unknown(index, ...)}: a range's exception for a value the catalog does not list.
   */
  private TypeSpec exceptions() {
    ClassName exception = names.domainException(domain);
    TreeMap<Integer, CodeBlock> known = new TreeMap<>();
    TreeMap<Integer, CodeBlock> unknown = new TreeMap<>();
    for (ExceptionPlan plan : domain.exceptions()) {
      ClassName type = names.exception(domain, plan.index());
      known.put(plan.index(), CodeBlock.of("return new $T(code, detail, cause, $T.NO_ARGS);\n", type,
          names.catalogException()));
      if (plan.source() == ExceptionPlan.Source.RANGE) {
        unknown.put(plan.index(), CodeBlock.of("return new $T(rawCode, detail);\n", type));
      }
    }
    TypeSpec.Builder holder = holder(EXCEPTIONS, "Creates the exception class of a code, by its index.");
    PagedSwitch.methods(name -> MethodSpec.methodBuilder(name).addModifiers(Modifier.STATIC).returns(exception)
            .addParameter(int.class, "index").addParameter(self, "code").addParameter(String.class, "detail")
            .addParameter(Throwable.class, "cause"), "create", "index", "index, code, detail, cause", known,
        CodeBlock.of("return new $T(code, detail, cause, $T.NO_ARGS);\n", exception, names.catalogException()))
        .forEach(holder::addMethod);
    if (!unknown.isEmpty()) {
      PagedSwitch.methods(name -> MethodSpec.methodBuilder(name).addModifiers(Modifier.STATIC)
              .returns(names.catalogException()).addParameter(int.class, "index")
              .addParameter(String.class, "rawCode").addParameter(String.class, "detail"),
          "unknown", "index", "index, rawCode, detail", unknown,
          CodeBlock.of("return new $T($S, rawCode, detail);\n", names.catalogException(), domain.name()))
          .forEach(holder::addMethod);
    }
    return holder.build();
  }

  private TypeSpec codeTexts() {
    return holder(CODE_TEXTS, "Each code's value as text, for {@code codeText()}.")
        .addField(FieldSpec.builder(String[].class, "TEXTS", Modifier.STATIC, Modifier.FINAL)
            .initializer("new $T[$L]", String.class, count).build())
        .addStaticBlock(CodeBlock.builder()
            .beginControlFlow("for (int i = 0; i < TEXTS.length; i++)")
            .addStatement("TEXTS[i] = $L", calls.call(TablesMethod.CODE_TEXT, CodeBlock.of("$L.CODES[i]", INDEX),
                domain.codeFormat() == dev.codebook.processor.model.CodeFormat.HEX))
            .endControlFlow()
            .build())
        .build();
  }

  private TypeSpec names() {
    List<String> codeNames = domain.codes().stream().map(CodePlan::constant).toList();
    return holder(NAMES, "Each code's canonical name, and a hash table of them for {@code valueOf}.")
        .addField(packed(String[].class, "NAMES", TablesMethod.STRINGS, Packed.strings(codeNames)))
        .addField(FieldSpec.builder(int.class, "SHIFT", Modifier.STATIC, Modifier.FINAL)
            .initializer(calls.call(TablesMethod.SHIFT, count)).build())
        .addField(FieldSpec.builder(int[].class, "TABLE", Modifier.STATIC, Modifier.FINAL)
            .initializer(calls.call(TablesMethod.STRING_INDEX, "NAMES", "SHIFT")).build())
        .build();
  }

  /**
   * {@code Ranges$}: each code's range, the tables that find the range of a raw value, and the
   * exception for a value the catalog does not list. Package-private: the handler's
   * {@code onUnknown} throws through it too.
   */
  private TypeSpec ranges() {
    ClassName rangeType = names.rangeType(domain);
    List<RangePlan> ranges = domain.ranges();
    TypeSpec.Builder holder = holder(RANGES, "Each code's range, and the ranges of raw values.", true);
    int[] ofCode = domain.codes().stream().mapToInt(code -> code.range() + 1).toArray();
    // Fields private, methods package-private: the handler's onUnknown calls unknown(), nothing can change a table.
    holder.addField(FieldSpec.builder(ArrayTypeName.of(rangeType), "ALL", Modifier.PRIVATE, Modifier.STATIC,
            Modifier.FINAL).initializer("$T.values()", rangeType).build())
        .addField(FieldSpec.builder(int[].class, "OF_CODE", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("Each code's range ordinal + 1; 0 when it is in none.\n")
            .initializer(calls.call(TablesMethod.INTS, Packed.array(Packed.ints(ofCode)), count)).build())
        .addMethod(MethodSpec.methodBuilder("ofCode")
            .addModifiers(Modifier.STATIC)
            .returns(rangeType)
            .addParameter(int.class, "ordinal")
            .addStatement("return OF_CODE[ordinal] == 0 ? null : ALL[OF_CODE[ordinal] - 1]")
            .build())
        .addField(FieldSpec.builder(int[].class, "EXCEPTIONS", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("Each range's exception class index; 0 when it has none.\n")
            .initializer(calls.call(TablesMethod.INTS, Packed.array(Packed.ints(ranges.stream()
                .mapToInt(RangePlan::exception).toArray())), ranges.size())).build());
    if (domain.intCodes()) {
      List<RangePlan> byStart = new ArrayList<>(ranges);
      byStart.sort(Comparator.comparingInt(range -> range.range().from()));
      holder.addField(FieldSpec.builder(int[].class, "FROM", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
              .addJavadoc("The ranges' first values, ascending; {@code TO} their last, {@code BY_START} their ordinals.\n")
              .initializer(calls.call(TablesMethod.INTS, Packed.array(Packed.ints(byStart.stream()
                  .mapToInt(range -> range.range().from()).toArray())), ranges.size())).build())
          .addField(FieldSpec.builder(int[].class, "TO", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
              .initializer(calls.call(TablesMethod.INTS, Packed.array(Packed.ints(byStart.stream()
                  .mapToInt(range -> range.range().to()).toArray())), ranges.size())).build())
          .addField(FieldSpec.builder(int[].class, "BY_START", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
              .initializer(calls.call(TablesMethod.INTS, Packed.array(Packed.ints(byStart.stream()
                  .mapToInt(RangePlan::index).toArray())), ranges.size())).build())
          .addMethod(MethodSpec.methodBuilder("of")
              .addModifiers(Modifier.STATIC)
              .returns(rangeType)
              .addParameter(int.class, "value")
              .addStatement("int found = $L", calls.call(TablesMethod.RANGE_INDEX, "FROM", "TO", "value"))
              .addStatement("return found < 0 ? null : ALL[BY_START[found]]")
              .build())
          .addMethod(MethodSpec.methodBuilder("unknown")
              .addModifiers(Modifier.STATIC)
              .returns(names.catalogException())
              .addParameter(String.class, "rawCode")
              .addParameter(String.class, "detail")
              .addJavadoc("The exception for a raw value the catalog does not list: its range's, if that has one.\n")
              .addStatement("long value = $L", calls.call(TablesMethod.PARSE_INT, "rawCode"))
              .addStatement("$T range = value == Long.MIN_VALUE ? null : of((int) value)", rangeType)
              .addCode(unknownReturn(rangeType))
              .build());
    } else {
      holder.addField(FieldSpec.builder(String[].class, "PREFIXES", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
              .initializer(calls.call(TablesMethod.STRINGS, Packed.array(Packed.strings(ranges.stream()
                  .map(range -> range.range().prefix().orElseThrow()).toList())), ranges.size())).build())
          .addMethod(MethodSpec.methodBuilder("of")
              .addModifiers(Modifier.STATIC)
              .returns(rangeType)
              .addParameter(String.class, "value")
              .beginControlFlow("for (int i = 0; i < PREFIXES.length; i++)")
              .beginControlFlow("if (value.startsWith(PREFIXES[i]))")
              .addStatement("return ALL[i]")
              .endControlFlow()
              .endControlFlow()
              .addStatement("return null")
              .build())
          .addMethod(MethodSpec.methodBuilder("unknown")
              .addModifiers(Modifier.STATIC)
              .returns(names.catalogException())
              .addParameter(String.class, "rawCode")
              .addParameter(String.class, "detail")
              .addJavadoc("The exception for a raw value the catalog does not list: its range's, if that has one.\n")
              .addStatement("$T range = rawCode == null ? null : of(rawCode.trim())", rangeType)
              .addStatement("rawCode = String.valueOf(rawCode)")
              .addCode(unknownReturn(rangeType))
              .build());
    }
    return holder.build();
  }

  private CodeBlock unknownReturn(ClassName rangeType) {
    boolean anyException = domain.ranges().stream().anyMatch(range -> range.exception() > 0);
    if (!anyException) {
      return CodeBlock.of("return new $T($S, rawCode, detail);\n", names.catalogException(), domain.name());
    }
    return CodeBlock.of("return $L.unknown(range == null ? 0 : EXCEPTIONS[range.ordinal()], rawCode, detail);\n",
        EXCEPTIONS);
  }

  /** The holder of an attribute's values: {@code Attributes$3}, whose {@code VALUES} are by ordinal. */
  static String attributeHolder(AttributePlan attribute) {
    return ATTRIBUTES + attribute.index();
  }

  /**
   * One attribute's value for every code, by ordinal, decoded the first time its accessor runs. The
   * holder lists only the codes whose value is not the default (their ordinals, then their values), so
   * that its size follows what the catalog sets, whatever the number of codes and attributes.
   */
  private TypeSpec attribute(AttributePlan attribute) {
    int index = attribute.index();
    Object fallback = attribute.attribute().defaultValue().orElse(null);
    List<CodePlan> set = domain.codes().stream()
        .filter(code -> !attribute.isDefault(code.attributes().get(index))).toList();
    List<Object> values = set.stream().map(code -> code.attributes().get(index)).toList();
    CodeBlock ordinals = calls.call(TablesMethod.INTS,
        Packed.array(Packed.ints(set.stream().mapToInt(CodePlan::ordinal).toArray())), set.size());
    CodeBlock spread = switch (attribute.attribute().type()) {
      // A default text is packed as any text: it may be longer than one string constant holds.
      case STRING -> calls.call(TablesMethod.SPREAD_STRINGS, count,
          fallback == null ? CodeBlock.of("null") : CodeBlock.of("$L[0]", calls.call(TablesMethod.STRINGS,
              Packed.array(Packed.strings(List.of((String) fallback))), 1)),
          ordinals, calls.call(TablesMethod.STRINGS,
              Packed.array(Packed.strings(values.stream().map(String.class::cast).toList())), set.size()));
      case INT -> calls.call(TablesMethod.SPREAD_INTS, count, fallback == null ? 0 : fallback, ordinals,
          calls.call(TablesMethod.INTS, Packed.array(Packed.ints(values.stream().mapToInt(Integer.class::cast)
              .toArray())), set.size()));
      case LONG -> calls.call(TablesMethod.SPREAD_LONGS, count, (fallback == null ? 0 : fallback) + "L", ordinals,
          calls.call(TablesMethod.LONGS, Packed.array(Packed.longs(values.stream().mapToLong(Long.class::cast)
              .toArray())), set.size()));
      case BOOLEAN -> calls.call(TablesMethod.SPREAD_BOOLEANS, count, Boolean.TRUE.equals(fallback), ordinals,
          calls.call(TablesMethod.BOOLEANS, Packed.array(Packed.ints(values.stream()
              .mapToInt(value -> (Boolean) value ? 1 : 0).toArray())), set.size()));
    };
    return holder(attributeHolder(attribute), "Each code's {@code " + attribute.attribute().name().name()
        + "}, by ordinal.")
        .addField(FieldSpec.builder(ArrayTypeName.of(attributeType(attribute)), "VALUES", Modifier.STATIC,
            Modifier.FINAL).initializer(spread).build())
        .build();
  }

  /** The Java type of an attribute's accessor. */
  static TypeName attributeType(AttributePlan attribute) {
    return switch (attribute.attribute().type()) {
      case STRING -> TypeName.get(String.class);
      case INT -> TypeName.INT;
      case LONG -> TypeName.LONG;
      case BOOLEAN -> TypeName.BOOLEAN;
    };
  }

  private TypeSpec params() {
    List<String> packed = new ArrayList<>();
    for (CodePlan code : domain.codes()) {
      List<Param> params = code.entry().params();
      packed.add(params.isEmpty() ? null : String.join("", params.stream().map(p -> p.name().name() + ",").toList()));
    }
    TypeName lists = ParameterizedTypeName.get(ClassName.get(List.class),
        ParameterizedTypeName.get(List.class, String.class));
    return holder(PARAMS, "Each code's parameter names, in argument order.")
        .addField(FieldSpec.builder(lists, "LISTS", Modifier.STATIC, Modifier.FINAL)
            .initializer(calls.call(TablesMethod.PARAM_LISTS, Packed.array(Packed.strings(packed)), count)).build())
        .build();
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
  private FieldSpec packed(Class<?> type, String name, TablesMethod decoder, List<String> parts) {
    return FieldSpec.builder(TypeName.get(type), name, Modifier.STATIC, Modifier.FINAL)
        .initializer(calls.call(decoder, Packed.array(parts), count))
        .build();
  }
}
