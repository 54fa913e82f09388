#!/bin/sh
# ./intd test: installs what is missing, builds everything and runs every test headless:
# the OSGi test fragments (unit and UI tests in the real workbench) under Xvfb, the product's tests
# (every headless command and the README's through the launcher), then the smoke test of the
# materialized product, the SDK's out-of-tree example plug-in (built against the update site and dropped into
# a copy of the product) and every benchmark command in its quick mode. Ends with one line
# "N passed, N failed" over all of them.
set -u
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
. "$ROOT/releng/scripts/common.sh"

"$ROOT/releng/scripts/setup.sh" || exit 2
intd_use_java
started=$(date +%s)

# Maven's own settings stay as they are; -B: no colours or progress bars in CI logs
xvfb-run -a -s "-screen 0 1440x900x24 -nolisten tcp" "$ROOT/mvnw" -B -f "$ROOT/pom.xml" clean verify "$@"
maven=$?

# totals of the test fragments, from the surefire reports
tests=0; failures=0
for report in "$ROOT"/bundles/*/target/surefire-reports/TEST-*.xml "$ROOT"/releng/*/target/surefire-reports/TEST-*.xml; do
  [ -f "$report" ] || continue
  line=$(grep -m 1 '<testsuite ' "$report")
  t=$(echo "$line" | sed -n 's/.* tests="\([0-9]*\)".*/\1/p')
  f=$(echo "$line" | sed -n 's/.* failures="\([0-9]*\)".*/\1/p')
  e=$(echo "$line" | sed -n 's/.* errors="\([0-9]*\)".*/\1/p')
  tests=$((tests + ${t:-0})); failures=$((failures + ${f:-0} + ${e:-0}))
done
smoke_passed=0; smoke_failed=0
# summary NAME FILE: adds the "NAME: N passed, N failed" line of FILE to the smoke counts (a missing
# line is one failure: the script did not get to the end)
summary() {
  line=$(grep -E "^$1: [0-9]+ passed" "$2" | tail -n 1)
  p=$(echo "$line" | sed -n "s/^$1: \([0-9]*\) passed.*/\1/p")
  f=$(echo "$line" | sed -n 's/.* \([0-9]*\) failed.*/\1/p')
  [ -n "$p" ] || { p=0; f=1; }
  smoke_passed=$((smoke_passed + p)); smoke_failed=$((smoke_failed + f))
}
if [ "$maven" -eq 0 ]; then
  mkdir -p "$INTD_TARGET" # the root project's clean removed it
  "$ROOT/releng/scripts/smoke-product.sh" | tee "$INTD_TARGET/smoke.txt"
  summary smoke "$INTD_TARGET/smoke.txt"
  # the SDK's promise (issue #21): the tutorial's out-of-tree plug-in, built against the update site and dropped in
  "$ROOT/releng/scripts/sdk-example.sh" | tee "$INTD_TARGET/sdk-example.txt"
  summary sdk-example "$INTD_TARGET/sdk-example.txt"
  # no benchmark command may rot unseen: each runs at a small size
  "$ROOT/releng/scripts/bench-quick.sh" | tee "$INTD_TARGET/bench-quick.txt"
  summary bench-quick "$INTD_TARGET/bench-quick.txt"
else
  echo "The build or its tests failed (Maven exit code $maven): the product smoke test was not run."
  [ "$failures" -gt 0 ] || failures=1
fi

passed=$((tests - failures + smoke_passed)); failed=$((failures + smoke_failed))
echo "INT Designer tests took $(( $(date +%s) - started )) s"
echo "$passed passed, $failed failed"
[ "$maven" -eq 0 ] && [ "$failed" -eq 0 ]
