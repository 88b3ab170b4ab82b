package dev.codebook.example;

import dev.codebook.example.FakeFusionAuthSdk.Node;
import dev.codebook.example.codes.FusionAuthCode;
import dev.codebook.example.codes.FusionAuthException;
import dev.codebook.example.codes.FusionAuthKind;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * Prints what happens, readably: a heading per scenario, a line per callback, the verdict.
 *
 * <p>A callback line shows the code, its name and kind, the app's decision and the English message
 * ({@code message(Locale.ENGLISH)}). Failures get a second line with the exception the app caught and the
 * Chinese message ({@code message()}, the catalog's language) that the app would show its users. A
 * dispatch line shows the handler method a raw code was dispatched to, and what the handler decided.
 */
final class Transcript {
    private static final String CALLBACK_LINE = "    %-16s %-13s %8s  %-26s %-8s  %-16s  %s%n";
    private static final String DETAIL_INDENT = "%-21s";
    private static final String DISPATCH_LINE = "    %-18s \u2192 %-26s \u2192 %s%s%n";

    private final PrintStream out;

    /**
     * A transcript that prints to {@code out}.
     *
     * @param out where to print; it must encode Chinese text correctly, for example as UTF-8
     */
    Transcript(PrintStream out) {
        this.out = out;
    }

    /**
     * Prints the transcript's title and the columns of the callback lines.
     *
     * @param title the first line
     * @param subtitle the second line
     */
    void title(String title, String subtitle) {
        out.println(title);
        out.println(subtitle);
        out.println();
        out.printf(CALLBACK_LINE, "callback", "domain", "code", "name", "kind", "decision", "message (en)");
    }

    /**
     * Prints a scenario's heading.
     *
     * @param number the scenario's number, from 1
     * @param title what happens, in a few words
     * @param story what happens, in a sentence
     */
    void scenario(int number, String title, String story) {
        out.println();
        out.println("== " + number + ". " + title + " ==");
        out.println("   " + story);
    }

    /**
     * Prints that the app starts a step of the scene.
     *
     * @param node the step
     * @param start how often this step has been started, this time included
     * @param freshToken whether the app server issued a fresh token for this start
     */
    void start(Node node, int start, boolean freshToken) {
        out.println("  > " + node.label() + ", start " + start + (freshToken ? ", with a fresh token" : ""));
    }

    /**
     * Prints a callback whose code the catalog knows.
     *
     * @param callback the callback method
     * @param code the code
     * @param decision what the app does next
     * @param caught the exception the app caught for it, or {@code null}
     */
    void callback(String callback, FusionAuthCode code, Decision decision, FusionAuthException caught) {
        out.printf(CALLBACK_LINE, callback, code.domain(), code.codeText(), code.name(), code.kind(),
                decision.label(), code.message(Locale.ENGLISH));
        if (caught != null || code.kind() == FusionAuthKind.FAILURE || code.kind() == FusionAuthKind.WARNING) {
            StringBuilder detail = new StringBuilder();
            if (caught != null) {
                detail.append("caught ").append(caught.getClass().getSimpleName()).append("; ");
            }
            detail.append("shown to the user: \u201c").append(code.message()).append('\u201d');
            String advice = code.advice(Locale.ENGLISH);
            if (advice != null) {
                detail.append("; advice: ").append(advice.replace('\n', ' '));
            }
            detail(detail.toString());
        }
    }

    /**
     * Prints a callback whose code the catalog does not know.
     *
     * @param callback the callback method
     * @param domain the domain the code was looked up in
     * @param raw the code as it arrived
     * @param sdkMessage the SDK's own message, or {@code null}
     * @param decision what the app does next
     * @param caught the exception the app caught for it, or {@code null}
     */
    void unknownCallback(String callback, String domain, String raw, String sdkMessage, Decision decision,
            FusionAuthException caught) {
        out.printf(CALLBACK_LINE, callback, domain, raw, "(not in the catalog)", "?", decision.label(),
                sdkMessage == null ? "" : "the SDK says: " + sdkMessage);
        if (caught != null) {
            detail("caught " + caught.getClass().getSimpleName() + " with code() == null: " + caught.getMessage());
        }
    }

    /**
     * Prints the heading of the dispatch overview.
     *
     * @param title what is dispatched, in a few words
     * @param story how, in a sentence
     */
    void dispatchHeading(String title, String story) {
        out.println();
        out.println("== " + title + " ==");
        out.println("   " + story);
    }

    /**
     * Prints where a handler's {@code dispatch} sent a raw code, and what the handler decided.
     *
     * @param raw the code as it arrived
     * @param code the code, or {@code null} if the catalog does not know it
     * @param decision what the handler decided
     * @param mismatch how that differs from the expected decision, or {@code null} if it does not
     */
    void dispatched(String raw, FusionAuthCode code, Decision decision, String mismatch) {
        String method = code == null ? "onUnknown" : handlerMethod(code.name());
        out.printf(DISPATCH_LINE, "dispatch(" + raw + ")", method, decision.label(),
                mismatch == null ? "" : "  ! NOT AS EXPECTED: " + mismatch);
    }

    /**
     * The handler method that {@code dispatch} calls for a code: the generator names it after the constant.
     *
     * @param constant the constant's name, such as {@code TOKEN_INVALID}
     * @return the method's name, such as {@code onTokenInvalid}
     */
    private static String handlerMethod(String constant) {
        StringBuilder method = new StringBuilder("on");
        for (String word : constant.split("_")) {
            if (!word.isEmpty()) {
                method.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
            }
        }
        return method.toString();
    }

    /**
     * Prints a remark below the last callback.
     *
     * @param text the remark
     */
    void note(String text) {
        detail("(" + text + ")");
    }

    /**
     * Prints how a scenario ended and whether that was expected.
     *
     * @param result how the login ended, or {@code null} if it did not end normally
     * @param mismatch what differs from the expected end, or {@code null} if nothing does
     */
    void verdict(LoginResult result, String mismatch) {
        if (mismatch == null) {
            out.println("  = " + result + ": as expected");
            return;
        }
        if (result != null) {
            out.println("  = " + result);
        }
        out.println("  ! NOT AS EXPECTED: " + mismatch);
    }

    /**
     * Prints the tally of all checks.
     *
     * @param scenarios how many scenarios ran
     * @param dispatches how many codes were dispatched on their own
     * @param mismatches one line per scenario or dispatch that did not go as expected
     */
    void summary(int scenarios, int dispatches, List<String> mismatches) {
        out.println();
        if (mismatches.isEmpty()) {
            out.println("All " + scenarios + " scenarios and " + dispatches + " dispatches went as expected.");
        } else {
            out.println(mismatches.size() + " of " + (scenarios + dispatches) + " checks did not go as expected:");
            for (String mismatch : mismatches) {
                out.println("  - " + mismatch);
            }
        }
    }

    private void detail(String text) {
        out.printf(DETAIL_INDENT + "%s%n", "", text);
    }

    /**
     * Class names as a list, for the transcript.
     *
     * @param classes the classes
     * @return their simple names, such as {@code [TokenException]}, or {@code nothing}
     */
    static String simpleNames(List<Class<?>> classes) {
        if (classes.isEmpty()) {
            return "nothing";
        }
        StringBuilder text = new StringBuilder("[");
        for (Class<?> type : classes) {
            if (text.length() > 1) {
                text.append(", ");
            }
            text.append(type.getSimpleName());
        }
        return text.append(']').toString();
    }
}
