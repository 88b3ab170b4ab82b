package dev.codebook.example;

import dev.codebook.Exhaustive;
import dev.codebook.example.codes.OneClickLoginCode;
import dev.codebook.example.codes.OneClickLoginHandler;

/**
 * What the app does about each result of the one-click login layer: a generated handler with a method of
 * its own for every failure.
 *
 * <p>{@link Exhaustive} makes that a rule the build enforces: should a failure code of domain
 * {@code OneClickLogin} lack its method here (say, one that a newer catalog adds), compilation fails and
 * names the code, rather than letting it slip through as a generic failure. The two events that end
 * one-click login have a method too; every other code reaches {@link #onOutcome} and changes nothing.
 *
 * <p>The answers say what the app would like to do; {@link LoginFlow} knows how many starts are left and
 * turns a retry it cannot afford into the next way out.
 */
@Exhaustive
final class OneClickLoginPolicy implements OneClickLoginHandler<Decision> {

    // ---- Failures worth another start: passing trouble, or a state that a fresh start clears.

    @Override
    public Decision onTimeout(String detail) {
        return Decision.RETRY;
    }

    @Override
    public Decision onCarrierConfigFailed(String detail) {
        return Decision.RETRY;
    }

    @Override
    public Decision onTokenFailed(String detail) {
        return Decision.RETRY;
    }

    @Override
    public Decision onCarrierSwitched(String detail) {
        // The SIM's carrier changed mid-flight: a new start talks to the new carrier.
        return Decision.RETRY;
    }

    // ---- Failures that retrying will not fix: this device, network or carrier cannot vouch for the number now.

    @Override
    public Decision onNoSimCard(String detail) {
        return Decision.FALL_BACK_TO_SMS;
    }

    @Override
    public Decision onCellularUnavailable(String detail) {
        // Wi-Fi only: the carrier cannot see the SIM.
        return Decision.FALL_BACK_TO_SMS;
    }

    @Override
    public Decision onCarrierUnknown(String detail) {
        return Decision.FALL_BACK_TO_SMS;
    }

    @Override
    public Decision onCarrierMaintenance(String detail) {
        return Decision.FALL_BACK_TO_SMS;
    }

    @Override
    public Decision onCarrierCallLimitReached(String detail) {
        return Decision.FALL_BACK_TO_SMS;
    }

    @Override
    public Decision onPrefetchNumberFailed(String detail) {
        return Decision.FALL_BACK_TO_SMS;
    }

    @Override
    public Decision onTerminalCheckFailed(String detail) {
        return Decision.FALL_BACK_TO_SMS;
    }

    @Override
    public Decision onAuthPageFailed(String detail) {
        return Decision.FALL_BACK_TO_SMS;
    }

    @Override
    public Decision onAppKeyParseFailed(String detail) {
        // The app's one-click credentials are broken; SMS verification does not need them.
        return Decision.FALL_BACK_TO_SMS;
    }

    @Override
    public Decision onUnknownError(String detail) {
        return Decision.FALL_BACK_TO_SMS;
    }

    // ---- A failure that changes nothing.

    @Override
    public Decision onAuthPageAlreadyLoaded(String detail) {
        // A pre-fetch was refused because the authorization page is up: the page still works.
        return Decision.CONTINUE;
    }

    // ---- Events that end one-click login, and everything else.

    @Override
    public Decision onUserCancelled(String detail) {
        return Decision.ABORT;
    }

    @Override
    public Decision onUserSwitchedMethod(String detail) {
        return Decision.FALL_BACK_TO_SMS;
    }

    @Override
    public Decision onOutcome(OneClickLoginCode code, String detail) {
        // Success, the page shown, taps on it: keep listening.
        return Decision.CONTINUE;
    }

    @Override
    public Decision onUnknown(String rawCode, String detail) {
        // A code newer than the catalog: one-click login is in a state this app does not know; SMS still works.
        return Decision.FALL_BACK_TO_SMS;
    }
}
