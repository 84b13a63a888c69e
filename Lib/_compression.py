"""Shared pieces of the compressed-file modules (gzip, and readers that decompress on the fly).

BaseStream: a BufferedIOBase with the closed/mode checks the file classes share.
DecompressReader: a raw reader that decompresses a file object through a decompressor.
BufferedReader: a pure-Python read buffer over such a raw reader (read/read1/peek/readline/seek).
"""

import io
import sys

BUFFER_SIZE = io.DEFAULT_BUFFER_SIZE


class BaseStream(io.BufferedIOBase):
    """Mode and closed checks for compressed file objects."""

    def __del__(self):
        # As CPython's io.IOBase finaliser (Lib/io.py's IOBase has none): close when collected.
        try:
            self.close()
        except Exception:
            pass

    def _check_not_closed(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")

    def _check_can_read(self):
        if not self.readable():
            raise io.UnsupportedOperation("File not open for reading")

    def _check_can_write(self):
        if not self.writable():
            raise io.UnsupportedOperation("File not open for writing")

    def _check_can_seek(self):
        if not self.readable():
            raise io.UnsupportedOperation("Seeking is only supported on files open for reading")
        if not self.seekable():
            raise io.UnsupportedOperation("The underlying file object does not support seeking")


class DecompressReader(io.RawIOBase):
    """Reads decompressed bytes; invariant: _pos counts bytes returned since the start."""

    def readable(self):
        return True

    def __init__(self, fp, decomp_factory, trailing_error=(), **decomp_args):
        self._fp = fp
        self._eof = False
        self._pos = 0
        self._size = -1  # the decompressed size once the end was seen
        self._decomp_factory = decomp_factory
        self._decomp_args = decomp_args
        self._decompressor = self._decomp_factory(**self._decomp_args)
        self._trailing_error = trailing_error

    def close(self):
        self._decompressor = None
        return super().close()

    def seekable(self):
        return self._fp.seekable()

    def readinto(self, b):
        with memoryview(b) as view, view.cast("B") as byte_view:
            data = self.read(len(byte_view))
            byte_view[:len(data)] = data
        return len(data)

    def readall(self):
        chunks = []
        while True:
            data = self.read(BUFFER_SIZE)
            if not data:
                break
            chunks.append(data)
        return b"".join(chunks)

    def read(self, size=-1):
        if size < 0:
            return self.readall()
        if not size or self._eof:
            return b""
        data = None
        while True:
            if self._decompressor.eof:
                rawblock = self._decompressor.unused_data or self._fp.read(BUFFER_SIZE)
                if not rawblock:
                    break
                self._decompressor = self._decomp_factory(**self._decomp_args)
                try:
                    data = self._decompressor.decompress(rawblock, size)
                except self._trailing_error:
                    break  # trailing garbage after the last stream
            else:
                if self._decompressor.needs_input:
                    rawblock = self._fp.read(BUFFER_SIZE)
                    if not rawblock:
                        raise EOFError("Compressed file ended before the "
                                       "end-of-stream marker was reached")
                else:
                    rawblock = b""
                data = self._decompressor.decompress(rawblock, size)
            if data:
                break
        if not data:
            self._eof = True
            self._size = self._pos
            return b""
        self._pos += len(data)
        return data

    def _rewind(self):
        self._fp.seek(0)
        self._eof = False
        self._pos = 0
        self._decompressor = self._decomp_factory(**self._decomp_args)

    def seek(self, offset, whence=io.SEEK_SET):
        if whence == io.SEEK_SET:
            pass
        elif whence == io.SEEK_CUR:
            offset = self._pos + offset
        elif whence == io.SEEK_END:
            if self._size < 0:
                while self.read(BUFFER_SIZE):
                    pass
            offset = self._size + offset
        else:
            raise ValueError("Invalid value for whence: {}".format(whence))
        if offset < self._pos:
            self._rewind()
        else:
            offset -= self._pos
        while offset > 0:
            data = self.read(min(BUFFER_SIZE, offset))
            if not data:
                break
            offset -= len(data)
        return self._pos

    def tell(self):
        return self._pos


class BufferedReader(io.BufferedIOBase):
    """A read buffer over a raw reader; invariant: _buf[_off:] are bytes read ahead of tell()."""

    def __init__(self, raw, buffer_size=BUFFER_SIZE):
        self.raw = raw
        self._size = buffer_size
        self._buf = b""
        self._off = 0

    def readable(self):
        return True

    def seekable(self):
        return self.raw.seekable()

    @property
    def closed(self):
        return self.raw.closed

    def close(self):
        self._buf = b""
        self._off = 0
        self.raw.close()

    def _avail(self):
        return len(self._buf) - self._off

    def _take(self, n):
        out = self._buf[self._off:self._off + n]
        self._off += len(out)
        if self._off >= len(self._buf):
            self._buf = b""
            self._off = 0
        return out

    def _fill(self, want):
        """Reads once from raw (at least want bytes asked); False at the end."""
        chunk = self.raw.read(max(want, self._size))
        if not chunk:
            return False
        self._buf = self._buf[self._off:] + chunk
        self._off = 0
        return True

    def read(self, size=-1):
        if size is None or size < 0:
            parts = [self._take(self._avail())]
            while True:
                chunk = self.raw.read(self._size)
                if not chunk:
                    break
                parts.append(chunk)
            return b"".join(parts)
        while self._avail() < size:
            if not self._fill(size - self._avail()):
                break
        return self._take(size)

    def read1(self, size=-1):
        if size is None or size < 0:
            size = self._size
        if size == 0:
            return b""
        if not self._avail():
            self._fill(size)
        return self._take(size)

    def peek(self, size=0):
        if not self._avail():
            self._fill(size)
        return self._buf[self._off:]

    def readinto(self, b):
        with memoryview(b) as view, view.cast("B") as byte_view:
            data = self.read(len(byte_view))
            byte_view[:len(data)] = data
        return len(data)

    def readline(self, size=-1):
        if size is None:
            size = -1
        start = self._off
        while True:
            i = self._buf.find(b"\n", start)
            if i >= 0:
                n = i + 1 - self._off
                break
            if 0 <= size <= self._avail():
                n = size
                break
            start = len(self._buf)
            before = self._off
            if not self._fill(self._size):
                n = self._avail()
                break
            start -= before  # _fill moved the unread bytes to the front
        if 0 <= size < n:
            n = size
        return self._take(n)

    def tell(self):
        return self.raw.tell() - self._avail()

    def seek(self, offset, whence=io.SEEK_SET):
        if whence == io.SEEK_CUR:
            offset = self.tell() + offset
            whence = io.SEEK_SET
        elif whence not in (io.SEEK_SET, io.SEEK_END):
            raise ValueError("whence value %r unsupported" % (whence,))
        if whence == io.SEEK_SET:
            here = self.tell()
            if here <= offset <= here + self._avail():
                self._take(offset - here)
                return offset
        self._buf = b""
        self._off = 0
        return self.raw.seek(offset, whence)
