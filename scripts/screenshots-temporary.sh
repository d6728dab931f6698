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

if [ "$LANGUAGE" = fr ]; then SETTINGS="208 70" CIDR="537 184" LABEL="537 245"; else SETTINGS="160 71" CIDR="523 170" LABEL="523 231"; fi

"$BUILD/gatehouse" --auth-url "$URL" --api-url "$URL" --db-url "$URL" >/dev/null 2>&1 & APP=$!
sleep 10
click 500 301; xdotool type --delay 20 "$TOKEN"; xdotool key Return
sleep 10
click $SETTINGS; sleep 1
# New rule with a duration.
xdotool key ctrl+n; sleep 2
click $CIDR; xdotool type --delay 20 "203.0.113.0/24"; sleep 1
click $LABEL; xdotool type --delay 20 "Alice laptop"
xdotool key Tab; sleep 0.5; xdotool key Down Down; shot temporary-rule-dialog 2
xdotool key Return; sleep 2
# A rule another copy of Gatehouse made, expiring in a minute.
SOON=$(date -u -d '+2 min' '+%Y-%m-%d %H:%M')
api POST /firewall_rules "{\"type\":\"custom_range\",\"cidr\":\"198.51.100.25/32\",\"label\":\"Bob phone · until $SOON UTC\"}" >/dev/null
click 375 38; shot temporary-rules 4
# Wait for the expiry: the running Gatehouse deletes it and says so.
for _ in $(seq 150); do api GET /firewall_rules | grep -q 198.51.100.25 || break; sleep 2; done
shot expired-removed 2
# Someone else adds a rule and a user, and deletes Alice's rule; then the database is opened again.
ALICE=$(api GET /firewall_rules | jq -r '.rules[] | select(.cidr=="203.0.113.0/24") | .id')
api DELETE "/firewall_rules/$ALICE" >/dev/null
api POST /firewall_rules '{"type":"custom_range","cidr":"192.0.2.0/24","label":"Branch office"}' >/dev/null
api POST /users "{\"database_user\":{\"database_id\":\"$ADDON\",\"name\":\"eve_reader\",\"read_only\":true}}" >/dev/null
click 150 38; xdotool key ctrl+a; xdotool type --delay 20 "my-app"; sleep 1; xdotool key Down Return; sleep 4
click 150 38; xdotool key ctrl+a; xdotool type --delay 20 "$DB_NAME"; sleep 1; xdotool key Down Return
shot since-last-looked 5
click 99 179; shot since-last-looked-users 2
