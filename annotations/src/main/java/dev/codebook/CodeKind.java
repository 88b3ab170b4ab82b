package dev.codebook;

/**
 * The kinds a catalog gives its codes, for naming them in {@link Exhaustive}. Each generated
 * {@code <Catalog>Kind} has the same constants.
 */
public enum CodeKind {
  /** The operation succeeded. */
  SUCCESS,
  /** The operation failed. */
  FAILURE,
  /** The operation went on, but something needs attention. */
  WARNING,
  /** Something happened that the caller may react to, such as a user action. */
  EVENT,
  /** The operation is under way; more codes follow. */
  PROGRESS
}
