# Integer loops: the bare counting loop, then mixed integer arithmetic (LCG, shifts, %, //).
import sys


def count(n_iter):
    n = 0
    for _ in range(n_iter):
        n += 1
    return n


def arith(n_iter):
    # Linear congruential generator kept below 2**31, folded into a few accumulators.
    x = 12345
    acc = 0
    odd = 0
    for i in range(n_iter):
        x = (x * 1103515245 + 12345) % 2147483648
        acc ^= (x >> 7) + (i & 255)
        if x % 3 == 0:
            odd += x // 1000
        else:
            odd -= i << 2
    return x, acc, odd


def main(scale):
    n1 = int(12000000 * scale)
    n2 = int(2000000 * scale)
    print("count", count(n1))
    x, acc, odd = arith(n2)
    print("arith", x, acc, odd)


main(float(sys.argv[1]) if len(sys.argv) > 1 else 1.0)
