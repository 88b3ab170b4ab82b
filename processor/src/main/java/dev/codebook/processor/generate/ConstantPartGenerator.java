package dev.codebook.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;
import dev.codebook.processor.plan.ConstantName;
import dev.codebook.processor.plan.ConstantPart;
import dev.codebook.processor.plan.DomainPlan;

/**
 * Generates the constant parts of a class-form domain: interfaces that the code type
 * implements, each declaring some of its constants, aliases and value constants. A part is
 * initialized (its constants looked up) only when one of its constants is first used.
 */
public final class ConstantPartGenerator {
  private ConstantPartGenerator() {}

  public static JavaFile generate(GenerationContext context, DomainPlan domain, ConstantPart part) {
    ClassName codeType = context.names().codeType(domain);
    ConstantFields fields = new ConstantFields(domain, codeType, context.nullness());
    TypeSpec.Builder type = TypeSpec.interfaceBuilder(context.names().constantPart(part))
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("Constants $L to $L of {@link $T}, part $L of $L.\n", part.names().get(0).name().name(),
            part.names().get(part.names().size() - 1).name().name(), codeType, part.index() + 1,
            domain.constantParts().size())
        .addJavadoc("\n<p>Not an API of its own: refer to the constants as {@code $T.NAME}, since another version of the"
            + " catalog may move them to another part. Public only so that reflection on {@code $T}'s fields works.\n",
            codeType, codeType)
        .addJavadoc("\n<p>Each constant's Javadoc gives its message only; advice, descriptions and translations are in"
            + " the catalog's reference page, {@code $L} in the class output.\n",
            ReferenceDocGenerator.path(context.plan().packageName(), context.plan().name()));
    // The constants first, then the value constants: linking a part, JDK 17's HotSpot looks up the field of
    // each assignment in the static initializer from the first field on, so this halves that quadratic work.
    for (ConstantName name : part.names()) {
      type.addField(name.isAlias() ? fields.alias(name) : fields.code(name));
    }
    for (ConstantName name : part.names()) {
      type.addField(fields.value(name));
    }
    return context.file(type);
  }
}
