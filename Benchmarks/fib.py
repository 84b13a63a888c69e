# Naive recursive Fibonacci: function call overhead and small-int arithmetic.
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main(scale):
    # Each +1 in n costs about 1.6x, so scale sets the number of repetitions.
    reps = max(1, int(8 * scale))
    total = 0
    for _ in range(reps):
        total += fib(30)
    print("fib(30) x", reps, "=", total)


main(float(sys.argv[1]) if len(sys.argv) > 1 else 1.0)
