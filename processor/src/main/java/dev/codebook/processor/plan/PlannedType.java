package dev.codebook.processor.plan;

import dev.codebook.processor.model.SourcePosition;

/**
 * A top-level type the catalog will generate, and what it is generated for.
 *
 * @param simpleName its name in the catalog's package
 * @param owner what it is generated for, as a reader would say it ({@code domain Sdk})
 * @param position where the catalog names that owner
 */
public record PlannedType(String simpleName, String owner, SourcePosition position) {}
