// README's Maven snippet is this IT's readme/pom.xml, character for character: what README tells a user to
// paste is what this build runs.
def readmeBlock = evaluate(new File(repositoryRoot, 'processor/src/it/readme.groovy'))
def snippet = readmeBlock(repositoryRoot, '<!-- verbatim: processor/src/it/catalog-edits/readme/pom.xml -->', 'xml')
def pom = new File(basedir, 'readme/pom.xml').getText('UTF-8')
assert snippet == pom : "README.md's Maven snippet and readme/pom.xml differ: keep them identical"
true
