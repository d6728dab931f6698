#!/usr/bin/env bash
# Screenshots of issue 17's states (temporary rules, expiry notice, "since you last looked"): the real app on a
# sandbox of its own under Xvfb, driven with xdotool; another client (curl) changes the rules meanwhile.
# Usage: scripts/screenshots-temporary.sh [build-dir] [language: en|fr]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/screenshots-lib.sh "$0" "$@"

"$BUILD/sandbox/gatehouse-sandbox" --data-dir "$WORK/sandbox" --fast --rate-limit 0 >"$WORK/sandbox.out" 2>/dev/null &
SANDBOX=$!
for _ in $(seq 120); do grep -q GATEHOUSE_SANDBOX "$WORK/sandbox.out" && break; sleep 1; done
URL=$(sed -n 's/.*url=\([^ ]*\).*/\1/p' "$WORK/sandbox.out" | head -1)
TOKEN=$(sed -n 's/.*token=\([^ ]*\).*/\1/p' "$WORK/sandbox.out" | head -1)

# Another client: the documented discovery chain, then rule and user changes.
JWT=$(curl -s -X POST -u ":$TOKEN" -H "Content-Type: application/json" -d "{}" "$URL/v1/tokens/exchange" | jq -r .token)
DB=$(curl -s -H "Authorization: Bearer $JWT" "$URL/v1/databases" | jq -c '.databases[0]')
APP_ID=$(jq -r .id <<<"$DB"); DB_NAME=$(jq -r .name <<<"$DB")
ADDON=$(curl -s -H "Authorization: Bearer $JWT" "$URL/v1/apps/$APP_ID/addons" | jq -r '.addons[0].id')
ADDON_TOKEN=$(curl -s -X POST -H "Authorization: Bearer $JWT" -H "Content-Type: application/json" -d "{}" "$URL/v1/apps/$APP_ID/addons/$ADDON/token" | jq -r .addon.token)
api() { curl -s -X "$1" -H "Authorization: Bearer $ADDON_TOKEN" -H 'Content-Type: application/json' \
        "$URL/api/databases/$ADDON$2" ${3:+-d "$3"}; }

# Driven by the keyboard (the app's Alt+letter mnemonics and shortcuts), not by coordinates: a layout or a translation
# that moves a button does not break it. The mnemonics are checked distinct on every page by tst_mnemonics.
if [ "$LANGUAGE" = fr ]; then SETTINGS=alt+p DATABASE=alt+b
else SETTINGS=alt+s DATABASE=alt+b; fi

# --sandbox with a stand-in launcher that announces the sandbox above: the app signs in to it with no token typed.
cat >"$WORK/stand-in.sh" <<EOS
#!/bin/sh
echo "GATEHOUSE_SANDBOX url=$URL token=$TOKEN"
exec sleep 3600
EOS
chmod 700 "$WORK/stand-in.sh"
"$BUILD/gatehouse" --sandbox --sandbox-exe "$WORK/stand-in.sh" >/dev/null 2>&1 & APP=$!
# No window manager: the main window is sized to the shot, and given the keyboard before each of its shortcuts.
WINDOW=$(xdotool search --sync --onlyvisible --name '^Gatehouse' | head -1)
xdotool windowsize "$WINDOW" 1000 680
key() { xdotool windowfocus --sync "$WINDOW"; xdotool key "$@"; }
# Signed in when the title drops "— Sign in"; then the database opens.
for _ in $(seq 120); do [ "$(xdotool getwindowname "$WINDOW")" = Gatehouse ] && break; sleep 1; done
sleep 5
key "$SETTINGS"; sleep 1                               # Settings tab (Internet Access)
# New rule with a chosen date and time.
key ctrl+n; sleep 2
xdotool key alt+c; xdotool type --delay 20 "203.0.113.0/24"; sleep 1     # &CIDR
xdotool key alt+l; xdotool type --delay 20 "Alice laptop"                # &Label / &Libellé
xdotool key Tab; sleep 0.5; xdotool key End; shot temporary-rule-dialog 2   # Duration: a chosen date and time
xdotool key Return; sleep 2
# A rule another copy of Gatehouse made, expiring in a minute or two.
SOON=$(date -u -d '+2 min' '+%Y-%m-%d %H:%M')
api POST /firewall_rules "{\"type\":\"custom_range\",\"cidr\":\"198.51.100.25/32\",\"label\":\"Bob phone · until $SOON UTC\"}" >/dev/null
key F5; shot temporary-rules 4                         # Refresh
# Wait for the expiry: the running Gatehouse deletes it and says so.
for _ in $(seq 150); do api GET /firewall_rules | grep -q 198.51.100.25 || break; sleep 2; done
shot expired-removed 2
# Someone else adds a rule and a user, and deletes Alice's rule; then the database is opened again.
ALICE=$(api GET /firewall_rules | jq -r '.rules[] | select(.cidr=="203.0.113.0/24") | .id')
api DELETE "/firewall_rules/$ALICE" >/dev/null
api POST /firewall_rules '{"type":"custom_range","cidr":"192.0.2.0/24","label":"Branch office"}' >/dev/null
api POST /users "{\"database_user\":{\"database_id\":\"$ADDON\",\"name\":\"eve_reader\",\"read_only\":true}}" >/dev/null
pick() { key "$DATABASE"; xdotool key ctrl+a; xdotool type --delay 20 "$1"; sleep 1; xdotool key Down Return; }
pick my-app; sleep 4
pick "$DB_NAME"
shot since-last-looked 5
# Database Users: from the database picker, Tab through the refresh and account buttons, the summary's links and
# the tab bar to the Settings list, then its second entry.
key "$DATABASE"; xdotool key Tab Tab Tab Tab Tab Tab Down; shot since-last-looked-users 2
