#!/usr/bin/env bash
# Produces docs/screenshots/*.png: the real app on the local sandbox under Xvfb, driven with xdotool.
# Usage: scripts/screenshots.sh [build-dir] [language: en|fr]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/screenshots-lib.sh "$0" "$@"

# Without a window manager, xdotool clicks at window coordinates; buttons move with the length of their text, so
# each language has its own positions (re-measure from the PNGs after a layout change).
if [ "$LANGUAGE" = fr ]; then SETTINGS="208 70" MY_IP="434 173" ADD_USER="361 159" EXTENSIONS="319 70" RETRY="918 218"
else SETTINGS="160 71" MY_IP="400 173" ADD_USER="290 160" EXTENSIONS="259 71" RETRY="922 204"; fi

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
