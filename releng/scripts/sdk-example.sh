#!/bin/sh
# ./intd sdk-example (run by ./intd test after the smoke test): what the help tutorial "Your first INT Designer
# plug-in" tells an extender to do, step by step, against the freshly built product:
#  1. check the update site (check-update-site.sh),
#  2. build the out-of-tree plug-in sdk/example-plugin with its own Tycho build, offline, against that site,
#  3. copy the product to target/sdk-example/product and drop the plug-in's jar into its dropins/ folder,
#  4. run the headless validate on the example place: the plug-in's rule EXT-001 reports the long team name,
#     and its parameter can be set like a built-in rule's; its command long-team-names runs, its workforce
#     metric is listed, its workforce file kind imports the trust's HR extract and the metric is worked out from it;
#  5. a jar that is not a plug-in, dropped beside it, is logged by name and changes nothing else.
# Writes only under target/ (and sdk/example-plugin/*/target/). Prints "sdk-example: N passed, N failed".
set -u
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
. "$ROOT/releng/scripts/common.sh"
intd_use_java

SITE="$INTD_ROOT/releng/org.intdesigner.product/target/repository"
PLUGIN_BUILD="$INTD_ROOT/sdk/example-plugin"
OUT="$INTD_TARGET/sdk-example"
PRODUCT="$OUT/product"
[ -x "$INTD_PRODUCT/intdesigner" ] && [ -f "$SITE/content.jar" ] ||
  { intd_say "No product or update site: run './intd build' first."; exit 2; }
rm -rf "$OUT"; mkdir -p "$OUT/data"
passed=0; failed=0
check() { # check NAME COMMAND...
  name=$1; shift
  if "$@"; then passed=$((passed + 1)); echo "sdk-example: ok   $name"; else failed=$((failed + 1)); echo "sdk-example: FAIL $name"; fi
}
cli() { # the copied product's headless command, its data folder (cli.log) under target/
  env -u DISPLAY INTD_DATA="$OUT/data" timeout 120 "$PRODUCT/intdesigner" --cli "$@"
}

site_ok() { "$INTD_ROOT/releng/scripts/check-update-site.sh" >"$OUT/update-site.txt" 2>&1; }
check "the update site holds the product, the SDK and their plug-ins (see $OUT/update-site.txt)" site_ok

build_plugin() { # step 2 of the tutorial: its own Maven build, offline, against the site
  (cd "$PLUGIN_BUILD" && "$INTD_ROOT/mvnw" -o -B -q clean verify "-Dintd.site=file:$SITE") >"$OUT/build.log" 2>&1 ||
    { intd_log_why "$OUT/build.log" | sed 's/^/  | /'; return 1; }
  JAR=$(ls "$PLUGIN_BUILD"/org.example.intd.plugin/target/org.example.intd.plugin-*.jar 2>/dev/null | grep -v sources | head -n 1)
  [ -n "$JAR" ]
}
JAR=""
check "the out-of-tree plug-in builds against the update site, offline" build_plugin

cp -a "$INTD_PRODUCT" "$PRODUCT"
cli example "$OUT/example" >"$OUT/example.log" 2>&1
MODEL="$OUT/example/riverside.intd"
without_plugin() { # before the drop-in: no EXT-001
  cli validate "$MODEL" >"$OUT/before.txt" 2>&1
  [ -s "$OUT/before.txt" ] && ! grep -q "EXT-001" "$OUT/before.txt"
}
check "the product without the plug-in knows no rule EXT-001" without_plugin

mkdir -p "$PRODUCT/dropins"
[ -n "$JAR" ] && cp "$JAR" "$PRODUCT/dropins/"
rule_reports() { # step 4: the rule's finding is printed
  cli validate "$MODEL" >"$OUT/validate.txt" 2>&1
  grep -q "EXT-001  *Team 'Riverside population health and digital team' has a name of 44 characters; the house style is at most 40" \
    "$OUT/validate.txt"
}
check "validate with the dropped-in plug-in prints its rule's finding" rule_reports
parameter_set() { # the rule's parameter, set like a built-in rule's
  cli validate "$MODEL" --set EXT-001.maxLength=60 >"$OUT/validate-60.txt" 2>&1
  grep -q "house style" "$OUT/validate-60.txt" && return 1
  grep -q "rules in" "$OUT/validate-60.txt"
}
check "--set EXT-001.maxLength=60 silences it" parameter_set
command_runs() { # the plug-in's ./intd command, beside the product's own
  cli long-team-names "$MODEL" >"$OUT/command.txt" 2>&1 &&
    grep -q "^riverside-phm  Riverside population health and digital team (44 characters)$" "$OUT/command.txt" &&
    grep -q "team name(s) longer than 40 characters" "$OUT/command.txt" &&
    cli help 2>&1 | grep -q "long-team-names"
}
check "the plug-in's command long-team-names runs and is listed in help" command_runs
metric_listed() { # the plug-in's workforce metric, among the built-in ones
  cli metrics --list >"$OUT/metrics.txt" 2>&1 && grep -q "exampletrust.growth" "$OUT/metrics.txt" &&
    grep -q "Example Trust: workforce growth" "$OUT/metrics.txt"
}
check "the plug-in's workforce metric is listed by metrics --list" metric_listed
imports_and_measures() { # its file kind reads the trust's HR extract into a store; its metric is worked out from it
  {
    echo "Employee ID,Cost Centre,Job Role,Weekly Hours,Start Date,Leaving Date"
    for n in 01 02 03 04 05 06 07 08 09 10; do echo "ET0$n,icb,od,37.5,06/01/2020,"; done
    echo "ET011,icb,od,30,01/09/2025,"
    echo "ET012,icb,od,37.5,01/09/2025,"
  } >"$OUT/hr-extract.csv"
  # ten in post a year before June 2026, twelve at its end: growth (12 - 10) / 10 = 20 %
  cli import-workforce --kinds >"$OUT/kinds.txt" 2>&1 && grep -q "exampletrust-staff" "$OUT/kinds.txt" &&
    cli import-workforce exampletrust-staff "$OUT/hr-extract.csv" --db "$OUT/db" --model "$MODEL" >"$OUT/import.txt" 2>&1 &&
    cli metrics exampletrust.growth --db "$OUT/db" --to 2026-06 >"$OUT/growth.txt" 2>&1 &&
    grep -q "20\.0" "$OUT/growth.txt"
}
check "the plug-in's file kind imports the trust's HR extract, and its metric is worked out from it (20.0 %)" imports_and_measures

broken_jar_logged() { # a plain jar beside it: said on standard error and logged, by its file name; the rest works
  printf 'not a plug-in\n' >"$OUT/readme.txt"
  (cd "$OUT" && "$JAVA_HOME/bin/jar" -cf "$PRODUCT/dropins/not-a-plugin.jar" readme.txt)
  cli validate "$MODEL" >"$OUT/validate-broken.txt" 2>"$OUT/validate-broken.err"
  said="not-a-plugin.jar is left out: its META-INF/MANIFEST.MF has no Bundle-SymbolicName"
  grep -q "EXT-001" "$OUT/validate-broken.txt" && grep -q "SPAN-001" "$OUT/validate-broken.txt" &&
    grep -q "$said" "$OUT/validate-broken.err" && grep -q "$said" "$OUT/data/cli.log"
}
check "a jar that is no plug-in is named on standard error and in cli.log; the rest still works" broken_jar_logged
logged_once() { # three starts with the plug-in: its installation is logged at the first only
  [ "$(grep -c "Installed the plug-in org.example.intd.plugin " "$OUT/data/cli.log")" -eq 1 ]
}
check "the plug-in's installation is logged once, not at every start" logged_once

removed() { # taken out of dropins/: gone at the next start
  rm -f "$PRODUCT"/dropins/*.jar
  cli validate "$MODEL" >"$OUT/after.txt" 2>&1
  [ -s "$OUT/after.txt" ] && ! grep -q "EXT-001" "$OUT/after.txt"
}
check "a plug-in taken out of dropins/ is gone at the next start" removed

echo "sdk-example: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
