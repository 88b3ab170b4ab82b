package com.example.app

import com.example.codes.CardCode
import com.example.codes.CardHandler
import dev.codebook.Exhaustive
import dev.codebook.Handles

/** Every failure of the catalog handled, or the build lists what is missing. */
@Exhaustive
class CardFailures : CardHandler<String> {
    override fun onInsufficientFunds(detail: String?) = "ask for another card"
    override fun onExpired(detail: String?) = "ask for another card"
    override fun onIssuerUnavailable(detail: String?) = "retry: ${detail ?: "no detail"}"
    override fun onOutcome(code: CardCode, detail: String?) = code.message()
}

class Retries {
    /** Under kapt, literal codes: a generated _VALUE constant is not a constant yet when kapt writes its stubs. */
    @Handles(domain = "Card", codes = [91])
    fun retryLater(code: Int) = code

    fun outcome(raw: Int, sdkMessage: String?): String =
        CardCode.forCode(raw)?.let { CardFailures().dispatch(it, sdkMessage) } ?: "unknown code $raw"
}
