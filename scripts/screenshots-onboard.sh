#!/usr/bin/env bash
# docs/screenshots/onboard-<step>-<lang>.png: each step of "Onboard a person…" (who, databases, preview, apply,
# passwords), grabbed by tst_onboard_gui while it drives the real window against a real sandbox (offscreen).
# Usage: scripts/screenshots-onboard.sh [build] [en|fr]
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${1:-build}
LANGUAGE=${2:-en}
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
chmod 700 "$XDG_RUNTIME_DIR"
QT_QPA_PLATFORM=offscreen GATEHOUSE_SHOTS_DIR="$PWD/docs/screenshots" GATEHOUSE_SHOTS_LANG="$LANGUAGE" \
  "$BUILD/tests/gui/tst_onboard_gui" >/dev/null
ls docs/screenshots/onboard-*-"$LANGUAGE".png
