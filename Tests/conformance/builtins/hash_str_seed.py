# hash() of str and bytes is CPython's SipHash-1-3 keyed by PYTHONHASHSEED: under a fixed seed the
# values (and so the iteration order of sets of strings) are CPython's. Children run with seeds 0
# and 42; str of every width (latin-1, BMP, astral), equal str/bytes, '' and lengths around 8.
import os
import subprocess
import sys

code = r'''
vals = ['', 'A', 'abc', 'abcdefg', 'abcdefgh', 'abcdefghi', 'é', 'ſ', '日本語', '\uffff\u0100',
        '\U0001F600x', 'hello world' * 3]
print([hash(v) for v in vals])
print(hash(b'abc') == hash('abc'), hash(b''), hash(b'abcdefghij'))
print(sorted(set('hello world')) == sorted('helo wrd'), list(set('hello world')))
print(list(set(['A', 'B', 'C', 'D', 'E', 'F'])), list(frozenset(['x', 'yy', 'zzz'])))
'''
for seed in ('0', '42'):
    env = dict(os.environ, PYTHONHASHSEED=seed)
    out = subprocess.run([sys.executable, '-c', code], env=env, capture_output=True, text=True)
    print(seed, out.returncode, out.stderr if out.returncode else '')
    print(out.stdout, end='')
print(hash('same') == hash('same'), hash('a') != hash('b'))
