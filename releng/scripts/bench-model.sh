#!/bin/sh
# ./intd bench-model: generates the LONDON-scale synthetic model, measures save/load against bare
# EMF (median of 3 after a warm-up, -Xmx2g), then opens such a model in the model editor of the real
# workbench under Xvfb (root on screen, biggest folder, heap), and writes the section
# "Model scale (issue #3)" of docs/benchmarks.md. Builds the model bundle jars first if they are
# missing or older than sources.
set -eu
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
. "$ROOT/releng/scripts/common.sh"
stale=""
for b in org.intdesigner.model org.intdesigner.model.samples; do
  jar="$ROOT/bundles/$b/target/$b-1.0.0-SNAPSHOT.jar"
  if [ ! -f "$jar" ] || [ -n "$(find "$ROOT/bundles/$b" -newer "$jar" -type f -not -path '*/target/*' -print -quit)" ]; then
    stale=yes
  fi
done
if [ -n "$stale" ]; then
  intd_say "building the model bundles"
  intd_maven -B -q verify -DskipTests -pl targets/org.intdesigner.target,bundles/org.intdesigner.model,bundles/org.intdesigner.model.samples
fi
intd_maven -B -q -f "$ROOT/releng/benchmarks/pom.xml" compile exec:exec "$@"
section="$ROOT/releng/benchmarks/target/model-scale.md"

intd_say "opening a London-scale model in the workbench (UI benchmark)"
intd_use_java
(cd "$ROOT" && xvfb-run -a -s "-screen 0 1280x800x24 -nolisten tcp" ./mvnw -B -q verify -Dtest=EditorScaleBenchmark \
  -Dintd.test.excludedGroups=none -pl targets/org.intdesigner.target,bundles/org.intdesigner.model,bundles/org.intdesigner.model.edit,bundles/org.intdesigner.analysis,bundles/org.intdesigner.model.samples,bundles/org.intdesigner.ui,bundles/org.intdesigner.app,bundles/org.intdesigner.tests.ui,bundles/org.intdesigner.ui.tests \
  >/dev/null)
{ printf '\n### In the model editor\n\n'; cat "$ROOT/bundles/org.intdesigner.ui.tests/target/benchmarks/editor.md"; } >>"$section"
intd_replace_section "$ROOT/docs/benchmarks.md" "## Model scale (issue #3)" "$section"
cat "$section"
