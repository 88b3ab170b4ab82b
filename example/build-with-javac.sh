#!/bin/sh
# Builds and runs the example with plain javac and java, no build tool: what README's "Plain javac" says,
# with the jars where `mvn -B -DskipTests package` leaves them. The processor path is the processor jar
# alone (JavaPoet and SnakeYAML are shaded inside it). Run from anywhere; the build runs it at
# integration-test. Output goes to example/target/javac/.
#
#   sh example/build-with-javac.sh [VERSION]
set -eu
cd "$(dirname "$0")/.."
version=${1:-0.1.0-SNAPSHOT}
bin=${JAVA_HOME:+$JAVA_HOME/bin/}

processor=processor/target/codebook-processor-$version.jar
annotations=annotations/target/codebook-annotations-$version.jar
catalog=catalog/target/codebook-catalog-fusion-auth-$version.jar
for jar in "$processor" "$annotations" "$catalog"; do
  if [ ! -f "$jar" ]; then
    echo "build-with-javac.sh: $jar is missing: run 'mvn -B -DskipTests package' first" >&2
    exit 1
  fi
done

out=example/target/javac
rm -rf "$out"
mkdir -p "$out/classes" "$out/generated"
find example/src/main/java -name '*.java' > "$out/sources.txt"

# -Xlint:-options: JDK 21+ calls --release 8 obsolete. -Xlint:-processing: nothing claims the
# @Generated of generated code. Anything else javac or Codebook says fails the build.
"${bin}javac" --release 8 -encoding UTF-8 -Xlint:all,-options,-processing -Werror \
  -processorpath "$processor" \
  -classpath "$annotations:$catalog" \
  -d "$out/classes" -s "$out/generated" \
  @"$out/sources.txt"

# Run time: the classes alone, no Codebook jar and no catalog.
"${bin}java" -Dfile.encoding=UTF-8 -classpath "$out/classes" dev.codebook.example.LoginDemo > "$out/transcript.txt"
tail -n 1 "$out/transcript.txt"
