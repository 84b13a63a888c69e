#!/usr/bin/env bash
# Build the matmul extension the way an author would, from a *-config tool's flags.
#
#   CONFIG=python3-config bash build.sh           # against CPython
#   CONFIG=path/to/swiftpy-config bash build.sh   # against SwiftPy (the default CONFIG)
#   bash build.sh OUTDIR                           # put matmul<suffix> in OUTDIR
#
# Environment: CONFIG (default swiftpy-config), CC (default cc).
set -euo pipefail

CONFIG=${CONFIG:-swiftpy-config}
CC=${CC:-cc}
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
OUTDIR=${1:-$HERE}

if ! command -v "$CONFIG" >/dev/null 2>&1; then
    echo "build.sh: config tool '$CONFIG' not found (set CONFIG=python3-config or a path to swiftpy-config)" >&2
    exit 1
fi

config() {
    local out
    if ! out=$("$CONFIG" "$1"); then
        echo "build.sh: '$CONFIG $1' failed" >&2
        exit 1
    fi
    printf '%s' "$out"
}

INCLUDES=$(config --includes)
CFLAGS=$(config --cflags)
LDFLAGS=$(config --ldflags)
SUFFIX=$(config --extension-suffix)
case "$SUFFIX" in
    .*.so|.so) ;;
    *) echo "build.sh: '$CONFIG --extension-suffix' printed '$SUFFIX', expected something like .so" >&2; exit 1 ;;
esac

mkdir -p "$OUTDIR"
OUT="$OUTDIR/matmul$SUFFIX"
# Word splitting of the flag strings is intended, as with $(python3-config --cflags) in a Makefile.
# shellcheck disable=SC2086
"$CC" $INCLUDES $CFLAGS -O3 -fPIC -shared -pthread "$HERE/matmul.c" -o "$OUT" $LDFLAGS
echo "built $OUT"
