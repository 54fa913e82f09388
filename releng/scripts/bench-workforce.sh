#!/bin/sh
# ./intd bench-workforce [--quick] [--skills] [MAVEN ARGS]: the workforce import at scale (issue #7). One staff.csv of 1,000,000 rows (spells in the
# posts of the LONDON synthetic model), imported into a new embedded store by the workforce importer and by Derby's
# own SYSCS_UTIL.SYSCS_IMPORT_TABLE, alternately, in one JVM (-Xmx2g, as the product), median of 3 after a warm-up;
# then 100,000 rows through batched inserts, locally and over the network. Then every metric over 1,000,000 spells
# by organisation and month. Then the skills import at London scale (issue #18): 100,000 people with 10 assessments
# each (1,000,000 rows of skills.csv) into the empty SKILL table of a store holding their staff rows, ours against
# Derby's own import, median of 3 after a warm-up. Runs the WorkforceImportBenchmark, MetricsScaleBenchmark and
# SkillsImportBenchmark tests in OSGi and writes the sections "Workforce import scale (issue #7)", "Workforce metrics
# scale (issue #7)" and "Skills import scale (issue #18)" of docs/benchmarks.md. About nine minutes; needs about 2 GB
# of disk under target/ folders.
# --skills: only the skills import (about three minutes), only its section.
# --quick: the same code paths with 10,000 staff rows in the posts of the SMALL synthetic model (1,000 rows for the
# warm-up and the batched inserts), one round, the metrics over 10,000 spells, and 10,000 skills rows of 1,000 people;
# prints the figures and writes them to target/bench-quick/workforce.md, not to docs/benchmarks.md.
# Maven's output goes to target/bench[-quick]/bench-workforce-maven.log; a failure prints why.
set -eu
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
. "$ROOT/releng/scripts/common.sh"
quick=false
only_skills=false
for arg in "$@"; do
  shift
  case "$arg" in
    --quick) quick=true ;;
    --skills) only_skills=true ;;
    *) set -- "$@" "$arg" ;;
  esac
done
intd_use_java
import="$ROOT/bundles/org.intdesigner.workforce.tests/target/benchmarks"
metrics="$ROOT/bundles/org.intdesigner.workforce.metrics.tests/target/benchmarks"
tests=WorkforceImportBenchmark,MetricsScaleBenchmark,SkillsImportBenchmark
fragments="org.intdesigner.workforce.tests org.intdesigner.workforce.metrics.tests"
if $only_skills; then
  tests=SkillsImportBenchmark
  fragments=org.intdesigner.workforce.tests
fi
if $quick; then
  OUT="$INTD_TARGET/bench-quick"
  sizes="-Dintd.bench.scale=SMALL -Dintd.bench.rows=10000 -Dintd.bench.smallRows=1000 -Dintd.bench.runs=1 -Dintd.bench.spells=10000 -Dintd.bench.skillPeople=1000"
  intd_say "importing 10,000 staff rows, ours and Derby's, then the metrics over 10,000 spells, then 10,000 skills rows (quick mode)"
else
  OUT="$INTD_TARGET/bench"
  sizes=""
  if $only_skills; then
    intd_say "importing 1,000,000 skills rows, ours and Derby's, three times each (about three minutes)"
  else
    intd_say "importing 1,000,000 staff rows, ours and Derby's, three times each, then the metrics over 1,000,000 spells, then 1,000,000 skills rows (about nine minutes)"
  fi
fi
rm -rf "$import" "$metrics" # no figures (and no stores) of an earlier run
# shellcheck disable=SC2086 # the fragments are words
intd_logged "$OUT/bench-workforce-maven.log" "$ROOT/mvnw" -B -f "$ROOT/pom.xml" verify -Dtest=$tests \
  -Dsurefire.failIfNoSpecifiedTests=false -Dintd.test.excludedGroups=none "-Dintd.test.jvmArgs=-Xmx2g${sizes:+ $sizes}" \
  -pl "$(intd_test_modules $fragments)" -am "$@" || exit 1

skills_section() {
  printf '## Skills import scale (issue #18)\n\n'
  printf 'Measured by `./intd bench-workforce` on %s (%s). ' "$(date -u +%Y-%m-%d)" "$("$JAVA_HOME/bin/java" -version 2>&1 | head -1)"
  cat "$import/skills.md"
  printf '\nThe importer reads the store'"'"'s staff once (who each person is and their employer), then reads the file once:\n'
  printf 'each row is parsed and checked (the person among the staff, the capability code against the model, the\n'
  printf 'level on the scale 0-4 or its name, the dates, an expiry before the assessment, a person, capability and\n'
  printf 'date given twice) and handed to Derby through the table function SKILL_ROWS, so that into the empty\n'
  printf 'table Derby bulk-loads the rows and builds the indexes by sorting, as its own import does. Derby'"'"'s import\n'
  printf 'checks nothing but the table'"'"'s own constraints.\n'
}

if $quick; then
  section="$OUT/workforce.md"
  {
    printf '## Workforce import and metrics scale, quick run (`./intd bench-workforce --quick`, not for docs/benchmarks.md)\n\n'
    printf 'Run on %s (%s). ' "$(date -u +%Y-%m-%d)" "$("$JAVA_HOME/bin/java" -version 2>&1 | head -1)"
    cat "$import/workforce.md"
    printf '\n### Metrics\n\n'
    cat "$metrics/metrics.md"
    printf '\n### Skills\n\n'
    cat "$import/skills.md"
  } >"$section"
  cat "$section"
  exit 0
fi

if $only_skills; then
  section="$OUT/skills-scale.md"
  skills_section >"$section"
  intd_replace_section "$ROOT/docs/benchmarks.md" "## Skills import scale (issue #18)" "$section"
  cat "$section"
  exit 0
fi

section="$OUT/workforce-scale.md"
{
  printf '## Workforce import scale (issue #7)\n\n'
  printf 'Measured by `./intd bench-workforce` on %s (%s). ' "$(date -u +%Y-%m-%d)" "$("$JAVA_HOME/bin/java" -version 2>&1 | head -1)"
  cat "$import/workforce.md"
  printf '\nThe importer reads the file once: each row is parsed and checked (dates, FTE, the organisation,\n'
  printf 'role, team and post codes against the model, a person id that looks like an NHS number, rows given\n'
  printf 'twice) and handed to Derby through a table function, so that into an empty table of an embedded\n'
  printf 'store Derby bulk-loads the rows and builds the indexes by sorting, as its own import does; the\n'
  printf 'partners and the import log are written in the same transaction. After a bad row nothing more is\n'
  printf 'written and the transaction is rolled back. Into a table that already has rows, and over the\n'
  printf 'network, rows go in batches of prepared inserts (Derby then maintains each index row by row).\n'
  printf 'Derby'"'"'s import is given the partners and the import log row beforehand (not timed) and checks\n'
  printf 'nothing but the table'"'"'s own constraints. Person ids here are not pseudonymised (no NHS numbers).\n'
} >"$section"
intd_replace_section "$ROOT/docs/benchmarks.md" "## Workforce import scale (issue #7)" "$section"
cat "$section"

section="$OUT/workforce-metrics.md"
{
  printf '## Workforce metrics scale (issue #7)\n\n'
  printf 'Measured by `./intd bench-workforce` on %s, embedded store. ' "$(intd_bench_when)"
  cat "$metrics/metrics.md"
  printf '\nGoal: any metric over those rows cut by organisation and month in under 1 s. Summing in SQL with\n'
  printf 'CASE expressions per month took 23-51 s in Derby; a pass in Java over the rows as the database\n'
  printf 'handed them over, 0.6-1.8 s; over the columns in memory, the figures above.\n'
} >"$section"
intd_replace_section "$ROOT/docs/benchmarks.md" "## Workforce metrics scale (issue #7)" "$section"
cat "$section"

section="$OUT/skills-scale.md"
skills_section >"$section"
intd_replace_section "$ROOT/docs/benchmarks.md" "## Skills import scale (issue #18)" "$section"
cat "$section"
