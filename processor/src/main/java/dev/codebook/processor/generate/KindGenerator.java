package dev.codebook.processor.generate;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.codebook.processor.model.Kind;
import java.util.Map;
import javax.lang.model.element.Modifier;

/** Generates {@code <Catalog>Kind}: what a code means for the caller. */
public final class KindGenerator {
  private KindGenerator() {}

  private static final Map<Kind, String> DOCS = Map.of(
      Kind.SUCCESS, "The operation succeeded.",
      Kind.FAILURE, "The operation failed; {@code check} throws for codes of this kind.",
      Kind.WARNING, "The operation went on, but something needs attention.",
      Kind.EVENT, "Something happened that the caller may react to, such as a user action.",
      Kind.PROGRESS, "The operation is under way; more codes follow.");

  public static JavaFile generate(GenerationContext context) {
    TypeSpec.Builder type = TypeSpec.enumBuilder(context.names().kind())
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("What a result code of catalog {@code $L} means for the caller.\n",
            context.plan().name());
    for (Kind kind : Kind.values()) {
      type.addEnumConstant(kind.name(), TypeSpec.anonymousClassBuilder("").addJavadoc("$L\n", DOCS.get(kind)).build());
    }
    return context.file(type);
  }
}
