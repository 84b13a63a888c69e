"""email.message.Message: an ordered, case-insensitive multi-map of headers plus a payload.

Only the header API and a plain-text payload are provided (no MIME multipart handling).
"""

__all__ = ['Message']


def _split_params(value):
    parts = []
    for piece in value.split(';'):
        piece = piece.strip()
        if piece:
            parts.append(piece)
    return parts


def _unquote(v):
    if len(v) > 1 and v[0] == v[-1] == '"':
        return v[1:-1].replace('\\\\', '\\').replace('\\"', '"')
    return v


class Message:
    """Headers (name, value) in order, looked up case-insensitively, and a payload."""

    def __init__(self, policy=None):
        self.policy = policy
        self._headers = []
        self._payload = None
        self._charset = None
        self.preamble = self.epilogue = None
        self.defects = []
        self._default_type = 'text/plain'

    def __str__(self):
        return self.as_string()

    def as_string(self, unixfrom=False, maxheaderlen=0, policy=None):
        """The headers, a blank line, then the payload."""
        lines = ['%s: %s\n' % (k, v.replace('\r\n', '\n')) for k, v in self._headers]
        payload = self._payload if isinstance(self._payload, str) else ''
        return ''.join(lines) + '\n' + (payload or '')

    def as_bytes(self, unixfrom=False, policy=None):
        return self.as_string().encode('utf-8', 'surrogateescape')

    def is_multipart(self):
        return isinstance(self._payload, list)

    def get_payload(self, i=None, decode=False):
        if i is not None:
            if not isinstance(self._payload, list):
                raise TypeError('Expected list, got %s' % type(self._payload))
            return self._payload[i]
        if decode and isinstance(self._payload, str):
            return self._payload.encode('ascii', 'surrogateescape')
        return self._payload

    def set_payload(self, payload, charset=None):
        self._payload = payload
        if charset is not None:
            self._charset = charset

    def attach(self, payload):
        if self._payload is None:
            self._payload = [payload]
        else:
            self._payload.append(payload)

    # -- mapping interface -------------------------------------------------------

    def __len__(self):
        return len(self._headers)

    def __contains__(self, name):
        name = name.lower()
        return any(k.lower() == name for k, v in self._headers)

    def __iter__(self):
        for field, value in self._headers:
            yield field

    def __getitem__(self, name):
        return self.get(name)

    def __setitem__(self, name, val):
        self._headers.append((name, val))

    def __delitem__(self, name):
        name = name.lower()
        self._headers = [(k, v) for k, v in self._headers if k.lower() != name]

    def keys(self):
        return [k for k, v in self._headers]

    def values(self):
        return [v for k, v in self._headers]

    def items(self):
        return self._headers[:]

    def get(self, name, failobj=None):
        name = name.lower()
        for k, v in self._headers:
            if k.lower() == name:
                return v
        return failobj

    def get_all(self, name, failobj=None):
        name = name.lower()
        values = [v for k, v in self._headers if k.lower() == name]
        return values if values else failobj

    def set_raw(self, name, value):
        self._headers.append((name, value))

    def raw_items(self):
        return iter(self._headers[:])

    def add_header(self, _name, _value, **_params):
        """Add a header with optional key="value" parameters (underscores become dashes)."""
        parts = []
        for k, v in _params.items():
            k = k.replace('_', '-')
            if v is None:
                parts.append(k)
            else:
                parts.append('%s="%s"' % (k, v))
        if _value is not None:
            parts.insert(0, _value)
        self._headers.append((_name, '; '.join(parts)))

    def replace_header(self, _name, _value):
        """Replace the first header named _name; KeyError when there is none."""
        name = _name.lower()
        for i, (k, v) in enumerate(self._headers):
            if k.lower() == name:
                self._headers[i] = (k, _value)
                return
        raise KeyError(_name)

    # -- content type ----------------------------------------------------------------

    def get_content_type(self):
        value = self.get('content-type')
        if value is None:
            return self.get_default_type()
        ctype = _split_params(value)[0].lower() if _split_params(value) else ''
        if ctype.count('/') != 1:
            return 'text/plain'
        return ctype

    def get_content_maintype(self):
        return self.get_content_type().split('/')[0]

    def get_content_subtype(self):
        return self.get_content_type().split('/')[1]

    def get_default_type(self):
        return self._default_type

    def set_default_type(self, ctype):
        self._default_type = ctype

    def get_params(self, failobj=None, header='content-type', unquote=True):
        value = self.get(header)
        if value is None:
            return failobj
        params = []
        for p in _split_params(value):
            name, sep, val = p.partition('=')
            name = name.strip().lower()
            val = val.strip()
            params.append((name, _unquote(val) if unquote else val) if sep else (name, ''))
        return params

    def get_param(self, param, failobj=None, header='content-type', unquote=True):
        params = self.get_params(None, header, unquote)
        if params is None:
            return failobj
        for k, v in params[1:]:
            if k == param.lower():
                return v
        return failobj

    def get_content_charset(self, failobj=None):
        charset = self.get_param('charset')
        if charset is None or not isinstance(charset, str):
            return failobj
        return charset.lower()

    def get_charsets(self, failobj=None):
        return [self.get_content_charset(failobj)]

    def get_filename(self, failobj=None):
        return self.get_param('filename', failobj, 'content-disposition')
