package dev.codebook.example;

/**
 * What the fusion authentication SDK tells the app, one method per callback.
 *
 * <p>Shaped like the real SDK's callbacks: a code arrives raw, as the SDK's own text or number, together
 * with the SDK's message, and the app looks it up. The callback a code arrives through decides which
 * domain of the catalog it belongs to: {@code "410011"} is a click through {@link #onClickEvent} but a
 * China Unicom HTTPS error through {@link #onCarrierFailed}.
 */
interface FusionAuthCallback {

    /**
     * The scene moved on: progress, success and event codes of domain {@code Sdk}.
     *
     * @param code the code as text, such as {@code "300002"}
     * @param msg the SDK's message
     */
    void onAuthEvent(String code, String msg);

    /**
     * The user tapped something on a page the SDK draws: codes of domain {@code ClickEvent}.
     *
     * @param code the code as text, such as {@code "410011"}
     * @param msg the SDK's message
     */
    void onClickEvent(String code, String msg);

    /**
     * The one-click login layer reports a result: codes of domain {@code OneClickLogin}, as a number.
     *
     * @param code the code, such as {@code 1600008}
     * @param msg the SDK's message
     */
    void onOneClickResult(int code, String msg);

    /**
     * A carrier gateway refused, with the carrier's own code.
     *
     * @param carrier {@code "CMCC"} (China Mobile), {@code "CUCC"} (China Unicom) or {@code "CTCC"} (China Telecom)
     * @param code the carrier's code as text, such as {@code "-2"}
     * @param msg the SDK's message
     */
    void onCarrierFailed(String carrier, String code, String msg);

    /**
     * A verification step failed: codes of domain {@code Sdk}.
     *
     * @param code the code as text, such as {@code "300003"}
     * @param msg the SDK's message
     */
    void onVerifyFailed(String code, String msg);

    /**
     * A verification step passed; the app server exchanges the token for the verified phone number.
     *
     * @param token the verify token
     * @param code the code of domain {@code Sdk} as text, such as {@code "400006"}
     */
    void onVerifySuccess(String token, String code);
}
