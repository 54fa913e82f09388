#!/bin/sh
# ./intd run: builds the product when the sources changed since the last build, then starts it.
set -eu
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
. "$ROOT/releng/scripts/common.sh"

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  intd_say "INT Designer cannot open a window because no graphical display is available (DISPLAY is not set): start it from a desktop session, or under a virtual display with 'xvfb-run ./intd run'."
  exit 3
fi
if intd_product_stale; then
  intd_say "Building INT Designer (tests skipped; './intd test' runs them)..."
  intd_maven -B -q verify -DskipTests
fi
intd_use_java
exec "$INTD_PRODUCT/intdesigner" "$@"
