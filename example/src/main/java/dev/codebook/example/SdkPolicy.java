package dev.codebook.example;

import dev.codebook.example.codes.SdkCode;
import dev.codebook.example.codes.SdkHandler;

/**
 * What the app does about the codes of domain {@code Sdk}: a generated handler that overrides only the
 * few codes with an answer of their own.
 *
 * <p>The rest fall through by kind. Progress, successes, events and the other warnings reach
 * {@link #onOutcome}: keep listening. The other failures reach {@link #onFailure}, which throws the code's
 * own generated exception, so that {@link LoginFlow} catches them by group: a {@code TokenException} for
 * the four token failures, an {@code SdkException} for the rest. A code the catalog does not know is left to
 * the generated {@code onUnknown}, which throws a {@code FusionAuthException} whose {@code code()} is
 * {@code null}.
 */
final class SdkPolicy implements SdkHandler<Decision> {

    // ---- The app is misconfigured: no retry or fallback can help.

    @Override
    public Decision onSceneNotFound(String detail) {
        return Decision.ABORT;
    }

    @Override
    public Decision onSchemeCodeEmpty(String detail) {
        return Decision.ABORT;
    }

    // ---- The SMS code did not get through: ask for another one.

    @Override
    public Decision onSmsCodeSendFailed(String detail) {
        return Decision.RETRY;
    }

    @Override
    public Decision onSmsCodeObtainFailed(String detail) {
        return Decision.RETRY;
    }

    // ---- Not failures, but the end of this login.

    @Override
    public Decision onAuthPageCancelled(String detail) {
        // The user closed the authorization page: respect it.
        return Decision.ABORT;
    }

    @Override
    public Decision onRiskDetected(String detail) {
        // A warning the SDK leaves to the app; this app does not log a risky device in.
        return Decision.ABORT;
    }

    // ---- Everything else, by kind.

    @Override
    public Decision onFailure(SdkCode code, String detail) {
        throw code.exception(detail);
    }

    @Override
    public Decision onOutcome(SdkCode code, String detail) {
        return Decision.CONTINUE;
    }
}
