#!/bin/sh
# ./intd bench: measures what issue #2 asks to report and writes docs/benchmarks.md:
#   cold build (empty local Maven repository under target/, so every download is timed),
#   warm build, the full test command, product size, and launch-to-first-window times.
# Options: --skip-cold (no cold build; keeps the cold figure from the last full run out of the table)
#          --quick (no builds and no test command: only the launch-to-first-window times of the product
#                   already built, 1 first start and 3 warm; printed and written to target/bench-quick/bench.md,
#                   not to docs/benchmarks.md)
# A failing step prints why and where its whole output is.
set -eu
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
. "$ROOT/releng/scripts/common.sh"
skip_cold=false; quick=false
for arg in "$@"; do
  case "$arg" in
    --skip-cold) skip_cold=true ;;
    --quick) quick=true ;;
    *) intd_say "Unknown option: $arg (--skip-cold, --quick)"; exit 2 ;;
  esac
done
intd_use_java
APP=""; INTD_XVFB=""
if $quick; then
  [ -x "$INTD_PRODUCT/intdesigner" ] || { intd_say "No product at $INTD_PRODUCT: run './intd build' first."; exit 2; }
  OUT="$INTD_TARGET/bench-quick/launch"
  rm -rf "$OUT"; mkdir -p "$OUT"
  trap '[ -n "$APP" ] && kill "$APP" 2>/dev/null; [ -n "$INTD_XVFB" ] && kill "$INTD_XVFB" 2>/dev/null' EXIT
else
  # scratch space in the system temp folder: the builds measured here clean target/; kept (without the
  # downloads and data folder) when a step failed, for its log
  OUT=$(mktemp -d "${TMPDIR:-/tmp}/intd-bench.XXXXXX")
  finish() {
    code=$?
    [ -n "$APP" ] && kill "$APP" 2>/dev/null
    [ -n "$INTD_XVFB" ] && kill "$INTD_XVFB" 2>/dev/null
    if [ "$code" -eq 0 ]; then rm -rf "$OUT"; else rm -rf "$OUT/m2" "$OUT/data"; intd_say "The logs are kept in $OUT"; fi
  }
  trap finish EXIT
fi

seconds() { # seconds NAME COMMAND...: runs it, its output in $OUT/NAME.log; prints wall-clock seconds; fails (saying why) if it fails
  name=$1; shift
  s=$(date +%s%N)
  intd_logged "$OUT/$name.log" "$@" || return 1
  e=$(date +%s%N)
  awk -v d=$((e - s)) 'BEGIN { printf "%.1f", d / 1e9 }'
}

if ! $quick; then
  cold="not measured"
  if ! $skip_cold; then
    rm -rf "$OUT/m2"
    echo "cold build (empty Maven repository)..."
    cold=$(seconds cold-build "$ROOT/mvnw" -B -f "$ROOT/pom.xml" -Dmaven.repo.local="$OUT/m2" clean verify -DskipTests)
    cold_mb=$(du -sm "$OUT/m2" | cut -f1)
    cold="$cold s ($cold_mb MB downloaded)"
    rm -rf "$OUT/m2"
  fi
  echo "warm build..."
  warm=$(seconds warm-build "$ROOT/mvnw" -B -o -f "$ROOT/pom.xml" clean verify -DskipTests)
  echo "full test command..."
  full=$(seconds test "$ROOT/intd" test)
  tests_line=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$OUT/test.log" | tail -n 1)

  product_mb=$(du -sm "$INTD_PRODUCT" | cut -f1)
  archive_mb=$(du -m "$INTD_ARCHIVE" | cut -f1)
  bundles=$(ls "$INTD_PRODUCT/plugins" | wc -l)
fi

echo "launch to first window (1 first start, 3 warm)..."
intd_start_xvfb "$OUT/xvfb.log"
rm -rf "$OUT/data"
launches=""
for run in 1 2 3 4; do
  s=$(date +%s%3N)
  INTD_DATA="$OUT/data" "$INTD_PRODUCT/intdesigner" >"$OUT/launch-$run.log" 2>&1 &
  APP=$!
  window=$(intd_wait_for_window)
  e=$(date +%s%3N)
  if [ -z "$window" ]; then
    intd_say "FAILED: no workbench window appeared on launch $run of $INTD_PRODUCT/intdesigner; its output:"
    tail -n 40 "$OUT/launch-$run.log" | sed 's/^/  | /' >&2
    intd_say "The whole output: $OUT/launch-$run.log (error log: $OUT/data/.metadata/.log)"
    exit 1
  fi
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
if $quick; then
  section="$INTD_TARGET/bench-quick/bench.md"
  cat >"$section" <<MD
## Foundation, quick run (\`./intd bench --quick\`, not for docs/benchmarks.md)

Run on $(date -u +%Y-%m-%d) ($(nproc) cores, $java_version). Milliseconds from starting the launcher
script of the product already built to the workbench window being visible under Xvfb.

| what | figure | target |
| --- | --- | --- |
| launch to first window, first start (new data folder) | $first ms | |
| launch to first window, warm (median of 3: $warm_runs) | $warm_median ms | under 3000 ms |
MD
  cat "$section"
  exit 0
fi

section="$OUT/foundation.md"
cat >"$section" <<MD
## Foundation (issue #2)

Written by \`./intd bench\` on $(date -u +%Y-%m-%d) ($(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $java_version).
Times are wall-clock seconds of one run each; launch times are milliseconds from starting the
launcher script to the workbench window being visible under Xvfb (looked for every 0.1 s). A warm start
maps the classes the previous start archived (class data sharing: \`cache/workbench.jsa\` in the data
folder, made by the JVM when the first start exits); without it a warm start took 2.8-3.0 s.

| what | figure | target |
| --- | --- | --- |
| cold build (\`clean verify -DskipTests\`, empty local repository) | $cold | |
| warm build (\`clean verify -DskipTests\`, offline) | $warm s | |
| full test command (\`./intd test\`: build, all OSGi tests, product tests, smoke test, benchmarks in quick mode) | $full s ($tests_line) | well under 1800 s |
| product folder | $product_mb MB, $bundles bundles | |
| product archive (.tar.gz) | $archive_mb MB | |
| launch to first window, first start (new data folder) | $first ms | |
| launch to first window, warm (median of 3: $warm_runs) | $warm_median ms | under 3000 ms |
MD
# only this section is replaced: other commands (./intd bench-model) own theirs
intd_replace_section "$ROOT/docs/benchmarks.md" "## Foundation (issue #2)" "$section"
echo "docs/benchmarks.md updated"
cat "$section"
