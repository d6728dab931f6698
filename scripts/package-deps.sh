#!/usr/bin/env bash
# What the programs load at run time, as Debian packages: runs `gatehouse --sandbox` (offscreen, until the demo
# database's users are listed; this also starts gatehouse-sandbox and its cluster) under strace, keeps every file
# that opened or was executed, and maps each to its package with dpkg -S. The packages not found by dpkg-shlibdeps
# belong in CPACK_DEBIAN_PACKAGE_DEPENDS (cmake/GatehousePackaging.cmake).
# Usage: scripts/package-deps.sh [dir with gatehouse, or a build dir]   (default /usr/bin)
set -euo pipefail
DIR=$(cd "${1:-/usr/bin}" && pwd)
APP=$DIR/gatehouse
WORK=$(mktemp -d /tmp/gatehouse-deps.XXXXXX)
trap 'kill "$PID" 2>/dev/null; wait 2>/dev/null; rm -rf "$WORK"; true' EXIT
mkdir -p "$WORK/home" "$WORK/rt"; chmod 700 "$WORK/rt"; chmod 755 "$WORK"

env -i PATH=/usr/bin:/bin:/usr/sbin:/sbin HOME="$WORK/home" XDG_RUNTIME_DIR="$WORK/rt" QT_QPA_PLATFORM=offscreen \
  GATEHOUSE_STARTUP_PROBE=1 strace -f -qq -e trace=openat,execve -e status=successful -o "$WORK/trace" \
  "$APP" --sandbox 2>"$WORK/stderr" &
PID=$!
for _ in $(seq 1200); do
  grep -q 'GATEHOUSE_STARTUP users-populated' "$WORK/stderr" && break
  kill -0 "$PID" 2>/dev/null || break
  sleep 0.1
done
grep -q 'GATEHOUSE_STARTUP users-populated' "$WORK/stderr" || { cat "$WORK/stderr" >&2; echo "no users listed" >&2; exit 1; }
# SIGTERM to the app (strace's child) so it stops its sandbox and cluster as on a normal quit.
kill -TERM $(pgrep -P "$PID") 2>/dev/null || true; wait "$PID" || true

sed -nE 's/.*(openat\(AT_FDCWD, |execve\()"([^"]+)".*/\2/p' "$WORK/trace" | grep -vE '^/(proc|sys|dev|tmp|run|etc)/' \
  | grep -v "^$DIR/" | sort -u | { xargs -r readlink -f || true; } | sort -u >"$WORK/files"
# One dpkg -S for all files (it is slow per call); unowned files (caches, the build tree) are left out.
{ xargs -r dpkg -S <"$WORK/files" 2>/dev/null || true; } | grep -v '^diversion' | sed 's/: / /' \
  | awk '{n[$1]++; if (n[$1] <= 3) files[$1] = files[$1] " " $2} END {for (p in n) print p " (" n[p] " files):" files[p]}' \
  | sort
