"""Parsing a header block (RFC 5322 fields, continuation lines) into email.message.Message."""

from email.message import Message

__all__ = ['Parser', 'HeaderParser', 'BytesParser', 'BytesHeaderParser']


class Parser:
    """parsestr()/parse(): headers up to the first blank line, then the payload."""

    def __init__(self, _class=None, *, policy=None):
        self._class = _class if _class is not None else Message
        self.policy = policy

    def parse(self, fp, headersonly=False):
        return self.parsestr(fp.read(), headersonly)

    def parsestr(self, text, headersonly=False):
        msg = self._class()
        lines = text.splitlines(keepends=True)
        name = None
        value = []
        i = 0
        for i, line in enumerate(lines):
            stripped = line.rstrip('\r\n')
            if not stripped:
                i += 1
                break
            if stripped[0] in ' \t' and name is not None:
                value.append(line)
                continue
            if name is not None:
                msg.set_raw(name, _field_value(value))
                name = None
            if ':' not in stripped:
                if stripped.startswith('From '):
                    continue
                msg.defects.append(stripped)   # the body starts at this line
                break
            name, _, rest = line.partition(':')
            name = name.rstrip(' \t')
            value = [rest]
        else:
            i = len(lines)
        if name is not None:
            msg.set_raw(name, _field_value(value))
        payload = ''.join(lines[i:])
        if not headersonly or payload:
            msg.set_payload(payload)
        return msg


def _field_value(parts):
    """A header value: continuation lines kept (as CPython's compat32 policy), edges stripped."""
    value = ''.join(parts)
    return value.lstrip(' \t').rstrip('\r\n')


class HeaderParser(Parser):
    def parse(self, fp, headersonly=True):
        return Parser.parse(self, fp, True)

    def parsestr(self, text, headersonly=True):
        return Parser.parsestr(self, text, True)


class BytesParser:
    def __init__(self, *args, **kw):
        self.parser = Parser(*args, **kw)

    def parse(self, fp, headersonly=False):
        return self.parsebytes(fp.read(), headersonly)

    def parsebytes(self, text, headersonly=False):
        return self.parser.parsestr(text.decode('ASCII', errors='surrogateescape'), headersonly)


class BytesHeaderParser(BytesParser):
    def parse(self, fp, headersonly=True):
        return BytesParser.parse(self, fp, headersonly=True)

    def parsebytes(self, text, headersonly=True):
        return BytesParser.parsebytes(self, text, headersonly=True)
