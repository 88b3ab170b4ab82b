// README's baseline snippet stands in release-1.1/pom.xml character for character: what README tells a user to
// paste is what this build runs.
def readmeBlock = evaluate(new File(repositoryRoot, 'processor/src/it/readme.groovy'))
def snippet = readmeBlock(repositoryRoot, '<!-- verbatim in: processor/src/it/compat/release-1.1/pom.xml -->', 'xml')
def pom = new File(basedir, 'release-1.1/pom.xml').getText('UTF-8')
assert pom.contains(snippet) : "README.md's baseline snippet is not in release-1.1/pom.xml: keep them identical"
true
