"""Mathematical functions for complex numbers (CPython 3.11's cmath, in Python).

The algorithms follow CPython's Modules/cmathmodule.c: scaled formulas avoid
overflow and cancellation, so results agree to the last bit given the same libm.
Non-finite arguments are answered from the tables in _cmath_special.
"""
import math as _m
from _cmath_special import TABLES as _TABLES

__all__ = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh', 'e',
           'exp', 'inf', 'infj', 'isclose', 'isfinite', 'isinf', 'isnan', 'log',
           'log10', 'nan', 'nanj', 'phase', 'pi', 'polar', 'rect', 'sin', 'sinh',
           'sqrt', 'tan', 'tanh', 'tau']

pi = _m.pi
e = _m.e
tau = _m.tau
inf = _m.inf
infj = complex(0.0, inf)
nan = _m.nan
nanj = complex(0.0, nan)

_INF = _m.inf
_DBL_MAX = 1.7976931348623157e308
_DBL_MIN = 2.2250738585072014e-308
_DBL_MANT_DIG = 53
_LARGE = _DBL_MAX / 4.0
_SQRT_LARGE = _m.sqrt(_LARGE)
_LOG_LARGE = _m.log(_LARGE)
_SQRT_DBL_MIN = _m.sqrt(_DBL_MIN)
_SCALE_UP = 2 * (_DBL_MANT_DIG // 2) + 1
_SCALE_DOWN = -(_SCALE_UP + 1) // 2
_LN2 = 0.6931471805599453094
_LN10 = 2.302585092994045684

_isfinite = _m.isfinite
_isinf = _m.isinf
_isnan = _m.isnan
_copysign = _m.copysign
_atan2 = _m.atan2


# CPython's cmath calls the C library's hypot, whose rounding can differ in the last bit from
# math.hypot's; SwiftPy's math module exposes it privately.
_hypot = getattr(_m, '_c_hypot', _m.hypot)
_log = _m.log
_fabs = _m.fabs


class _MathError(Exception):
    """Internal: carries the exception class a C errno would map to."""


def _decode(text):
    def one(s):
        if s == 'N':
            return nan
        if s == 'I':
            return _INF
        if s == '-I':
            return -_INF
        return float(s)
    re_, im_ = text.split()
    return (one(re_), one(im_))


def _build(name):
    table = []
    for row in _TABLES[name]:
        out = []
        for cell in row:
            if cell is None:
                out.append(None)
            elif cell[0] == '!':
                out.append(ValueError if cell == '!ValueError' else OverflowError)
            else:
                out.append(_decode(cell))
        table.append(out)
    return table

_SPECIAL = {name: _build(name) for name in _TABLES}
del _build


def _kind(d):
    """CPython's special_type: 0 -inf, 1 neg, 2 -0., 3 +0., 4 pos, 5 +inf, 6 nan."""
    if _isfinite(d):
        positive = _copysign(1.0, d) == 1.0
        if d != 0:
            return 4 if positive else 1
        return 3 if positive else 2
    if _isnan(d):
        return 6
    return 5 if d > 0 else 0


def _special(name, x, y):
    entry = _SPECIAL[name][_kind(x)][_kind(y)]
    if entry is ValueError or entry is OverflowError:
        raise _MathError(entry)
    return entry


def _to_complex(z):
    """The conversion CPython's "D" format does: complex, __complex__, then float."""
    if isinstance(z, complex):
        # CPython reads the stored value, even of a subclass overriding __complex__.
        return complex.__complex__(z).real, complex.__complex__(z).imag
    meth = getattr(type(z), '__complex__', None)
    if meth is not None:
        r = meth(z)
        if not isinstance(r, complex):
            raise TypeError('__complex__ returned non-complex (type %s)' % type(r).__name__)
        return r.real, r.imag
    return _to_float(z), 0.0


def _to_float(x):
    if isinstance(x, float):
        return float.__float__(x)      # the stored value, as CPython reads it
    if (getattr(type(x), '__float__', None) is None
            and getattr(type(x), '__index__', None) is None):
        raise TypeError('must be real number, not %s' % type(x).__name__)
    return float(x)


def _cosh(x):
    try:
        return _m.cosh(x)
    except OverflowError:
        return _INF


def _sinh(x):
    try:
        return _m.sinh(x)
    except OverflowError:
        return _copysign(_INF, x)


def _exp(x):
    try:
        return _m.exp(x)
    except OverflowError:
        return _INF


def _log1p(x):
    # CPython's m_log1p keeps the sign of a zero argument.
    if x == 0.0:
        return x
    return _m.log1p(x)


# Each _c_* takes and returns (real, imag) pairs; failures raise _MathError.

def _c_sqrt(x, y):
    if not (_isfinite(x) and _isfinite(y)):
        return _special('sqrt', x, y)
    if x == 0.0 and y == 0.0:
        return (0.0, y)
    ax = _fabs(x)
    ay = _fabs(y)
    if ax < _DBL_MIN and ay < _DBL_MIN:
        ax = _m.ldexp(ax, _SCALE_UP)
        s = _m.ldexp(_m.sqrt(ax + _hypot(ax, _m.ldexp(ay, _SCALE_UP))), _SCALE_DOWN)
    else:
        ax /= 8.0
        s = 2.0 * _m.sqrt(ax + _hypot(ax, ay / 8.0))
    d = ay / (2.0 * s)
    if x >= 0.0:
        return (s, _copysign(d, y))
    return (d, _copysign(s, y))


def _c_acos(x, y):
    if not (_isfinite(x) and _isfinite(y)):
        return _special('acos', x, y)
    if _fabs(x) > _LARGE or _fabs(y) > _LARGE:
        re_ = _atan2(_fabs(y), x)
        im_ = -_copysign(_log(_hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0, y)
        return (re_, im_)
    s1r, s1i = _c_sqrt(1.0 - x, -y)
    s2r, s2i = _c_sqrt(1.0 + x, y)
    return (2.0 * _atan2(s1r, s2r), _m.asinh(s2r * s1i - s2i * s1r))


def _c_acosh(x, y):
    if not (_isfinite(x) and _isfinite(y)):
        return _special('acosh', x, y)
    if _fabs(x) > _LARGE or _fabs(y) > _LARGE:
        return (_log(_hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0, _atan2(y, x))
    s1r, s1i = _c_sqrt(x - 1.0, y)
    s2r, s2i = _c_sqrt(x + 1.0, y)
    return (_m.asinh(s1r * s2r + s1i * s2i), 2.0 * _atan2(s1i, s2r))


def _c_asinh(x, y):
    if not (_isfinite(x) and _isfinite(y)):
        return _special('asinh', x, y)
    if _fabs(x) > _LARGE or _fabs(y) > _LARGE:
        big = _log(_hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0
        if y >= 0.0:
            re_ = _copysign(big, x)
        else:
            re_ = -_copysign(big, -x)
        return (re_, _atan2(y, _fabs(x)))
    s1r, s1i = _c_sqrt(1.0 + y, -x)
    s2r, s2i = _c_sqrt(1.0 - y, x)
    return (_m.asinh(s1r * s2i - s2r * s1i), _atan2(y, s1r * s2r - s1i * s2i))


def _c_asin(x, y):
    r, i = _c_asinh(-y, x)
    return (i, -r)


def _c_atanh(x, y):
    if not (_isfinite(x) and _isfinite(y)):
        return _special('atanh', x, y)
    if x < 0.0:
        r, i = _c_atanh(-x, -y)
        return (-r, -i)
    ay = _fabs(y)
    if x > _SQRT_LARGE or ay > _SQRT_LARGE:
        h = _hypot(x / 2.0, y / 2.0)
        return (x / 4.0 / h / h, _copysign(pi / 2.0, y))
    if x == 1.0 and ay < _SQRT_DBL_MIN:
        if ay == 0.0:
            raise _MathError(ValueError)
        return (-_log(_m.sqrt(ay) / _m.sqrt(_hypot(ay, 2.0))),
                _copysign(_atan2(2.0, -ay) / 2, y))
    re_ = _log1p(4.0 * x / ((1 - x) * (1 - x) + ay * ay)) / 4.0
    im_ = -_atan2(-2.0 * y, (1 - x) * (1 + x) - ay * ay) / 2.0
    return (re_, im_)


def _c_atan(x, y):
    r, i = _c_atanh(-y, x)
    return (i, -r)


def _overflow_check(r):
    if _isinf(r[0]) or _isinf(r[1]):
        raise _MathError(OverflowError)
    return r


def _c_cosh(x, y):
    if not (_isfinite(x) and _isfinite(y)):
        if _isinf(x) and _isfinite(y) and y != 0.0:
            if x > 0:
                return (_copysign(_INF, _m.cos(y)), _copysign(_INF, _m.sin(y)))
            return (_copysign(_INF, _m.cos(y)), -_copysign(_INF, _m.sin(y)))
        return _special('cosh', x, y)
    if _fabs(x) > _LOG_LARGE:
        x1 = x - _copysign(1.0, x)
        r = (_m.cos(y) * _cosh(x1) * e, _m.sin(y) * _sinh(x1) * e)
    else:
        r = (_m.cos(y) * _cosh(x), _m.sin(y) * _sinh(x))
    return _overflow_check(r)


def _c_cos(x, y):
    return _c_cosh(-y, x)


def _c_sinh(x, y):
    if not (_isfinite(x) and _isfinite(y)):
        if _isinf(x) and _isfinite(y) and y != 0.0:
            if x > 0:
                return (_copysign(_INF, _m.cos(y)), _copysign(_INF, _m.sin(y)))
            return (-_copysign(_INF, _m.cos(y)), _copysign(_INF, _m.sin(y)))
        return _special('sinh', x, y)
    if _fabs(x) > _LOG_LARGE:
        x1 = x - _copysign(1.0, x)
        r = (_m.cos(y) * _sinh(x1) * e, _m.sin(y) * _cosh(x1) * e)
    else:
        r = (_m.cos(y) * _sinh(x), _m.sin(y) * _cosh(x))
    return _overflow_check(r)


def _c_sin(x, y):
    r, i = _c_sinh(-y, x)
    return (i, -r)


def _c_tanh(x, y):
    if not (_isfinite(x) and _isfinite(y)):
        if _isinf(x) and _isfinite(y) and y != 0.0:
            sign = 2.0 * _m.sin(y) * _m.cos(y)
            return (1.0 if x > 0 else -1.0, _copysign(0.0, sign))
        return _special('tanh', x, y)
    if _fabs(x) > _LOG_LARGE:
        return (_copysign(1.0, x), 4.0 * _m.sin(y) * _m.cos(y) * _exp(-2.0 * _fabs(x)))
    tx = _m.tanh(x)
    ty = _m.tan(y)
    cx = 1.0 / _cosh(x)
    txty = tx * ty
    denom = 1.0 + txty * txty
    return (tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx)


def _c_tan(x, y):
    r, i = _c_tanh(-y, x)
    return (i, -r)


def _c_exp(x, y):
    if not (_isfinite(x) and _isfinite(y)):
        if _isinf(x) and _isfinite(y) and y != 0.0:
            if x > 0:
                return (_copysign(_INF, _m.cos(y)), _copysign(_INF, _m.sin(y)))
            return (_copysign(0.0, _m.cos(y)), _copysign(0.0, _m.sin(y)))
        return _special('exp', x, y)
    if x > _LOG_LARGE:
        l = _exp(x - 1.0)
        r = (l * _m.cos(y) * e, l * _m.sin(y) * e)
    else:
        l = _exp(x)
        r = (l * _m.cos(y), l * _m.sin(y))
    return _overflow_check(r)


def _c_log(x, y):
    """Returns ((real, imag), error class or None): log(0) gives -inf and an error."""
    if not (_isfinite(x) and _isfinite(y)):
        return _special('log', x, y), None
    ax = _fabs(x)
    ay = _fabs(y)
    if ax > _LARGE or ay > _LARGE:
        re_ = _log(_hypot(ax / 2.0, ay / 2.0)) + _LN2
    elif ax < _DBL_MIN and ay < _DBL_MIN:
        if ax > 0.0 or ay > 0.0:
            re_ = (_log(_hypot(_m.ldexp(ax, _DBL_MANT_DIG), _m.ldexp(ay, _DBL_MANT_DIG)))
                   - _DBL_MANT_DIG * _LN2)
        else:
            return (-_INF, _atan2(y, x)), ValueError
    else:
        h = _hypot(ax, ay)
        if 0.71 <= h <= 1.73:
            am = ax if ax > ay else ay
            an = ay if ax > ay else ax
            re_ = _log1p((am - 1) * (am + 1) + an * an) / 2.0
        else:
            re_ = _log(h)
    return (re_, _atan2(y, x)), None


def _c_log10(x, y):
    (r, i), err = _c_log(x, y)
    if err is not None:
        raise _MathError(err)
    return (r / _LN10, i / _LN10)


def _c_quot(a, b):
    """CPython's _Py_c_quot (Smith's method); a zero divisor is a domain error."""
    ar, ai = a
    br, bi = b
    abs_br = _fabs(br)
    abs_bi = _fabs(bi)
    if abs_br >= abs_bi:
        if abs_br == 0.0:
            raise _MathError(ValueError)
        ratio = bi / br
        denom = br + bi * ratio
        return ((ar + ai * ratio) / denom, (ai - ar * ratio) / denom)
    if abs_bi >= abs_br:
        ratio = br / bi
        denom = br * ratio + bi
        return ((ar * ratio + ai) / denom, (ai * ratio - ar) / denom)
    return (nan, nan)


def _raise(cls):
    if cls is ValueError:
        raise ValueError('math domain error') from None
    raise OverflowError('math range error') from None


def _one_arg(name, args, kwargs):
    """The single positional argument, with CPython's messages for bad calls."""
    if kwargs:
        raise TypeError('cmath.%s() takes no keyword arguments' % name)
    if len(args) != 1:
        raise TypeError('cmath.%s() takes exactly one argument (%d given)' % (name, len(args)))
    return args[0]


def _wrap(name, impl, doc):
    def func(*args, **kwargs):
        x, y = _to_complex(_one_arg(name, args, kwargs))
        try:
            r, i = impl(x, y)
        except _MathError as exc:
            _raise(exc.args[0])
        return complex(r, i)
    func.__name__ = func.__qualname__ = name
    func.__doc__ = doc
    return func


acos = _wrap('acos', _c_acos, 'Return the arc cosine of z.')
acosh = _wrap('acosh', _c_acosh, 'Return the inverse hyperbolic cosine of z.')
asin = _wrap('asin', _c_asin, 'Return the arc sine of z.')
asinh = _wrap('asinh', _c_asinh, 'Return the inverse hyperbolic sine of z.')
atan = _wrap('atan', _c_atan, 'Return the arc tangent of z.')
atanh = _wrap('atanh', _c_atanh, 'Return the inverse hyperbolic tangent of z.')
cos = _wrap('cos', _c_cos, 'Return the cosine of z.')
cosh = _wrap('cosh', _c_cosh, 'Return the hyperbolic cosine of z.')
sin = _wrap('sin', _c_sin, 'Return the sine of z.')
sinh = _wrap('sinh', _c_sinh, 'Return the hyperbolic sine of z.')
tan = _wrap('tan', _c_tan, 'Return the tangent of z.')
tanh = _wrap('tanh', _c_tanh, 'Return the hyperbolic tangent of z.')
exp = _wrap('exp', _c_exp, 'Return the exponential value e**z.')
sqrt = _wrap('sqrt', _c_sqrt, 'Return the square root of z.')
log10 = _wrap('log10', _c_log10, 'Return the base-10 logarithm of z.')


def log(*args, **kwargs):
    """log(z[, base]) -> the logarithm of z to the given base.

    If the base is not specified, returns the natural logarithm (base e) of z."""
    if kwargs:
        raise TypeError('cmath.log() takes no keyword arguments')
    if not args:
        raise TypeError('log expected at least 1 argument, got 0')
    if len(args) > 2:
        raise TypeError('log expected at most 2 arguments, got %d' % len(args))
    x = args[0]
    base = args[1] if len(args) == 2 else None
    r, err = _c_log(*_to_complex(x))
    if base is not None:
        b, err = _c_log(*_to_complex(base))
        try:
            r = _c_quot(r, b)
        except _MathError as exc:
            err = exc.args[0]
    if err is not None:
        _raise(err)
    return complex(r[0], r[1])


def _phase(x, y):
    # The C library's atan2 reports a range error when a non-zero y/x underflows.
    phi = _atan2(y, x)
    if phi == 0.0 and y != 0.0 and _isfinite(x):
        raise OverflowError('math range error')
    return phi


def phase(*args, **kwargs):
    """Return argument, also known as the phase angle, of a complex."""
    z = _one_arg('phase', args, kwargs)
    x, y = _to_complex(z)
    return _phase(x, y)


def polar(*args, **kwargs):
    """Convert a complex from rectangular coordinates to polar coordinates."""
    z = _one_arg('polar', args, kwargs)
    x, y = _to_complex(z)
    phi = _atan2(y, x)        # abs resets the C errno, so no underflow error here
    return (_abs(x, y), phi)


def _abs(x, y, strict=True):
    # CPython's _Py_c_abs: an infinite part wins over a nan; overflow of finite
    # parts is an error where strict.
    if not (_isfinite(x) and _isfinite(y)):
        if _isinf(x):
            return _fabs(x)
        if _isinf(y):
            return _fabs(y)
        return nan
    r = _hypot(x, y)
    if strict and _isinf(r):
        raise OverflowError('math range error')
    return r


def rect(*args, **kwargs):
    """Convert from polar coordinates to rectangular coordinates."""
    if kwargs:
        raise TypeError('cmath.rect() takes no keyword arguments')
    if len(args) != 2:
        raise TypeError('rect expected 2 arguments, got %d' % len(args))
    r, phi = args
    r = _to_float(r)
    phi = _to_float(phi)
    if not (_isfinite(r) and _isfinite(phi)):
        if _isinf(r) and _isfinite(phi) and phi != 0.0:
            if r > 0:
                return complex(_copysign(_INF, _m.cos(phi)), _copysign(_INF, _m.sin(phi)))
            return complex(-_copysign(_INF, _m.cos(phi)), -_copysign(_INF, _m.sin(phi)))
        try:
            x, y = _special('rect', r, phi)
        except _MathError as exc:
            _raise(exc.args[0])
        return complex(x, y)
    if phi == 0.0:
        return complex(r, r * phi)
    return complex(r * _m.cos(phi), r * _m.sin(phi))


def isfinite(*args, **kwargs):
    """Return True if both the real and imaginary parts of z are finite, else False."""
    z = _one_arg('isfinite', args, kwargs)
    x, y = _to_complex(z)
    return _isfinite(x) and _isfinite(y)


def isnan(*args, **kwargs):
    """Checks if the real or imaginary part of z not a number (NaN)."""
    z = _one_arg('isnan', args, kwargs)
    x, y = _to_complex(z)
    return _isnan(x) or _isnan(y)


def isinf(*args, **kwargs):
    """Checks if the real or imaginary part of z is infinite."""
    z = _one_arg('isinf', args, kwargs)
    x, y = _to_complex(z)
    return _isinf(x) or _isinf(y)


def isclose(*args, **kwargs):
    """Determine whether two complex numbers are close in value."""
    if len(args) > 2:
        raise TypeError('isclose() takes exactly 2 positional arguments (%d given)' % len(args))
    params = dict(zip(('a', 'b'), args))
    for key, value in kwargs.items():
        if key not in ('a', 'b', 'rel_tol', 'abs_tol'):
            raise TypeError("'%s' is an invalid keyword argument for isclose()" % key)
        if key in params:
            raise TypeError("argument for isclose() given by name ('%s') and position (%d)"
                            % (key, 1 if key == 'a' else 2))
        params[key] = value
    for pos, key in enumerate(('a', 'b'), 1):
        if key not in params:
            raise TypeError("isclose() missing required argument '%s' (pos %d)" % (key, pos))
    a, b = params['a'], params['b']
    rel_tol = params.get('rel_tol', 1e-09)
    abs_tol = params.get('abs_tol', 0.0)
    ar, ai = _to_complex(a)
    br, bi = _to_complex(b)
    rel_tol = _to_float(rel_tol)
    abs_tol = _to_float(abs_tol)
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise ValueError('tolerances must be non-negative')
    if ar == br and ai == bi:
        return True
    if _isinf(ar) or _isinf(ai) or _isinf(br) or _isinf(bi):
        return False
    diff = _abs(ar - br, ai - bi, False)
    return (diff <= rel_tol * _abs(br, bi, False) or diff <= rel_tol * _abs(ar, ai, False)
            or diff <= abs_tol)
