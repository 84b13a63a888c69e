# re throughput on log lines, CSV quoted fields, word scans and sub with a function.
# As a suite benchmark (Benchmarks/run; `[scale]`) it prints each case's result.
# Report mode, run with SwiftPy:  swiftpy Benchmarks/re_bench.py --report [scale]
# times SwiftPy's native VM, its Python VM and CPython (it runs python3 itself) on the
# same inputs and prints the ratios; it never fails (missing pieces print "n/a").
import os
import re
import sys
import time

_nums = [a for a in sys.argv[1:] if not a.startswith('--')]
SCALE = float(_nums[0]) if _nums else 1.0


def corpus():
    n = max(1, int(10000 * SCALE))
    methods = ['GET', 'POST', 'PUT', 'DELETE']
    logs = []
    csv = []
    words = []
    x = 12345
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        logs.append('10.0.%d.%d - - [10/Oct/2023:13:%02d:%02d +0000] "%s /item/%d HTTP/1.1" %d %d'
                    % (x % 256, (x >> 8) % 256, i % 60, (x >> 3) % 60, methods[x % 4],
                       x % 1000, 200 + (x % 5) * 100, x % 50000))
        csv.append('%d,"name %d, ""quoted""",%d.%02d,"note ""%d"""' % (i, x % 977, x % 100,
                                                                         x % 97, x % 13))
        words.append('alpha%d beta gamma_%d delta, epsilon! zeta' % (x % 100, i))
    return '\n'.join(logs), '\n'.join(csv), ' '.join(words)


LOG, CSV, TEXT = corpus()
LOG_RE = r'(\S+) \S+ \S+ \[([^\]]+)\] "(\w+) (\S+) [^"]*" (\d+) (\d+)'


def log_lines():
    p = re.compile(LOG_RE)
    total = 0
    for line in LOG.splitlines():
        m = p.match(line)
        if m:
            total += int(m.group(6)) + len(m.group(2))
    return total


def quoted_fields():
    return len(re.findall(r'"(?:[^"]|"")*"', CSV))


def words():
    return len(re.findall(r'\w+', TEXT))


def sub_func():
    return len(re.sub(r'(\d+)', lambda m: str(int(m.group(1)) * 2), TEXT))


CASES = [('log line groups (match/line)', log_lines), ('quoted field findall', quoted_fields),
         ('\\w+ findall', words), ('sub with function', sub_func)]


def timings():
    out = {}
    for name, fn in CASES:
        best = None
        for _ in range(3):
            t0 = time.perf_counter()
            r = fn()
            dt = time.perf_counter() - t0
            best = dt if best is None or dt < best else best
        out[name] = (best, r)
    return out


def main():
    if '--report' not in sys.argv and '--times' not in sys.argv:   # suite mode
        for name, fn in CASES:
            print('%s: %r' % (name, fn()))
        return
    if '--times' in sys.argv:   # child mode (CPython): name<TAB>seconds<TAB>result
        for name, (t, r) in timings().items():
            print('%s\t%r\t%r' % (name, t, r))
        return
    engine = sys.modules.get('re._engine')
    native = timings()
    python_vm = None
    if engine is not None and getattr(engine, 'USE_NATIVE', False):
        engine.USE_NATIVE = False
        re.purge()
        try:
            python_vm = timings()
        finally:
            engine.USE_NATIVE = True
    cpy = {}
    try:
        import subprocess
        res = subprocess.run(['python3', os.path.abspath(__file__), '--times', str(SCALE)],
                             capture_output=True, text=True, timeout=300)
        for line in res.stdout.splitlines():
            name, t, r = line.split('\t')
            cpy[name] = (float(t), int(r))
    except Exception as e:   # no python3 / no subprocess: ratios print n/a
        print('(CPython run failed: %s)' % (e,))
    print('%-30s %10s %10s %10s %9s %9s  %s' % ('case', 'native ms', 'pyVM ms', 'CPython ms',
                                              'native/C', 'pyVM/C', 'results'))
    for name, _ in CASES:
        t, r = native[name]
        pt, pr = python_vm[name] if python_vm else (None, None)
        ct, cr = cpy.get(name, (None, None))
        same = (r == cr or cr is None) and (pr is None or pr == r)
        print('%-30s %10.1f %10s %10s %9s %9s  %s' % (
            name, t * 1e3, '%.1f' % (pt * 1e3) if pt else 'n/a',
            '%.1f' % (ct * 1e3) if ct else 'n/a',
            'x%.1f' % (t / ct) if ct else 'n/a',
            'x%.1f' % (pt / ct) if (ct and pt) else 'n/a',
            'same' if same else 'DIFFERENT %r %r %r' % (r, pr, cr)))


if __name__ == '__main__':
    main()
