#!/bin/sh
# ./intd bench-diagram-check [--quick] [MAVEN ARGS]: how readable the diagrams are (issue #17, point 5).
# Every diagram type over the example place and a 300-post neighbourhood, laid out headless as the
# editor's first open does (Arrange All, approximate text measure), then counted by the diagram check
# (DiagramReadability): edges crossing a node they do not connect, overlapping labels, clipped names;
# with the time Arrange All took. Writes the section "Diagram readability (issue #17)" of
# docs/benchmarks.md, keeping its "### Before" part (the counts before the fix, for comparison).
# --quick: the example place only; prints the table and writes it to target/bench-quick/diagram-check.md,
# not to docs/benchmarks.md.
# Maven's output goes to target/bench[-quick]/bench-diagram-check-maven.log; a failure prints why.
set -eu
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
. "$ROOT/releng/scripts/common.sh"
quick=false
for arg in "$@"; do shift; if [ "$arg" = --quick ]; then quick=true; else set -- "$@" "$arg"; fi; done
intd_use_java
figures="$ROOT/bundles/org.intdesigner.model.diagrams.tests/target/benchmarks/readability.md"
if $quick; then
  OUT="$INTD_TARGET/bench-quick"
  places="-Dintd.bench.places=EXAMPLE"
  intd_say "checking every diagram type over the example place (quick mode)"
else
  OUT="$INTD_TARGET/bench"
  places=""
  intd_say "checking every diagram type over the example place and a 300-post neighbourhood (about 2 minutes)"
fi
rm -f "$figures" # no figures of an earlier run
intd_logged "$OUT/bench-diagram-check-maven.log" "$ROOT/mvnw" -B -f "$ROOT/pom.xml" \
  verify -Dtest='DiagramReadabilityBenchmark' -Dsurefire.failIfNoSpecifiedTests=false \
  -Dintd.test.excludedGroups=none "-Dintd.test.jvmArgs=$places" \
  -pl "$(intd_test_modules org.intdesigner.model.diagrams.tests)" -am "$@" || exit 1
[ -s "$figures" ] || { intd_say "bench-diagram-check: the benchmark wrote no figures (see ${OUT#"$ROOT"/}/bench-diagram-check-maven.log)"; exit 1; }

if $quick; then
  section="$OUT/diagram-check.md"
  {
    printf '## Diagram readability, quick run (`./intd bench-diagram-check --quick`, not for docs/benchmarks.md)\n\n'
    cat "$figures"
  } >"$section"
  cat "$section"
  exit 0
fi

heading="## Diagram readability (issue #17)"
section="$OUT/diagram-readability.md"
before="$OUT/diagram-readability-before.md"
# the "### Before" part of the section as it stands, kept as it is
awk -v h="$heading" '$0 == h { in_section = 1; next } in_section && /^## / { in_section = 0 }
  in_section && /^### Before/ { keep = 1 } keep && in_section { lines[++n] = $0 }
  END { while (n > 0 && lines[n] == "") n--; for (i = 1; i <= n; i++) print lines[i] }' "$ROOT/docs/benchmarks.md" >"$before"
{
  printf '%s\n\n' "$heading"
  printf 'Measured by `./intd bench-diagram-check` on %s.\n\n' "$(intd_bench_when)"
  printf 'Every diagram type over the example place and a synthetic neighbourhood of 300 posts (seed 7), laid out\n'
  printf 'headless as a first open does (Arrange All with the specification'"'"'s sizes, approximate text measure), then\n'
  printf 'counted by the diagram check (`DiagramReadability`, the places the painter draws at): edge-node crossings\n'
  printf '(a segment through a node other than its ends and what contains them), overlapping labels (node names,\n'
  printf 'badges, edge labels), clipped names (cut with an ellipsis or lines left out). The goal is zero for each;\n'
  printf '`DiagramReadabilityTest` asserts it; `WholePlaceDiagramTest` checks the team structure of the example the same\n'
  printf 'way in the editor with its real fonts. Size is the drawing'"'"'s extent; Arrange All is the second run of each\n'
  printf '(after a warm-up).\n\n'
  cat "$figures"
  if [ -s "$before" ]; then printf '\n'; cat "$before"; fi
} >"$section"
intd_replace_section "$ROOT/docs/benchmarks.md" "$heading" "$section"
cat "$section"
