#!/usr/bin/env bash
# Sanitizer runs (slow; not part of `swift test`). See docs/LEAKS.md.
#
#   Tests/sanitize.sh thread     # TSan build in .build-tsan; threads conformance area + gil_ext driver
#   Tests/sanitize.sh address    # ASan build in .build-asan; the whole conformance suite
#   Tests/sanitize.sh all
#
# Reports go to files (the conformance runner compares stderr, so they must not go there):
# $OUT/<kind>/report.* (OUT defaults to .sanitize-out). Prints the runner's summary, the number of
# distinct reports and their first lines. Exit status: non-zero if any report or runner failure.
# Environment: JOBS (runner parallelism, default 2), SKIP_BUILD=1 to reuse an existing build.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$PWD
OUT=${OUT:-$ROOT/.sanitize-out}
JOBS=${JOBS:-2}
status=0

build() {   # build KIND PATH
    [ "${SKIP_BUILD:-0}" = 1 ] && return 0
    echo "== swift build --sanitize $1 --build-path $2"
    swift build --sanitize "$1" --build-path "$2" 2>&1 | grep -E "error|Compiling|Build complete" | tail -3
    [ -x "$2/debug/swiftpy" ] || { echo "build failed"; exit 1; }
}

summarize() {   # summarize DIR
    local files
    files=$(ls "$1"/report.* 2>/dev/null | wc -l)
    echo "== $files report file(s) in $1"
    if [ "$files" -gt 0 ]; then
        status=1
        # One line per report kind and top frame in our code.
        cat "$1"/report.* | grep -E "^(WARNING: ThreadSanitizer|ERROR: AddressSanitizer|SUMMARY)" | sort | uniq -c | sort -rn | head -40
    fi
}

run_thread() {
    local B=$ROOT/.build-tsan D=$OUT/thread
    build thread "$B"
    rm -rf "$D"; mkdir -p "$D"
    export TSAN_OPTIONS="log_path=$D/report halt_on_error=0 second_deadlock_stack=1"
    echo "== threads conformance area under TSan"
    Tests/conformance/run --interp "$B/debug/swiftpy" -k threads/ -j "$JOBS" | tail -5 || status=1
    echo "== gil_ext driver under TSan (extension compiled with -fsanitize=thread)"
    local E=$D/ext
    mkdir -p "$E"
    # clang: a shared object gets no TSan runtime of its own (gcc would link libtsan.so, which
    # clashes with the runtime linked into swiftpy); it uses the executable's.
    printf '#!/bin/sh\nexec clang -fsanitize=thread -g "$@"\n' > "$D/cc-tsan"; chmod +x "$D/cc-tsan"
    CONFIG=$B/debug/swiftpy-config CC=$D/cc-tsan bash Tests/extensions/build.sh gil_ext "$E" >/dev/null || { echo "gil_ext build failed"; status=1; }
    (cd Tests/extensions && PYTHONPATH=$E "$B/debug/swiftpy" gil_ext_driver.py > "$D/gil_ext.out" 2>&1)
    if diff -q "$D/gil_ext.out" Tests/extensions/gil_ext_driver.exp >/dev/null; then echo "gil_ext: output matches CPython's"; else echo "gil_ext: output differs ($D/gil_ext.out)"; status=1; fi
    unset TSAN_OPTIONS
    summarize "$D"
}

run_address() {
    local B=$ROOT/.build-asan D=$OUT/address
    build address "$B"
    rm -rf "$D"; mkdir -p "$D"
    # detect_leaks=0: the runtime keeps process-lifetime objects on purpose; SWIFTPY_DEBUG_LEAKS is
    # the leak check for Python objects.
    export ASAN_OPTIONS="log_path=$D/report detect_leaks=0 halt_on_error=1"
    echo "== whole conformance suite under ASan"
    Tests/conformance/run --interp "$B/debug/swiftpy" -j "$JOBS" | tail -8 || status=1
    unset ASAN_OPTIONS
    summarize "$D"
}

case "${1:-all}" in
    thread) run_thread ;;
    address) run_address ;;
    all) run_thread; run_address ;;
    *) echo "usage: Tests/sanitize.sh [thread|address|all]" >&2; exit 2 ;;
esac
exit $status
