"""Base16, Base32, Base64 (and URL-safe) data encodings, in pure Python."""

__all__ = ['encode', 'decode', 'encodebytes', 'decodebytes', 'b64encode',
           'b64decode', 'b32encode', 'b32decode', 'b32hexencode',
           'b32hexdecode', 'b16encode', 'b16decode', 'standard_b64encode',
           'standard_b64decode', 'urlsafe_b64encode', 'urlsafe_b64decode']

_B64 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64_INDEX = {c: i for i, c in enumerate(_B64)}
_B32 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_B32HEX = b'0123456789ABCDEFGHIJKLMNOPQRSTUV'


class Error(ValueError):
    """binascii.Error equivalent: invalid encoded data."""


def _bytes_from_decode_data(s):
    if isinstance(s, str):
        try:
            return s.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII '
                             'characters')
    try:
        return memoryview(s).tobytes()
    except TypeError:
        raise TypeError("argument should be a bytes-like object or ASCII "
                        "string, not %r" % s.__class__.__name__) from None


def _as_bytes(s):
    try:
        return memoryview(s).tobytes()
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'"
                        % type(s).__name__) from None


def _bytes_checked(s):
    """encodebytes/decodebytes take any 1-D bytes-like object (CPython's messages)."""
    try:
        m = memoryview(s)
    except TypeError:
        raise TypeError("expected bytes-like object, not %s" % type(s).__name__) from None
    if m.ndim != 1:
        raise TypeError("expected 1-D data, not %d-D data from %s" % (m.ndim, type(s).__name__))
    return m.tobytes()


def _b64_raw_encode(data):
    out = bytearray()
    for i in range(0, len(data) - 2, 3):
        n = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out += bytes((_B64[n >> 18], _B64[(n >> 12) & 63],
                      _B64[(n >> 6) & 63], _B64[n & 63]))
    rest = len(data) % 3
    if rest == 1:
        n = data[-1] << 16
        out += bytes((_B64[n >> 18], _B64[(n >> 12) & 63])) + b'=='
    elif rest == 2:
        n = (data[-2] << 16) | (data[-1] << 8)
        out += bytes((_B64[n >> 18], _B64[(n >> 12) & 63],
                      _B64[(n >> 6) & 63])) + b'='
    return bytes(out)


def _b64_raw_decode(data, strict):
    """Decode like binascii.a2b_base64: outside strict mode, bytes not in
    the alphabet are skipped and input after complete padding ignored."""
    quad = []
    out = bytearray()
    pads = 0
    padding_started = False
    last = len(data) - 1
    for pos, ch in enumerate(data):
        if ch == 61:                                # '='
            padding_started = True
            if strict and pos == 0:
                raise Error('Leading padding not allowed')
            if len(quad) >= 2:
                pads += 1
                if len(quad) + pads >= 4:
                    if strict and pos < last:
                        raise Error('Excess data after padding')
                    break
            continue
        value = _B64_INDEX.get(ch)
        if value is None:
            if strict:
                raise Error('Only base64 data is allowed')
            continue
        if strict and padding_started:
            raise Error('Discontinuous padding not allowed')
        pads = 0
        quad.append(value)
        if len(quad) == 4:
            n = (quad[0] << 18) | (quad[1] << 12) | (quad[2] << 6) | quad[3]
            out += bytes((n >> 16, (n >> 8) & 255, n & 255))
            quad = []
    if len(quad) + pads >= 4 and quad:
        pass
    elif quad:
        if len(quad) == 1:
            raise Error('Invalid base64-encoded string: number of data '
                        'characters (%d) cannot be 1 more than a multiple '
                        'of 4' % (len(out) // 3 * 4 + 1))
        raise Error('Incorrect padding')
    if quad:
        n = 0
        for v in quad:
            n = (n << 6) | v
        n <<= 6 * (4 - len(quad))
        out += bytes((n >> 16, (n >> 8) & 255, n & 255))[:len(quad) - 1]
    return bytes(out)


def b64encode(s, altchars=None):
    """Encode bytes-like s with Base64 (altchars replaces '+/')."""
    encoded = _b64_raw_encode(_as_bytes(s))
    if altchars is not None:
        assert len(altchars) == 2, repr(altchars)
        return encoded.translate(bytes.maketrans(b'+/', altchars))
    return encoded


def b64decode(s, altchars=None, validate=False):
    """Decode Base64 bytes or ASCII str (binascii.Error on bad padding)."""
    s = _bytes_from_decode_data(s)
    if altchars is not None:
        altchars = _bytes_from_decode_data(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = s.translate(bytes.maketrans(altchars, b'+/'))
    return _b64_raw_decode(s, validate)


def standard_b64encode(s):
    """Encode with the standard Base64 alphabet."""
    return b64encode(s)


def standard_b64decode(s):
    """Decode with the standard Base64 alphabet."""
    return b64decode(s)


def urlsafe_b64encode(s):
    """Encode with '-' and '_' instead of '+' and '/'."""
    return b64encode(s).translate(bytes.maketrans(b'+/', b'-_'))


def urlsafe_b64decode(s):
    """Decode the URL-safe alphabet (also accepts '+' and '/')."""
    s = _bytes_from_decode_data(s)
    s = s.translate(bytes.maketrans(b'-_', b'+/'))
    return b64decode(s)


def _b32encode(alphabet, s):
    s = _as_bytes(s)
    out = bytearray()
    for i in range(0, len(s), 5):
        chunk = s[i:i + 5]
        n = int.from_bytes(chunk + bytes(5 - len(chunk)), 'big')
        out += bytes(alphabet[(n >> (35 - 5 * k)) & 31] for k in range(8))
    pad = {0: 0, 1: 6, 2: 4, 3: 3, 4: 1}[len(s) % 5]
    if pad:
        out[-pad:] = b'=' * pad
    return bytes(out)


def _b32decode(alphabet, s, casefold=False, map01=None):
    s = _bytes_from_decode_data(s)
    if len(s) % 8:
        raise Error('Incorrect padding')
    if map01 is not None:
        map01 = _bytes_from_decode_data(map01)
        assert len(map01) == 1, repr(map01)
        s = s.translate(bytes.maketrans(b'01', b'O' + map01))
    if casefold:
        s = s.upper()
    stripped = s.rstrip(b'=')
    padchars = len(s) - len(stripped)
    index = {c: i for i, c in enumerate(alphabet)}
    out = bytearray()
    for i in range(0, len(stripped), 8):
        quanta = stripped[i:i + 8]
        n = 0
        for ch in quanta:
            try:
                n = (n << 5) | index[ch]
            except KeyError:
                raise Error('Non-base32 digit found') from None
        n <<= 5 * (8 - len(quanta))
        out += n.to_bytes(5, 'big')
    if padchars:
        keep = {0: 5, 1: 4, 3: 3, 4: 2, 6: 1}.get(padchars)
        if keep is None:
            raise Error('Incorrect padding')
        del out[len(out) - 5 + keep:]
    return bytes(out)


def b32encode(s):
    """Encode bytes-like s with Base32."""
    return _b32encode(_B32, s)


def b32decode(s, casefold=False, map01=None):
    """Decode Base32 (optionally case-insensitive; map01 maps 0/1)."""
    return _b32decode(_B32, s, casefold, map01)


def b32hexencode(s):
    """Encode with the Extended Hex Base32 alphabet."""
    return _b32encode(_B32HEX, s)


def b32hexdecode(s, casefold=False):
    """Decode the Extended Hex Base32 alphabet."""
    return _b32decode(_B32HEX, s, casefold)


def b16encode(s):
    """Encode bytes-like s as upper-case hex."""
    return _as_bytes(s).hex().upper().encode('ascii')


def b16decode(s, casefold=False):
    """Decode upper-case hex (lower case too when casefold)."""
    s = _bytes_from_decode_data(s)
    if casefold:
        s = s.upper()
    for ch in s:
        if ch not in b'0123456789ABCDEF':
            raise Error('Non-base16 digit found')
    if len(s) % 2:
        raise Error('Odd-length string')
    return bytes.fromhex(s.decode('ascii'))


MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def encodebytes(s):
    """Base64 in lines of at most 76 characters, each ending in newline."""
    s = _bytes_checked(s)
    pieces = []
    for i in range(0, len(s), MAXBINSIZE):
        pieces.append(b64encode(s[i:i + MAXBINSIZE]) + b'\n')
    return b''.join(pieces)


def decodebytes(s):
    """Decode what encodebytes() produced."""
    return _b64_raw_decode(_bytes_checked(s), False)


def encode(input, output):
    """Encode the binary file input to the binary file output."""
    while True:
        chunk = input.read(MAXBINSIZE)
        if not chunk:
            break
        while len(chunk) < MAXBINSIZE:
            more = input.read(MAXBINSIZE - len(chunk))
            if not more:
                break
            chunk += more
        output.write(b64encode(chunk) + b'\n')


def decode(input, output):
    """Decode the binary file input to the binary file output."""
    while True:
        line = input.readline()
        if not line:
            break
        output.write(decodebytes(line))
