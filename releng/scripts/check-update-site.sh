#!/bin/sh
# Checks the built p2 update site (releng/org.intdesigner.product/target/repository) from its metadata, as an
# Eclipse IDE would read it: the product's features and the SDK feature are there and categorised, and every
# plug-in they list (the product's plug-ins, their source bundles, the example plug-ins and the developer guide)
# is both an installable unit in content.xml and an artifact in artifacts.xml with its jar in plugins/. Also
# that every example plug-in of bundles/ is in the SDK, and that the developer guide holds a reference page for
# every extension point schema. Prints "update-site: N passed, N failed"; exit code 1 when a check failed,
# 2 when there is no site (run ./intd build).
set -u
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
. "$ROOT/releng/scripts/common.sh"
intd_use_java

SITE="$INTD_ROOT/releng/org.intdesigner.product/target/repository"
OUT="$INTD_TARGET/update-site"
[ -f "$SITE/content.jar" ] || { intd_say "No update site at $SITE: run './intd build' first."; exit 2; }
rm -rf "$OUT"; mkdir -p "$OUT"
(cd "$OUT" && "$JAVA_HOME/bin/jar" -xf "$SITE/content.jar" && "$JAVA_HOME/bin/jar" -xf "$SITE/artifacts.jar") || exit 2
passed=0; failed=0
check() { # check NAME COMMAND...
  name=$1; shift
  if "$@"; then passed=$((passed + 1)); echo "update-site: ok   $name"; else failed=$((failed + 1)); echo "update-site: FAIL $name"; fi
}
unit() { grep -q "<unit id='$1'" "$OUT/content.xml"; }
# plugin ID: an installable unit, an osgi.bundle artifact and its jar
plugin_on_site() {
  unit "$1" && grep -q "<artifact classifier='osgi.bundle' id='$1'" "$OUT/artifacts.xml" &&
    ls "$SITE/plugins/$1"_*.jar >/dev/null 2>&1
}
# the plug-in ids of a feature.xml, one a line
feature_plugins() { sed -n 's/.*<plugin[^>]* id="\([^"]*\)".*/\1/p' "$1"; }
all_on_site() { # all_on_site IDS...: every one a plug-in of the site, or the missing ones are named
  missing=""
  for id in "$@"; do plugin_on_site "$id" || missing="$missing $id"; done
  [ -z "$missing" ] || echo "update-site:   missing:$missing"
  [ -z "$missing" ]
}

for feature in org.intdesigner.core.feature org.intdesigner.ui.feature org.intdesigner.sdk.feature; do
  check "feature $feature is installable" unit "$feature.feature.group"
done
check "the product is on the site" unit org.intdesigner.product
categorised() { # both categories, the SDK's naming the SDK feature
  grep -q "<unit id='[^']*org.intdesigner.sdk'" "$OUT/content.xml" && grep -q "<unit id='[^']*org.intdesigner'" "$OUT/content.xml"
}
check "the categories INT Designer and INT Designer SDK" categorised

ours_core=$(feature_plugins "$INTD_ROOT/features/org.intdesigner.core.feature/feature.xml" | grep '^org\.intdesigner\.')
ours_ui=$(feature_plugins "$INTD_ROOT/features/org.intdesigner.ui.feature/feature.xml" | grep '^org\.intdesigner\.')
sdk=$(feature_plugins "$INTD_ROOT/features/org.intdesigner.sdk.feature/feature.xml")
# shellcheck disable=SC2086
check "every plug-in of the product's features" all_on_site $ours_core $ours_ui
# shellcheck disable=SC2086
check "every plug-in of the SDK feature (sources, examples, guide)" all_on_site $sdk

sources_listed() { # each of our product plug-ins with Java sources has its .source in the SDK feature
  missing=""
  for id in $ours_core $ours_ui; do
    [ -d "$INTD_ROOT/bundles/$id/src" ] || continue
    printf '%s\n' "$sdk" | grep -qx "$id.source" || missing="$missing $id.source"
  done
  [ -z "$missing" ] || echo "update-site:   not in the SDK feature:$missing"
  [ -z "$missing" ]
}
check "the SDK feature lists the source of every product plug-in" sources_listed
examples_listed() {
  missing=""
  for dir in "$INTD_ROOT"/bundles/org.intdesigner.examples.*; do
    id=$(basename "$dir"); case "$id" in *.tests) continue ;; esac
    printf '%s\n' "$sdk" | grep -qx "$id" || missing="$missing $id"
  done
  [ -z "$missing" ] || echo "update-site:   not in the SDK feature:$missing"
  [ -z "$missing" ]
}
check "the SDK feature lists every example plug-in of bundles/" examples_listed
source_bundle_ok() { # a source bundle names its plug-in and holds its Java files
  jar=$(ls "$SITE"/plugins/org.intdesigner.analysis.source_*.jar | head -n 1)
  mkdir -p "$OUT/analysis.source" && (cd "$OUT/analysis.source" && "$JAVA_HOME/bin/jar" -xf "$jar") || return 1
  tr -d '\r\n ' <"$OUT/analysis.source/META-INF/MANIFEST.MF" | grep -q 'Eclipse-SourceBundle:org.intdesigner.analysis;version=' &&
    [ -s "$OUT/analysis.source/org/intdesigner/analysis/api/Rule.java" ]
}
check "a source bundle is an Eclipse source bundle of its plug-in" source_bundle_ok
reference_complete() { # a reference page per schema, and the index links each
  jar=$(ls "$SITE"/plugins/org.intdesigner.sdk.doc_*.jar | head -n 1)
  mkdir -p "$OUT/doc" && (cd "$OUT/doc" && "$JAVA_HOME/bin/jar" -xf "$jar") || return 1
  missing=""
  for schema in "$INTD_ROOT"/bundles/*/schema/*.exsd; do
    bundle=$(basename "$(dirname "$(dirname "$schema")")"); point="$bundle.$(basename "$schema" .exsd)"
    { [ -s "$OUT/doc/reference/$point.html" ] && grep -q "href=\"$point.html\"" "$OUT/doc/reference/index.html"; } ||
      missing="$missing $point"
  done
  [ -z "$missing" ] || echo "update-site:   no reference page:$missing"
  [ -z "$missing" ] && grep -q "Configuration markup" "$OUT/doc/reference/org.intdesigner.analysis.rules.html"
}
check "the developer guide has a reference page for every extension point" reference_complete
api_javadoc() { # the API packages' javadoc, from the extracted guide
  [ -s "$OUT/doc/api/index.html" ] && [ -s "$OUT/doc/api/org/intdesigner/analysis/api/Rule.html" ] &&
    [ -s "$OUT/doc/api/org/intdesigner/reports/ReportSection.html" ] && [ ! -e "$OUT/doc/api/org/intdesigner/analysis/engine" ]
}
check "the developer guide has the API javadoc (API packages only)" api_javadoc

echo "update-site: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
