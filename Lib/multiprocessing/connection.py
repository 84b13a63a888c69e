"""Connections over pipes: length-prefixed messages of bytes or pickled objects.

A duplex connection uses two pipes (one per direction). Messages: 4-byte big-endian length
(0xFFFFFFFF then an 8-byte length for large ones) followed by the payload.
"""

import os
import select
import time

from . import reduction

__all__ = ['Connection', 'Pipe', 'wait', 'Listener', 'Client']

_BIG = 0xFFFFFFFF


class Connection:
    """One end of a Pipe."""

    def __init__(self, rfd=None, wfd=None):
        if rfd is None and wfd is None:
            raise ValueError("invalid handle")
        self._rfd = rfd
        self._wfd = wfd

    @property
    def closed(self):
        return self._rfd is None and self._wfd is None

    @property
    def readable(self):
        return self._rfd is not None

    @property
    def writable(self):
        return self._wfd is not None

    def _check_closed(self):
        if self.closed:
            raise OSError("handle is closed")

    def _check_readable(self):
        if self._rfd is None:
            self._check_closed()
            raise OSError("connection is write-only")

    def _check_writable(self):
        if self._wfd is None:
            self._check_closed()
            raise OSError("connection is read-only")

    def fileno(self):
        self._check_closed()
        return self._rfd if self._rfd is not None else self._wfd

    def close(self):
        for fd in {self._rfd, self._wfd} - {None}:
            os.close(fd)
        self._rfd = self._wfd = None

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def _write_all(self, data):
        view = memoryview(data)
        while len(view):
            n = os.write(self._wfd, view)
            view = view[n:]

    def send_bytes(self, buf, offset=0, size=None):
        self._check_writable()
        data = bytes(memoryview(buf))
        if offset < 0:
            raise ValueError("offset is negative")
        if len(data) < offset:
            raise ValueError("buffer length < offset")
        if size is None:
            size = len(data) - offset
        elif size < 0:
            raise ValueError("size is negative")
        elif offset + size > len(data):
            raise ValueError("buffer length < offset + size")
        data = data[offset:offset + size]
        if len(data) >= _BIG:
            header = _BIG.to_bytes(4, 'big') + len(data).to_bytes(8, 'big')
        else:
            header = len(data).to_bytes(4, 'big')
        self._write_all(header + data)

    def send(self, obj):
        self._check_writable()
        self.send_bytes(reduction.dumps(obj))

    def _read_exact(self, n):
        chunks = []
        while n:
            b = os.read(self._rfd, min(n, 1 << 20))
            if not b:
                raise EOFError
            chunks.append(b)
            n -= len(b)
        return b''.join(chunks)

    def recv_bytes(self, maxlength=None):
        self._check_readable()
        if maxlength is not None and maxlength < 0:
            raise ValueError("negative maxlength")
        size = int.from_bytes(self._read_exact(4), 'big')
        if size == _BIG:
            size = int.from_bytes(self._read_exact(8), 'big')
        if maxlength is not None and size > maxlength:
            raise OSError("bad message length")
        return self._read_exact(size)

    def recv_bytes_into(self, buf, offset=0):
        data = self.recv_bytes()
        view = memoryview(buf)
        view[offset:offset + len(data)] = data
        return len(data)

    def recv(self):
        self._check_readable()
        return reduction.loads(self.recv_bytes())

    def poll(self, timeout=0.0):
        """Whether data (or end of file) is ready to read within timeout seconds (None: wait)."""
        self._check_readable()
        ready, _, _ = select.select([self._rfd], [], [], timeout)
        return bool(ready)

    def __reduce__(self):
        for fd in {self._rfd, self._wfd} - {None}:
            reduction.pass_fd(fd, type(self).__name__)
        return _rebuild_connection, (self._rfd, self._wfd)

    def __repr__(self):
        return '<%s closed=%s>' % (type(self).__name__, self.closed)


def _rebuild_connection(rfd, wfd):
    for fd in {rfd, wfd} - {None}:
        os.set_inheritable(fd, False)
    return Connection(rfd, wfd)


def Pipe(duplex=True):
    """Returns a pair of connected Connection objects (c1 receives what c2 sends when not duplex)."""
    r1, w1 = os.pipe()
    if duplex:
        r2, w2 = os.pipe()
        return Connection(r1, w2), Connection(r2, w1)
    return Connection(r1, None), Connection(None, w1)


def wait(object_list, timeout=None):
    """The objects of object_list (connections, sentinels, fileno() holders) that are ready."""
    ready, _, _ = select.select(list(object_list), [], [], timeout)
    return ready


# -- Listener / Client: connections over AF_UNIX stream sockets (the only family SwiftPy has) --

def _new_unix_address():
    import tempfile
    return os.path.join(tempfile.mkdtemp(prefix='pymp-'), 'listener-' + os.urandom(4).hex())


def _socket_connection(sock):
    fd = sock.detach()
    os.set_inheritable(fd, False)
    return Connection(fd, fd)


_CHALLENGE = b'#CHALLENGE#'
_WELCOME = b'#WELCOME#'
_FAILURE = b'#FAILURE#'


def _digest(authkey, message):
    import hashlib
    block = 64
    key = bytes(authkey)
    if len(key) > block:
        key = hashlib.sha256(key).digest()
    key = key.ljust(block, b'\0')
    inner = hashlib.sha256(bytes(k ^ 0x36 for k in key) + message).digest()
    return hashlib.sha256(bytes(k ^ 0x5c for k in key) + inner).digest()


def deliver_challenge(connection, authkey):
    """Server side of the handshake: the client must prove it knows authkey (HMAC-SHA256)."""
    from .context import AuthenticationError
    message = os.urandom(32)
    connection.send_bytes(_CHALLENGE + message)
    response = connection.recv_bytes(256)
    if response == _digest(authkey, message):
        connection.send_bytes(_WELCOME)
    else:
        connection.send_bytes(_FAILURE)
        raise AuthenticationError('digest received was wrong')


def answer_challenge(connection, authkey):
    from .context import AuthenticationError
    message = connection.recv_bytes(256)
    if not message.startswith(_CHALLENGE):
        raise AuthenticationError('Protocol error, expected challenge: %r' % (message,))
    connection.send_bytes(_digest(authkey, message[len(_CHALLENGE):]))
    if connection.recv_bytes(256) != _WELCOME:
        raise AuthenticationError('digest sent was rejected')


def address_type(address):
    """'AF_INET' for a (host, port) tuple, 'AF_UNIX' for a path (CPython's address_type)."""
    if type(address) == tuple:
        return 'AF_INET'
    if type(address) is str:
        return 'AF_UNIX'
    raise ValueError('address type of %r unrecognized' % (address,))


def _check_family(family):
    if family not in ('AF_UNIX', 'AF_INET'):
        raise ValueError('unrecognized family')


class Listener:
    """A bound, listening socket (AF_UNIX path or AF_INET (host, port)); accept() returns a
    Connection, authenticated when authkey is given."""

    def __init__(self, address=None, family=None, backlog=1, authkey=None):
        import socket
        family = family or (address and address_type(address)) or 'AF_UNIX'
        _check_family(family)
        if authkey is not None and not isinstance(authkey, bytes):
            raise TypeError('authkey should be a byte string')
        if address is None:
            address = _new_unix_address() if family == 'AF_UNIX' else ('localhost', 0)
            self._owned_dir = os.path.dirname(address) if family == 'AF_UNIX' else None
        else:
            self._owned_dir = None
        self._family = family
        self._authkey = authkey
        self._socket = socket.socket(getattr(socket, family), socket.SOCK_STREAM)
        try:
            if family == 'AF_INET':
                self._socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            self._socket.bind(address)
            self._socket.listen(backlog)
        except OSError:
            self._socket.close()
            raise
        self._address = self._socket.getsockname() if family == 'AF_INET' else address

    @property
    def address(self):
        return self._address

    @property
    def last_accepted(self):
        return None

    def accept(self):
        if self._socket is None:
            raise OSError('listener is closed')
        sock, _ = self._socket.accept()
        conn = _socket_connection(sock)
        if self._authkey is not None:
            try:
                deliver_challenge(conn, self._authkey)
            except BaseException:
                conn.close()
                raise
        return conn

    def close(self):
        s, self._socket = self._socket, None
        if s is not None:
            s.close()
            if self._family == 'AF_UNIX':
                try:
                    os.unlink(self._address)
                    if self._owned_dir:
                        os.rmdir(self._owned_dir)
                except OSError:
                    pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def Client(address, family=None, authkey=None):
    """A Connection to the Listener at address (an AF_UNIX path or an AF_INET (host, port))."""
    import socket
    family = family or address_type(address)
    _check_family(family)
    sock = socket.socket(getattr(socket, family), socket.SOCK_STREAM)
    try:
        sock.connect(address)
    except BaseException:
        sock.close()
        raise
    conn = _socket_connection(sock)
    if authkey is not None:
        try:
            answer_challenge(conn, authkey)
        except BaseException:
            conn.close()
            raise
    return conn
