"""Low-level networking interface: SwiftPy's socket module over the native _socket.

socket.socket subclasses _socket.socket and adds accept() returning socket objects, makefile(),
the context-manager protocol, dup() and enum-typed family/type. Module helpers: create_connection,
create_server, socketpair, fromfd, getfqdn, has_dualstack_ipv6.
"""

import _socket
from _socket import *

import io
import os
import errno as _errno
from enum import IntEnum, IntFlag

__all__ = ["fromfd", "getfqdn", "create_connection", "create_server",
           "has_dualstack_ipv6", "AddressFamily", "SocketKind", "SocketIO",
           "socket", "socketpair", "error", "timeout", "gaierror", "herror"]
__all__.extend(n for n in dir(_socket) if n.isupper())

IntEnum._convert_('AddressFamily', __name__,
                  lambda C: C.isupper() and C.startswith('AF_'))
IntEnum._convert_('SocketKind', __name__,
                  lambda C: C.isupper() and C.startswith('SOCK_'))
IntFlag._convert_('MsgFlag', __name__,
                  lambda C: C.isupper() and C.startswith('MSG_'))
IntFlag._convert_('AddressInfo', __name__,
                  lambda C: C.isupper() and C.startswith('AI_'))

_LOCALHOST = '127.0.0.1'
_LOCALHOST_V6 = '::1'


def _intenum_converter(value, enum_klass):
    try:
        return enum_klass(value)
    except ValueError:
        return value


class socket(_socket.socket):
    """A socket object: _socket.socket plus file objects and the context-manager protocol."""

    __slots__ = ["__weakref__", "_io_refs", "_closed"]

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        if fileno is None:
            if family == -1:
                family = AF_INET
            if type == -1:
                type = SOCK_STREAM
            if proto == -1:
                proto = 0
        _socket.socket.__init__(self, family, type, proto, fileno)
        self._io_refs = 0
        self._closed = False

    def __enter__(self):
        return self

    def __exit__(self, *args):
        if not self._closed:
            self.close()

    def __repr__(self):
        closed = getattr(self, '_closed', False)
        s = "<%s.%s%s fd=%i, family=%s, type=%s, proto=%i" % (
            self.__class__.__module__, self.__class__.__qualname__,
            " [closed]" if closed else "", self.fileno(), self.family,
            self.type, self.proto)
        if not closed:
            try:
                laddr = self.getsockname()
                if laddr:
                    s += ", laddr=%s" % str(laddr)
            except OSError:
                pass
            try:
                raddr = self.getpeername()
                if raddr:
                    s += ", raddr=%s" % str(raddr)
            except OSError:
                pass
        return s + '>'

    def __getstate__(self):
        raise TypeError(f"cannot pickle {self.__class__.__name__!r} object")

    def dup(self):
        """A new socket object connected to the same system resource."""
        fd = os.dup(self.fileno())
        sock = self.__class__(self.family, self.type, self.proto, fileno=fd)
        sock.settimeout(self.gettimeout())
        return sock

    def accept(self):
        """accept() -> (socket object, address info) for a new connection."""
        fd, addr = self._accept()
        sock = socket(self.family, self.type, self.proto, fileno=fd)
        if getdefaulttimeout() is None and self.gettimeout():
            sock.setblocking(True)
        return sock, addr

    def makefile(self, mode="r", buffering=None, *,
                 encoding=None, errors=None, newline=None):
        """A file object reading from / writing to the socket (modes 'r', 'w', 'b' only)."""
        if not set(mode) <= {"r", "w", "b"}:
            raise ValueError("invalid mode %r (only r, w, b allowed)" % (mode,))
        writing = "w" in mode
        reading = "r" in mode or not writing
        assert reading or writing
        binary = "b" in mode
        rawmode = ""
        if reading:
            rawmode += "r"
        if writing:
            rawmode += "w"
        raw = SocketIO(self, rawmode)
        self._io_refs += 1
        if buffering is None:
            buffering = -1
        if buffering < 0:
            buffering = io.DEFAULT_BUFFER_SIZE
        if buffering == 0:
            if not binary:
                raise ValueError("unbuffered streams must be binary")
            return raw
        if reading and writing:
            buffer = _BufferedRWPair(raw, buffering)
        elif reading:
            buffer = _BufferedReader(raw, buffering)
        else:
            buffer = _BufferedWriter(raw, buffering)
        if binary:
            return buffer
        encoding = io.text_encoding(encoding)
        if encoding == "locale":
            encoding = "utf-8"
        text = io.TextIOWrapper(buffer, encoding, errors, newline)
        text.mode = mode
        return text

    def _decref_socketios(self):
        if self._io_refs > 0:
            self._io_refs -= 1
        if self._closed:
            self.close()

    def _real_close(self, _ss=_socket.socket):
        _ss.close(self)

    def close(self):
        self._closed = True
        if self._io_refs <= 0:
            self._real_close()

    def detach(self):
        """Close the socket object without closing the descriptor; returns the descriptor."""
        self._closed = True
        return super().detach()

    @property
    def family(self):
        """Read-only access to the address family for this socket."""
        return _intenum_converter(super().family, AddressFamily)

    @property
    def type(self):
        """Read-only access to the socket type."""
        return _intenum_converter(super().type, SocketKind)

    def get_inheritable(self):
        return os.get_inheritable(self.fileno())

    def set_inheritable(self, inheritable):
        os.set_inheritable(self.fileno(), inheritable)


def fromfd(fd, family, type, proto=0):
    """A socket object over a duplicate of descriptor fd."""
    nfd = os.dup(fd)
    return socket(family, type, proto, nfd)


_blocking_errnos = {_errno.EAGAIN, _errno.EWOULDBLOCK}


class SocketIO(io.RawIOBase):
    """Raw I/O over a socket object (what makefile() buffers)."""

    def __init__(self, sock, mode):
        if mode not in ("r", "w", "rw", "rb", "wb", "rwb"):
            raise ValueError("invalid mode: %r" % mode)
        io.RawIOBase.__init__(self)
        self._sock = sock
        if "b" not in mode:
            mode += "b"
        self._mode = mode
        self._reading = "r" in mode
        self._writing = "w" in mode
        self._timeout_occurred = False

    def readinto(self, b):
        """Receive up to len(b) bytes into b; 0 at end of stream, None if non-blocking and no data."""
        self._checkClosed()
        self._checkReadable()
        if self._timeout_occurred:
            raise OSError("cannot read from timed out object")
        while True:
            try:
                return self._sock.recv_into(b)
            except timeout:
                self._timeout_occurred = True
                raise
            except error as e:
                if e.errno in _blocking_errnos:
                    return None
                raise

    def read(self, size=-1):
        if size is None or size < 0:
            chunks = []
            while True:
                data = self.read(io.DEFAULT_BUFFER_SIZE)
                if not data:
                    break
                chunks.append(data)
            return b"".join(chunks)
        b = bytearray(size)
        n = self.readinto(b)
        if n is None:
            return None
        return bytes(b[:n])

    def readall(self):
        return self.read()

    def write(self, b):
        """Send b (may be partial); returns the count sent, None when it would block."""
        self._checkClosed()
        self._checkWritable()
        try:
            return self._sock.send(b)
        except error as e:
            if e.errno in _blocking_errnos:
                return None
            raise

    def _checkReadable(self):
        if not self._reading:
            raise io.UnsupportedOperation("File or stream is not readable.")

    def _checkWritable(self):
        if not self._writing:
            raise io.UnsupportedOperation("File or stream is not writable.")

    def readable(self):
        if self.closed:
            raise ValueError("I/O operation on closed socket.")
        return self._reading

    def writable(self):
        if self.closed:
            raise ValueError("I/O operation on closed socket.")
        return self._writing

    def seekable(self):
        if self.closed:
            raise ValueError("I/O operation on closed socket.")
        return super().seekable()

    def fileno(self):
        self._checkClosed()
        return self._sock.fileno()

    @property
    def name(self):
        if not self.closed:
            return self.fileno()
        return -1

    @property
    def mode(self):
        return self._mode

    def close(self):
        if self.closed:
            return
        io.RawIOBase.close(self)
        self._sock._decref_socketios()
        self._sock = None


class _BufferedReader(io.BufferedIOBase):
    """Read buffering over a raw stream with read(n)."""

    def __init__(self, raw, buffer_size=io.DEFAULT_BUFFER_SIZE):
        self.raw = raw
        self._size = buffer_size
        self._buf = b""

    def readable(self):
        return True

    def _fill(self):
        data = self.raw.read(self._size)
        if data:
            self._buf += data
        return bool(data)

    def read(self, size=-1):
        self._checkClosed()
        if size is None or size < 0:
            while self._fill():
                pass
            data, self._buf = self._buf, b""
            return data
        while len(self._buf) < size and self._fill():
            pass
        data, self._buf = self._buf[:size], self._buf[size:]
        return data

    def read1(self, size=-1):
        self._checkClosed()
        if not self._buf:
            self._fill()
        if size is None or size < 0:
            size = len(self._buf)
        data, self._buf = self._buf[:size], self._buf[size:]
        return data

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def readinto1(self, b):
        data = self.read1(len(b))
        b[:len(data)] = data
        return len(data)

    def peek(self, size=0):
        self._checkClosed()
        if not self._buf:
            self._fill()
        return self._buf

    def readline(self, size=-1):
        self._checkClosed()
        if size is None:
            size = -1
        start = 0
        while True:
            i = self._buf.find(b"\n", start)
            if i >= 0:
                end = i + 1
                break
            if 0 <= size <= len(self._buf):
                end = size
                break
            start = len(self._buf)
            if not self._fill():
                end = len(self._buf)
                break
        if 0 <= size < end:
            end = size
        line, self._buf = self._buf[:end], self._buf[end:]
        return line

    @property
    def closed(self):
        return self.raw.closed

    @property
    def mode(self):
        return self.raw.mode

    @property
    def name(self):
        return self.raw.name

    def fileno(self):
        return self.raw.fileno()

    def close(self):
        if not self.raw.closed:
            self.raw.close()

    def detach(self):
        raw, self.raw = self.raw, None
        return raw


class _BufferedWriter(io.BufferedIOBase):
    """Write buffering over a raw stream whose write() may be partial."""

    def __init__(self, raw, buffer_size=io.DEFAULT_BUFFER_SIZE):
        self.raw = raw
        self._size = buffer_size
        self._out = bytearray()

    def writable(self):
        return True

    def write(self, b):
        self._checkClosed()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        data = memoryview(b).cast("B")
        self._out += data
        if len(self._out) >= self._size:
            self.flush()
        return len(data)

    def flush(self):
        self._checkClosed()
        while self._out:
            n = self.raw.write(bytes(self._out))
            if n is None:
                raise BlockingIOError(_errno.EAGAIN, "write could not complete without blocking", 0)
            del self._out[:n]

    @property
    def closed(self):
        return self.raw.closed

    @property
    def mode(self):
        return self.raw.mode

    @property
    def name(self):
        return self.raw.name

    def fileno(self):
        return self.raw.fileno()

    def close(self):
        if self.raw.closed:
            return
        try:
            self.flush()
        finally:
            self.raw.close()

    def detach(self):
        self.flush()
        raw, self.raw = self.raw, None
        return raw


class _BufferedRWPair(_BufferedReader):
    """Read and write buffering over one raw socket stream."""

    def __init__(self, raw, buffer_size=io.DEFAULT_BUFFER_SIZE):
        _BufferedReader.__init__(self, raw, buffer_size)
        self._writer = _BufferedWriter(raw, buffer_size)

    def writable(self):
        return True

    def write(self, b):
        return self._writer.write(b)

    def flush(self):
        self._writer.flush()

    def close(self):
        if self.raw.closed:
            return
        try:
            self._writer.flush()
        finally:
            self.raw.close()


def socketpair(family=None, type=SOCK_STREAM, proto=0):
    """A pair of connected socket objects (AF_UNIX by default)."""
    if family is None:
        family = AF_UNIX
    a, b = _socket.socketpair(family, type, proto)
    a = socket(family, type, proto, a.detach())
    b = socket(family, type, proto, b.detach())
    return a, b


def getfqdn(name=''):
    """The fully qualified domain name for name (the local host when empty)."""
    name = name.strip()
    if not name or name in ('0.0.0.0', '::'):
        name = gethostname()
    try:
        hostname, aliases, ipaddrs = gethostbyaddr(name)
    except error:
        pass
    else:
        aliases.insert(0, hostname)
        for name in aliases:
            if '.' in name:
                break
        else:
            name = hostname
    return name


_GLOBAL_DEFAULT_TIMEOUT = object()


def create_connection(address, timeout=_GLOBAL_DEFAULT_TIMEOUT,
                      source_address=None, *, all_errors=False):
    """Connect to (host, port), trying every address getaddrinfo() gives; returns the socket."""
    host, port = address
    exceptions = []
    for res in getaddrinfo(host, port, 0, SOCK_STREAM):
        af, socktype, proto, canonname, sa = res
        sock = None
        try:
            sock = socket(af, socktype, proto)
            if timeout is not _GLOBAL_DEFAULT_TIMEOUT:
                sock.settimeout(timeout)
            if source_address:
                sock.bind(source_address)
            sock.connect(sa)
            exceptions.clear()
            return sock
        except error as exc:
            exceptions.append(exc)
            if sock is not None:
                sock.close()
    if exceptions:
        try:
            if not all_errors:
                raise exceptions[0]
            raise ExceptionGroup("create_connection failed", exceptions)
        finally:
            exceptions.clear()
    raise error("getaddrinfo returns an empty list")


def has_dualstack_ipv6():
    """True if the platform supports one socket listening on both IPv4 and IPv6."""
    try:
        with socket(AF_INET6, SOCK_STREAM) as sock:
            sock.setsockopt(IPPROTO_IPV6, IPV6_V6ONLY, 0)
            return True
    except error:
        return False


def create_server(address, *, family=AF_INET, backlog=None, reuse_port=False,
                  dualstack_ipv6=False):
    """A listening TCP socket bound to address (host, port)."""
    if reuse_port and not hasattr(_socket, "SO_REUSEPORT"):
        raise ValueError("SO_REUSEPORT not supported on this platform")
    if dualstack_ipv6:
        if not has_dualstack_ipv6():
            raise ValueError("dualstack_ipv6 not supported on this platform")
        if family != AF_INET6:
            raise ValueError("dualstack_ipv6 requires AF_INET6 family")
    sock = socket(family, SOCK_STREAM)
    try:
        sock.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)
        if reuse_port:
            sock.setsockopt(SOL_SOCKET, SO_REUSEPORT, 1)
        if family == AF_INET6:
            sock.setsockopt(IPPROTO_IPV6, IPV6_V6ONLY, 0 if dualstack_ipv6 else 1)
        try:
            sock.bind(address)
        except error as err:
            msg = '%s (while attempting to bind on address %r)' % (err.strerror, address)
            raise error(err.errno, msg) from None
        if backlog is None:
            sock.listen()
        else:
            sock.listen(backlog)
        return sock
    except error:
        sock.close()
        raise


def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    """Resolve host and port into a list of (family, type, proto, canonname, sockaddr)."""
    addrlist = []
    for res in _socket.getaddrinfo(host, port, family, type, proto, flags):
        af, socktype, proto, canonname, sa = res
        addrlist.append((_intenum_converter(af, AddressFamily),
                         _intenum_converter(socktype, SocketKind),
                         proto, canonname, sa))
    return addrlist
