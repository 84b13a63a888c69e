"""Resource usage and limits of this process (CPython's resource module, over native _resource)."""
import _resource
from _resource import (RLIMIT_CPU, RLIMIT_FSIZE, RLIMIT_DATA, RLIMIT_STACK, RLIMIT_CORE, RLIMIT_RSS,
                       RLIMIT_NPROC, RLIMIT_NOFILE, RLIMIT_OFILE, RLIMIT_MEMLOCK, RLIMIT_AS,
                       RLIMIT_SIGPENDING, RLIMIT_MSGQUEUE, RLIMIT_NICE, RLIMIT_RTPRIO, RLIMIT_RTTIME,
                       RLIM_INFINITY, RUSAGE_SELF, RUSAGE_CHILDREN, RUSAGE_THREAD, getpagesize)
from _fdarg import c_int as _c_int, c_long as _c_long
from _structseq import make_structseq as _make_structseq

error = OSError

struct_rusage = _make_structseq(
    'resource.struct_rusage',
    ('ru_utime', 'ru_stime', 'ru_maxrss', 'ru_ixrss', 'ru_idrss', 'ru_isrss', 'ru_minflt', 'ru_majflt',
     'ru_nswap', 'ru_inblock', 'ru_oublock', 'ru_msgsnd', 'ru_msgrcv', 'ru_nsignals', 'ru_nvcsw',
     'ru_nivcsw'))
struct_rusage.__doc__ = """struct_rusage: Result from getrusage.

This object may be accessed either as a tuple of
    (utime,stime,maxrss,ixrss,idrss,isrss,minflt,majflt,
    nswap,inblock,oublock,msgsnd,msgrcv,nsignals,nvcsw,nivcsw)
or via the attributes ru_utime, ru_stime, ru_maxrss, and so on."""


def getrusage(who, /):
    """Resource usage of this process (RUSAGE_SELF), its children or this thread."""
    return struct_rusage(_resource.getrusage(_c_int(who)))


def getrlimit(resource, /):
    """(soft, hard) limits of `resource`."""
    return _resource.getrlimit(_c_int(resource))


def _limits(limits):
    values = tuple(limits)
    if len(values) != 2:
        raise ValueError("expected a tuple of 2 integers")
    return _c_long(values[0]), _c_long(values[1])


def setrlimit(resource, limits, /):
    """Sets the (soft, hard) limits of `resource`."""
    resource = _c_int(resource)
    _resource.setrlimit(resource, *_limits(limits))


def prlimit(*args):
    """prlimit(pid, resource[, limits]) -> the (soft, hard) limits before the call."""
    if not 2 <= len(args) <= 3:
        raise TypeError("resource.prlimit requires 2 to 3 arguments")
    pid, resource = _c_long(args[0]), _c_int(args[1])
    if len(args) == 3:
        return _resource.prlimit(pid, resource, *_limits(args[2]))
    return _resource.prlimit(pid, resource)
