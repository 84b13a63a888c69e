# __call__ with state, callables used as keys/predicates/decorators, and callable() checks.
class Multiplier:
    def __init__(self, k):
        self.k = k
        self.calls = 0
    def __call__(self, x):
        self.calls += 1
        return x * self.k
triple = Multiplier(3)
print(list(map(triple, [1, 2, 3])), triple.calls)
print(sorted([3, -1, 2], key=Multiplier(-1)))
class Between:
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi
    def __call__(self, v):
        return self.lo <= v <= self.hi
print(list(filter(Between(2, 5), range(10))))
class Memo:
    def __init__(self, f):
        self.f = f
        self.cache = {}
    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.f(n)
        return self.cache[n]
@Memo
def slow_fib(n):
    return n if n < 2 else slow_fib(n - 1) + slow_fib(n - 2)
print(slow_fib(90), len(slow_fib.cache), type(slow_fib).__name__)
class Chain:
    def __init__(self):
        self.parts = []
    def __call__(self, part):
        self.parts.append(part)
        return self
print(Chain()("a")("b")("c").parts)
print(callable(Multiplier), callable(triple), callable(Between), callable(42), callable("s"))
class Static:
    __call__ = staticmethod(lambda *a: ("static call", a))
print(Static()(1, 2))
class KwCall:
    def __call__(self, *, key):
        return key
try:
    KwCall()("positional")
except TypeError as e:
    print("TypeError:", e)
print(KwCall()(key="ok"))
class Returner:
    def __call__(self):
        return self
r = Returner()
print(r()()() is r)
