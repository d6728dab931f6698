#!/usr/bin/env bash
# Issue 16: screenshots of the New rule private-range warning, the bulk-add review and a destructive confirmation,
# taken from the real app on the local sandbox under Xvfb (xdotool, no window manager), like scripts/screenshots.sh.
# Usage: scripts/screenshots-rules.sh [build-dir] [language: en|fr]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/screenshots-lib.sh "$0" "$@"

# Positions of the Settings tab and of "Add several…" (they move with the length of the translated texts).
DIALOG=${DIALOG:-"600 300"}
if [ "$LANGUAGE" = fr ]; then SETTINGS=${SETTINGS:-"208 70"} SEVERAL=${SEVERAL:-"414 173"}
else SETTINGS=${SETTINGS:-"160 71"} SEVERAL=${SEVERAL:-"365 173"}; fi

# One run of the app a shot: without a window manager a dialog cannot always be closed from the keyboard. The
# sandbox keeps its state in $HOME between runs, so the rules added in the second run are there for the third.
start_app() {
  printf '[ui]\nlanguage=%s\n' "$LANGUAGE" > "$XDG_CONFIG_HOME/Gatehouse/Gatehouse.conf" # no saved geometry
  "$BUILD/gatehouse" --sandbox --sandbox-exe "$BUILD/sandbox/gatehouse-sandbox" >/dev/null 2>&1 & APP=$!
  sleep 10; click $SETTINGS; sleep 1
}
stop_app() { kill "$APP"; wait "$APP" 2>/dev/null || true; APP=; sleep 1; }

# Without a window manager the keyboard follows the pointer: keys go to the window under it.
start_app
xdotool key ctrl+n; sleep 1                                       # New rule
xdotool mousemove $DIALOG; xdotool key Tab; xdotool type --delay 20 "192.168.1.0/24"; shot new-rule-private-range 1
stop_app

start_app
click $SEVERAL; sleep 1; xdotool mousemove $DIALOG                 # Add several…
# Commas, not tabs (typed, Tab moves the focus out of the paste box), one Return a line.
for line in 'Label, CIDR' 'Paris office, 203.0.113.0/24' 'Ana at home, 198.51.100.7' 'Typo, 198.51.100.300' \
            'Again, 203.0.113.0/24' 'LAN, 192.168.1.0/24' 'VPN, 203.0.113.64/26'; do
  xdotool type --delay 5 "$line"; xdotool key Return
done
shot bulk-add-review 1
xdotool key Tab Return; sleep 4                                  # to the list, then the default button: add them
shot bulk-add-done 1
stop_app

start_app
click ${RULE_ROW:-450 240}; sleep 1; xdotool key Delete; sleep 1  # first rule, Del
xdotool mousemove $DIALOG; shot delete-rule-confirmation 1
stop_app
