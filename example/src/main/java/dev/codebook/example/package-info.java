/**
 * A simulated fusion authentication login, as an app would write it against the code enums, handlers and
 * exceptions that Codebook generates into {@link dev.codebook.example.codes}.
 *
 * <p>{@link dev.codebook.example.FakeFusionAuthSdk} replays scripted callbacks with raw codes, just as the
 * real SDK reports them; {@link dev.codebook.example.LoginFlow} dispatches each code to a generated handler
 * ({@link dev.codebook.example.OneClickLoginPolicy}, {@link dev.codebook.example.SdkPolicy}, a lambda for
 * taps) or catches it as a generated exception, and acts on the decision;
 * {@link dev.codebook.example.LoginDemo} runs a handful of scenarios, prints a transcript and checks that
 * each scenario ended as expected.
 */
package dev.codebook.example;
