"""Pseudo-random numbers: a pure-Python Mersenne Twister (MT19937).

Seeding, random(), getrandbits() and every method built on them follow
CPython's algorithms, so a given seed yields CPython's exact sequences.
"""

from itertools import accumulate as _accumulate, repeat as _repeat
from bisect import bisect as _bisect
import _thread

__all__ = ["Random", "SystemRandom", "betavariate", "choice", "choices",
           "expovariate", "gammavariate", "gauss", "getrandbits", "getstate",
           "lognormvariate", "normalvariate", "paretovariate", "randbytes",
           "randint", "random", "randrange", "sample", "seed", "setstate",
           "shuffle", "triangular", "uniform", "vonmisesvariate",
           "weibullvariate"]

_N = 624
_M = 397
_MATRIX_A = 0x9908b0df
_UPPER = 0x80000000
_LOWER = 0x7fffffff
_MASK32 = 0xffffffff
_ONE = 1
_RECIP_BPF = 2.0 ** -53
BPF = 53

def _m():
    """The math module, imported on first use."""
    import math
    return math


class _MT19937:
    """The bare generator: 624 words of state and a position."""

    __slots__ = ('mt', 'mti')

    def __init__(self):
        self.mt = [0] * _N
        self.mti = _N + 1

    def init_genrand(self, s):
        mt = self.mt
        mt[0] = s & _MASK32
        for i in range(1, _N):
            prev = mt[i - 1]
            mt[i] = (1812433253 * (prev ^ (prev >> 30)) + i) & _MASK32
        self.mti = _N

    def init_by_array(self, key):
        self.init_genrand(19650218)
        mt = self.mt
        i, j = 1, 0
        klen = len(key)
        for _ in range(max(_N, klen)):
            prev = mt[i - 1]
            mt[i] = ((mt[i] ^ ((prev ^ (prev >> 30)) * 1664525))
                     + key[j] + j) & _MASK32
            i += 1
            j += 1
            if i >= _N:
                mt[0] = mt[_N - 1]
                i = 1
            if j >= klen:
                j = 0
        for _ in range(_N - 1):
            prev = mt[i - 1]
            mt[i] = ((mt[i] ^ ((prev ^ (prev >> 30)) * 1566083941))
                     - i) & _MASK32
            i += 1
            if i >= _N:
                mt[0] = mt[_N - 1]
                i = 1
        mt[0] = 0x80000000

    def _twist(self):
        mt = self.mt
        for kk in range(_N - _M):
            y = (mt[kk] & _UPPER) | (mt[kk + 1] & _LOWER)
            mt[kk] = mt[kk + _M] ^ (y >> 1) ^ (_MATRIX_A if y & 1 else 0)
        for kk in range(_N - _M, _N - 1):
            y = (mt[kk] & _UPPER) | (mt[kk + 1] & _LOWER)
            mt[kk] = mt[kk + (_M - _N)] ^ (y >> 1) ^ (_MATRIX_A if y & 1 else 0)
        y = (mt[_N - 1] & _UPPER) | (mt[0] & _LOWER)
        mt[_N - 1] = mt[_M - 1] ^ (y >> 1) ^ (_MATRIX_A if y & 1 else 0)
        self.mti = 0

    def next32(self):
        if self.mti >= _N:
            self._twist()
        y = self.mt[self.mti]
        self.mti += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9d2c5680
        y ^= (y << 15) & 0xefc60000
        y ^= y >> 18
        return y


def _int_to_key(n):
    """32-bit little-endian words of abs(n); [0] for zero."""
    n = abs(n)
    key = []
    while n:
        key.append(n & _MASK32)
        n >>= 32
    return key or [0]


class Random:
    """Random number generator; subclass and override random() (and
    optionally getrandbits()) to use another basic generator."""

    VERSION = 3

    def __init__(self, x=None):
        self._mt = _MT19937()
        self._lock = _thread.allocate_lock()
        self.seed(x)
        self.gauss_next = None

    def __init_subclass__(cls, /, **kwargs):
        # Pick _randbelow based on which primitives the subclass overrides.
        for c in cls.__mro__:
            if '_randbelow' in c.__dict__:
                break
            if 'getrandbits' in c.__dict__:
                cls._randbelow = cls._randbelow_with_getrandbits
                break
            if 'random' in c.__dict__:
                cls._randbelow = cls._randbelow_without_getrandbits
                break

    # -- state -------------------------------------------------------------
    def seed(self, a=None, version=2):
        """Initialize internal state from a seed (int, str, bytes, float...)."""
        if version == 1 and isinstance(a, (str, bytes)):
            a = a.decode('latin-1') if isinstance(a, bytes) else a
            x = ord(a[0]) << 7 if a else 0
            for c in map(ord, a):
                x = ((1000003 * x) ^ c) & 0xFFFFFFFFFFFFFFFF
            x ^= len(a)
            a = -2 if x == -1 else x
        elif version == 2 and isinstance(a, (str, bytes, bytearray)):
            if isinstance(a, str):
                a = a.encode()
            a = int.from_bytes(bytes(a) + _sha512(bytes(a)), 'big')
        elif not isinstance(a, (type(None), int, float, str, bytes,
                                bytearray)):
            raise TypeError('The only supported seed types are: None,\n'
                            'int, float, str, bytes, and bytearray.')
        if a is None:
            a = _entropy()
        elif not isinstance(a, int):
            a = hash(a) & 0xFFFFFFFFFFFFFFFF   # CPython reads it as size_t
        self._mt.init_by_array(_int_to_key(a))
        self.gauss_next = None

    def getstate(self):
        """Return internal state; can be passed to setstate() later."""
        return (self.VERSION, tuple(self._mt.mt) + (self._mt.mti,),
                self.gauss_next)

    def setstate(self, state):
        """Restore internal state from an object returned by getstate()."""
        version = state[0]
        if version == 3:
            version, internalstate, self.gauss_next = state
        elif version == 2:
            version, internalstate, self.gauss_next = state
            try:
                internalstate = tuple(x % (2 ** 32) for x in internalstate)
            except ValueError as e:
                raise TypeError from e
        else:
            raise ValueError("state with version %s passed to "
                             "Random.setstate() of version %s" %
                             (version, self.VERSION))
        if not isinstance(internalstate, tuple) or \
                len(internalstate) != _N + 1:
            raise ValueError("state vector is the wrong size")
        index = internalstate[-1]
        if index < 0 or index > _N:
            raise ValueError("invalid state")
        self._mt.mt = [int(w) & _MASK32 for w in internalstate[:_N]]
        self._mt.mti = index

    def __getstate__(self):
        return self.getstate()

    def __setstate__(self, state):
        self.setstate(state)

    def __reduce__(self):
        return self.__class__, (), self.getstate()

    # -- core primitives -------------------------------------------------------
    def random(self):
        """random() -> x in the interval [0, 1)."""
        nxt = self._mt.next32
        a = nxt() >> 5
        b = nxt() >> 6
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)

    def getrandbits(self, k, /):
        """getrandbits(k) -> x.  Generates an int with k random bits."""
        if k < 0:
            raise ValueError("number of bits must be non-negative")
        if k == 0:
            return 0
        nxt = self._mt.next32
        if k <= 32:
            return nxt() >> (32 - k)
        result = 0
        shift = 0
        while k > 0:
            r = nxt()
            if k < 32:
                r >>= 32 - k
            result |= r << shift
            shift += 32
            k -= 32
        return result

    def randbytes(self, n):
        """Generate n random bytes."""
        return self.getrandbits(n * 8).to_bytes(n, 'little')

    def _randbelow_with_getrandbits(self, n):
        """Return a random int in the range [0, n).  n > 0."""
        getrandbits = self.getrandbits
        k = n.bit_length()
        r = getrandbits(k)
        while r >= n:
            r = getrandbits(k)
        return r

    def _randbelow_without_getrandbits(self, n, maxsize=1 << BPF):
        """Return a random int in [0, n) using only random()."""
        random = self.random
        if n >= maxsize:
            return int(random() * n)
        if n == 0:
            return 0
        rem = maxsize % n
        limit = (maxsize - rem) / maxsize
        r = random()
        while r >= limit:
            r = random()
        return int(r * maxsize) % n

    _randbelow = _randbelow_with_getrandbits

    # -- integer methods -------------------------------------------------------
    def randrange(self, start, stop=None, step=_ONE):
        """Choose a random item from range(start, stop[, step])."""
        istart = _as_int(start, "non-integer arg 1 for randrange()")
        if stop is None:
            if step is not _ONE:
                raise TypeError("Missing a non-None stop argument")
            if istart > 0:
                return self._randbelow(istart)
            raise ValueError("empty range for randrange()")
        istop = _as_int(stop, "non-integer stop for randrange()")
        width = istop - istart
        istep = _as_int(step, "non-integer step for randrange()")
        if istep == 1:
            if width > 0:
                return istart + self._randbelow(width)
            raise ValueError("empty range for randrange() (%d, %d, %d)"
                             % (istart, istop, width))
        if istep > 0:
            n = (width + istep - 1) // istep
        elif istep < 0:
            n = (width + istep + 1) // istep
        else:
            raise ValueError("zero step for randrange()")
        if n <= 0:
            raise ValueError("empty range for randrange()")
        return istart + istep * self._randbelow(n)

    def randint(self, a, b):
        """Return random integer in range [a, b], including both end points."""
        return self.randrange(a, b + 1)

    # -- sequence methods -------------------------------------------------------
    def choice(self, seq):
        """Choose a random element from a non-empty sequence."""
        if not len(seq):
            raise IndexError('Cannot choose from an empty sequence')
        return seq[self._randbelow(len(seq))]

    def shuffle(self, x):
        """Shuffle list x in place, and return None."""
        randbelow = self._randbelow
        for i in reversed(range(1, len(x))):
            j = randbelow(i + 1)
            x[i], x[j] = x[j], x[i]

    def sample(self, population, k, *, counts=None):
        """Chooses k unique random elements from a population sequence."""
        from _collections_abc import Sequence
        if not isinstance(population, Sequence):
            raise TypeError("Population must be a sequence.  "
                            "For dicts or sets, use sorted(d).")
        n = len(population)
        if counts is not None:
            cum_counts = list(_accumulate(counts))
            if len(cum_counts) != n:
                raise ValueError('The number of counts does not match the '
                                 'population')
            total = cum_counts.pop()
            if not isinstance(total, int):
                raise TypeError('Counts must be integers')
            if total <= 0:
                raise ValueError('Total of counts must be greater than zero')
            selections = self.sample(range(total), k=k)
            return [population[_bisect(cum_counts, s)] for s in selections]
        randbelow = self._randbelow
        if not 0 <= k <= n:
            raise ValueError("Sample larger than population or is negative")
        result = [None] * k
        setsize = 21
        if k > 5:
            m = _m()
            setsize += 4 ** m.ceil(m.log(k * 3, 4))
        if n <= setsize:
            # Partial Fisher-Yates over a copy of the population.
            pool = list(population)
            for i in range(k):
                j = randbelow(n - i)
                result[i] = pool[j]
                pool[j] = pool[n - i - 1]
        else:
            # Rejection sampling of indices.
            selected = set()
            for i in range(k):
                j = randbelow(n)
                while j in selected:
                    j = randbelow(n)
                selected.add(j)
                result[i] = population[j]
        return result

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        """Return a k sized list of population elements chosen with
        replacement (optionally weighted)."""
        random = self.random
        n = len(population)
        if cum_weights is None:
            if weights is None:
                n += 0.0
                return [population[int(random() * n)]
                        for _ in _repeat(None, k)]
            try:
                cum_weights = list(_accumulate(weights))
            except TypeError:
                if not isinstance(weights, int):
                    raise
                k = weights
                raise TypeError('The number of choices must be a keyword '
                                f'argument: k={k}') from None
        elif weights is not None:
            raise TypeError('Cannot specify both weights and cumulative '
                            'weights')
        if len(cum_weights) != n:
            raise ValueError('The number of weights does not match the '
                             'population')
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError('Total of weights must be greater than zero')
        if total != total or total in (float('inf'), float('-inf')):
            raise ValueError('Total of weights must be finite')
        hi = n - 1
        return [population[_bisect(cum_weights, random() * total, 0, hi)]
                for _ in _repeat(None, k)]

    # -- real-valued distributions -----------------------------------------------
    def uniform(self, a, b):
        """Get a random number in the range [a, b) or [a, b]."""
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        """Triangular distribution on [low, high] with the given mode."""
        u = self.random()
        try:
            c = 0.5 if mode is None else (mode - low) / (high - low)
        except ZeroDivisionError:
            return low
        if u > c:
            u = 1.0 - u
            c = 1.0 - c
            low, high = high, low
        return low + (high - low) * _m().sqrt(u * c)

    def normalvariate(self, mu=0.0, sigma=1.0):
        """Normal distribution (Kinderman and Monahan method)."""
        m = _m()
        magic = 4 * m.exp(-0.5) / m.sqrt(2.0)
        random = self.random
        while True:
            u1 = random()
            u2 = 1.0 - random()
            z = magic * (u1 - 0.5) / u2
            zz = z * z / 4.0
            if zz <= -m.log(u2):
                break
        return mu + z * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        """Gaussian distribution (faster than normalvariate; not
        thread-safe between the two halves of a pair)."""
        m = _m()
        random = self.random
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            x2pi = random() * (2.0 * m.pi)
            g2rad = m.sqrt(-2.0 * m.log(1.0 - random()))
            z = m.cos(x2pi) * g2rad
            self.gauss_next = m.sin(x2pi) * g2rad
        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        """Log normal distribution."""
        return _m().exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd):
        """Exponential distribution with rate lambd."""
        return -_m().log(1.0 - self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        """Circular data distribution (mean angle mu, concentration kappa)."""
        m = _m()
        random = self.random
        if kappa <= 1e-6:
            return 2.0 * m.pi * random()
        s = 0.5 / kappa
        r = s + m.sqrt(1.0 + s * s)
        while True:
            u1 = random()
            z = m.cos(m.pi * u1)
            d = z / (r + z)
            u2 = random()
            if u2 < 1.0 - d * d or u2 <= (1.0 - d) * m.exp(d):
                break
        q = 1.0 / r
        f = (q + z) / (1.0 + q * z)
        u3 = random()
        if u3 > 0.5:
            theta = (mu + m.acos(f)) % (2.0 * m.pi)
        else:
            theta = (mu - m.acos(f)) % (2.0 * m.pi)
        return theta

    def gammavariate(self, alpha, beta):
        """Gamma distribution (not the gamma function)."""
        m = _m()
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError('gammavariate: alpha and beta must be > 0.0')
        random = self.random
        if alpha > 1.0:
            ainv = m.sqrt(2.0 * alpha - 1.0)
            bbb = alpha - m.log(4.0)
            ccc = alpha + ainv
            sg_magic = 1.0 + m.log(4.5)
            while True:
                u1 = random()
                if not 1e-7 < u1 < 0.9999999:
                    continue
                u2 = 1.0 - random()
                v = m.log(u1 / (1.0 - u1)) / ainv
                x = alpha * m.exp(v)
                z = u1 * u1 * u2
                r = bbb + ccc * v - x
                if r + sg_magic - 4.5 * z >= 0.0 or r >= m.log(z):
                    return x * beta
        elif alpha == 1.0:
            return -m.log(1.0 - random()) * beta
        else:
            while True:
                u = random()
                b = (m.e + alpha) / m.e
                p = b * u
                if p <= 1.0:
                    x = p ** (1.0 / alpha)
                else:
                    x = -m.log((b - p) / alpha)
                u1 = random()
                if p > 1.0:
                    if u1 <= x ** (alpha - 1.0):
                        break
                elif u1 <= m.exp(-x):
                    break
            return x * beta

    def betavariate(self, alpha, beta):
        """Beta distribution; returns values between 0 and 1."""
        y = self.gammavariate(alpha, 1.0)
        if y:
            return y / (y + self.gammavariate(beta, 1.0))
        return 0.0

    def paretovariate(self, alpha):
        """Pareto distribution.  alpha is the shape parameter."""
        u = 1.0 - self.random()
        return u ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        """Weibull distribution (scale alpha, shape beta)."""
        u = 1.0 - self.random()
        return alpha * (-_m().log(u)) ** (1.0 / beta)


def _as_int(value, message):
    try:
        return value.__index__()
    except AttributeError:
        pass
    as_int = int(value)
    if as_int != value:
        raise ValueError(message)
    import warnings
    warnings.warn('non-integer arguments to randrange() have been '
                  'deprecated since Python 3.10 and will be removed in a '
                  'subsequent version', DeprecationWarning, 3)
    return as_int


def _entropy():
    """Seed material when none is given: OS randomness, else the clock."""
    try:
        import os
        return int.from_bytes(os.urandom(32), 'big')
    except Exception:
        import time
        return (time.time_ns() << 64) ^ (time.perf_counter_ns() << 16) ^ \
            id(object())


class SystemRandom(Random):
    """Random numbers from os.urandom(); not reproducible."""

    def random(self):
        return (int.from_bytes(_urandom(7), 'big') >> 3) * _RECIP_BPF

    def getrandbits(self, k):
        if k < 0:
            raise ValueError('number of bits must be non-negative')
        numbytes = (k + 7) // 8
        x = int.from_bytes(_urandom(numbytes), 'big')
        return x >> (numbytes * 8 - k)

    def randbytes(self, n):
        return _urandom(n)

    def seed(self, *args, **kwds):
        return None

    def _notimplemented(self, *args, **kwds):
        raise NotImplementedError('System entropy source does not have state.')

    getstate = setstate = _notimplemented


def _urandom(n):
    import os
    return os.urandom(n)


# -- SHA-512 (FIPS 180-4), used only to seed from str/bytes ----------------------

_K512 = None


def _sha512_constants():
    # First 64 bits of the fractional parts of the cube roots of the first
    # 80 primes, computed exactly with integer arithmetic.
    primes = []
    n = 2
    while len(primes) < 80:
        if all(n % p for p in primes if p * p <= n):
            primes.append(n)
        n += 1

    def frac_root(p, k):
        # floor(frac(p ** (1/k)) * 2**64) via integer k-th root.
        scaled = p << (64 * k)
        lo, hi = 0, 1 << (64 + 8)
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if mid ** k <= scaled:
                lo = mid
            else:
                hi = mid - 1
        return lo & 0xFFFFFFFFFFFFFFFF

    return ([frac_root(p, 3) for p in primes],
            [frac_root(p, 2) for p in primes[:8]])


def _sha512(data):
    global _K512
    if _K512 is None:
        _K512 = _sha512_constants()
    k, h = _K512
    h = list(h)
    mask = 0xFFFFFFFFFFFFFFFF

    def rotr(x, n):
        return ((x >> n) | (x << (64 - n))) & mask

    length = len(data) * 8
    msg = data + b'\x80'
    msg += b'\x00' * ((112 - len(msg) % 128) % 128)
    msg += length.to_bytes(16, 'big')
    for off in range(0, len(msg), 128):
        w = [int.from_bytes(msg[off + 8 * i:off + 8 * i + 8], 'big')
             for i in range(16)]
        for i in range(16, 80):
            s0 = rotr(w[i - 15], 1) ^ rotr(w[i - 15], 8) ^ (w[i - 15] >> 7)
            s1 = rotr(w[i - 2], 19) ^ rotr(w[i - 2], 61) ^ (w[i - 2] >> 6)
            w.append((w[i - 16] + s0 + w[i - 7] + s1) & mask)
        a, b, c, d, e, f, g, hh = h
        for i in range(80):
            s1 = rotr(e, 14) ^ rotr(e, 18) ^ rotr(e, 41)
            ch = (e & f) ^ (~e & g)
            t1 = (hh + s1 + ch + k[i] + w[i]) & mask
            s0 = rotr(a, 28) ^ rotr(a, 34) ^ rotr(a, 39)
            maj = (a & b) ^ (a & c) ^ (b & c)
            t2 = (s0 + maj) & mask
            hh, g, f, e = g, f, e, (d + t1) & mask
            d, c, b, a = c, b, a, (t1 + t2) & mask
        h = [(x + y) & mask for x, y in zip(h, (a, b, c, d, e, f, g, hh))]
    return b''.join(x.to_bytes(8, 'big') for x in h)


# -- module-level functions share one hidden instance -------------------------------

_inst = Random()
seed = _inst.seed
random = _inst.random
uniform = _inst.uniform
triangular = _inst.triangular
randint = _inst.randint
choice = _inst.choice
randrange = _inst.randrange
sample = _inst.sample
shuffle = _inst.shuffle
choices = _inst.choices
normalvariate = _inst.normalvariate
lognormvariate = _inst.lognormvariate
expovariate = _inst.expovariate
vonmisesvariate = _inst.vonmisesvariate
gammavariate = _inst.gammavariate
gauss = _inst.gauss
betavariate = _inst.betavariate
paretovariate = _inst.paretovariate
weibullvariate = _inst.weibullvariate
getstate = _inst.getstate
setstate = _inst.setstate
getrandbits = _inst.getrandbits
randbytes = _inst.randbytes
