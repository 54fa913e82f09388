#!/bin/sh
# ./intd bench-reports [--quick] [MAVEN ARGS]: the place assurance pack at London scale (issue #20). The synthetic
# LONDON model (32 places, 40,000 posts) saved as an .intd file with a year of synthetic workforce data imported into
# an embedded store under bundles/org.intdesigner.cli.tests/target/bench-reports/ (a minute or two, not timed); then,
# in one JVM (-Xmx2g), one place's board pack as PDF (first in the JVM; goal under 10 s) and all 32 places in one run
# (goal under 3 minutes) with the heap in use after each place, which must stay flat. Runs ReportsScaleBenchmark with
# the report sections in org.intdesigner.cli.tests' additional.bundles and writes the section
# "Reports scale (issue #20)" of docs/benchmarks.md.
# --quick: the same code paths on the SMALL synthetic model (2 places), one run; prints the figures and writes them
# to target/bench-quick/reports.md, not to docs/benchmarks.md.
# Maven's output goes to target/bench[-quick]/bench-reports-maven.log; a failure prints why.
set -eu
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
. "$ROOT/releng/scripts/common.sh"
quick=false
for arg in "$@"; do shift; if [ "$arg" = --quick ]; then quick=true; else set -- "$@" "$arg"; fi; done
intd_use_java
figures="$ROOT/bundles/org.intdesigner.cli.tests/target/benchmarks"
if $quick; then
  OUT="$INTD_TARGET/bench-quick"
  sizes="-Dintd.bench.scale=SMALL"
  intd_say "reports on a SMALL synthetic model (quick mode)"
else
  OUT="$INTD_TARGET/bench"
  sizes=""
  intd_say "reports at London scale: a year of workforce data for 40,000 posts, then 32 place board packs as PDF (a few minutes)"
fi
rm -rf "$figures" # no figures of an earlier run
intd_bench_tests "$OUT/bench-reports-maven.log" 'ReportsScaleBenchmark' org.intdesigner.cli.tests "-Xmx2g${sizes:+ $sizes}" "$@" || exit 1

if $quick; then
  section="$OUT/reports.md"
  {
    printf '## Reports scale, quick run (`./intd bench-reports --quick`, not for docs/benchmarks.md)\n\n'
    printf 'Run on %s. ' "$(intd_bench_when)"
    cat "$figures/reports.md"
  } >"$section"
  cat "$section"
  exit 0
fi

section="$OUT/reports-scale.md"
{
  printf '## Reports scale (issue #20)\n\n'
  printf 'Measured by `./intd bench-reports` on %s. ' "$(intd_bench_when)"
  cat "$figures/reports.md"
  printf '\nEach pack is what `./intd report MODEL --scope PLACE OUT.pdf` writes (ReportJob over Reports.write): the scope\n'
  printf 'worked out, every section of the board template written once into blocks, then the PDF (openhtmltopdf over\n'
  printf 'PDFBox) written beside its target and renamed over it. The model is read and the store opened once for the\n'
  printf '32 places, as `--scope all-places` does; the heap is read after System.gc() following each place.\n'
} >"$section"
intd_replace_section "$ROOT/docs/benchmarks.md" "## Reports scale (issue #20)" "$section"
cat "$section"
