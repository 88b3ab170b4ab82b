package dev.codebook.processor.generate;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import dev.codebook.processor.plan.Shapes;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A {@code switch} over a number of cases that grows with the catalog, written as methods of at most
 * {@link Shapes#SWITCH_PAGE} cases each, so that every one stays small enough to be JIT-compiled:
 * one method when all values are below {@value #PAGE}; otherwise an entry method that switches on
 * {@code value >>> 8} to a page method per 256 values.
 */
final class PagedSwitch {
  private static final int PAGE = Shapes.SWITCH_PAGE;

  private PagedSwitch() {}

  /**
   * The methods of the switch.
   *
   * @param method a new method of the given name with the switch's signature (its {@code int} selector
   *     among the parameters)
   * @param selector the name of the selector parameter
   * @param arguments the parameters in order, to pass them on to a page
   * @param cases the statements for each selector value (each ends in {@code return} or {@code throw}),
   *     values from 0 to 65,535
   * @param fallback the statements for any other value
   */
  static List<MethodSpec> methods(Function<String, MethodSpec.Builder> method, String name, String selector,
      String arguments, TreeMap<Integer, CodeBlock> cases, CodeBlock fallback) {
    if (cases.isEmpty() || cases.lastKey() < PAGE) {
      return List.of(page(method.apply(name), selector, cases, fallback));
    }
    if (cases.firstKey() < 0 || cases.lastKey() >= PAGE * PAGE) {
      throw new IllegalArgumentException("paged switch values must lie in 0.." + (PAGE * PAGE - 1));
    }
    List<MethodSpec> methods = new ArrayList<>();
    TreeMap<Integer, CodeBlock> entry = new TreeMap<>();
    for (int page = 0; page <= cases.lastKey() / PAGE; page++) {
      TreeMap<Integer, CodeBlock> own = new TreeMap<>(cases.subMap(page * PAGE, (page + 1) * PAGE));
      if (!own.isEmpty()) {
        String pageName = name + "$" + page;
        methods.add(page(method.apply(pageName), selector, own, fallback));
        entry.put(page, CodeBlock.of("return $N($L);\n", pageName, arguments));
      }
    }
    methods.add(0, page(method.apply(name), selector + " >>> " + Integer.numberOfTrailingZeros(PAGE), entry,
        fallback));
    return methods;
  }

  private static MethodSpec page(MethodSpec.Builder method, String selector, TreeMap<Integer, CodeBlock> cases,
      CodeBlock fallback) {
    if (cases.isEmpty()) {
      return method.addCode(fallback).build();
    }
    method.beginControlFlow("switch ($L)", selector);
    cases.forEach((value, body) -> method.addCode("case $L:\n$>$L$<", value, body));
    return method.addCode("default:\n$>$L$<", fallback).endControlFlow().build();
  }
}
