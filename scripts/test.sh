#!/usr/bin/env bash
# Same setup as run.sh, then the whole CTest suite (unit, GUI offscreen, integration on throwaway clusters).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
BUILD_DIR=${GATEHOUSE_BUILD_DIR:-build}

# A private runtime dir and HOME keep tests away from the user's own settings and keychain.
export XDG_RUNTIME_DIR=$(mktemp -d /tmp/gatehouse-rt.XXXXXX); chmod 700 "$XDG_RUNTIME_DIR"
trap 'rm -rf "$XDG_RUNTIME_DIR"' EXIT
export QT_QPA_PLATFORM=offscreen

# setup.sh has just installed PostgreSQL, dbus and gnome-keyring: a test missing one of them fails instead of
# skipping (tests/support/dependency.h), since CTest would count the skip as a pass.
export GATEHOUSE_REQUIRE_DEPS=1

# The keychain test needs a session bus and an unlocked Secret Service; the rest does not.
exec dbus-run-session -- bash scripts/with-keyring.sh \
  ctest --test-dir "$BUILD_DIR" --output-on-failure --parallel "$(nproc)" "$@"
