package dev.codebook.processor.model;

/** A name as written in the catalog, with where it was written. */
public record Named(String name, SourcePosition position) {}
