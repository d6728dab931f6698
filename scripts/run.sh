#!/usr/bin/env bash
# Installs what is missing, builds, starts the local sandbox and opens Gatehouse signed in to it.
# Without a display it starts the sandbox alone and prints how to reach it.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh gatehouse gatehouse-sandbox
BUILD_DIR=${GATEHOUSE_BUILD_DIR:-build}
if [ -x "$BUILD_DIR/gatehouse" ] && { [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; }; then
  exec "$BUILD_DIR/gatehouse" --sandbox --sandbox-exe "$BUILD_DIR/sandbox/gatehouse-sandbox"
fi
echo "==> No display: starting the sandbox only (Ctrl+C stops it and its PostgreSQL cluster)."
echo "    Try: curl -s -u :TOKEN -X POST URL/v1/tokens/exchange"
exec "$BUILD_DIR/sandbox/gatehouse-sandbox" "$@"
