package dev.codebook.example;

import dev.codebook.Handles;
import dev.codebook.example.FakeFusionAuthSdk.Node;
import dev.codebook.example.codes.ChinaMobileCode;
import dev.codebook.example.codes.ChinaMobileNetworkException;
import dev.codebook.example.codes.ChinaTelecomCode;
import dev.codebook.example.codes.ChinaTelecomNetworkException;
import dev.codebook.example.codes.ChinaUnicomCode;
import dev.codebook.example.codes.ChinaUnicomNetworkException;
import dev.codebook.example.codes.ClickEventCode;
import dev.codebook.example.codes.ClickEventHandler;
import dev.codebook.example.codes.FusionAuthCode;
import dev.codebook.example.codes.FusionAuthException;
import dev.codebook.example.codes.OneClickLoginCode;
import dev.codebook.example.codes.OneClickLoginHandler;
import dev.codebook.example.codes.SdkCode;
import dev.codebook.example.codes.SdkException;
import dev.codebook.example.codes.SdkHandler;
import dev.codebook.example.codes.TokenException;
import java.util.ArrayList;
import java.util.List;

/**
 * The app's side of the login: hands each raw code the SDK reports to the generated handler of its domain,
 * and starts, retries or falls back as the handlers decide.
 *
 * <p>One-click login comes first, then SMS verification if one-click does not work out. Three styles of
 * handler decide: {@link OneClickLoginPolicy}, a class with a method for every failure; {@link SdkPolicy},
 * a class with methods for the few codes that matter; and a lambda for taps. Two kinds of code arrive as
 * exceptions instead: the token failures that {@code SdkPolicy} throws, handled by {@link #renewToken}, and
 * carrier refusals, caught by the catalog's exception groups.
 */
final class LoginFlow implements FusionAuthCallback {

    /** How many times one step may be started before the app stops retrying it. */
    private static final int MAX_STARTS_PER_NODE = 2;

    /** One-click results: every failure has an answer of its own, and the build checks that it does. */
    private static final OneClickLoginHandler<Decision> ONE_CLICK = new OneClickLoginPolicy();

    /** Sdk codes: a few have an answer of their own; the other failures are thrown. */
    private static final SdkHandler<Decision> SDK = new SdkPolicy();

    /** A lambda is a complete handler: three taps change the course, the others are only noted. */
    private static final ClickEventHandler<Decision> TAPS = (code, detail) -> {
        switch (code) {
            case AUTH_PAGE_OTHER_NUMBER_CLICK:
                // "Log in with another number": one-click login only knows the SIM's number.
                return Decision.FALL_BACK_TO_SMS;
            case SMS_PAGE_CANCELLED:
            case UPLINK_SMS_PAGE_CANCELLED:
                return Decision.ABORT;
            default:
                return Decision.CONTINUE;
        }
    };

    private final FakeFusionAuthSdk sdk;
    private final Transcript transcript;
    private final List<Class<?>> caught = new ArrayList<Class<?>>();

    private Node node = Node.ONE_CLICK_LOGIN;
    private int startsOfNode;
    private int starts;
    /** Whether the next start needs a fresh token from the app server. */
    private boolean freshTokenNeeded;
    /** What ended the running start; {@code CONTINUE} while it runs. */
    private Decision decision = Decision.CONTINUE;

    /**
     * A login that has not started yet.
     *
     * @param sdk the SDK to drive
     * @param transcript where each callback and decision is printed
     */
    LoginFlow(FakeFusionAuthSdk sdk, Transcript transcript) {
        this.sdk = sdk;
        this.transcript = transcript;
    }

    /**
     * Runs the login to its end: starts steps, retries them and falls back as the callbacks decide.
     *
     * @return how the login ended
     */
    LoginResult run() {
        while (true) {
            startsOfNode++;
            starts++;
            decision = Decision.CONTINUE;
            transcript.start(node, startsOfNode, freshTokenNeeded);
            freshTokenNeeded = false;
            sdk.startScene(node, this);
            switch (decision) {
                case RETRY:
                    break;
                case FALL_BACK_TO_SMS:
                    node = Node.SMS_CODE;
                    startsOfNode = 0;
                    break;
                case LOG_IN:
                    return result(node == Node.ONE_CLICK_LOGIN
                            ? LoginResult.Outcome.ONE_CLICK_LOGIN
                            : LoginResult.Outcome.SMS_LOGIN);
                case CONTINUE:
                    transcript.note("the scene ended without a verdict: abort");
                    return result(LoginResult.Outcome.ABORTED);
                case ABORT:
                default:
                    return result(LoginResult.Outcome.ABORTED);
            }
        }
    }

    // ---- Callbacks: hand the raw code to its domain's handler, act on the decision.

    @Override
    public void onOneClickResult(int code, String msg) {
        decide("onOneClickResult", "OneClickLogin", OneClickLoginCode.forCode(code), Integer.toString(code), msg,
                ONE_CLICK.dispatch(code, msg));
    }

    @Override
    public void onClickEvent(String code, String msg) {
        try {
            decide("onClickEvent", "ClickEvent", ClickEventCode.forCode(code), code, msg, TAPS.dispatch(code, msg));
        } catch (FusionAuthException e) {
            // A lambda cannot override onUnknown, whose default throws. A tap the app does not know changes nothing.
            decide("onClickEvent", e, msg, Decision.CONTINUE);
        }
    }

    @Override
    public void onAuthEvent(String code, String msg) {
        // An event the app does not know changes nothing: note it and keep listening.
        onSdkCode("onAuthEvent", code, msg, Decision.CONTINUE);
    }

    @Override
    public void onVerifyFailed(String code, String msg) {
        // A failure the app does not know: one-click login cannot be trusted now, SMS still can.
        onSdkCode("onVerifyFailed", code, msg, Decision.FALL_BACK_TO_SMS);
    }

    /** Both Sdk callbacks share {@link SdkPolicy}: it does not matter which callback a code took. */
    private void onSdkCode(String callback, String code, String msg, Decision ifUnknown) {
        try {
            decide(callback, "Sdk", SdkCode.forCode(code), code, msg, SDK.dispatch(code, msg));
        } catch (TokenException e) {
            decide(callback, e, msg, renewToken());
        } catch (SdkException e) {
            // Any other failure without an answer of its own: one-click login will not get further, SMS may.
            decide(callback, e, msg, Decision.FALL_BACK_TO_SMS);
        } catch (FusionAuthException e) {
            // Not in the catalog, from a newer SDK perhaps: e.code() is null, e.rawCode() is what arrived.
            decide(callback, e, msg, ifUnknown);
        }
    }

    /**
     * The token the app server issued is no good: the next start gets a fresh one.
     *
     * <p>These codes never reach a handler method: {@link SdkPolicy} throws them as a {@link TokenException},
     * and {@link #onSdkCode} catches it. {@link Handles} states which codes this method stands for, and the
     * build checks each one against the catalog.
     */
    @Handles(domain = "Sdk", codes = {SdkCode.TOKEN_INVALID_VALUE, SdkCode.TOKEN_REQUEST_TIMEOUT_VALUE,
            SdkCode.TOKEN_PARSE_FAILED_VALUE, SdkCode.TOKEN_VERIFY_FAILED_VALUE})
    private Decision renewToken() {
        freshTokenNeeded = true;
        return Decision.RETRY;
    }

    @Override
    public void onCarrierFailed(String carrier, String code, String msg) {
        try {
            FusionAuthCode known = checkCarrierCode(carrier, code);
            decide("onCarrierFailed", known.domain(), known, code, msg, Decision.CONTINUE);
        } catch (ChinaMobileNetworkException | ChinaUnicomNetworkException | ChinaTelecomNetworkException e) {
            // The carrier gateway could not be reached: worth another try before giving up on one-click.
            decide("onCarrierFailed", e, msg, Decision.RETRY);
        } catch (FusionAuthException e) {
            // Any other refusal, known or not: the carrier will not vouch for this number, SMS still can.
            decide("onCarrierFailed", e, msg, Decision.FALL_BACK_TO_SMS);
        }
    }

    /**
     * Carriers keep {@code check()} and the exceptions it throws: the catalog groups each carrier's network
     * failures into one exception class, and one {@code catch} covers the three carriers' groups.
     */
    private static FusionAuthCode checkCarrierCode(String carrier, String code) {
        switch (carrier) {
            case "CMCC":
                return ChinaMobileCode.check(code);
            case "CUCC":
                return ChinaUnicomCode.check(code);
            case "CTCC":
                return ChinaTelecomCode.check(code);
            default:
                throw new FusionAuthException(carrier, code, "no code table for this carrier");
        }
    }

    @Override
    public void onVerifySuccess(String token, String code) {
        // The token is what counts; the code only says which step produced it.
        decide("onVerifySuccess", "Sdk", SdkCode.forCode(code), code, null, Decision.LOG_IN);
    }

    // ---- Acting on a decision.

    private void decide(String callback, String domain, FusionAuthCode code, String raw, String msg,
            Decision wanted) {
        act(callback, domain, code, raw, msg, wanted, null);
    }

    private void decide(String callback, FusionAuthException exception, String msg, Decision wanted) {
        act(callback, exception.domain(), exception.code(), exception.rawCode(), msg, wanted, exception);
    }

    /** Prints the callback ({@code code} is null if the catalog lacks it), and stops the scene unless it goes on. */
    private void act(String callback, String domain, FusionAuthCode code, String raw, String msg, Decision wanted,
            FusionAuthException exception) {
        Decision next = feasible(wanted);
        if (code == null) {
            transcript.unknownCallback(callback, domain, raw, msg, next, exception);
        } else {
            transcript.callback(callback, code, next, exception);
        }
        if (exception != null) {
            caught.add(exception.getClass());
        }
        if (next != Decision.CONTINUE) {
            decision = next;
            sdk.stopScene();
        }
    }

    /**
     * What the app can do of what a handler wants: a retry once this step's starts are used up, or a
     * fallback once already in SMS, becomes the next way out.
     */
    private Decision feasible(Decision wanted) {
        if (wanted == Decision.RETRY && startsOfNode >= MAX_STARTS_PER_NODE) {
            return feasible(Decision.FALL_BACK_TO_SMS);
        }
        if (wanted == Decision.FALL_BACK_TO_SMS && node == Node.SMS_CODE) {
            return Decision.ABORT;
        }
        return wanted;
    }

    private LoginResult result(LoginResult.Outcome outcome) {
        return new LoginResult(outcome, starts, caught);
    }
}
