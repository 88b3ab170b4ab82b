package dev.codebook.example;

import static dev.codebook.example.FakeFusionAuthSdk.authEvent;
import static dev.codebook.example.FakeFusionAuthSdk.carrierFailed;
import static dev.codebook.example.FakeFusionAuthSdk.clickEvent;
import static dev.codebook.example.FakeFusionAuthSdk.oneClickResult;
import static dev.codebook.example.FakeFusionAuthSdk.verifyFailed;
import static dev.codebook.example.FakeFusionAuthSdk.verifySuccess;

import dev.codebook.example.LoginResult.Outcome;
import dev.codebook.example.codes.ChinaUnicomException;
import dev.codebook.example.codes.ChinaUnicomNetworkException;
import dev.codebook.example.codes.FusionAuthException;
import dev.codebook.example.codes.OneClickLoginCode;
import dev.codebook.example.codes.OneClickLoginHandler;
import dev.codebook.example.codes.TokenException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.UnsupportedEncodingException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs a handful of scripted login scenarios against the generated code and prints what happens, then
 * dispatches a few raw codes on their own to show which handler method each one reaches.
 *
 * <p>Each scenario says how it must end, and each dispatched code what it must decide; if the generated
 * code made the app decide otherwise, the demo says what went wrong and exits with status 1. The build runs
 * this class, so that is a live check of the generated code, with the catalog from its jar and nothing but
 * the JDK at run time.
 */
public final class LoginDemo {

    private LoginDemo() {
    }

    /**
     * Runs the scenarios and the dispatches.
     *
     * @param args ignored
     * @throws UnsupportedEncodingException never: every JDK supports UTF-8
     */
    public static void main(String[] args) throws UnsupportedEncodingException {
        // UTF-8 whatever the platform encoding, so the Chinese messages print as they are.
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, "UTF-8");
        Transcript transcript = new Transcript(out);
        transcript.title("Codebook example: a fusion authentication login against a scripted SDK",
                "Codes from /codebook/fusion-auth.yaml, decided by the handlers generated in dev.codebook.example.codes.");

        List<Scenario> scenarios = scenarios();
        List<String> mismatches = new ArrayList<String>();
        for (int i = 0; i < scenarios.size(); i++) {
            Scenario scenario = scenarios.get(i);
            transcript.scenario(i + 1, scenario.title, scenario.story);
            String mismatch;
            LoginResult result = null;
            try {
                result = new LoginFlow(scenario.script.newSdk(), transcript).run();
                mismatch = scenario.mismatch(result);
            } catch (RuntimeException e) {
                mismatch = "the login threw " + e;
            }
            transcript.verdict(result, mismatch);
            if (mismatch != null) {
                mismatches.add((i + 1) + ". " + scenario.title + ": " + mismatch);
            }
        }
        int dispatches = dispatchOneClickCodes(transcript, mismatches);
        transcript.summary(scenarios.size(), dispatches, mismatches);
        out.flush();
        if (!mismatches.isEmpty()) {
            System.err.println("LoginDemo: " + mismatches.size()
                    + " check(s) did not go as expected; the generated code behaves otherwise than this demo expects.");
            System.exit(1);
        }
    }

    private static List<Scenario> scenarios() {
        List<Scenario> scenarios = new ArrayList<Scenario>();

        scenarios.add(new Scenario("One-click login, right the first time",
                "Cellular data on, token valid: the user ticks the agreement and taps the login button.",
                FakeFusionAuthSdk.script()
                        .oneClickLogin(
                                authEvent("900003", "融合认证接口请求开始"),
                                authEvent("300002", "Token鉴权合法"),
                                authEvent("400003", "一键登录弹起授权页成功"),
                                clickEvent("410011", "一键登录授权页点击协议"),
                                oneClickResult(1700002, "点击登录按钮事件"),
                                verifySuccess("vt-7f3a9c01", "400006")),
                Outcome.ONE_CLICK_LOGIN));

        scenarios.add(new Scenario("A stale token is replaced and the step retried",
                "The app server handed out an expired token; the SDK rejects it as \"300003\".",
                FakeFusionAuthSdk.script()
                        .oneClickLogin(
                                authEvent("300001", "Token正在鉴权"),
                                verifyFailed("300003", "Token不合法"))
                        .oneClickLogin(
                                authEvent("300002", "Token鉴权合法"),
                                authEvent("400003", "一键登录弹起授权页成功"),
                                oneClickResult(1700002, "点击登录按钮事件"),
                                verifySuccess("vt-51d0e2b8", "400006")),
                Outcome.ONE_CLICK_LOGIN, TokenException.class));

        scenarios.add(new Scenario("One-click login times out, then finds cellular data off: SMS instead",
                "The first start times out (1600015) and is retried; the second finds Wi-Fi only (1600008).",
                FakeFusionAuthSdk.script()
                        .oneClickLogin(
                                authEvent("300002", "Token鉴权合法"),
                                oneClickResult(1600015, "调用接口超时"))
                        .oneClickLogin(
                                authEvent("300002", "Token鉴权合法"),
                                oneClickResult(1600008, "蜂窝网络未开启或不稳定"))
                        .smsCode(
                                authEvent("500001", "短信验证码界面初始化成功"),
                                clickEvent("510002", "短信界面点击获取验证码按钮事件"),
                                authEvent("500007", "验证码发送成功"),
                                clickEvent("510003", "短信界面点击提交验证码按钮事件"),
                                verifySuccess("vt-02c4aa6e", "500013")),
                Outcome.SMS_LOGIN));

        scenarios.add(new Scenario("China Unicom: a timeout is retried, bad gateway data is not",
                "The Unicom gateway times out (10103), then answers with data the SDK cannot use (-2).",
                FakeFusionAuthSdk.script()
                        .oneClickLogin(
                                authEvent("300002", "Token鉴权合法"),
                                carrierFailed("CUCC", "10103", "超时"))
                        .oneClickLogin(
                                authEvent("300002", "Token鉴权合法"),
                                carrierFailed("CUCC", "-2", "服务端数据格式出错"))
                        .smsCode(
                                authEvent("500001", "短信验证码界面初始化成功"),
                                authEvent("500007", "验证码发送成功"),
                                verifySuccess("vt-9be13f47", "500013")),
                Outcome.SMS_LOGIN, ChinaUnicomNetworkException.class, ChinaUnicomException.class));

        scenarios.add(new Scenario("A code newer than the catalog",
                "A newer SDK fails with 999999, which the catalog does not know: no crash, SMS instead.",
                FakeFusionAuthSdk.script()
                        .oneClickLogin(
                                authEvent("300002", "Token鉴权合法"),
                                verifyFailed("999999", "系统繁忙,请稍后重试"))
                        .smsCode(
                                authEvent("500001", "短信验证码界面初始化成功"),
                                authEvent("500007", "验证码发送成功"),
                                verifySuccess("vt-c8804d12", "500013")),
                Outcome.SMS_LOGIN, FusionAuthException.class));

        scenarios.add(new Scenario("The user backs out",
                "The authorization page is up, and the user taps back instead of logging in.",
                FakeFusionAuthSdk.script()
                        .oneClickLogin(
                                authEvent("300002", "Token鉴权合法"),
                                authEvent("400003", "一键登录弹起授权页成功"),
                                oneClickResult(1700000, "点击返回,用户取消一键登录"),
                                verifySuccess("vt-never-sent", "400006")),
                Outcome.ABORTED));

        return scenarios;
    }

    /**
     * Dispatches a few raw one-click codes straight to {@link OneClickLoginPolicy}, to show which method each
     * one reaches, and checks the decisions.
     *
     * @param transcript where each dispatch is printed
     * @param mismatches where a decision other than the expected one is added
     * @return how many codes were dispatched
     */
    private static int dispatchOneClickCodes(Transcript transcript, List<String> mismatches) {
        transcript.dispatchHeading("Dispatch: raw one-click codes to OneClickLoginPolicy's methods",
                "OneClickLoginHandler.dispatch(int, String) calls the code's own method (not overridden: its kind's,"
                        + " then onOutcome), or onUnknown for a code the catalog lacks.");
        OneClickLoginHandler<Decision> policy = new OneClickLoginPolicy();
        int[] codes = {1600008, 1600015, 1600026, 1700000, 1700002, 1699999};
        Decision[] expected = {Decision.FALL_BACK_TO_SMS, Decision.RETRY, Decision.CONTINUE, Decision.ABORT,
            Decision.CONTINUE, Decision.FALL_BACK_TO_SMS};
        for (int i = 0; i < codes.length; i++) {
            Decision decision = policy.dispatch(codes[i], null);
            String mismatch = decision == expected[i] ? null : "expected to " + expected[i].label();
            transcript.dispatched(Integer.toString(codes[i]), OneClickLoginCode.forCode(codes[i]), decision, mismatch);
            if (mismatch != null) {
                mismatches.add("dispatch(" + codes[i] + "): " + mismatch + ", but the handler decided to "
                        + decision.label());
            }
        }
        return codes.length;
    }

    /** A named script for the fake SDK, and how the login must end when it plays. */
    private static final class Scenario {
        final String title;
        final String story;
        final FakeFusionAuthSdk.Script script;
        final Outcome expectedOutcome;
        final List<Class<?>> expectedCaught;

        Scenario(String title, String story, FakeFusionAuthSdk.Script script, Outcome expectedOutcome,
                Class<?>... expectedCaught) {
            this.title = title;
            this.story = story;
            this.script = script;
            this.expectedOutcome = expectedOutcome;
            this.expectedCaught = Arrays.asList(expectedCaught);
        }

        /** What differs from the expected end, or {@code null} if nothing does. */
        String mismatch(LoginResult result) {
            List<String> differences = new ArrayList<String>();
            if (result.outcome() != expectedOutcome) {
                differences.add("expected the login to end " + expectedOutcome.label()
                        + ", but it ended " + result.outcome().label());
            }
            if (!result.caught().equals(expectedCaught)) {
                differences.add("expected to catch " + Transcript.simpleNames(expectedCaught)
                        + ", but caught " + Transcript.simpleNames(result.caught()));
            }
            if (differences.isEmpty()) {
                return null;
            }
            // Not String.join: Android has it only from API level 26, and this app runs on 21 (animal-sniffer).
            StringBuilder text = new StringBuilder(differences.get(0));
            for (String difference : differences.subList(1, differences.size())) {
                text.append("; ").append(difference);
            }
            return text.toString();
        }
    }
}
