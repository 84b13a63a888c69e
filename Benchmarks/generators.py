# Generator pipelines: chained generators, yield from, generator expressions,
# and consuming builtins (sum, max, any, zip, enumerate).
import sys


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def squares(src):
    for x in src:
        yield x * x


def only_odd(src):
    for x in src:
        if x & 1:
            yield x


def chunks(src, size):
    chunk = []
    for x in src:
        chunk.append(x)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def flatten(groups):
    for g in groups:
        yield from g


def running_total(src):
    total = 0
    for x in src:
        total += x
        yield total % 1000003


def tree(depth):
    if depth == 0:
        yield 1
        return
    yield depth
    yield from tree(depth - 1)
    yield from tree(depth - 1)


def main(scale):
    n = int(2600000 * scale)
    pipeline = running_total(flatten(chunks(only_odd(squares(numbers(n))), 7)))
    last = 0
    count = 0
    for v in pipeline:
        last = v
        count += 1
    genexp = sum(x % 97 for x in range(n) if x % 3)
    pairs = sum(a * b % 13 for a, b in zip(numbers(n // 2), range(n // 2, n)))
    big = max((i * 7919) % 10007 for i, _ in enumerate(numbers(n // 3)))
    has = any(x > n * 10 for x in squares(numbers(n // 4)))
    t = sum(tree(14))
    print("pipeline", count, last)
    print("genexp", genexp, "pairs", pairs, "max", big, "any", has, "tree", t)


main(float(sys.argv[1]) if len(sys.argv) > 1 else 1.0)
