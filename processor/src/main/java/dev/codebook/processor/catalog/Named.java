package dev.codebook.processor.catalog;

/** A name as written in the catalog, with where it was written. */
public record Named(String name, SourcePosition position) {}
