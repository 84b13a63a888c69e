"""zlib compression (the system zlib through the built-in _zlib): compress/decompress,
compressobj/decompressobj streams, crc32/adler32."""

import _zlib
import _thread
from _zlib import (error, crc32, adler32, MAX_WBITS, DEFLATED, DEF_MEM_LEVEL, ZLIB_VERSION,
                   ZLIB_RUNTIME_VERSION, Z_NO_COMPRESSION, Z_BEST_SPEED, Z_BEST_COMPRESSION,
                   Z_DEFAULT_COMPRESSION, Z_FILTERED, Z_HUFFMAN_ONLY, Z_RLE, Z_FIXED,
                   Z_DEFAULT_STRATEGY, Z_NO_FLUSH, Z_PARTIAL_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH,
                   Z_FINISH, Z_BLOCK, Z_TREES)

DEF_BUF_SIZE = 16384

error.__module__ = 'zlib'


def _index(v, name='integer'):
    if isinstance(v, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    return v.__index__() if not isinstance(v, int) else v


def compress(data, /, level=Z_DEFAULT_COMPRESSION, wbits=MAX_WBITS):
    """Compress data; returns a bytes object (zlib format unless wbits says otherwise)."""
    return _zlib.compress(data, _index(level), _index(wbits))


def decompress(data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE):
    """Decompress a complete compressed stream."""
    return _zlib.decompress(data, _index(wbits), _index(bufsize))


class Compress:
    """A compression stream: compress() pieces, then flush()."""

    def __init__(self, stream):
        self._stream = stream
        self._lock = _thread.allocate_lock()
        self._finished = False

    def compress(self, data, /):
        with self._lock:
            if self._stream is None:
                raise error("Error -2 while compressing data: inconsistent stream state")
            return _zlib.deflate(self._stream, data, Z_NO_FLUSH)

    def flush(self, mode=Z_FINISH, /):
        if mode == Z_NO_FLUSH:
            return b''
        with self._lock:
            if self._stream is None:
                raise error("Error -2 while flushing: inconsistent stream state")
            out = _zlib.deflate(self._stream, b'', mode)
            if mode == Z_FINISH:
                self._stream = None
            return out

    def copy(self):
        with self._lock:
            if self._stream is None:
                raise ValueError("Inconsistent stream state")
            return Compress(_zlib.copy(self._stream))

    __copy__ = copy

    def __deepcopy__(self, memo):
        return self.copy()


class Decompress:
    """A decompression stream; exposes unused_data, unconsumed_tail and eof."""

    def __init__(self, stream, zdict):
        self._stream = stream
        self._lock = _thread.allocate_lock()
        self.unused_data = b''
        self.unconsumed_tail = b''
        self.eof = False
        self._zdict = zdict

    def _run(self, data, max_length):
        out, consumed, eof = _zlib.inflate(self._stream, data, max_length)
        rest = bytes(memoryview(data)[consumed:]) if consumed < len(data) else b''
        if eof:
            self.eof = True
            self.unused_data += rest
        # As CPython: the leftover input is also the unconsumed tail once there is any.
        if rest or self.unconsumed_tail:
            self.unconsumed_tail = rest
        return out

    def decompress(self, data, /, max_length=0):
        max_length = _index(max_length)
        if max_length < 0:
            raise ValueError("max_length must be non-negative")
        with self._lock:
            if self.eof:
                data = bytes(data)
                self.unused_data += data
                if data or self.unconsumed_tail:
                    self.unconsumed_tail = data
                return b''
            return self._run(data, max_length)

    def flush(self, length=DEF_BUF_SIZE, /):
        length = _index(length)
        if length <= 0:
            raise ValueError("length must be greater than zero")
        with self._lock:
            if self.eof:
                return b''
            out = self._run(self.unconsumed_tail, 0)
            return out

    def copy(self):
        with self._lock:
            d = Decompress(_zlib.copy(self._stream), self._zdict)
            d.unused_data = self.unused_data
            d.unconsumed_tail = self.unconsumed_tail
            d.eof = self.eof
            return d

    __copy__ = copy

    def __deepcopy__(self, memo):
        return self.copy()


Compress.__module__ = Decompress.__module__ = 'zlib'


def compressobj(level=Z_DEFAULT_COMPRESSION, method=DEFLATED, wbits=MAX_WBITS,
                memLevel=DEF_MEM_LEVEL, strategy=Z_DEFAULT_STRATEGY, zdict=None):
    """A Compress object for data too large to hold at once."""
    if zdict is not None:
        memoryview(zdict)
    return Compress(_zlib.deflate_new(_index(level), _index(method), _index(wbits),
                                      _index(memLevel), _index(strategy), zdict))


def decompressobj(wbits=MAX_WBITS, zdict=b''):
    """A Decompress object for streams too large to hold at once."""
    if zdict is not None and not isinstance(zdict, (bytes, bytearray)):
        try:
            memoryview(zdict)
        except TypeError:
            raise TypeError("zdict argument must support the buffer protocol") from None
    z = zdict if zdict else None
    return Decompress(_zlib.inflate_new(_index(wbits), z), zdict)
