"""Fraction: exact rational numbers (numerator/denominator in lowest
terms, denominator > 0)."""

import numbers
import operator
import sys

__all__ = ['Fraction']

_HASH_MODULUS = sys.hash_info.modulus
_HASH_INF = sys.hash_info.inf


def _gcd(a, b):
    a, b = abs(a), abs(b)
    while b:
        a, b = b, a % b
    return a


def _is_decimal(x):
    return type(x).__name__ == 'Decimal' and hasattr(x, 'as_integer_ratio')


def _digits(text, allow_empty=False):
    """Validate \\d+(_\\d+)* (or empty if allowed); return the digits."""
    if not text:
        return '' if allow_empty else None
    if text[0] == '_' or text[-1] == '_' or '__' in text:
        return None
    plain = text.replace('_', '')
    if not plain or not all(ch.isdecimal() for ch in plain):
        return None
    return plain


def _parse(text):
    """Parse '[-+]num[/den]' or '[-+]num[.frac][e[-+]exp]' into (n, d)."""
    s = text.strip()
    sign = 1
    if s and s[0] in '+-':
        if s[0] == '-':
            sign = -1
        s = s[1:]
    if not s or not (s[0].isdecimal() or
                     (s[0] == '.' and s[1:2].isdecimal())):
        return None
    if '/' in s:
        num, _, den = s.partition('/')
        num, den = _digits(num), _digits(den)
        if num is None or den is None:
            return None
        return sign * int(num), int(den)
    mantissa, exp = s, ''
    for marker in 'eE':
        if marker in s:
            mantissa, _, exp = s.partition(marker)
            break
    whole, dot, frac = mantissa.partition('.')
    whole = _digits(whole, allow_empty=True)
    frac = _digits(frac, allow_empty=True) if dot else ''
    if whole is None or frac is None or (whole == '' and not frac):
        return None
    n = int(whole or '0')
    d = 1
    if frac:
        scale = 10 ** len(frac)
        n = n * scale + int(frac)
        d = scale
    if exp or (exp == '' and mantissa != s):
        esign = 1
        if exp[:1] in '+-':
            esign = -1 if exp[0] == '-' else 1
            exp = exp[1:]
        exp = _digits(exp)
        if exp is None:
            return None
        e = esign * int(exp)
        if e >= 0:
            n *= 10 ** e
        else:
            d *= 10 ** -e
    return sign * n, d


class Fraction(numbers.Rational):
    """Fraction(numerator=0, denominator=1), Fraction(other_rational),
    Fraction(float_or_decimal) or Fraction('3/4' | '-1.5e3')."""

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = super(Fraction, cls).__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            if isinstance(numerator, numbers.Rational):
                self._numerator = numerator.numerator
                self._denominator = numerator.denominator
                return self
            if isinstance(numerator, float) or _is_decimal(numerator):
                self._numerator, self._denominator = \
                    numerator.as_integer_ratio()
                return self
            if isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError('Invalid literal for Fraction: %r'
                                     % numerator)
                numerator, denominator = parsed
            else:
                raise TypeError('argument should be a string or a Rational '
                                'instance')
        elif type(numerator) is int is type(denominator):
            pass
        elif (isinstance(numerator, numbers.Rational) and
              isinstance(denominator, numbers.Rational)):
            numerator, denominator = (
                numerator.numerator * denominator.denominator,
                denominator.numerator * numerator.denominator)
        else:
            raise TypeError('both arguments should be Rational instances')
        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        if _normalize:
            g = _gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._numerator = numerator
        self._denominator = denominator
        return self

    @classmethod
    def from_float(cls, f):
        """Exact Fraction for float (or int) f."""
        if isinstance(f, numbers.Integral):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('%s.from_float() only takes floats, not %r (%s)'
                            % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """Exact Fraction for a Decimal (or int)."""
        if isinstance(dec, numbers.Integral):
            return cls(int(dec))
        if not _is_decimal(dec):
            raise TypeError('%s.from_decimal() only takes Decimals, not %r '
                            '(%s)' % (cls.__name__, dec, type(dec).__name__))
        return cls(*dec.as_integer_ratio())

    def as_integer_ratio(self):
        """(numerator, denominator) of the fraction."""
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """Closest Fraction with denominator at most max_denominator."""
        if max_denominator < 1:
            raise ValueError('max_denominator should be at least 1')
        if self._denominator <= max_denominator:
            return Fraction(self)
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        if 2 * d * (q0 + k * q1) <= self._denominator:
            return Fraction(p1, q1, _normalize=False)
        return Fraction(p0 + k * p1, q0 + k * q1, _normalize=False)

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        return '%s(%s, %s)' % (self.__class__.__name__, self._numerator,
                               self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    # -- arithmetic: exact for int/Fraction, float or complex otherwise --------
    def _operands(name, exact, fallback):
        def forward(a, b):
            if isinstance(b, (Fraction, int)):
                return exact(a, b)
            if isinstance(b, float):
                return fallback(float(a), b)
            if isinstance(b, complex):
                return fallback(complex(a), b)
            return NotImplemented
        forward.__name__ = '__' + name + '__'

        def reverse(b, a):
            if isinstance(a, numbers.Rational):
                return exact(Fraction(a), b)
            if isinstance(a, numbers.Real):
                return fallback(float(a), float(b))
            if isinstance(a, numbers.Complex):
                return fallback(complex(a), complex(b))
            return NotImplemented
        reverse.__name__ = '__r' + name + '__'
        return forward, reverse

    def _add(a, b):
        return Fraction(a.numerator * b.denominator +
                        b.numerator * a.denominator,
                        a.denominator * b.denominator)

    def _sub(a, b):
        return Fraction(a.numerator * b.denominator -
                        b.numerator * a.denominator,
                        a.denominator * b.denominator)

    def _mul(a, b):
        return Fraction(a.numerator * b.numerator,
                        a.denominator * b.denominator)

    def _div(a, b):
        if b.numerator == 0:
            # CPython reduces by gcds first; its message shows the result.
            na, da, db = a.numerator, a.denominator, b.denominator
            g1 = _gcd(na, 0)
            if g1 > 1:
                na //= g1
            g2 = _gcd(db, da)
            if g2 > 1:
                db //= g2
            raise ZeroDivisionError('Fraction(%s, 0)' % (na * db))
        return Fraction(a.numerator * b.denominator,
                        a.denominator * b.numerator)

    def _floordiv(a, b):
        return (a.numerator * b.denominator) // (a.denominator * b.numerator)

    def _divmod(a, b):
        da, db = a.denominator, b.denominator
        div, n_mod = divmod(a.numerator * db, da * b.numerator)
        return div, Fraction(n_mod, da * db)

    def _mod(a, b):
        da, db = a.denominator, b.denominator
        return Fraction((a.numerator * db) % (b.numerator * da), da * db)

    __add__, __radd__ = _operands('add', _add, operator.add)
    __sub__, __rsub__ = _operands('sub', _sub, operator.sub)
    __mul__, __rmul__ = _operands('mul', _mul, operator.mul)
    __truediv__, __rtruediv__ = _operands('truediv', _div, operator.truediv)
    __floordiv__, __rfloordiv__ = _operands('floordiv', _floordiv,
                                            operator.floordiv)
    __divmod__, __rdivmod__ = _operands('divmod', _divmod, divmod)
    __mod__, __rmod__ = _operands('mod', _mod, operator.mod)

    def __pow__(a, b):
        """a ** b: exact for integral exponents, float otherwise."""
        if isinstance(b, numbers.Rational):
            if b.denominator == 1:
                power = b.numerator
                if power >= 0:
                    return Fraction(a._numerator ** power,
                                    a._denominator ** power,
                                    _normalize=False)
                if a._numerator >= 0:
                    return Fraction(a._denominator ** -power,
                                    a._numerator ** -power,
                                    _normalize=False)
                return Fraction((-a._denominator) ** -power,
                                (-a._numerator) ** -power,
                                _normalize=False)
            return float(a) ** float(b)
        return float(a) ** b

    def __rpow__(b, a):
        """a ** b with a Fraction exponent."""
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, numbers.Rational):
            return Fraction(a.numerator, a.denominator) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        return Fraction(a._numerator, a._denominator, _normalize=False)

    def __neg__(a):
        return Fraction(-a._numerator, a._denominator, _normalize=False)

    def __abs__(a):
        return Fraction(abs(a._numerator), a._denominator, _normalize=False)

    def __int__(a, _index=operator.index):
        if a._numerator < 0:
            return _index(-(-a._numerator // a._denominator))
        return _index(a._numerator // a._denominator)

    def __trunc__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        """Round half to even, to an int (or a Fraction with ndigits)."""
        if ndigits is None:
            floor, remainder = divmod(self._numerator, self._denominator)
            if remainder * 2 < self._denominator:
                return floor
            if remainder * 2 > self._denominator:
                return floor + 1
            return floor if floor % 2 == 0 else floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __float__(a):
        return a._numerator / a._denominator

    def __hash__(self):
        try:
            inverse = pow(self._denominator, -1, _HASH_MODULUS)
        except ValueError:
            value = _HASH_INF
        else:
            value = hash(hash(abs(self._numerator)) * inverse)
        result = value if self._numerator >= 0 else -value
        return -2 if result == -1 else result

    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if isinstance(b, numbers.Rational):
            return (a._numerator == b.numerator and
                    a._denominator == b.denominator)
        if isinstance(b, numbers.Complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if b != b or b in (float('inf'), float('-inf')):
                return 0.0 == b
            return a == a.from_float(b)
        return NotImplemented

    def _compare(a, b, op):
        if isinstance(b, numbers.Rational):
            return op(a._numerator * b.denominator,
                      a._denominator * b.numerator)
        if isinstance(b, float):
            if b != b or b in (float('inf'), float('-inf')):
                return op(0.0, b)
            return op(a, a.from_float(b))
        return NotImplemented

    def __lt__(a, b):
        return a._compare(b, operator.lt)

    def __gt__(a, b):
        return a._compare(b, operator.gt)

    def __le__(a, b):
        return a._compare(b, operator.le)

    def __ge__(a, b):
        return a._compare(b, operator.ge)

    def __bool__(a):
        return bool(a._numerator)

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)
