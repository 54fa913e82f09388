#!/bin/sh
# ./intd setup: installs the Debian packages the build, the tests and the product need and that
# are missing. Uses sudo only when not root. Java 21+ is checked, not installed (Debian 12 has none).
set -eu
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
. "$ROOT/releng/scripts/common.sh"

# xvfb/xauth: headless display; libgtk-3-0: SWT; libwebkit2gtk-4.1-0: the help reader;
# imagemagick, x11-utils, xdotool: screenshots and waiting for windows in the smoke test;
# fonts-dejavu-core: the font reports embed in PDFs and charts measure with (every character of a name prints);
# poppler-utils: pdftotext, with which the product tests and the smoke test read the reports' PDFs back, and
# pdftoppm, pages of a report as pictures for the docs
PACKAGES="xvfb xauth libgtk-3-0 libwebkit2gtk-4.1-0 imagemagick x11-utils xdotool fonts-dejavu-core poppler-utils"

missing=""
for p in $PACKAGES; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing="$missing $p"
done
if [ -n "$missing" ]; then
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; elif command -v sudo >/dev/null; then SUDO="sudo"; else
    intd_say "These packages are missing and there is no sudo to install them:$missing. Install them as root: apt-get install$missing"
    exit 2
  fi
  intd_say "Installing missing packages:$missing"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing >/dev/null
fi
intd_find_java >/dev/null || { intd_say "$INTD_NO_JAVA"; exit 2; }
