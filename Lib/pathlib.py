"""Object-oriented filesystem paths (CPython 3.11 semantics).

Pure paths parse and join strings without touching the filesystem; concrete
paths (Path/PosixPath) add the system calls. A path is stored as its drive,
its root and a list of parts whose first element is the anchor (drive+root)
when there is one.
"""

import fnmatch
import io
import os
import posixpath
import re
import sys
from errno import EBADF, ELOOP, ENOENT, ENOTDIR
from stat import S_ISBLK, S_ISCHR, S_ISDIR, S_ISFIFO, S_ISLNK, S_ISREG, S_ISSOCK

__all__ = ["PurePath", "PurePosixPath", "PureWindowsPath",
           "Path", "PosixPath", "WindowsPath"]

# errno values that mean "this path is not there" for exists()/is_*().
_IGNORED_ERRNOS = (ENOENT, ENOTDIR, EBADF, ELOOP)


_audit = getattr(sys, "audit", lambda *args: None)


def _ignore_error(exc):
    return getattr(exc, 'errno', None) in _IGNORED_ERRNOS


# ---------------------------------------------------------------- flavours

class _Flavour:
    """Parsing rules of one path syntax."""

    def parse_parts(self, parts):
        """Parse strings left to right; an anchored string restarts the path."""
        sep = self.sep
        altsep = self.altsep
        drv = root = ''
        rel = []
        for part in parts:
            if not part:
                continue
            if altsep:
                part = part.replace(altsep, sep)
            d, r, tail = self.splitroot(part)
            if d:
                # A drive restarts the path.
                drv, root, rel = d, r, []
            elif r:
                # A bare root keeps the drive seen so far ("C:", "/", "a" is "C:/a").
                root, rel = r, []
            for x in tail.split(sep):
                if x and x != '.':
                    rel.append(sys.intern(x))
        if drv or root:
            return drv, root, [drv + root] + rel
        return drv, root, rel

    def join_parsed_parts(self, drv, root, parts, drv2, root2, parts2):
        """Join two parsed paths as the `/` operator does."""
        if root2:
            if not drv2 and drv:
                return drv, root2, [drv + root2] + parts2[1:]
        elif drv2:
            if drv2 == drv or self.casefold(drv2) == self.casefold(drv):
                return drv, root, parts + parts2[1:]
        else:
            return drv, root, parts + parts2
        return drv2, root2, parts2


class _PosixFlavour(_Flavour):
    sep = '/'
    altsep = ''
    has_drv = False
    is_supported = (os.name != 'nt')

    def splitroot(self, part, sep=sep):
        if part and part[0] == sep:
            stripped = part.lstrip(sep)
            # POSIX keeps exactly two leading slashes (implementation-defined).
            if len(part) - len(stripped) == 2:
                return '', sep * 2, stripped
            return '', sep, stripped
        return '', '', part

    def casefold(self, s):
        return s

    def casefold_parts(self, parts):
        return parts

    def compile_pattern(self, pattern):
        return re.compile(fnmatch.translate(pattern)).fullmatch

    def is_reserved(self, parts):
        return False

    def make_uri(self, path):
        from urllib.parse import quote_from_bytes
        return 'file://' + quote_from_bytes(os.fsencode(str(path)))


_WIN_RESERVED = (
    {'CON', 'PRN', 'AUX', 'NUL', 'CONIN$', 'CONOUT$'} |
    {'COM%s' % c for c in '123456789\xb9\xb2\xb3'} |
    {'LPT%s' % c for c in '123456789\xb9\xb2\xb3'})


class _WindowsFlavour(_Flavour):
    sep = '\\'
    altsep = '/'
    has_drv = True
    is_supported = (os.name == 'nt')
    drive_letters = set('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ')
    ext_namespace_prefix = '\\\\?\\'

    def splitroot(self, part, sep=sep):
        prefix = ''
        if part[0:2] == sep * 2:
            # Extended paths: \\?\C:\x and \\?\UNC\server\share\x.
            if part.startswith(self.ext_namespace_prefix):
                prefix = part[:4]
                part = part[4:]
                if part[:4].upper() == 'UNC\\':
                    prefix += part[:3]
                    part = '\\' + part[3:]
        first, second, third = part[0:1], part[1:2], part[2:3]
        if first == sep and second == sep and third != sep:
            # UNC: \\server\share is the drive.
            i = part.find(sep, 2)
            if i != -1:
                j = part.find(sep, i + 1)
                if j != i + 1:
                    if j == -1:
                        j = len(part)
                    if prefix:
                        return prefix + part[1:j], sep, part[j + 1:]
                    return part[:j], sep, part[j + 1:]
        drv = root = ''
        if second == ':' and first in self.drive_letters:
            drv = part[:2]
            part = part[2:]
            first = third
        if first == sep:
            root = first
            part = part.lstrip(sep)
        return prefix + drv, root, part

    def casefold(self, s):
        return s.lower()

    def casefold_parts(self, parts):
        return [p.lower() for p in parts]

    def compile_pattern(self, pattern):
        return re.compile(fnmatch.translate(pattern), re.IGNORECASE).fullmatch

    def is_reserved(self, parts):
        if not parts:
            return False
        if parts[0].startswith('\\\\'):
            return False
        name = parts[-1].partition('.')[0].partition(':')[0].rstrip(' ')
        return name.upper() in _WIN_RESERVED

    def make_uri(self, path):
        from urllib.parse import quote_from_bytes
        drive = path.drive
        if len(drive) == 2 and drive[1] == ':':
            rest = path.as_posix()[2:].lstrip('/')
            return 'file:///%s/%s' % (drive, quote_from_bytes(rest.encode('utf-8')))
        return 'file:' + quote_from_bytes(path.as_posix().encode('utf-8'))


_posix_flavour = _PosixFlavour()
_windows_flavour = _WindowsFlavour()


# ---------------------------------------------------------------- glob selectors

def _is_wildcard_pattern(pat):
    return '*' in pat or '?' in pat or '[' in pat


def _make_selector(pattern_parts, flavour):
    pat = pattern_parts[0]
    rest = pattern_parts[1:]
    if not pat:
        return _TerminatingSelector()
    if pat == '**':
        cls = _RecursiveWildcardSelector
    elif '**' in pat:
        raise ValueError("Invalid pattern: '**' can only be an entire path component")
    elif _is_wildcard_pattern(pat):
        cls = _WildcardSelector
    else:
        cls = _PreciseSelector
    return cls(pat, rest, flavour)


class _Selector:
    """One pattern component; `dironly` when more components follow."""

    def __init__(self, rest, flavour):
        self.dironly = bool(rest)
        self.successor = _make_selector(rest, flavour) if rest else _TerminatingSelector()

    def select_from(self, parent):
        if not parent.is_dir():
            return iter([])
        return self._select_from(parent)


class _TerminatingSelector:
    def _select_from(self, parent):
        yield parent


class _PreciseSelector(_Selector):
    def __init__(self, name, rest, flavour):
        self.name = name
        _Selector.__init__(self, rest, flavour)

    def _select_from(self, parent):
        try:
            path = parent._make_child_relpath(self.name)
            if (path.is_dir() if self.dironly else path.exists()):
                yield from self.successor._select_from(path)
        except PermissionError:
            return


def _scan(path):
    with os.scandir(str(path)) as it:
        return list(it)


class _WildcardSelector(_Selector):
    def __init__(self, pat, rest, flavour):
        self.match = flavour.compile_pattern(pat)
        _Selector.__init__(self, rest, flavour)

    def _select_from(self, parent):
        try:
            entries = _scan(parent)
        except PermissionError:
            return
        for entry in entries:
            if self.dironly:
                try:
                    if not entry.is_dir():
                        continue
                except OSError as e:
                    if not _ignore_error(e):
                        raise
                    continue
            name = entry.name
            if self.match(name):
                yield from self.successor._select_from(parent._make_child_relpath(name))


class _RecursiveWildcardSelector(_Selector):
    def __init__(self, pat, rest, flavour):
        _Selector.__init__(self, rest, flavour)

    def _iterate_directories(self, parent):
        yield parent
        try:
            entries = _scan(parent)
        except PermissionError:
            return
        for entry in entries:
            is_dir = False
            try:
                is_dir = entry.is_dir()
            except OSError as e:
                if not _ignore_error(e):
                    raise
            if is_dir and not entry.is_symlink():
                yield from self._iterate_directories(parent._make_child_relpath(entry.name))

    def _select_from(self, parent):
        seen = set()
        for start in self._iterate_directories(parent):
            for p in self.successor._select_from(start):
                if p not in seen:
                    seen.add(p)
                    yield p


# ---------------------------------------------------------------- pure paths

class _PathParents:
    """Immutable sequence of a path's logical ancestors."""
    __slots__ = ('_pathcls', '_drv', '_root', '_parts')

    def __init__(self, path):
        self._pathcls = type(path)
        self._drv = path._drv
        self._root = path._root
        self._parts = path._parts

    def __len__(self):
        if self._drv or self._root:
            return len(self._parts) - 1
        return len(self._parts)

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(len(self))))
        idx = idx.__index__() if not isinstance(idx, int) else idx
        n = len(self)
        if idx >= n or idx < -n:
            raise IndexError(idx)
        if idx < 0:
            idx += n
        return self._pathcls._from_parsed_parts(self._drv, self._root,
                                                self._parts[:-idx - 1])

    def __repr__(self):
        return "<{}.parents>".format(self._pathcls.__name__)


class PurePath:
    """Base of all paths; PurePath(...) builds the pure path of this system."""
    __slots__ = ('_drv', '_root', '_parts', '_str', '_hash', '_pparts', '_cached_cparts')

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PureWindowsPath if os.name == 'nt' else PurePosixPath
        return cls._from_parts(args)

    def __reduce__(self):
        return (self.__class__, tuple(self._parts))

    @classmethod
    def _parse_args(cls, args):
        strings = []
        for a in args:
            if isinstance(a, PurePath):
                strings += a._parts
            else:
                a = os.fspath(a)
                if isinstance(a, str):
                    strings.append(str(a))
                else:
                    raise TypeError(
                        "argument should be a str object or an os.PathLike "
                        "object returning str, not %r" % type(a))
        return cls._flavour.parse_parts(strings)

    @classmethod
    def _from_parts(cls, args):
        self = object.__new__(cls)
        drv, root, parts = self._parse_args(args)
        self._drv = drv
        self._root = root
        self._parts = parts
        return self

    @classmethod
    def _from_parsed_parts(cls, drv, root, parts):
        self = object.__new__(cls)
        self._drv = drv
        self._root = root
        self._parts = parts
        return self

    @classmethod
    def _format_parsed_parts(cls, drv, root, parts):
        if drv or root:
            return drv + root + cls._flavour.sep.join(parts[1:])
        return cls._flavour.sep.join(parts)

    def _make_child(self, args):
        drv, root, parts = self._parse_args(args)
        drv, root, parts = self._flavour.join_parsed_parts(
            self._drv, self._root, self._parts, drv, root, parts)
        return self._from_parsed_parts(drv, root, parts)

    def __str__(self):
        try:
            return self._str
        except AttributeError:
            self._str = self._format_parsed_parts(self._drv, self._root, self._parts) or '.'
            return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        """The path with forward slashes."""
        return str(self).replace(self._flavour.sep, '/')

    def __bytes__(self):
        return os.fsencode(self)

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self.as_posix())

    def as_uri(self):
        """The path as a 'file' URI."""
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        return self._flavour.make_uri(self)

    @property
    def _cparts(self):
        try:
            return self._cached_cparts
        except AttributeError:
            self._cached_cparts = self._flavour.casefold_parts(self._parts)
            return self._cached_cparts

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cparts == other._cparts and self._flavour is other._flavour

    def __hash__(self):
        try:
            return self._hash
        except AttributeError:
            self._hash = hash(tuple(self._cparts))
            return self._hash

    def __lt__(self, other):
        if not isinstance(other, PurePath) or self._flavour is not other._flavour:
            return NotImplemented
        return self._cparts < other._cparts

    def __le__(self, other):
        if not isinstance(other, PurePath) or self._flavour is not other._flavour:
            return NotImplemented
        return self._cparts <= other._cparts

    def __gt__(self, other):
        if not isinstance(other, PurePath) or self._flavour is not other._flavour:
            return NotImplemented
        return self._cparts > other._cparts

    def __ge__(self, other):
        if not isinstance(other, PurePath) or self._flavour is not other._flavour:
            return NotImplemented
        return self._cparts >= other._cparts

    drive = property(lambda self: self._drv, doc="The drive prefix (letter or UNC path), if any.")
    root = property(lambda self: self._root, doc="The root of the path, if any.")

    @property
    def anchor(self):
        """Drive and root together."""
        return self._drv + self._root

    @property
    def name(self):
        """The final path component, if any."""
        parts = self._parts
        if len(parts) == (1 if (self._drv or self._root) else 0):
            return ''
        return parts[-1]

    @property
    def suffix(self):
        """The final component's last suffix, if any (including the dot)."""
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[i:]
        return ''

    @property
    def suffixes(self):
        """All the final component's suffixes."""
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + s for s in name.split('.')[1:]]

    @property
    def stem(self):
        """The final path component, minus its last suffix."""
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    def with_name(self, name):
        """A new path with the file name changed."""
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        f = self._flavour
        drv, root, parts = f.parse_parts((name,))
        if (not name or name[-1] in (f.sep, f.altsep) or drv or root
                or len(parts) != 1):
            raise ValueError("Invalid name %r" % (name,))
        return self._from_parsed_parts(self._drv, self._root, self._parts[:-1] + [name])

    def with_stem(self, stem):
        """A new path with the stem changed."""
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        """A new path with the suffix changed ('' removes it)."""
        f = self._flavour
        if f.sep in suffix or (f.altsep and f.altsep in suffix):
            raise ValueError("Invalid suffix %r" % (suffix,))
        if (suffix and not suffix.startswith('.')) or suffix == '.':
            raise ValueError("Invalid suffix %r" % (suffix,))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old = self.suffix
        name = name + suffix if not old else name[:-len(old)] + suffix
        return self._from_parsed_parts(self._drv, self._root, self._parts[:-1] + [name])

    def relative_to(self, *other):
        """The relative path from `other` to this path (ValueError if impossible)."""
        if not other:
            raise TypeError("need at least one argument")
        drv, root, parts = self._drv, self._root, self._parts
        abs_parts = [drv, root] + parts[1:] if root else parts
        to_drv, to_root, to_parts = self._parse_args(other)
        to_abs = [to_drv, to_root] + to_parts[1:] if to_root else to_parts
        n = len(to_abs)
        cf = self._flavour.casefold_parts
        if (root or drv) if n == 0 else cf(abs_parts[:n]) != cf(to_abs):
            formatted = self._format_parsed_parts(to_drv, to_root, to_parts)
            raise ValueError("{!r} is not in the subpath of {!r}"
                             " OR one path is relative and the other is absolute."
                             .format(str(self), str(formatted)))
        return self._from_parsed_parts('', root if n == 1 else '', abs_parts[n:])

    def is_relative_to(self, *other):
        """Whether this path is relative to `other`."""
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    @property
    def parts(self):
        """The path's components as a tuple."""
        try:
            return self._pparts
        except AttributeError:
            self._pparts = tuple(self._parts)
            return self._pparts

    def joinpath(self, *args):
        """This path joined with each argument in turn."""
        return self._make_child(args)

    def __truediv__(self, key):
        try:
            return self._make_child((key,))
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self._from_parts([key] + self._parts)
        except TypeError:
            return NotImplemented

    @property
    def parent(self):
        """The logical parent of the path."""
        drv, root, parts = self._drv, self._root, self._parts
        if len(parts) == 1 and (drv or root):
            return self
        return self._from_parsed_parts(drv, root, parts[:-1])

    @property
    def parents(self):
        """A sequence of the path's logical parents."""
        return _PathParents(self)

    def is_absolute(self):
        """True when the path has a root (and, on Windows, a drive)."""
        if not self._root:
            return False
        return not self._flavour.has_drv or bool(self._drv)

    def is_reserved(self):
        """True for Windows reserved names (CON, NUL, ...)."""
        return self._flavour.is_reserved(self._parts)

    def match(self, path_pattern):
        """Whether the path matches a glob-style pattern (from the right)."""
        cf = self._flavour.casefold
        path_pattern = cf(path_pattern)
        drv, root, pat_parts = self._flavour.parse_parts((path_pattern,))
        if not pat_parts:
            raise ValueError("empty pattern")
        if drv and drv != cf(self._drv):
            return False
        if root and root != cf(self._root):
            return False
        parts = self._cparts
        if drv or root:
            if len(pat_parts) != len(parts):
                return False
            pat_parts = pat_parts[1:]
        elif len(pat_parts) > len(parts):
            return False
        for part, pat in zip(reversed(parts), reversed(pat_parts)):
            if not fnmatch.fnmatchcase(part, pat):
                return False
        return True


if hasattr(os.PathLike, "register"):
    os.PathLike.register(PurePath)


class PurePosixPath(PurePath):
    """PurePath with POSIX syntax."""
    _flavour = _posix_flavour
    __slots__ = ()


class PureWindowsPath(PurePath):
    """PurePath with Windows syntax."""
    _flavour = _windows_flavour
    __slots__ = ()


# ---------------------------------------------------------------- concrete paths

class Path(PurePath):
    """PurePath with filesystem operations; Path(...) builds this system's kind.

    System calls get str(self): OSError.filename is then the string, as in CPython.
    """
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = WindowsPath if os.name == 'nt' else PosixPath
        self = cls._from_parts(args)
        if not self._flavour.is_supported:
            raise NotImplementedError("cannot instantiate %r on your system"
                                      % (cls.__name__,))
        return self

    def _make_child_relpath(self, part):
        return self._from_parsed_parts(self._drv, self._root, self._parts + [part])

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        pass

    @classmethod
    def cwd(cls):
        """The current working directory."""
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        """The user's home directory."""
        return cls("~").expanduser()

    def samefile(self, other_path):
        """Whether `other_path` is the same file as this one (by stat)."""
        st = self.stat()
        try:
            other = other_path.stat()
        except AttributeError:
            other = self.__class__(other_path).stat()
        return st.st_ino == other.st_ino and st.st_dev == other.st_dev

    def iterdir(self):
        """Yield the entries of this directory ('.' and '..' excluded)."""
        for name in os.listdir(str(self)):
            yield self._make_child_relpath(name)

    def glob(self, pattern):
        """Yield the existing paths under this one that match `pattern`."""
        _audit("pathlib.Path.glob", self, pattern)
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        f = self._flavour
        drv, root, parts = f.parse_parts((pattern,))
        if drv or root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        if pattern[-1] in (f.sep, f.altsep):
            parts.append('')
        yield from _make_selector(tuple(parts), f).select_from(self)

    def rglob(self, pattern):
        """glob('**/' + pattern): match in this directory and all below it."""
        _audit("pathlib.Path.rglob", self, pattern)
        f = self._flavour
        drv, root, parts = f.parse_parts((pattern,))
        if drv or root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        if pattern and pattern[-1] in (f.sep, f.altsep):
            parts.append('')
        yield from _make_selector(("**",) + tuple(parts), f).select_from(self)

    def absolute(self):
        """The path made absolute against the current directory (not normalized)."""
        if self.is_absolute():
            return self
        return self._from_parts([os.getcwd()] + self._parts)

    def resolve(self, strict=False):
        """The absolute path with symlinks and '..' resolved."""
        def check_eloop(e):
            if e.errno == ELOOP:
                raise RuntimeError("Symlink loop from %r" % e.filename)
        try:
            s = os.path.realpath(str(self), strict=strict)
        except OSError as e:
            check_eloop(e)
            raise
        p = self._from_parts((s,))
        if not strict:
            try:
                p.stat()
            except OSError as e:
                check_eloop(e)
        return p

    def stat(self, *, follow_symlinks=True):
        return os.stat(str(self), follow_symlinks=follow_symlinks)

    def lstat(self):
        return os.lstat(str(self))

    def owner(self):
        """The login name of the file's owner."""
        import pwd
        return pwd.getpwuid(self.stat().st_uid).pw_name

    def group(self):
        """The name of the file's group."""
        import grp
        return grp.getgrgid(self.stat().st_gid).gr_name

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        """Open the file like the built-in open()."""
        if "b" not in mode:
            encoding = io.text_encoding(encoding)
        return io.open(str(self), mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        with self.open(mode='rb') as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        encoding = io.text_encoding(encoding)
        with self.open(mode='r', encoding=encoding, errors=errors) as f:
            return f.read()

    def write_bytes(self, data):
        view = memoryview(data)
        with self.open(mode='wb') as f:
            return f.write(view)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % data.__class__.__name__)
        encoding = io.text_encoding(encoding)
        with self.open(mode='w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def readlink(self):
        """The path a symbolic link points to."""
        return self._from_parts((os.readlink(str(self)),))

    def touch(self, mode=0o666, exist_ok=True):
        """Create the file, or update its times if it exists."""
        if exist_ok:
            try:
                os.utime(str(self), None)
            except OSError:
                pass
            else:
                return
        flags = os.O_CREAT | os.O_WRONLY
        if not exist_ok:
            flags |= os.O_EXCL
        fd = os.open(str(self), flags, mode)
        os.close(fd)

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        """Create a directory (and missing parents when `parents`)."""
        try:
            os.mkdir(str(self), mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def chmod(self, mode, *, follow_symlinks=True):
        os.chmod(str(self), mode, follow_symlinks=follow_symlinks)

    def lchmod(self, mode):
        self.chmod(mode, follow_symlinks=False)

    def unlink(self, missing_ok=False):
        """Remove the file or link (no error when missing and `missing_ok`)."""
        try:
            os.unlink(str(self))
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        os.rmdir(str(self))

    def rename(self, target):
        """Rename to `target`; returns the new path."""
        os.rename(str(self), os.fspath(target))
        return self.__class__(target)

    def replace(self, target):
        """Rename to `target`, overwriting it; returns the new path."""
        os.replace(str(self), os.fspath(target))
        return self.__class__(target)

    def symlink_to(self, target, target_is_directory=False):
        """Make this path a symbolic link to `target`."""
        os.symlink(os.fspath(target), str(self), target_is_directory)

    def hardlink_to(self, target):
        """Make this path a hard link to `target`."""
        os.link(os.fspath(target), str(self))

    def exists(self):
        try:
            self.stat()
        except OSError as e:
            if not _ignore_error(e):
                raise
            return False
        except ValueError:
            return False
        return True

    def _mode_test(self, test, follow=True):
        try:
            st = self.stat() if follow else self.lstat()
        except OSError as e:
            if not _ignore_error(e):
                raise
            return False
        except ValueError:
            return False
        return test(st.st_mode)

    def is_dir(self):
        return self._mode_test(S_ISDIR)

    def is_file(self):
        return self._mode_test(S_ISREG)

    def is_symlink(self):
        return self._mode_test(S_ISLNK, follow=False)

    def is_block_device(self):
        return self._mode_test(S_ISBLK)

    def is_char_device(self):
        return self._mode_test(S_ISCHR)

    def is_fifo(self):
        return self._mode_test(S_ISFIFO)

    def is_socket(self):
        return self._mode_test(S_ISSOCK)

    def is_mount(self):
        """Whether this path is a mount point."""
        if not self.exists() or not self.is_dir():
            return False
        try:
            parent_dev = self.parent.stat().st_dev
        except OSError:
            return False
        st = self.stat()
        if st.st_dev != parent_dev:
            return True
        return st.st_ino == self.parent.stat().st_ino

    def expanduser(self):
        """Replace a leading ~ or ~user with the home directory."""
        if not (self._drv or self._root) and self._parts and self._parts[0][:1] == '~':
            home = os.path.expanduser(self._parts[0])
            if home[:1] == "~":
                raise RuntimeError("Could not determine home directory.")
            return self._from_parts([home] + self._parts[1:])
        return self


class PosixPath(Path, PurePosixPath):
    """Path on a POSIX system."""
    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    """Path on Windows (cannot be instantiated here)."""
    __slots__ = ()
