# Pure path parsing, joining and comparisons for the POSIX and Windows flavours, with error texts.
from pathlib import *
import os
P=PurePosixPath; W=PureWindowsPath
for a in [('a','b'),('/a','b'),('a','/b'),('//a','b'),('///a',),('a/./b/',),('',),(),('.','..','x')]:
    p=P(*a); print(repr(p), p.parts, p.drive, p.root, p.anchor, p.name, p.parent)
for a in [('c:a','d:b'),('c:/a','c:b'),('c:','/','a'),('//srv/share/x','y'),('c:\\x','/y'),('a/b','c'),('\\\\?\\c:\\x',),('\\\\?\\UNC\\s\\sh\\x',)]:
    p=W(*a); print(repr(p), str(p), p.parts, p.drive, p.root, p.anchor, p.is_absolute())
print(W('c:a')/ 'c:b', W('c:/a')/'/b', W('c:/a')/'d:b', W('c:a')/'C:/b')
p=P('/usr/lib/python3.11/x.tar.gz')
print(p.name,p.suffix,p.suffixes,p.stem,list(p.parents),p.parents[-1],p.parents[1:3], len(p.parents), p.parents)
print(p.with_name('y.txt'), p.with_stem('zz'), p.with_suffix('.bz2'), p.with_suffix(''))
for f in [lambda: p.with_suffix('bz'), lambda: p.with_suffix('.'), lambda: P('/').with_name('x'), lambda: p.with_name('a/b'), lambda: p.with_name(''), lambda: p.relative_to('/etc'), lambda: P('a').relative_to('/a'), lambda: p.parents[9], lambda: P('a')<W('a'), lambda: P(b'x'), lambda: p.relative_to(), lambda: p.match('')]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
print(p.relative_to('/usr'), p.relative_to('/usr','lib'), p.is_relative_to('/usr'), p.is_relative_to('/e'))
print(p.match('*.gz'), p.match('python*/*.gz'), p.match('/usr/*/*/*'), p.match('/usr/*'), W('C:/A/b.PY').match('*.py'))
print(P('a')==P('a'), P('a')==W('a'), W('A')==W('a'), hash(W('A'))==hash(W('a')), sorted([P('b'),P('a/c'),P('a')]))
print(os.fspath(P('/x/y')), P('/a b').as_uri(), W('c:/a b/c').as_uri(), W('//srv/sh/x').as_uri(), bytes(P('/x')))
print('/x' / P('y'), P('a').joinpath('b','/c','d'), W('nul.txt').is_reserved(), P('/a/b').is_absolute(), W('/a').is_absolute())
print(PurePath('a'), type(PurePath('a')).__name__, type(Path('a')).__name__, isinstance(P('x'), os.PathLike))
try: WindowsPath('x')
except Exception as e: print(type(e).__name__, e)
import pickle; print(pickle.loads(pickle.dumps(P('/a/b'))))
print(P('a') < P('b'), P('/') .name, P('/').parent, P('a').parent, P('.').parent, P('x.').suffix, P('.bashrc').suffix, P('.bashrc').suffixes,P('a..b').suffixes)
