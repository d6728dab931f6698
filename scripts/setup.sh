#!/usr/bin/env bash
# Installs what is missing (Debian 12), then configures and builds Gatehouse into ./build.
# Idempotent: a second run installs nothing and rebuilds only what changed.
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libqt6sql6-psql libqt6sql6-sqlite libpq-dev postgresql
  qtkeychain-qt6-dev libsecret-1-0 gnome-keyring dbus
  xvfb xauth xdotool x11-apps x11-utils imagemagick fonts-dejavu-core openssl curl appstream
  procps file dpkg-dev  # pgrep in tests; file + dpkg-shlibdeps for the .deb (cpack)
  debootstrap lintian strace)  # package test: a fresh Debian 12 root, lintian; scripts/package-deps.sh

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "==> Installing ${#missing[@]} missing package(s): ${missing[*]}"
  SUDO=(); [ "$(id -u)" = 0 ] || SUDO=(sudo)
  "${SUDO[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

BUILD_DIR=${GATEHOUSE_BUILD_DIR:-build}
if [ ! -f "$BUILD_DIR/build.ninja" ]; then
  cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=${GATEHOUSE_BUILD_TYPE:-RelWithDebInfo} >/dev/null
fi
echo "==> Building in $BUILD_DIR"
# Arguments name the targets to build (run.sh needs only the app and the sandbox); none builds everything.
TARGETS=(); [ $# -gt 0 ] && TARGETS=(--target "$@")
cmake --build "$BUILD_DIR" --parallel "$(nproc)" "${TARGETS[@]}"
