#!/bin/sh
# ./intd check|validate|import-csv|... and any other name ./intd does not know itself: the product's headless
# commands (no display needed), its own and those of the plug-ins installed in it.
# Builds the product first when the sources changed.
set -eu
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
. "$ROOT/releng/scripts/common.sh"

if intd_product_stale; then
  intd_say "Building INT Designer first (tests skipped)..."
  intd_maven -B -q verify -DskipTests >&2
fi
intd_use_java
exec "$INTD_PRODUCT/intdesigner" --cli "$@"
