#!/usr/bin/env bash
# bench.sh [-s section]... [--keep-data DIR] [-o report.md] [-- gatehouse-bench options]
#
# Runs gatehouse-bench (docs/performance.md) quietly: Qt's and the sandbox's log lines go to a log file, only the
# report (Markdown tables and `BENCH <name> <value> <unit>` lines) reaches stdout (and -o FILE).
#   -s, --section NAME   ops, ui, startup, load, scale or overview; repeatable (default: all)
#   --keep-data DIR      reuse the scale section's seeded sandboxes (DIR/users-N) across runs (--scale-data-dir)
#   -o, --output FILE    also write the report there
#   -b, --build DIR      build directory (default: $GATEHOUSE_BUILD_DIR or build)
# Example: scripts/bench.sh -s scale --keep-data /var/tmp/gatehouse-scale -- --scale-users 10000,50000 --repeat 3
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${GATEHOUSE_BUILD_DIR:-build}
ARGS=()
OUTPUT=
while [ $# -gt 0 ]; do
    case "$1" in
        -s|--section) ARGS+=(--section "$2"); shift 2 ;;
        --keep-data) ARGS+=(--scale-data-dir "$2"); shift 2 ;;
        -o|--output) OUTPUT=$2; shift 2 ;;
        -b|--build) BUILD_DIR=$2; shift 2 ;;
        -h|--help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        --) shift; ARGS+=("$@"); break ;;
        *) ARGS+=("$1"); shift ;;
    esac
done
BENCH=$BUILD_DIR/bench/gatehouse-bench
if [ ! -x "$BENCH" ]; then
    echo "bench.sh: $BENCH not built (cmake --build $BUILD_DIR --target gatehouse-bench)" >&2
    exit 2
fi
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
export QT_LOGGING_RULES=${QT_LOGGING_RULES:-"*.debug=false;*.info=false;qt.*=false"}
if [ -z "${XDG_RUNTIME_DIR:-}" ]; then
    export XDG_RUNTIME_DIR=$(mktemp -d /tmp/gatehouse-rt.XXXXXX)
    chmod 700 "$XDG_RUNTIME_DIR"
    trap 'rm -rf "$XDG_RUNTIME_DIR"' EXIT
fi
LOG=$(mktemp /tmp/gatehouse-bench.XXXXXX.log)
echo "bench.sh: log in $LOG" >&2
status=0
if [ -n "$OUTPUT" ]; then
    "$BENCH" "${ARGS[@]}" 2>"$LOG" | tee "$OUTPUT" || status=$?
else
    "$BENCH" "${ARGS[@]}" 2>"$LOG" || status=$?
fi
[ "$status" -eq 0 ] || { echo "bench.sh: gatehouse-bench failed ($status), last log lines:" >&2; tail -n 20 "$LOG" >&2; }
exit "$status"
