# Shared by the ./intd scripts: where things are, and how to run Maven with a Java 21+.
# shellcheck shell=sh
INTD_ROOT="${ROOT:-$(cd "$(dirname "$0")/../.." && pwd)}"
. "$INTD_ROOT/features/org.intdesigner.ui.feature/rootfiles/find-java.sh"

INTD_PRODUCT="$INTD_ROOT/releng/org.intdesigner.product/target/products/org.intdesigner.product/linux/gtk/x86_64/intdesigner"
INTD_ARCHIVE="$INTD_ROOT/releng/org.intdesigner.product/target/products/intdesigner-linux.gtk.x86_64.tar.gz"
INTD_TARGET="$INTD_ROOT/target"

intd_say() { printf '%s\n' "$*" >&2; }

# exports JAVA_HOME for Maven (Tycho 5 needs Java 21+), or explains what to install
intd_use_java() {
  java_bin=$(intd_find_java) || { intd_say "$INTD_NO_JAVA"; exit 2; }
  JAVA_HOME="$(cd "$(dirname "$java_bin")/.." && pwd)"
  export JAVA_HOME
}

intd_maven() {
  intd_use_java
  (cd "$INTD_ROOT" && ./mvnw "$@")
}

# true when the product is missing or older than any source file of the build (the product's tests are not part of it)
intd_product_stale() {
  [ -x "$INTD_PRODUCT/intdesigner" ] && [ -f "$INTD_PRODUCT/configuration/config.ini" ] || return 0
  changed=$(cd "$INTD_ROOT" && find pom.xml .mvn targets bundles features releng -newer "$INTD_PRODUCT/configuration/config.ini" \
    -type f -not -path '*/target/*' -not -path 'releng/scripts/*' -not -path 'releng/org.intdesigner.product.tests/*' \
    -print 2>/dev/null | head -n 1)
  [ -n "$changed" ]
}

# starts a private Xvfb (log in $1), exports DISPLAY and INTD_XVFB (its pid), waits until it answers
intd_start_xvfb() {
  n=90
  while [ -e "/tmp/.X$n-lock" ] || [ -e "/tmp/.X11-unix/X$n" ]; do n=$((n + 1)); done
  Xvfb ":$n" -screen 0 1440x900x24 -nolisten tcp >"$1" 2>&1 &
  INTD_XVFB=$!
  DISPLAY=":$n"
  export DISPLAY
  for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && return 0; sleep 0.1; done
  intd_say "Xvfb did not start (see $1)"
  return 1
}

# waits for the workbench window (90 s at most) and prints its id; looks every tenth of a second
# (xdotool's own --sync looks every half second, which rounded launch times up by up to 0.5 s)
intd_wait_for_window() {
  for _ in $(seq 900); do
    id=$(xdotool search --onlyvisible --name '^INT Designer' 2>/dev/null | head -n 1)
    [ -n "$id" ] && { echo "$id"; return 0; }
    sleep 0.1
  done
}

# intd_replace_section DOC HEADING FILE: puts FILE (which starts with the line HEADING) in place of
# DOC's section of that heading, up to the next "## " heading, or appends it; keeps the rest of DOC
intd_replace_section() {
  [ -f "$1" ] || printf '# Benchmarks\n' >"$1"
  awk -v h="$2" -v body="$3" '
    BEGIN { while ((getline line < body) > 0) text = text line "\n" }
    $0 == h { printf "%s", text; skip = 1; done = 1; next }
    skip && /^## / { skip = 0; print "" }
    !skip { print }
    END { if (!done) printf "\n%s", text }' "$1" >"$1.tmp" && mv "$1.tmp" "$1"
}

# intd_test_modules FRAGMENT...: the value for '-pl ... -am' that runs these test fragments of bundles/.
# Maven (Tycho) adds what they need through Fragment-Host, Require-Bundle and Import-Package by itself;
# the reactor bundles a fragment names only in its build.properties' additional.bundles (there at test
# time, never required, e.g. org.intdesigner.workforce.derbyclient) are added here from that file.
intd_test_modules() {
  list=""
  for fragment in "$@"; do
    for module in "$fragment" $(intd_additional_bundles "$INTD_ROOT/bundles/$fragment/build.properties"); do
      [ -d "$INTD_ROOT/bundles/$module" ] || continue
      case ",$list," in *",bundles/$module,"*) ;; *) list="$list${list:+,}bundles/$module" ;; esac
    done
  done
  printf '%s\n' "$list"
}

# intd_additional_bundles BUILD_PROPERTIES: the bundle names of its additional.bundles, one a line
intd_additional_bundles() {
  [ -f "$1" ] || return 0
  awk '
    { line = more ? line $0 : $0 }
    /\\[ \t]*$/ { sub(/\\[ \t]*$/, "", line); more = 1; next }
    { more = 0 }
    line ~ /^[ \t]*additional\.bundles[ \t]*[=:]/ {
      sub(/^[^=:]*[=:]/, "", line)
      n = split(line, names, ",")
      for (i = 1; i <= n; i++) { sub(/;.*/, "", names[i]); gsub(/[ \t]/, "", names[i]); if (names[i] != "") print names[i] }
    }' "$1"
}

# intd_logged LOG COMMAND...: runs COMMAND with all its output in LOG (kept, never thrown away). When it
# fails: prints which command failed, why (see intd_log_why) and where the whole log is, and returns the
# command's exit code.
intd_logged() {
  log=$1; shift
  mkdir -p "$(dirname "$log")"
  if "$@" >"$log" 2>&1; then return 0; else code=$?; fi
  intd_say "FAILED (exit code $code): $*"
  intd_log_why "$log" | sed 's/^/  | /' >&2
  intd_say "The whole output: $log"
  return "$code"
}

# intd_log_why LOG: the lines of a failed Maven run that say why: the failed tests with their exception
# and the surefire summary, OSGi resolution problems, and the [ERROR] lines without Maven's boilerplate;
# the last 40 lines when there are hardly any of those (a failure outside Maven)
intd_log_why() {
  why=$(awk '
    /<<< (FAILURE|ERROR)!$/ && / -- Time elapsed/ { show = 4; print; next }
    show > 0 { show--; print; next }
    /^Results:$/ { results = 1 }
    results { print; if (/^Tests run:/) results = 0; next }
    /Unresolved requirement|Could not resolve|Missing requirement/ { print; next }
    /^\[ERROR\]/ && !/^\[ERROR\] *$|\[Help [0-9]+\]|Re-run Maven|full stack trace|For more information about|After correcting the problems|mvn <args> -rf/ { print }
  ' "$1" | grep -v '^ *$' | head -n 60)
  if [ "$(printf '%s\n' "$why" | grep -c .)" -lt 3 ]; then why=$(tail -n 40 "$1"); fi
  printf '%s\n' "$why"
}

# intd_bench_tests LOG TESTS MODULE JVMARGS [MAVEN ARGS...]: runs the benchmark test classes TESTS (a -Dtest
# pattern) of the test fragment MODULE, with what it needs built, in an OSGi JVM started with JVMARGS; Maven's
# output in LOG (see intd_logged). Benchmarks are excluded from ordinary test runs; this includes them.
intd_bench_tests() {
  log=$1; tests=$2; module=$3; jvm=$4; shift 4
  intd_logged "$log" "$INTD_ROOT/mvnw" -B -f "$INTD_ROOT/pom.xml" verify "-Dtest=$tests" \
    -Dsurefire.failIfNoSpecifiedTests=false -Dintd.test.excludedGroups=none "-Dintd.test.jvmArgs=$jvm" \
    -pl "$(intd_test_modules "$module")" -am "$@"
}

# intd_bench_when: "DATE (N cores, JAVA VERSION)", for the line that says where and when figures were measured
intd_bench_when() {
  printf '%s (%s cores, %s)' "$(date -u +%Y-%m-%d)" "$(nproc)" "$("$JAVA_HOME/bin/java" -version 2>&1 | head -1)"
}
