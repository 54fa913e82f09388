#!/bin/sh
# ./intd bench-quick: every benchmark command in its quick mode (the same code paths at small sizes, one
# run), one after another, so that none of them can break unseen; ./intd test runs it in CI after the
# build, the tests and the smoke test, with the product built. Figures and logs go to target/bench-quick/,
# never to docs/benchmarks.md. Prints one line per command and "bench-quick: N passed, N failed"; a
# failing command's own report (which command failed, why, where its log is) follows its line.
# Exits non-zero when one failed.
set -u
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
. "$ROOT/releng/scripts/common.sh"
OUT="$INTD_TARGET/bench-quick"
mkdir -p "$OUT"
passed=0; failed=0
started=$(date +%s)
for command in bench bench-validate bench-model bench-diagram bench-diagram-check bench-workforce bench-planning bench-skills bench-reports; do
  log="$OUT/$command.log"
  s=$(date +%s)
  if "$ROOT/intd" "$command" --quick >"$log" 2>&1 </dev/null; then
    passed=$((passed + 1))
    echo "bench-quick: ok   $command ($(( $(date +%s) - s )) s)"
  else
    failed=$((failed + 1))
    echo "bench-quick: FAIL $command (see ${log#"$ROOT"/})"
    tail -n 50 "$log" | sed 's/^/  /'
  fi
done
echo "bench-quick: took $(( $(date +%s) - started )) s; figures in ${OUT#"$ROOT"/}/"
echo "bench-quick: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
