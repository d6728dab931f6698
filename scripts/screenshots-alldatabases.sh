#!/usr/bin/env bash
# docs/screenshots/{picker-grouped,all-databases}-<lang>.png: the real app on a sandbox with two regions and 25
# databases (--regions 2 --seed-databases 23), under Xvfb. Usage: scripts/screenshots-alldatabases.sh [build] [en|fr]
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${GATEHOUSE_SHOTS_BUS:-}" ]; then
  export GATEHOUSE_SHOTS_BUS=1
  exec dbus-run-session -- bash scripts/with-keyring.sh bash "$0" "$@"
fi
BUILD=${1:-build}
LANGUAGE=${2:-en}
OUT=docs/screenshots
WORK=$(mktemp -d /tmp/gatehouse-shots.XXXXXX)
chmod 711 "$WORK"
export XDG_RUNTIME_DIR="$WORK/rt" XDG_CONFIG_HOME="$WORK/config" HOME="$WORK/home"
mkdir -p -m 700 "$XDG_RUNTIME_DIR"; mkdir -p "$XDG_CONFIG_HOME/Gatehouse" "$HOME"
printf '[ui]\nlanguage=%s\n' "$LANGUAGE" > "$XDG_CONFIG_HOME/Gatehouse/Gatehouse.conf"
"$BUILD/sandbox/gatehouse-sandbox" --data-dir "$WORK/sandbox" --fast --regions 2 --seed-databases 23 --seed-apps 2 \
  --seed-users 12 >"$WORK/sandbox.out" 2>"$WORK/sandbox.err" & SANDBOX=$!
DISPLAY_NUM=:$((90 + RANDOM % 9))
Xvfb "$DISPLAY_NUM" -screen 0 1100x720x24 -nolisten tcp >/dev/null 2>&1 & XVFB=$!
export DISPLAY=$DISPLAY_NUM QT_QPA_PLATFORM=xcb
cleanup() { kill "${APP:-}" 2>/dev/null || true; kill "$SANDBOX" 2>/dev/null || true; sleep 2; kill "$XVFB" 2>/dev/null || true; wait "$SANDBOX" 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT
for _ in $(seq 180); do grep -q GATEHOUSE_SANDBOX "$WORK/sandbox.out" && break; sleep 1; done
URL=$(sed -n 's/.*url=\([^ ]*\).*/\1/p' "$WORK/sandbox.out")
TOKEN=$(sed -n 's/.*token=\([^ ]*\).*/\1/p' "$WORK/sandbox.out")
shot() { sleep "${2:-1}"; import -window root -crop 1000x680+0+0 +repage "$OUT/$1-$LANGUAGE.png"; echo "$OUT/$1-$LANGUAGE.png"; }
click() { xdotool mousemove "$1" "$2" click 1; }

GATEHOUSE_WHATISMYIP_URL="$URL/whatismyip" "$BUILD/gatehouse" --auth-url "$URL" >/dev/null 2>&1 & APP=$!
sleep 4
click 500 301; xdotool type --delay 10 "$TOKEN"; xdotool key Return
sleep 40                                                  # sign in, open the first database, discover the addons
[ -n "${SHOTS_PROBE:-}" ] && { shot probe-signed-in 1; exit 0; }
click 200 38; xdotool key alt+Down; shot picker-grouped 2  # the picker's list, grouped by kind
xdotool key Escape; sleep 1
if [ "$LANGUAGE" = fr ]; then ALL_TAB="470 71"; else ALL_TAB="377 71"; fi
click $ALL_TAB; shot all-databases 25          # All databases tab, filled
