"""Conversions between binary data and ASCII encodings: hex, base64, crc32, crc_hqx."""

from _zlib import crc32 as _crc32


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


Error.__module__ = Incomplete.__module__ = 'binascii'


def _bytes(data, funcname='argument'):
    if isinstance(data, str):
        try:
            return data.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters') from None
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    try:
        return bytes(memoryview(data))
    except TypeError:
        raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'") from None


def _buffer(data):
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    if isinstance(data, str):
        raise TypeError(f"a bytes-like object is required, not 'str'")
    try:
        return bytes(memoryview(data))
    except TypeError:
        raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'") from None


def hexlify(data, sep=None, bytes_per_sep=1):
    """Hexadecimal representation of binary data (bytes), optionally with a separator."""
    data = _buffer(data)
    if sep is None:
        return data.hex().encode('ascii')
    return data.hex(sep, bytes_per_sep).encode('ascii')


b2a_hex = hexlify


def unhexlify(hexstr):
    """Binary data from a hexadecimal string (an even number of hex digits)."""
    s = _bytes(hexstr)
    if len(s) % 2:
        raise Error('Odd-length string')
    # bytes.fromhex would also accept whitespace; binascii does not.
    if s.strip(b'0123456789abcdefABCDEF'):
        raise Error('Non-hexadecimal digit found')
    return bytes.fromhex(s.decode('ascii'))


a2b_hex = unhexlify


def crc32(data, crc=0, /):
    """CRC-32 of data, continuing from crc."""
    return _crc32(data, crc)


def crc_hqx(data, crc, /):
    """CRC-CCITT (XModem) of data, continuing from crc."""
    crc &= 0xFFFF
    for byte in _buffer(data):
        crc ^= byte << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) & 0xFFFF if crc & 0x8000 else (crc << 1) & 0xFFFF
    return crc


_B64 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64_VALUES = {c: i for i, c in enumerate(_B64)}


def b2a_base64(data, *, newline=True):
    """Base64 encoding of data, with a trailing newline unless newline is false."""
    data = _buffer(data)
    out = bytearray()
    n = len(data)
    full = n - n % 3
    for i in range(0, full, 3):
        v = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out += bytes((_B64[v >> 18], _B64[(v >> 12) & 63], _B64[(v >> 6) & 63], _B64[v & 63]))
    rest = n - full
    if rest == 1:
        v = data[full] << 16
        out += bytes((_B64[v >> 18], _B64[(v >> 12) & 63])) + b'=='
    elif rest == 2:
        v = (data[full] << 16) | (data[full + 1] << 8)
        out += bytes((_B64[v >> 18], _B64[(v >> 12) & 63], _B64[(v >> 6) & 63])) + b'='
    if newline:
        out += b'\n'
    return bytes(out)


def a2b_base64(data, /, *, strict_mode=False):
    """Binary data from base64 text; outside strict mode, characters outside the alphabet are
    skipped and decoding stops at the padding that completes a quad."""
    s = _bytes(data)
    if strict_mode and s[:1] == b'=':
        raise Error('Leading padding not allowed')
    out = bytearray()
    quad_pos = 0
    left = 0
    pads = 0
    padding_started = False
    n = len(s)
    for i in range(n):
        c = s[i]
        if c == 61:  # '='
            padding_started = True
            if quad_pos >= 2:
                pads += 1
                if quad_pos + pads >= 4:
                    if strict_mode and i + 1 < n:
                        raise Error('Excess data after padding')
                    return bytes(out)
            continue
        v = _B64_VALUES.get(c)
        if v is None:
            if strict_mode:
                raise Error('Only base64 data is allowed')
            continue
        if strict_mode and padding_started:
            raise Error('Discontinuous padding not allowed')
        pads = 0
        if quad_pos == 0:
            left = v
            quad_pos = 1
        elif quad_pos == 1:
            out.append(((left << 2) | (v >> 4)) & 0xFF)
            left = v & 0x0F
            quad_pos = 2
        elif quad_pos == 2:
            out.append(((left << 4) | (v >> 2)) & 0xFF)
            left = v & 0x03
            quad_pos = 3
        else:
            out.append(((left << 6) | v) & 0xFF)
            quad_pos = 0
            left = 0
    if quad_pos == 1:
        raise Error('Invalid base64-encoded string: number of data characters (%d) '
                    'cannot be 1 more than a multiple of 4' % (len(out) // 3 * 4 + 1))
    if quad_pos != 0:
        raise Error('Incorrect padding')
    return bytes(out)
