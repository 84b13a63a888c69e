"""Complex-number geometry and signal processing with cmath: a small DFT, polygon
rotation, root finding, and the special values and errors CPython's tables give."""
import cmath
import math


def dft(xs):
    n = len(xs)
    return [sum(x * cmath.exp(-2j * cmath.pi * k * t / n) for t, x in enumerate(xs))
            for k in range(n)]


def idft(ys):
    n = len(ys)
    return [sum(y * cmath.exp(2j * cmath.pi * k * t / n) for k, y in enumerate(ys)) / n
            for t in range(n)]


signal = [math.sin(2 * math.pi * 3 * t / 16) + 0.5 * math.cos(2 * math.pi * 5 * t / 16)
          for t in range(16)]
spectrum = dft(signal)
print("spectrum peaks:", [k for k, c in enumerate(spectrum) if abs(c) > 1.0])
for k in (3, 5, 13):
    r, phi = cmath.polar(spectrum[k])
    print(k, repr(round(r, 9)), repr(round(phi, 9)))
back = idft(spectrum)
print("roundtrip close:", all(cmath.isclose(a, b, abs_tol=1e-12) for a, b in zip(back, signal)))

# Rotate a square about its centre by 30 degrees and report the exact reprs.
square = [complex(1, 1), complex(3, 1), complex(3, 3), complex(1, 3)]
centre = sum(square) / len(square)
turn = cmath.rect(1.0, math.radians(30))
print("rotated:", [repr((p - centre) * turn + centre) for p in square])
print("phases:", [repr(cmath.phase(p - centre)) for p in square])

# Roots of z**3 = 8 and of a quadratic with complex coefficients.
roots = [cmath.rect(2.0, (2 * math.pi * k) / 3) for k in range(3)]
print("cube roots:", [repr(z) for z in roots], [repr(z ** 3) for z in roots])
a, b, c = 1, complex(-3, 2), complex(1, -3)
disc = cmath.sqrt(b * b - 4 * a * c)
print("quadratic:", repr((-b + disc) / (2 * a)), repr((-b - disc) / (2 * a)))

# Every function over a grid of ordinary values (repr shows every bit).
names = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cos", "cosh", "sin", "sinh",
         "tan", "tanh", "exp", "log", "log10", "sqrt"]
grid = [complex(x, y) for x in (-2.5, -0.75, 0.0, 0.3, 1.0, 4.0)
        for y in (-1.5, -0.0, 0.0, 0.6, 2.0)]
for name in names:
    f = getattr(cmath, name)
    out = []
    for z in grid:
        try:
            out.append(repr(f(z)))
        except ValueError as e:
            out.append("ValueError:" + str(e))
    print(name, " ".join(out))

# Cancellation-prone and extreme arguments.
for z in [complex(1e-300, 1e-300), complex(1e300, 1e300), complex(1.0, 1e-20),
          complex(1e-320, -1e-320), complex(-1e308, 1e308), complex(0.99999999, 1e-9)]:
    print(repr(z), repr(cmath.sqrt(z)), repr(cmath.log(z)), repr(cmath.acos(z)),
          repr(cmath.atanh(z)), repr(cmath.asinh(z)))

# Special values: infinities, nans and signed zeros.
inf, nan = math.inf, math.nan
specials = [complex(inf, 0.0), complex(-inf, 0.0), complex(0.0, inf), complex(-0.0, -inf),
            complex(nan, 1.0), complex(1.0, nan), complex(inf, nan), complex(-inf, 2.0),
            complex(inf, -3.0), complex(-0.0, 0.0), complex(-0.0, -0.0)]
for name in names:
    f = getattr(cmath, name)
    out = []
    for z in specials:
        try:
            out.append(repr(f(z)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print(name, " ".join(out))
for r, phi in [(inf, 0.0), (inf, 1.0), (-inf, -2.0), (0.0, inf), (2.0, nan), (-0.0, 0.0),
               (nan, 0.0), (3.0, -0.0)]:
    try:
        print("rect", r, phi, repr(cmath.rect(r, phi)))
    except (ValueError, OverflowError) as e:
        print("rect", r, phi, type(e).__name__, e)

# Errors.
for expr in ["cmath.log(0)", "cmath.log(2, 1)", "cmath.log(0, 2)", "cmath.atanh(1)",
             "cmath.exp(complex(800, 1))", "cmath.cosh(complex(1000, 0.5))",
             "cmath.sqrt('x')", "cmath.sqrt(None)", "cmath.rect(1, 1j)",
             "cmath.isclose(1, 2, rel_tol=-1)", "cmath.isclose(1, 2, 3)",
             "cmath.polar(complex(1e308, 1e308))", "cmath.phase(complex(1e300, 1e-300))",
             "cmath.log10(complex(-0.0, 0.0))", "cmath.sinh(complex(710, 0))"]:
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "->", type(e).__name__, e)


# Conversions: __complex__, __float__, __index__, int, float.
class Z:
    def __complex__(self):
        return complex(0.5, -2)


class F:
    def __float__(self):
        return 2.25


class I:
    def __index__(self):
        return 9


class Bad:
    def __complex__(self):
        return 3


for arg in [Z(), F(), I(), 16, -4, 2.5, True]:
    print(type(arg).__name__, repr(cmath.sqrt(arg)), repr(cmath.exp(arg)))
try:
    cmath.sqrt(Bad())
except TypeError as e:
    print("TypeError", e)
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
print(cmath.isfinite(1 + 2j), cmath.isfinite(complex(inf, 0)), cmath.isinf(complex(nan, inf)),
      cmath.isnan(complex(nan, inf)), cmath.isclose(1 + 1j, 1 + 1.0000000001j),
      cmath.isclose(complex(inf, 1), complex(inf, 1)), cmath.isclose(1, 1.1, rel_tol=0.2))


# Subclasses: CPython reads the stored value of complex and float subclasses.
class C(complex):
    def __complex__(self):
        return 5j


class Fl(float):
    def __float__(self):
        return 7.0


class BadF:
    def __float__(self):
        return 1


for arg in [C(1, 2), Fl(4.0), 10 ** 400, BadF(), 2 ** 60]:
    try:
        print(repr(cmath.sqrt(arg)), cmath.phase(arg))
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(repr(cmath.log(C(1, 2), Fl(3.0))), repr(cmath.rect(Fl(2.0), Fl(0.5))))

# Bad calls: CPython's argument-checking messages.
calls = ["cmath.sqrt(1, 2)", "cmath.sqrt()", "cmath.sqrt(z=1)", "cmath.log()", "cmath.log(1, 2, 3)",
         "cmath.log(1, base=2)", "cmath.rect(1)", "cmath.rect(r=1, phi=2)", "cmath.phase(1, 2)",
         "cmath.polar()", "cmath.isnan(1, 2)", "cmath.isclose(1)", "cmath.isclose(1, 2, tol=3)",
         "cmath.isclose(a=1, b=2)", "cmath.isclose(1, b=2)", "cmath.isclose(1, 2, rel_tol='x')",
         "cmath.log(8, 2)", "cmath.polar(1j)", "cmath.isinf(1)"]
for expr in calls:
    try:
        print(expr, "->", repr(eval(expr)))
    except TypeError as e:
        print(expr, "-> TypeError", e)
