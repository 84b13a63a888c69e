#!/usr/bin/env bash
# Build SwiftPy (release), build the sample C extension against it with swiftpy-config,
# and run the parallel matmul sample under swiftpy.
#
#   Samples/run_main.sh [THREADS] [N] [ROUNDS]     (defaults 4 threads, 1000x1000, best of 2)
#
# There is deliberately no fallback to python3: if SwiftPy cannot build, cannot build
# the extension, cannot run the sample, or never runs two threads inside the GIL-free
# section at once, this script says so and exits non-zero.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

fail() {
    echo >&2
    echo "run_main.sh: FAILED: $*" >&2
    exit 1
}

echo "==> swift build -c release"
swift build -c release || fail "SwiftPy did not build (swift build -c release)"
BIN=$(swift build -c release --show-bin-path)
SWIFTPY="$BIN/swiftpy"
SWIFTPY_CONFIG="$BIN/swiftpy-config"
[ -x "$SWIFTPY" ] || fail "no interpreter at $SWIFTPY"
[ -x "$SWIFTPY_CONFIG" ] || fail "no config tool at $SWIFTPY_CONFIG"

# Built outside the source folder so it can never be confused with a CPython build of the same module.
EXT_DIR="$ROOT/.build/samples/matmul_ext"
echo "==> build the matmul extension with $SWIFTPY_CONFIG"
CONFIG="$SWIFTPY_CONFIG" bash "$ROOT/Samples/matmul_ext/build.sh" "$EXT_DIR" \
    || fail "the extension did not build against SwiftPy's SDK ($SWIFTPY_CONFIG)"

echo "==> $SWIFTPY Samples/parallel_matmul.py $*"
OUTPUT_FILE=$(mktemp)
trap 'rm -f "$OUTPUT_FILE"' EXIT
set +e
PYTHONPATH="$EXT_DIR${PYTHONPATH:+:$PYTHONPATH}" "$SWIFTPY" "$ROOT/Samples/parallel_matmul.py" "$@" 2>&1 | tee "$OUTPUT_FILE"
status=${PIPESTATUS[0]}
set -e
[ "$status" -eq 0 ] || fail "swiftpy exited with status $status running the sample"

threads=${1:-4}
inside=$(sed -n 's/^max threads inside GIL-free section at once: \([0-9][0-9]*\)$/\1/p' "$OUTPUT_FILE")
[ -n "$inside" ] || fail "the sample's output lacks the 'max threads inside GIL-free section at once' line"
grep -q '^speedup: ' "$OUTPUT_FILE" || fail "the sample's output lacks the speedup line"
if [ "$threads" -ge 2 ] && [ "$inside" -lt 2 ]; then
    fail "no two threads were ever inside the GIL-free section together: the GIL was not released"
fi
echo "==> ok: $inside threads ran the kernel at once under SwiftPy"
