"""General functions for HTML manipulation."""

import re as _re
from html.entities import html5 as _html5
from html._charref_data import INVALID_CHARREFS as _FIXUPS, INVALID_CODEPOINTS as _DROPPED

__all__ = ['escape', 'unescape']


def escape(s, quote=True):
    """Replace "&", "<" and ">" (and, when quote is true, both quotation marks)
    with HTML-safe sequences."""
    s = s.replace("&", "&amp;")        # first, so later entities stay intact
    s = s.replace("<", "&lt;").replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;").replace("'", "&#x27;")
    return s


# A numeric reference, or up to 32 characters that may name an entity.
_REFERENCE = _re.compile(r'&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)')


def _numeric(body):
    digits = body[1:].rstrip(';')
    if digits[:1] in ('x', 'X'):
        point = int(digits[1:], 16)
    else:
        point = int(digits)
    if point in _FIXUPS:
        return _FIXUPS[point]
    if 0xD800 <= point <= 0xDFFF or point > 0x10FFFF:
        return '\uFFFD'
    if point in _DROPPED:
        return ''
    return chr(point)


def _expand(match):
    body = match.group(1)
    if body[0] == '#':
        return _numeric(body)
    text = _html5.get(body)
    if text is not None:
        return text
    # The longest known entity that prefixes the text (some need no ';').
    for size in range(len(body) - 1, 1, -1):
        text = _html5.get(body[:size])
        if text is not None:
            return text + body[size:]
    return '&' + body


def unescape(s):
    """Convert all named and numeric character references in s to the
    characters they stand for, following the HTML5 rules."""
    if '&' not in s:
        return s
    return _REFERENCE.sub(_expand, s)
