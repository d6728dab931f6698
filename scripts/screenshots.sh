#!/usr/bin/env bash
# Produces docs/screenshots/*.png: the real app on the local sandbox under Xvfb, driven with xdotool.
# Usage: scripts/screenshots.sh [build-dir] [language: en|fr]
set -euo pipefail
cd "$(dirname "$0")/.."
# A session bus with an unlocked keyring, so the sign-in page shows "Remember on this computer" as users see it.
if [ -z "${GATEHOUSE_SHOTS_BUS:-}" ]; then
  export GATEHOUSE_SHOTS_BUS=1
  exec dbus-run-session -- bash scripts/with-keyring.sh bash "$0" "$@"
fi
BUILD=${1:-build}
LANGUAGE=${2:-en}
OUT=docs/screenshots
mkdir -p "$OUT"
WORK=$(mktemp -d /tmp/gatehouse-shots.XXXXXX)
chmod 711 "$WORK"
export XDG_RUNTIME_DIR="$WORK/rt" XDG_CONFIG_HOME="$WORK/config" HOME="$WORK/home"
mkdir -p -m 700 "$XDG_RUNTIME_DIR"; mkdir -p "$XDG_CONFIG_HOME/Gatehouse" "$HOME"
printf '[ui]\nlanguage=%s\n' "$LANGUAGE" > "$XDG_CONFIG_HOME/Gatehouse/Gatehouse.conf"
DISPLAY_NUM=:$((90 + RANDOM % 9))
Xvfb "$DISPLAY_NUM" -screen 0 1100x720x24 -nolisten tcp >/dev/null 2>&1 & XVFB=$!
export DISPLAY=$DISPLAY_NUM QT_QPA_PLATFORM=xcb
cleanup() { kill "${APP:-}" 2>/dev/null || true; sleep 1; kill "$XVFB" 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT
sleep 1

# Without a window manager, xdotool clicks at window coordinates; buttons move with the length of their text, so
# each language has its own positions (re-measure from the PNGs after a layout change).
if [ "$LANGUAGE" = fr ]; then SETTINGS="208 70" MY_IP="434 173" ADD_USER="361 159" EXTENSIONS="319 70" RETRY="918 218"
else SETTINGS="160 71" MY_IP="400 173" ADD_USER="290 160" EXTENSIONS="259 71" RETRY="922 204"; fi

shot() { sleep "${2:-1}"; import -window root -crop 1000x680+0+0 +repage "$OUT/$1-$LANGUAGE.png"; echo "$OUT/$1-$LANGUAGE.png"; }
click() { xdotool mousemove "$1" "$2" click 1; }

# Sign-in page first (no sandbox yet), then the app started on a fresh sandbox.
"$BUILD/gatehouse" >/dev/null 2>&1 & APP=$!
shot signin 3
kill $APP; wait $APP 2>/dev/null || true
# The first run saved its window geometry; start the next one from the same clean settings so clicks land.
printf '[ui]\nlanguage=%s\n' "$LANGUAGE" > "$XDG_CONFIG_HOME/Gatehouse/Gatehouse.conf"

"$BUILD/gatehouse" --sandbox --sandbox-exe "$BUILD/sandbox/gatehouse-sandbox" >/dev/null 2>&1 & APP=$!
sleep 8
shot overview 1
click $SETTINGS; shot internet-access-empty 1           # Settings tab
click $MY_IP; shot new-rule-my-ip 2                    # Allow my current IP → dialog
xdotool key Return; shot internet-access-rule 3       # Add rule (the default button)
click 99 133; shot database-users 1                   # Database Users
click $ADD_USER; sleep 1                               # Add a database user
xdotool type --delay 20 "reporting_ro"; shot add-user 1
xdotool key Escape; sleep 1
click $EXTENSIONS; shot extensions 4                   # Extensions tab
sleep 10; click $RETRY; shot extensions-connected 4  # Retry once the rule has propagated
# A classic addon (the sandbox's app my-app): search the picker, open it, its two switches, read-only extensions.
click 150 38; xdotool key ctrl+a; xdotool type --delay 20 "my-app"; shot picker-search 2
xdotool key Down Return; sleep 2; click 60 71; shot overview-addon 3   # Overview tab
click $SETTINGS; click 99 107; shot internet-accessibility 2          # Settings → Internet Access
click $EXTENSIONS; shot extensions-addon 6                            # API list, read-only
