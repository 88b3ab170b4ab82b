package dev.codebook.processor.generate;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReferenceArray;
import javax.lang.model.element.Modifier;

/**
 * Generates {@code <Catalog>Tables}, the package-private helper that every code type of the catalog
 * shares: it decodes the {@link Packed} tables, finds codes in open-addressing hash tables, holds one
 * language's texts (decoded {@value #CHUNK} codes at a time, on first use), and matches a {@code Locale}
 * to the catalog's languages ({@link LocaleMatching}). Its code is the same size whatever the catalog;
 * only the language data comes from the catalog.
 */
public final class TablesGenerator {
  /** Codes per chunk of texts decoded at once: a power of two. */
  static final int CHUNK = 256;

  private static final int CHUNK_SHIFT = Integer.numberOfTrailingZeros(CHUNK);

  /** Fibonacci hashing: the golden ratio's 32-bit fraction spreads consecutive codes over the table. */
  private static final String GOLDEN = "0x9E3779B9";

  private final GenerationContext context;
  private final ClassName self;
  private final ClassName texts;

  private TablesGenerator(GenerationContext context) {
    this.context = context;
    this.self = context.names().tables();
    this.texts = self.nestedClass("Texts");
  }

  public static JavaFile generate(GenerationContext context) {
    return new TablesGenerator(context).generate();
  }

  private JavaFile generate() {
    TypeSpec.Builder type = TypeSpec.classBuilder(self)
        .addModifiers(Modifier.FINAL)
        .addJavadoc("Tables and texts of catalog {@code $L}, decoded from compact string constants on first use.\n",
            context.plan().name())
        .addJavadoc("\n<p>Internal to the generated code of this package: its methods may change with any version"
            + " of Codebook.\n")
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    addIntDecoding(type);
    addStringDecoding(type);
    addKinds(type);
    addIntIndex(type);
    addStringIndex(type);
    addTemplates(type);
    addAttributesAndRanges(type);
    LocaleMatching.addTo(type, context);
    type.addType(textsType());
    return context.file(type);
  }

  private void addIntDecoding(TypeSpec.Builder type) {
    type.addMethod(MethodSpec.methodBuilder("longs")
        .addModifiers(Modifier.STATIC)
        .returns(long[].class)
        .addParameter(String[].class, "parts")
        .addParameter(int.class, "count")
        .addJavadoc("Decodes {@code count} packed longs: zigzag values in 5-bit groups from the lowest, each"
            + " {@code '0' + bits}, plus 32 when a group follows.\n")
        .addStatement("long[] values = new long[count]")
        .addStatement("decode(parts, values, null)")
        .addStatement("return values")
        .build());
    type.addMethod(MethodSpec.methodBuilder("ints")
        .addModifiers(Modifier.STATIC)
        .returns(int[].class)
        .addParameter(String[].class, "parts")
        .addParameter(int.class, "count")
        .addJavadoc("Decodes {@code count} packed ints: packed as {@link #longs}, each the difference to the one"
            + " before.\n")
        .addStatement("int[] values = new int[count]")
        .addStatement("decode(parts, null, values)")
        .addStatement("return values")
        .build());
    // One loop for both, over a char[] rather than charAt: tables decode once, mostly before the JIT
    // has compiled anything, where each interpreted charAt is several calls.
    type.addMethod(MethodSpec.methodBuilder("decode")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addParameter(String[].class, "parts")
        .addParameter(long[].class, "longs")
        .addParameter(int[].class, "ints")
        .addJavadoc("Decodes packed values into {@code longs}, or, when it is null, their running sums into"
            + " {@code ints}.\n")
        .addStatement("int n = 0")
        .addStatement("long sum = 0")
        .beginControlFlow("for ($T part : parts)", String.class)
        .addStatement("char[] chars = part.toCharArray()")
        .addStatement("int i = 0")
        .beginControlFlow("while (i < chars.length)")
        .addStatement("long zigzag = 0")
        .addStatement("int shift = 0")
        .addStatement("int digit")
        .beginControlFlow("do")
        .addStatement("digit = chars[i++] - '0'")
        .addStatement("zigzag |= (long) (digit & 31) << shift")
        .addStatement("shift += 5")
        .endControlFlow("while ((digit & 32) != 0)")
        .addStatement("long value = (zigzag >>> 1) ^ -(zigzag & 1)")
        .beginControlFlow("if (longs != null)")
        .addStatement("longs[n++] = value")
        .nextControlFlow("else")
        .addStatement("sum += value")
        .addStatement("ints[n++] = (int) sum")
        .endControlFlow()
        .endControlFlow()
        .endControlFlow()
        .build());
  }

  private void addStringDecoding(TypeSpec.Builder type) {
    type.addMethod(MethodSpec.methodBuilder("strings")
        .addModifiers(Modifier.STATIC)
        .returns(String[].class)
        .addParameter(String[].class, "parts")
        .addParameter(int.class, "count")
        .addJavadoc("Decodes {@code count} packed strings, each ended by U+0001; U+0002 alone is {@code null}.\n")
        .addStatement("return split(join(parts, 0, Integer.MAX_VALUE), 0, count)")
        .build());
    type.addMethod(MethodSpec.methodBuilder("split")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(String[].class)
        .addParameter(String.class, "packed")
        .addParameter(int.class, "from")
        .addParameter(int.class, "count")
        .addJavadoc("The {@code count} packed strings from character {@code from} of {@code packed} on.\n")
        .addStatement("$T[] values = new $T[count]", String.class, String.class)
        .addStatement("int start = from")
        .beginControlFlow("for (int i = 0; i < count; i++)")
        .addStatement("int end = packed.indexOf('\\u0001', start)")
        .addStatement("values[i] = end == start + 1 && packed.charAt(start) == '\\u0002' ? null"
            + " : packed.substring(start, end)")
        .addStatement("start = end + 1")
        .endControlFlow()
        .addStatement("return values")
        .build());
    type.addMethod(MethodSpec.methodBuilder("join")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(String.class)
        .addParameter(String[].class, "parts")
        .addParameter(int.class, "from")
        .addParameter(int.class, "to")
        .addJavadoc("Characters {@code from} (inclusive) to {@code to} (exclusive) of the parts joined.\n")
        .beginControlFlow("if (parts.length == 1)")
        .addStatement("$T part = parts[0]", String.class)
        .addStatement("return part.substring(from, Math.min(to, part.length()))")
        .endControlFlow()
        .addStatement("$T joined = new $T()", StringBuilder.class, StringBuilder.class)
        .addStatement("int offset = 0")
        .beginControlFlow("for ($T part : parts)", String.class)
        .addStatement("int start = Math.max(from - offset, 0)")
        .addStatement("int end = (int) Math.min((long) to - offset, part.length())")
        .beginControlFlow("if (start < end)")
        .addStatement("joined.append(part, start, end)")
        .endControlFlow()
        .addStatement("offset += part.length()")
        .endControlFlow()
        .addStatement("return joined.toString()")
        .build());
  }

  private void addKinds(TypeSpec.Builder type) {
    ClassName kind = context.names().kind();
    type.addMethod(MethodSpec.methodBuilder("kinds")
        .addModifiers(Modifier.STATIC)
        .returns(ArrayTypeName.of(kind))
        .addParameter(String[].class, "parts")
        .addParameter(int.class, "count")
        .addJavadoc("Decodes {@code count} kinds, packed as the ordinals of {@link $T} plus 1; 0 is {@code null}.\n",
            kind)
        .addStatement("$T[] all = $T.values()", kind, kind)
        .addStatement("int[] ordinals = ints(parts, count)")
        .addStatement("$T[] kinds = new $T[count]", kind, kind)
        .beginControlFlow("for (int i = 0; i < count; i++)")
        .addStatement("kinds[i] = ordinals[i] == 0 ? null : all[ordinals[i] - 1]")
        .endControlFlow()
        .addStatement("return kinds")
        .build());
  }

  private void addIntIndex(TypeSpec.Builder type) {
    type.addMethod(MethodSpec.methodBuilder("shift")
        .addModifiers(Modifier.STATIC)
        .returns(int.class)
        .addParameter(int.class, "count")
        .addJavadoc("The hash shift for {@code count} keys: a table of the smallest power of two of slots that keeps"
            + " at most half of them full, so that most lookups probe one slot (measured: at two thirds full,"
            + " 30% of lookups of 20,000 codes probed more than one, and took twice as long).\n")
        .addStatement("int bits = 1")
        .beginControlFlow("while ((1 << bits) < 2 * count)")
        .addStatement("bits++")
        .endControlFlow()
        .addStatement("return 32 - bits")
        .build());
    type.addMethod(MethodSpec.methodBuilder("intIndex")
        .addModifiers(Modifier.STATIC)
        .returns(int[].class)
        .addParameter(int[].class, "codes")
        .addParameter(int.class, "shift")
        .addJavadoc("An open-addressing table of {@code codes}: slot {@code i} is {@code [2i]} the code and"
            + " {@code [2i + 1]} its ordinal + 1, 0 when empty; one cache line per probe.\n")
        // Filled once, in the interpreter: each code read once, its slot kept as an index into the table.
        .addStatement("int[] table = new int[2 << (32 - shift)]")
        .addStatement("int mask = table.length - 1")
        .beginControlFlow("for (int ordinal = 0; ordinal < codes.length; ordinal++)")
        .addStatement("int code = codes[ordinal]")
        .addStatement("int at = ((code * $L) >>> shift) << 1", GOLDEN)
        .beginControlFlow("while (table[at + 1] != 0)")
        .addStatement("at = (at + 2) & mask")
        .endControlFlow()
        .addStatement("table[at] = code")
        .addStatement("table[at + 1] = ordinal + 1")
        .endControlFlow()
        .addStatement("return table")
        .build());
    type.addMethod(MethodSpec.methodBuilder("find")
        .addModifiers(Modifier.STATIC)
        .returns(int.class)
        .addParameter(int[].class, "table")
        .addParameter(int.class, "shift")
        .addParameter(int.class, "code")
        .addJavadoc("The ordinal of {@code code} in a table from {@link #intIndex}, or -1.\n")
        .addStatement("int mask = (1 << (32 - shift)) - 1")
        .addStatement("int slot = (code * $L) >>> shift", GOLDEN)
        .beginControlFlow("while (true)")
        .addStatement("int ordinal = table[2 * slot + 1]")
        .beginControlFlow("if (ordinal == 0)")
        .addStatement("return -1")
        .endControlFlow()
        .beginControlFlow("if (table[2 * slot] == code)")
        .addStatement("return ordinal - 1")
        .endControlFlow()
        .addStatement("slot = (slot + 1) & mask")
        .endControlFlow()
        .build());
  }

  private void addStringIndex(TypeSpec.Builder type) {
    type.addMethod(MethodSpec.methodBuilder("stringIndex")
        .addModifiers(Modifier.STATIC)
        .returns(int[].class)
        .addParameter(String[].class, "codes")
        .addParameter(int.class, "shift")
        .addJavadoc("An open-addressing table of {@code codes} by hash code: each slot the ordinal + 1, 0 when empty.\n")
        .addStatement("int[] table = new int[1 << (32 - shift)]")
        .addStatement("int mask = table.length - 1")
        .beginControlFlow("for (int ordinal = 0; ordinal < codes.length; ordinal++)")
        .addStatement("int slot = (codes[ordinal].hashCode() * $L) >>> shift", GOLDEN)
        .beginControlFlow("while (table[slot] != 0)")
        .addStatement("slot = (slot + 1) & mask")
        .endControlFlow()
        .addStatement("table[slot] = ordinal + 1")
        .endControlFlow()
        .addStatement("return table")
        .build());
    type.addMethod(MethodSpec.methodBuilder("find")
        .addModifiers(Modifier.STATIC)
        .returns(int.class)
        .addParameter(int[].class, "table")
        .addParameter(int.class, "shift")
        .addParameter(String[].class, "codes")
        .addParameter(String.class, "code")
        .addJavadoc("The ordinal of {@code code} among {@code codes}, indexed by {@link #stringIndex}, or -1.\n")
        .addStatement("int mask = table.length - 1")
        .addStatement("int slot = (code.hashCode() * $L) >>> shift", GOLDEN)
        .beginControlFlow("while (true)")
        .addStatement("int ordinal = table[slot]")
        .beginControlFlow("if (ordinal == 0)")
        .addStatement("return -1")
        .endControlFlow()
        .beginControlFlow("if (codes[ordinal - 1].equals(code))")
        .addStatement("return ordinal - 1")
        .endControlFlow()
        .addStatement("slot = (slot + 1) & mask")
        .endControlFlow()
        .build());
    type.addMethod(MethodSpec.methodBuilder("parseInt")
        .addModifiers(Modifier.STATIC)
        .returns(long.class)
        .addParameter(String.class, "text")
        .addJavadoc("An int code received as text, as an {@code int}, or {@link Long#MIN_VALUE} when it is none;"
            + " allocates nothing. Blanks around it are ignored; decimal with an optional sign and leading zeros,"
            + " or {@code 0x}/{@code 0X} and 1 to 8 hex digits, above {@code 0x7FFFFFFF} wrapping to a negative"
            + " {@code int}.\n")
        .beginControlFlow("if (text == null)")
        .addStatement("return Long.MIN_VALUE")
        .endControlFlow()
        .addStatement("int start = 0")
        .addStatement("int end = text.length()")
        .beginControlFlow("while (start < end && text.charAt(start) <= ' ')")
        .addStatement("start++")
        .endControlFlow()
        .beginControlFlow("while (end > start && text.charAt(end - 1) <= ' ')")
        .addStatement("end--")
        .endControlFlow()
        .beginControlFlow("if (end - start > 2 && text.charAt(start) == '0'"
            + " && (text.charAt(start + 1) == 'x' || text.charAt(start + 1) == 'X'))")
        .beginControlFlow("if (end - start > 10)")
        .addStatement("return Long.MIN_VALUE")
        .endControlFlow()
        .addStatement("long hex = 0")
        .beginControlFlow("for (int i = start + 2; i < end; i++)")
        .addStatement("char c = text.charAt(i)")
        .addStatement("int digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10"
            + " : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1")
        .beginControlFlow("if (digit < 0)")
        .addStatement("return Long.MIN_VALUE")
        .endControlFlow()
        .addStatement("hex = hex * 16 + digit")
        .endControlFlow()
        .addStatement("return (int) hex")
        .endControlFlow()
        .addStatement("boolean negative = start < end && text.charAt(start) == '-'")
        .beginControlFlow("if (negative || (start < end && text.charAt(start) == '+'))")
        .addStatement("start++")
        .endControlFlow()
        .beginControlFlow("if (start == end)")
        .addStatement("return Long.MIN_VALUE")
        .endControlFlow()
        .addStatement("long value = 0")
        .beginControlFlow("for (int i = start; i < end; i++)")
        .addStatement("char digit = text.charAt(i)")
        .beginControlFlow("if (digit < '0' || digit > '9')")
        .addStatement("return Long.MIN_VALUE")
        .endControlFlow()
        .addStatement("value = value * 10 + (digit - '0')")
        .beginControlFlow("if (value > 2147483648L)")
        .addStatement("return Long.MIN_VALUE")
        .endControlFlow()
        .endControlFlow()
        .addStatement("value = negative ? -value : value")
        .addStatement("return value > Integer.MAX_VALUE ? Long.MIN_VALUE : value")
        .build());
    type.addMethod(MethodSpec.methodBuilder("codeText")
        .addModifiers(Modifier.STATIC)
        .returns(String.class)
        .addParameter(int.class, "code")
        .addParameter(boolean.class, "hex")
        .addJavadoc("An int code as its domain writes it: decimal, or {@code 0x} and eight upper-case hex digits.\n")
        .beginControlFlow("if (!hex)")
        .addStatement("return Integer.toString(code)")
        .endControlFlow()
        .addStatement("$T digits = Integer.toHexString(code).toUpperCase($T.ROOT)", String.class, Locale.class)
        .addStatement("return \"0x00000000\".substring(0, 10 - digits.length()) + digits")
        .build());
  }

  /** {@code fill}, {@code format} and {@code paramLists}: messages with parameters, filled in by plain string building. */
  private void addTemplates(TypeSpec.Builder type) {
    ClassName list = ClassName.get(java.util.List.class);
    TypeName strings = ParameterizedTypeName.get(list, ClassName.get(String.class));
    type.addMethod(MethodSpec.methodBuilder("fill")
        .addModifiers(Modifier.STATIC)
        .returns(String.class)
        .addParameter(String.class, "template")
        .addParameter(strings, "params")
        .addParameter(Object[].class, "args")
        .addJavadoc("{@code template} with each {@code {name}} replaced by {@code String.valueOf} of the argument at the"
            + " parameter's position, and {@code {{}/{@code }}} by single braces; a placeholder without an argument"
            + " stays as written.\n")
        .beginControlFlow("if (template == null)")
        .addStatement("return null")
        .endControlFlow()
        .beginControlFlow("if (template.indexOf('{') < 0 && template.indexOf('}') < 0)")
        .addStatement("return template")
        .endControlFlow()
        .addStatement("$T out = new $T(template.length() + 16)", StringBuilder.class, StringBuilder.class)
        .addStatement("int i = 0")
        .beginControlFlow("while (i < template.length())")
        .addStatement("char c = template.charAt(i)")
        .beginControlFlow("if ((c == '{' || c == '}') && i + 1 < template.length() && template.charAt(i + 1) == c)")
        .addStatement("out.append(c)")
        .addStatement("i += 2")
        .addStatement("continue")
        .endControlFlow()
        .beginControlFlow("if (c == '{')")
        .addStatement("int end = template.indexOf('}', i)")
        .addStatement("int position = end < 0 ? -1 : params.indexOf(template.substring(i + 1, end))")
        .beginControlFlow("if (position >= 0 && position < args.length)")
        .addStatement("out.append(String.valueOf(args[position]))")
        .addStatement("i = end + 1")
        .addStatement("continue")
        .endControlFlow()
        .endControlFlow()
        .addStatement("out.append(c)")
        .addStatement("i++")
        .endControlFlow()
        .addStatement("return out.toString()")
        .build());
    type.addMethod(MethodSpec.methodBuilder("format")
        .addModifiers(Modifier.STATIC)
        .returns(String.class)
        .addParameter(context.names().codeInterface(), "code")
        .addParameter(String.class, "template")
        .addParameter(Object[].class, "args")
        .addJavadoc("{@code template} filled in with {@code args}, which must be as many as the code's parameters.\n")
        .addStatement("$T params = code.params()", strings)
        .addStatement("int count = args == null ? 0 : args.length")
        .beginControlFlow("if (count != params.size())")
        .addStatement("throw new $T(code.domain() + ' ' + code.codeText() + ' ' + code.name() + \" takes \""
            + " + params.size() + (params.size() == 1 ? \" argument\" : \" arguments\")"
            + " + (params.isEmpty() ? \"\" : \" \" + params) + \", not \" + count)", IllegalArgumentException.class)
        .endControlFlow()
        .addStatement("return fill(template, params, args == null ? new Object[0] : args)")
        .build());
    type.addMethod(MethodSpec.methodBuilder("paramLists")
        .addModifiers(Modifier.STATIC)
        .returns(ParameterizedTypeName.get(list, strings))
        .addParameter(String[].class, "parts")
        .addParameter(int.class, "count")
        .addJavadoc("Each code's parameter names, decoded from packed strings of names ended by commas; empty lists"
            + " where a code has none, all of them unmodifiable.\n")
        .addStatement("$T[] packed = strings(parts, count)", String.class)
        .addStatement("$T lists = new $T<$T>(count)", ParameterizedTypeName.get(list, strings),
            java.util.ArrayList.class, strings)
        .beginControlFlow("for ($T names : packed)", String.class)
        .beginControlFlow("if (names == null)")
        .addStatement("lists.add($T.<$T>emptyList())", java.util.Collections.class, String.class)
        .addStatement("continue")
        .endControlFlow()
        .addStatement("$T list = new $T<$T>()", strings, java.util.ArrayList.class, String.class)
        .addStatement("int start = 0")
        .beginControlFlow("for (int end = names.indexOf(',', start); end >= 0; end = names.indexOf(',', start))")
        .addStatement("list.add(names.substring(start, end))")
        .addStatement("start = end + 1")
        .endControlFlow()
        .addStatement("lists.add($T.unmodifiableList(list))", java.util.Collections.class)
        .endControlFlow()
        .addStatement("return lists")
        .build());
  }

  /** {@code booleans} and {@code rangeIndex}: for attributes and ranges. */
  private void addAttributesAndRanges(TypeSpec.Builder type) {
    type.addMethod(MethodSpec.methodBuilder("booleans")
        .addModifiers(Modifier.STATIC)
        .returns(boolean[].class)
        .addParameter(String[].class, "parts")
        .addParameter(int.class, "count")
        .addJavadoc("Decodes {@code count} booleans, packed as ints 0 and 1.\n")
        .addStatement("int[] ints = ints(parts, count)")
        .addStatement("boolean[] values = new boolean[count]")
        .beginControlFlow("for (int i = 0; i < count; i++)")
        .addStatement("values[i] = ints[i] != 0")
        .endControlFlow()
        .addStatement("return values")
        .build());
    addSpread(type, TypeName.get(String.class), "spreadStrings", "fallback != null");
    addSpread(type, TypeName.INT, "spreadInts", "fallback != 0");
    addSpread(type, TypeName.LONG, "spreadLongs", "fallback != 0");
    addSpread(type, TypeName.BOOLEAN, "spreadBooleans", "fallback");
    type.addMethod(MethodSpec.methodBuilder("rangeIndex")
        .addModifiers(Modifier.STATIC)
        .returns(int.class)
        .addParameter(int[].class, "from")
        .addParameter(int[].class, "to")
        .addParameter(int.class, "value")
        .addJavadoc("The index of the range holding {@code value} among ranges sorted by {@code from}, or -1:"
            + " a binary search, as ranges do not overlap.\n")
        .addStatement("int low = 0")
        .addStatement("int high = from.length - 1")
        .addStatement("int found = -1")
        .beginControlFlow("while (low <= high)")
        .addStatement("int middle = (low + high) >>> 1")
        .beginControlFlow("if (from[middle] <= value)")
        .addStatement("found = middle")
        .addStatement("low = middle + 1")
        .nextControlFlow("else")
        .addStatement("high = middle - 1")
        .endControlFlow()
        .endControlFlow()
        .addStatement("return found >= 0 && value <= to[found] ? found : -1")
        .build());
  }

  /**
   * {@code spreadInts(count, fallback, ordinals, values)}: an attribute's value for each of {@code count}
   * codes by ordinal, {@code fallback} but where {@code ordinals} say otherwise. One method per Java type
   * serves every attribute holder, whatever the number of attributes.
   */
  private static void addSpread(TypeSpec.Builder type, TypeName element, String name, String notDefault) {
    ArrayTypeName array = ArrayTypeName.of(element);
    type.addMethod(MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.STATIC)
        .returns(array)
        .addParameter(int.class, "count")
        .addParameter(element, "fallback")
        .addParameter(int[].class, "ordinals")
        .addParameter(array, "values")
        .addJavadoc("Values by ordinal for {@code count} codes: {@code values[i]} for code {@code ordinals[i]},"
            + " {@code fallback} for the others.\n")
        .addStatement("$T all = new $T[count]", array, element)
        .beginControlFlow("if ($L)", notDefault)
        .addStatement("$T.fill(all, fallback)", Arrays.class)
        .endControlFlow()
        .beginControlFlow("for (int i = 0; i < ordinals.length; i++)")
        .addStatement("all[ordinals[i]] = values[i]")
        .endControlFlow()
        .addStatement("return all")
        .build());
  }

  /** {@code Texts}: one language's messages and advice of one domain, decoded a chunk at a time. */
  private TypeSpec textsType() {
    ParameterizedTypeName chunks = ParameterizedTypeName.get(ClassName.get(AtomicReferenceArray.class),
        TypeName.get(String[].class));
    return TypeSpec.classBuilder(texts)
        .addModifiers(Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The messages and advice of one domain in one language: packed strings, decoded $L codes at a"
            + " time on first use. A chunk is empty when none of its codes has a text in the language; else it"
            + " starts with the positions of the codes that have one (one character each, from {@code '\\u$L'}),"
            + " or a null when all have, then message and advice of each of those codes. Immutable once decoded:"
            + " a chunk is published through an {@link $T}, so a thread that sees it sees its strings.\n",
            CHUNK, String.format("%04x", (int) Packed.POSITION_BASE), AtomicReferenceArray.class)
        .addField(FieldSpec.builder(String[].class, "NONE", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("An empty chunk, decoded: all null, shared, never written.\n")
            .initializer("new $T[$L]", String.class, 2 * CHUNK)
            .build())
        .addField(String[].class, "parts", Modifier.PRIVATE, Modifier.FINAL)
        .addField(int[].class, "chunkStarts", Modifier.PRIVATE, Modifier.FINAL)
        .addField(int.class, "count", Modifier.PRIVATE, Modifier.FINAL)
        .addField(chunks, "chunks", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder()
            .addJavadoc("@param parts the packed texts\n")
            .addJavadoc("@param chunkStarts packed: where each chunk of $L codes starts, then the total length\n",
                CHUNK)
            .addJavadoc("@param count how many codes\n")
            .addParameter(String[].class, "parts")
            .addParameter(String[].class, "chunkStarts")
            .addParameter(int.class, "count")
            .addStatement("this.parts = parts")
            .addStatement("this.count = count")
            .addStatement("int chunkCount = (count + $L) >>> $L", CHUNK - 1, CHUNK_SHIFT)
            .addStatement("this.chunkStarts = ints(chunkStarts, chunkCount + 1)")
            .addStatement("this.chunks = new $T(chunkCount)", chunks)
            .build())
        .addMethod(MethodSpec.methodBuilder("message")
            .returns(String.class)
            .addParameter(int.class, "ordinal")
            .addStatement("return text(ordinal, 0)")
            .build())
        .addMethod(MethodSpec.methodBuilder("advice")
            .returns(String.class)
            .addParameter(int.class, "ordinal")
            .addStatement("return text(ordinal, 1)")
            .build())
        .addMethod(MethodSpec.methodBuilder("text")
            .addModifiers(Modifier.PRIVATE)
            .returns(String.class)
            .addParameter(int.class, "ordinal")
            .addParameter(int.class, "field")
            .addStatement("int chunk = ordinal >>> $L", CHUNK_SHIFT)
            .addStatement("$T[] texts = chunks.get(chunk)", String.class)
            .beginControlFlow("if (texts == null)")
            .addStatement("texts = decode(chunk)")
            .addStatement("chunks.set(chunk, texts)")
            .endControlFlow()
            .addStatement("return texts[2 * (ordinal & $L) + field]", CHUNK - 1)
            .build())
        .addMethod(MethodSpec.methodBuilder("decode")
            .addModifiers(Modifier.PRIVATE)
            .returns(String[].class)
            .addParameter(int.class, "chunk")
            .beginControlFlow("if (chunkStarts[chunk] == chunkStarts[chunk + 1])")
            .addStatement("return NONE")
            .endControlFlow()
            .addStatement("int size = Math.min($L, count - (chunk << $L))", CHUNK, CHUNK_SHIFT)
            .addStatement("$T packed = join(parts, chunkStarts[chunk], chunkStarts[chunk + 1])", String.class)
            .addStatement("int start = packed.indexOf('\\u0001')")
            .addStatement("$T positions = start == 1 && packed.charAt(0) == '\\u0002' ? null"
                + " : packed.substring(0, start)", String.class)
            .addStatement("$T[] values = split(packed, start + 1, 2 * (positions == null ? size : positions.length()))",
                String.class)
            .beginControlFlow("if (positions == null)")
            .addStatement("return values")
            .endControlFlow()
            .addStatement("$T[] texts = new $T[2 * size]", String.class, String.class)
            .beginControlFlow("for (int i = 0; i < positions.length(); i++)")
            .addStatement("int at = 2 * (positions.charAt(i) - $L)", (int) Packed.POSITION_BASE)
            .addStatement("texts[at] = values[2 * i]")
            .addStatement("texts[at + 1] = values[2 * i + 1]")
            .endControlFlow()
            .addStatement("return texts")
            .build())
        .build();
  }
}
