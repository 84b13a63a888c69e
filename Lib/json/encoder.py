"""JSON encoding: JSONEncoder and the string escaping helpers."""

INFINITY = float('inf')

_SHORT_ESCAPES = {
    '\\': '\\\\', '"': '\\"', '\b': '\\b', '\f': '\\f', '\n': '\\n',
    '\r': '\\r', '\t': '\\t',
}


def py_encode_basestring(s):
    """Return a JSON string literal for s (non-ASCII kept as is)."""
    out = ['"']
    for ch in s:
        esc = _SHORT_ESCAPES.get(ch)
        if esc is not None:
            out.append(esc)
        elif ch < ' ':
            out.append('\\u%04x' % ord(ch))
        else:
            out.append(ch)
    out.append('"')
    return ''.join(out)


def py_encode_basestring_ascii(s):
    """Return an ASCII-only JSON string literal for s."""
    out = ['"']
    for ch in s:
        esc = _SHORT_ESCAPES.get(ch)
        if esc is not None:
            out.append(esc)
        elif ' ' <= ch <= '~':
            out.append(ch)
        else:
            n = ord(ch)
            if n < 0x10000:
                out.append('\\u%04x' % n)
            else:
                n -= 0x10000
                out.append('\\u%04x\\u%04x' % (0xd800 | (n >> 10),
                                                0xdc00 | (n & 0x3ff)))
    out.append('"')
    return ''.join(out)


encode_basestring = py_encode_basestring
encode_basestring_ascii = py_encode_basestring_ascii


class JSONEncoder(object):
    """Extensible JSON encoder for Python data structures.

    Supports dict, list, tuple, str, int, float, bool and None; override
    default() to serialize other objects.
    """

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Return a serializable object for o, or raise TypeError."""
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        """Return a JSON string representation of o."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        """Encode o, yielding string chunks as they become available."""
        markers = {} if self.check_circular else None
        encoder = (encode_basestring_ascii if self.ensure_ascii
                   else encode_basestring)
        allow_nan = self.allow_nan

        def floatstr(o):
            if o != o:
                text = 'NaN'
            elif o == INFINITY:
                text = 'Infinity'
            elif o == -INFINITY:
                text = '-Infinity'
            else:
                return float.__repr__(o)
            if not allow_nan:
                raise ValueError("Out of range float values are not JSON "
                                 "compliant")
            return text

        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        return _Writer(markers, self.default, encoder, indent, floatstr,
                       self.key_separator, self.item_separator,
                       self.sort_keys, self.skipkeys).encode(o, 0)


class _Writer:
    """Recursive generator-based serializer (one per iterencode call)."""

    def __init__(self, markers, default, encoder, indent, floatstr,
                 key_separator, item_separator, sort_keys, skipkeys):
        self.markers = markers
        self.default = default
        self.encoder = encoder
        self.indent = indent
        self.floatstr = floatstr
        self.key_separator = key_separator
        self.item_separator = item_separator
        self.sort_keys = sort_keys
        self.skipkeys = skipkeys

    def _mark(self, o):
        if self.markers is not None:
            key = id(o)
            if key in self.markers:
                raise ValueError("Circular reference detected")
            self.markers[key] = o
            return key
        return None

    def _unmark(self, key):
        if key is not None:
            del self.markers[key]

    def encode(self, o, level):
        if isinstance(o, str):
            yield self.encoder(o)
        elif o is None:
            yield 'null'
        elif o is True:
            yield 'true'
        elif o is False:
            yield 'false'
        elif isinstance(o, int):
            yield int.__repr__(o)
        elif isinstance(o, float):
            yield self.floatstr(o)
        elif isinstance(o, (list, tuple)):
            yield from self.encode_list(o, level)
        elif isinstance(o, dict):
            yield from self.encode_dict(o, level)
        else:
            key = self._mark(o)
            o = self.default(o)
            yield from self.encode(o, level)
            self._unmark(key)

    def _newline(self, level):
        return '\n' + self.indent * level

    def encode_list(self, lst, level):
        if not lst:
            yield '[]'
            return
        key = self._mark(lst)
        buf = '['
        if self.indent is not None:
            level += 1
            separator = self.item_separator + self._newline(level)
            buf += self._newline(level)
        else:
            separator = self.item_separator
        first = True
        for value in lst:
            if first:
                first = False
            else:
                buf = separator
            if isinstance(value, str):
                yield buf + self.encoder(value)
            elif value is None:
                yield buf + 'null'
            elif value is True:
                yield buf + 'true'
            elif value is False:
                yield buf + 'false'
            elif isinstance(value, int):
                yield buf + int.__repr__(value)
            elif isinstance(value, float):
                yield buf + self.floatstr(value)
            else:
                yield buf
                yield from self.encode(value, level)
        if self.indent is not None:
            level -= 1
            yield self._newline(level)
        yield ']'
        self._unmark(key)

    def encode_dict(self, dct, level):
        if not dct:
            yield '{}'
            return
        key_id = self._mark(dct)
        yield '{'
        if self.indent is not None:
            level += 1
            item_separator = self.item_separator + self._newline(level)
            yield self._newline(level)
        else:
            item_separator = self.item_separator
        first = True
        items = sorted(dct.items()) if self.sort_keys else dct.items()
        for key, value in items:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = self.floatstr(key)
            elif key is True:
                key = 'true'
            elif key is False:
                key = 'false'
            elif key is None:
                key = 'null'
            elif isinstance(key, int):
                key = int.__repr__(key)
            elif self.skipkeys:
                continue
            else:
                raise TypeError(f'keys must be str, int, float, bool or None, '
                                f'not {key.__class__.__name__}')
            if first:
                first = False
            else:
                yield item_separator
            yield self.encoder(key)
            yield self.key_separator
            if isinstance(value, str):
                yield self.encoder(value)
            elif value is None:
                yield 'null'
            elif value is True:
                yield 'true'
            elif value is False:
                yield 'false'
            elif isinstance(value, int):
                yield int.__repr__(value)
            elif isinstance(value, float):
                yield self.floatstr(value)
            else:
                yield from self.encode(value, level)
        if self.indent is not None:
            level -= 1
            yield self._newline(level)
        yield '}'
        self._unmark(key_id)
