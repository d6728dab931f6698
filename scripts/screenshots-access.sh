#!/usr/bin/env bash
# Issue 16: screenshots of the Overview at a glance (blocked on opening, with its fix; allowed by a rule; can connect
# after Check access), the Check access dialog and the Internet Access toolbar on two rows, from the real app on the
# local sandbox under Xvfb. Widgets are clicked by objectName (screenshots-lib.sh `at`), not by coordinates.
# Usage: scripts/screenshots-access.sh [build-dir] [language: en|fr]
set -euo pipefail; [ -z "${SHOTS_TRACE:-}" ] || set -x
cd "$(dirname "$0")/.."
source scripts/screenshots-lib.sh "$0" "$@"

# The first tab (Overview) is the tab bar's left end.
overview() { at qt_tabwidget_tabbar MainWindow 30; sleep 1; }

"$BUILD/gatehouse" --sandbox --sandbox-exe "$BUILD/sandbox/gatehouse-sandbox" >/dev/null 2>&1 & APP=$!
where thisComputerValue MainWindow >/dev/null; sleep 8
shot overview-glance-blocked 1                       # answered on opening: no rule admits this computer
at accessFixButton MainWindow; sleep 2               # Allow my current IP → Internet Access, New rule dialog
xdotool mousemove $(where buttonBox NewRuleDialog); xdotool key Return   # Add rule
shot internet-access-toolbar 3                       # two rows of buttons; the rule applying
overview; shot overview-glance-allowed 1             # predicted from the rules
sleep 12                                             # the sandbox's propagation delay
at checkAccessButton MainWindow; shot access-check-dialog 6
xdotool mousemove $(where buttonBox AccessCheckDialog); xdotool key Escape; sleep 1
shot overview-glance-can-connect 1
