#!/bin/sh
# ./intd reliability [--quick] [MAVEN ARGS]: the kill tests (issue #15; KillTest in releng/org.intdesigner.product.tests)
# in their long mode: the built product's launcher killed with SIGKILL at 100 seeded-random moments of each of a
# save (import-csv of 50,000 posts over an existing .intd), a CSV export over an existing folder and a workforce
# import (150,000 staff rows), and 20 times each at the rename of a save and of an export. After each kill the
# target must be the old or the new one (never a mixture or half), the store hold none or all of the file's rows
# and open, and nothing be left over once the next run has written or opened the target. About 30 minutes.
# Writes the section "Kill tests (issue #15)" of docs/reliability.md from the tests' results
# (releng/org.intdesigner.product.tests/target/kill-tests/*.properties, one per scenario, and *-points.csv, one row
# per kill), even when a kill found something (this command then fails, as the test did). Folds target/fuzz/summary.txt
# (written by ./intd fuzz) into the section "Fuzzing" when it is there, and runs the bad-input corpus
# (BadInputCorpusTest) for the section "Bad-input corpus". Builds the product first when sources changed.
# --quick: the CI mode (20 random points per scenario, 2 at the renames, small inputs; about 3 minutes); prints the
# section and writes it to target/reliability-quick/reliability.md, not to docs/reliability.md.
# Maven's output goes to target/reliability[-quick]/; a failure prints why.
set -eu
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
. "$ROOT/releng/scripts/common.sh"
quick=false
for arg in "$@"; do shift; if [ "$arg" = --quick ]; then quick=true; else set -- "$@" "$arg"; fi; done
intd_use_java
RESULTS="$ROOT/releng/org.intdesigner.product.tests/target/kill-tests"
DOC="$ROOT/docs/reliability.md"
if $quick; then
  OUT="$INTD_TARGET/reliability-quick"
  mode=ci
else
  OUT="$INTD_TARGET/reliability"
  mode=long
fi
mkdir -p "$OUT"

if intd_product_stale; then
  intd_say "building the product (sources changed since it was built)"
  intd_logged "$OUT/reliability-build.log" "$ROOT/mvnw" -B -f "$ROOT/pom.xml" verify -DskipTests "$@" || exit 1
fi
rm -rf "$RESULTS" # no figures of an earlier run
if $quick; then
  intd_say "killing the product at 20 random moments of a save, a CSV export and a workforce import, and at renames (quick mode, about 3 minutes)"
else
  intd_say "killing the product at 100 random moments of a save, a CSV export and a workforce import, and at renames (about 30 minutes)"
fi
started=$(date +%s)
if intd_logged "$OUT/reliability-maven.log" "$ROOT/mvnw" -B -f "$ROOT/pom.xml" verify -pl releng/org.intdesigner.product.tests \
  -Dtest=KillTest -Dsurefire.failIfNoSpecifiedTests=false "-Dintd.kill.mode=$mode" "$@"; then tests=0; else tests=$?; fi
took=$(( $(date +%s) - started ))
ls "$RESULTS"/*.properties >/dev/null 2>&1 || { intd_say "The kill tests wrote no results: nothing written to the docs."; exit 1; }

# prop FILE KEY: the value of KEY in a .properties file of the results (empty when missing)
prop() { sed -n "s/^$2=//p" "$1" | head -n 1; }
# the outcomes of a scenario, "old 40, new 12"
outcomes() { sed -n 's/^outcome\.\(.*\)=\([0-9]*\)$/\1 \2/p' "$1" | paste -s -d ';' - | sed 's/;/; /g'; }

product_version=$("$INTD_PRODUCT/intdesigner" --cli --version 2>/dev/null | head -n 1 || true)
section="$OUT/kill-tests.md"
total_points=0; total_landed=0; total_survived=0; total_lost=0; total_not_cleared=0; total_temp=0; total_at_work=0
{
  if $quick; then
    printf '## Kill tests, quick run (`./intd reliability --quick`, not for docs/reliability.md)\n\n'
  else
    printf '## Kill tests (issue #15)\n\n'
  fi
  printf 'Written by `./intd reliability%s` on %s (%s cores, %s GiB, %s; %s), in %s min.\n' "$($quick && echo ' --quick')" \
    "$(date -u +%Y-%m-%d)" "$(nproc)" "$(free -g | awk '/Mem:/ {print $2}')" \
    "$("$JAVA_HOME/bin/java" -version 2>&1 | head -1)" "${product_version:-the built product}" $(( (took + 59) / 60 ))
  cat <<'TEXT'
The built product's launcher (`intdesigner --cli ...`, which `exec`s its JVM) was started and killed with SIGKILL
(as `kill -9`, a power cut or the OOM killer: no shutdown hook, no `finally`, no flush) at seeded-random moments
between its start and the end of a normal run timed first: every other point anywhere in the run, the others a
random part of the work later than the moment the command was seen to begin its work on the target (its first
temporary file, the store's lock), so that about half land in the writing rather than in the JVM's start-up. The
rename-moment kills come the moment the target (or the export's first file) is renamed into place, seen through
inotify: a window of well under a millisecond that random kills hardly ever hit.

After each kill:

- **save**: `out.intd` is the old file or the new one, byte for byte (the new one opens with "integrity: ok").
- **CSV export**: the folder's 19 files are all old or all new, byte for byte. Killed between the renames of its
  files, an export leaves its list of renames: the next run that writes or reads the folder (another export,
  `import-csv`) must finish them, and then the folder must be all new and import into the new model byte for byte.
  (The first run of these kills found that this was not so: the folder was left part new, part old, and
  `import-csv` read the mixture without a word; fixed in `AtomicWrite.writeAll`.)
- **workforce import**: the store opens again (`metrics headcount`; Derby recovers, no lock is left) and holds none
  of the file's rows or all of them, never some; a store the kill left byte for byte as it was counts as none.
  The store held 50 other people (rows go in batches of inserts) or no staff (rows are bulk-loaded), alternately,
  the kill moments of each drawn from a normal run of its own.
- **everywhere**: the partial files a kill leaves beside the target (`.NAME.PID-N.writing`) are gone once a later
  run has written or opened the target; nothing new is left in the store folder once the store has been opened
  again; the product's temp folder stays empty, nothing it writes appears in `/tmp`, and the JVM's own performance
  file of a killed run is gone once the next JVM has started.

A kill *landed* when it found the command still running (the others came after it had ended by itself); it was
*at work* when the target had been touched (a temporary file written, the store opened; *while it wrote the rows*:
the store had grown by more than 1 MB of rows, and the import's transaction was under way); it was *survived* when
every check after it passed. *Lost* counts targets found damaged, mixed or partial, or a store that would not open.

| scenario | input | kill points | landed | at work | what the kills left | survived | lost | leftovers seen / not cleared | temp files | normal run |
| --- | --- | ---: | ---: | ---: | --- | ---: | ---: | --- | ---: | ---: |
TEXT
  for scenario in save csv-export workforce-import rename-moment; do
    file="$RESULTS/$scenario.properties"
    [ -f "$file" ] || { printf '| %s | (no results: the test did not get to the end) | | | | | | | | | |\n' "$scenario"; continue; }
    points=$(prop "$file" points); landed=$(prop "$file" landed); survived=$(prop "$file" survived)
    lost=$(prop "$file" lost); at_work=$(prop "$file" killed_at_work); not_cleared=$(prop "$file" leftovers_not_cleared)
    temp=$(prop "$file" temp_files); normal=$(prop "$file" normal_run_ms); writing=$(prop "$file" killed_writing_rows)
    bulk=$(prop "$file" normal_run_bulk_ms)
    case "$scenario" in
      save) name='save: `import-csv BUNDLE out.intd --force` over an existing out.intd' ;;
      csv-export) name='CSV export: `export-csv MODEL DIR` over an existing DIR' ;;
      workforce-import) name='workforce import: `import-workforce staff FILE --db STORE`' ;;
      rename-moment) name='at the rename: the save and the CSV export above, killed as the (first) file is renamed into place' ;;
    esac
    printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s / %s | %s | %s |\n' "$name" "$(prop "$file" input)" "$points" "$landed" \
      "$at_work${writing:+ ($writing while it wrote the rows)}" "$(outcomes "$file")" "$survived" "$lost" "$(prop "$file" leftovers_seen)" "$not_cleared" "$temp" \
      "${normal:+$normal ms${bulk:+ batched, $bulk ms bulk}}"
    total_points=$((total_points + points)); total_landed=$((total_landed + landed)); total_survived=$((total_survived + survived))
    total_lost=$((total_lost + lost)); total_not_cleared=$((total_not_cleared + not_cleared)); total_temp=$((total_temp + temp))
    total_at_work=$((total_at_work + at_work))
  done
  printf '\n'
  if [ "$total_lost" -eq 0 ] && [ "$total_not_cleared" -eq 0 ] && [ "$total_temp" -eq 0 ] && [ "$tests" -eq 0 ]; then
    printf '**In all: %s kill points tried, %s kills landed (%s at work on the target), %s survived: nothing lost, nothing left over.**\n' \
      "$total_points" "$total_landed" "$total_at_work" "$total_survived"
  else
    printf '**In all: %s kill points tried, %s kills landed (%s at work on the target), %s survived; %s lost, %s leftovers not cleared, %s temp files: see the failures below.**\n' \
      "$total_points" "$total_landed" "$total_at_work" "$total_survived" "$total_lost" "$total_not_cleared" "$total_temp"
    printf '\n'
    for file in "$RESULTS"/*.properties; do
      sed -n "s/^failure\.[0-9]*=\(.*\)/- $(basename "$file" .properties): \1/p" "$file" | cut -c1-600
    done
  fi
  printf '\nSeed %s. Each kill point (planned moment, moment of the kill, exit code, what it left) is in\n' "$(prop "$RESULTS/save.properties" seed)"
  printf '`releng/org.intdesigner.product.tests/target/kill-tests/SCENARIO-points.csv` after a run. In CI (`./intd test`)\n'
  printf 'the same tests run with 20 random points per scenario, 2 at the renames and small inputs.\n'
} >"$section"

# the Fuzzing section, from ./intd fuzz's summary when there is one
fuzz_summary="$INTD_TARGET/fuzz/summary.txt"
fuzz_section="$OUT/fuzzing.md"
if [ -s "$fuzz_summary" ]; then
  {
    printf '## Fuzzing\n\n'
    printf 'From `./intd fuzz` (target/fuzz/summary.txt of %s), folded in by `./intd reliability`: coverage-guided\n' \
      "$(date -u -r "$fuzz_summary" +%Y-%m-%d)"
    printf 'fuzzing of the readers of untrusted files, each target in a JVM of its own.\n\n'
    printf '| target | inputs tried | crashes | seconds | inputs a second | coverage (edges) | corpus kept |\n'
    printf '| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n'
    awk '{ delete v; for (i = 1; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
           printf "| %s | %s | %s | %s | %s | %s | %s |\n", v["target"], v["runs"], v["crashes"], v["seconds"], v["exec_per_second"], v["edges"], v["corpus"]
           runs += v["runs"]; crashes += v["crashes"]; seconds += v["seconds"] }
         END { printf "| in all | %d | %d | %d | | | |\n", runs, crashes, seconds }' "$fuzz_summary"
    printf '\nA crash found is fixed and its input kept under `releng/org.intdesigner.fuzz/src/test/resources`, replayed by\n'
    printf 'every build (which also fuzzes each target for 12 s). Kept so far:'
    for kept in "$ROOT"/releng/org.intdesigner.fuzz/src/test/resources/org/intdesigner/fuzz/*Inputs/*/*; do
      [ -f "$kept" ] || continue
      printf ' %s (%s);' "$(basename "$kept")" "$(basename "$(dirname "$(dirname "$kept")")" | sed 's/FuzzTestInputs$//')"
    done | sed 's/;$/./'
    printf '\n'
  } >"$fuzz_section"
else
  printf '## Fuzzing\n\nFilled by `./intd fuzz` (coverage-guided fuzzing of the readers of untrusted files); not run here yet.\n' >"$fuzz_section"
fi
# the Bad-input corpus section: its cases run again now (BadInputCorpusTest, through the commands' own code; the
# product tests run a few of them through the launcher), counted per group of cases.txt
CORPUS="$ROOT/bundles/org.intdesigner.cli.tests/corpus"
CORPUS_REPORT="$ROOT/bundles/org.intdesigner.cli.tests/target/surefire-reports/org.intdesigner.cli.BadInputCorpusTest.txt"
corpus_section="$OUT/bad-input-corpus.md"
rm -f "$CORPUS_REPORT"
intd_say "running the bad-input corpus"
if intd_logged "$OUT/corpus-maven.log" "$ROOT/mvnw" -B -f "$ROOT/pom.xml" verify -pl bundles/org.intdesigner.workforce.derbyclient,bundles/org.intdesigner.cli.tests -am \
  -Dtest=BadInputCorpusTest -Dsurefire.failIfNoSpecifiedTests=false -Dmaven.test.failure.ignore=true "$@"; then :; fi
{
  printf '## Bad-input corpus\n\n'
  printf 'Written by `./intd reliability` on %s. Each case of `bundles/org.intdesigner.cli.tests/corpus/cases.txt` gives a\n' "$(date -u +%Y-%m-%d)"
  printf 'command a damaged, hostile or mistaken file and names the exit code and the words the user must read; every build\n'
  printf 'runs them all (BadInputCorpusTest).\n\n| group | cases |\n| --- | ---: |\n'
  awk '/^# The bad-input corpus/ { next } /^# / && prev == "" { group = substr($0, 3); sub(/ \(.*/, "", group); sub(/:.*/, "", group) }
       /^[0-9]+ \|/ { n[group]++; if (!(group in seen)) { seen[group] = 1; order[++k] = group }; total++ }
       { prev = $0 }
       END { for (i = 1; i <= k; i++) printf "| %s | %d |\n", order[i], n[order[i]]; printf "| in all | %d |\n", total }' \
    "$CORPUS/cases.txt"
  printf '\n'
  if [ -f "$CORPUS_REPORT" ]; then
    printf 'This run: %s\n' "$(sed -n 's/^\(Tests run: [0-9]*, Failures: [0-9]*, Errors: [0-9]*\).*/\1/p' "$CORPUS_REPORT" | head -n 1)."
  else
    printf 'This run: the corpus did not run (see target/reliability*/corpus-maven.log).\n'
  fi
} >"$corpus_section"
corpus_failed=false
if [ ! -f "$CORPUS_REPORT" ] || ! grep -q 'Failures: 0, Errors: 0' "$CORPUS_REPORT"; then corpus_failed=true; fi

if $quick; then
  { cat "$section"; printf '\n'; cat "$fuzz_section"; printf '\n'; cat "$corpus_section"; } >"$OUT/reliability.md"
  cat "$OUT/reliability.md"
else
  if [ ! -f "$DOC" ]; then
    printf '# Reliability\n\nEach section is written by the command it names; run it again to refresh that section only.\n' >"$DOC"
  fi
  intd_replace_section "$DOC" "## Kill tests (issue #15)" "$section"
  # the other sections are their commands' own: fuzzing's is refreshed from its summary when there is one, and
  # a section not there yet gets its heading, never replacing what its command wrote
  if [ -s "$fuzz_summary" ] || ! grep -q '^## Fuzzing$' "$DOC"; then
    intd_replace_section "$DOC" "## Fuzzing" "$fuzz_section"
  fi
  intd_replace_section "$DOC" "## Bad-input corpus" "$corpus_section"
  cat "$section" "$corpus_section"
  intd_say "written to docs/reliability.md"
fi
[ "$tests" -eq 0 ] || intd_say "The kill tests failed (see above and $OUT/reliability-maven.log)."
if $corpus_failed; then
  intd_say "The bad-input corpus failed (see $CORPUS_REPORT)."
  [ "$tests" -ne 0 ] || tests=1
fi
exit "$tests"
