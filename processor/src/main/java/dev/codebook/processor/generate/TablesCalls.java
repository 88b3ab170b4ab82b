package dev.codebook.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.codebook.processor.runtime.TablesMethod;
import java.util.ArrayList;
import java.util.List;

/**
 * Calls from generated code into the catalog's {@code <Catalog>Tables}, the emitted runtime: each method named
 * through its {@link TablesMethod}, and given as many arguments as it takes, checked here.
 */
final class TablesCalls {
  private final ClassName tables;

  TablesCalls(ClassName tables) {
    this.tables = tables;
  }

  /**
   * {@code Tables.method(arguments)}: each argument a {@link CodeBlock}, or anything else written as it
   * prints ({@code $L}).
   */
  CodeBlock call(TablesMethod method, Object... arguments) {
    if (arguments.length != method.parameters()) {
      throw new IllegalArgumentException(method.method() + " takes " + method.parameters() + " arguments, not "
          + arguments.length);
    }
    List<CodeBlock> blocks = new ArrayList<>();
    for (Object argument : arguments) {
      blocks.add(argument instanceof CodeBlock block ? block : CodeBlock.of("$L", argument));
    }
    return CodeBlock.of("$T.$N($L)", tables, method.method(), CodeBlock.join(blocks, ", "));
  }

  /** How {@code codeText} is told a domain's format: the runtime's constant of the same name. */
  CodeBlock codeFormat(dev.codebook.processor.model.CodeFormat format) {
    return CodeBlock.of("$T.$N", tables, format.name());
  }

  /** The runtime's class of one language's texts: {@code <Catalog>Tables.Texts}. */
  ClassName texts() {
    return tables.nestedClass(dev.codebook.processor.runtime.RuntimeSource.TEXTS);
  }
}
