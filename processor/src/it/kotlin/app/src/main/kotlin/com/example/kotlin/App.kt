package com.example.kotlin

import com.example.big.BigCode
import com.example.codes.CardCode
import com.example.codes.CardException
import com.example.codes.CardHandler
import com.example.codes.ExpiredException
import com.example.codes.IssuerException
import com.example.codes.ShopCode
import com.example.codes.ShopException
import com.example.codes.SkuCode
import com.example.codes.StockException
import java.util.Locale

/** What the app does about each card code: a `when` with no `else`, which Kotlin checks covers every code. */
fun decide(code: CardCode): String = when (code) {
    CardCode.APPROVED -> "ship"
    CardCode.DECLINED, CardCode.EXPIRED -> "ask for another card"
    CardCode.PENDING -> "wait"
    CardCode.TIMEOUT -> "retry"
}

/** A code received from the payment SDK: `forCode` is `CardCode?`, so Kotlin makes the unknown case explicit. */
fun describe(raw: Int): String = CardCode.forCode(raw)?.message() ?: "unknown code 0x${raw.toString(16)}"

/** A handler as a class: `detail` is `String?` in every override, because the SDK may send none. */
class CardFailures : CardHandler<String> {
    override fun onDeclined(detail: String?): String = "declined: ${detail ?: "no detail"}"
    override fun onExpired(detail: String?): String = "expired"
    override fun onOutcome(code: CardCode, detail: String?): String = "outcome ${code.name}"
    override fun onUnknown(rawCode: String, detail: String?): String = "unknown $rawCode"
}

private var checks = 0

private fun expect(actual: Any?, expected: Any?) {
    check(actual == expected) { "expected <$expected> but was <$actual>" }
    checks++
}

private inline fun <reified E : Throwable> thrown(block: () -> Unit): E {
    try {
        block()
    } catch (e: Throwable) {
        if (e is E) return e
        throw AssertionError("expected ${E::class.simpleName}, got $e", e)
    }
    throw AssertionError("expected ${E::class.simpleName}, nothing thrown")
}

fun main() {
    // Lookups: a code the catalog does not know is null, and Kotlin says so.
    expect(describe(0x101), "Card {last4} declined.")
    expect(describe(0x7777), "unknown code 0x7777")
    expect(CardCode.forCode(0x7777)?.name, null)
    expect(CardCode.forCode("0x102"), CardCode.EXPIRED)
    expect(SkuCode.forCode(null), null)
    expect(decide(CardCode.REFUSED), "ask for another card")
    expect(CardCode.values().map { decide(it) }.distinct().size, 4)

    // Texts, translations, parameters and attributes.
    expect(CardCode.DECLINED.advice(), "Use another card.")
    expect(CardCode.APPROVED.advice(), null)
    expect(CardCode.DECLINED.message(null), "Card {last4} declined.")
    expect(CardCode.DECLINED.format(Locale.GERMAN, "4242"), "Karte 4242 abgelehnt.")
    expect(CardCode.DECLINED.format(null as Any?), "Card null declined.")
    expect(CardCode.DECLINED.params(), listOf("last4"))
    expect(CardCode.DECLINED.docs(), "https://example.com/declined")
    expect(CardCode.APPROVED.docs(), null)
    expect(CardCode.TIMEOUT.retryable(), true)
    expect(CardCode.DECLINED.codeText(), "0x00000101")
    val shopCode: ShopCode = CardCode.EXPIRED
    expect(shopCode.name(), "EXPIRED")

    // Ranges.
    expect(CardCode.rangeOf(0x1AB)?.title(), "Issuer errors")
    expect(CardCode.APPROVED.range(), null)
    expect(CardCode.DECLINED.range()?.from(), 0x100)

    // Handlers: a SAM lambda, a class, and of(...); a null detail reaches Kotlin as String?.
    val lambda = CardHandler<String> { code, detail -> "${code.name}/${detail ?: "-"}" }
    expect(lambda.dispatch(0x101, null), "DECLINED/-")
    expect(lambda.dispatch(CardCode.TIMEOUT, "slow"), "TIMEOUT/slow")
    expect(CardFailures().dispatch(0x101, null), "declined: no detail")
    expect(CardFailures().dispatch(0x7, null), "outcome PENDING")
    expect(CardFailures().dispatch(0x7777, null), "unknown 0x00007777")
    expect(CardFailures().dispatch(null as String?, null), "unknown null")
    val both = CardHandler.of<String>({ code, _ -> code.name }, { rawCode, _ -> "? $rawCode" })
    expect(both.dispatch(0x102, null), "EXPIRED")
    expect(both.dispatch(0x7777, "x"), "? 0x00007777")
    val nothing = CardHandler<Unit> { _, _ -> }
    nothing.dispatch(CardCode.APPROVED, null)

    // Exceptions: typed factories, check, and the catalog's exception for a code it does not know.
    val declined: CardException = CardException.declined("4242")
    expect(declined.code(), CardCode.DECLINED)
    expect(declined.args(), listOf<Any?>("4242"))
    expect(declined.message, "Card 0x00000101 DECLINED: Card 4242 declined. Advice: Use another card.")
    expect(CardException.declined(null).args(), listOf<Any?>(null))
    val expired = thrown<ExpiredException> { CardCode.check(0x102, "from the bank") }
    expect(expired.code(), CardCode.EXPIRED)
    expect(expired.detail(), "from the bank")
    val issuer = thrown<IssuerException> { CardCode.check(0x1AB) }
    expect(issuer.code(), null)
    expect(issuer.rawCode(), "0x000001AB")
    val unknown = thrown<ShopException> { CardCode.check(0x7777) }
    expect(unknown.code()?.name(), null)
    expect(unknown.detail(), null)
    expect(thrown<StockException> { SkuCode.check("S99") }.rawCode(), "S99")
    expect(CardCode.check(0x0), CardCode.APPROVED)

    // The class form: constants, values(), ordering.
    expect(BigCode.forCode(100_000), BigCode.BIG_0)
    expect(BigCode.values().size, 3_001)
    expect(BigCode.BIG_1 > BigCode.BIG_0, true)
    expect(BigCode.valueOf("BIG_3000").code(), 103_000)

    // README's example, as README shows it (prebuild.groovy copies it into Readme.kt).
    readmeExample(0x101, null)
    readmeExample(0x7777, "sent by the SDK")

    println("Kotlin: all $checks checks passed.")
}
