#!/usr/bin/env bash
# Produces docs/screenshots/{history-empty,undo-banner,history}-LANG.png (issue 17): the History tab before any
# change (its empty state), a rule added with "Allow my current IP" and the transient Undo in the Internet Access
# banner, then the History tab. Same setup as scripts/screenshots.sh.
# Driven by the keyboard (the app's own Alt+letter mnemonics and shortcuts), not by coordinates: a layout or a
# translation that moves a button does not break it.
# Usage: scripts/screenshots-history.sh [build-dir] [language: en|fr]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/screenshots-lib.sh "$0" "$@"

# The mnemonics of the tabs (tst_mnemonics checks they do not clash).
if [ "$LANGUAGE" = fr ]; then SETTINGS=alt+p HISTORY=alt+h; else SETTINGS=alt+s HISTORY=alt+y; fi
MY_IP=alt+i # "Allow my current &IP" / "Autoriser mon &IP actuelle"

"$BUILD/gatehouse" --sandbox --sandbox-exe "$BUILD/sandbox/gatehouse-sandbox" >/dev/null 2>&1 & APP=$!
# No window manager: the main window is sized to the shot, and given the keyboard before each of its shortcuts (a
# dialog that closed leaves nobody with the focus).
WINDOW=$(xdotool search --sync --onlyvisible --name '^Gatehouse' | head -1)
xdotool windowsize "$WINDOW" 1000 680
key() { xdotool windowfocus --sync "$WINDOW"; xdotool key "$@"; }
# Signed in when the title drops "— Sign in"; then the database opens.
for _ in $(seq 120); do [ "$(xdotool getwindowname "$WINDOW")" = Gatehouse ] && break; sleep 1; done
sleep 5
key "$HISTORY"; shot history-empty 2                   # History tab, nothing recorded yet
key "$SETTINGS"; sleep 1                               # Settings tab (Internet Access)
key "$MY_IP"; sleep 3                                  # Allow my current IP → dialog (8 hours)
xdotool key Return; shot undo-banner 4                 # the dialog's Add rule: "applying…" with Undo
key "$HISTORY"; shot history 2                         # History tab
