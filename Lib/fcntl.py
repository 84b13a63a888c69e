"""fcntl(2), ioctl(2), flock(2) and record locks on file descriptors (CPython's fcntl module).

Descriptors are ints or objects with fileno(). The calls are native (_fcntl, Modules/Fcntl.swift):
they release the GIL, so a thread blocked on a lock lets the others run.
"""
import sys as _sys
import _fcntl
from _fcntl import *   # the F_*, FD_*, LOCK_*, DN_* constants
from _fcntl import F_SETLK as _F_SETLK, F_SETLKW as _F_SETLKW
from _fdarg import as_fd as _as_fd, c_int as _c_int, c_long as _c_long, c_uint_bitwise as _c_uint

for _name in ('fcntl_int', 'fcntl_buf', 'ioctl_int', 'ioctl_buf', 'flock', 'record_lock'):
    globals().pop(_name, None)
del _name


def _readonly_bytes(arg):
    """The bytes of a str or read-only bytes-like argument, else None."""
    if isinstance(arg, str):
        return arg.encode()
    if isinstance(arg, bytes):
        return arg
    if isinstance(arg, memoryview) and arg.readonly:
        return arg.tobytes()
    return None


def fcntl(fd, cmd, arg=0, /):
    """Performs fcntl command `cmd` on `fd`. With an int argument the call's int result is
    returned; with a str or bytes argument (at most 1024 bytes) the buffer after the call."""
    fd, cmd = _as_fd(fd), _c_int(cmd)
    _sys.audit('fcntl.fcntl', fd, cmd, arg)
    data = _readonly_bytes(arg)
    if data is not None:
        return _fcntl.fcntl_buf(fd, cmd, data)
    value = _c_uint(arg)   # taken bitwise, as CPython's 'I' converter
    return _fcntl.fcntl_int(fd, cmd, value - (1 << 32) if value >= 1 << 31 else value)


def _writable_buffer(arg):
    try:
        view = memoryview(arg)
    except TypeError:
        return None
    return None if view.readonly else arg


def ioctl(fd, request, arg=0, mutate_flag=True, /):
    """Performs ioctl `request` on `fd`. A writable buffer argument is updated in place when
    mutate_flag is true (the call's int result is returned); a str/bytes argument or an
    unmutated buffer gives the buffer after the call as bytes; an int gives the int result."""
    fd, request = _as_fd(fd), _c_uint(request)
    _sys.audit('fcntl.ioctl', fd, request, arg)
    if _writable_buffer(arg) is not None:
        return _fcntl.ioctl_buf(fd, request, arg, bool(mutate_flag))
    data = _readonly_bytes(arg)
    if data is None:
        try:
            data = bytes(memoryview(arg))
        except TypeError:
            data = None
    if data is not None:
        return _fcntl.ioctl_buf(fd, request, data, False)
    return _fcntl.ioctl_int(fd, request, _c_int(arg))


def flock(fd, operation, /):
    """flock(2): LOCK_SH, LOCK_EX or LOCK_UN, optionally | LOCK_NB."""
    fd, operation = _as_fd(fd), _c_int(operation)
    _sys.audit('fcntl.flock', fd, operation)
    _fcntl.flock(fd, operation)


def lockf(fd, cmd, len=0, start=0, whence=0, /):
    """A POSIX record lock over `len` bytes from `start` (relative to whence; len 0: to the end)
    through fcntl: cmd is LOCK_UN, LOCK_SH or LOCK_EX, optionally | LOCK_NB."""
    fd, cmd = _as_fd(fd), _c_int(cmd)
    length, start, whence = _c_long(len), _c_long(start), _c_int(whence)
    _sys.audit('fcntl.lockf', fd, cmd, len, start, whence)
    if cmd == LOCK_UN:
        kind = F_UNLCK
    elif cmd & LOCK_SH:
        kind = F_RDLCK
    elif cmd & LOCK_EX:
        kind = F_WRLCK
    else:
        raise ValueError("unrecognized lockf argument")
    _fcntl.record_lock(fd, _F_SETLK if cmd & LOCK_NB else _F_SETLKW, kind, length, start, whence)
