#!/usr/bin/env bash
# Builds the .deb with CPack, checks its metadata, unpacks it into a scratch root and runs the packaged binaries.
# Usage: scripts/check-package.sh <build-dir>
set -euo pipefail
BUILD=$(cd "${1:?build dir}" && pwd)
SRC=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d /tmp/gatehouse-pkg.XXXXXX)
trap 'rm -rf "$WORK"' EXIT

(cd "$BUILD" && cpack -G DEB -B "$WORK/out" >"$WORK/cpack.log" 2>&1) || { cat "$WORK/cpack.log"; exit 1; }
DEB=$(ls "$WORK"/out/gatehouse_*.deb)
echo "package: $(basename "$DEB") ($(du -k "$DEB" | cut -f1) KiB)"

dpkg-deb --info "$DEB" | grep -E '^ (Package|Version|Depends):'
dpkg-deb --field "$DEB" Depends | grep -q 'libqt6widgets6' || { echo "missing Qt dependency" >&2; exit 1; }
dpkg-deb --field "$DEB" Depends | grep -q 'postgresql' || { echo "missing PostgreSQL dependency" >&2; exit 1; }

ROOT="$WORK/root"
dpkg-deb -x "$DEB" "$ROOT"
for f in usr/bin/gatehouse usr/bin/gatehouse-sandbox \
         usr/share/applications/io.github.gatehouse.Gatehouse.desktop \
         usr/share/metainfo/io.github.gatehouse.Gatehouse.metainfo.xml \
         usr/share/icons/hicolor/scalable/apps/io.github.gatehouse.Gatehouse.svg; do
  [ -e "$ROOT/$f" ] || { echo "missing from the package: /$f" >&2; exit 1; }
done
appstreamcli validate --no-net "$ROOT/usr/share/metainfo/io.github.gatehouse.Gatehouse.metainfo.xml" >/dev/null

# The packaged binaries run against the system's libraries (dependencies are installed on this machine).
VERSION=$(QT_QPA_PLATFORM=offscreen "$ROOT/usr/bin/gatehouse" --version)
echo "gatehouse --version: $VERSION"
[[ "$VERSION" == *"$(sed -n 's/^project(Gatehouse VERSION \([0-9.]*\).*/\1/p' "$SRC/CMakeLists.txt")"* ]] \
  || { echo "unexpected version output" >&2; exit 1; }
"$ROOT/usr/bin/gatehouse-sandbox" --help | grep -q -- '--data-dir'
echo "package OK"
