package dev.codebook.example;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** How a login ended, how many starts it took, and which exceptions the app caught on the way. */
final class LoginResult {

    /** How a login ended. */
    enum Outcome {
        /** Logged in without typing a code. */
        ONE_CLICK_LOGIN("logged in by one-click login"),

        /** Logged in with an SMS code, after one-click login did not work out. */
        SMS_LOGIN("logged in by SMS code"),

        /** Not logged in. */
        ABORTED("aborted");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        /**
         * How the transcript names the outcome.
         *
         * @return a short label, such as {@code "logged in by SMS code"}
         */
        String label() {
            return label;
        }
    }

    private final Outcome outcome;
    private final int starts;
    private final List<Class<?>> caught;

    /**
     * A finished login.
     *
     * @param outcome how it ended
     * @param starts how many times a step was started
     * @param caught the classes of the exceptions caught, in order
     */
    LoginResult(Outcome outcome, int starts, List<Class<?>> caught) {
        this.outcome = outcome;
        this.starts = starts;
        this.caught = Collections.unmodifiableList(new ArrayList<Class<?>>(caught));
    }

    /**
     * How the login ended.
     *
     * @return the outcome
     */
    Outcome outcome() {
        return outcome;
    }

    /**
     * How many times a step of the scene was started, retries and fallback included.
     *
     * @return the number of starts, at least 1
     */
    int starts() {
        return starts;
    }

    /**
     * The classes of the generated exceptions the app caught, in order.
     *
     * @return the classes, such as {@code [TokenException]}; empty if none
     */
    List<Class<?>> caught() {
        return caught;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(outcome.label())
                .append(" after ").append(starts).append(starts == 1 ? " start" : " starts")
                .append(", caught ").append(Transcript.simpleNames(caught));
        return text.toString();
    }
}
