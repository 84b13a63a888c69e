"""Run every check_*.py under CPython and print one summary line each."""
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
# Checks that compare two SwiftPy code paths and so run under swiftpy only (see README.md).
SWIFTPY_ONLY = {"check_re_native.py"}


def main():
    failed = 0
    for name in sorted(os.listdir(HERE)):
        if not (name.startswith("check_") and name.endswith(".py")):
            continue
        if name in SWIFTPY_ONLY:
            print("skip %-28s runs under swiftpy only" % name)
            continue
        start = time.monotonic()
        proc = subprocess.run([sys.executable, os.path.join(HERE, name)],
                              capture_output=True, text=True,
                              stdin=subprocess.DEVNULL, timeout=900)
        lines = proc.stdout.strip().splitlines()
        last = lines[-1] if lines else "(no output) " + proc.stderr[-300:]
        status = "ok  " if proc.returncode == 0 else "FAIL"
        failed += proc.returncode != 0
        print("%s %-28s %s  [%.1fs]" % (status, name, last,
                                         time.monotonic() - start))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
