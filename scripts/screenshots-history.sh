#!/usr/bin/env bash
# Produces docs/screenshots/{undo-banner,history}-LANG.png (issue 17): a rule added with "Allow my current IP", the
# transient Undo in the Internet Access banner, then the History tab. Same setup as scripts/screenshots.sh.
# Usage: scripts/screenshots-history.sh [build-dir] [language: en|fr]
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

"$BUILD/gatehouse" --sandbox --sandbox-exe "$BUILD/sandbox/gatehouse-sandbox" >/dev/null 2>&1 & APP=$!
sleep 20
click $SETTINGS; sleep 1                               # Settings tab (Internet Access)
click $MY_IP; sleep 2                                  # Allow my current IP → dialog
xdotool key Return; shot undo-banner 4                 # Add rule: "applying…" with Undo
if [ "$LANGUAGE" = fr ]; then HISTORY="415 71"; else HISTORY="347 71"; fi
click $HISTORY; shot history 2                        # History tab
