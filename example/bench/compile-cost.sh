#!/usr/bin/env bash
# Compile cost of Codebook (issue 7): best of RUNS plain `javac -J-Xmx1536m` runs (HEAP=...) for the seed catalog
# and synthetic catalogs of 1,000, 20,000 and 100,000 codes (one domain each), and for a catalog of
# 20 domains of 5,000 codes:
#   - Codebook end to end (the processor reads the catalog and generates; javac compiles it all);
#   - the same generated sources compiled with a processor that does nothing (NoopProcessor.java):
#     Codebook's own work is the difference, given as a share of the whole;
#   - at 20,000: protoc + javac of an edition 2024 large_enum with the same names and numbers;
#   - at 20,000: javac of a class implementing the generated handler (a few methods overridden)
#     against javac of a lambda.
# Peak memory is the largest resident set of the javac process (GNU time's %M).
#
#   example/bench/compile-cost.sh            # from anywhere; RUNS=1 for a quick look
#
# Writes example/target/cost/results.md and prints it. Builds the processor with Maven (package
# only, never install) and takes protoc and protobuf-java from Maven Central through Maven.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
runs=${RUNS:-3}
work=$root/example/target/cost
tools=$work/tools
mkdir -p "$work" "$tools"
version=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -1)
protobuf=$(sed -n 's:.*<protobuf.version>\(.*\)</protobuf.version>.*:\1:p' pom.xml)
processor=$root/processor/target/codebook-processor-$version.jar
annotations=$root/annotations/target/codebook-annotations-$version.jar
jetbrains=$(sed -n 's:.*<jetbrains-annotations.version>\(.*\)</jetbrains-annotations.version>.*:\1:p' pom.xml)
# The class path a consumer has: codebook-annotations and the nullness annotations it brings, which the
# generated API then carries (about 8% of javac's time at 20,000 codes, and more heap: see README).
heap=${HEAP:-1536m}
[[ -x /usr/bin/time ]] || { echo "needs GNU time (/usr/bin/time: apt-get install time)" >&2; exit 1; }

echo "== building the processor, fetching protoc $protobuf =="
mvn -B -q -DskipTests package -pl processor -am
if [[ ! -x $tools/protoc ]]; then
  mvn -B -q -N dependency:copy -Dartifact="com.google.protobuf:protoc:$protobuf:exe:linux-x86_64" \
    -DoutputDirectory="$tools"
  mv "$tools/protoc-$protobuf-linux-x86_64.exe" "$tools/protoc"
  chmod +x "$tools/protoc"
  mvn -B -q -N dependency:copy -Dartifact="com.google.protobuf:protobuf-java:$protobuf" -DoutputDirectory="$tools"
  (cd "$tools" && mkdir -p include && cd include && unzip -q -o "../protobuf-java-$protobuf.jar" 'google/protobuf/*.proto')
fi
protobuf_jar=$tools/protobuf-java-$protobuf.jar
if [[ ! -f $tools/annotations-$jetbrains.jar ]]; then
  mvn -B -q -N dependency:copy -Dartifact="org.jetbrains:annotations:$jetbrains" -DoutputDirectory="$tools"
fi
classpath=$annotations:$tools/annotations-$jetbrains.jar
rm -rf "$tools/noop" && mkdir -p "$tools/noop/META-INF/services"
javac -d "$tools/noop" "$root/example/bench/NoopProcessor.java"
echo NoopProcessor > "$tools/noop/META-INF/services/javax.annotation.processing.Processor"

# best LABEL COMMAND...: runs COMMAND $runs times (PREPARE, if set, before each), keeps the fastest
# wall time and the largest peak memory; sets $best_s and $peak_mb. A run that fails is not
# repeated: $best_s then says how it failed (javac's first error, such as OutOfMemoryError) and when.
best() {
  local label=$1; shift
  best_s=; peak_mb=0
  for ((i = 1; i <= runs; i++)); do
    [[ -n ${PREPARE:-} ]] && eval "$PREPARE"
    local failed=0
    /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" > "$work/last.log" 2>&1 || failed=1
    read -r s kb < <(tail -1 "$work/time.txt")
    peak_mb=$(( kb / 1024 > peak_mb ? kb / 1024 : peak_mb ))
    if ((failed)); then
      cp "$work/last.log" "$work/failed-$(echo "$label" | tr -c 'a-zA-Z0-9\n' '-').log"
      local why; why=$(grep -m1 -o -E 'OutOfMemoryError[^"]*|error: .*' "$work/last.log" || echo "exit status")
      best_s="FAILS after $s s: $why"
      printf '    %-44s %s   peak %5d MB\n' "$label" "$best_s" "$peak_mb" >&2
      return 0
    fi
    if [[ -z $best_s ]] || awk "BEGIN{exit !($s < $best_s)}"; then best_s=$s; fi
  done
  printf '    %-44s best %7.2f s   peak %5d MB\n' "$label" "$best_s" "$peak_mb" >&2
}

# seconds TEXT: "12.3 s" for a time, the text itself for a failure.
seconds() {
  [[ $1 == FAILS* ]] && echo "$1" || echo "$1 s"
}

# catalog NAME YAML: a package with the catalog next to its package-info, compiled both ways.
rows=()
catalog() {
  local name=$1 yaml=$2 dir=$work/$1
  rm -rf "$dir" && mkdir -p "$dir/src/bench/$name"
  cp "$yaml" "$dir/src/bench/$name/catalog.yaml"
  printf '@Codebook("catalog.yaml")\npackage bench.%s;\n\nimport dev.codebook.Codebook;\n' "$name" \
    > "$dir/src/bench/$name/package-info.java"
  local codes; codes=$(grep -c '^ *- code: ' "$yaml")
  echo "== $name: $codes codes, $(grep -c '^  - name: ' "$yaml") domain(s), $runs run(s) each ==" >&2
  PREPARE="rm -rf '$dir/out' '$dir/gen'; mkdir -p '$dir/out' '$dir/gen'" \
    best "Codebook end to end" javac -J-Xmx$heap --release 8 -processorpath "$processor" -classpath "$classpath" \
      -sourcepath "$dir/src" -d "$dir/out" -s "$dir/gen" "$dir/src/bench/$name/package-info.java"
  local whole=$best_s whole_mb=$peak_mb
  find "$dir/gen" -name '*.java' > "$dir/generated.txt"
  local files; files=$(wc -l < "$dir/generated.txt")
  local bytes; bytes=$(cat $(cat "$dir/generated.txt") | wc -c)
  PREPARE="rm -rf '$dir/out2'; mkdir -p '$dir/out2'" \
    best "same sources, a processor that does nothing" javac -J-Xmx$heap --release 8 -processorpath "$tools/noop" \
      -classpath "$classpath" -d "$dir/out2" "$dir/src/bench/$name/package-info.java" "@$dir/generated.txt"
  local plain=$best_s plain_mb=$peak_mb
  local own="n/a"
  if [[ $whole != FAILS* && $plain != FAILS* ]]; then
    own="$(awk "BEGIN{printf \"%.2f s (%.0f%%)\", $whole - $plain, 100 * ($whole - $plain) / $whole}")"
  fi
  local mb; mb=$(awk "BEGIN{printf \"%.1f\", $bytes / 1048576}")
  rows+=("| $name | $codes | $files files, $mb MB | $(seconds "$whole") | $whole_mb MB | $(seconds "$plain") | $plain_mb MB | $own |")
}

java example/bench/Gen.java catalog "$work/c1000.yaml" Bench 1 1000
java example/bench/Gen.java catalog "$work/c20000.yaml" Bench 1 20000
java example/bench/Gen.java catalog "$work/c100000.yaml" Bench 1 100000
java example/bench/Gen.java catalog "$work/c20x5000.yaml" Bench 20 5000
java example/bench/Gen.java proto "$work/proto/big_number.proto" 20000

catalog seed "$root/catalog/src/main/resources/codebook/fusion-auth.yaml"
catalog codes1000 "$work/c1000.yaml"
catalog codes20000 "$work/c20000.yaml"
codebook20000=$(echo "${rows[2]}" | awk -F'|' '{print $5}' | sed 's/^ *//; s/ *$//')

echo "== codes20000: a handler class and a lambda, compiled against the generated classes ==" >&2
handlers=$work/handlers && rm -rf "$handlers" && mkdir -p "$handlers/src/app"
cat > "$handlers/src/app/Recorder.java" <<'EOF'
package app;

import bench.codes20000.BigCode;
import bench.codes20000.BigHandler;

public class Recorder implements BigHandler<String> {
  @Override public String onOk(String detail) { return "ok"; }
  @Override public String onFailure(BigCode code, String detail) { return "failure " + code.name(); }
  @Override public String onWarning(BigCode code, String detail) { return "warning " + code.name(); }
  @Override public String onOutcome(BigCode code, String detail) { return "outcome " + code.name(); }
  @Override public String onUnknown(String rawCode, String detail) { return "unknown " + rawCode; }
}
EOF
cat > "$handlers/src/app/Lambda.java" <<'EOF'
package app;

import bench.codes20000.BigHandler;

public class Lambda {
  public static final BigHandler<String> HANDLER = (code, detail) -> "outcome " + code.name();
}
EOF
PREPARE="rm -rf '$handlers/out'; mkdir -p '$handlers/out'" \
  best "class implementing BigHandler (5 overrides)" javac -J-Xmx1g --release 8 -classpath "$work/codes20000/out" \
    -d "$handlers/out" "$handlers/src/app/Recorder.java"
handler_class=$best_s
PREPARE="rm -rf '$handlers/out'; mkdir -p '$handlers/out'" \
  best "lambda as a BigHandler" javac -J-Xmx1g --release 8 -classpath "$work/codes20000/out" \
    -d "$handlers/out" "$handlers/src/app/Lambda.java"
handler_lambda=$best_s

echo "== codes20000: protoc + javac of a large_enum with the same names and numbers ==" >&2
proto=$work/proto
cat > "$proto/protoc-javac.sh" <<EOF
set -e
rm -rf "$proto/java" "$proto/out" && mkdir -p "$proto/java" "$proto/out"
"$tools/protoc" -I"$tools/include" -I"$proto" --java_out="$proto/java" "$proto/big_number.proto"
javac -J-Xmx1g --release 8 -nowarn -classpath "$protobuf_jar" -d "$proto/out" \$(find "$proto/java" -name '*.java')
EOF
best "protoc + javac, large_enum BigNumber" bash "$proto/protoc-javac.sh"
protoc_s=$best_s protoc_mb=$peak_mb
grep -q '^public final class BigNumber' "$proto/java/dev/codebook/bench/proto/BigNumber.java" \
  || { echo "protoc did not apply large_enum: BigNumber is not a final class" >&2; exit 1; }
protoc_files=$(find "$proto/out" -name '*.class' | wc -l)

catalog codes100000 "$work/c100000.yaml"
catalog shards20x5000 "$work/c20x5000.yaml"

{
  echo "Compile cost: best of $runs plain \`javac -J-Xmx$heap --release 8\` runs ($(javac -version 2>&1), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //'))"
  echo
  echo "| catalog | codes | generated | Codebook end to end | peak memory | same sources, no-op processor | peak memory | Codebook's own work (share) |"
  echo "|---|---:|---|---:|---:|---:|---:|---:|"
  printf '%s\n' "${rows[@]}"
  echo
  echo "| at 20,000 codes | time |"
  echo "|---|---:|"
  echo "| protoc + javac, edition 2024 large_enum, names and numbers only ($protoc_files classes) | $(seconds "$protoc_s") (peak $protoc_mb MB) |"
  echo "| Codebook end to end (messages, translation, exceptions, handler) | $codebook20000 |"
  echo "| javac of a class implementing BigHandler, 5 methods overridden | $(seconds "$handler_class") |"
  echo "| javac of a lambda as a BigHandler | $(seconds "$handler_lambda") |"
} > "$work/results.md"
echo
cat "$work/results.md"
