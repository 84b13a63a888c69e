"""A minimal _codecs: encode/decode through str.encode and bytes.decode.

pickle refers to _codecs.encode when it writes bytes with protocols 0-2 (as CPython does)."""


def encode(obj, encoding="utf-8", errors="strict"):
    if not isinstance(obj, str):
        raise TypeError("utf_8_encode() argument 1 must be str, not %s" % type(obj).__name__)
    return obj.encode(encoding, errors)


def decode(obj, encoding="utf-8", errors="strict"):
    return bytes(obj).decode(encoding, errors)
