"""Mathematical functions for complex numbers (CPython's cmath, in Python over math).

Each function takes anything complex() accepts except strings and returns a complex. The
formulas are those of CPython's C implementation for finite arguments (same branch cuts, signs
of zero and rounding steps); infinities and NaNs follow the usual IEEE conventions.
"""

import math

__all__ = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh', 'exp',
           'isclose', 'isfinite', 'isinf', 'isnan', 'log', 'log10', 'phase', 'polar',
           'rect', 'sin', 'sinh', 'sqrt', 'tan', 'tanh',
           'e', 'inf', 'infj', 'nan', 'nanj', 'pi', 'tau']

pi = math.pi
e = math.e
tau = math.tau
inf = math.inf
nan = math.nan
infj = complex(0.0, inf)
nanj = complex(0.0, nan)

_LN2 = 0.6931471805599453094
_LN10 = 2.302585092994045684
_DBL_MAX = 1.7976931348623157e308
_DBL_MIN = 2.2250738585072014e-308
_LARGE = _DBL_MAX / 4.0
_LOG_LARGE = 708.3964185322641  # log(DBL_MAX) - log(2): cosh/sinh/exp start to overflow
_SQRT_LARGE = 1.3407807929942596e154 / 4.0


def _c(z):
    """z as a complex (TypeError for strings and non-numbers, as CPython's argument parser)."""
    if isinstance(z, complex):
        return z
    if isinstance(z, (str, bytes, bytearray)):
        raise TypeError("must be real number, not %s" % type(z).__name__)
    try:
        return complex(z)
    except TypeError:
        raise TypeError("must be real number, not %s" % type(z).__name__) from None


def _domain():
    return ValueError("math domain error")


def _range():
    return OverflowError("math range error")


def _check(re, im, *args):
    """Raise OverflowError when a finite argument gave an infinite result."""
    if (math.isinf(re) or math.isinf(im)) and all(math.isfinite(a) for a in args):
        raise _range()
    return complex(re, im)


# ---------------------------------------------------------------- classification

def isfinite(z):
    """True if both the real and imaginary parts are finite."""
    z = _c(z)
    return math.isfinite(z.real) and math.isfinite(z.imag)


def isinf(z):
    """True if either part is an infinity."""
    z = _c(z)
    return math.isinf(z.real) or math.isinf(z.imag)


def isnan(z):
    """True if either part is a NaN."""
    z = _c(z)
    return math.isnan(z.real) or math.isnan(z.imag)


def isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0):
    """Whether a and b are close: |a-b| <= max(rel_tol * max(|a|, |b|), abs_tol)."""
    a = _c(a)
    b = _c(b)
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise ValueError("tolerances must be non-negative")
    if a == b:
        return True
    if math.isinf(a.real) or math.isinf(a.imag) or math.isinf(b.real) or math.isinf(b.imag):
        return False
    diff = abs(a - b)
    return (diff <= rel_tol * abs(b)) or (diff <= rel_tol * abs(a)) or diff <= abs_tol


# ---------------------------------------------------------------- polar coordinates

def phase(z):
    """Argument of z, in [-pi, pi]."""
    z = _c(z)
    return math.atan2(z.imag, z.real)


def polar(z):
    """(modulus, phase) of z."""
    z = _c(z)
    r = abs(z)
    return r, math.atan2(z.imag, z.real)


def rect(r, phi):
    """The complex number with modulus r and phase phi."""
    r = float(r)
    phi = float(phi)
    if math.isinf(r) and math.isfinite(phi) and phi != 0.0:
        re = math.copysign(inf, math.cos(phi)) if r > 0 else -math.copysign(inf, math.cos(phi))
        im = math.copysign(inf, math.sin(phi)) if r > 0 else -math.copysign(inf, math.sin(phi))
        return complex(re, im)
    if math.isinf(phi):
        if r == 0.0:
            return complex(0.0, 0.0)
        raise _domain()
    if phi == 0.0:
        return complex(r, r * phi)
    return complex(r * math.cos(phi), r * math.sin(phi))


# ---------------------------------------------------------------- power and logarithms

def sqrt(z):
    """Principal square root (branch cut along the negative real axis)."""
    z = _c(z)
    x, y = z.real, z.imag
    if not (math.isfinite(x) and math.isfinite(y)):
        if math.isinf(y):
            return complex(inf, y)
        if math.isnan(x):
            return complex(nan, nan)
        if math.isinf(x):
            if x > 0:
                return complex(x, math.copysign(0.0, y) if math.isfinite(y) else nan)
            return complex(nan if math.isnan(y) else 0.0, math.copysign(inf, y))
        return complex(nan, nan)
    if x == 0.0 and y == 0.0:
        return complex(0.0, y)
    ax, ay = abs(x), abs(y)
    if ax < _DBL_MIN and ay < _DBL_MIN:
        ax = math.ldexp(ax, 53)
        s = math.ldexp(math.sqrt(ax + math.hypot(ax, math.ldexp(ay, 53))), -27)
    else:
        ax /= 8.0
        s = 2.0 * math.sqrt(ax + math.hypot(ax, ay / 8.0))
    d = ay / (2.0 * s)
    if x >= 0.0:
        return complex(s, math.copysign(d, y))
    return complex(d, math.copysign(s, y))


def exp(z):
    """e raised to z."""
    z = _c(z)
    x, y = z.real, z.imag
    if not (math.isfinite(x) and math.isfinite(y)):
        if math.isinf(x) and x < 0:
            return complex(0.0, 0.0) if not math.isfinite(y) else complex(0.0 * math.cos(y), 0.0 * math.sin(y))
        if math.isinf(x) and math.isfinite(y):
            if y == 0.0:
                return complex(x, y)
            return complex(math.copysign(inf, math.cos(y)), math.copysign(inf, math.sin(y)))
        if math.isnan(x) and y == 0.0:
            return complex(nan, y)
        if math.isinf(y) and math.isfinite(x):
            raise _domain()
        return complex(nan, nan)
    if x > _LOG_LARGE:
        l = math.exp(x - 1.0)
        re = l * math.cos(y) * e
        im = l * math.sin(y) * e
    else:
        l = math.exp(x)
        re = l * math.cos(y)
        im = l * math.sin(y)
    return _check(re, im, x, y)


def _log(z):
    x, y = z.real, z.imag
    ax, ay = abs(x), abs(y)
    if not (math.isfinite(x) and math.isfinite(y)):
        if math.isinf(x) or math.isinf(y):
            return complex(inf, math.atan2(y, x) if not (math.isnan(x) or math.isnan(y)) else nan)
        return complex(nan, nan)
    if ax > _LARGE or ay > _LARGE:
        re = math.log(math.hypot(ax / 2.0, ay / 2.0)) + _LN2
    elif ax < _DBL_MIN and ay < _DBL_MIN:
        if ax > 0.0 or ay > 0.0:
            re = math.log(math.hypot(math.ldexp(ax, 53), math.ldexp(ay, 53))) - 53 * _LN2
        else:
            raise _domain()
    else:
        h = math.hypot(ax, ay)
        if 0.71 <= h <= 1.73:
            am, an = (ax, ay) if ax > ay else (ay, ax)
            re = math.log1p((am - 1) * (am + 1) + an * an) / 2.0
        else:
            re = math.log(h)
    return complex(re, math.atan2(y, x))


def log(z, base=None):
    """Natural logarithm of z, or the logarithm to the given base."""
    r = _log(_c(z))
    if base is None:
        return r
    return r / _log(_c(base))


def log10(z):
    """Base-10 logarithm of z."""
    r = _log(_c(z))
    return complex(r.real / _LN10, r.imag / _LN10)


# ---------------------------------------------------------------- hyperbolic functions

def cosh(z):
    """Hyperbolic cosine of z."""
    z = _c(z)
    x, y = z.real, z.imag
    if not (math.isfinite(x) and math.isfinite(y)):
        if math.isinf(x) and math.isfinite(y) and y != 0.0:
            return complex(math.copysign(inf, math.cos(y)), math.copysign(inf, math.sin(y)) * math.copysign(1.0, x))
        if math.isinf(y) and math.isfinite(x) and x != 0.0:
            raise _domain()
        if math.isinf(x) and y == 0.0:
            return complex(inf, math.copysign(0.0, x) * y if y else y * math.copysign(1.0, x))
        if math.isinf(y) and x == 0.0:
            return complex(nan, 0.0)
        return complex(nan, nan)
    if abs(x) > _LOG_LARGE:
        x1 = x - math.copysign(1.0, x)
        re = math.cos(y) * math.cosh(x1) * e
        im = math.sin(y) * math.sinh(x1) * e
    else:
        re = math.cos(y) * math.cosh(x)
        im = math.sin(y) * math.sinh(x)
    return _check(re, im, x, y)


def sinh(z):
    """Hyperbolic sine of z."""
    z = _c(z)
    x, y = z.real, z.imag
    if not (math.isfinite(x) and math.isfinite(y)):
        if math.isinf(x) and math.isfinite(y) and y != 0.0:
            return complex(math.copysign(inf, math.cos(y)) * math.copysign(1.0, x), math.copysign(inf, math.sin(y)))
        if math.isinf(y) and math.isfinite(x) and x != 0.0:
            raise _domain()
        if math.isinf(x) and y == 0.0:
            return complex(x, y)
        return complex(nan, nan)
    if abs(x) > _LOG_LARGE:
        x1 = x - math.copysign(1.0, x)
        re = math.cos(y) * math.sinh(x1) * e
        im = math.sin(y) * math.cosh(x1) * e
    else:
        re = math.cos(y) * math.sinh(x)
        im = math.sin(y) * math.cosh(x)
    return _check(re, im, x, y)


def tanh(z):
    """Hyperbolic tangent of z."""
    z = _c(z)
    x, y = z.real, z.imag
    if not (math.isfinite(x) and math.isfinite(y)):
        if math.isinf(x) and math.isfinite(y):
            return complex(math.copysign(1.0, x), math.copysign(0.0, 2.0 * math.sin(y) * math.cos(y)))
        return complex(nan, nan)
    if abs(x) > _LOG_LARGE / 2.0 * 2.0 / 2.0 and abs(x) > 354.0:
        re = math.copysign(1.0, x)
        im = 4.0 * math.sin(y) * math.cos(y) * math.exp(-2.0 * abs(x))
        return complex(re, im)
    tx = math.tanh(x)
    ty = math.tan(y)
    cx = 1.0 / math.cosh(x)
    txty = tx * ty
    denom = 1.0 + txty * txty
    return complex(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx)


def asinh(z):
    """Inverse hyperbolic sine of z."""
    z = _c(z)
    x, y = z.real, z.imag
    if not (math.isfinite(x) and math.isfinite(y)):
        if math.isinf(x):
            return complex(x, math.copysign(0.0, y) if math.isfinite(y) else math.copysign(pi / 4, y))
        if math.isinf(y):
            return complex(math.copysign(inf, x), math.copysign(pi / 2, y))
        return complex(nan, nan)
    if abs(x) > _SQRT_LARGE or abs(y) > _SQRT_LARGE:
        if y >= 0:
            re = math.copysign(math.log(math.hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0, x)
        else:
            re = -math.copysign(math.log(math.hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0, -x)
        return complex(re, math.atan2(y, abs(x)))
    s1 = sqrt(complex(1.0 + y, -x))
    s2 = sqrt(complex(1.0 - y, x))
    re = math.asinh(s1.real * s2.imag - s2.real * s1.imag)
    im = math.atan2(y, s1.real * s2.real - s1.imag * s2.imag)
    return complex(re, im)


def acosh(z):
    """Inverse hyperbolic cosine of z."""
    z = _c(z)
    x, y = z.real, z.imag
    if not (math.isfinite(x) and math.isfinite(y)):
        if math.isinf(x) or math.isinf(y):
            im = math.atan2(y, x) if not (math.isnan(x) or math.isnan(y)) else nan
            return complex(inf, im)
        return complex(nan, nan)
    if abs(x) > _SQRT_LARGE or abs(y) > _SQRT_LARGE:
        re = math.log(math.hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0
        return complex(re, math.atan2(y, x))
    s1 = sqrt(complex(x - 1.0, y))
    s2 = sqrt(complex(x + 1.0, y))
    re = math.asinh(s1.real * s2.real + s1.imag * s2.imag)
    im = 2.0 * math.atan2(s1.imag, s2.real)
    return complex(re, im)


def atanh(z):
    """Inverse hyperbolic tangent of z."""
    z = _c(z)
    if z.real < 0.0 or (z.real == 0.0 and math.copysign(1.0, z.real) < 0):
        r = atanh(-z)
        return complex(-r.real, -r.imag)
    x, y = z.real, z.imag
    if not (math.isfinite(x) and math.isfinite(y)):
        if math.isinf(x) or math.isinf(y):
            return complex(0.0, math.copysign(pi / 2, y) if not math.isnan(y) else nan)
        return complex(nan, nan)
    ay = abs(y)
    if x > _SQRT_LARGE or ay > _SQRT_LARGE:
        h = math.hypot(x / 2.0, y / 2.0)
        re = x / 4.0 / h / h
        im = -math.copysign(pi / 2, -y)
        return complex(re, im)
    if x == 1.0 and ay < 1.4916681462400413e-154:
        if ay == 0.0:
            raise _domain()
        re = -math.log(math.sqrt(ay) / math.sqrt(math.hypot(ay, 2.0)))
        im = math.copysign(math.atan2(2.0, -ay) / 2.0, y)
        return complex(re, im)
    re = math.log1p(4.0 * x / ((1 - x) * (1 - x) + ay * ay)) / 4.0
    im = -math.atan2(-2.0 * y, (1 - x) * (1 + x) - ay * ay) / 2.0
    return complex(re, im)


# ---------------------------------------------------------------- trigonometric functions

def sin(z):
    """Sine of z (= -i sinh(iz))."""
    z = _c(z)
    r = sinh(complex(-z.imag, z.real))
    return complex(r.imag, -r.real)


def cos(z):
    """Cosine of z (= cosh(iz))."""
    z = _c(z)
    return cosh(complex(-z.imag, z.real))


def tan(z):
    """Tangent of z (= -i tanh(iz))."""
    z = _c(z)
    r = tanh(complex(-z.imag, z.real))
    return complex(r.imag, -r.real)


def asin(z):
    """Inverse sine of z (= -i asinh(iz))."""
    z = _c(z)
    r = asinh(complex(-z.imag, z.real))
    return complex(r.imag, -r.real)


def acos(z):
    """Inverse cosine of z."""
    z = _c(z)
    x, y = z.real, z.imag
    if not (math.isfinite(x) and math.isfinite(y)):
        if math.isinf(x) or math.isinf(y):
            if math.isnan(x) or math.isnan(y):
                return complex(nan, inf if math.isnan(x) else nan)
            return complex(math.atan2(abs(y), x), -math.copysign(inf, y))
        return complex(nan, nan)
    if abs(x) > _SQRT_LARGE or abs(y) > _SQRT_LARGE:
        re = math.atan2(abs(y), x)
        im = math.log(math.hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0
        return complex(re, -im if y >= 0 else im)
    s1 = sqrt(complex(1.0 - x, -y))
    s2 = sqrt(complex(1.0 + x, y))
    re = 2.0 * math.atan2(s1.real, s2.real)
    im = math.asinh(s2.real * s1.imag - s2.imag * s1.real)
    return complex(re, im)


def atan(z):
    """Inverse tangent of z (= -i atanh(iz))."""
    z = _c(z)
    r = atanh(complex(-z.imag, z.real))
    return complex(r.imag, -r.real)
