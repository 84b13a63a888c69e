"""Decimal fixed and floating point arithmetic (General Decimal Arithmetic).

SwiftPy's own implementation, written from CPython 3.11's documentation and
the General Decimal Arithmetic specification.  Observable behaviour follows
CPython's C module (_decimal): exception texts list the trapped conditions,
Context reprs list signals in libmpdec's order.

Representation: a Decimal holds _sign (0/1), _int (the coefficient as a
Python int; for NaNs the payload, 0 when none), _exp (an int, or 'n' for NaN,
'N' for sNaN, 'F' for Infinity) and _is_special.  Every operation computes an
exact or sticky intermediate result and rounds it once in _finalize, which
returns the result and a status bit set; Context._apply sets the flags and
raises the first trapped signal.
"""

import math as _math
import numbers as _numbers
import sys as _sys
import contextvars as _contextvars
from collections import namedtuple as _namedtuple

__all__ = [
    'Decimal', 'Context', 'DecimalTuple',
    'DefaultContext', 'BasicContext', 'ExtendedContext',
    'DecimalException', 'Clamped', 'InvalidOperation', 'DivisionByZero',
    'Inexact', 'Rounded', 'Subnormal', 'Overflow', 'Underflow',
    'FloatOperation',
    'DivisionImpossible', 'InvalidContext', 'ConversionSyntax', 'DivisionUndefined',
    'ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN', 'ROUND_CEILING',
    'ROUND_FLOOR', 'ROUND_UP', 'ROUND_HALF_DOWN', 'ROUND_05UP',
    'setcontext', 'getcontext', 'localcontext',
    'MAX_PREC', 'MAX_EMAX', 'MIN_EMIN', 'MIN_ETINY',
    'HAVE_THREADS', 'HAVE_CONTEXTVAR',
]

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP,
              ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP)


# ---------------------------------------------------------------- signals

class DecimalException(ArithmeticError):
    """Base class for the decimal signals."""


class Clamped(DecimalException):
    """Exponent of a 0 changed to fit bounds."""


class InvalidOperation(DecimalException):
    """An invalid operation was performed."""


class ConversionSyntax(InvalidOperation):
    """Trying to convert a badly formed string."""


class DivisionByZero(DecimalException, ZeroDivisionError):
    """Division by 0."""


class DivisionImpossible(InvalidOperation):
    """Integer division result has too many digits."""


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    """Undefined result of division (0 / 0)."""


class Inexact(DecimalException):
    """Had to round, losing information."""


class InvalidContext(InvalidOperation):
    """Invalid context."""


class Rounded(DecimalException):
    """Number got rounded (not necessarily changed during rounding)."""


class Subnormal(DecimalException):
    """Exponent < Emin before rounding."""


class Overflow(Inexact, Rounded):
    """Numerical overflow."""


class Underflow(Inexact, Rounded, Subnormal):
    """Numerical underflow with result rounded to 0."""


class FloatOperation(DecimalException, TypeError):
    """Mixing of floats and Decimals."""


# Condition bits, in libmpdec's order (Context reprs list flags in it).
_CLAMPED = 1 << 0
_CONV_SYNTAX = 1 << 1
_DIV_BY_ZERO = 1 << 2
_DIV_IMPOSSIBLE = 1 << 3
_DIV_UNDEFINED = 1 << 4
_INEXACT = 1 << 6
_INVALID_CONTEXT = 1 << 7
_INVALID = 1 << 8
_FLOAT_OP = 1 << 10
_OVERFLOW = 1 << 11
_ROUNDED = 1 << 12
_SUBNORMAL = 1 << 13
_UNDERFLOW = 1 << 14
_IEEE_INVALID = (_CONV_SYNTAX | _DIV_IMPOSSIBLE | _DIV_UNDEFINED |
                 _INVALID_CONTEXT | _INVALID | (1 << 5) | (1 << 9))

# signal -> bits, in _decimal's signal order (first trapped one is raised)
_SIGNALS = ((InvalidOperation, _IEEE_INVALID), (FloatOperation, _FLOAT_OP),
            (DivisionByZero, _DIV_BY_ZERO), (Overflow, _OVERFLOW),
            (Underflow, _UNDERFLOW), (Subnormal, _SUBNORMAL),
            (Inexact, _INEXACT), (Rounded, _ROUNDED), (Clamped, _CLAMPED))
_SIGNAL_BITS = dict(_SIGNALS)
# conditions listed in exception messages, in _decimal's order
_CONDITIONS = ((InvalidOperation, _INVALID), (ConversionSyntax, _CONV_SYNTAX),
               (DivisionImpossible, _DIV_IMPOSSIBLE),
               (DivisionUndefined, _DIV_UNDEFINED),
               (InvalidContext, _INVALID_CONTEXT)) + _SIGNALS[1:]
# names in repr order (libmpdec bit order; the invalid group printed once)
_REPR_ORDER = (('Clamped', _CLAMPED), ('InvalidOperation', _IEEE_INVALID),
               ('DivisionByZero', _DIV_BY_ZERO), ('Inexact', _INEXACT),
               ('FloatOperation', _FLOAT_OP), ('Overflow', _OVERFLOW),
               ('Rounded', _ROUNDED), ('Subnormal', _SUBNORMAL),
               ('Underflow', _UNDERFLOW))


def _bits_repr(bits):
    """'[Name, ...]' of a bit set, the invalid group at its lowest bit."""
    names = []
    for i in range(15):
        b = 1 << i
        if bits & b:
            if b & _IEEE_INVALID:
                if 'InvalidOperation' not in names:
                    names.append('InvalidOperation')
            else:
                names.extend(n for n, nb in _REPR_ORDER if nb == b)
    return '[' + ', '.join(names) + ']'


DecimalTuple = _namedtuple('DecimalTuple', 'sign digits exponent', module='decimal')


# ---------------------------------------------------------------- helpers

_STR_LIMIT = 10 ** 4000     # str() of ints may be capped at 4300 digits


def _ndigits(n):
    """Number of decimal digits of n >= 0 (1 for 0)."""
    if n < _STR_LIMIT:
        return len(str(n))
    d = (n.bit_length() - 1) * 30103 // 100000   # 10**d <= n, or d one short
    return d + 1 if n >= 10 ** (d + 1) else d


def _new(sign, coef, exp, cls=None):
    d = object.__new__(cls or Decimal)
    d._sign = sign
    d._int = coef
    d._exp = exp
    d._is_special = exp.__class__ is str
    return d


def _round_coef(sign, coef, drop, rounding):
    """Drop `drop` > 0 trailing digits of coef under rounding.
    Returns (new coefficient, inexact)."""
    p = 10 ** drop
    q, r = divmod(coef, p)
    if r == 0:
        return q, False
    if rounding == ROUND_HALF_EVEN:
        half = p // 2
        up = r > half or (r == half and q & 1)
    elif rounding == ROUND_HALF_UP:
        up = r >= p // 2
    elif rounding == ROUND_HALF_DOWN:
        up = r > p // 2
    elif rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_CEILING:
        up = not sign
    elif rounding == ROUND_FLOOR:
        up = bool(sign)
    else:  # ROUND_05UP
        up = q % 5 == 0
    return q + 1 if up else q, True


def _overflow_result(sign, ctx):
    r = ctx.rounding
    if (r in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP) or
            (r == ROUND_CEILING and not sign) or (r == ROUND_FLOOR and sign)):
        return _new(sign, 0, 'F')
    return _new(sign, 10 ** ctx.prec - 1, ctx.Emax - ctx.prec + 1)


def _finalize(sign, coef, exp, ctx, status=0, rounding=None):
    """Round sign*coef*10**exp into ctx.  Returns (Decimal, status)."""
    prec = ctx.prec
    emax = ctx.Emax
    etiny = ctx.Emin - prec + 1
    etop = emax - prec + 1
    if coef == 0:
        new_exp = min(max(exp, etiny), etop if ctx.clamp else emax)
        if new_exp != exp:
            status |= _CLAMPED
        return _new(sign, 0, new_exp), status
    n = _ndigits(coef)
    exp_min = exp + n - prec
    if exp_min > etop:
        return _overflow_result(sign, ctx), status | _OVERFLOW | _INEXACT | _ROUNDED
    subnormal = exp_min < etiny
    if subnormal:
        exp_min = etiny
    if exp < exp_min:
        coef, inexact = _round_coef(sign, coef, exp_min - exp, rounding or ctx.rounding)
        if _ndigits(coef) > prec:
            coef //= 10
            exp_min += 1
        if exp_min > etop:
            return (_overflow_result(sign, ctx),
                    status | _OVERFLOW | _INEXACT | _ROUNDED)
        if subnormal:
            status |= _SUBNORMAL
            if inexact:
                status |= _UNDERFLOW
        if inexact:
            status |= _INEXACT
        status |= _ROUNDED
        if coef == 0:
            status |= _CLAMPED
        return _new(sign, coef, exp_min), status
    if subnormal:
        status |= _SUBNORMAL
    if ctx.clamp and exp > etop:
        coef *= 10 ** (exp - etop)
        exp = etop
        status |= _CLAMPED
    return _new(sign, coef, exp), status


def _fix_nan(d, ctx):
    """Quiet NaN with payload cut to fit ctx."""
    room = ctx.prec - ctx.clamp
    payload = d._int
    if _ndigits(payload) > room:
        payload %= 10 ** room
    return _new(d._sign, payload, 'n')


def _check_nans(a, b, ctx):
    """NaN result of an operation on a (and b), or None."""
    if a._exp == 'N':
        return _fix_nan(a, ctx), _INVALID
    if b is not None and b._exp == 'N':
        return _fix_nan(b, ctx), _INVALID
    if a._exp == 'n':
        return _fix_nan(a, ctx), 0
    if b is not None and b._exp == 'n':
        return _fix_nan(b, ctx), 0
    return None


def _nan():
    return _new(0, 0, 'n')


def _invalid(cond=_INVALID):
    return _new(0, 0, 'n'), cond


def _is_nan(d):
    return d._exp == 'n' or d._exp == 'N'


def _is_inf(d):
    return d._exp == 'F'


def _adjusted(d):
    return d._exp + _ndigits(d._int) - 1


def _ascii_digits(s):
    if s.isascii():
        return s
    out = []
    for ch in s:
        if ch.isdecimal():
            out.append(str(int(ch)))
        elif ch.isspace() or ord(ch) < 128:
            out.append(ch)
        else:
            return None
    return ''.join(out)


def _parse(s):
    """(sign, coef, exp) of a decimal string, or None on a syntax error."""
    s = _ascii_digits(s.strip())
    if s is None or not s:
        return None
    s = s.replace('_', '')
    sign = 0
    if s[0] in '+-':
        sign = 1 if s[0] == '-' else 0
        s = s[1:]
    low = s.lower()
    if low in ('inf', 'infinity'):
        return sign, 0, 'F'
    for prefix, kind in (('snan', 'N'), ('nan', 'n')):
        if low.startswith(prefix):
            payload = low[len(prefix):]
            if payload and not (payload.isdigit() and payload.isascii()):
                return None
            return sign, int(payload or '0'), kind
    mant, e, expo = low.partition('e')
    exp = 0
    if e:
        t = expo[1:] if expo[:1] in ('+', '-') else expo
        if not t or not t.isdigit() or not t.isascii():
            return None
        exp = int(expo)
    ip, dot, fp = mant.partition('.')
    if not ip and not fp:
        return None
    for part in (ip, fp):
        if part and not (part.isdigit() and part.isascii()):
            return None
    return sign, int(ip + fp), exp - len(fp)


def _from_int(v):
    return _new(1 if v < 0 else 0, abs(v), 0)


def _from_float(f):
    if f != f:
        return _new(0, 0, 'n')
    sign = 1 if _math.copysign(1.0, f) < 0 else 0
    if f in (float('inf'), float('-inf')):
        return _new(sign, 0, 'F')
    n, d = abs(f).as_integer_ratio()
    k = d.bit_length() - 1
    return _new(sign, n * 5 ** k, -k)


def _convert(other, raising=False):
    """Decimal for an operand (Decimal or int), else NotImplemented / TypeError."""
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return _from_int(other)
    if raising:
        raise TypeError("conversion from %s to Decimal is not supported"
                        % type(other).__name__)
    return NotImplemented


def _ctx(context):
    if context is None:
        return getcontext()
    if not isinstance(context, Context):
        raise TypeError("optional argument must be a context")
    return context


# ---------------------------------------------------------------- operations
# Each returns (Decimal, status).

def _add(a, b, ctx, negate_b=False):
    bsign = b._sign ^ 1 if negate_b else b._sign
    if a._is_special or b._is_special:
        r = _check_nans(a, b, ctx)
        if r:
            return r
        if _is_inf(a):
            if _is_inf(b) and a._sign != bsign:
                return _invalid()
            return _new(a._sign, 0, 'F'), 0
        return _new(bsign, 0, 'F'), 0
    ca, ea, cb, eb = a._int, a._exp, b._int, b._exp
    exp = min(ea, eb)
    if ca and cb:
        # replace an operand far below the other's last digit by a sticky 1
        if ea > eb:
            lim = ea + min(-1, _ndigits(ca) - ctx.prec - 2)
            if _ndigits(cb) + eb - 1 < lim:
                cb, eb = 1, lim
        elif eb > ea:
            lim = eb + min(-1, _ndigits(cb) - ctx.prec - 2)
            if _ndigits(ca) + ea - 1 < lim:
                ca, ea = 1, lim
        exp = min(ea, eb)
    va = ca * 10 ** (ea - exp)
    vb = cb * 10 ** (eb - exp)
    total = (-va if a._sign else va) + (-vb if bsign else vb)
    if total == 0:
        if a._sign == bsign:
            sign = a._sign
        else:
            sign = 1 if ctx.rounding == ROUND_FLOOR else 0
    else:
        sign = 1 if total < 0 else 0
    return _finalize(sign, abs(total), exp, ctx)


def _mul(a, b, ctx):
    sign = a._sign ^ b._sign
    if a._is_special or b._is_special:
        r = _check_nans(a, b, ctx)
        if r:
            return r
        if _is_inf(a):
            if not b._is_special and b._int == 0:
                return _invalid()
            return _new(sign, 0, 'F'), 0
        if a._int == 0:
            return _invalid()
        return _new(sign, 0, 'F'), 0
    return _finalize(sign, a._int * b._int, a._exp + b._exp, ctx)


def _div(a, b, ctx):
    sign = a._sign ^ b._sign
    if a._is_special or b._is_special:
        r = _check_nans(a, b, ctx)
        if r:
            return r
        if _is_inf(a):
            if _is_inf(b):
                return _invalid()
            return _new(sign, 0, 'F'), 0
        return _new(sign, 0, ctx.Emin - ctx.prec + 1), _CLAMPED
    if b._int == 0:
        if a._int == 0:
            return _invalid(_DIV_UNDEFINED)
        return _new(sign, 0, 'F'), _DIV_BY_ZERO
    ideal = a._exp - b._exp
    if a._int == 0:
        return _finalize(sign, 0, ideal, ctx)
    ca, cb = a._int, b._int
    shift = _ndigits(cb) - _ndigits(ca) + ctx.prec + 1
    if shift >= 0:
        q, r = divmod(ca * 10 ** shift, cb)
    else:
        q, r = divmod(ca, cb * 10 ** -shift)
    exp = ideal - shift
    if r:
        if q % 5 == 0:
            q += 1
    else:
        while exp < ideal and q % 10 == 0:
            q //= 10
            exp += 1
    return _finalize(sign, q, exp, ctx)


def _divmod_parts(a, b, ctx):
    """Integer quotient and remainder of finite a, b (b nonzero).
    Returns (q, r, status) with Decimals, or (None, None, status)."""
    sign = a._sign ^ b._sign
    ideal = min(a._exp, b._exp)
    expdiff = (_adjusted(a) if a._int else a._exp) - _adjusted(b)
    if a._int == 0 or expdiff <= -2:
        rem = _new(a._sign, a._int * 10 ** (a._exp - ideal), ideal)
        return _new(sign, 0, 0), rem, 0
    if expdiff <= ctx.prec:
        ca, cb = a._int, b._int
        if a._exp >= b._exp:
            ca *= 10 ** (a._exp - b._exp)
        else:
            cb *= 10 ** (b._exp - a._exp)
        q, r = divmod(ca, cb)
        if q < 10 ** ctx.prec:
            return _new(sign, q, 0), _new(a._sign, r, ideal), 0
    return None, None, _DIV_IMPOSSIBLE


def _floordiv(a, b, ctx):
    sign = a._sign ^ b._sign
    if a._is_special or b._is_special:
        r = _check_nans(a, b, ctx)
        if r:
            return r
        if _is_inf(a):
            if _is_inf(b):
                return _invalid()
            return _new(sign, 0, 'F'), 0
        return _new(sign, 0, 0), 0
    if b._int == 0:
        if a._int == 0:
            return _invalid(_DIV_UNDEFINED)
        return _new(sign, 0, 'F'), _DIV_BY_ZERO
    q, _, st = _divmod_parts(a, b, ctx)
    if q is None:
        return _invalid(st)
    return _finalize(q._sign, q._int, 0, ctx)


def _rem(a, b, ctx):
    if a._is_special or b._is_special:
        r = _check_nans(a, b, ctx)
        if r:
            return r
        if _is_inf(a):
            return _invalid()
        return _finalize(a._sign, a._int, a._exp, ctx)
    if b._int == 0:
        if a._int == 0:
            return _invalid(_DIV_UNDEFINED)
        return _invalid()
    _, r, st = _divmod_parts(a, b, ctx)
    if r is None:
        return _invalid(st)
    return _finalize(r._sign, r._int, r._exp, ctx)


def _divmod(a, b, ctx):
    sign = a._sign ^ b._sign
    if a._is_special or b._is_special:
        r = _check_nans(a, b, ctx)
        if r:
            return (r[0], r[0]), r[1]
        if _is_inf(a):
            if _is_inf(b):
                return (_nan(), _nan()), _INVALID
            return (_new(sign, 0, 'F'), _nan()), _INVALID
        rem, st = _finalize(a._sign, a._int, a._exp, ctx)
        return (_new(sign, 0, 0), rem), st
    if b._int == 0:
        if a._int == 0:
            return (_nan(), _nan()), _DIV_UNDEFINED
        return (_new(sign, 0, 'F'), _nan()), _DIV_BY_ZERO | _INVALID
    q, r, st = _divmod_parts(a, b, ctx)
    if q is None:
        return (_nan(), _nan()), st
    q, st = _finalize(q._sign, q._int, q._exp, ctx)
    rem, st = _finalize(r._sign, r._int, r._exp, ctx, st)
    return (q, rem), st


def _rem_near(a, b, ctx):
    if a._is_special or b._is_special:
        r = _check_nans(a, b, ctx)
        if r:
            return r
        if _is_inf(a):
            return _invalid()
        return _finalize(a._sign, a._int, a._exp, ctx)
    if b._int == 0:
        if a._int == 0:
            return _invalid(_DIV_UNDEFINED)
        return _invalid()
    ideal = min(a._exp, b._exp)
    if a._int == 0:
        return _finalize(a._sign, 0, ideal, ctx)
    expdiff = _adjusted(a) - _adjusted(b)
    if expdiff >= ctx.prec + 1:
        return _invalid(_DIV_IMPOSSIBLE)
    if expdiff <= -2:
        return _finalize(a._sign, a._int * 10 ** (a._exp - ideal), ideal, ctx)
    ca = a._int * 10 ** (a._exp - ideal)
    cb = b._int * 10 ** (b._exp - ideal)
    q, r = divmod(ca, cb)
    if 2 * r + (q & 1) > cb:
        r -= cb
        q += 1
    if q >= 10 ** ctx.prec:
        return _invalid(_DIV_IMPOSSIBLE)
    sign = a._sign
    if r < 0:
        sign ^= 1
        r = -r
    return _finalize(sign, r, ideal, ctx)


def _cmp(a, b):
    """-1/0/1 comparing non-NaN Decimals."""
    if a._is_special or b._is_special:
        va = (-1 if a._sign else 1) * (2 if _is_inf(a) else 1 if a._int else 0)
        vb = (-1 if b._sign else 1) * (2 if _is_inf(b) else 1 if b._int else 0)
        if _is_inf(a) or _is_inf(b):
            if _is_inf(a) and _is_inf(b):
                return (va > vb) - (va < vb)
            if _is_inf(a):
                return -1 if a._sign else 1
            return 1 if b._sign else -1
    if a._int == 0:
        if b._int == 0:
            return 0
        return 1 if b._sign else -1
    if b._int == 0:
        return -1 if a._sign else 1
    if a._sign != b._sign:
        return -1 if a._sign else 1
    aa, ab = _adjusted(a), _adjusted(b)
    if aa != ab:
        r = 1 if aa > ab else -1
    else:
        e = min(a._exp, b._exp)
        x = a._int * 10 ** (a._exp - e)
        y = b._int * 10 ** (b._exp - e)
        r = (x > y) - (x < y)
    return -r if a._sign else r


def _compare_total(a, b):
    """Total order of the spec (-1/0/1), signs included."""
    if a._sign != b._sign:
        return -1 if a._sign else 1
    s = -1 if a._sign else 1

    def rank(d):
        return 3 if d._exp == 'n' else 2 if d._exp == 'N' else 1 if d._exp == 'F' else 0
    ra, rb = rank(a), rank(b)
    if ra != rb:
        return s * (1 if ra > rb else -1)
    if ra >= 2:
        return s * ((a._int > b._int) - (a._int < b._int))
    if ra == 1:
        return 0
    c = _cmp(_new(0, a._int, a._exp), _new(0, b._int, b._exp))
    if c:
        return s * c
    return s * ((a._exp > b._exp) - (a._exp < b._exp))


def _rescale(d, exp, rounding):
    """d (finite) with exponent exp, rounding.  Returns (Decimal, inexact)."""
    if d._exp >= exp:
        return _new(d._sign, d._int * 10 ** (d._exp - exp), exp), False
    coef, inexact = _round_coef(d._sign, d._int, exp - d._exp, rounding)
    return _new(d._sign, coef, exp), inexact


def _quantize(a, b, ctx, rounding=None):
    rounding = rounding or ctx.rounding
    if a._is_special or b._is_special:
        r = _check_nans(a, b, ctx)
        if r:
            return r
        if _is_inf(a) and _is_inf(b):
            return _new(a._sign, 0, 'F'), 0
        return _invalid()
    exp = b._exp
    if not (ctx.Emin - ctx.prec + 1 <= exp <= ctx.Emax):
        return _invalid()
    if a._int == 0:
        return _finalize(a._sign, 0, exp, ctx)
    if _adjusted(a) > ctx.Emax or _adjusted(a) - exp + 1 > ctx.prec:
        return _invalid()
    r, inexact = _rescale(a, exp, rounding)
    if r._int and _adjusted(r) > ctx.Emax:
        return _invalid()
    if _ndigits(r._int) > ctx.prec:
        return _invalid()
    st = 0
    if r._int and _adjusted(r) < ctx.Emin:
        st |= _SUBNORMAL
    if exp > a._exp:
        if inexact:
            st |= _INEXACT
        st |= _ROUNDED
    res, st2 = _finalize(r._sign, r._int, r._exp, ctx)
    return res, st | st2


def _to_integral(a, ctx, rounding, exact):
    if a._is_special:
        r = _check_nans(a, None, ctx)
        if r:
            return r
        return _new(a._sign, 0, 'F'), 0
    if a._exp >= 0:
        return a, 0
    if a._int == 0:
        return _new(a._sign, 0, 0), 0
    r, inexact = _rescale(a, 0, rounding or ctx.rounding)
    st = 0
    if exact:
        st = _ROUNDED | (_INEXACT if inexact else 0)
    return r, st


def _plus(a, ctx, negate=False):
    if a._is_special:
        r = _check_nans(a, None, ctx)
        if r:
            return r
        return _new(a._sign ^ negate, 0, 'F'), 0
    sign = a._sign ^ negate
    if a._int == 0 and ctx.rounding != ROUND_FLOOR:
        sign = 0
    return _finalize(sign, a._int, a._exp, ctx)


def _sqrt(a, ctx):
    if a._is_special:
        r = _check_nans(a, None, ctx)
        if r:
            return r
        if a._sign:
            return _invalid()
        return _new(0, 0, 'F'), 0
    ideal = a._exp // 2
    if a._int == 0:
        return _finalize(a._sign, 0, ideal, ctx)
    if a._sign:
        return _invalid()
    c, e = a._int, a._exp
    if e & 1:
        c *= 10
        e -= 1
    prec = ctx.prec
    k = max(0, (2 * prec + 2 - _ndigits(c)) // 2 + 1)
    big = c * 100 ** k
    n = _math.isqrt(big)
    exp = e // 2 - k
    if n * n == big:
        while exp < ideal and n % 10 == 0:
            n //= 10
            exp += 1
    elif n % 5 == 0:
        n += 1
    half_even = ctx._copy_with(rounding=ROUND_HALF_EVEN)
    return _finalize(0, n, exp, half_even)


# ---- exp / ln / log10 / power: fixed point integers, rounded by a Ziv loop

_LN_CACHE = {}


def _atanh_inv(n, scale):
    """atanh(1/n) * scale (n >= 2), truncated."""
    total = 0
    term = scale // n
    n2 = n * n
    k = 1
    while term:
        total += term // k
        term //= n2
        k += 2
    return total


def _ln_consts(w):
    """(ln 2, ln 10) * 10**w, each within 1 unit."""
    got = _LN_CACHE.get(w)
    if got:
        return got
    g = 10 ** 10
    scale = 10 ** (w + 10)
    ln2 = 2 * _atanh_inv(3, scale)
    ln10 = 3 * ln2 + 2 * _atanh_inv(9, scale)
    got = (ln2 // g, ln10 // g)
    if len(_LN_CACHE) > 20:
        _LN_CACHE.clear()
    _LN_CACHE[w] = got
    return got


def _exp_small(r, w):
    """exp(r / 10**w) * 10**w for 0 <= r < 2.31 * 10**w, within a few units."""
    g = 12
    s = 10 ** (w + g)
    x = (r * 10 ** g) >> 10          # divide the argument by 2**10
    total = s
    term = s
    i = 1
    while term:
        term = term * x // (s * i)
        total += term
        i += 1
    for _ in range(10):
        total = total * total // s
    return total // 10 ** g


def _exp_fixed(t, w):
    """exp(t / 10**w) as (y, q): value = y * 10**(q - w), y in [10**w, 10**(w+1))."""
    extra = max(0, len(str(abs(t) // 10 ** w))) + 2
    W = w + extra
    ln10 = _ln_consts(W)[1]
    tw = t * 10 ** extra
    q = tw // ln10
    r = tw - q * ln10
    y = _exp_small(r, W) // 10 ** extra
    return y, q


def _ln_fixed(c, e, w):
    """ln(c * 10**e) * 10**w for c > 0, within a few units."""
    L = _ndigits(c)
    n = e + L - 1                    # c*10**e = m * 10**n, 1 <= m < 10
    extra = len(str(abs(n))) + 3
    W = w + extra
    s = 10 ** W
    m = c * s // 10 ** (L - 1)
    k = round(_math.log2(m / s))     # m / 2**k lies in [0.7, 1.42]
    t = m >> k
    z = abs(t - s) * s // (t + s)
    z2 = z * z // s
    total = 0
    term = z
    j = 1
    while term:
        total += term // j
        term = term * z2 // s
        j += 2
    if t < s:
        total = -total
    ln2, ln10 = _ln_consts(W)
    res = 2 * total + k * ln2 + n * ln10
    return res // 10 ** extra


def _ziv(sign, approx, ctx, exact_check=None):
    """Round a computation to ctx.  approx(w) returns (y, e, err): the
    value is (y +- err) * 10**e with y > err.  Returns (Decimal, status)."""
    w = ctx.prec + 10
    tries = 0
    nctx = ctx._copy_with(traps=[], flags=[])
    while True:
        y, e, err = approx(w)
        if y > err:
            lo = _finalize(sign, y - err, e, nctx)[0]
            hi = _finalize(sign, y + err, e, nctx)[0]
            if lo._int == hi._int and lo._exp == hi._exp and lo._exp == hi._exp:
                return _finalize(sign, y * 10 + 1, e - 1, ctx)
            tries += 1
            if tries >= 2 and exact_check is not None:
                near = _finalize(sign, y, e, nctx._copy_with(rounding=ROUND_HALF_EVEN))[0]
                if exact_check(near):
                    res, st = _finalize(sign, near._int, near._exp, ctx)
                    return res, st | _INEXACT | _ROUNDED
        w += w // 2 + 10


def _exp(a, ctx):
    if a._is_special:
        r = _check_nans(a, None, ctx)
        if r:
            return r
        return (_new(0, 0, 0), 0) if a._sign else (_new(0, 0, 'F'), 0)
    if a._int == 0:
        return _finalize(0, 1, 0, ctx)
    hctx = ctx._copy_with(rounding=ROUND_HALF_EVEN)
    prec = ctx.prec
    adj = _adjusted(a)
    if adj < -(prec + 2):
        # exp(x) = 1 + x + ...: a sticky digit next to 1 rounds correctly
        p = prec + 3
        return _finalize(0, 10 ** p + (-1 if a._sign else 1), -p, hctx)
    limit = (max(ctx.Emax, -ctx.Emin) + prec + 5) * 2.31
    if (adj > 20 and not a._sign) or (adj <= 20 and float(a) > limit):
        return _finalize(0, 1, ctx.Emax + 1, hctx)
    if adj > 20 or float(a) < -limit:
        return _finalize(0, 1, ctx.Emin - prec - 2, hctx)

    def approx(w):
        t = a._int * 10 ** (w + a._exp) if a._exp + w >= 0 else a._int // 10 ** (-a._exp - w)
        if a._sign:
            t = -t
        y, q = _exp_fixed(t, w)
        return y, q - w, 100
    return _ziv(0, approx, hctx)


def _ln_prep(a, ctx):
    if a._is_special:
        r = _check_nans(a, None, ctx)
        if r:
            return r
        if a._sign:
            return _invalid()
        return _new(0, 0, 'F'), 0
    if a._int == 0:
        return _new(1, 0, 'F'), 0
    if a._sign:
        return _invalid()
    return None


def _near_one_digits(a):
    """How many leading zero digits ln(a) has after the point (a near 1)."""
    one = 10 ** -a._exp if a._exp < 0 else None
    if one is None:
        return 0
    diff = abs(a._int - one)
    if diff == 0:
        return 0
    return max(0, -(_ndigits(diff) - 1 + a._exp))


def _ln(a, ctx):
    r = _ln_prep(a, ctx)
    if r:
        return r
    if a._exp <= 0 and a._int == 10 ** -a._exp:
        return _finalize(0, 0, 0, ctx)
    hctx = ctx._copy_with(rounding=ROUND_HALF_EVEN)
    near = _near_one_digits(a)
    res = []

    def approx(w):
        w += near
        v = _ln_fixed(a._int, a._exp, w)
        res[:] = [v]
        return abs(v), -w, 100
    approx(5)
    sign = 1 if res[0] < 0 else 0
    return _ziv(sign, approx, hctx)


def _log10(a, ctx):
    r = _ln_prep(a, ctx)
    if r:
        return r
    c = a._int
    s = str(c)
    if s[0] == '1' and s.strip('0') == '1':
        return _finalize(*_from_int(a._exp + len(s) - 1)._triple(), ctx)
    hctx = ctx._copy_with(rounding=ROUND_HALF_EVEN)
    near = _near_one_digits(a)
    res = []

    def approx(w):
        w += near
        v = _ln_fixed(a._int, a._exp, w + 3)
        ln10 = _ln_consts(w + 3)[1]
        v = v * 10 ** w // ln10
        res[:] = [v]
        return abs(v), -w, 100
    approx(5)
    sign = 1 if res[0] < 0 else 0
    return _ziv(sign, approx, hctx)


def _is_integer(d):
    if d._is_special:
        return False
    if d._exp >= 0 or d._int == 0:
        return True
    return d._int % 10 ** -d._exp == 0


def _int_value(d):
    if d._exp >= 0:
        v = d._int * 10 ** d._exp
    else:
        v = d._int // 10 ** -d._exp
    return -v if d._sign else v


def _power(a, b, ctx):
    if a._is_special or b._is_special:
        r = _check_nans(a, b, ctx)
        if r:
            return r
    if not b._is_special and b._int == 0:
        if not a._is_special and a._int == 0:
            return _invalid()
        return _new(0, 1, 0), 0
    sign = 0
    if a._sign:
        if _is_integer(b):
            if _int_value(b) & 1:
                sign = 1
        elif a._is_special or a._int:
            return _invalid()
    if not a._is_special and a._int == 0:
        if b._sign:
            return _new(sign, 0, 'F'), 0
        return _new(sign, 0, 0), 0
    if _is_inf(a):
        if b._sign:
            return _new(sign, 0, 0), 0
        return _new(sign, 0, 'F'), 0
    prec = ctx.prec
    # a == 1 exactly
    if a._exp <= 0 and a._int == 10 ** -a._exp:
        if _is_integer(b):
            if b._sign:
                mult = 0
            elif _cmp(b, _from_int(prec)) > 0:
                mult = prec
            else:
                mult = _int_value(b)
            exp = a._exp * mult
            st = 0
            if exp < 1 - prec:
                exp = 1 - prec
                st = _ROUNDED
        else:
            exp = 1 - prec
            st = _INEXACT | _ROUNDED
        res, st2 = _finalize(sign, 10 ** -exp, exp, ctx)
        return res, st | st2
    # magnitude estimate: log10|a| * b
    la = _adjusted(a) + _math.log10(int(str(a._int)[:15]) / 10 ** (min(15, _ndigits(a._int)) - 1))
    if _is_inf(b):
        if (b._sign == 0) == (la > 0):
            return _new(sign, 0, 'F'), 0
        return _new(sign, 0, 0), 0
    try:
        mag = la * float(_new(b._sign, b._int, b._exp))
    except OverflowError:
        mag = float('inf') if (la > 0) == (b._sign == 0) else float('-inf')
    if mag > ctx.Emax + 2:
        return _finalize(sign, 1, ctx.Emax + 1, ctx)
    small_int = (_is_integer(b) and _adjusted(b) < 12 and
                 abs(_int_value(b)) * _ndigits(a._int) <= 4 * prec + 4000)
    if mag < ctx.Emin - prec - 2 and not small_int:
        return _finalize(sign, 1, ctx.Emin - prec - 2, ctx)
    if mag < 2 * (ctx.Emin - prec - 2) - 10:
        return _finalize(sign, 0, ctx.Emin - prec - 2, ctx,
                         _UNDERFLOW | _SUBNORMAL | _INEXACT | _ROUNDED)
    if small_int:
        n = abs(_int_value(b))
        if True:
            coef = a._int ** n
            exp = a._exp * n
            if not b._sign:
                r = _finalize(sign, coef, exp, ctx)
            else:
                r = _div(_new(0, 1, 0), _new(sign, coef, exp), ctx)
            if r[1] & _UNDERFLOW and ctx.rounding != ROUND_HALF_EVEN:
                # libmpdec's integer power underflows to zero when the
                # result rounds to zero at half-even
                h = _power(a, b, ctx._copy_with(rounding=ROUND_HALF_EVEN))
                if h[0]._int == 0:
                    return h
            return r
    # general case: exp(b * ln|a|)
    cb, eb = b._int, b._exp
    wa = max(prec, _ndigits(a._int))
    wl = wa + 30 + _near_one_digits(a)
    tiny = abs(_ln_fixed(a._int, a._exp, wl)) * cb
    tiny = tiny * 10 ** eb if eb >= 0 else tiny // 10 ** -eb
    if tiny < 5 * 10 ** (wl - wa - 24):
        # |b * ln a| is below libmpdec's working precision (measured
        # empirically: 5E-(max(prec, digits of a) + 24)): its exp gives 1
        res, st = _finalize(sign, 10 ** (prec - 1), 1 - prec, ctx)
        return res, st | _INEXACT | _ROUNDED
    bdigits = max(0, _ndigits(cb) + eb)

    def approx(w):
        W = w + bdigits + 3
        lnv = _ln_fixed(a._int, a._exp, W + 2)
        t = lnv * cb
        t = t * 10 ** eb if eb >= 0 else t // 10 ** -eb
        if b._sign:
            t = -t
        t //= 100
        y, q = _exp_fixed(t, W)
        y //= 10 ** (W - w)
        return y, q - w, 100

    def exact_check(cand):
        # is cand**(1/b) == |a| exactly?  b = num/den
        num, den = cb, 1
        if eb >= 0:
            num *= 10 ** eb
        else:
            den = 10 ** -eb
        g = _math.gcd(num, den)
        num //= g
        den //= g
        if den > 1000 or num > 1000:
            return False
        if b._sign:
            num = -num
        from fractions import Fraction
        fa = Fraction(a._int) * Fraction(10) ** a._exp
        fc = Fraction(cand._int) * Fraction(10) ** cand._exp
        return fc ** den == fa ** num
    return _ziv(sign, approx, ctx, exact_check)


def _power_mod(a, b, m, ctx):
    for d in (a, b, m):
        if d._exp == 'N':
            return _fix_nan(d, ctx), _INVALID
    for d in (a, b, m):
        if d._exp == 'n':
            return _fix_nan(d, ctx), 0
    if not (_is_integer(a) and _is_integer(b) and _is_integer(m)):
        return _invalid()
    if b._sign or m._int == 0:
        return _invalid()
    mv = abs(_int_value(m))
    if _ndigits(mv) > ctx.prec:
        return _invalid()
    if a._int == 0 and b._int == 0:
        return _invalid()
    av, bv = _int_value(a), _int_value(b)
    r = pow(abs(av), bv, mv)
    sign = 1 if av < 0 and bv & 1 else 0
    return _new(sign, r, 0), 0


# ---------------------------------------------------------------- formatting

def _to_string(d, eng, capitals):
    sign = '-' if d._sign else ''
    if d._is_special:
        if d._exp == 'F':
            return sign + 'Infinity'
        body = 'sNaN' if d._exp == 'N' else 'NaN'
        return sign + body + (str(d._int) if d._int else '')
    digits = str(d._int)
    exp = d._exp
    left = exp + len(digits)
    if exp <= 0 and left > -6:
        dot = left
    elif not eng:
        dot = 1
    elif d._int == 0:
        dot = (left + 1) % 3 - 1
    else:
        dot = (left - 1) % 3 + 1
    if dot <= 0:
        ip, fp = '0', '.' + '0' * -dot + digits
    elif dot >= len(digits):
        ip, fp = digits + '0' * (dot - len(digits)), ''
    else:
        ip, fp = digits[:dot], '.' + digits[dot:]
    e = ''
    if left != dot:
        e = ('E' if capitals else 'e') + '%+d' % (left - dot)
    return sign + ip + fp + e


def _parse_spec(spec):
    """Parse [[fill]align][sign][z][#][0][width][,|_][.prec][type]."""
    i = 0
    n = len(spec)
    fill = align = None
    if n >= 2 and spec[1] in '<>=^':
        fill, align = spec[0], spec[1]
        i = 2
    elif n >= 1 and spec[0] in '<>=^':
        align = spec[0]
        i = 1
    sign = '-'
    if i < n and spec[i] in '+- ':
        sign = spec[i]
        i += 1
    no_neg_0 = False
    if i < n and spec[i] == 'z':
        no_neg_0 = True
        i += 1
    alt = False
    zeropad = False
    if i < n and spec[i] == '0':
        zeropad = True
        i += 1
    j = i
    while i < n and spec[i].isdigit():
        i += 1
    width = int(spec[j:i]) if i > j else 0
    thousands = ''
    if i < n and spec[i] == ',':
        thousands = spec[i]
        i += 1
    prec = None
    if i < n and spec[i] == '.':
        j = i + 1
        i = j
        while i < n and spec[i].isdigit():
            i += 1
        if i == j:
            raise ValueError("invalid format string")
        prec = int(spec[j:i])
    typ = None
    if i < n:
        typ = spec[i]
        i += 1
    if i != n or (typ is not None and typ not in 'eEfFgGn%'):
        raise ValueError("invalid format string")
    if typ == 'n' and thousands:
        raise ValueError("invalid format string")
    if zeropad and fill is None:
        fill = '0'
        if align is None:
            align = '='
    if prec == 0 and typ in ('g', 'G', 'n', None):
        prec = 1
    return dict(fill=fill or ' ', align=align or '>', sign=sign, alt=alt,
                zeropad=zeropad, width=width, thousands=thousands, prec=prec,
                type=typ, no_neg_0=no_neg_0)


def _group(intpart, sep, min_width):
    """Insert sep every 3 digits from the right, padding with zeros to
    min_width characters."""
    if not sep:
        return intpart.rjust(max(min_width, 1), '0')
    groups = []
    digits = intpart
    while True:
        size = min(max(len(digits), min_width, 1), 3)
        groups.append(digits[-size:].rjust(size, '0') if digits else '0' * size)
        digits = digits[:-size] if len(digits) > size else ''
        min_width -= size
        if not digits and min_width <= 0:
            break
        min_width -= len(sep)
    return sep.join(reversed(groups))


def _format(d, spec, ctx):
    s = _parse_spec(spec)
    typ = s['type']
    negative = d._sign
    if d._is_special:
        body = _to_string(_new(0, d._int, d._exp), False, 1)
        if typ == '%':
            body += '%'
        if s['zeropad']:
            s['fill'], s['align'] = ' ', '>'
        return _align(negative, body, s)
    if typ is None:
        typ = 'G' if ctx.capitals else 'g'
        if s['prec'] is None:
            # no type, no precision: like str(), with its exponent rules
            typ = 'G' if ctx.capitals else 'g'
    rounding = ctx.rounding
    prec = s['prec']
    if typ == '%':
        d = _new(d._sign, d._int, d._exp + 2)
    if prec is not None:
        if typ in 'eE':
            n = _ndigits(d._int)
            if d._int:
                d = _rescale(d, d._exp + n - prec - 1, rounding)[0]
            if _ndigits(d._int) > prec + 1:
                d = _new(d._sign, d._int // 10, d._exp + 1)
        elif typ in 'fF%':
            d = _rescale(d, -prec, rounding)[0]
        elif typ in 'gGn':
            n = _ndigits(d._int)
            if n > prec:
                d = _rescale(d, d._exp + n - prec, rounding)[0]
                if _ndigits(d._int) > prec:
                    d = _new(d._sign, d._int // 10, d._exp + 1)
    if d._int == 0 and d._exp > 0 and typ in 'fF%':
        d = _new(d._sign, 0, 0)
    if d._int == 0 and s['no_neg_0']:
        negative = 0
    digits = str(d._int)
    left = d._exp + len(digits)
    if typ in 'eE':
        dot = 1 - prec if (d._int == 0 and prec is not None) else 1
    elif typ in 'fF%':
        dot = left
    else:
        dot = left if (d._exp <= 0 and left > -6) else 1
    if dot < 0:
        ip, fp = '0', '0' * -dot + digits
    elif dot > len(digits):
        ip, fp = digits + '0' * (dot - len(digits)), ''
    else:
        ip, fp = digits[:dot] or '0', digits[dot:]
    exp = left - dot
    if fp or s['alt']:
        fp = '.' + fp
    if exp != 0 or typ in 'eE':
        fp += ('E' if typ in 'EG' else 'e') + '%+d' % exp
    if typ == '%':
        fp += '%'
    sign = _sign_str(negative, s)
    min_width = 0
    if s['zeropad'] and s['align'] == '=' and s['fill'] == '0':
        min_width = s['width'] - len(fp) - len(sign)
    ip = _group(ip, s['thousands'], min_width)
    return _align_body(sign, ip + fp, s)


def _sign_str(negative, s):
    if negative:
        return '-'
    return {'+': '+', ' ': ' '}.get(s['sign'], '')


def _align(negative, body, s):
    return _align_body(_sign_str(negative, s), body, s)


def _align_body(sign, body, s):
    pad = s['width'] - len(sign) - len(body)
    if pad <= 0:
        return sign + body
    fill = s['fill'] * pad
    a = s['align']
    if a == '<':
        return sign + body + fill
    if a == '=':
        return sign + fill + body
    if a == '^':
        h = pad // 2
        return fill[:h] + sign + body + fill[h:]
    return fill + sign + body


# ---------------------------------------------------------------- Decimal

_HASH_MOD = _sys.hash_info.modulus
_HASH_10INV = pow(10, _HASH_MOD - 2, _HASH_MOD)


class Decimal(object):
    """Construct a new Decimal object. 'value' can be an integer, string, tuple,
    or another Decimal object. If no value is given, return Decimal('0'). The
    context does not affect the conversion and is only passed to determine if
    the InvalidOperation trap is active.

    """
    __slots__ = ('_sign', '_int', '_exp', '_is_special')

    def __new__(cls, value="0", context=None):
        if isinstance(value, Decimal):
            return _new(value._sign, value._int, value._exp, cls)
        if isinstance(value, int):
            return _new(1 if value < 0 else 0, abs(value), 0, cls)
        if isinstance(value, str):
            p = _parse(value)
            if p is None:
                ctx = _ctx(context)
                ctx._apply(_CONV_SYNTAX)
                return _new(0, 0, 'n', cls)
            return _new(p[0], p[1], p[2], cls)
        if isinstance(value, float):
            ctx = _ctx(context)
            ctx._apply(_FLOAT_OP)
            d = _from_float(value)
            return _new(d._sign, d._int, d._exp, cls)
        if isinstance(value, (list, tuple)):
            return _from_tuple(value, cls)
        raise TypeError("conversion from %s to Decimal is not supported"
                        % type(value).__name__)

    @classmethod
    def from_float(cls, f):
        """Convert a float (or int) to a Decimal exactly."""
        if isinstance(f, int):
            d = _from_int(f)
        elif isinstance(f, float):
            d = _from_float(f)
        else:
            raise TypeError("argument must be int or float")
        if cls is Decimal:
            return d
        return cls(d)

    def _triple(self):
        return self._sign, self._int, self._exp

    # ---- conversions and views
    def __str__(self, eng=False, context=None):
        return _to_string(self, False, _ctx(context).capitals)

    def __repr__(self):
        return "Decimal('%s')" % _to_string(self, False, getcontext().capitals)

    def to_eng_string(self, context=None):
        return _to_string(self, True, _ctx(context).capitals)

    def as_tuple(self):
        if self._exp == 'F':
            digits = (0,)
        elif self._is_special and self._int == 0:
            digits = ()
        else:
            digits = tuple(int(ch) for ch in str(self._int))
        return DecimalTuple(self._sign, digits, self._exp)

    def as_integer_ratio(self):
        if self._is_special:
            if _is_nan(self):
                raise ValueError("cannot convert NaN to integer ratio")
            raise OverflowError("cannot convert Infinity to integer ratio")
        if self._int == 0:
            return 0, 1
        n, d = self._int, 1
        if self._exp >= 0:
            n *= 10 ** self._exp
        else:
            d = 10 ** -self._exp
            g = _math.gcd(n, d)
            n //= g
            d //= g
        return (-n if self._sign else n), d

    def __int__(self):
        if self._is_special:
            if _is_nan(self):
                raise ValueError("cannot convert NaN to integer")
            raise OverflowError("cannot convert Infinity to integer")
        return _int_value(self)

    __trunc__ = __int__

    def __float__(self):
        if self._is_special:
            if self._exp == 'N':
                raise ValueError("cannot convert signaling NaN to float")
            if self._exp == 'n':
                return float('-nan') if self._sign else float('nan')
        return float(_to_string(self, False, 1))

    def __complex__(self):
        return complex(float(self))

    def __bool__(self):
        return self._is_special or self._int != 0

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        if type(self) is Decimal:
            return self
        return self.__class__(str(self))

    def __deepcopy__(self, memo):
        if type(self) is Decimal:
            return self
        return self.__class__(str(self))

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self

    # ---- predicates
    def adjusted(self):
        if self._is_special:
            return 0
        return _adjusted(self)

    def is_canonical(self):
        return True

    def is_finite(self):
        return not self._is_special

    def is_infinite(self):
        return self._exp == 'F'

    def is_nan(self):
        return _is_nan(self)

    def is_qnan(self):
        return self._exp == 'n'

    def is_snan(self):
        return self._exp == 'N'

    def is_signed(self):
        return self._sign == 1

    def is_zero(self):
        return not self._is_special and self._int == 0

    def is_normal(self, context=None):
        ctx = _ctx(context)
        if self._is_special or self._int == 0:
            return False
        return _adjusted(self) >= ctx.Emin

    def is_subnormal(self, context=None):
        ctx = _ctx(context)
        if self._is_special or self._int == 0:
            return False
        return _adjusted(self) < ctx.Emin

    def canonical(self):
        return self

    def radix(self):
        return Decimal(10)

    def number_class(self, context=None):
        ctx = _ctx(context)
        if self._exp == 'N':
            return 'sNaN'
        if self._exp == 'n':
            return 'NaN'
        s = '-' if self._sign else '+'
        if self._exp == 'F':
            return s + 'Infinity'
        if self._int == 0:
            return s + 'Zero'
        if _adjusted(self) < ctx.Emin:
            return s + 'Subnormal'
        return s + 'Normal'

    def copy_abs(self):
        return _new(0, self._int, self._exp)

    def copy_negate(self):
        return _new(self._sign ^ 1, self._int, self._exp)

    def copy_sign(self, other, context=None):
        other = _convert(other, True)
        return _new(other._sign, self._int, self._exp)

    def same_quantum(self, other, context=None):
        other = _convert(other, True)
        if self._is_special or other._is_special:
            return (_is_nan(self) and _is_nan(other)) or (_is_inf(self) and _is_inf(other))
        return self._exp == other._exp

    # ---- arithmetic operators
    def _binary(self, other, op, context=None, reverse=False):
        other = _convert(other)
        if other is NotImplemented:
            return other
        ctx = _ctx(context)
        a, b = (other, self) if reverse else (self, other)
        r, st = op(a, b, ctx)
        ctx._apply(st)
        return r

    def __add__(self, other, context=None):
        return self._binary(other, _add, context)

    def __radd__(self, other, context=None):
        return self._binary(other, _add, context, True)

    def __sub__(self, other, context=None):
        return self._binary(other, lambda a, b, c: _add(a, b, c, True), context)

    def __rsub__(self, other, context=None):
        return self._binary(other, lambda a, b, c: _add(a, b, c, True), context, True)

    def __mul__(self, other, context=None):
        return self._binary(other, _mul, context)

    def __rmul__(self, other, context=None):
        return self._binary(other, _mul, context, True)

    def __truediv__(self, other, context=None):
        return self._binary(other, _div, context)

    def __rtruediv__(self, other, context=None):
        return self._binary(other, _div, context, True)

    def __floordiv__(self, other, context=None):
        return self._binary(other, _floordiv, context)

    def __rfloordiv__(self, other, context=None):
        return self._binary(other, _floordiv, context, True)

    def __mod__(self, other, context=None):
        return self._binary(other, _rem, context)

    def __rmod__(self, other, context=None):
        return self._binary(other, _rem, context, True)

    def __divmod__(self, other, context=None):
        return self._binary(other, _divmod, context)

    def __rdivmod__(self, other, context=None):
        return self._binary(other, _divmod, context, True)

    def __pow__(self, other, modulo=None, context=None):
        if modulo is not None:
            other = _convert(other)
            m = _convert(modulo)
            if other is NotImplemented or m is NotImplemented:
                return NotImplemented
            ctx = _ctx(context)
            r, st = _power_mod(self, other, m, ctx)
            ctx._apply(st)
            return r
        return self._binary(other, _power, context)

    def __rpow__(self, other, modulo=None, context=None):
        return self._binary(other, _power, context, True)

    def __neg__(self, context=None):
        ctx = _ctx(context)
        r, st = _plus(self, ctx, True)
        ctx._apply(st)
        return r

    def __pos__(self, context=None):
        ctx = _ctx(context)
        r, st = _plus(self, ctx)
        ctx._apply(st)
        return r

    def __abs__(self, round=True, context=None):
        if not round:
            return self.copy_abs()
        ctx = _ctx(context)
        r, st = _plus(self, ctx, self._sign == 1)
        ctx._apply(st)
        return r

    # ---- comparisons
    def _compare_with(self, other, equality):
        """Decimal (or ('R', num, den) for rationals) comparable with self,
        NotImplemented, or None when NaN makes the result False."""
        if isinstance(other, Decimal):
            return other
        if isinstance(other, int):
            return _from_int(other)
        if isinstance(other, float):
            ctx = getcontext()
            if equality:
                ctx._flag_bits |= _FLOAT_OP
            else:
                ctx._apply(_FLOAT_OP)
            return _from_float(other)
        if equality and isinstance(other, complex) and other.imag == 0:
            return self._compare_with(other.real, equality)
        if isinstance(other, _numbers.Rational):
            return ('R', other.numerator, other.denominator)
        return NotImplemented

    def _order(self, other, equality):
        """-1/0/1, NotImplemented, or None (unordered: NaN)."""
        o = self._compare_with(other, equality)
        if o is NotImplemented:
            return o
        if isinstance(o, tuple):
            if _is_nan(self):
                if self._exp == 'N' or not equality:
                    getcontext()._apply(_INVALID)
                return None
            if _is_inf(self):
                return -1 if self._sign else 1
            num, den = o[1], o[2]
            v = _int_value(_new(self._sign, self._int, 0))
            if self._exp >= 0:
                lhs, rhs = v * 10 ** self._exp * den, num
            else:
                lhs, rhs = v * den, num * 10 ** -self._exp
            return (lhs > rhs) - (lhs < rhs)
        if _is_nan(self) or _is_nan(o):
            if equality:
                if self._exp == 'N' or o._exp == 'N':
                    getcontext()._apply(_INVALID)
            else:
                getcontext()._apply(_INVALID)
            return None
        return _cmp(self, o)

    def __eq__(self, other):
        r = self._order(other, True)
        if r is NotImplemented:
            return r
        return r == 0

    def __ne__(self, other):
        r = self._order(other, True)
        if r is NotImplemented:
            return r
        return r != 0

    def __lt__(self, other):
        r = self._order(other, False)
        if r is NotImplemented or r is None:
            return False if r is None else r
        return r < 0

    def __le__(self, other):
        r = self._order(other, False)
        if r is NotImplemented or r is None:
            return False if r is None else r
        return r <= 0

    def __gt__(self, other):
        r = self._order(other, False)
        if r is NotImplemented or r is None:
            return False if r is None else r
        return r > 0

    def __ge__(self, other):
        r = self._order(other, False)
        if r is NotImplemented or r is None:
            return False if r is None else r
        return r >= 0

    def __hash__(self):
        if self._is_special:
            if self._exp == 'N':
                raise TypeError("Cannot hash a signaling NaN value")
            if self._exp == 'n':
                return object.__hash__(self)
            return -_sys.hash_info.inf if self._sign else _sys.hash_info.inf
        if self._exp >= 0:
            e = pow(10, self._exp, _HASH_MOD)
        else:
            e = pow(_HASH_10INV, -self._exp, _HASH_MOD)
        h = self._int * e % _HASH_MOD
        if self._sign:
            h = -h
        return -2 if h == -1 else h

    # ---- rounding to integers
    def __round__(self, n=None):
        if n is not None:
            if not isinstance(n, int):
                raise TypeError("optional arg must be an integer")
            return self.quantize(_new(0, 1, -n))
        if self._is_special:
            if _is_nan(self):
                raise ValueError("cannot convert NaN to integer")
            raise OverflowError("cannot convert Infinity to integer")
        return int(_to_integral(self, getcontext(), ROUND_HALF_EVEN, False)[0])

    def _round_int(self, rounding):
        if self._is_special:
            if _is_nan(self):
                raise ValueError("cannot convert NaN to integer")
            raise OverflowError("cannot convert Infinity to integer")
        return int(_to_integral(self, getcontext(), rounding, False)[0])

    def __floor__(self):
        return self._round_int(ROUND_FLOOR)

    def __ceil__(self):
        return self._round_int(ROUND_CEILING)

    def __format__(self, specifier, context=None, _localeconv=None):
        return _format(self, specifier, _ctx(context))

    # ---- methods with a context
    def _unary(self, op, context):
        ctx = _ctx(context)
        r, st = op(self, ctx)
        ctx._apply(st)
        return r

    def _with(self, other, op, context):
        other = _convert(other, True)
        ctx = _ctx(context)
        r, st = op(self, other, ctx)
        ctx._apply(st)
        return r

    def sqrt(self, context=None):
        return self._unary(_sqrt, context)

    def exp(self, context=None):
        return self._unary(_exp, context)

    def ln(self, context=None):
        return self._unary(_ln, context)

    def log10(self, context=None):
        return self._unary(_log10, context)

    def normalize(self, context=None):
        return self._unary(_normalize, context)

    def next_plus(self, context=None):
        return self._unary(lambda a, c: _next(a, c, 0), context)

    def next_minus(self, context=None):
        return self._unary(lambda a, c: _next(a, c, 1), context)

    def next_toward(self, other, context=None):
        return self._with(other, _next_toward, context)

    def logb(self, context=None):
        return self._unary(_logb, context)

    def scaleb(self, other, context=None):
        return self._with(other, _scaleb, context)

    def quantize(self, exp, rounding=None, context=None):
        exp = _convert(exp, True)
        ctx = _ctx(context)
        if rounding is not None and rounding not in _ROUNDINGS:
            raise TypeError("invalid rounding mode")
        r, st = _quantize(self, exp, ctx, rounding)
        ctx._apply(st)
        return r

    def to_integral_value(self, rounding=None, context=None):
        ctx = _ctx(context)
        r, st = _to_integral(self, ctx, rounding, False)
        ctx._apply(st)
        return r

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        ctx = _ctx(context)
        r, st = _to_integral(self, ctx, rounding, True)
        ctx._apply(st)
        return r

    def compare(self, other, context=None):
        return self._with(other, _compare, context)

    def compare_signal(self, other, context=None):
        return self._with(other, lambda a, b, c: _compare(a, b, c, True), context)

    def compare_total(self, other, context=None):
        other = _convert(other, True)
        return _from_int(_compare_total(self, other))

    def compare_total_mag(self, other, context=None):
        other = _convert(other, True)
        return _from_int(_compare_total(self.copy_abs(), other.copy_abs()))

    def max(self, other, context=None):
        return self._with(other, lambda a, b, c: _minmax(a, b, c, 1, False), context)

    def min(self, other, context=None):
        return self._with(other, lambda a, b, c: _minmax(a, b, c, -1, False), context)

    def max_mag(self, other, context=None):
        return self._with(other, lambda a, b, c: _minmax(a, b, c, 1, True), context)

    def min_mag(self, other, context=None):
        return self._with(other, lambda a, b, c: _minmax(a, b, c, -1, True), context)

    def remainder_near(self, other, context=None):
        return self._with(other, _rem_near, context)

    def fma(self, other, third, context=None):
        other = _convert(other, True)
        third = _convert(third, True)
        ctx = _ctx(context)
        r, st = _fma(self, other, third, ctx)
        ctx._apply(st)
        return r


def _from_tuple(value, cls):
    if len(value) != 3:
        raise ValueError("argument must be a sequence of length 3")
    sign, digits, exp = value
    if not (isinstance(sign, int) and sign in (0, 1)):
        raise ValueError("sign must be an integer with the value 0 or 1")
    if isinstance(exp, str):
        if exp not in ('F', 'n', 'N'):
            raise ValueError("string argument in the third position must be 'F', 'n' or 'N'")
    elif not isinstance(exp, int):
        raise ValueError("exponent must be an integer")
    if not isinstance(digits, tuple):
        raise ValueError("coefficient must be a tuple of digits")
    coef = 0
    for dg in digits:
        if not (isinstance(dg, int) and 0 <= dg <= 9):
            raise ValueError("coefficient must be a tuple of digits")
        coef = coef * 10 + dg
    if exp == 'F':
        coef = 0
    return _new(sign, coef, exp, cls)


def _normalize(a, ctx):
    if a._is_special:
        r = _check_nans(a, None, ctx)
        if r:
            return r
        return a, 0
    d, st = _finalize(a._sign, a._int, a._exp, ctx)
    if d._is_special:
        return d, st
    if d._int == 0:
        return _new(d._sign, 0, 0), st
    top = ctx.Emax - ctx.prec + 1 if ctx.clamp else ctx.Emax
    c, e = d._int, d._exp
    while c % 10 == 0 and e < top:
        c //= 10
        e += 1
    return _new(d._sign, c, e), st


def _compare(a, b, ctx, signal=False):
    if _is_nan(a) or _is_nan(b):
        r = _check_nans(a, b, ctx)
        if signal:
            return r[0], _INVALID
        return r
    return _from_int(_cmp(a, b)), 0


def _minmax(a, b, ctx, want, mag):
    an, bn = _is_nan(a), _is_nan(b)
    if an or bn:
        if a._exp == 'N' or b._exp == 'N' or (an and bn):
            return _check_nans(a, b, ctx)
        num = b if an else a
        return _finalize(num._sign, num._int, num._exp, ctx) if not num._is_special \
            else (num, 0)
    x, y = (a.copy_abs(), b.copy_abs()) if mag else (a, b)
    c = _cmp(x, y)
    if c == 0 and mag:
        c = _cmp(a, b)
    if c == 0:
        c = _compare_total(a, b)
    pick = a if (c == want or c == 0) else b
    if pick._is_special:
        return pick, 0
    return _finalize(pick._sign, pick._int, pick._exp, ctx)


def _next(a, ctx, down):
    if a._is_special:
        r = _check_nans(a, None, ctx)
        if r:
            return r
        if a._sign == down:
            return a, 0
        # from the infinity of the other side: the largest finite number
        return _new(a._sign, 10 ** ctx.prec - 1, ctx.Emax - ctx.prec + 1), 0
    nctx = ctx._copy_with(rounding=ROUND_FLOOR if down else ROUND_CEILING,
                          traps=[], flags=[])
    fixed = _finalize(a._sign, a._int, a._exp, nctx)[0]
    if fixed._is_special or _cmp(fixed, a) != 0:
        return fixed, 0
    tiny = _new(down, 1, ctx.Emin - ctx.prec - 1)
    return _add(a, tiny, nctx)[0], 0


def _next_toward(a, b, ctx):
    if _is_nan(a) or _is_nan(b):
        return _check_nans(a, b, ctx)
    c = _cmp(a, b)
    if c == 0:
        return _new(b._sign, a._int, a._exp) if not a._is_special else (a, 0), 0
    r, _ = _next(a, ctx, 1 if c > 0 else 0)
    if _is_inf(r):
        return r, _OVERFLOW | _INEXACT | _ROUNDED
    st = 0
    if not r._is_special and _adjusted(r) < ctx.Emin:
        st = _UNDERFLOW | _SUBNORMAL | _INEXACT | _ROUNDED
        if r._int == 0:
            st |= _CLAMPED
    return r, st


def _logb(a, ctx):
    if a._is_special:
        r = _check_nans(a, None, ctx)
        if r:
            return r
        return _new(0, 0, 'F'), 0
    if a._int == 0:
        return _new(1, 0, 'F'), _DIV_BY_ZERO
    d = _from_int(_adjusted(a))
    return _finalize(d._sign, d._int, 0, ctx)


def _scaleb(a, b, ctx):
    r = _check_nans(a, b, ctx)
    if r:
        return r
    if b._is_special or b._exp != 0:
        return _invalid()
    n = _int_value(b)
    limit = 2 * (ctx.Emax + ctx.prec)
    if not -limit <= n <= limit:
        return _invalid()
    if _is_inf(a):
        return a, 0
    return _finalize(a._sign, a._int, a._exp + n, ctx)


def _fma(a, b, c, ctx):
    for d in (a, b, c):
        if d._exp == 'N':
            return _fix_nan(d, ctx), _INVALID
    if a._is_special or b._is_special:
        r = _check_nans(a, b, ctx)
        if r:
            return r
        prod, st = _mul(a, b, ctx)
        if _is_nan(prod):
            return prod, st
    elif a._int == 0 or b._int == 0 or True:
        prod = _new(a._sign ^ b._sign, a._int * b._int, a._exp + b._exp)
    if c._exp == 'N':
        return _fix_nan(c, ctx), _INVALID
    return _add(prod, c, ctx)


# ---------------------------------------------------------------- Context

class _SignalDict(object):
    """Mapping signal -> bool over one of a Context's bit sets."""
    __slots__ = ('_ctx', '_attr')

    def __init__(self, ctx, attr):
        self._ctx = ctx
        self._attr = attr

    def _bits(self):
        return getattr(self._ctx, self._attr)

    def __getitem__(self, key):
        try:
            b = _SIGNAL_BITS[key]
        except (KeyError, TypeError):
            raise KeyError(key) from None
        return bool(self._bits() & b)

    def __setitem__(self, key, value):
        try:
            b = _SIGNAL_BITS[key]
        except (KeyError, TypeError):
            raise KeyError(key) from None
        bits = self._bits()
        setattr(self._ctx, self._attr, (bits | b) if value else (bits & ~b))

    def __delitem__(self, key):
        raise ValueError("signal keys cannot be deleted")

    def __iter__(self):
        return iter([s for s, _ in _SIGNALS])

    def __len__(self):
        return len(_SIGNALS)

    def __contains__(self, key):
        return key in _SIGNAL_BITS

    def keys(self):
        return [s for s, _ in _SIGNALS]

    def values(self):
        return [self[s] for s, _ in _SIGNALS]

    def items(self):
        return [(s, self[s]) for s, _ in _SIGNALS]

    def get(self, key, default=None):
        return self[key] if key in _SIGNAL_BITS else default

    def copy(self):
        return dict(self.items())

    def __eq__(self, other):
        if isinstance(other, _SignalDict):
            other = other.copy()
        return self.copy() == other

    __hash__ = None

    def __repr__(self):
        return '{' + ', '.join('<class \'decimal.%s\'>:%s' % (s.__name__, self[s])
                               for s, _ in _SIGNALS) + '}'


def _signal_bits(value):
    if isinstance(value, _SignalDict):
        return value._bits()
    if isinstance(value, dict):
        if len(value) != len(_SIGNALS) or any(s not in value for s, _ in _SIGNALS):
            raise KeyError("invalid signal dict")
        bits = 0
        for s, b in _SIGNALS:
            if value[s]:
                bits |= b
        return bits
    bits = 0
    for s in value:
        if s not in _SIGNAL_BITS:
            raise KeyError("invalid error flag")
        bits |= _SIGNAL_BITS[s]
    return bits


_ROUNDING_ERROR = ("valid values for rounding are:\n"
                   "  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n"
                   "   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n"
                   "   ROUND_05UP]")


def _check_int(v):
    if not isinstance(v, int):
        raise TypeError("an integer is required")
    return v


class Context(object):
    """The context affects almost all operations and controls rounding,
    Over/Underflow, raising of exceptions and much more.
    """

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None,
                 capitals=None, clamp=None, flags=None, traps=None):
        tmpl = _default_template()
        self._prec = tmpl[0]
        self._rounding = tmpl[1]
        self._Emin = tmpl[2]
        self._Emax = tmpl[3]
        self._capitals = tmpl[4]
        self._clamp = tmpl[5]
        self._flag_bits = 0
        self._trap_bits = tmpl[6]
        if prec is not None:
            self.prec = prec
        if rounding is not None:
            self.rounding = rounding
        if Emin is not None:
            self.Emin = Emin
        if Emax is not None:
            self.Emax = Emax
        if capitals is not None:
            self.capitals = capitals
        if clamp is not None:
            self.clamp = clamp
        if flags is not None:
            self._flag_bits = _signal_bits(flags)
        if traps is not None:
            self._trap_bits = _signal_bits(traps)

    # ---- validated attributes
    @property
    def prec(self):
        return self._prec

    @prec.setter
    def prec(self, v):
        _check_int(v)
        if not 1 <= v <= MAX_PREC:
            raise ValueError("valid range for prec is [1, MAX_PREC]")
        self._prec = v

    @property
    def rounding(self):
        return self._rounding

    @rounding.setter
    def rounding(self, v):
        if v not in _ROUNDINGS or not isinstance(v, str):
            raise TypeError(_ROUNDING_ERROR)
        self._rounding = _ROUNDINGS[_ROUNDINGS.index(v)]

    @property
    def Emin(self):
        return self._Emin

    @Emin.setter
    def Emin(self, v):
        _check_int(v)
        if not MIN_EMIN <= v <= 0:
            raise ValueError("valid range for Emin is [MIN_EMIN, 0]")
        self._Emin = v

    @property
    def Emax(self):
        return self._Emax

    @Emax.setter
    def Emax(self, v):
        _check_int(v)
        if not 0 <= v <= MAX_EMAX:
            raise ValueError("valid range for Emax is [0, MAX_EMAX]")
        self._Emax = v

    @property
    def capitals(self):
        return self._capitals

    @capitals.setter
    def capitals(self, v):
        _check_int(v)
        if v not in (0, 1):
            raise ValueError("valid values for capitals are 0 or 1")
        self._capitals = int(v)

    @property
    def clamp(self):
        return self._clamp

    @clamp.setter
    def clamp(self, v):
        _check_int(v)
        if v not in (0, 1):
            raise ValueError("valid values for clamp are 0 or 1")
        self._clamp = int(v)

    @property
    def flags(self):
        return _SignalDict(self, '_flag_bits')

    @flags.setter
    def flags(self, v):
        self._flag_bits = _signal_bits(v)

    @property
    def traps(self):
        return _SignalDict(self, '_trap_bits')

    @traps.setter
    def traps(self, v):
        self._trap_bits = _signal_bits(v)

    def _apply(self, status):
        """Record status in the flags; raise the first trapped signal."""
        if not status:
            return
        self._flag_bits |= status
        trapped = status & self._trap_bits
        if trapped:
            conds = [c for c, b in _CONDITIONS if trapped & b]
            for sig, b in _SIGNALS:
                if trapped & b:
                    raise sig(conds)

    def _copy_with(self, **kw):
        c = self.copy()
        for k, v in kw.items():
            setattr(c, k, v)
        return c

    def __repr__(self):
        return ("Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, "
                "clamp=%d, flags=%s, traps=%s)" % (
                    self._prec, self._rounding, self._Emin, self._Emax,
                    self._capitals, self._clamp, _bits_repr(self._flag_bits),
                    _bits_repr(self._trap_bits)))

    def __reduce__(self):
        return (self.__class__, (self._prec, self._rounding, self._Emin, self._Emax,
                                 self._capitals, self._clamp,
                                 [s for s, b in _SIGNALS if self._flag_bits & b],
                                 [s for s, b in _SIGNALS if self._trap_bits & b]))

    def copy(self):
        c = object.__new__(type(self))
        c.__dict__.update(self.__dict__)
        return c

    __copy__ = copy

    def clear_flags(self):
        self._flag_bits = 0

    def clear_traps(self):
        self._trap_bits = 0

    def Etiny(self):
        return self._Emin - self._prec + 1

    def Etop(self):
        return self._Emax - self._prec + 1

    def radix(self):
        return Decimal(10)

    def create_decimal(self, num="0"):
        if isinstance(num, str) and (num != num.strip() or '_' in num):
            self._apply(_CONV_SYNTAX)
            return _nan()
        d = Decimal(num, context=self)
        if _is_nan(d):
            if d._int and _ndigits(d._int) > self._prec - self._clamp:
                self._apply(_CONV_SYNTAX)
                return _nan()
            return d
        if d._is_special:
            return d
        r, st = _finalize(d._sign, d._int, d._exp, self)
        self._apply(st)
        return r

    def create_decimal_from_float(self, f):
        d = Decimal.from_float(f)
        if d._is_special:
            return d
        r, st = _finalize(d._sign, d._int, d._exp, self)
        self._apply(st)
        return r

    # ---- operations (operands may be ints)
    def _op(self, op, *args):
        args = [_convert(a, True) for a in args]
        r, st = op(*args, self)
        self._apply(st)
        return r

    def abs(self, a):
        return _convert(a, True).__abs__(context=self)

    def add(self, a, b):
        return self._op(_add, a, b)

    def subtract(self, a, b):
        return self._op(lambda x, y, c: _add(x, y, c, True), a, b)

    def multiply(self, a, b):
        return self._op(_mul, a, b)

    def divide(self, a, b):
        return self._op(_div, a, b)

    def divide_int(self, a, b):
        return self._op(_floordiv, a, b)

    def remainder(self, a, b):
        return self._op(_rem, a, b)

    def remainder_near(self, a, b):
        return self._op(_rem_near, a, b)

    def divmod(self, a, b):
        return self._op(_divmod, a, b)

    def power(self, a, b, modulo=None):
        if modulo is not None:
            return self._op(_power_mod, a, b, modulo)
        return self._op(_power, a, b)

    def plus(self, a):
        return self._op(_plus, a)

    def minus(self, a):
        return self._op(lambda x, c: _plus(x, c, True), a)

    def sqrt(self, a):
        return self._op(_sqrt, a)

    def exp(self, a):
        return self._op(_exp, a)

    def ln(self, a):
        return self._op(_ln, a)

    def log10(self, a):
        return self._op(_log10, a)

    def logb(self, a):
        return self._op(_logb, a)

    def scaleb(self, a, b):
        return self._op(_scaleb, a, b)

    def normalize(self, a):
        return self._op(_normalize, a)

    def quantize(self, a, b):
        return self._op(_quantize, a, b)

    def compare(self, a, b):
        return self._op(_compare, a, b)

    def compare_signal(self, a, b):
        return self._op(lambda x, y, c: _compare(x, y, c, True), a, b)

    def compare_total(self, a, b):
        return _convert(a, True).compare_total(b)

    def compare_total_mag(self, a, b):
        return _convert(a, True).compare_total_mag(b)

    def max(self, a, b):
        return _convert(a, True).max(b, context=self)

    def min(self, a, b):
        return _convert(a, True).min(b, context=self)

    def max_mag(self, a, b):
        return _convert(a, True).max_mag(b, context=self)

    def min_mag(self, a, b):
        return _convert(a, True).min_mag(b, context=self)

    def fma(self, a, b, c):
        return _convert(a, True).fma(b, c, context=self)

    def next_plus(self, a):
        return _convert(a, True).next_plus(context=self)

    def next_minus(self, a):
        return _convert(a, True).next_minus(context=self)

    def next_toward(self, a, b):
        return _convert(a, True).next_toward(b, context=self)

    def to_integral_value(self, a):
        return _convert(a, True).to_integral_value(context=self)

    to_integral = to_integral_value

    def to_integral_exact(self, a):
        return _convert(a, True).to_integral_exact(context=self)

    def to_sci_string(self, a):
        return _to_string(_convert(a, True), False, self._capitals)

    def to_eng_string(self, a):
        return _to_string(_convert(a, True), True, self._capitals)

    def number_class(self, a):
        return _convert(a, True).number_class(context=self)

    def same_quantum(self, a, b):
        return _convert(a, True).same_quantum(b)

    def copy_abs(self, a):
        return _convert(a, True).copy_abs()

    def copy_negate(self, a):
        return _convert(a, True).copy_negate()

    def copy_sign(self, a, b):
        return _convert(a, True).copy_sign(b)

    def copy_decimal(self, a):
        return Decimal(_convert(a, True))

    def canonical(self, a):
        if not isinstance(a, Decimal):
            raise TypeError("argument must be a Decimal")
        return a

    def is_canonical(self, a):
        if not isinstance(a, Decimal):
            raise TypeError("argument must be a Decimal")
        return True

    def is_finite(self, a):
        return _convert(a, True).is_finite()

    def is_infinite(self, a):
        return _convert(a, True).is_infinite()

    def is_nan(self, a):
        return _convert(a, True).is_nan()

    def is_qnan(self, a):
        return _convert(a, True).is_qnan()

    def is_snan(self, a):
        return _convert(a, True).is_snan()

    def is_signed(self, a):
        return _convert(a, True).is_signed()

    def is_zero(self, a):
        return _convert(a, True).is_zero()

    def is_normal(self, a):
        return _convert(a, True).is_normal(context=self)

    def is_subnormal(self, a):
        return _convert(a, True).is_subnormal(context=self)


# ---------------------------------------------------------------- contexts

def _default_template():
    d = globals().get('DefaultContext')
    if d is None:
        return (28, ROUND_HALF_EVEN, -999999, 999999, 1, 0,
                _IEEE_INVALID | _DIV_BY_ZERO | _OVERFLOW)
    return (d._prec, d._rounding, d._Emin, d._Emax, d._capitals, d._clamp,
            d._trap_bits)


DefaultContext = Context()
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[DivisionByZero, Overflow, InvalidOperation,
                              Clamped, Underflow], flags=[])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[], flags=[])

_current = _contextvars.ContextVar('decimal_context')


def getcontext():
    """Return the current context (a copy of DefaultContext at first use)."""
    try:
        return _current.get()
    except LookupError:
        ctx = Context()
        _current.set(ctx)
        return ctx


def setcontext(context):
    """Set the current context."""
    if not isinstance(context, Context):
        raise TypeError("argument must be a context")
    if context in (DefaultContext, BasicContext, ExtendedContext):
        context = context.copy()
        context.clear_flags()
    _current.set(context)


_LOCAL_KEYS = ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags', 'traps')


class _ContextManager(object):
    def __init__(self, new_context):
        self.new_context = new_context

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    """Context manager running its block under a copy of ctx (or of the
    current context), with the given attributes changed."""
    if ctx is None:
        ctx = getcontext()
    elif not isinstance(ctx, Context):
        raise TypeError("optional argument must be a context")
    new = ctx.copy()
    for k, v in kwargs.items():
        if k not in _LOCAL_KEYS:
            raise TypeError("'%s' is an invalid keyword argument for this function" % k)
        setattr(new, k, v)
    return _ContextManager(new)


_numbers.Number.register(Decimal)

# CPython's classes are C types named 'decimal.Decimal' etc. in messages built from tp_name.
from _typenames import set_type_name as _set_type_name
_set_type_name(Decimal, 'decimal.Decimal')
_set_type_name(Context, 'decimal.Context')
del _set_type_name
