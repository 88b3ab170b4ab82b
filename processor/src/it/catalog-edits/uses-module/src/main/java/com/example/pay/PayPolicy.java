package com.example.pay;

import com.example.shared.PayCode;
import com.example.shared.PayHandler;
import dev.codebook.CodeKind;
import dev.codebook.Exhaustive;
import dev.codebook.Handles;

/** A public, extensible policy whose class file carries @Exhaustive and @Handles (CLASS retention). */
@Exhaustive({CodeKind.FAILURE, CodeKind.WARNING})
public class PayPolicy implements PayHandler<String> {
  @Override
  public String onDeclined(String detail) {
    return "ask for another card";
  }

  @Override
  public String onSlowNetwork(String detail) {
    return "wait";
  }

  @Override
  public String onOutcome(PayCode code, String detail) {
    return "continue";
  }

  @Handles(domain = "Pay", codes = {PayCode.DECLINED_VALUE, 499})
  public String retry(int code) {
    return "retry " + code;
  }
}
