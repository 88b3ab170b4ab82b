package dev.codebook.processor.plan;

/**
 * An interface that the domain's handler extends, declaring the default methods of the
 * codes with ordinals {@code from} (inclusive) to {@code to} (exclusive) and the dispatch to them.
 *
 * @param type simple name of the interface
 */
public record HandlerPart(String type, int index, int from, int to) {}
