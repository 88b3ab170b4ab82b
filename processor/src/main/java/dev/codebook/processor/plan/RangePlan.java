package dev.codebook.processor.plan;

import dev.codebook.processor.model.Range;

/**
 * A range as generated: a constant of the domain's {@code <Domain>Range} enum.
 *
 * @param index its ordinal, in catalog order
 * @param constant its constant, {@code ClientError} becoming {@code CLIENT_ERROR}
 * @param exception the index of its exception class in {@link DomainPlan#exceptions()}, or 0 when it has none
 */
public record RangePlan(Range range, int index, String constant, int exception) {}
