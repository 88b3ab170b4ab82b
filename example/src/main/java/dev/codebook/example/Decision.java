package dev.codebook.example;

/** What the app does after a callback. */
enum Decision {
    /** Keep listening: the SDK has more to say. */
    CONTINUE("continue"),

    /** Stop this attempt and start the same step again, with a fresh token. */
    RETRY("retry"),

    /** Give up on one-click login and verify the number with an SMS code instead. */
    FALL_BACK_TO_SMS("fall back to SMS"),

    /** End the login: the user backed out, or nothing the app could try would help. */
    ABORT("abort"),

    /** Verified: hand the token to the app server and log the user in. */
    LOG_IN("log in");

    private final String label;

    Decision(String label) {
        this.label = label;
    }

    /**
     * How the transcript names the decision.
     *
     * @return a short lower-case label, such as {@code "fall back to SMS"}
     */
    String label() {
        return label;
    }
}
