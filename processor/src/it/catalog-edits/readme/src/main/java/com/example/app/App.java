package com.example.app;

import com.example.codes.OrderCode;

/** Code that uses the generated constants, as an app would. */
public final class App {
  private App() {}

  public static String describe(int raw) {
    OrderCode code = OrderCode.forCode(raw);
    return code == null ? "unknown" : code.message();
  }
}
