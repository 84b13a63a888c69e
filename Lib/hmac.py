"""HMAC (RFC 2104) keyed hashing over hashlib: new()/HMAC, digest(), compare_digest()."""

import hashlib as _hashlib
import warnings as _warnings

trans_5C = bytes((x ^ 0x5C) for x in range(256))
trans_36 = bytes((x ^ 0x36) for x in range(256))

# The size of the digests returned by HMAC depends on the underlying hashing module used.
digest_size = None

__all__ = ['HMAC', 'new', 'digest', 'compare_digest', 'digest_size', 'trans_5C', 'trans_36']


def _has_buffer(x):
    try:
        memoryview(x)
    except TypeError:
        return False
    return True


def compare_digest(a, b, /):
    """a == b for two ASCII str or two bytes-like objects, in time independent of where they
    differ (the lengths may leak)."""
    if isinstance(a, str) and isinstance(b, str):
        if not (a.isascii() and b.isascii()):
            raise TypeError('comparing strings with non-ASCII characters is not supported')
        a, b = a.encode('ascii'), b.encode('ascii')
    else:
        if not _has_buffer(a) and not _has_buffer(b):
            raise TypeError("unsupported operand types(s) or combination of types: '%s' and '%s'"
                            % (type(a).__name__, type(b).__name__))
        for x in (a, b):
            if not _has_buffer(x):
                raise TypeError("a bytes-like object is required, not '%s'" % type(x).__name__)
        a, b = bytes(memoryview(a)), bytes(memoryview(b))
    # Walk the longer-or-equal side fully whatever the inputs.
    result = len(a) ^ len(b)
    other = b if len(a) == len(b) else a
    for x, y in zip(a, other):
        result |= x ^ y
    return result == 0


def _constructor_for(digestmod):
    if callable(digestmod):
        return digestmod
    if isinstance(digestmod, str):
        return lambda d=b'': _hashlib.new(digestmod, d)
    return lambda d=b'': digestmod.new(d)


class HMAC:
    """A keyed hash: update() message data in, digest()/hexdigest() out, copy() to fork."""

    blocksize = 64  # 512-bit HMAC; may be changed by subclasses.

    __slots__ = ('_hmac', '_inner', '_outer', 'block_size', 'digest_size')

    def __init__(self, key, msg=None, digestmod=''):
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError("key: expected bytes or bytearray, but got %r" % type(key).__name__)
        if not digestmod:
            raise TypeError("Missing required parameter 'digestmod'.")
        self._hmac = None
        cons = _constructor_for(digestmod)
        self._outer = cons()
        self._inner = cons()
        self.digest_size = self._inner.digest_size
        if hasattr(self._inner, 'block_size'):
            blocksize = self._inner.block_size
            if blocksize < 16:
                _warnings.warn('block_size of %d seems too small; using our default of %d.'
                               % (blocksize, self.blocksize), RuntimeWarning, 2)
                blocksize = self.blocksize
        else:
            _warnings.warn('No block_size attribute on given digest object; Assuming %d.'
                           % self.blocksize, RuntimeWarning, 2)
            blocksize = self.blocksize
        if len(key) > blocksize:
            key = cons(key).digest()
        self.block_size = blocksize
        key = bytes(key).ljust(blocksize, b'\0')
        self._outer.update(key.translate(trans_5C))
        self._inner.update(key.translate(trans_36))
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return 'hmac-' + self._inner.name

    def update(self, msg):
        """Feeds more message data."""
        self._inner.update(msg)

    def copy(self):
        """An independent HMAC object in the same state."""
        other = self.__class__.__new__(self.__class__)
        other.digest_size = self.digest_size
        other.block_size = self.block_size
        other._hmac = None
        other._inner = self._inner.copy()
        other._outer = self._outer.copy()
        return other

    def _current(self):
        h = self._outer.copy()
        h.update(self._inner.digest())
        return h

    def digest(self):
        """The MAC of the message so far as bytes (the object stays usable)."""
        return self._current().digest()

    def hexdigest(self):
        """digest() as a string of hexadecimal digits."""
        return self._current().hexdigest()


def new(key, msg=None, digestmod=''):
    """A new HMAC object: key (bytes), optional first message, digestmod (a hashlib name, a
    constructor or a module with new())."""
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    """The HMAC of msg under key with hash `digest` (name, constructor or module), at once."""
    cons = _constructor_for(digest)
    inner, outer = cons(), cons()
    blocksize = getattr(inner, 'block_size', 64)
    if len(key) > blocksize:
        key = cons(key).digest()
    key = bytes(key) + b'\x00' * (blocksize - len(key))
    inner.update(key.translate(trans_36))
    outer.update(key.translate(trans_5C))
    inner.update(msg)
    outer.update(inner.digest())
    return outer.digest()
