# Finds a Java 21+ runtime for INT Designer. Sourced by the product's 'intdesigner' launcher and by
# the developers' './intd' script, so both look in the same places in the same order:
# JAVA_HOME, then the newest Eclipse Temurin under /usr/lib/jvm (or INTD_JVM_DIR), then java on PATH.

INTD_JVMS="${INTD_JVM_DIR:-/usr/lib/jvm}"

# prints the major version of the java executable $1, or nothing: from the JDK's release file when
# there is one (starting a JVM only to ask costs a tenth of a second of every start), else by asking it
intd_java_major() {
  [ -x "$1" ] || return 0
  release="$(dirname "$(readlink -f "$1")")/../release"
  if [ -f "$release" ]; then
    major=$(sed -n 's/^JAVA_VERSION="\([0-9.]*\).*/\1/p' "$release" | sed 's/^1\.//; s/\..*//' | head -n 1)
    [ -n "$major" ] && { echo "$major"; return 0; }
  fi
  "$1" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9.]*\).*/\1/p' | sed 's/^1\.//; s/\..*//' | head -n 1
}

# prints the path of the first java 21+ found; fails when there is none
intd_find_java() {
  for candidate in ${JAVA_HOME:+"$JAVA_HOME/bin/java"} \
      $(ls -d "$INTD_JVMS"/temurin-*/bin/java 2>/dev/null | sort -t- -k2 -n -r) \
      $(command -v java 2>/dev/null); do
    major=$(intd_java_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}

INTD_NO_JAVA="INT Designer needs Java 21 or newer and found none (looked at JAVA_HOME, $INTD_JVMS/temurin-*, and java on PATH): install a Java 21+ runtime such as Eclipse Temurin 21 and set JAVA_HOME to it."
