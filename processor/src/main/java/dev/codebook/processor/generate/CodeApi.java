package dev.codebook.processor.generate;

/**
 * The methods of the code interface and the code types that other generated classes call (the exceptions
 * build their message from a code, the handler looks a code up and routes it by ordinal), named once here
 * for the generator that declares each and the ones that call it.
 */
final class CodeApi {
  static final String NAME = "name";
  static final String KIND = "kind";
  static final String DOMAIN = "domain";
  static final String CODE_TEXT = "codeText";
  static final String MESSAGE = "message";
  static final String ADVICE = "advice";
  static final String PARAMS = "params";
  static final String EXCEPTION = "exception";
  static final String FOR_CODE = "forCode";
  static final String ORDINAL = "ordinal";

  private CodeApi() {}
}
