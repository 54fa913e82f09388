#!/bin/sh
# ./intd bench-diagram: the diagram framework at scale (issue #4). A diagram of 1,000 posts in 50
# nested teams with 2,000 edges: ELK Layered alone against Arrange All on the notation (headless),
# then the editor in the real workbench under Xvfb (first open with layout, re-open with stored
# notation, repaint, scroll, zoom, update after one change). Writes the section
# "Diagram scale (issue #4)" of docs/benchmarks.md.
set -eu
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
. "$ROOT/releng/scripts/common.sh"
intd_use_java
modules=targets/org.intdesigner.target,bundles/org.intdesigner.model,bundles/org.intdesigner.model.edit,bundles/org.intdesigner.model.csv,bundles/org.intdesigner.model.samples,bundles/org.intdesigner.analysis,bundles/org.intdesigner.diagram,bundles/org.intdesigner.diagram.tests,bundles/org.intdesigner.ui,bundles/org.intdesigner.diagram.ui,bundles/org.intdesigner.model.diagrams,bundles/org.intdesigner.tests.ui,bundles/org.intdesigner.app,bundles/org.intdesigner.diagram.ui.tests

intd_say "laying out 1,000 nodes and 2,000 edges headless, then in the editor under Xvfb (about 3 minutes)"
(cd "$ROOT" && xvfb-run -a -s "-screen 0 1280x800x24 -nolisten tcp" ./mvnw -B -q clean verify \
  -Dtest='DiagramLayoutBenchmark,DiagramScaleBenchmark' -Dsurefire.failIfNoSpecifiedTests=false \
  -Dintd.test.excludedGroups=none -pl "$modules" "$@" >/dev/null)

section="$ROOT/target/diagram-scale.md"
mkdir -p "$ROOT/target"
{
  printf '## Diagram scale (issue #4)\n\n'
  printf 'Measured by `./intd bench-diagram` on %s (%s cores, %s).\n\n' "$(date -u +%Y-%m-%d)" "$(nproc)" "$("$JAVA_HOME/bin/java" -version 2>&1 | head -1)"
  printf '### Layout alone (headless, approximate text measure)\n\n'
  printf '1,000 posts in 50 teams nested up to 3 deep, 2,000 random edges (seed 42), median of 3 after a warm-up: '
  cat "$ROOT/bundles/org.intdesigner.diagram.tests/target/benchmarks/layout.txt"
  printf '\n### In the diagram editor (real workbench, Xvfb)\n\n'
  cat "$ROOT/bundles/org.intdesigner.diagram.ui.tests/target/benchmarks/diagram.md"
  printf '
ELK'"'"'s own time for the same graph varies by up to a third between runs on a 2-core machine (garbage
'
  printf 'collection, JIT), so the first open is compared with the ELK run inside it, and ELK alone is
'
  printf 'measured again on the same graph in the same run for reference. Scroll and zoom figures include the
'
  printf 'repaint that follows (drawn off screen, as the toolkit may defer window paints).
'
} >"$section"
intd_replace_section "$ROOT/docs/benchmarks.md" "## Diagram scale (issue #4)" "$section"
cat "$section"
