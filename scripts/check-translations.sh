#!/usr/bin/env bash
# check-translations.sh <build-dir>
#
# Fails (exit 1, with the diff) when running lupdate the way the update_translations target does would change
# the committed catalogues translations/gatehouse_{en,fr}.ts: a new, changed or removed source string that
# nobody ran update_translations for. Works on copies in a temporary directory; the source tree is not touched.
#
# It reuses the lupdate project that qt_add_translations wrote into the build directory
# (<build>/ui/.lupdate/gatehouse_ui_project.cmake: the gatehouse_core + gatehouse_ui sources, .ui forms
# included), points its translations at the copies and runs lupdate with the options of ui/CMakeLists.txt.
# Environment (set by CTest, defaults for Debian's Qt 6): LUPDATE, CMAKE_COMMAND, LUPDATE_PROJECT_GENERATOR.
set -euo pipefail

if [ $# -ne 1 ] || [ ! -d "$1" ]; then
    echo "usage: $0 <build-dir>" >&2
    exit 2
fi
BUILD=$(cd "$1" && pwd)
SRC=$(cd "$(dirname "$0")/.." && pwd)
LUPDATE=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
CMAKE_COMMAND=${CMAKE_COMMAND:-cmake}
PROJECT_IN=$BUILD/ui/.lupdate/gatehouse_ui_project.cmake
GENERATOR=${LUPDATE_PROJECT_GENERATOR:-}
if [ -z "$GENERATOR" ] && [ -f "$BUILD/build.ninja" ]; then
    GENERATOR=$(grep -o '[^ ]*/GenerateLUpdateProject\.cmake' "$BUILD/build.ninja" | head -n 1 || true)
fi
: "${GENERATOR:=/usr/lib/x86_64-linux-gnu/cmake/Qt6LinguistTools/GenerateLUpdateProject.cmake}"
# Must match LUPDATE_OPTIONS of qt_add_translations in ui/CMakeLists.txt.
OPTIONS=(-no-obsolete -locations none)

for f in "$PROJECT_IN" "$GENERATOR" "$LUPDATE"; do
    if [ ! -e "$f" ]; then
        echo "check-translations: $f not found (configure $BUILD with the UI enabled first)" >&2
        exit 2
    fi
done

TMP=$(mktemp -d "${TMPDIR:-/tmp}/gatehouse-ts.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
mkdir "$TMP/ts"
TS_FILES=(gatehouse_en.ts gatehouse_fr.ts)
for ts in "${TS_FILES[@]}"; do
    cp "$SRC/translations/$ts" "$TMP/ts/$ts"
done

# Same project as the build's, with the translations redirected to the copies.
sed -E "s#^set\(lupdate_translations .*#set(lupdate_translations \"$TMP/ts/gatehouse_en.ts;$TMP/ts/gatehouse_fr.ts\")#" \
    "$PROJECT_IN" >"$TMP/project.cmake"
grep -q "^set(lupdate_translations \"$TMP/ts/" "$TMP/project.cmake" || {
    echo "check-translations: unexpected format of $PROJECT_IN" >&2
    exit 2
}
"$CMAKE_COMMAND" -DIN_FILE="$TMP/project.cmake" -DOUT_FILE="$TMP/project.json" -P "$GENERATOR"
(cd "$BUILD/ui" && "$LUPDATE" -project "$TMP/project.json" "${OPTIONS[@]}" -silent)

status=0
for ts in "${TS_FILES[@]}"; do
    if ! diff -u --label "translations/$ts (committed)" --label "translations/$ts (after lupdate)" \
            "$SRC/translations/$ts" "$TMP/ts/$ts"; then
        status=1
    fi
done
if [ $status -ne 0 ]; then
    echo "check-translations: the catalogues are out of date. Run" >&2
    echo "  cmake --build $BUILD --target update_translations && cmake -S $SRC -B $BUILD" >&2
    echo "then translate the new messages in translations/gatehouse_fr.ts (and the plural forms in gatehouse_en.ts)." >&2
else
    echo "check-translations: translations/gatehouse_en.ts and gatehouse_fr.ts are up to date."
fi
exit $status
