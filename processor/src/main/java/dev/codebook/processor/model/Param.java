package dev.codebook.processor.model;

import java.util.Optional;

/**
 * A parameter of a code's message: a {@code {name}} placeholder, and the Java type its typed
 * exception factory takes.
 *
 * @param name lowerCamel, and where it was declared (or first used, when not declared)
 */
public record Param(Named name, Type type) {

  /** The types a parameter may have, spelled as in Java. */
  public enum Type {
    STRING("String"),
    INT("int"),
    LONG("long"),
    DOUBLE("double"),
    BOOLEAN("boolean"),
    OBJECT("Object");

    private final String javaName;

    Type(String javaName) {
      this.javaName = javaName;
    }

    public String javaName() {
      return javaName;
    }

    public static Optional<Type> fromYaml(String text) {
      for (Type type : values()) {
        if (type.javaName.equals(text)) {
          return Optional.of(type);
        }
      }
      return Optional.empty();
    }
  }
}
