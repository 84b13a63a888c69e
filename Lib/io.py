"""In-memory streams (StringIO, BytesIO) and the io class hierarchy.

open() is the builtin; the file classes alias the interpreter's own types.
"""

import builtins
import sys
from abc import ABCMeta

__all__ = ["BlockingIOError", "open", "open_code", "IOBase", "RawIOBase",
           "FileIO", "BytesIO", "StringIO", "BufferedIOBase",
           "BufferedReader", "BufferedWriter", "BufferedRWPair",
           "BufferedRandom", "TextIOBase", "TextIOWrapper",
           "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END",
           "DEFAULT_BUFFER_SIZE", "text_encoding", "IncrementalNewlineDecoder"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8 * 1024

open = builtins.open
BlockingIOError = builtins.BlockingIOError


def open_code(path):
    """Open path for reading as bytes (for code loading)."""
    return builtins.open(path, "rb")


class UnsupportedOperation(OSError, ValueError):
    """An operation the stream does not support."""


UnsupportedOperation.__module__ = "io"


def text_encoding(encoding, stacklevel=2):
    """Return encoding, or "locale" when it is None (PEP 597 helper)."""
    if encoding is None:
        return "locale"
    return encoding


# -- abstract hierarchy --------------------------------------------------------

class IOBase(metaclass=ABCMeta):
    """Base class for all I/O classes."""

    def _unsupported(self, name):
        raise UnsupportedOperation("%s.%s() not supported" %
                                   (self.__class__.__name__, name))

    def seek(self, pos, whence=0):
        self._unsupported("seek")

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        self._unsupported("truncate")

    def flush(self):
        self._checkClosed()

    __closed = False

    def close(self):
        if not self.__closed:
            try:
                self.flush()
            finally:
                self.__closed = True

    @property
    def closed(self):
        return self.__closed

    def __del__(self):
        # an unclosed stream is closed when collected; errors are ignored (CPython's
        # iobase_finalize outside dev mode)
        try:
            closed = self.closed
        except Exception:
            return
        if not closed:
            try:
                self.close()
            except Exception:
                pass

    def _checkClosed(self, msg=None):
        if self.closed:
            raise ValueError("I/O operation on closed file."
                             if msg is None else msg)

    def seekable(self):
        return False

    def readable(self):
        return False

    def writable(self):
        return False

    def fileno(self):
        self._unsupported("fileno")

    def isatty(self):
        self._checkClosed()
        return False

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readline(self, size=-1):
        raise UnsupportedOperation("readline")

    def readlines(self, hint=None):
        if hint is None or hint <= 0:
            return list(self)
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if total > hint:
                break
        return lines

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    """Base class for raw binary I/O: read() and readall() over readinto()."""

    def read(self, size=-1):
        if size is None:
            size = -1
        if size < 0:
            return self.readall()
        b = bytearray(size.__index__())
        n = self.readinto(b)
        if n is None:
            return None
        del b[n:]
        return bytes(b)

    def readall(self):
        res = bytearray()
        while True:
            data = self.read(DEFAULT_BUFFER_SIZE)
            if not data:
                break
            res += data
        if res:
            return bytes(res)
        return data

    def readinto(self, b):
        self._unsupported("readinto")

    def write(self, b):
        self._unsupported("write")


class BufferedIOBase(IOBase):
    """Base class for buffered binary I/O."""

    def detach(self):
        self._unsupported("detach")


class TextIOBase(IOBase):
    """Base class for text I/O."""

    def detach(self):
        self._unsupported("detach")

    @property
    def encoding(self):
        return None

    @property
    def newlines(self):
        return None

    @property
    def errors(self):
        return None


# The interpreter's concrete file types (Sources/SwiftPy/Modules/IO.swift); open() returns them.
import _io
from _io import FileIO

for _cls, _base in ((_io.TextIOWrapper, TextIOBase), (_io.BufferedReader, BufferedIOBase),
                    (_io.BufferedWriter, BufferedIOBase), (_io.BufferedRandom, BufferedIOBase),
                    (FileIO, RawIOBase)):
    _base.register(_cls)
del _cls, _base


# -- buffered streams over any raw stream -------------------------------------------
# io.BufferedReader/Writer/Random/RWPair(raw) build these classes; open() keeps returning the
# native file types, registered as virtual subclasses so isinstance() holds for both.

class _BufferedBase(BufferedIOBase):
    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if buffer_size <= 0:
            raise ValueError("buffer size must be strictly positive")
        self._raw = raw
        self.buffer_size = buffer_size
        self._rbuf = b""
        self._wbuf = bytearray()

    @property
    def raw(self):
        return self._raw

    def _check_attached(self):
        if self._raw is None:
            raise ValueError("raw stream has been detached")

    @property
    def closed(self):
        return self.raw.closed

    @property
    def name(self):
        return self.raw.name

    @property
    def mode(self):
        return self.raw.mode

    def fileno(self):
        return self.raw.fileno()

    def isatty(self):
        return self.raw.isatty()

    def seekable(self):
        return self.raw.seekable()

    def readable(self):
        return self.raw.readable()

    def writable(self):
        return self.raw.writable()

    def _flush_writes(self):
        while self._wbuf:
            n = self._raw.write(bytes(self._wbuf))
            if n is None:
                raise BlockingIOError(11, "write could not complete without blocking", 0)
            if n < 0 or n > len(self._wbuf):
                raise OSError("raw write() returned invalid length %d "
                              "(should have been between 0 and %d)" % (n, len(self._wbuf)))
            del self._wbuf[:n]

    def flush(self):
        self._check_attached()
        if self._wbuf:
            if self._raw.closed:
                raise ValueError("flush of closed file")
            self._flush_writes()
        elif self._raw.closed:
            raise ValueError("flush of closed file")

    def close(self):
        self._check_attached()
        if self._raw.closed:
            return
        try:
            self.flush()
        finally:
            self._raw.close()

    def detach(self):
        self._check_attached()
        self.flush()
        raw, self._raw = self._raw, None
        return raw

    def _raw_tell(self):
        pos = self._raw.tell()
        if pos < 0:
            raise OSError("Raw stream returned invalid position %d" % pos)
        return pos

    def tell(self):
        self._check_attached()
        return max(0, self._raw_tell() - len(self._rbuf) + len(self._wbuf))

    def seek(self, pos, whence=0):
        self._check_attached()
        if whence not in (0, 1, 2, 3, 4):    # 3, 4: SEEK_DATA, SEEK_HOLE
            raise ValueError("whence value %d unsupported" % whence)
        if self._raw.closed:
            raise ValueError("seek of closed file")
        self.flush()
        if whence == 1:
            pos -= len(self._rbuf)
        self._rbuf = b""
        pos = self._raw.seek(pos, whence)
        if pos < 0:
            raise OSError("Raw stream returned invalid position %d" % pos)
        return pos

    def truncate(self, pos=None):
        self._check_attached()
        if self._raw.closed:
            raise ValueError("truncate of closed file")
        if not self._raw.writable():
            raise UnsupportedOperation("truncate")
        self.flush()
        if pos is None:
            pos = self.tell()
        return self._raw.truncate(pos)

    def __repr__(self):
        cls = "_io." + type(self).__name__ if type(self).__module__ == "_io" else type(self).__qualname__
        try:
            name = self.name
        except AttributeError:
            return "<%s>" % cls
        except ValueError:
            if self._raw is None:
                raise
            return "<%s>" % cls
        return "<%s name=%r>" % (cls, name)

    def __getstate__(self):
        raise TypeError("cannot pickle %r object" % type(self).__name__)


class _ReadMixin:
    def _check_readable(self):
        self._check_attached()
        if self._raw.closed:
            raise ValueError("read of closed file")
        if not self._raw.readable():
            raise UnsupportedOperation("read")

    def _before_read(self):
        if self._wbuf:
            self._flush_writes()

    def _raw_read(self, n):
        data = self._raw.read(n)
        if data is not None and not isinstance(data, bytes):
            data = bytes(data)
        return data

    def read(self, size=-1):
        self._check_readable()
        if size is None:
            size = -1
        self._before_read()
        if size < -1:
            raise ValueError("read length must be non-negative or -1")
        if size < 0:
            chunks = [self._rbuf]
            self._rbuf = b""
            readall = getattr(self._raw, "readall", None)
            if readall is not None:
                data = readall()
                if data is None:
                    return chunks[0] or None
                chunks.append(bytes(data))
            else:
                while True:
                    data = self._raw_read(DEFAULT_BUFFER_SIZE)
                    if data is None:
                        if len(chunks) == 1 and not chunks[0]:
                            return None
                        break
                    if not data:
                        break
                    chunks.append(data)
            return b"".join(chunks)
        while len(self._rbuf) < size:
            data = self._raw_read(max(self.buffer_size, size - len(self._rbuf)))
            if data is None:
                if not self._rbuf:
                    return None
                break
            if not data:
                break
            self._rbuf += data
        out, self._rbuf = self._rbuf[:size], self._rbuf[size:]
        return out

    def read1(self, size=-1):
        self._check_readable()
        self._before_read()
        if size < 0:
            size = self.buffer_size
        if size == 0:
            return b""
        if not self._rbuf:
            data = self._raw_read(max(size, self.buffer_size))
            if not data:
                return b"" if data is not None else None
            self._rbuf = data
        out, self._rbuf = self._rbuf[:size], self._rbuf[size:]
        return out

    def peek(self, size=0):
        self._check_readable()
        self._before_read()
        if not self._rbuf:
            data = self._raw_read(self.buffer_size)
            if data:
                self._rbuf = data
        return self._rbuf

    def _readinto(self, b, one):
        m = memoryview(b).cast("B")
        data = self.read1(len(m)) if one else self.read(len(m))
        if data is None:
            return None
        m[:len(data)] = data
        return len(data)

    def readinto(self, b):
        return self._readinto(b, False)

    def readinto1(self, b):
        return self._readinto(b, True)

    def readline(self, size=-1):
        self._check_readable()
        self._before_read()
        if size is None:
            size = -1
        out = bytearray()
        while size < 0 or len(out) < size:
            if not self._rbuf:
                data = self._raw_read(self.buffer_size)
                if not data:
                    break
                self._rbuf = data
            want = len(self._rbuf) if size < 0 else min(len(self._rbuf), size - len(out))
            i = self._rbuf.find(b"\n", 0, want)
            take = want if i < 0 else i + 1
            out += self._rbuf[:take]
            self._rbuf = self._rbuf[take:]
            if i >= 0:
                break
        return bytes(out)

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line


class _WriteMixin:
    def write(self, b):
        self._check_attached()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        if self._raw.closed:
            raise ValueError("write to closed file")
        if not self._raw.writable():
            raise UnsupportedOperation("write")
        data = memoryview(b).cast("B")
        n = len(data)
        if self._rbuf:
            # drop what was read ahead: the raw position goes back to the logical one
            self._raw.seek(-len(self._rbuf), 1)
            self._rbuf = b""
        if len(self._wbuf) + n > self.buffer_size:
            # what is buffered goes out first; data larger than the buffer goes straight on
            self._flush_writes()
            self._wbuf += data
            if n > self.buffer_size:
                self._flush_writes()
        else:
            self._wbuf += data
        return n


class BufferedReader(_ReadMixin, _BufferedBase):
    """A buffer over a readable raw stream."""

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if not raw.readable():
            raise UnsupportedOperation("File or stream is not readable.")
        _BufferedBase.__init__(self, raw, buffer_size)

    def writable(self):
        self._check_attached()
        return False


class BufferedWriter(_WriteMixin, _BufferedBase):
    """A buffer over a writable raw stream."""

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if not raw.writable():
            raise UnsupportedOperation("File or stream is not writable.")
        _BufferedBase.__init__(self, raw, buffer_size)

    def readable(self):
        self._check_attached()
        return False


class BufferedRandom(_ReadMixin, _WriteMixin, _BufferedBase):
    """A buffer over a seekable raw stream, read and written."""

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if not raw.seekable():
            raise UnsupportedOperation("File or stream is not seekable.")
        if not raw.readable():
            raise UnsupportedOperation("File or stream is not readable.")
        if not raw.writable():
            raise UnsupportedOperation("File or stream is not writable.")
        _BufferedBase.__init__(self, raw, buffer_size)


class BufferedRWPair(BufferedIOBase):
    """A reader and a writer raw stream joined into one buffered stream (a pipe or socket pair)."""

    def __init__(self, reader, writer, buffer_size=DEFAULT_BUFFER_SIZE):
        if not reader.readable():
            raise UnsupportedOperation("File or stream is not readable.")
        if not writer.writable():
            raise UnsupportedOperation("File or stream is not writable.")
        self.reader = BufferedReader(reader, buffer_size)
        self.writer = BufferedWriter(writer, buffer_size)

    def read(self, size=-1):
        return self.reader.read(-1 if size is None else size)

    def readinto(self, b):
        return self.reader.readinto(b)

    def readinto1(self, b):
        return self.reader.readinto1(b)

    def read1(self, size=-1):
        return self.reader.read1(size)

    def peek(self, size=0):
        return self.reader.peek(size)

    def readline(self, size=-1):
        return self.reader.readline(size)

    def write(self, b):
        return self.writer.write(b)

    def flush(self):
        return self.writer.flush()

    def readable(self):
        return self.reader.readable()

    def writable(self):
        return self.writer.writable()

    def isatty(self):
        return self.reader.isatty() or self.writer.isatty()

    def close(self):
        try:
            self.writer.close()
        finally:
            self.reader.close()

    @property
    def closed(self):
        return self.writer.closed


for _cls, _native in ((BufferedReader, _io.BufferedReader), (BufferedWriter, _io.BufferedWriter),
                      (BufferedRandom, _io.BufferedRandom)):
    _cls.__module__ = "_io"
    _cls.register(_native)
BufferedRWPair.__module__ = "_io"
del _cls, _native


# -- newline translation ---------------------------------------------------------

_LF, _CR, _CRLF = 1, 2, 4
_NEWLINES_SEEN = (None, "\n", "\r", ("\r", "\n"), "\r\n", ("\n", "\r\n"),
                  ("\r", "\r\n"), ("\r", "\n", "\r\n"))


class IncrementalNewlineDecoder:
    """Records (and optionally translates) newline kinds in decoded text.

    Only the text form used by StringIO is supported (decoder=None).
    """

    def __init__(self, decoder, translate, errors='strict'):
        self.decoder = decoder
        self.translate = translate
        self.errors = errors
        self.seennl = 0
        self.pendingcr = False

    def decode(self, input, final=False):
        output = input if self.decoder is None else \
            self.decoder.decode(input, final=final)
        if self.pendingcr and (output or final):
            output = "\r" + output
            self.pendingcr = False
        if output.endswith("\r") and not final:
            output = output[:-1]
            self.pendingcr = True
        crlf = output.count('\r\n')
        cr = output.count('\r') - crlf
        lf = output.count('\n') - crlf
        self.seennl |= (lf and _LF) | (cr and _CR) | (crlf and _CRLF)
        if self.translate:
            if crlf:
                output = output.replace("\r\n", "\n")
            if cr:
                output = output.replace("\r", "\n")
        return output

    def getstate(self):
        return b"", int(self.pendingcr)

    def setstate(self, state):
        self.pendingcr = bool(state[1] & 1)

    def reset(self):
        self.seennl = 0
        self.pendingcr = False

    @property
    def newlines(self):
        return _NEWLINES_SEEN[self.seennl]


def _check_size(size):
    if size is None:
        return -1
    try:
        return size.__index__()
    except AttributeError:
        raise TypeError("argument should be integer or None, not '%s'"
                        % type(size).__name__) from None


# -- StringIO ---------------------------------------------------------------------

# Line iteration shared by StringIO and BytesIO (assigned in both classes, so their MROs stay
# CPython's): every step checks for a closed stream, and readlines() validates its hint.

def _memory_readlines(self, hint=-1):
    self._checkClosed()
    hint = _check_size(hint)
    lines = []
    total = 0
    while True:
        line = self.readline()
        if not line:
            break
        lines.append(line)
        total += len(line)
        if 0 < hint < total:
            break
    return lines


def _memory_iter(self):
    self._checkClosed()
    return self


def _memory_next(self):
    self._checkClosed()
    line = self.readline()
    if not line:
        raise StopIteration
    return line


class StringIO(TextIOBase):
    """Text I/O implementation using an in-memory buffer.

    Invariant: the text is self._buf; writes at the end are collected in
    self._tail first and joined lazily (cheap sequential writes);
    self._tail_len is the total length of self._tail.
    """

    def __init__(self, initial_value="", newline="\n"):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("newline must be str or None, not %s"
                            % type(newline).__name__)
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %r" % (newline,))   # StringIO uses %R, TextIOWrapper %s
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s"
                            % type(initial_value).__name__)
        self._newline = newline
        self._readuniversal = newline is None or newline == ""
        self._writenl = newline if newline and newline[0] == "\r" else None
        self._decoder = (IncrementalNewlineDecoder(None, newline is None)
                         if self._readuniversal else None)
        self._buf = ""
        self._tail = []
        self._tail_len = 0
        self._pos = 0
        self._closed = False
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    # -- helpers ----------------------------------------------------------------
    def _text(self):
        if self._tail:
            self._buf += "".join(self._tail)
            self._tail = []
            self._tail_len = 0
        return self._buf

    def _checkClosed(self, msg=None):
        if self._closed:
            raise ValueError("I/O operation on closed file")

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True
        self._buf = ""
        self._tail = []
        self._tail_len = 0

    def __getstate__(self):
        self._checkClosed()
        return (self.getvalue(), self._newline, self.tell(),
                dict(getattr(self, '__dict__', {})))

    # -- queries ----------------------------------------------------------------
    def readable(self):
        self._checkClosed()
        return True

    def writable(self):
        self._checkClosed()
        return True

    def seekable(self):
        self._checkClosed()
        return True

    def isatty(self):
        self._checkClosed()
        return False

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def flush(self):
        self._checkClosed()

    def detach(self):
        raise UnsupportedOperation("detach")

    @property
    def line_buffering(self):
        self._checkClosed()
        return False

    @property
    def newlines(self):
        self._checkClosed()
        if self._decoder is None:
            return None
        return self._decoder.newlines

    @property
    def encoding(self):
        return None

    @property
    def errors(self):
        return None

    def getvalue(self):
        """Return the entire contents of the buffer."""
        self._checkClosed()
        return self._text()

    def tell(self):
        self._checkClosed()
        return self._pos

    def seek(self, pos, whence=0):
        """Change stream position (whence 0, 1 or 2; 1 and 2 only with 0)."""
        self._checkClosed()
        try:
            pos = pos.__index__()
        except AttributeError:
            raise TypeError("an integer is required") from None
        if whence not in (0, 1, 2):
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)"
                             % whence)
        if pos < 0 and whence == 0:
            raise ValueError("Negative seek position %d" % pos)
        if whence != 0 and pos != 0:
            raise OSError("Can't do nonzero cur-relative seeks")
        if whence == 1:
            pos = self._pos
        elif whence == 2:
            pos = len(self._text())
        self._pos = pos
        return pos

    # -- reading --------------------------------------------------------------------
    def read(self, size=-1):
        """Read at most size characters (all if size is None or < 0)."""
        self._checkClosed()
        size = _check_size(size)
        text = self._text()
        start = min(self._pos, len(text))
        end = len(text) if size < 0 else min(len(text), start + size)
        self._pos = max(self._pos, end)
        return text[start:end]

    def _line_end(self, text, start, limit):
        """Index just past the line starting at start (within limit)."""
        nl = self._newline
        if nl is None or nl == "\n":
            i = text.find("\n", start, limit)
            return limit if i < 0 else i + 1
        if nl == "":
            i = start
            while i < limit:
                ch = text[i]
                if ch == "\n":
                    return i + 1
                if ch == "\r":
                    if i + 1 < limit and text[i + 1] == "\n":
                        return i + 2
                    return i + 1
                i += 1
            return limit
        i = text.find(nl, start, limit)
        if i < 0:
            return limit
        return min(i + len(nl), limit)

    def readline(self, size=-1):
        """Read until newline or EOF (at most size characters)."""
        self._checkClosed()
        size = _check_size(size)
        text = self._text()
        start = self._pos
        if start >= len(text):
            return ""
        limit = len(text) if size < 0 else min(len(text), start + size)
        end = self._line_end(text, start, limit)
        self._pos = end
        return text[start:end]

    readlines = _memory_readlines
    __iter__ = _memory_iter
    __next__ = _memory_next

    # -- writing --------------------------------------------------------------------
    def write(self, s):
        """Write string s; return the number of characters written."""
        self._checkClosed()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'"
                            % type(s).__name__)
        length = len(s)
        if self._decoder is not None:
            s = self._decoder.decode(s, final=True)
        if self._writenl is not None:
            s = s.replace("\n", self._writenl)
        if not s:
            return length
        pos = self._pos
        if self._tail or pos == len(self._buf):
            # Appending at the end (the common case).
            current = len(self._buf) + self._tail_len
            if pos == current:
                self._tail.append(s)
                self._tail_len += len(s)
                self._pos = pos + len(s)
                return length
        text = self._text()
        if pos > len(text):
            text += "\0" * (pos - len(text))
        self._buf = text[:pos] + s + text[pos + len(s):]
        self._pos = pos + len(s)
        return length

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)

    def truncate(self, pos=None):
        """Truncate to pos (default: current position); return it."""
        self._checkClosed()
        if pos is None:
            pos = self._pos
        else:
            try:
                pos = pos.__index__()
            except AttributeError:
                raise TypeError("an integer is required") from None
            if pos < 0:
                raise ValueError("Negative size value %d" % pos)
        text = self._text()
        if pos < len(text):
            self._buf = text[:pos]
        return pos

    def __repr__(self):
        return "<%s.%s object at %#x>" % ("_io", type(self).__name__,
                                          id(self))


# -- BytesIO ------------------------------------------------------------------------

def _as_bytes_like(b):
    if isinstance(b, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    try:
        return memoryview(b).cast("B")
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'"
                        % type(b).__name__) from None


class BytesIO(BufferedIOBase):
    """Buffered I/O implementation using an in-memory bytes buffer."""

    def __init__(self, initial_bytes=b""):
        self._buf = bytearray()
        self._pos = 0
        self._closed = False
        self._exports = 0
        if initial_bytes is not None and initial_bytes != b"":
            self._buf += _as_bytes_like(initial_bytes)

    def _checkClosed(self, msg=None):
        if self._closed:
            raise ValueError("I/O operation on closed file.")

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def __getstate__(self):
        self._checkClosed()
        return (self.getvalue(), self._pos,
                dict(getattr(self, '__dict__', {})))

    def readable(self):
        self._checkClosed()
        return True

    def writable(self):
        self._checkClosed()
        return True

    def seekable(self):
        self._checkClosed()
        return True

    def isatty(self):
        self._checkClosed()
        return False

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def flush(self):
        self._checkClosed()

    def getvalue(self):
        """Return the bytes value (contents) of the buffer."""
        self._checkClosed()
        return bytes(self._buf)

    def getbuffer(self):
        """Return a readable and writable view of the buffer."""
        self._checkClosed()
        return memoryview(self._buf)

    def tell(self):
        self._checkClosed()
        return self._pos

    def seek(self, pos, whence=0):
        """Change stream position; return the new absolute position."""
        self._checkClosed()
        try:
            pos = pos.__index__()
        except AttributeError:
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(pos).__name__) from None
        if whence == 0:
            if pos < 0:
                raise ValueError("negative seek value %d" % pos)
        elif whence == 1:
            pos = max(0, self._pos + pos)
        elif whence == 2:
            pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)"
                             % whence)
        self._pos = pos
        return pos

    def read(self, size=-1):
        """Read at most size bytes (all if size is None or < 0)."""
        self._checkClosed()
        size = _check_size(size)
        buf = self._buf
        start = min(self._pos, len(buf))
        end = len(buf) if size < 0 else min(len(buf), start + size)
        self._pos = max(self._pos, end)
        return bytes(buf[start:end])

    read1 = read

    def readinto(self, b):
        """Read bytes into the writable buffer b; return the count."""
        self._checkClosed()
        view = memoryview(b).cast("B")
        data = self.read(len(view))
        view[:len(data)] = data
        return len(data)

    readinto1 = readinto

    def readline(self, size=-1):
        """Read up to and including the next b'\\n' (at most size bytes)."""
        self._checkClosed()
        size = _check_size(size)
        buf = self._buf
        start = self._pos
        if start >= len(buf):
            return b""
        limit = len(buf) if size < 0 else min(len(buf), start + size)
        i = buf.find(b"\n", start, limit)
        end = limit if i < 0 else i + 1
        self._pos = end
        return bytes(buf[start:end])

    readlines = _memory_readlines
    __iter__ = _memory_iter
    __next__ = _memory_next

    def write(self, b):
        """Write bytes-like b; return the number of bytes written."""
        self._checkClosed()
        data = _as_bytes_like(b)
        n = len(data)
        if n == 0:
            return 0
        buf = self._buf
        pos = self._pos
        if pos > len(buf):
            buf += b"\0" * (pos - len(buf))
        buf[pos:pos + n] = data
        self._pos = pos + n
        return n

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)

    def truncate(self, size=None):
        """Truncate to size (default: current position); return it."""
        self._checkClosed()
        if size is None:
            size = self._pos
        else:
            try:
                size = size.__index__()
            except AttributeError:
                raise TypeError("'%s' object cannot be interpreted as an "
                                "integer" % type(size).__name__) from None
            if size < 0:
                raise ValueError("negative size value %d" % size)
        if size < len(self._buf):
            del self._buf[size:]
        return size

    def __repr__(self):
        return "<%s.%s object at %#x>" % ("_io", type(self).__name__,
                                          id(self))


# -- TextIOWrapper over any binary stream -------------------------------------------
# io.TextIOWrapper(stream, ...) and open() with a codec whose newline is not one byte (utf-16/32)
# build this class; plain open() keeps returning the native TextIOWrapper.

def _codec_key(encoding):
    return encoding.lower().replace("-", "_").replace(" ", "_")


class _IncrementalDecoder:
    """Decodes a byte stream in pieces: holds back incomplete characters and handles BOMs."""

    def __init__(self, encoding, errors):
        key = _codec_key(encoding)
        self.errors = errors
        self.sig = key in ("utf_8_sig", "utf8_sig")
        self.encoding = "utf-8" if self.sig else encoding
        b"".decode(self.encoding)          # LookupError: unknown encoding
        self.width = 1
        self.bom = None                    # (le_bom, be_bom, le_name, be_name) while undecided
        if key in ("utf_16", "utf16", "u16"):
            self.width, self.bom = 2, (b"\xff\xfe", b"\xfe\xff", "utf-16-le", "utf-16-be")
        elif key in ("utf_32", "utf32", "u32"):
            self.width, self.bom = 4, (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff", "utf-32-le", "utf-32-be")
        elif key.startswith(("utf_16", "utf16")):
            self.width = 2
        elif key.startswith(("utf_32", "utf32")):
            self.width = 4
        self.utf8 = key in ("utf_8", "utf8", "u8", "utf") or self.sig
        self.reset()

    def reset(self):
        self.pending = b""
        self.started = False
        self.current = self.encoding

    def _cut(self, data):
        n = len(data)
        if self.width == 2:
            cut = n - n % 2
            if cut >= 2 and 0xD8 <= data[cut - 1 if self.current.endswith("be") else cut - 1] <= 0xDB:
                pass
            if cut >= 2:
                hi = data[cut - 2] if self.current.endswith("be") else data[cut - 1]
                if 0xD8 <= hi <= 0xDB:
                    cut -= 2
            return cut
        if self.width == 4:
            return n - n % 4
        if self.utf8:
            for back in range(1, min(4, n) + 1):
                c = data[n - back]
                if c & 0xC0 == 0x80:
                    continue
                need = 2 if c & 0xE0 == 0xC0 else 3 if c & 0xF0 == 0xE0 else 4 if c & 0xF8 == 0xF0 else 1
                return n - back if need > back else n
        return n

    def decode(self, data, final=False):
        data = self.pending + bytes(data)
        self.pending = b""
        if not self.started:
            if self.bom is not None:
                le, be, le_name, be_name = self.bom
                if len(data) < len(le) and not final:
                    self.pending = data
                    return ""
                if data.startswith(le):
                    self.current, data = le_name, data[len(le):]
                elif data.startswith(be):
                    self.current, data = be_name, data[len(be):]
                else:
                    self.current = le_name
            elif self.sig:
                if len(data) < 3 and not final and b"\xef\xbb\xbf".startswith(data):
                    self.pending = data
                    return ""
                if data.startswith(b"\xef\xbb\xbf"):
                    data = data[3:]
            self.started = True
        if not final:
            cut = self._cut(data)
            data, self.pending = data[:cut], data[cut:]
        return data.decode(self.current, self.errors)


class _TextIOWrapper(TextIOBase):
    _CHUNK_SIZE = 8192

    def __init__(self, buffer, encoding=None, errors=None, newline=None,
                 line_buffering=False, write_through=False):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("TextIOWrapper() argument 'newline' must be str or None, not %s"
                            % type(newline).__name__)
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %s" % (newline,))
        if encoding is None or encoding == "locale":
            encoding = "UTF-8"
        elif not isinstance(encoding, str):
            raise TypeError("TextIOWrapper() argument 'encoding' must be str or None, not %s"
                            % type(encoding).__name__)
        if errors is None:
            errors = "strict"
        self._buffer = buffer
        self._line_buffering = bool(line_buffering)
        self._write_through = bool(write_through)
        self._detached = False
        self._set_codec(encoding, errors)
        self._set_newline(newline)
        self._decoded = ""
        self._eof = False

    def _set_codec(self, encoding, errors):
        self._decoder = _IncrementalDecoder(encoding, errors)
        self._encoding, self._errors = encoding, errors
        key = _codec_key(encoding)
        self._bom_first = key in ("utf_16", "utf16", "u16", "utf_32", "utf32", "u32", "utf_8_sig", "utf8_sig")
        self._first_write = True
        try:
            if self._buffer.seekable() and self._buffer.tell() != 0:
                self._first_write = False
        except Exception:
            pass

    def _set_newline(self, newline):
        self._readnl = newline
        self._readuniversal = not newline
        self._readtranslate = newline is None
        self._writenl = newline or "\n"
        self._nl = IncrementalNewlineDecoder(None, self._readtranslate) if self._readuniversal else None

    def __repr__(self):
        parts = ["<_io.TextIOWrapper"]
        try:
            parts.append(" name=%r" % (self.name,))
        except Exception:
            pass
        if "mode" in self.__dict__:
            parts.append(" mode=%r" % (self.mode,))
        return "".join(parts) + " encoding=%r>" % (self._encoding,)

    # -- state -----------------------------------------------------------------
    def _check(self):
        if self._detached:
            raise ValueError("underlying buffer has been detached")

    @property
    def buffer(self):
        self._check()
        return self._buffer

    @property
    def encoding(self):
        return self._encoding

    @property
    def errors(self):
        return self._errors

    @property
    def line_buffering(self):
        return self._line_buffering

    @property
    def write_through(self):
        return self._write_through

    @property
    def newlines(self):
        return self._nl.newlines if self._nl is not None else None

    @property
    def name(self):
        self._check()
        return self._buffer.name

    @property
    def closed(self):
        self._check()
        return self._buffer.closed

    def fileno(self):
        self._check()
        return self._buffer.fileno()

    def isatty(self):
        self._check()
        return self._buffer.isatty()

    def seekable(self):
        self._check()
        return self._buffer.seekable()

    def readable(self):
        self._check()
        return self._buffer.readable()

    def writable(self):
        self._check()
        return self._buffer.writable()

    def flush(self):
        self._check()
        self._buffer.flush()

    def close(self):
        self._check()
        if not self._buffer.closed:
            try:
                self.flush()
            finally:
                self._buffer.close()

    def detach(self):
        self._check()
        self.flush()
        self._detached = True
        return self._buffer

    def reconfigure(self, *, encoding=None, errors=None, newline=Ellipsis,
                    line_buffering=None, write_through=None):
        self.flush()
        if encoding is not None:
            self._set_codec(encoding, errors if errors is not None else "strict")
        elif errors is not None:
            self._set_codec(self._encoding, errors)
        if newline is not Ellipsis:
            if newline not in (None, "", "\n", "\r", "\r\n"):
                raise ValueError("illegal newline value: %s" % (newline,))
            self._set_newline(newline)
        if line_buffering is not None:
            self._line_buffering = bool(line_buffering)
        if write_through is not None:
            self._write_through = bool(write_through)

    # -- writing ----------------------------------------------------------------
    def write(self, s):
        self._check()
        if self._buffer.closed:
            raise ValueError("I/O operation on closed file.")
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s" % type(s).__name__)
        length = len(s)
        text = s
        if self._writenl != "\n" and "\n" in text:
            text = text.replace("\n", self._writenl)
        if self._first_write and self._bom_first:
            data = text.encode(self._encoding, self._errors)
        else:
            data = text.encode(self._decoder.current if self._decoder.started else
                               self._explicit_encoding(), self._errors)
        self._first_write = False
        if self._decoded or self._decoder.pending:
            self._rewind_reads()
        self._buffer.write(data)
        if self._line_buffering and ("\n" in text or "\r" in text):
            self.flush()
        return length

    def _explicit_encoding(self):
        key = _codec_key(self._encoding)
        if key in ("utf_16", "utf16", "u16"):
            return "utf-16-le"
        if key in ("utf_32", "utf32", "u32"):
            return "utf-32-le"
        if key in ("utf_8_sig", "utf8_sig"):
            return "utf-8"
        return self._encoding

    def _rewind_reads(self):
        pos = self.tell()
        self._decoded = ""
        self._decoder.pending = b""
        self._buffer.seek(pos)

    # -- reading ----------------------------------------------------------------
    def _decode(self, data, final):
        text = self._decoder.decode(data, final)
        if self._nl is not None:
            text = self._nl.decode(text, final)
        return text

    def _fill(self):
        if self._eof:
            return False
        read1 = getattr(self._buffer, "read1", None)
        data = read1(self._CHUNK_SIZE) if read1 is not None else self._buffer.read(self._CHUNK_SIZE)
        if not data:
            self._eof = True
            self._decoded += self._decode(b"", True)
            return True
        self._decoded += self._decode(data, False)
        return True

    def read(self, size=-1):
        self._check()
        if not self._buffer.readable():
            raise UnsupportedOperation("not readable")
        size = _check_size(size)
        if size < 0:
            data = self._buffer.read()
            text = self._decoded + self._decode(data or b"", True)
            self._decoded = ""
            self._eof = True
            return text
        while len(self._decoded) < size and self._fill():
            pass
        text, self._decoded = self._decoded[:size], self._decoded[size:]
        return text

    def _line_end(self, text):
        if self._readtranslate:
            i = text.find("\n")
            return -1 if i < 0 else i + 1
        if self._readuniversal:
            for i, ch in enumerate(text):
                if ch == "\n":
                    return i + 1
                if ch == "\r":
                    if i + 1 < len(text):
                        return i + 2 if text[i + 1] == "\n" else i + 1
                    return i + 1 if self._eof else -1
            return -1
        i = text.find(self._readnl)
        return -1 if i < 0 else i + len(self._readnl)

    def readline(self, size=-1):
        self._check()
        size = _check_size(size)
        while True:
            end = self._line_end(self._decoded)
            if end >= 0 or (size >= 0 and len(self._decoded) >= size) or not self._fill():
                break
        if end < 0:
            end = len(self._decoded)
        if size >= 0:
            end = min(end, size)
        line, self._decoded = self._decoded[:end], self._decoded[end:]
        return line

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    # -- positioning ----------------------------------------------------------------
    def tell(self):
        """The byte offset of the next character (exact when no newline translation happened)."""
        self._check()
        self.flush()
        pos = self._buffer.tell() - len(self._decoder.pending)
        if self._decoded:
            rest = self._decoded
            if self._readtranslate and self._nl is not None and self._nl.seennl & (_CR | _CRLF):
                raise OSError("can't reconstruct logical file position")
            pos -= len(rest.encode(self._decoder.current if self._decoder.started else
                                   self._explicit_encoding(), self._errors))
        return pos

    def seek(self, cookie, whence=0):
        self._check()
        if whence == 1 and cookie != 0:
            raise UnsupportedOperation("can't do nonzero cur-relative seeks")
        if whence == 2 and cookie != 0:
            raise UnsupportedOperation("can't do nonzero end-relative seeks")
        if whence == 0 and cookie < 0:
            raise ValueError("negative seek position %r" % (cookie,))
        if whence == 1:
            cookie, whence = self.tell(), 0
        self.flush()
        pos = self._buffer.seek(cookie, whence)
        self._decoded = ""
        self._eof = False
        started, current = self._decoder.started, self._decoder.current
        self._decoder.reset()
        if pos != 0 and started:
            self._decoder.started, self._decoder.current = True, current
        self._first_write = pos == 0
        if self._nl is not None:
            self._nl.pendingcr = False
        return pos

    def truncate(self, pos=None):
        self.flush()
        return self._buffer.truncate(pos if pos is not None else self.tell())


_TextIOWrapper.__name__ = _TextIOWrapper.__qualname__ = "TextIOWrapper"

# io.TextIOWrapper is the class above; the native one open() returns counts as one too.
TextIOWrapper = _TextIOWrapper
TextIOWrapper.__module__ = "_io"
TextIOWrapper.register(_io.TextIOWrapper)
