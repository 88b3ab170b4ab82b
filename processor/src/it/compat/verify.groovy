// Release 1.1 compiled against 1.0 as its baseline: a removed code that is reserved, and an added one, are no
// findings. This script then renumbers a code of 1.1 and builds again: the build fails at the catalog line.

def mvn = evaluate(new File(repositoryRoot, 'processor/src/it/mvn.groovy'))(basedir, itSettings, itRepository)

def release = new File(basedir, 'release-1.1')
assert new File(release, 'target/classes/com/example/codes/OrderCode.class').isFile()
assert new File(release, 'target/codebook-baseline/baseline.jar').isFile() : 'the dependency plugin copied no baseline'

def catalog = new File(release, 'src/main/java/com/example/codes/shop.yaml')
def original = catalog.getText('UTF-8')
catalog.setText(original.replace('{code: 404, name: NOT_FOUND', '{code: 405, name: NOT_FOUND'), 'UTF-8')
def (exit, output) = mvn(release, ['compile'])
assert exit != 0 : "a renumbered code compiled against its baseline:\n${output}"
assert output =~ /shop\.yaml:10:16: the code named NOT_FOUND of domain Order is 405, 404 in the baseline: .*\[codebook:breaking-value-changed\]/ : output

// Accepted where it changed, the same change builds.
catalog.setText(original.replace('{code: 404, name: NOT_FOUND', '{code: 405, breaking: Renumbered on purpose., name: NOT_FOUND'), 'UTF-8')
def (acceptedExit, acceptedOutput) = mvn(release, ['compile'])
assert acceptedExit == 0 : acceptedOutput
catalog.setText(original, 'UTF-8')
true
