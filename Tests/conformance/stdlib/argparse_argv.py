# args: --count 3 -v alpha beta --name=swift
# argparse on the real sys.argv (prog from argv[0]); then an error that exits with status 2.
import argparse
import sys

parser = argparse.ArgumentParser(description='Echo the words given.')
parser.add_argument('words', nargs='*')
parser.add_argument('--count', type=int, default=1)
parser.add_argument('-v', action='store_true')
parser.add_argument('--name')
args = parser.parse_args()
print(args.words, args.count, args.v, args.name, parser.prog)
for i in range(args.count):
    print(' '.join(args.words))
sys.stdout.flush()
parser.parse_args(['--count', 'many'])
print('not reached')
