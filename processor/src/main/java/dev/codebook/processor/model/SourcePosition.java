package dev.codebook.processor.model;

/**
 * Where something came from in a catalog: the file as the user would name it, and a 1-based line and
 * column. Prints as {@code file:line:column}, the form editors and build logs turn into links.
 */
public record SourcePosition(String file, int line, int column) {

  /** A position that names only the file, for problems with the file as a whole. */
  public static SourcePosition ofFile(String file) {
    return new SourcePosition(file, 0, 0);
  }

  @Override
  public String toString() {
    return line <= 0 ? file : file + ":" + line + ":" + column;
  }
}
