import java.nio.file.Files
import java.nio.file.StandardCopyOption

// What the reactor built is checked here, then the builds that must fail are run, each with the Maven that
// runs this script, against the local repository where the reactor installed codes.
def maven = evaluate(new File(repositoryRoot, 'processor/src/it/mvn.groovy'))(basedir, itSettings, itRepository)
def mvn = { File dir, List<String> goals -> maven(dir, ['-Dkotlin.compiler.daemon=false'] + goals) }

def log = new File(basedir, 'build.log').getText('UTF-8')

// 1. The app ran its checks (exec:java at verify).
assert log =~ /Kotlin: all \d+ checks passed\./ : 'the Kotlin app did not report its checks'

// 2. Every non-null assertion of the probe drew Kotlin's warning: Kotlin sees those members as non-null,
//    not as platform types.
def probeFile = new File(basedir, 'probe/src/main/kotlin/com/example/probe/Probe.kt')
def asserted = [] as Set
probeFile.readLines('UTF-8').eachWithIndex { line, i -> if (line.contains('!!') && !(line =~ /^\s*(\*|\/\/)/)) asserted << i + 1 }
def warned = [] as Set
(log =~ /Probe\.kt:(\d+):\d+ Unnecessary non-null assertion/).each { all, line -> warned << (line as int) }
assert asserted.size() > 40 : "the probe asserts too few members: ${asserted.size()}"
assert warned == asserted : "non-null assertions without a warning (platform types) on lines ${asserted - warned}; warnings on lines ${warned - asserted}"

// 3. Kotlin that forgets what may be null does not compile: each line marked "// error: text" fails with
//    that text, and nothing else fails.
def negative = new File(basedir, 'negative')
def (negativeExit, negativeLog) = mvn(negative, ['compile', '-o'])
assert negativeExit != 0 : 'the misuses of the generated API compiled'
def expected = [:]
new File(negative, 'src/main/kotlin/com/example/negative/Misuse.kt').readLines('UTF-8').eachWithIndex { line, i ->
  def marker = line.indexOf('// error: ')
  if (marker >= 0 && !line.trim().startsWith('//')) expected[i + 1] = line.substring(marker + '// error: '.length()).trim()
}
def reported = [:].withDefault { [] }
(negativeLog =~ /\[ERROR\] file:\S*Misuse\.kt:(\d+):\d+ (.*)/).each { all, line, text -> reported[line as int] << text }
assert expected.size() >= 8 : "too few misuses: ${expected}"
expected.each { line, text ->
  assert reported[line].any { it.toLowerCase().contains(text.toLowerCase()) } : "Misuse.kt:${line}: expected '${text}', got ${reported[line]}"
}
assert reported.keySet() == expected.keySet() : "errors on unmarked lines: ${reported.keySet() - expected.keySet()}"


// 4. A consumer without the annotation library gets the same code less the annotations (both modules compile
//    at release 8 under -Xlint:all -Werror).
def sources = { String module, String pkg ->
  def dir = new File(basedir, "${module}/target/generated-sources/annotations/com/example/${pkg}")
  def texts = [:]
  dir.eachFileMatch(~/.*\.java/) { file ->
    texts[file.name] = file.getText('UTF-8').replace("com.example.${pkg}", 'PKG')
        .replaceAll(/import org\.jetbrains\.annotations\.\w+;/, '').replaceAll(/@(NotNull|Nullable)\b/, '')
        .replaceAll(/\s+/, '')
  }
  texts
}
def annotated = sources('codes', 'codes')
def plain = sources('no-annotations', 'plain')
assert annotated.size() > 10 && annotated == plain : "no-annotations differs from codes by more than the annotations: ${(annotated.keySet() + plain.keySet()).findAll { annotated[it] != plain[it] }}"
new File(basedir, 'no-annotations/target/generated-sources/annotations/com/example/plain').eachFileMatch(~/.*\.java/) { file ->
  assert !file.getText('UTF-8').contains('org.jetbrains') : "${file.name} names JetBrains' annotations without the library"
}

// 5. README's Kotlin set-up is readme-kapt/pom.xml, character for character; under kapt the generated code
//    compiled at release 8 (kapt runs javac at its own JDK's level: no javax.annotation.processing.Generated),
//    and the module's Kotlin compiled without a warning.
def readmeBlock = evaluate(new File(repositoryRoot, 'processor/src/it/readme.groovy'))
def kapt = new File(basedir, 'readme-kapt')
assert readmeBlock(repositoryRoot, '<!-- verbatim: processor/src/it/kotlin/readme-kapt/pom.xml -->', 'xml') ==
    new File(kapt, 'pom.xml').getText('UTF-8') : "README.md's Kotlin snippet and readme-kapt/pom.xml differ: keep them identical"
def kaptGenerated = new File(kapt, 'target/generated-sources/kapt/compile/com/example/codes/CardCode.java')
assert kaptGenerated.getText('UTF-8').contains('@NotNull') && !kaptGenerated.getText('UTF-8').contains('javax.annotation.processing')
assert !(log =~ /\[WARNING\] file:\S*readme-kapt\S*\.kt/) : 'the kapt module compiled with Kotlin warnings'

// 6. Under kapt, @Exhaustive and @Handles are checked on Kotlin classes, with errors at the Kotlin line.
def copy = { String name, Closure edit ->
  def from = kapt.toPath()
  def to = new File(basedir, name).toPath()
  Files.walk(from).filter { !from.relativize(it).startsWith('target') }.forEach { path ->
    def target = to.resolve(from.relativize(path).toString())
    if (Files.isDirectory(path)) {
      Files.createDirectories(target)
    } else {
      Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING)
    }
  }
  edit(to.toFile())
  to.toFile()
}
def payments = 'src/main/kotlin/com/example/app/Payments.kt'
def broken = copy('kapt-broken') { dir ->
  def file = new File(dir, payments)
  def text = file.getText('UTF-8')
  assert text.contains('    override fun onExpired(detail: String?) = "ask for another card"\n') && text.contains('codes = [91]')
  file.setText(text.replace('    override fun onExpired(detail: String?) = "ask for another card"\n', '')
      .replace('codes = [91]', 'codes = [91, 99]'), 'UTF-8')
}
def (brokenExit, brokenLog) = mvn(broken, ['compile', '-o'])
assert brokenExit != 0
def lineOf = { File file, String text -> file.readLines('UTF-8').findIndexOf { it.contains(text) } + 1 }
def brokenFile = new File(broken, payments)
assert brokenLog.contains("Payments.kt:${lineOf(brokenFile, '@Exhaustive')}: error: CardFailures does not handle 1 failure code of CardHandler:")
assert brokenLog.contains('54 EXPIRED (Card expired.): override onExpired(String) [codebook:exhaustive-missing]')
assert brokenLog =~ /Payments\.kt:(${lineOf(brokenFile, '@Handles')}|${lineOf(brokenFile, 'fun retryLater')}): error: code 99 is not in domain Card/

// 7. Without correctErrorTypes, kapt leaves the handler out of the Kotlin class: the error says what to turn on.
def uncorrected = copy('kapt-uncorrected') { dir ->
  def pom = new File(dir, 'pom.xml')
  def text = pom.getText('UTF-8')
  assert text.contains('<correctErrorTypes>true</correctErrorTypes>')
  pom.setText(text.replace('<correctErrorTypes>true</correctErrorTypes>', ''), 'UTF-8')
}
def (uncorrectedExit, uncorrectedLog) = mvn(uncorrected, ['compile', '-o'])
assert uncorrectedExit != 0
assert uncorrectedLog.contains("Payments.kt:${lineOf(new File(uncorrected, payments), '@Exhaustive')}: error: cannot check @Exhaustive on com.example.app.CardFailures: it implements no generated handler")
assert uncorrectedLog.contains('[codebook:exhaustive-kapt-error-type]')

// 8. A catalog-only edit is picked up by the next build: kotlin-maven-plugin runs kapt every time.
def catalog = new File(kapt, 'src/main/java/com/example/codes/payments.yaml')
catalog.setText(catalog.getText('UTF-8').replace('Card expired.', 'Card expired (edited).'), 'UTF-8')
def (editExit, editLog) = mvn(kapt, ['compile', '-o'])
assert editExit == 0 : editLog
assert kaptGenerated.getText('UTF-8').contains('Card expired (edited).')

// 9. A Kotlin module that uses another module's catalog is checked too when kapt runs Codebook there: the
//    catalog travels in that module's jar, and its _VALUE constants are constants.
def downstream = new File(basedir, 'kapt-downstream')
def (downstreamExit, downstreamLog) = mvn(downstream, ['compile', '-o'])
assert downstreamExit != 0
def downstreamFile = new File(downstream, 'src/main/kotlin/com/example/downstream/Checked.kt')
assert downstreamLog.contains("Checked.kt:${lineOf(downstreamFile, '@Exhaustive')}: error: CardTimeouts does not handle 1 failure code of CardHandler:")
assert downstreamLog.contains('0x00000008 TIMEOUT (The bank did not answer.): override onTimeout(String) [codebook:exhaustive-missing]')
assert downstreamLog =~ /Checked\.kt:\d+: error: code 0x00000999 is not in domain Card/
assert !downstreamLog.contains('DECLINED_VALUE') : 'a constant from the jar was not taken for its value'

true