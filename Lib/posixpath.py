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


def commonprefix(m):
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = [posix.fspath(x) for x in m]
    lo, hi = min(m), max(m)
    for i, c in enumerate(lo):
        if c != hi[i]:
            return lo[:i]
    return lo


# -- queries that touch the file system --------------------------------------------------------

__all__ += ["isfile", "isdir", "islink", "ismount", "getsize", "getmtime", "getatime", "getctime",
            "samefile", "sameopenfile", "samestat", "realpath", "relpath", "expanduser",
            "expandvars", "commonpath", "normcase", "splitdrive", "splitext", "supports_unicode_filenames"]

supports_unicode_filenames = False

_S_IFMT, _S_IFDIR, _S_IFREG, _S_IFLNK = 0o170000, 0o040000, 0o100000, 0o120000


def _raw_stat(path, follow=True):
    """posix's raw stat tuple, or None when the path cannot be stat'ed."""
    try:
        return posix._stat(path, follow)
    except (OSError, ValueError):
        return None


def exists(path):
    """True when path names an existing file (following symlinks)."""
    return _raw_stat(path) is not None


def lexists(path):
    """True when path exists, broken symbolic links included."""
    return _raw_stat(path, False) is not None


def isfile(path):
    st = _raw_stat(path)
    return st is not None and st[0] & _S_IFMT == _S_IFREG


def isdir(s):
    st = _raw_stat(s)
    return st is not None and st[0] & _S_IFMT == _S_IFDIR


def islink(path):
    st = _raw_stat(path, False)
    return st is not None and st[0] & _S_IFMT == _S_IFLNK


def _os_stat(path):
    import os
    return os.stat(path)


def getsize(filename):
    return _os_stat(filename).st_size


def getmtime(filename):
    return _os_stat(filename).st_mtime


def getatime(filename):
    return _os_stat(filename).st_atime


def getctime(filename):
    return _os_stat(filename).st_ctime


def samestat(s1, s2):
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    import os
    return samestat(os.stat(f1), os.stat(f2))


def sameopenfile(fp1, fp2):
    import os
    return samestat(os.fstat(fp1), os.fstat(fp2))


def ismount(path):
    """True when path is a mount point: its parent is on another device, or is the same inode."""
    try:
        s1 = posix._stat(path, False)
    except (OSError, ValueError):
        return False
    if s1[0] & _S_IFMT == _S_IFLNK:
        return False
    path = posix.fspath(path)
    parent = join(path, b'..' if isinstance(path, bytes) else '..')
    parent = realpath(parent)
    try:
        s2 = posix._stat(parent, False)
    except (OSError, ValueError):
        return False
    return s1[2] != s2[2] or s1[1] == s2[1]


def normcase(s):
    return posix.fspath(s)


def realpath(filename, *, strict=False):
    """The canonical path: symbolic links resolved, '.' and '..' removed; with strict=False a
    missing tail is kept as written."""
    filename = posix.fspath(filename)
    if isinstance(filename, bytes):
        sep, curdir, pardir = b'/', b'.', b'..'
        getcwd = lambda: posix.getcwd().encode('utf-8', 'surrogateescape')
    else:
        sep, curdir, pardir = '/', '.', '..'
        getcwd = posix.getcwd
    if isabs(filename):
        path = sep
    else:
        path = getcwd()
    # seen[link] is the resolved path of a symlink, or None while it is being resolved (a loop).
    seen = {}
    # Components still to resolve (next one last); a tuple ('done', link) marks the end of a
    # symlink's own components, where the link's resolution becomes known.
    todo = list(reversed(filename.split(sep)))
    while todo:
        name = todo.pop()
        if isinstance(name, tuple):
            seen[name[1]] = path
            continue
        if not name or name == curdir:
            continue
        if name == pardir:
            path = split(path)[0]
            continue
        newpath = join(path, name)
        try:
            st = posix._stat(newpath, False)
        except OSError:
            if strict:
                raise
            path = newpath
            continue
        if st[0] & _S_IFMT != _S_IFLNK:
            path = newpath
            continue
        if newpath in seen:
            if seen[newpath] is not None:
                path = seen[newpath]
                continue
            if strict:
                posix._stat(newpath, True)  # raises OSError(ELOOP)
            # A loop: keep the link unresolved, and the rest of the path as written.
            path = newpath
            rest = [n for n in reversed(todo) if not isinstance(n, tuple)]
            return join(path, *rest) if rest else path
        seen[newpath] = None
        link = posix.readlink(newpath)
        if isabs(link):
            path = sep
        todo.append(('done', newpath))
        todo.extend(reversed(link.split(sep)))
    return path


def relpath(path, start=None):
    """path relative to start (default: the current folder)."""
    if not path:
        raise ValueError("no path specified")
    path = posix.fspath(path)
    if isinstance(path, bytes):
        curdir, sep, pardir = b'.', b'/', b'..'
    else:
        curdir, sep, pardir = '.', '/', '..'
    if start is None:
        start = curdir
    else:
        start = posix.fspath(start)
    _check_mixed('relpath', path, start)
    start_list = [x for x in abspath(start).split(sep) if x]
    path_list = [x for x in abspath(path).split(sep) if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = [pardir] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return curdir
    return join(*rel_list)


def commonpath(paths):
    """The longest common sub-path of the given paths."""
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = tuple(map(posix.fspath, paths))
    if isinstance(paths[0], bytes):
        sep, curdir = b'/', b'.'
    else:
        sep, curdir = '/', '.'
    _check_mixed('commonpath', *paths)
    split_paths = [p.split(sep) for p in paths]
    try:
        isabs_, = set(p[:1] == sep for p in paths)
    except ValueError:
        raise ValueError("Can't mix absolute and relative paths") from None
    split_paths = [[c for c in s if c and c != curdir] for s in split_paths]
    s1, s2 = min(split_paths), max(split_paths)
    common = s1
    for i, c in enumerate(s1):
        if c != s2[i]:
            common = s1[:i]
            break
    prefix = sep if isabs_ else sep[:0]
    return prefix + sep.join(common)


def expanduser(path):
    """Replace a leading ~ or ~user by that user's home folder."""
    path = posix.fspath(path)
    tilde = b'~' if isinstance(path, bytes) else '~'
    if not path.startswith(tilde):
        return path
    sep = _sep(path)
    i = path.find(sep, 1)
    if i < 0:
        i = len(path)
    if i == 1:
        import os
        home = os.environ.get('HOME')
        if home is None:
            home = _home_of_uid(posix.getuid())
            if home is None:
                return path
        if isinstance(path, bytes):
            home = home.encode('utf-8', 'surrogateescape')
    else:
        name = path[1:i]
        if isinstance(name, bytes):
            name = name.decode('utf-8', 'surrogateescape')
        home = _home_of(name)
        if home is None:
            return path
        if isinstance(path, bytes):
            home = home.encode('utf-8', 'surrogateescape')
    root = b'/' if isinstance(path, bytes) else '/'
    home = home.rstrip(root)
    return (home + path[i:]) or root


def _home_of_uid(uid):
    return _home_of(None, uid)


def _home_of(user, uid=None):
    """Home folder of `user` (or of the user id `uid`) from the user database (pwd), or None."""
    import pwd
    try:
        entry = pwd.getpwnam(user) if user is not None else pwd.getpwuid(uid)
    except (KeyError, ValueError):
        return None
    return entry.pw_dir


def expandvars(path):
    """Replace $name and ${name} by environment values; unknown names are left as written."""
    path = posix.fspath(path)
    is_bytes = isinstance(path, bytes)
    dollar = b'$' if is_bytes else '$'
    if dollar not in path:
        return path
    import re
    if is_bytes:
        pattern = re.compile(br'\$(\w+|\{[^}]*\})', re.ASCII)
        import os
        env = os.environb
    else:
        pattern = re.compile(r'\$(\w+|\{[^}]*\})', re.ASCII)
        import os
        env = os.environ
    i = 0
    while True:
        m = pattern.search(path, i)
        if not m:
            break
        i, j = m.span(0)
        name = m.group(1)
        if name.startswith(b'{' if is_bytes else '{') and name.endswith(b'}' if is_bytes else '}'):
            name = name[1:-1]
        if name in env:
            tail = path[j:]
            path = path[:i] + env[name]
            i = len(path)
            path += tail
        else:
            i = j
    return path
