#!/bin/sh
# ./intd bench-workforce: the workforce import at scale (issue #7). One staff.csv of 1,000,000 rows (spells in the
# posts of the LONDON synthetic model), imported into a new embedded store by the workforce importer and by Derby's
# own SYSCS_UTIL.SYSCS_IMPORT_TABLE, alternately, in one JVM (-Xmx2g, as the product), median of 3 after a warm-up;
# then 100,000 rows through batched inserts, locally and over the network. Runs the WorkforceImportBenchmark test in
# OSGi and writes the section "Workforce import scale (issue #7)" of docs/benchmarks.md. About four minutes; needs
# about 1 GB of disk under bundles/org.intdesigner.workforce.tests/target.
set -eu
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
. "$ROOT/releng/scripts/common.sh"
intd_use_java
modules=targets/org.intdesigner.target,bundles/org.intdesigner.model,bundles/org.intdesigner.model.samples,bundles/org.intdesigner.workforce,bundles/org.intdesigner.workforce.derbyclient,bundles/org.intdesigner.workforce.tests

intd_say "importing 1,000,000 staff rows, ours and Derby's, three times each (about four minutes)"
(cd "$ROOT" && ./mvnw -B -q clean verify -Dtest=WorkforceImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dintd.test.excludedGroups=none -Dintd.test.jvmArgs=-Xmx2g -pl "$modules" "$@" >/dev/null)

section="$ROOT/target/workforce-scale.md"
mkdir -p "$ROOT/target"
{
  printf '## Workforce import scale (issue #7)\n\n'
  printf 'Measured by `./intd bench-workforce` on %s (%s). ' "$(date -u +%Y-%m-%d)" "$("$JAVA_HOME/bin/java" -version 2>&1 | head -1)"
  cat "$ROOT/bundles/org.intdesigner.workforce.tests/target/benchmarks/workforce.md"
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
