#!/bin/sh
# ./intd bench-validate [--quick] [MAVEN ARGS]: validation at scale (issue #6). On the LONDON-scale synthetic
# model, in one JVM (-Xmx2g, as bench-model), median of 5 after a warm-up: EMF's bare Diagnostician against the
# full Validator with every installed rule, validation again after one edit, and each rule's own time.
# Runs the ValidationScaleBenchmark test in OSGi (so the rules contributed through the extension point
# are there) and writes the section "Validation scale (issue #6)" of docs/benchmarks.md.
# --quick: the same code paths on the SMALL synthetic model (1,000 posts instead of 40,000), one run;
# prints the figures and writes them to target/bench-quick/validation.md, not to docs/benchmarks.md.
# Maven's output goes to target/bench[-quick]/bench-validate-maven.log; a failure prints why.
set -eu
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
. "$ROOT/releng/scripts/common.sh"
quick=false
for arg in "$@"; do shift; if [ "$arg" = --quick ]; then quick=true; else set -- "$@" "$arg"; fi; done
intd_use_java
figures="$ROOT/bundles/org.intdesigner.analysis.tests/target/benchmarks"
if $quick; then
  OUT="$INTD_TARGET/bench-quick"
  sizes="-Dintd.bench.scale=SMALL -Dintd.bench.runs=1"
  intd_say "validating a SMALL synthetic model (1,000 posts) with and without the rules (quick mode)"
else
  OUT="$INTD_TARGET/bench"
  sizes=""
  intd_say "validating a London-scale model (40,000 posts) with and without the rules (under a minute)"
fi
rm -rf "$figures" # no figures of an earlier run
intd_bench_tests "$OUT/bench-validate-maven.log" 'ValidationScaleBenchmark' org.intdesigner.analysis.tests "-Xmx2g${sizes:+ $sizes}" "$@" || exit 1

if $quick; then
  section="$OUT/validation.md"
  {
    printf '## Validation scale, quick run (`./intd bench-validate --quick`, not for docs/benchmarks.md)\n\n'
    printf 'Run on %s. ' "$(intd_bench_when)"
    cat "$figures/validation.md"
  } >"$section"
  cat "$section"
  exit 0
fi

section="$OUT/validation-scale.md"
{
  printf '## Validation scale (issue #6)\n\n'
  printf 'Measured by `./intd bench-validate` on %s. ' "$(intd_bench_when)"
  cat "$figures/validation.md"
  printf '\nBare EMF is `Diagnostician.INSTANCE` with the metamodel'"'"'s own constraints (multiplicities, proxies,\n'
  printf 'data values); the full validation runs the same constraints through the engine and then every\n'
  printf 'installed rule on the elements of the classes it applies to, and collects the findings with their\n'
  printf 'suppressions. The edit is not timed apart from the validation after it.\n'
} >"$section"
intd_replace_section "$ROOT/docs/benchmarks.md" "## Validation scale (issue #6)" "$section"
cat "$section"
