#!/bin/sh
# ./intd bench-model: generates the LONDON-scale synthetic model, measures save/load against bare
# EMF (median of 3 after a warm-up, -Xmx2g) and writes the section "Model scale (issue #3)" of
# docs/benchmarks.md. Builds the model bundle jars first if they are missing or older than sources.
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
