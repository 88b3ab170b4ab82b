// The class-form domain of com.example.big: more names than an enum holds (3,000), written here rather than
// checked in. The Kotlin builds read its constants, values() and ordering.
def catalog = new StringBuilder('codebook: 1\nname: Huge\ndomains:\n  - name: Big\n    kind: failure\n    codes:\n')
for (int i = 0; i < 3001; i++) {
  catalog << "      - {code: ${100000 + i}, name: BIG_${i}, message: Big ${i}.}\n"
}
new File(basedir, 'codes/src/main/java/com/example/big/big.yaml').setText(catalog.toString(), 'UTF-8')
// README's Kotlin example, verbatim, compiled into the app (with warnings as errors) and run by its main.
def readmeBlock = evaluate(new File(repositoryRoot, 'processor/src/it/readme.groovy'))
def example = readmeBlock(repositoryRoot, '\n## Kotlin\n', 'kotlin').readLines().collect { '    ' + it }.join('\n')
new File(basedir, 'app/src/main/kotlin/com/example/kotlin/Readme.kt').setText("""\
package com.example.kotlin

import com.example.codes.CardCode
import com.example.codes.CardHandler
import com.example.codes.ShopException

/** README's Kotlin example, as prebuild.groovy copied it. */
@Suppress("UNUSED_VARIABLE")
fun readmeExample(raw: Int, sdkMessage: String?) {
${example}
}
""", 'UTF-8')
true
