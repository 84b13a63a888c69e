"""Path-name operations for POSIX systems (os.path): pure string work on str or bytes paths."""

import posix

__all__ = ["basename", "dirname", "split", "splitext", "join", "isabs", "normpath",
           "abspath", "exists", "lexists", "commonprefix", "sep", "curdir", "pardir",
           "extsep", "altsep", "pathsep", "defpath", "devnull"]

sep = '/'
curdir = '.'
pardir = '..'
extsep = '.'
altsep = None
pathsep = ':'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'


def _sep(p):
    return b'/' if isinstance(p, bytes) else '/'


def _check_mixed(funcname, *parts):
    has_str = has_bytes = False
    for p in parts:
        if isinstance(p, str):
            has_str = True
        elif isinstance(p, bytes):
            has_bytes = True
        else:
            raise TypeError(f'{funcname}() argument must be str, bytes, or '
                            f'os.PathLike object, not {type(p).__name__!r}') from None
    if has_str and has_bytes:
        raise TypeError("Can't mix strings and bytes in path components") from None


def isabs(s):
    s = posix.fspath(s)
    return s.startswith(_sep(s))


def join(a, *p):
    a = posix.fspath(a)
    sep = _sep(a)
    path = a
    parts = [posix.fspath(b) for b in p]
    _check_mixed('join', a, *parts)
    for b in parts:
        if b.startswith(sep):
            path = b
        elif not path or path.endswith(sep):
            path += b
        else:
            path += sep + b
    return path


def split(p):
    """(head, tail): tail is everything after the last slash; head keeps no trailing slashes
    unless it is the root."""
    p = posix.fspath(p)
    sep = _sep(p)
    i = p.rfind(sep) + 1
    head, tail = p[:i], p[i:]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head, tail


def basename(p):
    p = posix.fspath(p)
    return p[p.rfind(_sep(p)) + 1:]


def dirname(p):
    p = posix.fspath(p)
    sep = _sep(p)
    head = p[:p.rfind(sep) + 1]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head


def splitext(p):
    """(root, ext): ext starts at the last dot of the last component, unless that component
    is only dots up to it (leading dots of a hidden file are not an extension)."""
    p = posix.fspath(p)
    if isinstance(p, bytes):
        sep, dot = b'/', b'.'
    else:
        sep, dot = '/', '.'
    dot_index = p.rfind(dot)
    if dot_index > p.rfind(sep):
        start = p.rfind(sep) + 1
        while start < dot_index:
            if p[start:start + 1] != dot:
                return p[:dot_index], p[dot_index:]
            start += 1
    return p, p[:0]


def splitdrive(p):
    p = posix.fspath(p)
    return p[:0], p


def normpath(path):
    path = posix.fspath(path)
    if isinstance(path, bytes):
        sep, empty, dot, dotdot = b'/', b'', b'.', b'..'
    else:
        sep, empty, dot, dotdot = '/', '', '.', '..'
    if path == empty:
        return dot
    initial = 0
    if path.startswith(sep):
        # POSIX keeps exactly two leading slashes; three or more collapse to one.
        initial = 2 if path.startswith(sep * 2) and not path.startswith(sep * 3) else 1
    comps = []
    for comp in path.split(sep):
        if comp in (empty, dot):
            continue
        if comp != dotdot or (not initial and not comps) or (comps and comps[-1] == dotdot):
            comps.append(comp)
        elif comps:
            comps.pop()
    path = sep * initial + sep.join(comps)
    return path or dot


def abspath(path):
    path = posix.fspath(path)
    if not isabs(path):
        cwd = posix.getcwd()
        if isinstance(path, bytes):
            cwd = cwd.encode('utf-8', 'surrogateescape')
        path = join(cwd, path)
    return normpath(path)


def exists(path):
    try:
        return posix.access(path, posix.F_OK)
    except (OSError, ValueError):
        return False


lexists = exists


def commonprefix(m):
    if not m:
        return ''
    m = [posix.fspath(x) for x in m]
    lo, hi = min(m), max(m)
    for i, c in enumerate(lo):
        if c != hi[i]:
            return lo[:i]
    return lo
