#!/usr/bin/env bash
# docs/screenshots/{offboard,copyrules}-*-<lang>.png: "Offboard a person" and "Copy rules" step by step, taken by
# tst_offboard_gui itself (the real window against the real sandbox, two regions) under Xvfb, each dialog grabbed as
# it is shown. Usage: scripts/screenshots-offboard.sh [build] [en|fr]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/screenshots-lib.sh "$0" "$@"
OUT=$(cd "$OUT" && pwd)
GATEHOUSE_SHOTS_OUT="$OUT" GATEHOUSE_SHOTS_LANG="$LANGUAGE" "$BUILD/tests/gui/tst_offboard_gui" >"$WORK/test.log" 2>&1 \
  || { tail -40 "$WORK/test.log"; exit 1; }
ls "$OUT"/offboard-*-"$LANGUAGE".png "$OUT"/copyrules-*-"$LANGUAGE".png
