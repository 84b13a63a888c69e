"""Timing of Lib/re (loaded as `myre`) on typical workloads; CPython's re for scale.

Run: python3 Lib/tests/bench_re.py
"""

import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from check_re import myre  # noqa: E402
import re  # noqa: E402

WORDS = ('the quick brown fox jumps over the lazy dog 12345 hello_world '
         'foo@example.com bar.baz@test.org 2024-01-15 alpha beta gamma\n')
TEXT = WORDS * 400
LOG = ('127.0.0.1 - - [10/Oct/2000:13:55:36 -0700] "GET /apache_pb.gif HTTP/1.0" 200 2326\n'
       * 300)

CASES = [
    ('findall \\w+', lambda m: m.findall(r'\w+', TEXT)),
    ('findall [a-z]+ing|ed', lambda m: m.findall(r'[a-z]+(?:ing|ed)\b', TEXT)),
    ('search literal miss', lambda m: m.search('zebra', TEXT)),
    ('search email', lambda m: m.findall(r'[\w.]+@[\w.]+\.\w+', TEXT)),
    ('sub \\s+', lambda m: m.sub(r'\s+', ' ', TEXT)),
    ('split ,?\\s', lambda m: m.split(r',?\s', TEXT)),
    ('date groups', lambda m: m.findall(r'(\d{4})-(\d\d)-(\d\d)', TEXT)),
    ('log line', lambda m: [m.match(r'(\S+) \S+ \S+ \[([^\]]+)\] "(\w+) (\S+) [^"]*" (\d+) (\d+)', l)
                            for l in LOG.splitlines()]),
    ('(a|b)* deep', lambda m: m.match('(a|b)*c', 'ab' * 20000 + 'c')),
    ('.*x backtrack', lambda m: m.findall(r'^.*o.*$', TEXT, m.M)),
    ('ignorecase', lambda m: m.findall(r'(?i)HELLO|FOX', TEXT)),
    ('many compiles', lambda m: [m.match(r'\d+', '123') for _ in range(2000)]),
]


def main():
    for name, fn in CASES:
        t0 = time.perf_counter()
        r1 = fn(myre)
        t1 = time.perf_counter()
        r2 = fn(re)
        t2 = time.perf_counter()
        same = repr(r1).replace('myre', 're') == repr(r2)
        print('%-22s ours %8.2f ms  cpython %7.2f ms  x%6.0f  %s'
              % (name, (t1 - t0) * 1e3, (t2 - t1) * 1e3, (t1 - t0) / max(t2 - t1, 1e-9),
                 'same' if same else 'DIFFERENT'))


if __name__ == '__main__':
    main()
