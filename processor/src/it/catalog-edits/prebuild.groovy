// README's Maven snippet is this IT's readme/pom.xml, character for character: what README tells a user to
// paste is what this build runs.
def readme = new File(repositoryRoot, 'README.md').getText('UTF-8')
def marker = '<!-- verbatim: processor/src/it/catalog-edits/readme/pom.xml -->'
int at = readme.indexOf(marker)
assert at >= 0 : "README.md lost the marker line ${marker}"
int open = readme.indexOf('```xml\n', at)
int close = readme.indexOf('\n```', open)
assert open > 0 && close > open : 'no ```xml block after the marker in README.md'
def snippet = readme.substring(open + '```xml\n'.length(), close + 1)
def pom = new File(basedir, 'readme/pom.xml').getText('UTF-8')
assert snippet == pom : "README.md's Maven snippet and readme/pom.xml differ: keep them identical"
true
