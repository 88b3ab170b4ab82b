package dev.codebook.example;

import dev.codebook.example.FakeFusionAuthSdk.Node;
import dev.codebook.example.codes.ChinaMobileCode;
import dev.codebook.example.codes.ChinaMobileNetworkException;
import dev.codebook.example.codes.ChinaTelecomCode;
import dev.codebook.example.codes.ChinaTelecomNetworkException;
import dev.codebook.example.codes.ChinaUnicomCode;
import dev.codebook.example.codes.ChinaUnicomNetworkException;
import dev.codebook.example.codes.ClickEventCode;
import dev.codebook.example.codes.FusionAuthCode;
import dev.codebook.example.codes.FusionAuthException;
import dev.codebook.example.codes.FusionAuthKind;
import dev.codebook.example.codes.OneClickLoginCode;
import dev.codebook.example.codes.SdkCode;
import dev.codebook.example.codes.SdkException;
import dev.codebook.example.codes.TokenException;
import java.util.ArrayList;
import java.util.List;

/**
 * The app's side of the login: takes the SDK's raw codes, looks each one up in the generated enums and
 * decides what to do next.
 *
 * <p>One-click login comes first. A bad token or an unreachable gateway is worth one retry; a device or
 * carrier that cannot do one-click login sends the user to SMS verification; a user who backs out, or an
 * app that is misconfigured, ends the login.
 */
final class LoginFlow implements FusionAuthCallback {

    /** How many times one step may be started before the app stops retrying it. */
    private static final int MAX_STARTS_PER_NODE = 2;

    private final FakeFusionAuthSdk sdk;
    private final Transcript transcript;
    private final List<Class<?>> caught = new ArrayList<Class<?>>();

    private Node node = Node.ONE_CLICK_LOGIN;
    private int startsOfNode;
    private int starts;
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
            transcript.start(node, startsOfNode);
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

    // ---- Callbacks: look the raw code up, decide, record.

    @Override
    public void onAuthEvent(String code, String msg) {
        // An event the app does not know changes nothing: note it and keep listening.
        onSdkCode("onAuthEvent", code, msg, Decision.CONTINUE);
    }

    @Override
    public void onVerifyFailed(String code, String msg) {
        // A failure the app does not know: one-click login cannot be trusted now, SMS still can.
        onSdkCode("onVerifyFailed", code, msg, fallBack());
    }

    /**
     * Both Sdk callbacks go through {@code check}: it returns progress, success and event codes, and
     * throws the code's own exception for failures, so it does not matter which callback a code took.
     */
    private void onSdkCode(String callback, String raw, String msg, Decision ifUnknown) {
        try {
            SdkCode code = SdkCode.check(raw);
            record(callback, code, decideSdkNonFailure(code), null);
        } catch (TokenException e) {
            // 300003..300006: this token is no good; the app server hands out a fresh one on the next start.
            record(callback, e.code(), retry(), e);
        } catch (SdkException e) {
            record(callback, e.code(), decideSdkFailure(e.code()), e);
        } catch (FusionAuthException e) {
            // Not in the catalog, from a newer SDK perhaps: e.code() is null, e.rawCode() is what arrived.
            recordUnknown(callback, e.domain(), e.rawCode(), msg, ifUnknown, e);
        }
    }

    private Decision decideSdkNonFailure(SdkCode code) {
        switch (code) {
            case AUTH_PAGE_CANCELLED:
                // The user closed the authorization page: respect it.
                return Decision.ABORT;
            case RISK_DETECTED:
                // A warning the SDK leaves to the app; this app does not log a risky device in.
                return Decision.ABORT;
            default:
                return Decision.CONTINUE;
        }
    }

    private Decision decideSdkFailure(SdkCode code) {
        switch (code) {
            case SCENE_NOT_FOUND:
            case SCHEME_CODE_EMPTY:
                // The app is misconfigured: no retry or fallback can help.
                return Decision.ABORT;
            case SMS_CODE_SEND_FAILED:
            case SMS_CODE_OBTAIN_FAILED:
                return retry();
            case AUTH_PAGE_SHOW_FAILED:
            case ONE_CLICK_TOKEN_FAILED:
            default:
                return fallBack();
        }
    }

    @Override
    public void onClickEvent(String raw, String msg) {
        ClickEventCode code = ClickEventCode.forCode(raw);
        if (code == null) {
            recordUnknown("onClickEvent", "ClickEvent", raw, msg, Decision.CONTINUE, null);
            return;
        }
        Decision next;
        switch (code) {
            case AUTH_PAGE_OTHER_NUMBER_CLICK:
                // "Log in with another number": one-click login only knows the SIM's number.
                next = fallBack();
                break;
            case SMS_PAGE_CANCELLED:
            case UPLINK_SMS_PAGE_CANCELLED:
                next = Decision.ABORT;
                break;
            default:
                next = Decision.CONTINUE;
                break;
        }
        record("onClickEvent", code, next, null);
    }

    @Override
    public void onOneClickResult(int raw, String msg) {
        OneClickLoginCode code = OneClickLoginCode.forCode(raw);
        Decision next = decideOneClick(raw, code);
        if (code == null) {
            recordUnknown("onOneClickResult", "OneClickLogin", Integer.toString(raw), msg, next, null);
        } else {
            record("onOneClickResult", code, next, null);
        }
    }

    /** The raw number is switched on directly: the generated {@code _VALUE} constants are case labels. */
    private Decision decideOneClick(int raw, OneClickLoginCode code) {
        switch (raw) {
            case OneClickLoginCode.USER_CANCELLED_VALUE:
                return Decision.ABORT;
            case OneClickLoginCode.USER_SWITCHED_METHOD_VALUE:
            case OneClickLoginCode.NO_SIM_CARD_VALUE:
            case OneClickLoginCode.CELLULAR_UNAVAILABLE_VALUE:
            case OneClickLoginCode.CARRIER_UNKNOWN_VALUE:
                // This device cannot do one-click login right now, however often it tries.
                return fallBack();
            case OneClickLoginCode.TIMEOUT_VALUE:
                return retry();
            default:
                return code != null && code.kind() != FusionAuthKind.FAILURE ? Decision.CONTINUE : fallBack();
        }
    }

    @Override
    public void onCarrierFailed(String carrier, String raw, String msg) {
        try {
            record("onCarrierFailed", checkCarrierCode(carrier, raw), Decision.CONTINUE, null);
        } catch (ChinaMobileNetworkException | ChinaUnicomNetworkException | ChinaTelecomNetworkException e) {
            // The carrier gateway could not be reached: worth another try before giving up on one-click.
            record("onCarrierFailed", e.code(), retry(), e);
        } catch (FusionAuthException e) {
            // Any other refusal, known or not: the carrier will not vouch for this number, SMS still can.
            if (e.code() == null) {
                recordUnknown("onCarrierFailed", e.domain(), e.rawCode(), msg, fallBack(), e);
            } else {
                record("onCarrierFailed", e.code(), fallBack(), e);
            }
        }
    }

    private static FusionAuthCode checkCarrierCode(String carrier, String raw) {
        switch (carrier) {
            case "CMCC":
                return ChinaMobileCode.check(raw);
            case "CUCC":
                return ChinaUnicomCode.check(raw);
            case "CTCC":
                return ChinaTelecomCode.check(raw);
            default:
                throw new FusionAuthException(carrier, raw, "no code table for this carrier");
        }
    }

    @Override
    public void onVerifySuccess(String token, String raw) {
        // The token is what counts; the code only says which step produced it.
        SdkCode code = SdkCode.forCode(raw);
        if (code == null) {
            recordUnknown("onVerifySuccess", "Sdk", raw, null, Decision.LOG_IN, null);
        } else {
            record("onVerifySuccess", code, Decision.LOG_IN, null);
        }
    }

    // ---- Decisions that depend on where the login stands.

    /** Another start of this step while starts are left, else the next way out. */
    private Decision retry() {
        return startsOfNode < MAX_STARTS_PER_NODE ? Decision.RETRY : fallBack();
    }

    /** SMS after one-click login; once already in SMS there is nothing left to fall back to. */
    private Decision fallBack() {
        return node == Node.ONE_CLICK_LOGIN ? Decision.FALL_BACK_TO_SMS : Decision.ABORT;
    }

    // ---- Recording.

    private void record(String callback, FusionAuthCode code, Decision next, FusionAuthException exception) {
        transcript.callback(callback, code, next, exception);
        settle(next, exception);
    }

    private void recordUnknown(String callback, String domain, String raw, String msg, Decision next,
            FusionAuthException exception) {
        transcript.unknownCallback(callback, domain, raw, msg, next, exception);
        settle(next, exception);
    }

    private void settle(Decision next, FusionAuthException exception) {
        if (exception != null) {
            caught.add(exception.getClass());
        }
        if (next != Decision.CONTINUE) {
            decision = next;
            sdk.stopScene();
        }
    }

    private LoginResult result(LoginResult.Outcome outcome) {
        return new LoginResult(outcome, starts, caught);
    }
}
