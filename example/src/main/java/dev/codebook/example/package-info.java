/**
 * A simulated fusion authentication login, as an app would write it against the code enums that
 * Codebook generates into {@link dev.codebook.example.codes}.
 *
 * <p>{@link dev.codebook.example.FakeFusionAuthSdk} replays scripted callbacks with raw codes, just as the
 * real SDK reports them; {@link dev.codebook.example.LoginFlow} looks each code up and decides what to do;
 * {@link dev.codebook.example.LoginDemo} runs a handful of scenarios, prints a transcript and checks
 * that each scenario ended as expected.
 */
package dev.codebook.example;
