# argparse: a CLI parsed with several argv vectors; help/usage text and errors captured.
import argparse
import io
import sys
import contextlib


def run(parser, argv):
    out, err = io.StringIO(), io.StringIO()
    code = None
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            ns = parser.parse_args(argv)
        except SystemExit as e:
            code = e.code
            ns = None
    print('argv:', argv)
    if ns is not None:
        print('  ->', ns)
    if code is not None:
        print('  exit', code)
    for label, buf in (('out', out), ('err', err)):
        text = buf.getvalue()
        if text:
            print('  [%s]' % label)
            for line in text.splitlines():
                print('  |' + line)


def positiveint(s):
    v = int(s)
    if v <= 0:
        raise argparse.ArgumentTypeError('%r is not positive' % s)
    return v


p = argparse.ArgumentParser(prog='tool', description='A tool that processes files and shows '
                            'the many features of argument parsing in a long description.',
                            epilog='See the manual for more.')
p.add_argument('files', nargs='+', metavar='FILE', help='input files')
p.add_argument('-v', '--verbose', action='count', default=0, help='more output')
p.add_argument('-o', '--output', default='out.txt', help='where to write (default: %(default)s)')
p.add_argument('-n', type=int, default=3, help='number of items')
p.add_argument('--mode', choices=['fast', 'slow', 'auto'], default='auto', help='run mode')
p.add_argument('--tag', action='append', help='add a tag')
p.add_argument('--dry-run', action='store_true', help='do nothing')
p.add_argument('--no-color', dest='color', action='store_false')
p.add_argument('--level', type=positiveint, help='a positive level')
p.add_argument('--pair', nargs=2, metavar=('KEY', 'VALUE'))
p.add_argument('--opt', nargs='?', const='C', default='D')
p.add_argument('--version', action='version', version='%(prog)s 1.2')
p.add_argument('--ratio', type=float)

for argv in (['a.txt'], ['a', 'b', '-vv', '--output=x', '-n', '7'], ['-vvv', 'f', '--tag', 't1', '--tag=t2'],
             ['--mode', 'fast', 'x'], ['--mode', 'bad', 'x'], ['-n', 'abc', 'x'], [],
             ['--level', '0', 'x'], ['--level', '5', 'x', '--pair', 'k', 'v'], ['x', '--opt'],
             ['x', '--opt', 'val'], ['x', '--dry', '--no-c'], ['--version'], ['-h'],
             ['x', '--unknown', 'y'], ['x', '--pair', 'onlyone'], ['x', '-o'], ['--', '-x', '--y'],
             ['x', '-n3', '-ofile'], ['x', '--ratio', '-1.5'], ['x', '--d']):
    run(p, argv)

# sub-commands
p = argparse.ArgumentParser(prog='git')
p.add_argument('--debug', action='store_true')
sub = p.add_subparsers(dest='cmd', help='sub-command help')
c = sub.add_parser('commit', help='record changes', aliases=['ci'])
c.add_argument('-m', '--message', required=True)
c.add_argument('--amend', action='store_true')
pu = sub.add_parser('push', help='update remote')
pu.add_argument('remote', nargs='?', default='origin')
pu.add_argument('refs', nargs='*')
pu.add_argument('-f', '--force', action='store_true')
for argv in (['commit', '-m', 'hi'], ['--debug', 'ci', '--amend', '-m', 'x'], ['push'],
             ['push', 'up', 'main', 'dev', '-f'], ['commit'], ['pull'], ['-h'], ['push', '-h'],
             ['commit', '-m', 'x', 'extra'], []):
    run(p, argv)

# mutually exclusive groups and argument groups
p = argparse.ArgumentParser(prog='mx')
g = p.add_mutually_exclusive_group(required=True)
g.add_argument('--json', action='store_true', help='json output')
g.add_argument('--xml', action='store_true', help='xml output')
g2 = p.add_mutually_exclusive_group()
g2.add_argument('-q', '--quiet', action='store_true')
g2.add_argument('-l', '--loud', action='store_true')
grp = p.add_argument_group('network', 'Options for the network connection.')
grp.add_argument('--host', default='localhost')
grp.add_argument('--port', type=int, default=80)
p.add_argument('--ext', action='extend', nargs='+', type=str)
p.add_argument('--const', action='append_const', const=42, dest='consts')
p.add_argument('--feature', action=argparse.BooleanOptionalAction, default=True, help='toggle')
for argv in (['--json'], ['--xml', '-q'], ['--json', '--xml'], [], ['-q', '-l', '--json'],
             ['--json', '--host', 'h', '--port', '8080', '--ext', 'a', 'b', '--ext', 'c'],
             ['--json', '--const', '--const', '--no-feature'], ['-h'], ['--json', '--port', 'x']):
    run(p, argv)

# long usage wrapping and formatter classes
p = argparse.ArgumentParser(prog='a_rather_long_program_name',
                            formatter_class=argparse.ArgumentDefaultsHelpFormatter)
for i in range(12):
    p.add_argument('--option-number-%d' % i, metavar='VALUE%d' % i, default=i,
                   help='the option number %d which has a fairly long help text to wrap around' % i)
p.add_argument('source')
p.add_argument('destination', nargs='*')
run(p, ['-h'])
p = argparse.ArgumentParser(prog='raw', formatter_class=argparse.RawTextHelpFormatter,
                            description='line one\n  line two indented\nline three')
p.add_argument('--x', help='first\nsecond')
run(p, ['--help'])
run(p, ['--x'])

# non-exiting errors, parse_known_args, namespace api
p = argparse.ArgumentParser(prog='nx', exit_on_error=False)
p.add_argument('--n', type=int)
try:
    p.parse_args(['--n', 'x'])
except argparse.ArgumentError as e:
    print('ArgumentError:', e, '|', e.argument_name, '|', e.message)
ns, rest = p.parse_known_args(['--n', '4', 'extra', '--zz'])
print(ns, rest, 'n' in ns, ns == argparse.Namespace(n=4))
p.set_defaults(n=9, other='o')
print(p.parse_args([]), p.get_default('other'))
try:
    p.add_argument('--n')
except argparse.ArgumentError as e:
    print('conflict:', e)
try:
    p.add_argument('pos', required=True)
except TypeError as e:
    print('TypeError:', e)
print(repr(p.format_usage()))
print(p)
print(argparse.Namespace(a=1, b='x'))
parent = argparse.ArgumentParser(add_help=False)
parent.add_argument('--shared', default='s')
child = argparse.ArgumentParser(prog='child', parents=[parent])
child.add_argument('x')
print(child.parse_args(['1']))
print(child.format_help())
print(argparse.ArgumentParser(prog='i').parse_intermixed_args([]))
