package com.example.probe

import com.example.big.BigCode
import com.example.big.BigHandler
import com.example.codes.CardCode
import com.example.codes.CardException
import com.example.codes.CardHandler
import com.example.codes.CardRange
import com.example.codes.ShopCode
import com.example.codes.ShopException
import com.example.codes.SkuCode
import com.example.codes.SkuRange
import java.util.Locale

/**
 * Every line with `!!` asserts a member that Kotlin must see as non-null, so each must draw "unnecessary
 * non-null assertion"; a platform type would draw nothing (verify.groovy checks each line). What may be null
 * is shown by the app, which must handle it, and by negative, which does not compile.
 */
@Suppress("UNUSED_VARIABLE")
fun probe(code: ShopCode, card: CardCode, sku: SkuCode, e: ShopException, ce: CardException, range: CardRange,
          skuRange: SkuRange, handler: CardHandler<String>, big: BigCode, bigHandler: BigHandler<String>) {
    val a1 = code.name()!!
    val a2 = code.kind()!!
    val a3 = code.domain()!!
    val a4 = code.codeText()!!
    val a5 = code.message()!!
    val a6 = code.message(Locale.GERMAN)!!
    val a7 = code.params()!!
    val a8 = code.params()[0]!!
    val a9 = code.format("x")!!
    val a10 = code.format(Locale.GERMAN, "x")!!
    val a11 = code.exception()!!
    val a12 = code.exception("detail")!!
    val a13 = code.exception("detail", null)!!
    val b1 = card.codeText()!!
    val b2 = card.kind()!!
    val b3 = card.message()!!
    val b4 = card.params()[0]!!
    val b5 = card.exception()!!
    val b6 = CardCode.check(0)!!
    val b7 = CardCode.check("0x0", null)!!
    val b8 = CardCode.REFUSED!!
    val b9 = card.retryable()
    val b10 = CardCode.values()!!
    val b11 = CardCode.valueOf("APPROVED")!!
    val c1 = sku.code()!!
    val c2 = SkuCode.OUT_OF_STOCK_VALUE!!
    val c3 = SkuCode.check("OK")!!
    val d1 = e.domain()!!
    val d2 = e.rawCode()!!
    val d3 = e.args()!!
    val d4 = e.message!!
    val d5 = CardException.declined("4242")!!
    val d6 = ce.args()!!
    val r1 = range.from()
    val r2 = skuRange.prefix()!!
    val r3 = CardRange.ISSUER!!
    val h1 = CardHandler.of<String>({ c, _ -> c.name }, { raw, _ -> raw })!!
    val g1 = BigCode.BIG_0!!
    val g2 = BigCode.values()!!
    val g3 = BigCode.values()[0]!!
    val g4 = BigCode.valueOf("BIG_1")!!
    val g5 = big.name()!!
    val g6 = big.toString()!!
    val g7 = BigCode.check(100_001)!!
}
