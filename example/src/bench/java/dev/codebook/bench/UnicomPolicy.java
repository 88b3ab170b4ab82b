package dev.codebook.bench;

import dev.codebook.example.codes.ChinaUnicomCode;
import dev.codebook.example.codes.ChinaUnicomHandler;

/** Codebook's way to dispatch: the generated handler, three codes overridden, the rest to {@link #onOutcome}. */
final class UnicomPolicy implements ChinaUnicomHandler<Object> {
  static final String RETRY = "retry";
  static final String SMS = "fall back to SMS";

  @Override
  public Object onTimeout(String detail) {
    return RETRY;
  }

  @Override
  public Object onRequestTimeout(String detail) {
    return RETRY;
  }

  @Override
  public Object onNoNetwork(String detail) {
    return SMS;
  }

  @Override
  public Object onOutcome(ChinaUnicomCode code, String detail) {
    return code;
  }

  @Override
  public Object onUnknown(String rawCode, String detail) {
    return rawCode;
  }
}
