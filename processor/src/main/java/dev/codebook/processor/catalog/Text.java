package dev.codebook.processor.catalog;

import java.util.Optional;

/** A message and its optional advice, in one language. */
public record Text(String message, Optional<String> advice) {}
