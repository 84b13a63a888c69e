"""The encodings package: the search function of the codec registry.

`_codecs.lookup` registers `search_function` on first use (as CPython's registry does at start-up).
It maps a name through `aliases` to a module `encodings.<name>` whose getregentry() returns the
CodecInfo. SwiftPy's text codecs (utf-8, latin-1, ascii, utf-16/32, cp1252) are native; the
modules here wrap them, and the bytes-to-bytes codecs (hex, base64, zlib) and rot13 are Python.
"""

_cache = {}
_unknown = '--unknown--'
_aliases = None  # encodings.aliases.aliases, loaded at the first search (not at start-up)


class CodecRegistryError(LookupError, SystemError):
    """Raised when the codec registry is given a codec that does not fit its interface."""


def normalize_encoding(encoding):
    """Collapses every run of characters other than ASCII letters, digits and '.' into one '_'
    (none at the ends): '  UTF--8 ' -> 'UTF_8'. bytes are taken as ASCII."""
    if isinstance(encoding, bytes):
        encoding = str(encoding, "ascii")
    chars = []
    punct = False
    for c in encoding:
        if c.isalnum() or c == '.':
            if punct and chars:
                chars.append('_')
            if c.isascii():
                chars.append(c)
            punct = False
        else:
            punct = True
    return ''.join(chars)


def search_function(encoding):
    entry = _cache.get(encoding, _unknown)
    if entry is not _unknown:
        return entry
    global _aliases
    if _aliases is None:
        from .aliases import aliases as _aliases
    norm = normalize_encoding(encoding)
    aliased = _aliases.get(norm) or _aliases.get(norm.replace('.', '_'))
    modnames = [aliased, norm] if aliased is not None else [norm]
    mod = None
    for modname in modnames:
        if not modname or '.' in modname:
            continue
        try:
            mod = __import__('encodings.' + modname, fromlist=['_'], level=0)
        except ImportError:
            pass
        else:
            break
    getregentry = getattr(mod, 'getregentry', None) if mod is not None else None
    if getregentry is None:
        _cache[encoding] = None
        return None
    entry = getregentry()
    import codecs
    if not isinstance(entry, codecs.CodecInfo):
        if not 4 <= len(entry) <= 7:
            raise CodecRegistryError('module "%s" (%s) failed to register'
                                     % (mod.__name__, mod.__file__))
        entry = codecs.CodecInfo(*entry)
    _cache[encoding] = entry
    return entry
