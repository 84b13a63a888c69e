"""Differential check: Lib/argparse.py against CPython's argparse on random parsers and argv."""
import argparse as ref
import contextlib
import io
import os
import random
import re
import sys

from _loader import load, Checker

ap = load("argparse")
c = Checker("argparse")
rng = random.Random(7)

WORDS = ['alpha', 'b', 'file.txt', '-1', '3', '0.5', 'x y', 'fast', 'slow', '--', '-', 'zz']
HELPS = [None, 'short help', 'a much longer help text that should wrap around the help column '
         'several times when the terminal is narrow enough', 'uses %(default)s and %(prog)s',
         'choices %(choices)s', 'SUPPRESS']


def build(mod, spec):
    """Builds a parser in module `mod` from a plain-data spec (so both sides get the same)."""
    kw = dict(spec['parser'])
    if kw.pop('fmt', None):
        kw['formatter_class'] = getattr(mod, spec['parser_fmt'])
    p = mod.ArgumentParser(**kw)
    containers = {'p': p}
    for gname, gkind, gkw in spec['groups']:
        if gkind == 'mutex':
            containers[gname] = p.add_mutually_exclusive_group(**gkw)
        else:
            containers[gname] = p.add_argument_group(*gkw)
    for where, args, akw in spec['args']:
        akw = dict(akw)
        if akw.get('type') == 'int':
            akw['type'] = int
        if akw.get('help') == 'SUPPRESS':
            akw['help'] = mod.SUPPRESS
        if akw.get('action') == 'bool':
            akw['action'] = mod.BooleanOptionalAction
        containers[where].add_argument(*args, **akw)
    if spec['sub']:
        sp = p.add_subparsers(**spec['sub'][0])
        for name, skw, sargs in spec['sub'][1]:
            s = sp.add_parser(name, **skw)
            for args, akw in sargs:
                s.add_argument(*args, **akw)
    return p


def random_spec():
    parser = {'prog': rng.choice(['prog', 'a-very-long-program-name-for-wrapping']),
              'allow_abbrev': rng.random() < 0.8}
    if rng.random() < 0.3:
        parser['description'] = rng.choice(HELPS[1:4])
    if rng.random() < 0.2:
        parser['epilog'] = 'epilog text %(prog)s'
    if rng.random() < 0.1:
        parser['add_help'] = False
    fmt = rng.choice([None, None, 'ArgumentDefaultsHelpFormatter', 'RawDescriptionHelpFormatter',
                      'RawTextHelpFormatter'])
    if fmt:
        parser['fmt'] = True
    groups = []
    if rng.random() < 0.4:
        groups.append(('m', 'mutex', {'required': rng.random() < 0.3}))
    if rng.random() < 0.3:
        groups.append(('g', 'group', ('extra', rng.choice([None, 'group description']))))
    args = []
    used = set()
    for i in range(rng.randrange(0, 7)):
        name = rng.choice(['verbose', 'out', 'n', 'mode', 'tag', 'x', 'level', 'dry-run', 'q'])
        if name in used:
            continue
        used.add(name)
        strings = []
        if rng.random() < 0.6:
            strings.append('-' + name[0])
        if rng.random() < 0.8 or not strings:
            strings.append('--' + name)
        if strings[0] in used:
            continue
        used.update(strings)
        kind = rng.choice(['store', 'store_true', 'count', 'append', 'store_const', 'bool',
                           'extend', 'store_false'])
        akw = {}
        if kind != 'store':
            akw['action'] = kind
        if kind in ('store', 'append', 'extend'):
            akw['nargs'] = rng.choice([None, None, '?', '*', '+', 2])
            if kind == 'extend' and akw['nargs'] is None:
                akw['nargs'] = '+'
            if rng.random() < 0.3:
                akw['type'] = 'int'
            elif rng.random() < 0.2:
                akw['choices'] = ['fast', 'slow']
            if rng.random() < 0.3:
                akw['metavar'] = 'M'
            if akw['nargs'] == '?' and rng.random() < 0.5:
                akw['const'] = 'C'
            if rng.random() < 0.2 and akw['nargs'] is None:
                akw['required'] = True
        if kind == 'store_const':
            akw['const'] = 42
        if rng.random() < 0.4:
            akw['default'] = rng.choice(['dflt', '7', 0])
        akw['help'] = rng.choice(HELPS)
        where = 'p'
        if groups and rng.random() < 0.5:
            where = rng.choice(groups)[0]
            if where == 'm':
                akw.pop('required', None)
        args.append((where, strings, akw))
    for i in range(rng.randrange(0, 3)):
        akw = {'nargs': rng.choice([None, None, '?', '*', '+', 2]), 'help': rng.choice(HELPS)}
        if rng.random() < 0.3:
            akw['type'] = 'int'
        if rng.random() < 0.2:
            akw['choices'] = ['fast', 'slow']
        if rng.random() < 0.2:
            akw['metavar'] = 'P%d' % i
        args.append(('p', ['pos%d' % i], akw))
    sub = None
    if rng.random() < 0.25:
        skw = {}
        if rng.random() < 0.5:
            skw['dest'] = 'cmd'
        if rng.random() < 0.3:
            skw['required'] = True
        if rng.random() < 0.3:
            skw['title'] = 'commands'
        if rng.random() < 0.4:
            skw['help'] = 'the command'
        subs = [('run', {'help': 'run it', 'aliases': ['r']}, [(['--fast'], {'action': 'store_true'}),
                                                               (['target'], {})]),
                ('stop', {}, [(['-f'], {'action': 'count'})])]
        sub = (skw, subs)
    return {'parser': parser, 'parser_fmt': fmt, 'groups': groups, 'args': args, 'sub': sub}


def random_argv(spec):
    strings = [s for _w, a, _k in spec['args'] for s in a if s.startswith('-')]
    strings += ['-h', '--help', '--bogus', '-vx', '--ou=val', '--t']
    argv = []
    for i in range(rng.randrange(0, 7)):
        r = rng.random()
        if r < 0.45 and strings:
            s = rng.choice(strings)
            if rng.random() < 0.15:
                s = s + '=' + rng.choice(WORDS)
            argv.append(s)
        elif r < 0.55 and spec['sub']:
            argv.append(rng.choice(['run', 'r', 'stop', 'go']))
        else:
            argv.append(rng.choice(WORDS))
    return argv


def outcome(mod, spec, argv, what):
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            p = build(mod, spec)
            if what == 'help':
                r = p.format_help()
            elif what == 'usage':
                r = p.format_usage()
            else:
                ns, extra = p.parse_known_args(argv) if what == 'known' else (p.parse_args(argv), None)
                r = (sorted(vars(ns).items(), key=repr), extra)
    except SystemExit as e:
        r = ('exit', e.code)
    except Exception as e:
        r = ('raise', type(e).__name__, str(e))
    return tuple(re.sub(r' at 0x[0-9a-f]+', '', x).replace('swiftpy_', '')
                 for x in (repr(r), out.getvalue(), err.getvalue()))


for t in range(1500):
    os.environ['COLUMNS'] = str(rng.choice([40, 60, 80, 100, 132]))
    spec = random_spec()
    c.eq('help %d %r' % (t, spec), outcome(ap, spec, None, 'help'), outcome(ref, spec, None, 'help'))
    c.eq('usage %d' % t, outcome(ap, spec, None, 'usage'), outcome(ref, spec, None, 'usage'))
    for k in range(4):
        argv = random_argv(spec)
        what = rng.choice(['parse', 'known'])
        c.eq('parse %d %r %r' % (t, argv, spec), outcome(ap, spec, argv, what),
             outcome(ref, spec, argv, what))

# reprs and small APIs
c.eq('namespace repr', repr(ap.Namespace(a=1, **{'b c': 2})), repr(ref.Namespace(a=1, **{'b c': 2})))
c.eq('filetype repr', repr(ap.FileType('w', encoding='utf-8')),
     repr(ref.FileType('w', encoding='utf-8')))
c.eq('action repr', repr(ap.ArgumentParser(prog='p')._actions[0]).replace('swiftpy_', ''),
     repr(ref.ArgumentParser(prog='p')._actions[0]))
for name in ref.__all__:
    c.true('has ' + name, hasattr(ap, name))
sys.exit(c.summary())
