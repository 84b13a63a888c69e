# abs, divmod, pow, round across int, float, bool, complex and user types.
print(abs(-3), abs(3), abs(-0), abs(-2.5), abs(-0.0), abs(True), abs(-10 ** 30), abs(3 - 4j))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5), divmod(-0.5, 0.25), divmod(10 ** 20, 7))
print(pow(3, 4), pow(3, -1), pow(3, 4, 5), pow(-3, 3, 5), pow(2.0, 0.5), pow(0, 0), pow(1.5, 2))
print(round(3.14159), round(3.14159, 3), round(-2.5), round(2.5), round(1234, -2), round(0.5 + 1e-16))
class Num:
    def __abs__(self):
        return "abs!"
    def __divmod__(self, o):
        return ("divmod", o)
    def __rdivmod__(self, o):
        return ("rdivmod", o)
    def __pow__(self, e, mod=None):
        return ("pow", e, mod)
    def __rpow__(self, b):
        return ("rpow", b)
    def __round__(self, n=None):
        return ("round", n)
n = Num()
print(abs(n), divmod(n, 3), divmod(3, n), pow(n, 2), pow(n, 2, 7), pow(2, n), 2 ** n, round(n), round(n, 1))
for fn, args in [(abs, ("x",)), (divmod, (1, 0)), (divmod, ("a", 1)), (pow, (2, "x")), (round, (None,)),
                 (pow, (2, 3, 0)), (abs, ()), (divmod, (1,))]:
    try:
        fn(*args)
    except (TypeError, ZeroDivisionError, ValueError) as e:
        print(fn.__name__, type(e).__name__ + ":", e)
print(pow(base=2, exp=5), pow(2, exp=3, mod=5), round(number=2.675, ndigits=2))
print(type(abs(-1)).__name__, type(abs(-1.0)).__name__, type(abs(1j)).__name__, type(divmod(1, 2.0)[0]).__name__)
