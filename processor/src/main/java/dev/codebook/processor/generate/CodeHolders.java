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
import dev.codebook.processor.plan.AttributePlan;
import dev.codebook.processor.plan.CatalogPlan;
import dev.codebook.processor.plan.CodeForm;
import dev.codebook.processor.plan.CodePlan;
import dev.codebook.processor.plan.DomainPlan;
import dev.codebook.processor.plan.ExceptionPlan;
import dev.codebook.processor.plan.Holder;
import dev.codebook.processor.plan.HolderPlan;
import dev.codebook.processor.plan.RangePlan;
import dev.codebook.processor.plan.Shapes;
import dev.codebook.processor.runtime.TablesMethod;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import javax.lang.model.element.Modifier;

/**
 * Renders the nested holder classes of a code type that the plan gives it ({@link DomainPlan#holders()}), one
 * per concern, each decoding its tables when first used (the JVM initializes a nested class on first access,
 * thread-safely). What other generated code uses of a holder it declares under the names of
 * {@link HolderMember}.
 */
final class CodeHolders {
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

  /** The holders the plan gives the code type, in its order. */
  List<TypeSpec> all() {
    List<TypeSpec> holders = new ArrayList<>();
    for (HolderPlan holder : domain.holders()) {
      holders.add(switch (holder.holder()) {
        case CONSTANTS -> constants();
        case INDEX -> index();
        case KINDS -> kinds();
        case TEXTS -> texts(holder.index());
        case LANGUAGES -> languages();
        case EXCEPTIONS -> exceptions();
        case CODE_TEXTS -> codeTexts();
        case NAMES -> names();
        case RANGES -> ranges();
        case ATTRIBUTES -> attribute(domain.attributes().get(holder.index()));
        case PARAMS -> params();
      });
    }
    return holders;
  }

  private TypeSpec constants() {
    boolean classForm = domain.form() == CodeForm.CLASS;
    // Package-private in the class form: the constant parts initialize their fields from it.
    TypeSpec.Builder constants = holder(Holder.CONSTANTS, 0, "Every constant, by ordinal.", classForm);
    if (classForm) {
      // Created a chunk of CHUNK at a time, on first use, so that the first forCode does not construct
      // every constant. A chunk is filled whole under the lock; a racy read sees each slot either null
      // (and takes the lock) or the one instance, whose only field is final. The array stays private:
      // the package reads constants through at(), and cannot replace them.
      int chunk = Shapes.CHUNK;
      constants.addField(FieldSpec.builder(ArrayTypeName.of(self), "ALL", Modifier.PRIVATE, Modifier.STATIC,
              Modifier.FINAL).initializer("new $T[$L]", self, count).build())
          .addMethod(MethodSpec.methodBuilder(HolderMember.CONSTANTS_AT.member())
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
              .beginControlFlow("for (int i = from; i < $T.min(from + $L, ALL.length); i++)", Math.class, chunk)
              .addStatement("ALL[i] = new $T(i)", self)
              .endControlFlow()
              .endControlFlow()
              .addStatement("return ALL[ordinal]")
              .build())
          .addMethod(MethodSpec.methodBuilder(HolderMember.CONSTANTS_COPY.member())
              .addModifiers(Modifier.STATIC, Modifier.SYNCHRONIZED)
              .returns(ArrayTypeName.of(self))
              .beginControlFlow("for (int i = 0; i < ALL.length; i += $L)", chunk)
              .addStatement("create(i)")
              .endControlFlow()
              .addStatement("return ALL.clone()")
              .build());
    } else {
      constants.addField(FieldSpec.builder(ArrayTypeName.of(self), HolderMember.CONSTANTS_ALL.member(), Modifier.STATIC,
          Modifier.FINAL).initializer("values()").build());
    }
    return constants.build();
  }

  private TypeSpec index() {
    TypeSpec.Builder index = holder(Holder.INDEX, 0, "Each code's value by ordinal, and the hash table of"
        + " {@code forCode}.");
    String codes = HolderMember.INDEX_CODES.member();
    String shift = HolderMember.INDEX_SHIFT.member();
    if (domain.intCodes()) {
      int[] values = domain.codes().stream().mapToInt(code -> Integer.parseInt(code.value())).toArray();
      index.addField(packed(int[].class, codes, TablesMethod.INTS, Packed.ints(values)));
    } else {
      index.addField(packed(String[].class, codes, TablesMethod.STRINGS,
          Packed.strings(domain.codes().stream().map(CodePlan::value).toList())));
    }
    return index
        .addField(FieldSpec.builder(int.class, shift, Modifier.STATIC, Modifier.FINAL)
            .initializer(calls.call(TablesMethod.SHIFT, count)).build())
        .addField(FieldSpec.builder(int[].class, HolderMember.INDEX_TABLE.member(), Modifier.STATIC, Modifier.FINAL)
            .initializer(calls.call(domain.intCodes() ? TablesMethod.INT_INDEX : TablesMethod.STRING_INDEX, codes,
                shift)).build())
        .build();
  }

  private TypeSpec kinds() {
    int[] kinds = domain.codes().stream().mapToInt(code -> code.kind().ordinal() + 1).toArray();
    TypeSpec.Builder holder = holder(Holder.KINDS, 0, "Each code's kind" + (domain.exceptionColumn()
        ? " and the exception class it creates (0 for the domain's own)" : "") + ", by ordinal.")
        .addField(FieldSpec.builder(ArrayTypeName.of(names.kind()), HolderMember.KINDS.member(), Modifier.STATIC,
            Modifier.FINAL)
            .initializer(calls.call(TablesMethod.KINDS, CodeBlock.of("$T.values()", names.kind()),
                Packed.array(Packed.ints(kinds)), count))
            .build());
    if (domain.exceptionColumn()) {
      int[] exceptions = domain.codes().stream().mapToInt(CodePlan::exception).toArray();
      holder.addField(packed(int[].class, HolderMember.KINDS_EXCEPTIONS.member(), TablesMethod.INTS,
          Packed.ints(exceptions)));
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
      Optional<Text> text = language == 0 ? Optional.of(code.text()) : code.translation(tag);
      texts.add(text.map(found -> new String[] {found.message(), found.advice().orElse(null)}).orElse(null));
    }
    Packed.TextChunks chunks = Packed.texts(texts);
    return holder(Holder.TEXTS, language, "Messages and advice in " + (language == 0
        ? "the catalog's language, {@code " + JavadocText.html(tag) + "}."
        : "{@code " + JavadocText.html(tag) + "}; {@code null} where a code has no translation."))
        .addField(FieldSpec.builder(calls.texts(), HolderMember.TEXTS.member(), Modifier.STATIC, Modifier.FINAL)
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
        cases.put(language, CodeBlock.of("return $L;\n", HolderMember.TEXTS.in(domain, self, language)));
      }
    }
    TypeSpec.Builder holder = holder(Holder.LANGUAGES, 0, "The texts holder of each translation, by language index.");
    PagedSwitch.methods(name -> MethodSpec.methodBuilder(name).addModifiers(Modifier.STATIC).returns(textsType)
            .addParameter(int.class, "language"), HolderMember.LANGUAGES_TEXTS.member(), "language", "language", cases,
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
      known.put(plan.index(), CodeBlock.of("return new $T(code, detail, cause, $T.$N);\n", type,
          names.catalogException(), ExceptionGenerator.NO_ARGS));
      if (plan.source() == ExceptionPlan.Source.RANGE) {
        unknown.put(plan.index(), CodeBlock.of("return new $T(rawCode, detail);\n", type));
      }
    }
    TypeSpec.Builder holder = holder(Holder.EXCEPTIONS, 0, "Creates the exception class of a code, by its index.");
    PagedSwitch.methods(name -> MethodSpec.methodBuilder(name).addModifiers(Modifier.STATIC).returns(exception)
            .addParameter(int.class, "index").addParameter(self, "code").addParameter(String.class, "detail")
            .addParameter(Throwable.class, "cause"), HolderMember.EXCEPTIONS_CREATE.member(), "index",
        "index, code, detail, cause", known,
        CodeBlock.of("return new $T(code, detail, cause, $T.$N);\n", exception, names.catalogException(),
            ExceptionGenerator.NO_ARGS))
        .forEach(holder::addMethod);
    if (!unknown.isEmpty()) {
      PagedSwitch.methods(name -> MethodSpec.methodBuilder(name).addModifiers(Modifier.STATIC)
              .returns(names.catalogException()).addParameter(int.class, "index")
              .addParameter(String.class, "rawCode").addParameter(String.class, "detail"),
          HolderMember.EXCEPTIONS_UNKNOWN.member(), "index", "index, rawCode, detail", unknown,
          CodeBlock.of("return new $T($S, rawCode, detail);\n", names.catalogException(), domain.name()))
          .forEach(holder::addMethod);
    }
    return holder.build();
  }

  private TypeSpec codeTexts() {
    String texts = HolderMember.CODE_TEXTS.member();
    return holder(Holder.CODE_TEXTS, 0, "Each code's value as text, for {@code codeText()}.")
        .addField(FieldSpec.builder(String[].class, texts, Modifier.STATIC, Modifier.FINAL)
            .initializer("new $T[$L]", String.class, count).build())
        .addStaticBlock(CodeBlock.builder()
            .beginControlFlow("for (int i = 0; i < $N.length; i++)", texts)
            .addStatement("$N[i] = $L", texts, calls.call(TablesMethod.CODE_TEXT,
                CodeBlock.of("$L[i]", HolderMember.INDEX_CODES.in(domain, self)),
                calls.codeFormat(domain.codeFormat())))
            .endControlFlow()
            .build())
        .build();
  }

  private TypeSpec names() {
    List<String> codeNames = domain.codes().stream().map(CodePlan::constant).toList();
    String names = HolderMember.NAMES.member();
    String shift = HolderMember.NAMES_SHIFT.member();
    return holder(Holder.NAMES, 0, "Each code's canonical name, and a hash table of them for {@code valueOf}.")
        .addField(packed(String[].class, names, TablesMethod.STRINGS, Packed.strings(codeNames)))
        .addField(FieldSpec.builder(int.class, shift, Modifier.STATIC, Modifier.FINAL)
            .initializer(calls.call(TablesMethod.SHIFT, count)).build())
        .addField(FieldSpec.builder(int[].class, HolderMember.NAMES_TABLE.member(), Modifier.STATIC, Modifier.FINAL)
            .initializer(calls.call(TablesMethod.STRING_INDEX, names, shift)).build())
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
    TypeSpec.Builder holder = holder(Holder.RANGES, 0, "Each code's range, and the ranges of raw values.", true);
    int[] ofCode = domain.codes().stream().mapToInt(code -> code.range().orElse(-1) + 1).toArray();
    // Fields private, methods package-private: the handler's onUnknown calls unknown(), nothing can change a table.
    holder.addField(FieldSpec.builder(ArrayTypeName.of(rangeType), "ALL", Modifier.PRIVATE, Modifier.STATIC,
            Modifier.FINAL).initializer("$T.values()", rangeType).build())
        .addField(FieldSpec.builder(int[].class, "OF_CODE", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("Each code's range ordinal + 1; 0 when it is in none.\n")
            .initializer(calls.call(TablesMethod.INTS, Packed.array(Packed.ints(ofCode)), count)).build())
        .addMethod(MethodSpec.methodBuilder(HolderMember.RANGES_OF_CODE.member())
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
      List<RangePlan> byStart = new ArrayList<>(ranges.stream().filter(range -> range.range().mask().isEmpty()).toList());
      byStart.sort(Comparator.comparingInt(range -> range.range().from()));
      List<RangePlan> byMask = ranges.stream().filter(range -> range.range().mask().isPresent()).toList();
      holder.addField(FieldSpec.builder(int[].class, "FROM", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
              .addJavadoc("The ranges' first values, ascending; {@code TO} their last, {@code BY_START} their ordinals.\n")
              .initializer(calls.call(TablesMethod.INTS, Packed.array(Packed.ints(byStart.stream()
                  .mapToInt(range -> range.range().from()).toArray())), byStart.size())).build())
          .addField(FieldSpec.builder(int[].class, "TO", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
              .initializer(calls.call(TablesMethod.INTS, Packed.array(Packed.ints(byStart.stream()
                  .mapToInt(range -> range.range().to()).toArray())), byStart.size())).build())
          .addField(FieldSpec.builder(int[].class, "BY_START", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
              .initializer(calls.call(TablesMethod.INTS, Packed.array(Packed.ints(byStart.stream()
                  .mapToInt(RangePlan::index).toArray())), byStart.size())).build());
      MethodSpec.Builder of = MethodSpec.methodBuilder(HolderMember.RANGES_OF.member())
          .addModifiers(Modifier.STATIC)
          .returns(rangeType)
          .addParameter(int.class, "value")
          .addStatement("int found = $L", calls.call(TablesMethod.RANGE_INDEX, "FROM", "TO", "value"));
      if (byMask.isEmpty()) {
        of.addStatement("return found < 0 ? null : ALL[BY_START[found]]");
      } else {
        // Mask ranges hold codes spread over the ints: tried one by one after the bounds (none overlap).
        holder.addField(FieldSpec.builder(int[].class, "MASKS", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The mask ranges' masks; {@code VALUES} their values, {@code BY_MASK} their ordinals.\n")
                .initializer(calls.call(TablesMethod.INTS, Packed.array(Packed.ints(byMask.stream()
                    .mapToInt(range -> range.range().mask().orElseThrow().mask()).toArray())), byMask.size())).build())
            .addField(FieldSpec.builder(int[].class, "VALUES", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer(calls.call(TablesMethod.INTS, Packed.array(Packed.ints(byMask.stream()
                    .mapToInt(range -> range.range().mask().orElseThrow().value()).toArray())), byMask.size())).build())
            .addField(FieldSpec.builder(int[].class, "BY_MASK", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer(calls.call(TablesMethod.INTS, Packed.array(Packed.ints(byMask.stream()
                    .mapToInt(RangePlan::index).toArray())), byMask.size())).build());
        of.beginControlFlow("if (found >= 0)")
            .addStatement("return ALL[BY_START[found]]")
            .endControlFlow()
            .addStatement("found = $L", calls.call(TablesMethod.MASK_INDEX, "MASKS", "VALUES", "value"))
            .addStatement("return found < 0 ? null : ALL[BY_MASK[found]]");
      }
      holder.addMethod(of.build())
          .addMethod(MethodSpec.methodBuilder(HolderMember.RANGES_UNKNOWN.member())
              .addModifiers(Modifier.STATIC)
              .returns(names.catalogException())
              .addParameter(String.class, "rawCode")
              .addParameter(String.class, "detail")
              .addJavadoc("The exception for a raw value the catalog does not list: its range's, if that has one.\n")
              .addStatement("long value = $L", calls.call(TablesMethod.PARSE_INT, "rawCode"))
              .addStatement("$T range = value == $T.MIN_VALUE ? null : of((int) value)", rangeType, Long.class)
              .addCode(unknownReturn(rangeType))
              .build());
    } else {
      holder.addField(FieldSpec.builder(String[].class, "PREFIXES", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
              .initializer(calls.call(TablesMethod.STRINGS, Packed.array(Packed.strings(ranges.stream()
                  .map(range -> range.range().prefix().orElseThrow()).toList())), ranges.size())).build())
          .addMethod(MethodSpec.methodBuilder(HolderMember.RANGES_OF.member())
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
          .addMethod(MethodSpec.methodBuilder(HolderMember.RANGES_UNKNOWN.member())
              .addModifiers(Modifier.STATIC)
              .returns(names.catalogException())
              .addParameter(String.class, "rawCode")
              .addParameter(String.class, "detail")
              .addJavadoc("The exception for a raw value the catalog does not list: its range's, if that has one.\n")
              .addStatement("$T range = rawCode == null ? null : of(rawCode.trim())", rangeType)
              .addStatement("rawCode = $T.valueOf(rawCode)", String.class)
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
    return CodeBlock.of("return $L(range == null ? 0 : EXCEPTIONS[range.ordinal()], rawCode, detail);\n",
        HolderMember.EXCEPTIONS_UNKNOWN.in(domain, self));
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
    List<Object> values = set.stream().map(code -> code.attributes().get(index).value()).toList();
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
    return holder(Holder.ATTRIBUTES, index, "Each code's {@code " + attribute.attribute().name().name()
        + "}, by ordinal.")
        .addField(FieldSpec.builder(ArrayTypeName.of(attributeType(attribute)), HolderMember.ATTRIBUTE_VALUES.member(),
            Modifier.STATIC, Modifier.FINAL).initializer(spread).build())
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
      List<Param> params = code.params();
      packed.add(params.isEmpty() ? null : String.join("", params.stream().map(p -> p.name().name() + ",").toList()));
    }
    TypeName lists = ParameterizedTypeName.get(ClassName.get(List.class),
        ParameterizedTypeName.get(List.class, String.class));
    return holder(Holder.PARAMS, 0, "Each code's parameter names, in argument order.")
        .addField(FieldSpec.builder(lists, HolderMember.PARAMS_LISTS.member(), Modifier.STATIC, Modifier.FINAL)
            .initializer(calls.call(TablesMethod.PARAM_LISTS, Packed.array(Packed.strings(packed)), count)).build())
        .build();
  }

  private TypeSpec.Builder holder(Holder kind, int index, String doc) {
    return holder(kind, index, doc, false);
  }

  private TypeSpec.Builder holder(Holder kind, int index, String doc, boolean packagePrivate) {
    TypeSpec.Builder holder = TypeSpec.classBuilder(HolderMember.type(self, kind, index));
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
