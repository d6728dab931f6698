#!/usr/bin/env bash
# Produces docs/screenshots/{undo-banner,history}-LANG.png (issue 17): a rule added with "Allow my current IP", the
# transient Undo in the Internet Access banner, then the History tab. Same setup as scripts/screenshots.sh.
# Usage: scripts/screenshots-history.sh [build-dir] [language: en|fr]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/screenshots-lib.sh "$0" "$@"

# Without a window manager, xdotool clicks at window coordinates; buttons move with the length of their text, so
# each language has its own positions (re-measure from the PNGs after a layout change).
if [ "$LANGUAGE" = fr ]; then SETTINGS="208 70" MY_IP="434 173" ADD_USER="361 159" EXTENSIONS="319 70" RETRY="918 218"
else SETTINGS="160 71" MY_IP="400 173" ADD_USER="290 160" EXTENSIONS="259 71" RETRY="922 204"; fi

"$BUILD/gatehouse" --sandbox --sandbox-exe "$BUILD/sandbox/gatehouse-sandbox" >/dev/null 2>&1 & APP=$!
sleep 20
click $SETTINGS; sleep 1                               # Settings tab (Internet Access)
click $MY_IP; sleep 2                                  # Allow my current IP → dialog
xdotool key Return; shot undo-banner 4                 # Add rule: "applying…" with Undo
if [ "$LANGUAGE" = fr ]; then HISTORY="415 71"; else HISTORY="347 71"; fi
click $HISTORY; shot history 2                        # History tab
