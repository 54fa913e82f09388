#!/bin/sh
# ./intd bench-validate: validation at scale (issue #6). On the LONDON-scale synthetic model, in one
# JVM (-Xmx2g, as bench-model), median of 3 after a warm-up: EMF's bare Diagnostician against the full
# Validator with every installed rule, validation again after one edit, and each rule's own time.
# Runs the ValidationScaleBenchmark test in OSGi (so the rules contributed through the extension point
# are there) and writes the section "Validation scale (issue #6)" of docs/benchmarks.md.
set -eu
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
. "$ROOT/releng/scripts/common.sh"
intd_use_java
modules=targets/org.intdesigner.target,bundles/org.intdesigner.model,bundles/org.intdesigner.model.samples,bundles/org.intdesigner.analysis,bundles/org.intdesigner.analysis.tests

intd_say "validating a London-scale model (40,000 posts) with and without the rules (under a minute)"
(cd "$ROOT" && ./mvnw -B -q clean verify -Dtest=ValidationScaleBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dintd.test.excludedGroups=none -Dintd.test.jvmArgs=-Xmx2g -pl "$modules" "$@" >/dev/null)

section="$ROOT/target/validation-scale.md"
mkdir -p "$ROOT/target"
{
  printf '## Validation scale (issue #6)\n\n'
  printf 'Measured by `./intd bench-validate` on %s (%s cores, %s). ' "$(date -u +%Y-%m-%d)" "$(nproc)" "$("$JAVA_HOME/bin/java" -version 2>&1 | head -1)"
  cat "$ROOT/bundles/org.intdesigner.analysis.tests/target/benchmarks/validation.md"
  printf '\nBare EMF is `Diagnostician.INSTANCE` with the metamodel'"'"'s own constraints (multiplicities, proxies,\n'
  printf 'data values); the full validation runs the same constraints through the engine and then every\n'
  printf 'installed rule on the elements of the classes it applies to, and collects the findings with their\n'
  printf 'suppressions. The edit is not timed apart from the validation after it.\n'
} >"$section"
intd_replace_section "$ROOT/docs/benchmarks.md" "## Validation scale (issue #6)" "$section"
cat "$section"
