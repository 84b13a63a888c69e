"""Cache of source lines, read from files on sys.path or module loaders."""

import sys

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

# filename -> (size, mtime, lines, fullname); a lazy entry is a 1-tuple
# holding a function that returns the source.
cache = {}


def clearcache():
    """Clear the cache entirely."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Return line lineno of filename (with its newline), or ''."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """Return all lines of filename, reading it if not cached."""
    if filename in cache:
        entry = cache[filename]
        if len(entry) != 1:
            return cache[filename][2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def _stat(path):
    try:
        import os
    except ImportError:
        return None
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return None
    return st.st_size, st.st_mtime


def checkcache(filename=None):
    """Drop cache entries whose files changed on disk (or all if None)."""
    filenames = list(cache) if filename is None else \
        ([filename] if filename in cache else [])
    for filename in filenames:
        entry = cache[filename]
        if len(entry) == 1:
            continue       # lazy: no file behind it yet
        size, mtime, lines, fullname = entry
        if mtime is None:
            continue       # not on disk (e.g. from a loader)
        stat = _stat(fullname)
        if stat is None or stat != (size, mtime):
            cache.pop(filename, None)


def _decode_source(data):
    """Decode bytes using a PEP 263 coding cookie or BOM (default utf-8)."""
    if data.startswith(b'\xef\xbb\xbf'):
        return data[3:].decode('utf-8', 'replace')
    encoding = 'utf-8'
    for line in data.split(b'\n', 2)[:2]:
        text = line.decode('latin-1').strip()
        if not text.startswith('#'):
            if text:
                break
            continue
        at = text.find('coding')
        if at >= 0 and at + 6 < len(text) and text[at + 6] in ':=':
            rest = text[at + 7:].lstrip()
            name = ''
            for ch in rest:
                if ch.isalnum() or ch in '-_.':
                    name += ch
                else:
                    break
            if name:
                encoding = name
                break
    try:
        return data.decode(encoding, 'replace')
    except LookupError:
        return data.decode('utf-8', 'replace')


def _read(path):
    with open(path, 'rb') as f:
        data = f.read()
    return _decode_source(data)


def _split_lines(text):
    """Lines as a text-mode readlines() gives them (universal newlines)."""
    text = text.replace('\r\n', '\n').replace('\r', '\n')
    lines = text.split('\n')
    last = lines.pop()
    lines = [line + '\n' for line in lines]
    if last:
        lines.append(last + '\n')
    return lines


def updatecache(filename, module_globals=None):
    """(Re)read filename into the cache; return its lines ([] on failure)."""
    if filename in cache and len(cache[filename]) != 1:
        cache.pop(filename, None)
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []
    fullname = filename
    stat = _stat(fullname)
    text = None
    if stat is None:
        if lazycache(filename, module_globals):
            try:
                data = cache[filename][0]()
            except (ImportError, OSError):
                pass
            else:
                if data is None:
                    return []
                lines = [line + '\n' for line in data.splitlines()]
                cache[filename] = (len(data), None, lines, fullname)
                return cache[filename][2]
        # Try relative to each sys.path entry.
        if filename.startswith('/'):
            return []
        for dirname in sys.path:
            try:
                fullname = (dirname.rstrip('/') + '/' + filename
                            if dirname else filename)
            except (TypeError, AttributeError):
                continue
            stat = _stat(fullname)
            if stat is not None:
                break
        else:
            # No os module: a plain open() attempt still works.
            try:
                text = _read(filename)
                fullname = filename
            except (OSError, UnicodeError, ValueError):
                return []
    if text is None:
        try:
            text = _read(fullname)
        except (OSError, UnicodeError, ValueError):
            return []
    lines = _split_lines(text)
    size, mtime = stat if stat is not None else (len(text), None)
    cache[filename] = size, mtime, lines, fullname
    return lines


def lazycache(filename, module_globals):
    """Remember a loader that can supply filename's source later.

    Returns True if a lazy entry is (now) in the cache.
    """
    if filename in cache:
        return len(cache[filename]) == 1
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return False
    if module_globals and '__name__' in module_globals:
        name = module_globals['__name__']
        loader = module_globals.get('__loader__')
        spec = module_globals.get('__spec__')
        if loader is None and spec is not None:
            loader = getattr(spec, 'loader', None)
        get_source = getattr(loader, 'get_source', None)
        if name and get_source:
            cache[filename] = (lambda: get_source(name),)
            return True
    return False
