#!/bin/sh
# ./intd screenshots: refreshes the README screenshots in docs/images/ from the built product.
set -eu
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
. "$ROOT/releng/scripts/common.sh"
intd_use_java
OUT="$INTD_TARGET/screenshots"
rm -rf "$OUT"; mkdir -p "$OUT" "$ROOT/docs/images"
[ -x "$INTD_PRODUCT/intdesigner" ] || { intd_say "No product at $INTD_PRODUCT: run './intd build' first."; exit 2; }
APP=""; INTD_XVFB=""
trap '[ -n "$APP" ] && kill "$APP" 2>/dev/null; [ -n "$INTD_XVFB" ] && kill "$INTD_XVFB" 2>/dev/null' EXIT
intd_start_xvfb "$OUT/xvfb.log"
INTD_DATA="$OUT/data" "$INTD_PRODUCT/intdesigner" >"$OUT/run.log" 2>&1 &
APP=$!
window=$(intd_wait_for_window)
[ -n "$window" ] || { intd_say "The workbench window did not appear (see $OUT/run.log)"; exit 1; }
xdotool windowfocus --sync "$window"
sleep 4
# first start: the example place opens with its overview in front (the welcome); give the example's
# workforce data a moment to load, so the overview counts it
sleep 6
import -window root -crop 1280x800+0+0 +repage "$ROOT/docs/images/overview.png"
echo "docs/images/overview.png updated"
# the model editor's tab beside it; open the Teams folder and a team
xdotool mousemove 505 73 click 1
sleep 2
xdotool key --delay 150 Down Down Down Down Down Down Right Down Right Down
sleep 2
# the workbench window is 1280x800 at the top left of the virtual screen
import -window root -crop 1280x800+0+0 +repage "$ROOT/docs/images/model-editor.png"
echo "docs/images/model-editor.png updated"
xdotool mousemove 435 568 click 1 # the Validation view, beside Properties: the example's findings
sleep 2
import -window root -crop 1280x800+0+0 +repage "$ROOT/docs/images/validation.png"
echo "docs/images/validation.png updated"
xdotool key F1 # the user guide beside the editor area
sleep 4
import -window root -crop 1280x800+0+0 +repage "$ROOT/docs/images/workbench.png"
echo "docs/images/workbench.png updated"
kill "$APP"; wait "$APP" 2>/dev/null || true; APP=""

# every INT diagram type and the RACI matrix, from the editor under the test harness (maximised,
# deterministic; see DocsScreenshots): doc-NAME.png becomes docs/images/NAME.png
intd_say "Drawing the INT diagrams, the RACI matrix, the workforce dashboard, the plan, the skills matrix and the training plan (UI tests tagged 'screenshots')..."
(cd "$ROOT" && intd_maven -B -q verify -pl bundles/org.intdesigner.diagram.ui.tests,bundles/org.intdesigner.workforce.derbyclient,bundles/org.intdesigner.workforce.ui.tests,bundles/org.intdesigner.planning.ui.tests,bundles/org.intdesigner.development.ui.tests -am \
  -Dtest='DocsScreenshots,WorkforceDocsScreenshots,PlanningDocsScreenshots,ScenarioDocsScreenshots,SkillsDocsScreenshots' -Dintd.test.excludedGroups=none -Dsurefire.failIfNoSpecifiedTests=false >"$OUT/docs-shots.log" 2>&1) ||
  { intd_say "The screenshot test failed (see $OUT/docs-shots.log)"; exit 1; }
for shot in "$ROOT"/bundles/org.intdesigner.diagram.ui.tests/target/screenshots/doc-*.png \
    "$ROOT"/bundles/org.intdesigner.workforce.ui.tests/target/screenshots/doc-*.png \
    "$ROOT"/bundles/org.intdesigner.planning.ui.tests/target/screenshots/doc-*.png \
    "$ROOT"/bundles/org.intdesigner.development.ui.tests/target/screenshots/doc-*.png; do
  name=$(basename "$shot" | sed 's/^doc-//')
  case "$name" in *-opening.png) continue ;; esac
  cp "$shot" "$ROOT/docs/images/$name"
  echo "docs/images/$name updated"
done
