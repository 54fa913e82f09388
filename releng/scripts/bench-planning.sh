#!/bin/sh
# ./intd bench-planning [--quick] [MAVEN ARGS]: workforce planning at London scale (issue #16). On the synthetic
# LONDON model (200 neighbourhoods, 40,000 posts) with six cohorts per neighbourhood, 30 roles with a WISN standard
# of 10 activities for every neighbourhood (6,000 calculations) and a supply assumption with ranges for every role x
# organisation (1,000 runs, 10 years), in one JVM (-Xmx2g), median of 5 after a warm-up: all need now, one standard
# again after an edit, all supply with its bands; then supply for every role x organisation from 1,000,000 staff
# spells in an embedded store, after the store's snapshot; and the comparison of two London-scale models with 5 % of
# their posts changed (issue #19), and a fair allocation over 200 neighbourhoods x 30 roles (issue #19). Runs
# PlanningScaleBenchmark, SupplyFromStoreBenchmark, ComparisonScaleBenchmark and AllocationScaleBenchmark
# (a few minutes: loading the spells takes most) and writes the section
# "Planning scale (issue #16)" of docs/benchmarks.md.
# --quick: the same code paths on the SMALL synthetic model, one run; prints the figures and writes them to
# target/bench-quick/planning.md, not to docs/benchmarks.md.
# Maven's output goes to target/bench[-quick]/bench-planning-maven.log; a failure prints why.
set -eu
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
. "$ROOT/releng/scripts/common.sh"
quick=false
for arg in "$@"; do shift; if [ "$arg" = --quick ]; then quick=true; else set -- "$@" "$arg"; fi; done
intd_use_java
figures="$ROOT/bundles/org.intdesigner.planning.tests/target/benchmarks"
if $quick; then
  OUT="$INTD_TARGET/bench-quick"
  sizes="-Dintd.bench.scale=SMALL -Dintd.bench.runs=1 -Dintd.bench.spells=20000"
  intd_say "planning on a SMALL synthetic model (quick mode)"
else
  OUT="$INTD_TARGET/bench"
  sizes=""
  intd_say "planning at London scale: 6,000 WISN calculations, 8,000 supply projections with bands, supply from 1,000,000 spells (a few minutes)"
fi
rm -rf "$figures" # no figures of an earlier run
intd_bench_tests "$OUT/bench-planning-maven.log" 'PlanningScaleBenchmark,SupplyFromStoreBenchmark,ComparisonScaleBenchmark,AllocationScaleBenchmark' org.intdesigner.planning.tests "-Xmx2g${sizes:+ $sizes}" "$@" || exit 1

if $quick; then
  section="$OUT/planning.md"
  {
    printf '## Planning scale, quick run (`./intd bench-planning --quick`, not for docs/benchmarks.md)\n\n'
    printf 'Run on %s. ' "$(intd_bench_when)"
    cat "$figures/planning.md"
    printf '\nSupply from the store (20,000 spells in quick mode): '
    cat "$figures/supply.md"
    printf '\nComparing two models: '
    cat "$figures/diff.md"
    printf '\nFair allocation:\n'
    cat "$figures/allocation.md"
  } >"$section"
  cat "$section"
  exit 0
fi

section="$OUT/planning-scale.md"
{
  printf '## Planning scale (issue #16)\n\n'
  printf 'Measured by `./intd bench-planning` on %s. ' "$(intd_bench_when)"
  cat "$figures/planning.md"
  printf '\nNeed is WorkforcePlan.need for year 0 (the staff now from the model'"'"'s posts, through an index of who works\n'
  printf 'where built once per run); the edit changes one unit time and computes that standard for each of its\n'
  printf 'neighbourhoods, as the study editor does; supply is every projection and its 1,000-run simulation.\n'
  printf '\n### Supply from the workforce store\n\n'
  cat "$figures/supply.md"
  printf '\nThe store'"'"'s figures are read by the metrics engine (the published definitions) over its in-memory snapshot of\n'
  printf 'the spells, only those the plan asks for; the projections run in parallel, each simulation seeded on its own.\n'
  printf '\n### Comparing a scenario with its baseline (issue #19)\n\n'
  cat "$figures/diff.md"
  printf '\nThe comparison is ModelComparison.compare (./intd diff): every element paired by id, each attribute and\n'
  printf 'reference of a pair compared, parents and employers checked for moves; both models already open.\n'
  printf '\n### Fair allocation of a budget (issue #19)\n\n'
  cat "$figures/allocation.md"
  printf '\nFairAllocation.allocate (./intd allocate): the mixed-integer programme (a half-post count and, where the last\n'
  printf 'half post would overshoot, a binary per role and neighbourhood; the budget; a floor row per neighbourhood)\n'
  printf 'solved by ojAlgo'"'"'s branch and bound, then again without the floor to say whether the floor binds.\n'
} >"$section"
intd_replace_section "$ROOT/docs/benchmarks.md" "## Planning scale (issue #16)" "$section"
cat "$section"
