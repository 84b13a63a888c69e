"""The codec registry and the primitive codec functions that `codecs` and `encodings` build on.

The text codecs themselves (utf-8, ascii, latin-1, utf-16/32, cp1252) are native: str.encode and
bytes.decode. This module adds what the registry needs around them: search functions, the
lookup cache, error handlers (custom ones run here, by re-encoding around each failure), the
`final=False` variants that hold back an incomplete trailing sequence for incremental decoding,
and CPython's wrapping of a codec's plain exceptions ("encoding with 'hex' codec failed (...)").
"""

_search_functions = []
_cache = {}
_builtin_search_ready = False

# Names str.encode/bytes.decode handle natively.
_NATIVE_ERRORS = frozenset(('strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace',
                            'namereplace', 'surrogateescape', 'surrogatepass'))


def _type_name(obj):
    """How argument errors name a value's type (None is just "None")."""
    return 'None' if obj is None else type(obj).__name__


# --- registry ---------------------------------------------------------------------------------

def register(search_function, /):
    """Adds a search function: called with a normalised encoding name, it returns a CodecInfo
    or None."""
    if not callable(search_function):
        raise TypeError("argument must be callable")
    _ensure_builtin_search()
    _search_functions.append(search_function)


def unregister(search_function, /):
    """Removes a search function and clears the lookup cache."""
    _cache.clear()
    try:
        _search_functions.remove(search_function)
    except ValueError:
        pass


def _forget_codec(encoding, /):
    _cache.pop(_normalize(encoding), None)


def _normalize(name):
    return name.lower().replace(' ', '_').replace('-', '_')


def _ensure_builtin_search():
    global _builtin_search_ready
    if not _builtin_search_ready:
        _builtin_search_ready = True
        import encodings
        _search_functions.insert(0, encodings.search_function)


def lookup(encoding, /):
    """The CodecInfo for an encoding name (LookupError "unknown encoding: NAME" if none)."""
    if not isinstance(encoding, str):
        raise TypeError("lookup() argument must be str, not %s" % _type_name(encoding))
    key = _normalize(encoding)
    info = _cache.get(key)
    if info is not None:
        return info
    _ensure_builtin_search()
    for search in list(_search_functions):
        result = search(key)
        if result is None:
            continue
        if not isinstance(result, tuple) or len(result) != 4:
            raise TypeError("codec search functions must return 4-tuples")
        _cache[key] = result
        return result
    raise LookupError("unknown encoding: %s" % encoding)


def _wrap_failure(exc, verb, encoding):
    """CPython's message for a plain exception out of a codec, keeping its type: returns the
    exception to raise instead (or exc itself when its type carries more state)."""
    cls = type(exc)
    for c in cls.__mro__:
        if c in _RICH_EXCEPTIONS:
            return exc
        if c.__module__ != 'builtins' and ('__init__' in c.__dict__ or '__new__' in c.__dict__):
            return exc
    if getattr(exc, '__dict__', None):
        return exc
    try:
        new = cls("%s with %r codec failed (%s: %s)" % (verb, encoding, cls.__name__, exc))
    except Exception:
        return exc
    new.__cause__ = exc
    return new


_RICH_EXCEPTIONS = (UnicodeError, OSError, SyntaxError, ImportError, StopIteration, SystemExit,
                    NameError, AttributeError, BaseExceptionGroup)


def _run(verb, info, encoding, obj, errors):
    fn = info.encode if verb == 'encoding' else info.decode
    try:
        result = fn(obj, errors)
    except Exception as exc:
        new = _wrap_failure(exc, verb, encoding)
        if new is exc:
            raise
        raise new from exc
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError("%s must return a tuple (object, integer)"
                        % ('encoder' if verb == 'encoding' else 'decoder'))
    return result[0]


def encode(obj, encoding='utf-8', errors='strict'):
    """Encodes obj with the codec registered for `encoding` (any types the codec accepts)."""
    return _run('encoding', lookup(encoding), encoding, obj, errors)


def decode(obj, encoding='utf-8', errors='strict'):
    """Decodes obj with the codec registered for `encoding`."""
    return _run('decoding', lookup(encoding), encoding, obj, errors)


# --- what str.encode / bytes.decode call for what they do not know natively ---------------------

def _lookup_text_encoding(encoding, alternate):
    info = lookup(encoding)
    if not getattr(info, '_is_text_encoding', True):
        raise LookupError("'%s' is not a text encoding; use %s to handle arbitrary codecs"
                          % (encoding, alternate))
    return info


def _text_encode(s, encoding, errors):
    """str.encode with a codec from the registry (the interpreter calls this for unknown names)."""
    info = _lookup_text_encoding(encoding, 'codecs.encode()')
    v = _run('encoding', info, encoding, s, 'strict' if errors is None else errors)
    if isinstance(v, bytearray):
        v = bytes(v)
    if not isinstance(v, bytes):
        raise TypeError("'%s' encoder returned '%s' instead of 'bytes'; use codecs.encode() to "
                        "encode to arbitrary types" % (encoding, type(v).__name__))
    return v


def _text_decode(data, encoding, errors):
    """bytes.decode with a codec from the registry (the interpreter calls this for unknown names)."""
    info = _lookup_text_encoding(encoding, 'codecs.decode()')
    v = _run('decoding', info, encoding, memoryview(data), 'strict' if errors is None else errors)
    if not isinstance(v, str):
        raise TypeError("'%s' decoder returned '%s' instead of 'str'; use codecs.decode() to "
                        "decode to arbitrary types" % (encoding, type(v).__name__))
    return v


_BOMS = {'utf-16': (2, b'\xff\xfe', b'\xfe\xff'), 'utf-32': (4, b'\xff\xfe\x00\x00', b'\x00\x00\xfe\xff')}


def _native_encode_with_handler(s, native, errors):
    """str.encode with a native codec under an error handler registered from Python (the
    interpreter calls this after a strict encode failed): native is the codec's canonical name."""
    if native in _BOMS:
        return _BOMS[native][1] + _encode_text(s, native + '-le', errors, native)
    return _encode_text(s, native, errors)


def _native_decode_with_handler(data, native, errors):
    """bytes.decode with a native codec under an error handler registered from Python."""
    pos = 0
    if native in _BOMS:
        width, le, be = _BOMS[native]
        if data.startswith(le):
            native, pos = native + '-le', width
        elif data.startswith(be):
            native, pos = native + '-be', width
        else:
            native += '-le'
    return _decode_text(data, native, errors, None, pos)


# --- error handlers ---------------------------------------------------------------------------

def _check_exc(exc):
    if not isinstance(exc, (UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError)):
        raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def strict_errors(exc, /):
    if isinstance(exc, BaseException):
        raise exc
    raise TypeError("codec must pass exception instance")


def ignore_errors(exc, /):
    _check_exc(exc)
    return ('', exc.end)


def replace_errors(exc, /):
    _check_exc(exc)
    n = exc.end - exc.start
    if isinstance(exc, UnicodeEncodeError):
        return ('?' * n, exc.end)
    if isinstance(exc, UnicodeDecodeError):
        return ('\ufffd', exc.end)
    return ('\ufffd' * n, exc.end)


def _escape_char(c):
    o = ord(c)
    if o < 0x100:
        return '\\x%02x' % o
    if o < 0x10000:
        return '\\u%04x' % o
    return '\\U%08x' % o


def backslashreplace_errors(exc, /):
    _check_exc(exc)
    if isinstance(exc, UnicodeDecodeError):
        data = exc.object[exc.start:exc.end]
        return (''.join('\\x%02x' % b for b in data), exc.end)
    return (''.join(_escape_char(c) for c in exc.object[exc.start:exc.end]), exc.end)


def xmlcharrefreplace_errors(exc, /):
    if not isinstance(exc, UnicodeEncodeError):
        raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)
    return (''.join('&#%d;' % ord(c) for c in exc.object[exc.start:exc.end]), exc.end)


_ASCII_NAMES = {
    ' ': 'SPACE', '!': 'EXCLAMATION MARK', '"': 'QUOTATION MARK', '#': 'NUMBER SIGN',
    '$': 'DOLLAR SIGN', '%': 'PERCENT SIGN', '&': 'AMPERSAND', "'": 'APOSTROPHE',
    '(': 'LEFT PARENTHESIS', ')': 'RIGHT PARENTHESIS', '*': 'ASTERISK', '+': 'PLUS SIGN',
    ',': 'COMMA', '-': 'HYPHEN-MINUS', '.': 'FULL STOP', '/': 'SOLIDUS', ':': 'COLON',
    ';': 'SEMICOLON', '<': 'LESS-THAN SIGN', '=': 'EQUALS SIGN', '>': 'GREATER-THAN SIGN',
    '?': 'QUESTION MARK', '@': 'COMMERCIAL AT', '[': 'LEFT SQUARE BRACKET',
    '\\': 'REVERSE SOLIDUS', ']': 'RIGHT SQUARE BRACKET', '^': 'CIRCUMFLEX ACCENT',
    '_': 'LOW LINE', '`': 'GRAVE ACCENT', '{': 'LEFT CURLY BRACKET', '|': 'VERTICAL LINE',
    '}': 'RIGHT CURLY BRACKET', '~': 'TILDE',
}
_DIGIT_NAMES = ('ZERO', 'ONE', 'TWO', 'THREE', 'FOUR', 'FIVE', 'SIX', 'SEVEN', 'EIGHT', 'NINE')


def _char_name_escape(c):
    if c.isascii():
        if 'a' <= c <= 'z':
            return '\\N{LATIN SMALL LETTER %s}' % c.upper()
        if 'A' <= c <= 'Z':
            return '\\N{LATIN CAPITAL LETTER %s}' % c
        if '0' <= c <= '9':
            return '\\N{DIGIT %s}' % _DIGIT_NAMES[ord(c) - 48]
        if c in _ASCII_NAMES:
            return '\\N{%s}' % _ASCII_NAMES[c]
        return _escape_char(c)
    # Outside ASCII, the native encoder knows the names (and escapes unnamed characters).
    return c.encode('ascii', 'namereplace').decode('ascii')


def namereplace_errors(exc, /):
    if not isinstance(exc, UnicodeEncodeError):
        raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)
    return (''.join(_char_name_escape(c) for c in exc.object[exc.start:exc.end]), exc.end)


def surrogateescape(exc, /):
    _check_exc(exc)
    if isinstance(exc, UnicodeDecodeError):
        data = exc.object[exc.start:exc.end]
        out = []
        for b in data[:4]:
            if b < 128:
                break
            out.append(chr(0xDC00 + b))
        if not out:
            raise exc
        return (''.join(out), exc.start + len(out))
    if isinstance(exc, UnicodeEncodeError):
        out = bytearray()
        for c in exc.object[exc.start:exc.end]:
            o = ord(c)
            if not 0xDC80 <= o <= 0xDCFF:
                raise exc
            out.append(o - 0xDC00)
        return (bytes(out), exc.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def _utf_width(encoding):
    """(unit size, byte order) of a Unicode encoding name, or None."""
    n = _normalize(encoding or '')
    table = {'utf_8': (1, ''), 'utf8': (1, ''), 'utf_16': (2, 'little'), 'utf_16_le': (2, 'little'),
             'utf_16_be': (2, 'big'), 'utf_32': (4, 'little'), 'utf_32_le': (4, 'little'),
             'utf_32_be': (4, 'big')}
    return table.get(n)


def surrogatepass(exc, /):
    _check_exc(exc)
    if isinstance(exc, UnicodeTranslateError):
        raise TypeError("don't know how to handle UnicodeTranslateError in error callback")
    kind = _utf_width(exc.encoding)
    if kind is None:
        raise exc
    width, order = kind
    if isinstance(exc, UnicodeEncodeError):
        out = bytearray()
        for c in exc.object[exc.start:exc.end]:
            o = ord(c)
            if not 0xD800 <= o <= 0xDFFF:
                raise exc
            if width == 1:
                out += bytes((0xE0 | (o >> 12), 0x80 | ((o >> 6) & 0x3F), 0x80 | (o & 0x3F)))
            else:
                out += o.to_bytes(width, order)
        return (bytes(out), exc.end)
    data = exc.object
    s = exc.start
    if width == 1:
        chunk = data[s:s + 3]
        if (len(chunk) == 3 and chunk[0] & 0xF0 == 0xE0 and chunk[1] & 0xC0 == 0x80
                and chunk[2] & 0xC0 == 0x80):
            o = ((chunk[0] & 0x0F) << 12) | ((chunk[1] & 0x3F) << 6) | (chunk[2] & 0x3F)
            if 0xD800 <= o <= 0xDFFF:
                return (chr(o), s + 3)
        raise exc
    chunk = data[s:s + width]
    if len(chunk) == width:
        o = int.from_bytes(chunk, order)
        if 0xD800 <= o <= 0xDFFF:
            return (chr(o), s + width)
    raise exc


_error_handlers = {
    'strict': strict_errors, 'ignore': ignore_errors, 'replace': replace_errors,
    'backslashreplace': backslashreplace_errors, 'xmlcharrefreplace': xmlcharrefreplace_errors,
    'namereplace': namereplace_errors, 'surrogateescape': surrogateescape,
    'surrogatepass': surrogatepass,
}
_BUILTIN_HANDLERS = dict(_error_handlers)


def register_error(errors, handler, /):
    """Registers handler(exc) -> (replacement, resume position) under the name `errors`."""
    if not isinstance(errors, str):
        raise TypeError("register_error() argument 1 must be str, not %s" % _type_name(errors))
    if not callable(handler):
        raise TypeError("handler must be callable")
    _error_handlers[errors] = handler


def lookup_error(name, /):
    """The error handler registered under `name`."""
    if not isinstance(name, str):
        raise TypeError("lookup_error() argument must be str, not %s" % _type_name(name))
    try:
        return _error_handlers[name]
    except KeyError:
        raise LookupError("unknown error handler name '%s'" % name) from None


def _native_ok(errors):
    return errors is None or (errors in _NATIVE_ERRORS
                              and _error_handlers.get(errors) is _BUILTIN_HANDLERS[errors])


# --- text codecs over the native ones ---------------------------------------------------------

def _check_str(fname, s):
    if not isinstance(s, str):
        raise TypeError("%s() argument 1 must be str, not %s" % (fname, _type_name(s)))


def _as_bytes(data):
    if isinstance(data, bytes):
        return data
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    try:
        return bytes(memoryview(data))
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__) from None


def _index(x):
    if type(x) is int:
        return x
    from operator import index
    return index(x)


def _handler_result(res, encoding):
    """(replacement, position) out of an error handler's result, checked as CPython does."""
    kinds = (str, bytes) if encoding else str
    if not isinstance(res, tuple) or len(res) != 2 or not isinstance(res[0], kinds):
        raise TypeError("encoding error handler must return (str/bytes, int) tuple" if encoding
                        else "decoding error handler must return (str, int) tuple")
    return res[0], _index(res[1])


def _resume_at(newpos, n):
    if newpos < 0:
        newpos += n
    if not 0 <= newpos <= n:
        raise IndexError("position %d from error handler out of bounds" % newpos)
    return newpos


def _encode_text(s, native, errors, display=None):
    """s encoded with a native codec (no BOM variants) under any registered error handler."""
    if _native_ok(errors):
        return s.encode(native, errors or 'strict')
    handler = None  # looked up at the first error, as CPython does
    out = []
    pos = 0
    n = len(s)
    while True:
        try:
            out.append(s[pos:].encode(native))
            break
        except UnicodeEncodeError as e:
            start, end, reason, shown = pos + e.start, pos + e.end, e.reason, display or e.encoding
        out.append(s[pos:start].encode(native))
        exc = UnicodeEncodeError(shown, s, start, end, reason)
        if handler is None:
            handler = lookup_error(errors)
        rep, newpos = _handler_result(handler(exc), True)
        if isinstance(rep, str):
            # a str replacement must encode as is (only ASCII for the UTF codecs), else the
            # original error stands
            if native.startswith('utf') and not rep.isascii():
                raise exc
            try:
                rep = rep.encode(native)
            except UnicodeEncodeError:
                rep = None
            if rep is None:
                raise exc
        out.append(rep)
        pos = _resume_at(newpos, n)
    return b''.join(out)


def _decode_text(data, native, errors, display=None, pos=0):
    """bytes decoded with a native codec (no BOM variants) under any registered error handler,
    from byte `pos` on."""
    if _native_ok(errors):
        return data[pos:].decode(native, errors or 'strict') if pos else data.decode(native, errors or 'strict')
    handler = None
    out = []
    n = len(data)
    while True:
        try:
            out.append(data[pos:].decode(native))
            break
        except UnicodeDecodeError as e:
            start, end, reason, shown = pos + e.start, pos + e.end, e.reason, display or e.encoding
        out.append(data[pos:start].decode(native))
        exc = UnicodeDecodeError(shown, data, start, end, reason)
        if handler is None:
            handler = lookup_error(errors)
        rep, newpos = _handler_result(handler(exc), False)
        out.append(rep)
        pos = _resume_at(newpos, n)
    return ''.join(out)


def _utf8_incomplete_tail(data):
    """How many trailing bytes form a valid but unfinished UTF-8 sequence (0-3)."""
    n = len(data)
    for back in range(1, min(3, n) + 1):
        b = data[n - back]
        if b & 0xC0 == 0x80:
            continue
        if 0xC2 <= b <= 0xDF:
            need = 2
        elif 0xE0 <= b <= 0xEF:
            need = 3
        elif 0xF0 <= b <= 0xF4:
            need = 4
        else:
            return 0
        if back >= need:
            return 0
        if back >= 2:
            second = data[n - back + 1]
            lo, hi = {0xE0: (0xA0, 0xBF), 0xED: (0x80, 0x9F), 0xF0: (0x90, 0xBF),
                      0xF4: (0x80, 0x8F)}.get(b, (0x80, 0xBF))
            if not lo <= second <= hi:
                return 0
        return back
    return 0


def _utf16_incomplete_tail(data, order):
    n = len(data)
    odd = n % 2
    if n - odd >= 2:
        unit = int.from_bytes(data[n - odd - 2:n - odd], order)
        if 0xD800 <= unit <= 0xDBFF:
            return odd + 2
    return odd


def utf_8_encode(str, errors=None, /):
    _check_str('utf_8_encode', str)
    return (_encode_text(str, 'utf-8', errors), len(str))


def utf_8_decode(data, errors=None, final=False, /):
    data = _as_bytes(data)
    keep = 0 if final else _utf8_incomplete_tail(data)
    if keep:
        data = data[:len(data) - keep]
    return (_decode_text(data, 'utf-8', errors), len(data))


def ascii_encode(str, errors=None, /):
    _check_str('ascii_encode', str)
    return (_encode_text(str, 'ascii', errors), len(str))


def ascii_decode(data, errors=None, /):
    data = _as_bytes(data)
    return (_decode_text(data, 'ascii', errors), len(data))


def latin_1_encode(str, errors=None, /):
    _check_str('latin_1_encode', str)
    return (_encode_text(str, 'latin-1', errors), len(str))


def latin_1_decode(data, errors=None, /):
    data = _as_bytes(data)
    return (data.decode('latin-1'), len(data))


def cp1252_encode(str, errors=None, /):
    _check_str('charmap_encode', str)
    return (_encode_text(str, 'cp1252', errors), len(str))


def cp1252_decode(data, errors=None, /):
    data = _as_bytes(data)
    return (_decode_text(data, 'cp1252', errors), len(data))


def _sized_encode(fname, s, errors, byteorder, width):
    _check_str(fname, s)
    le, be = ('utf-16-le', 'utf-16-be') if width == 2 else ('utf-32-le', 'utf-32-be')
    disp = 'utf-%d' % (width * 8)
    if byteorder == 0:
        bom = b'\xff\xfe' if width == 2 else b'\xff\xfe\x00\x00'
        return (bom + _encode_text(s, le, errors, disp), len(s))
    native = le if byteorder < 0 else be
    return (_encode_text(s, native, errors, native if fname.count('_') > 2 else disp), len(s))


def _sized_decode(data, errors, byteorder, final, width, display):
    """Decodes UTF-16/32 data; byteorder 0 detects and consumes a BOM. Returns
    (text, consumed, byteorder found)."""
    data = _as_bytes(data)
    consumed_bom = 0
    if byteorder == 0:
        if width == 2:
            head = data[:2]
            if head == b'\xff\xfe':
                byteorder, consumed_bom = -1, 2
            elif head == b'\xfe\xff':
                byteorder, consumed_bom = 1, 2
            elif len(data) < 2 and not final:
                return ('', 0, 0)
        else:
            head = data[:4]
            if head == b'\xff\xfe\x00\x00':
                byteorder, consumed_bom = -1, 4
            elif head == b'\x00\x00\xfe\xff':
                byteorder, consumed_bom = 1, 4
            elif len(data) < 4 and not final:
                return ('', 0, 0)
    body = data[consumed_bom:]
    order = 'big' if byteorder > 0 else 'little'
    if final:
        keep = 0
    elif width == 2:
        keep = _utf16_incomplete_tail(body, order)
    else:
        keep = len(body) % 4
    if keep:
        body = body[:len(body) - keep]
    native = ('utf-16-' if width == 2 else 'utf-32-') + ('be' if byteorder > 0 else 'le')
    try:
        text = _decode_text(body, native, errors, display or native)
    except UnicodeDecodeError as e:
        if not consumed_bom or e.object != body:
            raise
        # Positions count from the start of the data, BOM included.
        raise UnicodeDecodeError(e.encoding, data, e.start + consumed_bom, e.end + consumed_bom,
                                 e.reason) from None
    return (text, consumed_bom + len(body), byteorder)


def utf_16_encode(str, errors=None, byteorder=0, /):
    return _sized_encode('utf_16_encode', str, errors, byteorder, 2)


def utf_16_le_encode(str, errors=None, /):
    return _sized_encode('utf_16_le_encode', str, errors, -1, 2)


def utf_16_be_encode(str, errors=None, /):
    return _sized_encode('utf_16_be_encode', str, errors, 1, 2)


def utf_16_decode(data, errors=None, final=False, /):
    return _sized_decode(data, errors, 0, final, 2, 'utf-16')[:2]


def utf_16_le_decode(data, errors=None, final=False, /):
    return _sized_decode(data, errors, -1, final, 2, 'utf-16-le')[:2]


def utf_16_be_decode(data, errors=None, final=False, /):
    return _sized_decode(data, errors, 1, final, 2, 'utf-16-be')[:2]


def utf_16_ex_decode(data, errors=None, byteorder=0, final=False, /):
    return _sized_decode(data, errors, byteorder, final, 2, 'utf-16')


def utf_32_encode(str, errors=None, byteorder=0, /):
    return _sized_encode('utf_32_encode', str, errors, byteorder, 4)


def utf_32_le_encode(str, errors=None, /):
    return _sized_encode('utf_32_le_encode', str, errors, -1, 4)


def utf_32_be_encode(str, errors=None, /):
    return _sized_encode('utf_32_be_encode', str, errors, 1, 4)


def utf_32_decode(data, errors=None, final=False, /):
    return _sized_decode(data, errors, 0, final, 4, 'utf-32')[:2]


def utf_32_le_decode(data, errors=None, final=False, /):
    return _sized_decode(data, errors, -1, final, 4, 'utf-32-le')[:2]


def utf_32_be_decode(data, errors=None, final=False, /):
    return _sized_decode(data, errors, 1, final, 4, 'utf-32-be')[:2]


def utf_32_ex_decode(data, errors=None, byteorder=0, final=False, /):
    return _sized_decode(data, errors, byteorder, final, 4, 'utf-32')


def readbuffer_encode(data, errors=None, /):
    if isinstance(data, str):
        data = data.encode('utf-8')
    data = _as_bytes(data)
    return (data, len(data))


# --- unicode_escape and raw_unicode_escape ----------------------------------------------------

def unicode_escape_encode(str, errors=None, /):
    _check_str('unicode_escape_encode', str)
    out = []
    for ch in str:
        o = ord(ch)
        if o >= 0x10000:
            out.append('\\U%08x' % o)
        elif o >= 0x100:
            out.append('\\u%04x' % o)
        elif ch == '\\':
            out.append('\\\\')
        elif ch == '\t':
            out.append('\\t')
        elif ch == '\n':
            out.append('\\n')
        elif ch == '\r':
            out.append('\\r')
        elif o < 0x20 or o >= 0x7F:
            out.append('\\x%02x' % o)
        else:
            out.append(ch)
    return (''.join(out).encode('latin-1'), len(str))


def raw_unicode_escape_encode(str, errors=None, /):
    _check_str('raw_unicode_escape_encode', str)
    out = []
    for ch in str:
        o = ord(ch)
        if o >= 0x10000:
            out.append('\\U%08x' % o)
        elif o >= 0x100:
            out.append('\\u%04x' % o)
        else:
            out.append(ch)
    return (''.join(out).encode('latin-1'), len(str))


_SIMPLE_ESCAPES = {ord('\n'): '', ord('\\'): '\\', ord("'"): "'", ord('"'): '"', ord('a'): '\a',
                   ord('b'): '\b', ord('f'): '\f', ord('n'): '\n', ord('r'): '\r',
                   ord('t'): '\t', ord('v'): '\v'}
_HEX = b'0123456789abcdefABCDEF'


def _lookup_name(name):
    """The character named `name` (Unicode name or alias), or None."""
    if not name or not all(c.isalnum() or c in ' -' for c in name) or not name.isascii():
        return None
    try:
        # The compiler resolves \N{...} in string literals.
        return eval('"\\N{%s}"' % name)
    except SyntaxError:
        return None


def _escape_decoder(data, errors, final, raw):
    """Shared decoder: returns (text, consumed). With final False, an escape cut off by the
    end of data is left unconsumed."""
    data = _as_bytes(data)
    codec = 'rawunicodeescape' if raw else 'unicodeescape'
    out = []
    n = len(data)
    pos = 0
    handler = None

    def fail(start, end, reason):
        nonlocal handler
        exc = UnicodeDecodeError(codec, data, start, end, reason)
        if handler is None:
            handler = lookup_error(errors or 'strict')
        res = handler(exc)
        if (not isinstance(res, tuple) or len(res) != 2 or not isinstance(res[0], str)
                or not isinstance(res[1], int)):
            raise TypeError("decoding error handler must return (str, int) tuple")
        rep, newpos = res
        if newpos < 0:
            newpos += n
        if not 0 <= newpos <= n:
            raise IndexError("position %d from error handler out of bounds" % newpos)
        out.append(rep)
        return newpos

    while pos < n:
        b = data[pos]
        if b != 0x5C:
            out.append(chr(b))
            pos += 1
            continue
        start = pos
        if raw:
            # Only \u and \U are escapes; a backslash pair stands for itself.
            if pos + 1 >= n:
                if not final:
                    break
                out.append('\\')
                pos += 1
                continue
            c = data[pos + 1]
            if c not in (0x75, 0x55):
                out.append('\\')
                pos += 1
                if c == 0x5C:
                    out.append('\\')
                    pos += 1
                continue
        else:
            if pos + 1 >= n:
                if not final:
                    break
                pos = fail(start, n, '\\ at end of string')
                continue
            c = data[pos + 1]
            if c in _SIMPLE_ESCAPES:
                out.append(_SIMPLE_ESCAPES[c])
                pos += 2
                continue
            if 0x30 <= c <= 0x37:
                end = pos + 2
                while end < n and end < pos + 4 and 0x30 <= data[end] <= 0x37:
                    end += 1
                value = int(data[pos + 1:end], 8)
                if value > 0o377:
                    import warnings
                    warnings.warn("invalid octal escape sequence '\\%s'"
                                  % data[pos + 1:end].decode('ascii'), DeprecationWarning, 3)
                out.append(chr(value))
                pos = end
                continue
            if c == 0x4E:  # \N{name}
                if pos + 2 >= n or data[pos + 2] != 0x7B:
                    if not final and pos + 2 >= n:
                        break
                    pos = fail(start, min(pos + 2, n), 'malformed \\N character escape')
                    continue
                close = data.find(b'}', pos + 3)
                if close < 0:
                    if not final:
                        break
                    pos = fail(start, n, 'malformed \\N character escape')
                    continue
                if close == pos + 3:
                    pos = fail(start, close, 'malformed \\N character escape')
                    continue
                ch = _lookup_name(data[pos + 3:close].decode('latin-1'))
                if ch is None:
                    pos = fail(start, close + 1, 'unknown Unicode character name')
                    continue
                out.append(ch)
                pos = close + 1
                continue
            if c not in (0x78, 0x75, 0x55):
                import warnings
                warnings.warn("invalid escape sequence '\\%s'" % chr(c), DeprecationWarning, 3)
                out.append('\\')
                pos += 1
                continue
        # \xXX, \uXXXX, \UXXXXXXXX
        width = {0x78: 2, 0x75: 4, 0x55: 8}[c]
        end = pos + 2
        while end < n and end < pos + 2 + width and data[end] in _HEX:
            end += 1
        if end < pos + 2 + width:
            if not final and end == n:
                break
            name = {2: '\\xXX', 4: '\\uXXXX', 8: '\\UXXXXXXXX'}[width]
            pos = fail(start, end, 'truncated %s escape' % name)
            continue
        value = int(data[pos + 2:end], 16)
        if value > 0x10FFFF:
            pos = fail(start, end, '\\Uxxxxxxxx out of range' if raw
                       else 'illegal Unicode character')
            continue
        out.append(chr(value))
        pos = end
    return (''.join(out), pos)


def unicode_escape_decode(data, errors=None, final=True, /):
    return _escape_decoder(data, errors, final, False)


def raw_unicode_escape_decode(data, errors=None, final=True, /):
    return _escape_decoder(data, errors, final, True)
