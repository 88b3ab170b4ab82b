package dev.codebook.example;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A stand-in for the fusion authentication SDK that replays a script of callbacks.
 *
 * <p>Each start of a step ({@link Node}) plays the next list of callbacks the script holds for that step,
 * with raw codes exactly as the real SDK hands them over: text for most callbacks, a number for the
 * one-click login layer. The app ends a start early with {@link #stopScene()}, as it would stop the real
 * scene once it has decided.
 */
final class FakeFusionAuthSdk {

    /** A step of the login template. */
    enum Node {
        /** The carrier vouches for the SIM's phone number: no code to type. */
        ONE_CLICK_LOGIN("one-click login"),

        /** The user types a code sent by SMS. */
        SMS_CODE("SMS code");

        private final String label;

        Node(String label) {
            this.label = label;
        }

        /**
         * How the transcript names the step.
         *
         * @return a short label, such as {@code "one-click login"}
         */
        String label() {
            return label;
        }
    }

    private final Map<Node, List<List<Call>>> script;
    private final Map<Node, Integer> starts = new EnumMap<Node, Integer>(Node.class);
    private boolean stopped;

    private FakeFusionAuthSdk(Map<Node, List<List<Call>>> script) {
        this.script = script;
    }

    /**
     * Starts a step and plays its next scripted callbacks until the script ends or the app stops the scene.
     *
     * @param node the step to start
     * @param callback the app
     * @throws IllegalStateException if the script has no more starts of this step
     */
    void startScene(Node node, FusionAuthCallback callback) {
        Integer before = starts.get(node);
        int start = before == null ? 0 : before;
        List<List<Call>> plays = script.get(node);
        if (plays == null || start >= plays.size()) {
            throw new IllegalStateException("the script has no start " + (start + 1) + " of " + node.label());
        }
        starts.put(node, start + 1);
        stopped = false;
        for (Call call : plays.get(start)) {
            if (stopped) {
                break;
            }
            call.deliverTo(callback);
        }
    }

    /** Stops the running scene: no more callbacks until the next start. */
    void stopScene() {
        stopped = true;
    }

    /**
     * A new, empty script.
     *
     * @return a builder for the SDK's script
     */
    static Script script() {
        return new Script();
    }

    /**
     * {@link FusionAuthCallback#onAuthEvent}.
     *
     * @param code the raw code
     * @param msg the SDK's message
     * @return the scripted callback
     */
    static Call authEvent(String code, String msg) {
        return new Call(Call.Method.AUTH_EVENT, null, code, 0, msg);
    }

    /**
     * {@link FusionAuthCallback#onClickEvent}.
     *
     * @param code the raw code
     * @param msg the SDK's message
     * @return the scripted callback
     */
    static Call clickEvent(String code, String msg) {
        return new Call(Call.Method.CLICK_EVENT, null, code, 0, msg);
    }

    /**
     * {@link FusionAuthCallback#onOneClickResult}.
     *
     * @param code the raw code
     * @param msg the SDK's message
     * @return the scripted callback
     */
    static Call oneClickResult(int code, String msg) {
        return new Call(Call.Method.ONE_CLICK_RESULT, null, null, code, msg);
    }

    /**
     * {@link FusionAuthCallback#onCarrierFailed}.
     *
     * @param carrier {@code "CMCC"}, {@code "CUCC"} or {@code "CTCC"}
     * @param code the carrier's raw code
     * @param msg the SDK's message
     * @return the scripted callback
     */
    static Call carrierFailed(String carrier, String code, String msg) {
        return new Call(Call.Method.CARRIER_FAILED, carrier, code, 0, msg);
    }

    /**
     * {@link FusionAuthCallback#onVerifyFailed}.
     *
     * @param code the raw code
     * @param msg the SDK's message
     * @return the scripted callback
     */
    static Call verifyFailed(String code, String msg) {
        return new Call(Call.Method.VERIFY_FAILED, null, code, 0, msg);
    }

    /**
     * {@link FusionAuthCallback#onVerifySuccess}.
     *
     * @param token the verify token
     * @param code the raw code
     * @return the scripted callback
     */
    static Call verifySuccess(String token, String code) {
        return new Call(Call.Method.VERIFY_SUCCESS, null, code, 0, token);
    }

    /** One scripted callback: which method, with which raw values. */
    static final class Call {

        /** The callback method. */
        enum Method { AUTH_EVENT, CLICK_EVENT, ONE_CLICK_RESULT, CARRIER_FAILED, VERIFY_FAILED, VERIFY_SUCCESS }

        private final Method method;
        private final String carrier;
        private final String code;
        private final int number;
        private final String text;

        private Call(Method method, String carrier, String code, int number, String text) {
            this.method = method;
            this.carrier = carrier;
            this.code = code;
            this.number = number;
            this.text = text;
        }

        /**
         * Makes this callback.
         *
         * @param callback the app
         */
        void deliverTo(FusionAuthCallback callback) {
            switch (method) {
                case AUTH_EVENT:
                    callback.onAuthEvent(code, text);
                    break;
                case CLICK_EVENT:
                    callback.onClickEvent(code, text);
                    break;
                case ONE_CLICK_RESULT:
                    callback.onOneClickResult(number, text);
                    break;
                case CARRIER_FAILED:
                    callback.onCarrierFailed(carrier, code, text);
                    break;
                case VERIFY_FAILED:
                    callback.onVerifyFailed(code, text);
                    break;
                case VERIFY_SUCCESS:
                    callback.onVerifySuccess(text, code);
                    break;
                default:
                    throw new AssertionError(method);
            }
        }
    }

    /** Builds the SDK's script: for each step, what each start of it plays. */
    static final class Script {
        private final Map<Node, List<List<Call>>> plays = new EnumMap<Node, List<List<Call>>>(Node.class);

        private Script() {
        }

        /**
         * Adds the next start of one-click login.
         *
         * @param calls the callbacks it plays, in order
         * @return this builder
         */
        Script oneClickLogin(Call... calls) {
            return add(Node.ONE_CLICK_LOGIN, calls);
        }

        /**
         * Adds the next start of SMS code verification.
         *
         * @param calls the callbacks it plays, in order
         * @return this builder
         */
        Script smsCode(Call... calls) {
            return add(Node.SMS_CODE, calls);
        }

        private Script add(Node node, Call[] calls) {
            List<List<Call>> starts = plays.get(node);
            if (starts == null) {
                starts = new ArrayList<List<Call>>();
                plays.put(node, starts);
            }
            starts.add(Collections.unmodifiableList(new ArrayList<Call>(Arrays.asList(calls))));
            return this;
        }

        /**
         * A fresh SDK that plays this script from its start.
         *
         * @return the fake SDK
         */
        FakeFusionAuthSdk newSdk() {
            return new FakeFusionAuthSdk(new EnumMap<Node, List<List<Call>>>(plays));
        }
    }
}
