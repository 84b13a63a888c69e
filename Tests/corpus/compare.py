#!/usr/bin/env python3
"""Runs every .py script under a folder with CPython and with SwiftPy and reports the share that
behave identically (same stdout, same exit status, same last line of stderr).

    python3 Tests/corpus/compare.py CORPUS_DIR [--swiftpy .build/release/swiftpy] [--timeout 60] [-j 2]
        [--list]     print one line per script (status and, for differences, why)

Each script runs in a fresh temporary copy of its own folder (so files it writes do not leak),
with stdin from /dev/null and PYTHONHASHSEED=0. Before comparing, both outputs are normalized
in two ways only: the temporary folder's path becomes <work> (it differs on every run), and
traceback frames inside the interpreter's own standard library (a `File "..."` line naming a
file under CPython's lib/python3.X or SwiftPy's Lib folder, with the source and caret lines
below it) are dropped: their paths and line numbers belong to each installation, e.g. the
doctest runner frame that every doctest "Exception raised" report shows. Scripts that CPython itself cannot run (exit status
non-zero with an ImportError of a third-party module, a timeout, or output that differs between two
CPython runs) are excluded and counted separately: the measure is over scripts CPython runs
deterministically. This is a measurement tool, never a test (the corpus is not part of the repo).
"""
import argparse
import concurrent.futures
import os
import re
import shutil
import subprocess
import sys
import tempfile


STDLIB_FRAME = re.compile(r'^(\s*)File "[^"]*/(lib/python3\.\d+|Lib)/[^"]*", line \d+, in ')


def normalized(data, work):
    """`data` with the work folder's path replaced and standard-library traceback frames dropped."""
    text = data.decode('utf-8', 'replace').replace(work, '<work>')
    out = []
    frame_indent = None
    for line in text.splitlines(keepends=True):
        if frame_indent is not None:
            if len(line) - len(line.lstrip(' ')) > frame_indent and line.strip():
                continue  # source or caret line of the dropped frame
            frame_indent = None
        m = STDLIB_FRAME.match(line)
        if m:
            frame_indent = len(m.group(1))
            continue
        out.append(line)
    return ''.join(out).encode('utf-8')


def run(interp, script, timeout):
    folder = os.path.dirname(script)
    with tempfile.TemporaryDirectory() as tmp:
        work = os.path.join(tmp, 'w')
        shutil.copytree(folder, work, ignore=shutil.ignore_patterns('__pycache__', '.git'))
        env = dict(os.environ, PYTHONHASHSEED='0', PYTHONDONTWRITEBYTECODE='1', COLUMNS='80')
        try:
            p = subprocess.run([interp, os.path.basename(script)], cwd=work, env=env, stdin=subprocess.DEVNULL,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout)
        except subprocess.TimeoutExpired:
            return ('timeout', b'', b'')
        real = os.path.realpath(work)
        return (p.returncode, normalized(p.stdout, real).replace(work.encode(), b'<work>'),
                normalized(p.stderr, real).replace(work.encode(), b'<work>'))


def last_line(data):
    lines = [l for l in data.decode('utf-8', 'replace').splitlines() if l.strip()]
    return lines[-1] if lines else ''


def judge(script, swiftpy, timeout):
    ref = run(sys.executable, script, timeout)
    if ref[0] == 'timeout':
        return ('excluded', 'CPython timed out')
    err = last_line(ref[2])
    if ref[0] != 0 and ('ModuleNotFoundError' in err or 'ImportError' in err):
        return ('excluded', 'CPython: ' + err)
    ref2 = run(sys.executable, script, timeout)
    if ref2[:2] != ref[:2]:
        return ('excluded', 'not deterministic under CPython')
    got = run(swiftpy, script, timeout * 3)
    if got[0] == 'timeout':
        return ('timeout', 'SwiftPy timed out')
    if isinstance(got[0], int) and got[0] < 0:
        return ('crash', 'SwiftPy died by signal %d: %s' % (-got[0], last_line(got[2])))
    if got[0] == ref[0] and got[1] == ref[1] and last_line(got[2]) == err:
        return ('same', '')
    if got[0] != ref[0]:
        return ('differs', 'exit %s vs %s: %s' % (got[0], ref[0], last_line(got[2]) or last_line(got[1])))
    if got[1] != ref[1]:
        a = got[1].decode('utf-8', 'replace').splitlines()
        b = ref[1].decode('utf-8', 'replace').splitlines()
        i = next((k for k in range(min(len(a), len(b))) if a[k] != b[k]), min(len(a), len(b)))
        return ('differs', 'stdout line %d: %r vs %r' % (i + 1, a[i][:60] if i < len(a) else None,
                                                         b[i][:60] if i < len(b) else None))
    return ('differs', 'stderr: %r vs %r' % (last_line(got[2])[:80], err[:80]))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('corpus')
    ap.add_argument('--swiftpy', default='.build/release/swiftpy')
    ap.add_argument('--timeout', type=float, default=60)
    ap.add_argument('-j', type=int, default=2)
    ap.add_argument('--list', action='store_true')
    args = ap.parse_args()
    swiftpy = os.path.abspath(args.swiftpy)
    scripts = sorted(os.path.join(d, f) for d, _, fs in os.walk(args.corpus) for f in fs
                     if f.endswith('.py') and not f.startswith('_'))
    with concurrent.futures.ThreadPoolExecutor(args.j) as ex:
        results = list(ex.map(lambda s: (s, judge(os.path.abspath(s), swiftpy, args.timeout)), scripts))
    counts = {}
    for script, (status, why) in results:
        counts[status] = counts.get(status, 0) + 1
        if args.list or status not in ('same', 'excluded'):
            print('%-9s %s %s' % (status, os.path.relpath(script, args.corpus), why))
    measured = len(results) - counts.get('excluded', 0)
    same = counts.get('same', 0)
    print('scripts: %d, excluded (CPython cannot run them deterministically): %d' % (len(results), counts.get('excluded', 0)))
    print('identical under SwiftPy: %d of %d (%.1f%%); differs %d, crash %d, timeout %d'
          % (same, measured, 100.0 * same / max(measured, 1), counts.get('differs', 0), counts.get('crash', 0),
             counts.get('timeout', 0)))


if __name__ == '__main__':
    main()
