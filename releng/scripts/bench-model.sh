#!/bin/sh
# ./intd bench-model [--quick] [MAVEN ARGS]: generates the LONDON-scale synthetic model, measures save/load against
# bare EMF (median of 3 after a warm-up, -Xmx2g), then opens such a model in the model editor of the real
# workbench under Xvfb (root on screen, biggest folder, heap), and writes the section
# "Model scale (issue #3)" of docs/benchmarks.md. Builds the model bundle jars first if they are
# missing or older than sources.
# --quick: the same code paths with the SMALL synthetic model (1,000 posts) for save/load and the MEDIUM one
# (10,000 posts: the editor's Posts folder must have more than one page of 1,000) in the editor, one round each;
# prints the figures and writes them to target/bench-quick/model.md, not to docs/benchmarks.md.
# Maven's output goes to target/bench[-quick]/bench-model-*.log; a failure prints why.
set -eu
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
. "$ROOT/releng/scripts/common.sh"
quick=false
for arg in "$@"; do shift; if [ "$arg" = --quick ]; then quick=true; else set -- "$@" "$arg"; fi; done
intd_use_java
editor="$ROOT/bundles/org.intdesigner.ui.tests/target/benchmarks"
if $quick; then
  OUT="$INTD_TARGET/bench-quick"
  section="$OUT/model.md"
  save_load="-Dbench.scale=SMALL -Dbench.runs=1"
  sizes="-Dintd.bench.scale=MEDIUM -Dintd.bench.runs=1"
else
  OUT="$INTD_TARGET/bench"
  section="$ROOT/releng/benchmarks/target/model-scale.md"
  save_load=""
  sizes=""
fi
mkdir -p "$OUT"
stale=""
for b in org.intdesigner.model org.intdesigner.model.samples; do
  jar="$ROOT/bundles/$b/target/$b-1.0.0-SNAPSHOT.jar"
  if [ ! -f "$jar" ] || [ -n "$(find "$ROOT/bundles/$b" -newer "$jar" -type f -not -path '*/target/*' -print -quit)" ]; then
    stale=yes
  fi
done
if [ -n "$stale" ]; then
  intd_say "building the model bundles"
  intd_logged "$OUT/bench-model-build.log" "$ROOT/mvnw" -B -f "$ROOT/pom.xml" verify -DskipTests \
    -pl bundles/org.intdesigner.model,bundles/org.intdesigner.model.samples -am "$@" || exit 1
fi
rm -f "$section"
$quick && intd_say "saving and loading a SMALL synthetic model (1,000 posts) against bare EMF (quick mode)"
# $save_load: unquoted on purpose, to split into its arguments
# shellcheck disable=SC2086
intd_logged "$OUT/bench-model-save-load.log" "$ROOT/mvnw" -B -f "$ROOT/releng/benchmarks/pom.xml" compile exec:exec \
  "-Dbench.out=$section" $save_load "$@" || exit 1
if $quick; then
  sed -e '1s/.*/## Model scale, quick run (`.\/intd bench-model --quick`, not for docs\/benchmarks.md)/' \
    -e 's/^Written by `.\/intd bench-model`/Written by `.\/intd bench-model --quick`/' "$section" >"$section.tmp"
  mv "$section.tmp" "$section"
  intd_say "opening a MEDIUM synthetic model (10,000 posts) in the workbench (UI benchmark, quick mode)"
else
  intd_say "opening a London-scale model in the workbench (UI benchmark)"
fi
rm -rf "$editor" # no figures of an earlier run
intd_logged "$OUT/bench-model-editor.log" xvfb-run -a -s "-screen 0 1280x800x24 -nolisten tcp" "$ROOT/mvnw" -B -f "$ROOT/pom.xml" \
  verify -Dtest=EditorScaleBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dintd.test.excludedGroups=none \
  "-Dintd.test.jvmArgs=$sizes" -pl "$(intd_test_modules org.intdesigner.ui.tests)" -am "$@" || exit 1
{ printf '\n### In the model editor\n\n'; cat "$editor/editor.md"; } >>"$section"
$quick || intd_replace_section "$ROOT/docs/benchmarks.md" "## Model scale (issue #3)" "$section"
cat "$section"
