#!/usr/bin/env bash
# Build one test extension the way an author would, from a *-config tool's flags.
#
#   bash build.sh MODULE OUTDIR                          # against SwiftPy (swiftpy-config on PATH)
#   CONFIG=python3-config bash build.sh MODULE OUTDIR    # against CPython
#   CONFIG=.build/debug/swiftpy-config bash build.sh MODULE OUTDIR
#
# MODULE is the name of a C file in this folder without ".c" (argparse_ext, ...).
# Writes OUTDIR/MODULE<extension-suffix>. Environment: CONFIG (default swiftpy-config), CC (default cc).
set -euo pipefail

CONFIG=${CONFIG:-swiftpy-config}
CC=${CC:-cc}
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
if [ $# -ne 2 ]; then
    echo "usage: build.sh MODULE OUTDIR" >&2
    exit 2
fi
MODULE=$1
OUTDIR=$2
SRC="$HERE/$MODULE.c"
if [ ! -f "$SRC" ]; then
    echo "build.sh: no source $SRC" >&2
    exit 2
fi
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
OUT="$OUTDIR/$MODULE$SUFFIX"
# Word splitting of the flag strings is intended, as with $(python3-config --cflags) in a Makefile.
# -Werror=implicit-function-declaration: an API the SDK headers lack must fail the build, not link lazily.
# shellcheck disable=SC2086
"$CC" $INCLUDES $CFLAGS -O1 -fPIC -shared -pthread -Werror=implicit-function-declaration \
    "$SRC" -o "$OUT" $LDFLAGS
echo "built $OUT"
