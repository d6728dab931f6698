# Sourced by scripts/screenshots*.sh, first thing after `cd` to the source tree:
#   source scripts/screenshots-lib.sh "$0" "$@"
# Re-runs the caller in a session bus with an unlocked keyring (so the sign-in page shows "Remember on this computer"
# as users see it), then gives it BUILD, LANGUAGE, OUT, a private WORK dir holding HOME and the XDG dirs (the app's
# settings say LANGUAGE), an Xvfb display, shot NAME [SECONDS] and click X Y. The caller sets APP and SANDBOX to the
# pids it starts; both are stopped on exit.
if [ -z "${GATEHOUSE_SHOTS_BUS:-}" ]; then
  export GATEHOUSE_SHOTS_BUS=1
  exec dbus-run-session -- bash scripts/with-keyring.sh bash "$@"
fi
BUILD=${2:-build}
LANGUAGE=${3:-en}
OUT=${GATEHOUSE_SHOTS_OUT:-docs/screenshots}
mkdir -p "$OUT"
WORK=$(mktemp -d /tmp/gatehouse-shots.XXXXXX)
chmod 711 "$WORK"
export XDG_RUNTIME_DIR="$WORK/rt" XDG_CONFIG_HOME="$WORK/config" XDG_DATA_HOME="$WORK/data" HOME="$WORK/home"
mkdir -p -m 700 "$XDG_RUNTIME_DIR"; mkdir -p "$XDG_CONFIG_HOME/Gatehouse" "$HOME"
printf '[ui]\nlanguage=%s\n' "$LANGUAGE" > "$XDG_CONFIG_HOME/Gatehouse/Gatehouse.conf"
for SHOTS_DISPLAY in $(seq 80 140); do
  [ -e "/tmp/.X11-unix/X$SHOTS_DISPLAY" ] || [ -e "/tmp/.X$SHOTS_DISPLAY-lock" ] || break
done
Xvfb ":$SHOTS_DISPLAY" -screen 0 1100x720x24 -nolisten tcp >/dev/null 2>&1 & XVFB=$!
export DISPLAY=:$SHOTS_DISPLAY QT_QPA_PLATFORM=xcb
cleanup() {
  kill "${APP:-}" 2>/dev/null || true
  kill "${SANDBOX:-}" 2>/dev/null || true
  sleep 2
  kill "$XVFB" 2>/dev/null || true
  [ -z "${SANDBOX:-}" ] || wait "$SANDBOX" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
sleep 1

shot() { sleep "${2:-1}"; import -window root -crop 1000x680+0+0 +repage "$OUT/$1-$LANGUAGE.png"; echo "$OUT/$1-$LANGUAGE.png"; }
click() { xdotool mousemove "$1" "$2" click 1; }
# Widgets by name rather than by position: the app started with GATEHOUSE_WIDGET_MAP="$WIDGETS" writes where each
# visible named widget is (ui/widgetmap.h). at NAME [WINDOW-CLASS] clicks the middle of the last match (waits up to 30 s for it).
export GATEHOUSE_WIDGET_MAP="$WORK/widgets.map"
WIDGETS=$GATEHOUSE_WIDGET_MAP
where() {
  local line tries=0
  while :; do
    line=$(awk -v n="$1" -v w="${2:-}" '$2 == n && (w == "" || $1 == w) { l = $0 } END { print l }' "$WIDGETS" 2>/dev/null || true)
    [ -n "$line" ] && break
    tries=$((tries + 1)); [ "$tries" -lt 120 ] || { echo "widget $1 not found" >&2; return 1; }
    sleep 0.25
  done
  echo "$line" | awk -v dx="${3:-}" '{ print (dx == "" ? int($3 + $5 / 2) : $3 + dx), int($4 + $6 / 2) }'
}
# at NAME [WINDOW-CLASS [DX]]: DX clicks that many pixels from the widget's left edge (a tab, a link's text).
at() { local xy; xy=$(where "$@") || return 1; click $xy; }
