#!/bin/sh
# ./intd bench: measures what issue #2 asks to report and writes docs/benchmarks.md:
#   cold build (empty local Maven repository under target/, so every download is timed),
#   warm build, the full test command, product size, and launch-to-first-window times.
# Options: --skip-cold (no cold build; keeps the cold figure from the last full run out of the table)
set -eu
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
. "$ROOT/releng/scripts/common.sh"
intd_use_java
# scratch space in the system temp folder: the builds measured here clean target/
OUT=$(mktemp -d "${TMPDIR:-/tmp}/intd-bench.XXXXXX")
skip_cold=false
[ "${1:-}" = "--skip-cold" ] && skip_cold=true

seconds() { # seconds COMMAND...: runs it quietly, prints wall-clock seconds; fails if it fails
  s=$(date +%s%N)
  "$@" >"$OUT/last.log" 2>&1 || { intd_say "failed: $* (see $OUT/last.log)"; return 1; }
  e=$(date +%s%N)
  awk -v d=$((e - s)) 'BEGIN { printf "%.1f", d / 1e9 }'
}

trap 'rm -rf "$OUT"' EXIT
cold="not measured"
if ! $skip_cold; then
  rm -rf "$OUT/m2"
  echo "cold build (empty Maven repository)..."
  cold=$(seconds "$ROOT/mvnw" -B -f "$ROOT/pom.xml" -Dmaven.repo.local="$OUT/m2" clean verify -DskipTests)
  cold_mb=$(du -sm "$OUT/m2" | cut -f1)
  cold="$cold s ($cold_mb MB downloaded)"
  rm -rf "$OUT/m2"
fi
echo "warm build..."
warm=$(seconds "$ROOT/mvnw" -B -o -f "$ROOT/pom.xml" clean verify -DskipTests)
echo "full test command..."
full=$(seconds "$ROOT/intd" test)
tests_line=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$OUT/last.log" | tail -n 1)

product_mb=$(du -sm "$INTD_PRODUCT" | cut -f1)
archive_mb=$(du -m "$INTD_ARCHIVE" | cut -f1)
bundles=$(ls "$INTD_PRODUCT/plugins" | wc -l)

echo "launch to first window (1 first start, 3 warm)..."
APP=""; INTD_XVFB=""
trap '[ -n "$APP" ] && kill "$APP" 2>/dev/null; [ -n "$INTD_XVFB" ] && kill "$INTD_XVFB" 2>/dev/null; rm -rf "$OUT"' EXIT
intd_start_xvfb "$OUT/xvfb.log"
rm -rf "$OUT/data"
launches=""
for run in 1 2 3 4; do
  s=$(date +%s%3N)
  INTD_DATA="$OUT/data" "$INTD_PRODUCT/intdesigner" >"$OUT/launch-$run.log" 2>&1 &
  APP=$!
  window=$(intd_wait_for_window)
  e=$(date +%s%3N)
  [ -n "$window" ] || { intd_say "no window on launch $run"; exit 1; }
  launches="$launches $((e - s))"
  sleep 2
  xdotool windowfocus --sync "$window" && xdotool key ctrl+q
  wait "$APP" || true
  APP=""
done
first=$(echo $launches | cut -d' ' -f1)
warm_runs=$(echo $launches | cut -d' ' -f2-)
warm_median=$(echo $warm_runs | tr ' ' '\n' | sort -n | sed -n 2p)

java_version=$("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1)
section="$OUT/foundation.md"
cat >"$section" <<MD
## Foundation (issue #2)

Written by \`./intd bench\` on $(date -u +%Y-%m-%d) ($(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $java_version).
Times are wall-clock seconds of one run each; launch times are milliseconds from starting the
launcher script to the workbench window being visible under Xvfb.

| what | figure | target |
| --- | --- | --- |
| cold build (\`clean verify -DskipTests\`, empty local repository) | $cold | |
| warm build (\`clean verify -DskipTests\`, offline) | $warm s | |
| full test command (\`./intd test\`: build, all OSGi tests, product smoke test) | $full s ($tests_line) | well under 1800 s |
| product folder | $product_mb MB, $bundles bundles | |
| product archive (.tar.gz) | $archive_mb MB | |
| launch to first window, first start (new data folder) | $first ms | |
| launch to first window, warm (median of 3: $warm_runs) | $warm_median ms | under 3000 ms |
MD
# only this section is replaced: other commands (./intd bench-model) own theirs
intd_replace_section "$ROOT/docs/benchmarks.md" "## Foundation (issue #2)" "$section"
echo "docs/benchmarks.md updated"
cat "$section"
