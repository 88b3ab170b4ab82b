package dev.codebook.processor.generate;

/** A generated file that is not a Java source: its path in the class output and its bytes. */
public record GeneratedResource(String path, byte[] bytes) {}
