# Memoization without functools: dict caches, closure decorators, per-instance caches.
def memoize(f):
    cache = {}
    def wrapper(*args):
        if args not in cache:
            cache[args] = f(*args)
        return cache[args]
    wrapper.cache = cache
    return wrapper
calls = 0
@memoize
def fib(n):
    global calls
    calls += 1
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), calls, len(fib.cache))
print(fib(80), calls)
@memoize
def binom(n, k):
    if k == 0 or k == n:
        return 1
    return binom(n - 1, k - 1) + binom(n - 1, k)
print(binom(50, 25), len(binom.cache))
def lcs(a, b):
    memo = {}
    def go(i, j):
        if i == len(a) or j == len(b):
            return 0
        if (i, j) in memo:
            return memo[(i, j)]
        if a[i] == b[j]:
            r = 1 + go(i + 1, j + 1)
        else:
            r = max(go(i + 1, j), go(i, j + 1))
        memo[(i, j)] = r
        return r
    return go(0, 0)
print(lcs("AGGTAB", "GXTXAYB"), lcs("abcdef", "acf"), lcs("", "x"))
class Squares:
    def __init__(self):
        self._cache = {}
        self.misses = 0
    def get(self, n):
        try:
            return self._cache[n]
        except KeyError:
            self.misses += 1
            self._cache[n] = n * n
            return self._cache[n]
s = Squares()
print([s.get(i % 4) for i in range(10)], s.misses)
def coin_ways(amount, coins):
    ways = [1] + [0] * amount
    for c in coins:
        for a in range(c, amount + 1):
            ways[a] += ways[a - c]
    return ways[amount]
print(coin_ways(100, [1, 5, 10, 25, 50]))
def collatz_len(n, cache={1: 1}):
    if n not in cache:
        cache[n] = 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)
    return cache[n]
print(max(range(1, 3000), key=collatz_len), collatz_len(27))
