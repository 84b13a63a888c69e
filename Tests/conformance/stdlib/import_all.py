# Issue 7's module list: every module imports, and each shows one thing a script would use from it.
import importlib

MODULES = """
string re json csv textwrap struct base64 binascii hashlib zlib difflib
math cmath random statistics fractions decimal numbers
collections collections.abc itertools functools operator heapq bisect array copy enum dataclasses
typing abc contextlib types weakref gc inspect
sys os os.path pathlib shutil tempfile glob fnmatch io time datetime calendar locale platform errno
signal atexit traceback warnings logging argparse getopt shlex pprint reprlib uuid secrets
unittest unittest.mock
urllib.request http.client http.server socketserver urllib.parse
importlib runpy
""".split()

missing = []
for name in MODULES:
    try:
        mod = importlib.import_module(name)
    except ImportError as e:
        missing.append(name)
        print('MISSING', name, e)
        continue
    assert mod.__name__ == name or name == 'os.path', (mod.__name__, name)
print(len(MODULES) - len(missing), 'of', len(MODULES), 'modules import')

# one use of each, by what everyday scripts reach for
import string, re, json, csv, textwrap, struct, base64, binascii, hashlib, zlib, difflib
print(string.ascii_lowercase[:5], re.sub(r'(\d+)', r'<\1>', 'a1b22'), json.dumps({'a': [1, 2]}),
      textwrap.shorten('hello big world', 10), struct.pack('<hi', 1, 2).hex(), base64.b64encode(b'hi'),
      binascii.hexlify(b'\x01\xff'), hashlib.sha256(b'abc').hexdigest()[:16],
      zlib.crc32(b'abc'), difflib.SequenceMatcher(None, 'abcd', 'abxd').ratio())
import io
buf = io.StringIO()
csv.writer(buf).writerow(['a', 'b,c', 3])
print(repr(buf.getvalue()))
import math, cmath, random, statistics, fractions, decimal, numbers
random.seed(1)
print(math.comb(10, 3), cmath.sqrt(-4), random.random(), statistics.median([3, 1, 2]),
      fractions.Fraction(3, 6), decimal.Decimal('1.10') + decimal.Decimal('2.205'), isinstance(3, numbers.Integral))
import collections, collections.abc, itertools, functools, operator, heapq, bisect, array, copy, enum, dataclasses
print(collections.Counter('abracadabra').most_common(2), isinstance([], collections.abc.Sequence),
      list(itertools.accumulate([1, 2, 3])), functools.reduce(operator.mul, range(1, 6)),
      heapq.nsmallest(2, [5, 1, 4]), bisect.bisect([1, 3, 5], 4), array.array('i', [1, 2]).tolist(),
      copy.deepcopy({'x': [1]}))
class Color(enum.Enum):
    RED = 1
@dataclasses.dataclass
class P:
    x: int
    y: int = 0
print(Color.RED, P(1), dataclasses.asdict(P(2, 3)))
import typing, abc, contextlib, types, weakref, gc, inspect
def f(a: int, b: typing.Optional[str] = None) -> typing.List[int]:
    return [a]
print(inspect.signature(f), typing.get_type_hints(f)['b'], types.SimpleNamespace(a=1), gc.isenabled())
with contextlib.suppress(KeyError):
    {}['x']
import sys, os, os.path, pathlib, shutil, tempfile, glob, fnmatch, time, datetime, calendar, locale, platform, errno
print(sys.version_info[:2], os.path.join('a', 'b'), pathlib.PurePosixPath('/a/b.txt').suffix,
      fnmatch.fnmatch('x.py', '*.py'), errno.ENOENT, datetime.date(2024, 2, 29) + datetime.timedelta(days=1),
      calendar.isleap(2024), locale.localeconv()['decimal_point'], platform.system())
import signal, atexit, traceback, warnings, logging, argparse, getopt, shlex, pprint, reprlib, uuid, secrets
print(signal.SIGINT.name, shlex.split('a "b c"'), getopt.getopt(['-x', 'y'], 'x:'), reprlib.repr(list(range(20))),
      uuid.UUID('12345678123456781234567812345678'), len(secrets.token_hex(4)))
p = argparse.ArgumentParser(prog='demo')
p.add_argument('--n', type=int, default=2)
print(p.parse_args([]).n)
import unittest, unittest.mock, urllib.request, http.client, http.server, socketserver, urllib.parse
print(urllib.parse.urlsplit('http://h:80/p?q=1').port, unittest.mock.Mock(return_value=3)(), http.client.OK,
      issubclass(http.server.ThreadingHTTPServer, socketserver.ThreadingMixIn))
