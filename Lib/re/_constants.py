"""Shared constants and the `re.error` exception for SwiftPy's pure-Python re."""

MAXREPEAT = 4294967295      # "unbounded" repeat count (same value sre reports)
MAXGROUPS = 1073741823
MAXWIDTH = 1 << 64

# Flag bits (values are public API and match CPython).
TEMPLATE = 1
IGNORECASE = 2
LOCALE = 4
MULTILINE = 8
DOTALL = 16
UNICODE = 32
VERBOSE = 64
DEBUG = 128
ASCII = 256

TYPE_FLAGS = ASCII | LOCALE | UNICODE
GLOBAL_FLAGS = DEBUG | TEMPLATE


class error(Exception):
    """Raised for invalid regular expressions.

    msg: unformatted message; pattern; pos (may be None); lineno, colno.
    """

    __module__ = 're'

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            nl = '\n' if isinstance(pattern, str) else b'\n'
            self.lineno = pattern.count(nl, 0, pos) + 1
            self.colno = pos - pattern.rfind(nl, 0, pos)
            if nl in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        Exception.__init__(self, msg)
