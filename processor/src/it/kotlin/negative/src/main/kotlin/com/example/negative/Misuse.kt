package com.example.negative

import com.example.big.BigCode
import com.example.codes.CardCode
import com.example.codes.CardHandler
import com.example.codes.ShopException

// Each line marked "error:" must fail to compile with that text on that line (verify.groovy): each would
// have compiled, and thrown at run time, when the generated API said nothing about null.

fun unknownCodeName(): String = CardCode.forCode(0x7777).name // error: only safe (?.) or non-null asserted (!!.) calls are allowed on a nullable receiver of type 'CardCode?'

fun unknownCodeAsNonNull(raw: Int) {
    val code: CardCode = CardCode.forCode(raw) // error: initializer type mismatch: expected 'CardCode', actual 'CardCode?'
}

fun unknownExceptionCode(e: ShopException): String = e.code().name() // error: only safe (?.) or non-null asserted (!!.) calls are allowed on a nullable receiver of type 'ShopCode?'

fun adviceAsNonNull(): String = CardCode.APPROVED.advice() // error: return type mismatch: expected 'String', actual 'String?'

fun rangeTitle(raw: Int): String? = CardCode.rangeOf(raw).title() // error: only safe (?.) or non-null asserted (!!.) calls are allowed on a nullable receiver of type 'CardRange?'

fun noHandler(): CardHandler<String> = CardHandler.of<String>(null, { raw, _ -> raw }) // error: null cannot be a value of a non-null type

fun noUnknownHandler(): CardHandler<String> = CardHandler.of<String>({ code, _ -> code.name }, null) // error: null cannot be a value of a non-null type

fun compareToNothing(): Int = BigCode.BIG_0.compareTo(null) // error: null cannot be a value of a non-null type 'BigCode'

fun unknownWithoutRawCode(): ShopException = ShopException("Card", null, "detail") // error: null cannot be a value of a non-null type 'String'

class DetailNeverNull : CardHandler<String> { // error: class 'DetailNeverNull' is not abstract and does not implement abstract member
    override fun onOutcome(code: CardCode, detail: String): String = code.name // error: 'onOutcome' overrides nothing
}
