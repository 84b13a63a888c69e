"""Secure hashes and message digests: md5, sha1, sha224/256/384/512, sha3_*, blake2b/blake2s,
new(name), pbkdf2_hmac, file_digest. Digests come from the built-in _hashlib."""

import _hashlib
import _thread

__always_supported = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'blake2b',
                      'blake2s', 'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512',
                      'shake_128', 'shake_256')
algorithms_guaranteed = set(__always_supported)
algorithms_available = set(algorithms_guaranteed)

__all__ = __always_supported + ('new', 'algorithms_guaranteed', 'algorithms_available',
                                'pbkdf2_hmac', 'file_digest')


class _Hash:
    """A hash object: update() data in, digest()/hexdigest() out; copy() forks it."""

    __slots__ = ('_ctx', '_lock', 'name', 'digest_size', 'block_size')

    def __init__(self, ctx, name, digest_size, block_size):
        self._ctx = ctx
        self._lock = _thread.allocate_lock()
        self.name = name
        self.digest_size = digest_size
        self.block_size = block_size

    def update(self, data, /):
        with self._lock:
            _hashlib.update(self._ctx, data)

    def digest(self):
        with self._lock:
            return _hashlib.digest(self._ctx)

    def hexdigest(self):
        return self.digest().hex()

    def copy(self):
        with self._lock:
            return _Hash(_hashlib.copy(self._ctx), self.name, self.digest_size, self.block_size)

    def __repr__(self):
        return '<%s _hashlib.HASH object @ %s>' % (self.name, hex(id(self)))


_Hash.__name__ = _Hash.__qualname__ = 'HASH'
_Hash.__module__ = '_hashlib'


def _evp(name, data=b'', *, usedforsecurity=True):
    ctx = _hashlib.new_evp(name)
    if ctx is None:
        raise ValueError('unsupported hash type ' + name)
    size, block = _hashlib.info(name)
    h = _Hash(ctx, name, size, block)
    h.update(data)
    return h


def _constructor(name):
    def construct(data=b'', *, usedforsecurity=True, string=None):
        if string is not None:
            if data != b'':
                raise TypeError("'data' and 'string' are mutually exclusive and support for "
                                "'string' keyword parameter is slated for removal in a future "
                                "version.")
            data = string
        return _evp(name, data)
    construct.__name__ = 'openssl_' + name
    construct.__qualname__ = construct.__name__
    return construct


md5 = _constructor('md5')
sha1 = _constructor('sha1')
sha224 = _constructor('sha224')
sha256 = _constructor('sha256')
sha384 = _constructor('sha384')
sha512 = _constructor('sha512')
sha3_224 = _constructor('sha3_224')
sha3_256 = _constructor('sha3_256')
sha3_384 = _constructor('sha3_384')
sha3_512 = _constructor('sha3_512')


class blake2b:
    """BLAKE2b with digest_size (1..64), key (up to 64 bytes), salt and person (up to 16)."""

    SALT_SIZE = 16
    PERSON_SIZE = 16
    MAX_KEY_SIZE = 64
    MAX_DIGEST_SIZE = 64

    def __new__(cls, data=b'', /, *, digest_size=64, key=b'', salt=b'', person=b'', fanout=1,
                depth=1, leaf_size=0, node_offset=0, node_depth=0, inner_size=0,
                last_node=False, usedforsecurity=True):
        if not 1 <= digest_size <= 64:
            raise ValueError("digest_size must be between 1 and 64 bytes")
        if len(key) > 64:
            raise ValueError("maximum key length is 64 bytes")
        if len(salt) > 16:
            raise ValueError("maximum salt length is 16 bytes")
        if len(person) > 16:
            raise ValueError("maximum person length is 16 bytes")
        if (fanout, depth, leaf_size, node_offset, node_depth, inner_size, last_node) != \
                (1, 1, 0, 0, 0, 0, False):
            raise NotImplementedError("blake2b tree hashing parameters are not supported")
        h = _Hash(_hashlib.new_blake2b(digest_size, key, salt, person), 'blake2b',
                  digest_size, 128)
        if data is not None:
            h.update(data)
        return h


class _Shake(_Hash):
    """SHAKE: an extendable-output hash; digest(length) picks the output size."""

    __slots__ = ()

    def digest(self, length):
        with self._lock:
            return _hashlib.digest_xof(self._ctx, length)

    def hexdigest(self, length):
        return self.digest(length).hex()

    def copy(self):
        with self._lock:
            return _Shake(_hashlib.copy(self._ctx), self.name, 0, self.block_size)


_Shake.__name__ = _Shake.__qualname__ = 'HASHXOF'
_Shake.__module__ = '_hashlib'


def _shake_constructor(name):
    def construct(data=b'', *, usedforsecurity=True):
        ctx = _hashlib.new_evp(name)
        if ctx is None:
            raise ValueError('unsupported hash type ' + name)
        h = _Shake(ctx, name, 0, _hashlib.info(name)[1])
        h.update(data)
        return h
    construct.__name__ = 'openssl_' + name
    return construct


shake_128 = _shake_constructor('shake_128')
shake_256 = _shake_constructor('shake_256')


def blake2s(data=b'', /, *, digest_size=32, key=b'', salt=b'', person=b'', usedforsecurity=True,
            **params):
    if digest_size != 32 or key or salt or person or params:
        raise NotImplementedError("blake2s supports only its default parameters here")
    return _evp('blake2s', data)


_CONSTRUCTORS = {'md5': md5, 'sha1': sha1, 'sha224': sha224, 'sha256': sha256,
                 'sha384': sha384, 'sha512': sha512, 'sha3_224': sha3_224,
                 'sha3_256': sha3_256, 'sha3_384': sha3_384, 'sha3_512': sha3_512,
                 'blake2b': blake2b, 'blake2s': blake2s, 'shake_128': shake_128,
                 'shake_256': shake_256}


def new(name, data=b'', **kwargs):
    """A hash object for the algorithm `name` (case-insensitive for the OpenSSL names)."""
    if not isinstance(name, str):
        raise TypeError(f"new() argument 'name' must be str, not {type(name).__name__}")
    key = name.lower().replace('-', '_') if name.lower() not in _CONSTRUCTORS else name.lower()
    if name in ('blake2b', 'blake2s'):
        return _CONSTRUCTORS[name](data, **kwargs)
    ctor = _CONSTRUCTORS.get(key)
    if ctor is None:
        raise ValueError('unsupported hash type ' + name)
    kwargs.pop('usedforsecurity', None)
    return ctor(data)


def _hmac_pbkdf2(hash_name, password, salt, iterations, dklen=None):
    password = bytes(memoryview(password))
    salt = bytes(memoryview(salt))
    if iterations < 1:
        raise ValueError("iteration value must be greater than 0.")
    inner, outer = new(hash_name), new(hash_name)
    blocksize = inner.block_size
    if len(password) > blocksize:
        password = new(hash_name, password).digest()
    password = password + b'\x00' * (blocksize - len(password))
    inner.update(bytes(x ^ 0x36 for x in password))
    outer.update(bytes(x ^ 0x5C for x in password))

    def prf(msg):
        icpy, ocpy = inner.copy(), outer.copy()
        icpy.update(msg)
        ocpy.update(icpy.digest())
        return ocpy.digest()

    if dklen is None:
        dklen = outer.digest_size
    if dklen < 1:
        raise ValueError("key length must be greater than 0.")
    dkey = b''
    loop = 1
    while len(dkey) < dklen:
        prev = prf(salt + loop.to_bytes(4, 'big'))
        rkey = int.from_bytes(prev, 'big')
        for _ in range(iterations - 1):
            prev = prf(prev)
            rkey ^= int.from_bytes(prev, 'big')
        loop += 1
        dkey += rkey.to_bytes(inner.digest_size, 'big')
    return dkey[:dklen]


pbkdf2_hmac = _hmac_pbkdf2
pbkdf2_hmac.__name__ = 'pbkdf2_hmac'


def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    """Hash the contents of a binary file object opened for reading."""
    if isinstance(digest, str):
        digestobj = new(digest)
    else:
        digestobj = digest()
    if hasattr(fileobj, 'getbuffer'):
        digestobj.update(fileobj.getbuffer())
        return digestobj
    if not (hasattr(fileobj, 'readinto') and hasattr(fileobj, 'readable') and fileobj.readable()):
        if not hasattr(fileobj, 'read'):
            raise ValueError(f"'{fileobj!r}' is not a file-like object in binary reading mode.")
    while True:
        data = fileobj.read(_bufsize)
        if not data:
            break
        digestobj.update(data)
    return digestobj
