package dev.codebook.processor.generate;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.codebook.processor.model.Range;
import dev.codebook.processor.plan.DomainPlan;
import dev.codebook.processor.plan.RangePlan;
import dev.codebook.processor.runtime.TablesMethod;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Generates {@code <Domain>Range}: an enum with a constant per range of the domain, in catalog order,
 * with its kind, title and bounds (or prefix). Its data sits in a table, like the code types', so the
 * enum stays small whatever the number of ranges.
 */
public final class RangeTypeGenerator {
  private RangeTypeGenerator() {}

  public static JavaFile generate(GenerationContext context, DomainPlan domain) {
    ClassName self = context.names().rangeType(domain);
    TablesCalls calls = new TablesCalls(context.names().tables());
    ClassName kind = context.names().kind();
    Nullness n = context.nullness();
    List<RangePlan> ranges = domain.ranges();
    int count = ranges.size();
    TypeSpec.Builder type = TypeSpec.enumBuilder(self)
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("The ranges of domain {@code $L}: blocks of codes, listed in the catalog or not.\n", domain.name())
        .addJavadoc("\n<p>{@link $T#rangeOf} finds the range of a raw value; {@link $T#range()} that of a code.\n",
            context.names().codeType(domain), context.names().codeType(domain));
    for (RangePlan range : ranges) {
      Range r = range.range();
      TypeSpec.Builder constant = TypeSpec.anonymousClassBuilder("")
          .addJavadoc("$L$L.\n", r.title().map(title -> JavadocText.html(title) + ": ").orElse(""), extent(domain, r));
      type.addEnumConstant(range.constant(), constant.build());
    }
    type.addMethod(MethodSpec.methodBuilder("kind")
        .addModifiers(Modifier.PUBLIC)
        .returns(n.nullable(kind))
        .addJavadoc("@return the kind of the range's codes that give none, or {@code null} when the range sets none\n")
        .addStatement("return Data$$.KINDS[ordinal()]")
        .build());
    type.addMethod(MethodSpec.methodBuilder("title")
        .addModifiers(Modifier.PUBLIC)
        .returns(n.nullable(String.class))
        .addJavadoc("@return the range's title, or {@code null}\n")
        .addStatement("return Data$$.TITLES[ordinal()]")
        .build());
    TypeSpec.Builder data = TypeSpec.classBuilder("Data$")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("Each range's kind, title and bounds. Loaded on first use.\n")
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addField(FieldSpec.builder(ArrayTypeName.of(kind), "KINDS", Modifier.STATIC, Modifier.FINAL)
            .initializer(calls.call(TablesMethod.KINDS, CodeBlock.of("$T.values()", kind), Packed.array(Packed.ints(ranges.stream()
                .mapToInt(range -> range.range().kind().map(k -> k.ordinal() + 1).orElse(0)).toArray())), count))
            .build())
        .addField(FieldSpec.builder(String[].class, "TITLES", Modifier.STATIC, Modifier.FINAL)
            .initializer(calls.call(TablesMethod.STRINGS, Packed.array(Packed.strings(ranges.stream()
                .map(range -> range.range().title().orElse(null)).toList())), count))
            .build());
    if (domain.intCodes()) {
      masks(type, data, domain, calls);
      for (String bound : List.of("from", "to")) {
        int[] values = ranges.stream().mapToInt(range -> bound.equals("from") ? range.range().from()
            : range.range().to()).toArray();
        String field = bound.toUpperCase(java.util.Locale.ROOT);
        data.addField(FieldSpec.builder(int[].class, field, Modifier.STATIC, Modifier.FINAL)
            .initializer(calls.call(TablesMethod.INTS, Packed.array(Packed.ints(values)), count)).build());
        type.addMethod(MethodSpec.methodBuilder(bound)
            .addModifiers(Modifier.PUBLIC)
            .returns(TypeName.INT)
            .addJavadoc("@return the range's $L value, inclusive; of a mask range, its $L code\n",
                bound.equals("from") ? "first" : "last", bound.equals("from") ? "lowest" : "highest")
            .addStatement("return Data$$.$L[ordinal()]", field)
            .build());
      }
      type.addMethod(MethodSpec.methodBuilder("prefix")
          .addModifiers(Modifier.PUBLIC)
          .returns(n.nullable(String.class))
          .addJavadoc("@return {@code null}: the ranges of an int domain have bounds, not prefixes\n")
          .addStatement("return null")
          .build());
    } else {
      data.addField(FieldSpec.builder(String[].class, "PREFIXES", Modifier.STATIC, Modifier.FINAL)
          .initializer(calls.call(TablesMethod.STRINGS, Packed.array(Packed.strings(ranges.stream()
              .map(range -> range.range().prefix().orElseThrow()).toList())), count))
          .build());
      type.addMethod(MethodSpec.methodBuilder("prefix")
          .addModifiers(Modifier.PUBLIC)
          .returns(n.nonNull(String.class))
          .addJavadoc("@return the start that every code of the range has\n")
          .addStatement("return Data$$.PREFIXES[ordinal()]")
          .build());
    }
    type.addType(data.build());
    return context.file(type);
  }

  /** {@code byMask()}, {@code mask()} and {@code value()} of an int domain's ranges. */
  private static void masks(TypeSpec.Builder type, TypeSpec.Builder data, DomainPlan domain, TablesCalls calls) {
    List<RangePlan> ranges = domain.ranges();
    for (String field : List.of("MASKS", "VALUES")) {
      data.addField(FieldSpec.builder(int[].class, field, Modifier.STATIC, Modifier.FINAL)
          .initializer(calls.call(TablesMethod.INTS, Packed.array(Packed.ints(ranges.stream()
              .mapToInt(range -> range.range().mask().map(bits -> field.equals("MASKS") ? bits.mask() : bits.value())
                  .orElse(0)).toArray())), ranges.size())).build());
    }
    type.addMethod(MethodSpec.methodBuilder("byMask")
        .addModifiers(Modifier.PUBLIC)
        .returns(TypeName.BOOLEAN)
        .addJavadoc("@return whether the range is given by {@code mask} and {@code value} (it holds a code when"
            + " {@code (code & mask()) == value()}), not by {@code from} and {@code to}\n")
        .addStatement("return Data$$.MASKS[ordinal()] != 0")
        .build());
    type.addMethod(MethodSpec.methodBuilder("mask")
        .addModifiers(Modifier.PUBLIC)
        .returns(TypeName.INT)
        .addJavadoc("@return the bits that decide whether a code is in a mask range; 0 for a range of bounds\n")
        .addStatement("return Data$$.MASKS[ordinal()]")
        .build());
    type.addMethod(MethodSpec.methodBuilder("value")
        .addModifiers(Modifier.PUBLIC)
        .returns(TypeName.INT)
        .addJavadoc("@return what those bits are in every code of a mask range; 0 for a range of bounds\n")
        .addStatement("return Data$$.VALUES[ordinal()]")
        .build());
  }

  /**
   * {@code 400 to 499}, {@code 0x80070000 to 0x8007FFFF}, {@code codes with (code & 0xFF) == 0xA}, or
   * {@code codes starting with 23}.
   */
  static String extent(DomainPlan domain, Range range) {
    return range.prefix().map(prefix -> "codes starting with " + JavadocText.code(prefix))
        .or(() -> range.mask().map(bits -> "codes with " + JavadocText.code(bits.describe())))
        .orElse("codes " + domain.codeFormat().format(range.from()) + " to " + domain.codeFormat().format(range.to()));
  }


}
