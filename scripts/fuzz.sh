#!/bin/sh
# Runs every libFuzzer target for a bounded time (not part of the default test run).
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]      (default 60 s, all targets)
#
# Needs clang and libclang-rt-14-dev (apt-get install -y clang libclang-rt-14-dev). Builds in build-fuzz/ with
# -DGATEHOUSE_FUZZ=ON. Seeds: fuzz/corpus/<target>/ (read-only); the growing corpus stays in build-fuzz/corpus/.
# Inputs that crash or break an invariant are written to fuzz/regressions/<target>/ (libFuzzer artifacts); commit
# them: tests/unit/tst_fuzz_regressions replays every file there in the default test run.
# Exit status: 0 when no target found anything, 1 otherwise.
set -eu

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${GATEHOUSE_FUZZ_BUILD:-$ROOT/build-fuzz}
SECONDS_PER_TARGET=${1:-60}
[ $# -gt 0 ] && shift
TARGETS=${*:-"fuzz_domain_json fuzz_cidr fuzz_connection_uri fuzz_temporary_label"}

command -v clang++ >/dev/null || { echo "fuzz.sh: clang++ not found (apt-get install -y clang libclang-rt-14-dev)" >&2; exit 2; }

cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ -DGATEHOUSE_FUZZ=ON \
    -DBUILD_TESTING=OFF -DGATEHOUSE_BUILD_UI=OFF -DGATEHOUSE_BUILD_SANDBOX=OFF >/dev/null
# shellcheck disable=SC2086
cmake --build "$BUILD" -j2 --target $TARGETS

found=0
summary=""
for target in $TARGETS; do
    regressions="$ROOT/fuzz/regressions/$target"
    work="$BUILD/corpus/$target"
    mkdir -p "$regressions" "$work"
    dict=""
    [ -f "$ROOT/fuzz/$target.dict" ] && dict="-dict=$ROOT/fuzz/$target.dict"
    before=$(ls "$regressions" | wc -l)
    log="$BUILD/$target.log"
    echo "== $target: ${SECONDS_PER_TARGET}s"
    # -fork keeps fuzzing after a finding; every finding is written as an artifact into fuzz/regressions/<target>/.
    # shellcheck disable=SC2086
    nice "$BUILD/fuzz/$target" -max_total_time="$SECONDS_PER_TARGET" -timeout=10 -rss_limit_mb=2048 \
        -max_len=4096 -print_final_stats=1 -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
        -artifact_prefix="$regressions/" $dict "$work" "$ROOT/fuzz/corpus/$target" >"$log" 2>&1 || true
    after=$(ls "$regressions" | wc -l)
    execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | awk '{s += $2} END {print s + 0}')
    if [ "$execs" = 0 ]; then
        execs=$(grep -Eo '#[0-9]+' "$log" | tail -1 | tr -d '#')
    fi
    new=$((after - before))
    [ "$new" -gt 0 ] && found=1
    summary="$summary$(printf '%-22s %8ss %12s execs %4s new findings' "$target" "$SECONDS_PER_TARGET" "${execs:-?}" "$new")
"
    grep -h "invariant violated\|ERROR: AddressSanitizer\|runtime error" "$log" | sort | uniq -c | head -5 || true
done
echo
echo "target                 time         executions   findings"
printf '%s' "$summary"
exit $found
