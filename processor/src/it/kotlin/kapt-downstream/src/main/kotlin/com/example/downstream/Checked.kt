package com.example.downstream

import com.example.codes.CardCode
import com.example.codes.CardHandler
import dev.codebook.Exhaustive
import dev.codebook.Handles

/** Forgets TIMEOUT, a failure of codes' catalog. */
@Exhaustive
class CardTimeouts : CardHandler<String> {
    override fun onDeclined(detail: String?) = "declined"
    override fun onExpired(detail: String?) = "expired"
    override fun onOutcome(code: CardCode, detail: String?) = code.name
}

class Routes {
    /** A constant of another module's generated code is a constant under kapt; 0x999 is no code of Card. */
    @Handles(domain = "Card", catalog = "com.example.codes", codes = [CardCode.DECLINED_VALUE, 0x999])
    fun declined(code: Int) = code
}
