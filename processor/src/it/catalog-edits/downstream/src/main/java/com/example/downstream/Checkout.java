package com.example.downstream;

import com.example.pay.PayPolicy;

/** Extends a class annotated @Exhaustive and overrides a method annotated @Handles. */
public final class Checkout extends PayPolicy {
  @Override
  public String retry(int code) {
    return super.retry(code);
  }

  public static String decide(int raw) {
    return new Checkout().dispatch(raw, null);
  }
}
