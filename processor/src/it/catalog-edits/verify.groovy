// Catalog-only edits are picked up by the next `mvn compile` wherever the catalog lives, and a build with no
// change compiles nothing. The invoker has installed jar-catalog and compiled this reactor once; this script
// builds again, edits every catalog, builds, and builds once more, each time with the Maven that runs it.
import java.nio.file.Files

def maven = evaluate(new File(repositoryRoot, 'processor/src/it/mvn.groovy'))(basedir, itSettings, itRepository)
def mvn = { File dir, String... goals ->
  def (exit, output) = maven(dir, goals as List)
  assert exit == 0 : "mvn ${goals.join(' ')} in ${dir} failed:\n${output}"
  return output
}

/** What maven-compiler-plugin's main compile said, per module: 'nothing', 'recompiled' or 'no sources'. */
def compileOutcomes(String log) {
  def outcomes = [:]
  def matcher = log =~ /(?s)--- maven-compiler-plugin:[^:]+:compile \(default-compile\) @ (\S+) ---(.*?)(?=\n\[INFO\] ---|\n\[INFO\] -{20,})/
  matcher.each { all, module, body ->
    outcomes[module] = body.contains('Nothing to compile') ? 'nothing'
        : body.contains('Recompiling the module') ? 'recompiled'
        : body.contains('No sources to compile') ? 'no sources' : body.trim()
  }
  return outcomes
}

def generated(String module, String path) {
  new File(basedir, "${module}/target/generated-sources/annotations/${path}").getText('US-ASCII')
}

def consumers = ['app', 'no-goal', 'in-resources', 'uses-module', 'uses-jar', 'downstream']
def texts = [
    'app'         : ['com/example/codes/OrderCode.java', 'Order not found.'],
    'no-goal'     : ['com/example/codes/OrderCode.java', 'Order not found.'],
    'in-resources': ['com/example/res/OrderCode.java', 'Order not found.'],
    'uses-module' : ['com/example/shared/PayCode.java', 'Card declined.'],
    'uses-jar'    : ['com/example/jarred/ParcelCode.java', 'Parcel lost.'],
]
def moduleDir = ['app': 'readme']

// The processor path gets the processor jar alone: its installed pom (dependency-reduced by the shade plugin)
// has nothing but provided and test dependencies, the Maven plugin API among them.
def processorPom = new File(itRepository,
    'dev/codebook/codebook-processor/0.1.0-SNAPSHOT/codebook-processor-0.1.0-SNAPSHOT.pom').getText('UTF-8')
def dependencies = processorPom.substring(processorPom.indexOf('<dependencies>'), processorPom.indexOf('</dependencies>'))
(dependencies =~ /(?s)<dependency>(.*?)<\/dependency>/).each { all, dependency ->
  assert dependency =~ /<scope>(provided|test)<\/scope>/ : "codebook-processor's pom would put this on processor paths: ${dependency}"
}

// The jar itself, as installed: one processor jar, JavaPoet and SnakeYAML relocated inside it, and the
// metadata javac and Gradle read.
def processorJar = new java.util.zip.ZipFile(new File(itRepository,
    'dev/codebook/codebook-processor/0.1.0-SNAPSHOT/codebook-processor-0.1.0-SNAPSHOT.jar'))
def entry = { String name -> processorJar.getEntry(name) == null ? null : processorJar.getInputStream(processorJar.getEntry(name)).getText('UTF-8').trim() }
assert entry('META-INF/services/javax.annotation.processing.Processor') == 'dev.codebook.processor.CodebookProcessor'
assert entry('META-INF/gradle/incremental.annotation.processors') == 'dev.codebook.processor.CodebookProcessor,aggregating'
assert entry('META-INF/maven/plugin.xml').contains('<goal>mark-stale</goal>')
def foreign = processorJar.entries().toList()*.name.findAll { it.endsWith('.class') && !it.startsWith('dev/codebook/processor/') }
assert foreign.isEmpty() : "classes outside dev.codebook.processor in the processor jar: ${foreign.take(5)}"
assert processorJar.getEntry('dev/codebook/processor/shaded/javapoet/JavaFile.class') != null
assert processorJar.getEntry('dev/codebook/processor/shaded/snakeyaml/Yaml.class') != null
processorJar.close()

// The first build generated from every catalog.
texts.each { module, where -> assert generated(moduleDir.get(module, module), where[0]).contains(where[1]) }

// No change: nothing is compiled anywhere.
def unchanged = compileOutcomes(mvn(basedir, 'compile'))
consumers.each { assert unchanged[it] == 'nothing' : "a build with no change compiled ${it}: ${unchanged}" }

// Edit every catalog, rebuild and reinstall the jar of the one that lives in a jar, then build.
def edit = { String path, String from, String to ->
  def file = new File(basedir, path)
  def text = file.getText('UTF-8')
  assert text.contains(from)
  file.setText(text.replace(from, to), 'UTF-8')
}
edit('readme/src/main/java/com/example/codes/shop.yaml', 'Order not found.', 'Order not found (edited).')
edit('no-goal/src/main/java/com/example/codes/shop.yaml', 'Order not found.', 'Order not found (edited).')
edit('in-resources/src/main/resources/com/example/res/shop.yaml', 'Order not found.', 'Order not found (edited).')
edit('shared-catalog/src/main/resources/codebook/shared.yaml', 'Card declined.', 'Card declined (edited).')
edit('jar-catalog/src/main/resources/codebook/jarred.yaml', 'Parcel lost.', 'Parcel lost (edited).')
mvn(new File(basedir, 'jar-catalog'), 'install')
def edited = mvn(basedir, 'compile')
def afterEdit = compileOutcomes(edited)
['app', 'in-resources', 'uses-module', 'uses-jar'].each { module ->
  assert afterEdit[module] == 'recompiled' : "a catalog-only edit did not recompile ${module}: ${afterEdit}"
  def where = texts[module]
  def text = generated(moduleDir.get(module, module), where[0])
  assert text.contains(where[1].replace('.', ' (edited).')) : "${module} still has the old catalog text"
}
assert edited.contains('Codebook: package com.example.codes will be recompiled: its catalog com/example/codes/shop.yaml changed')
assert edited.contains('Codebook: package com.example.jarred will be recompiled: its catalog codebook/jarred.yaml changed')

// Without codebook:mark-stale the compiler plugin sees no change at all and keeps the old code: the reason
// the goal exists (see README).
assert afterEdit['no-goal'] == 'nothing' : "maven-compiler-plugin now sees catalog edits by itself: ${afterEdit}"
assert generated('no-goal', texts['no-goal'][0]).contains('Order not found.')

// And again no change: nothing is compiled.
def again = compileOutcomes(mvn(basedir, 'compile'))
consumers.each { assert again[it] == 'nothing' : "a build with no change after the edit compiled ${it}: ${again}" }
true
