package dev.codebook.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Generated Javadoc speaks of the catalog at hand: a payments catalog's types never mention the
 * fusion-auth catalog the generators were first written for, and their examples are its own.
 */
class GeneratedTextTest {
  static final String PAYMENTS = """
      codebook: 1
      name: Payments
      domains:
        - name: Card
          kind: failure
          codes:
            - {code: 51, name: INSUFFICIENT_FUNDS, message: Insufficient funds.}
            - {code: 54, name: EXPIRED_CARD, message: Expired card.}
        - name: Wallet
          codeType: string
          kind: failure
          codes: [{code: W-1, name: WALLET_LOCKED, message: Wallet locked.}]
      """;

  @Test
  void paymentsTypesSpeakOfPayments() {
    Compilation compilation = TestCatalogs.compile(PAYMENTS);
    assertThat(compilation).succeededWithoutWarnings();
    Pattern foreign = Pattern.compile("(?i)\\bsdk\\b|fusion|TOKEN_INVALID|100001|\"-2\"|23505|\\bSdk\\b");
    List<String> found = new ArrayList<>();
    for (JavaFileObject file : compilation.generatedSourceFiles()) {
      String text = content(file);
      Matcher matcher = foreign.matcher(text);
      while (matcher.find()) {
        int line = text.substring(0, matcher.start()).split("\n", -1).length;
        found.add(file.getName() + ":" + line + ": " + matcher.group());
      }
    }
    assertEquals(List.of(), found);
    String codeInterface = compilation.generatedSourceFiles().stream()
        .filter(file -> file.getName().endsWith("PaymentsCode.java")).map(GeneratedTextTest::content)
        .findFirst().orElseThrow();
    assertTrue(codeInterface.contains("such as <code>INSUFFICIENT_FUNDS</code>"), codeInterface);
    assertTrue(codeInterface.contains("such as <code>Card</code>"), codeInterface);
    assertTrue(codeInterface.contains("such as <code>51</code>"), codeInterface);
  }

  static String content(JavaFileObject file) {
    try {
      return file.getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
