# cmath: every function on finite values across the branch cuts (signs of zero), polar/rect, log with a base, classification, constants, domain/range/type errors.
import cmath, math
vals = [complex(3, 4), complex(-4, 0), complex(0, 1), complex(1e-3, -2.5), complex(-0.5, 0.25), 2, -9.0, complex(0.9, 0.1), complex(1, 0), complex(-1.5, -2.0)]
for name in ['sqrt', 'exp', 'log', 'log10', 'sin', 'cos', 'tan', 'sinh', 'cosh', 'tanh', 'asin', 'acos', 'atan', 'asinh', 'acosh', 'atanh']:
    f = getattr(cmath, name)
    out = []
    for v in vals:
        try:
            out.append(repr(f(v)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__ + ':' + str(e))
    print(name, ' '.join(out))
print(cmath.phase(complex(-1, 0)), cmath.phase(complex(-1, -0.0)), cmath.polar(complex(3, 4)), cmath.rect(2, math.pi / 2))
print(cmath.log(8, 2), cmath.log(complex(1, 1), 10), cmath.sqrt(-1), cmath.sqrt(complex(-1, -0.0)))
print(cmath.isfinite(1 + 2j), cmath.isinf(complex(math.inf, 0)), cmath.isnan(complex(0, math.nan)), cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 1.1j, rel_tol=0.2))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nanj)
for bad in [lambda: cmath.log(0), lambda: cmath.atanh(1), lambda: cmath.sqrt("4"), lambda: cmath.exp(1000)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(cmath.sqrt(25), (-6 + cmath.sqrt(6 * 6 - 4 * 5 * 1)) / 10)
