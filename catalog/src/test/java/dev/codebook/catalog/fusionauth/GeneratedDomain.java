package dev.codebook.catalog.fusionauth;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;

/**
 * The generated types of one catalog domain, reached through method references so that a changed
 * signature breaks the test build instead of a test.
 *
 * @param name the domain's name in the catalog, such as {@code Sdk}
 * @param codeType the generated {@code <Domain>Code} enum
 * @param exceptionType the generated {@code <Domain>Exception}
 * @param forCode {@code <Domain>Code.forCode(int)}
 * @param forCodeText {@code <Domain>Code.forCode(String)}
 * @param check {@code <Domain>Code.check(int)}
 * @param checkText {@code <Domain>Code.check(String)}
 * @param intCode {@code <Domain>Code.code()}, for a constant of this domain
 */
record GeneratedDomain(
    String name,
    Class<? extends FusionAuthCode> codeType,
    Class<? extends FusionAuthException> exceptionType,
    IntFunction<FusionAuthCode> forCode,
    Function<String, FusionAuthCode> forCodeText,
    IntFunction<FusionAuthCode> check,
    Function<String, FusionAuthCode> checkText,
    ToIntFunction<FusionAuthCode> intCode) {

  /** All six domains, in catalog order. */
  static final List<GeneratedDomain> ALL = List.of(
      new GeneratedDomain("Sdk", SdkCode.class, SdkException.class,
          SdkCode::forCode, SdkCode::forCode, SdkCode::check, SdkCode::check, code -> ((SdkCode) code).code()),
      new GeneratedDomain("ClickEvent", ClickEventCode.class, ClickEventException.class,
          ClickEventCode::forCode, ClickEventCode::forCode, ClickEventCode::check, ClickEventCode::check,
          code -> ((ClickEventCode) code).code()),
      new GeneratedDomain("OneClickLogin", OneClickLoginCode.class, OneClickLoginException.class,
          OneClickLoginCode::forCode, OneClickLoginCode::forCode, OneClickLoginCode::check, OneClickLoginCode::check,
          code -> ((OneClickLoginCode) code).code()),
      new GeneratedDomain("ChinaMobile", ChinaMobileCode.class, ChinaMobileException.class,
          ChinaMobileCode::forCode, ChinaMobileCode::forCode, ChinaMobileCode::check, ChinaMobileCode::check,
          code -> ((ChinaMobileCode) code).code()),
      new GeneratedDomain("ChinaUnicom", ChinaUnicomCode.class, ChinaUnicomException.class,
          ChinaUnicomCode::forCode, ChinaUnicomCode::forCode, ChinaUnicomCode::check, ChinaUnicomCode::check,
          code -> ((ChinaUnicomCode) code).code()),
      new GeneratedDomain("ChinaTelecom", ChinaTelecomCode.class, ChinaTelecomException.class,
          ChinaTelecomCode::forCode, ChinaTelecomCode::forCode, ChinaTelecomCode::check, ChinaTelecomCode::check,
          code -> ((ChinaTelecomCode) code).code()));

  /** The domain called {@code name}. */
  static GeneratedDomain named(String name) {
    return ALL.stream()
        .filter(domain -> domain.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no generated domain " + name));
  }

  /** The enum's constants, in declaration order. */
  List<FusionAuthCode> values() {
    return List.of(codeType.getEnumConstants());
  }

  /** The constant's code as an int, through the enum's own {@code code()}. */
  int code(FusionAuthCode constant) {
    return intCode.applyAsInt(constant);
  }

  /**
   * The enum's alias constants: {@code public static final} fields of the enum's own type that are
   * not enum constants.
   */
  List<Field> aliasFields() {
    List<Field> aliases = new ArrayList<>();
    for (Field field : codeType.getDeclaredFields()) {
      int modifiers = field.getModifiers();
      if (field.getType() == codeType && !field.isEnumConstant() && Modifier.isPublic(modifiers)
          && Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers)) {
        aliases.add(field);
      }
    }
    return aliases;
  }

  /** The value of the {@code public static final} field {@code fieldName} of the enum. */
  Object staticField(String fieldName) {
    try {
      Field field = codeType.getField(fieldName);
      if (!Modifier.isStatic(field.getModifiers()) || !Modifier.isFinal(field.getModifiers())) {
        throw new AssertionError(codeType.getSimpleName() + "." + fieldName + " is not static final");
      }
      return field.get(null);
    } catch (NoSuchFieldException e) {
      throw new AssertionError(codeType.getSimpleName() + " has no public field " + fieldName, e);
    } catch (IllegalAccessException e) {
      throw new AssertionError(codeType.getSimpleName() + "." + fieldName + " is not accessible", e);
    }
  }

  @Override
  public String toString() {
    return name;
  }
}
