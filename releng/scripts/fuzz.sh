#!/bin/sh
# ./intd fuzz [--minutes N] [MAVEN ARGS]: coverage-guided fuzzing of the readers of untrusted files (issue #15)
# with Jazzer (releng/org.intdesigner.fuzz): the .intd model loader (then the CSV export of what loaded), the CSV
# bundle importer (then saving, reopening and exporting what came in) and the workforce importers (into an embedded
# store, checking that a rejected file changes nothing). Each target runs in its own JVM for N minutes (default 3):
# first the seeds and the crashes kept under src/test/resources, then mutations guided by the coverage of
# org.intdesigner.** classes. The corpus grows run after run in releng/org.intdesigner.fuzz/target/fuzz/<target>/
# (removed by a clean build), where any crashing input is written too.
# Prints per target the inputs tried, the coverage (libFuzzer's edges and features of our classes) and the findings;
# writes target/fuzz/summary.txt, one line per target:
#   target=model runs=123456 crashes=0 seconds=180 edges=1548 features=3255 corpus=97 exec_per_second=685
# Maven's output goes to target/fuzz/fuzz-<target>.log. Ends with "fuzz: N passed, N failed" (a target with a
# finding, or whose run did not finish, failed); exit code 1 when any did.
# Builds the bundle jars the targets use first if they are missing or older than their sources.
set -eu
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
. "$ROOT/releng/scripts/common.sh"

minutes=3
usage() {
  cat <<'USAGE'
Usage: ./intd fuzz [--minutes N] [MAVEN ARGS]

Fuzz the .intd model loader, the CSV bundle importer and the workforce importers with Jazzer, N minutes
each (default 3); print inputs tried, coverage and findings per target; write target/fuzz/summary.txt.
A crashing input is written to releng/org.intdesigner.fuzz/target/fuzz/<target>/; to keep it as a
regression case (replayed by every build), copy it where the output says.
USAGE
}
while [ $# -gt 0 ]; do
  case "$1" in
    --minutes) [ $# -ge 2 ] || { usage >&2; exit 2; }; minutes=$2; shift 2 ;;
    --minutes=*) minutes=${1#--minutes=}; shift ;;
    -h|--help) usage; exit 0 ;;
    *) break ;;
  esac
done
case "$minutes" in
  ''|*[!0-9]*|0) intd_say "--minutes takes a whole number of minutes, at least 1 (not '$minutes')"; exit 2 ;;
esac
intd_use_java

MODULE="$ROOT/releng/org.intdesigner.fuzz"
OUT="$INTD_TARGET/fuzz"
mkdir -p "$OUT"

stale=""
for b in org.intdesigner.io org.intdesigner.model org.intdesigner.model.csv org.intdesigner.workforce; do
  jar="$ROOT/bundles/$b/target/$b-1.0.0-SNAPSHOT.jar"
  if [ ! -f "$jar" ] || [ -n "$(find "$ROOT/bundles/$b" -newer "$jar" -type f -not -path '*/target/*' -print -quit)" ]; then
    stale=yes
  fi
done
if [ -n "$stale" ]; then
  intd_say "building the bundles under test"
  intd_logged "$OUT/fuzz-build.log" "$ROOT/mvnw" -B -f "$ROOT/pom.xml" package -DskipTests \
    -pl bundles/org.intdesigner.io,bundles/org.intdesigner.model,bundles/org.intdesigner.model.csv,bundles/org.intdesigner.workforce \
    -am "$@" || exit 1
fi

# the last value of a libFuzzer figure in LOG: "cov: 1548" -> 1548
figure() {
  grep -a -o "$2: *[0-9]*" "$1" | tail -n 1 | sed 's/.*: *//'
}

summary="$OUT/summary.txt"
: >"$summary.tmp"
passed=0; failed=0
intd_say "fuzzing each target for $minutes minute(s)"
for target in model csv workforce; do
  case "$target" in
    model) class=ModelLoaderFuzzTest; method=loadModel; what="the .intd model loader" ;;
    csv) class=CsvBundleFuzzTest; method=importBundle; what="the CSV bundle importer" ;;
    workforce) class=WorkforceImportFuzzTest; method=importFile; what="the workforce importers" ;;
  esac
  work="$MODULE/target/fuzz/$target"
  log="$OUT/fuzz-$target.log"
  mkdir -p "$work"
  before=$(find "$work" -maxdepth 1 -type f \( -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' \) | sort)
  intd_say "$target: $what, $minutes minute(s)"
  started=$(date +%s)
  # one surefire execution of the module's pom (fuzz-model, fuzz-csv, fuzz-workforce); a finding fails it
  if "$ROOT/mvnw" -B -f "$MODULE/pom.xml" test-compile "surefire:test@fuzz-$target" "-Dfuzz.duration=${minutes}m" "$@" \
    >"$log" 2>&1; then code=0; else code=$?; fi
  took=$(( $(date +%s) - started ))
  after=$(find "$work" -maxdepth 1 -type f \( -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' \) | sort)
  new=$(printf '%s\n' "$after" | grep -v -x -F "$before" | grep . || true)
  [ -n "$before" ] || new=$after
  crashes=$(printf '%s\n' "$new" | grep -c . || true)
  runs=$(figure "$log" 'stat::number_of_executed_units')
  [ -n "$runs" ] || runs=$(grep -a -o 'Done [0-9]* runs' "$log" | tail -n 1 | sed 's/[^0-9]//g')
  seconds=$(grep -a -o 'Done [0-9]* runs in [0-9]* second' "$log" | tail -n 1 | sed 's/.* in \([0-9]*\) second/\1/')
  edges=$(figure "$log" 'cov')
  features=$(figure "$log" 'ft')
  corpus=$(grep -a -o 'corp: [0-9]*' "$log" | tail -n 1 | sed 's/corp: //')
  rate=$(figure "$log" 'stat::average_exec_per_sec')
  printf 'target=%s runs=%s crashes=%s seconds=%s edges=%s features=%s corpus=%s exec_per_second=%s\n' "$target" \
    "${runs:-0}" "$crashes" "${seconds:-$took}" "${edges:-0}" "${features:-0}" "${corpus:-0}" "${rate:-0}" >>"$summary.tmp"
  printf '%s: %s inputs in %s s (%s a second), coverage %s edges, %s features, corpus %s inputs; %s crash(es)\n' "$target" \
    "${runs:-0}" "${seconds:-$took}" "${rate:-0}" "${edges:-?}" "${features:-?}" "${corpus:-?}" "$crashes"
  if [ "$crashes" -gt 0 ]; then
    failed=$((failed + 1))
    # what Jazzer found: the exception (or hang) and where, as surefire reported it
    grep -a -m 3 -E 'FuzzTestFindingException|libFuzzer: (timeout|out-of-memory)|Caused by:' "$log" | cut -c1-300 | sed 's/^/  | /'
    keep="releng/org.intdesigner.fuzz/src/test/resources/org/intdesigner/fuzz/${class}Inputs/$method"
    printf '%s\n' "$new" | while read -r file; do
      printf '  found: %s\n  keep it as a regression case (after fixing the cause): mkdir -p %s && cp %s %s/<what-it-is>\n' \
        "$file" "$keep" "$file" "$keep"
    done
  elif [ "$code" -ne 0 ]; then
    failed=$((failed + 1))
    intd_say "$target: the run failed without a crashing input (exit code $code):"
    intd_log_why "$log" | sed 's/^/  | /' >&2
    intd_say "The whole output: $log"
  else
    passed=$((passed + 1))
  fi
done
mv "$summary.tmp" "$summary"
echo "summary: $summary"
echo "fuzz: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
