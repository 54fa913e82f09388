#!/bin/sh
# ./intd bench-skills [--quick] [MAVEN ARGS]: skill sufficiency at London scale (issue #18). The synthetic LONDON
# model (40,000 posts, 2,000 teams) with 100,000 people in post and 10 skills assessments each (1,000,000) held as
# the store's snapshot in memory: every team's requirements checked on a day, then the training plan, in one JVM
# (-Xmx3g), median of 5 after a warm-up. Runs SufficiencyScaleBenchmark and writes the section
# "Skills scale (issue #18)" of docs/benchmarks.md.
# --quick: the same code paths on the SMALL synthetic model with 5,000 people, one run; prints the figures and
# writes them to target/bench-quick/skills.md, not to docs/benchmarks.md.
# Maven's output goes to target/bench[-quick]/bench-skills-maven.log; a failure prints why.
set -eu
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
. "$ROOT/releng/scripts/common.sh"
quick=false
for arg in "$@"; do shift; if [ "$arg" = --quick ]; then quick=true; else set -- "$@" "$arg"; fi; done
intd_use_java
figures="$ROOT/bundles/org.intdesigner.development.tests/target/benchmarks"
if $quick; then
  OUT="$INTD_TARGET/bench-quick"
  sizes="-Dintd.bench.scale=SMALL -Dintd.bench.runs=1 -Dintd.bench.people=5000"
  intd_say "skill sufficiency on a SMALL synthetic model (quick mode)"
else
  OUT="$INTD_TARGET/bench"
  sizes=""
  intd_say "skill sufficiency at London scale: 2,000 teams, 100,000 people, 1,000,000 assessments (a minute or two)"
fi
rm -rf "$figures" # no figures of an earlier run
intd_bench_tests "$OUT/bench-skills-maven.log" 'SufficiencyScaleBenchmark' org.intdesigner.development.tests "-Xmx3g${sizes:+ $sizes}" "$@" || exit 1

if $quick; then
  section="$OUT/skills.md"
  {
    printf '## Skills scale, quick run (`./intd bench-skills --quick`, not for docs/benchmarks.md)\n\n'
    printf 'Run on %s. ' "$(intd_bench_when)"
    cat "$figures/skills.md"
  } >"$section"
  cat "$section"
  exit 0
fi

section="$OUT/skills-scale.md"
{
  printf '## Skills scale (issue #18)\n\n'
  printf 'Measured by `./intd bench-skills` on %s. ' "$(intd_bench_when)"
  cat "$figures/skills.md"
  printf '\nSufficiency is SkillsAnalysis.sufficiency: who is in post on the day and their latest assessment of each\n'
  printf 'capability up to it (from the snapshot), every team'"'"'s requirements (own, needs'"'"', roles'"'"'), and each checked\n'
  printf 'against the people of the team and its sub-teams, indexed by capability. The snapshot is read from the store\n'
  printf 'once (SkillRecords.read); the import of the 1,000,000 assessment rows is measured by ./intd bench-workforce.\n'
} >"$section"
intd_replace_section "$ROOT/docs/benchmarks.md" "## Skills scale (issue #18)" "$section"
cat "$section"
