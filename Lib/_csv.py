"""CSV parsing and writing engine (what CPython implements in C as _csv).

The reader is a resumable state machine fed one line at a time; lines without
quote or escape characters take a split() fast path.
"""

__version__ = "1.0"

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)

_dialects = {}
_field_limit = 128 * 1024


class Error(Exception):
    pass


_DEFAULTS = (
    ('delimiter', ','), ('doublequote', True), ('escapechar', None),
    ('lineterminator', '\r\n'), ('quotechar', '"'), ('quoting', QUOTE_MINIMAL),
    ('skipinitialspace', False), ('strict', False))
_NAMES = tuple(n for n, _ in _DEFAULTS)
_MISSING = object()


def _char(name, value, none_ok):
    if value is None and none_ok:
        return None
    if not isinstance(value, str):
        raise TypeError('"%s" must be string%s, not %s'
                        % (name, ' or None' if none_ok else '', type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


class Dialect:
    """Immutable, validated set of formatting parameters."""
    __slots__ = _NAMES

    def __new__(cls, dialect=None, **kwargs):
        for k in kwargs:
            if k not in _NAMES:
                raise TypeError("'%s' is an invalid keyword argument for this function" % k)
        if dialect is not None:
            if isinstance(dialect, str):
                dialect = get_dialect(dialect)
            if type(dialect) is Dialect and not kwargs:
                return dialect
        values = {}
        for name, default in _DEFAULTS:
            v = kwargs.get(name, _MISSING)
            if v is _MISSING and dialect is not None:
                v = getattr(dialect, name, _MISSING)
            values[name] = v
        self = object.__new__(cls)
        st = object.__setattr__

        def given(name, default):
            v = values[name]
            return default if v is _MISSING else v

        st(self, 'delimiter', _char('delimiter', given('delimiter', ','), False))
        st(self, 'doublequote', bool(given('doublequote', True)))
        st(self, 'escapechar', _char('escapechar', given('escapechar', None), True))
        lt = given('lineterminator', '\r\n')
        if lt is not None and not isinstance(lt, str):
            raise TypeError('"lineterminator" must be a string')
        st(self, 'lineterminator', lt)
        qc_given = values['quotechar']
        st(self, 'quotechar', _char('quotechar', given('quotechar', '"'), True))
        quoting = values['quoting']
        if quoting is _MISSING:
            # quotechar=None without an explicit quoting means QUOTE_NONE.
            quoting = QUOTE_NONE if (qc_given is None) else QUOTE_MINIMAL
        elif not isinstance(quoting, int):
            raise TypeError('"quoting" must be an integer')
        st(self, 'quoting', int(quoting))
        st(self, 'skipinitialspace', bool(given('skipinitialspace', False)))
        st(self, 'strict', bool(given('strict', False)))
        if self.quoting not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE):
            raise TypeError('bad "quoting" value')
        if self.quotechar is None and self.quoting != QUOTE_NONE:
            raise TypeError("quotechar must be set if quoting enabled")
        if lt is None:
            raise TypeError("lineterminator must be set")
        return self

    def __setattr__(self, name, value):
        if name in _NAMES:
            raise AttributeError("attribute '%s' of '_csv.Dialect' objects is not writable" % name)
        raise AttributeError("'_csv.Dialect' object has no attribute '%s'" % name)

    __delattr__ = __setattr__

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle '_csv.Dialect' object")


Dialect.__module__ = '_csv'


# Reader states.
(_START_RECORD, _START_FIELD, _ESCAPED_CHAR, _IN_FIELD, _IN_QUOTED_FIELD,
 _ESCAPE_IN_QUOTED_FIELD, _QUOTE_IN_QUOTED_FIELD, _EAT_CRNL, _AFTER_ESCAPED_CRNL) = range(9)

_UNQUOTED_NL = ("new-line character seen in unquoted field - "
                "do you need to open the file in universal-newline mode?")


class reader:
    """Iterator over the records of an iterable of lines."""

    def __init__(self, iterable, dialect=None, **kwargs):
        self._it = iter(iterable)
        self.dialect = d = Dialect(dialect, **kwargs)
        self.line_num = 0
        self._state = _START_RECORD
        self._fields = []
        self._field = []        # pieces of the field being read
        self._numeric = False   # QUOTE_NONNUMERIC: current field unquoted
        d_ = d
        self._delim = d_.delimiter
        self._quote = d_.quotechar if d_.quoting != QUOTE_NONE else None
        self._esc = d_.escapechar
        self._fast_ok = not d_.skipinitialspace

    def __iter__(self):
        return self

    def __next__(self):
        self._state = _START_RECORD
        self._fields = []
        self._field = []
        self._numeric = False
        it = self._it
        while True:
            try:
                line = next(it)
            except StopIteration:
                if self._field or self._state == _IN_QUOTED_FIELD:
                    if self.dialect.strict:
                        raise Error("unexpected end of data") from None
                    self._save()
                    break
                raise
            if type(line) is not str:
                if not isinstance(line, str):
                    raise Error("iterator should return strings, not %.200s "
                                "(the file should be opened in text mode)"
                                % type(line).__name__)
            self.line_num += 1
            if self._state == _START_RECORD and self._fast_ok:
                rec = self._fast(line)
                if rec is not None:
                    return rec
            self._parse(line)
            if self._state == _START_RECORD:
                break
        fields = self._fields
        self._fields = []
        return fields

    def _fast(self, line):
        """Whole record from a line without quotes/escapes, else None."""
        q = self._quote
        if q is not None and q in line:
            return None
        e = self._esc
        if e is not None and e in line:
            return None
        body = line.rstrip('\r\n')
        if '\n' in body or '\r' in body:
            return None
        if not body:
            return []
        fields = body.split(self._delim)
        limit = _field_limit
        if len(body) > limit:
            for f in fields:
                if len(f) > limit:
                    raise Error("field larger than field limit (%d)" % limit)
        if self.dialect.quoting == QUOTE_NONNUMERIC:
            fields = [float(f) if f else f for f in fields]
        return fields

    def _save(self):
        field = ''.join(self._field)
        self._field = []
        if len(field) > _field_limit:
            raise Error("field larger than field limit (%d)" % _field_limit)
        if self._numeric:
            self._numeric = False
            field = float(field)
        self._fields.append(field)

    def _parse(self, line):
        """Feed one line (then the end-of-line event) to the state machine."""
        d = self.dialect
        delim = self._delim
        quote = self._quote
        esc = self._esc
        skipspace = d.skipinitialspace
        state = self._state
        add = self._field.append
        stops = ('\n', '\r') if esc is None else ('\n', '\r', esc)
        n = len(line)
        i = 0
        while i <= n:
            if i < n:
                c = line[i]
                eol = False
            else:
                c = None
                eol = True
            i += 1
            if state == _START_RECORD:
                if eol:
                    break
                if c == '\n' or c == '\r':
                    state = _EAT_CRNL
                    continue
                state = _START_FIELD
            if state == _START_FIELD:
                if eol or c == '\n' or c == '\r':
                    self._save()
                    add = self._field.append
                    state = _START_RECORD if eol else _EAT_CRNL
                elif c == quote:
                    state = _IN_QUOTED_FIELD
                elif c == esc:
                    state = _ESCAPED_CHAR
                elif c == ' ' and skipspace:
                    pass
                elif c == delim:
                    self._save()
                    add = self._field.append
                else:
                    if d.quoting == QUOTE_NONNUMERIC:
                        self._numeric = True
                    # Take the run up to the next special character at once.
                    j = line.find(delim, i)
                    if j < 0:
                        j = n
                    for ch in stops:
                        k = line.find(ch, i, j)
                        if k >= 0:
                            j = k
                    add(line[i - 1:j])
                    i = j
                    state = _IN_FIELD
            elif state == _IN_FIELD:
                if eol or c == '\n' or c == '\r':
                    self._save()
                    add = self._field.append
                    state = _START_RECORD if eol else _EAT_CRNL
                elif c == esc:
                    state = _ESCAPED_CHAR
                elif c == delim:
                    self._save()
                    add = self._field.append
                    state = _START_FIELD
                else:
                    add(c)
            elif state == _IN_QUOTED_FIELD:
                if eol:
                    pass
                elif c == esc:
                    state = _ESCAPE_IN_QUOTED_FIELD
                elif c == quote:
                    state = _QUOTE_IN_QUOTED_FIELD if d.doublequote else _IN_FIELD
                else:
                    # Take the run up to the next quote/escape at once.
                    j = line.find(quote, i) if quote is not None else -1
                    if j < 0:
                        j = n
                    if esc is not None:
                        k = line.find(esc, i, j)
                        if k >= 0:
                            j = k
                    add(line[i - 1:j])
                    i = j
            elif state == _QUOTE_IN_QUOTED_FIELD:
                if c == quote and not eol:
                    add(c)
                    state = _IN_QUOTED_FIELD
                elif c == delim and not eol:
                    self._save()
                    add = self._field.append
                    state = _START_FIELD
                elif eol or c == '\n' or c == '\r':
                    self._save()
                    add = self._field.append
                    state = _START_RECORD if eol else _EAT_CRNL
                elif not d.strict:
                    add(c)
                    state = _IN_FIELD
                else:
                    self._state = state
                    raise Error("'%c' expected after '%c'" % (delim, quote))
            elif state == _ESCAPED_CHAR:
                if c == '\n' or c == '\r':
                    add(c)
                    state = _AFTER_ESCAPED_CRNL
                    continue
                add('\n' if eol else c)
                state = _IN_FIELD
            elif state == _ESCAPE_IN_QUOTED_FIELD:
                add('\n' if eol else c)
                state = _IN_QUOTED_FIELD
            elif state == _AFTER_ESCAPED_CRNL:
                if eol:
                    break
                # Same as IN_FIELD for this character.
                if c == '\n' or c == '\r':
                    self._save()
                    add = self._field.append
                    state = _EAT_CRNL
                elif c == esc:
                    state = _ESCAPED_CHAR
                elif c == delim:
                    self._save()
                    add = self._field.append
                    state = _START_FIELD
                else:
                    add(c)
                    state = _IN_FIELD
            elif state == _EAT_CRNL:
                if eol:
                    state = _START_RECORD
                elif c == '\n' or c == '\r':
                    pass
                else:
                    self._state = state
                    raise Error(_UNQUOTED_NL)
        if len(self._field) > 64:
            self._field = [''.join(self._field)]
        if sum(map(len, self._field)) > _field_limit:
            raise Error("field larger than field limit (%d)" % _field_limit)
        self._state = state


def _is_number(x):
    t = type(x)
    return (hasattr(t, '__index__') or hasattr(t, '__int__') or hasattr(t, '__float__')
            or isinstance(x, complex))


class writer:
    """Formats rows and writes them to a file-like object."""

    def __init__(self, fileobj, dialect=None, **kwargs):
        try:
            self._write = fileobj.write
        except AttributeError:
            raise TypeError('argument 1 must have a "write" method') from None
        self.dialect = d = Dialect(dialect, **kwargs)
        specials = [d.delimiter]
        if d.quotechar is not None:
            specials.append(d.quotechar)
        if d.escapechar is not None:
            specials.append(d.escapechar)
        for ch in d.lineterminator:
            if ch not in specials:
                specials.append(ch)
        self._specials = specials
        self._lineset = set(d.lineterminator)

    def _format(self, s, quoted, last_only):
        d = self.dialect
        for ch in self._specials:
            if ch in s:
                break
        else:
            return s, quoted
        quote = d.quotechar
        esc = d.escapechar
        delim = d.delimiter
        none = d.quoting == QUOTE_NONE
        out = []
        for c in s:
            if c == delim or c == esc or c == quote or c in self._lineset:
                want_escape = False
                if none:
                    want_escape = True
                else:
                    if c == quote:
                        if d.doublequote:
                            out.append(quote)
                        else:
                            want_escape = True
                    elif c == esc:
                        want_escape = True
                    if not want_escape:
                        quoted = True
                if want_escape:
                    if esc is None:
                        raise Error("need to escape, but no escapechar set")
                    out.append(esc)
            out.append(c)
        return ''.join(out), quoted

    def writerow(self, row):
        """Write one row; returns what the file's write() returned."""
        try:
            it = iter(row)
        except TypeError:
            raise Error("iterable expected, not %.200s" % type(row).__name__) from None
        d = self.dialect
        quoting = d.quoting
        quote = d.quotechar
        parts = []
        for field in it:
            if quoting == QUOTE_NONNUMERIC:
                quoted = not _is_number(field)
            else:
                quoted = quoting == QUOTE_ALL
            if field is None:
                s = ''
            elif type(field) is str:
                s = field
            elif isinstance(field, float):
                s = repr(field)
            else:
                s = str(field)
            if s:
                s, quoted = self._format(s, quoted, False)
            if quoted:
                s = quote + s + quote
            parts.append(s)
        if len(parts) == 1 and parts[0] == '':
            if quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            parts[0] = quote + quote
        return self._write(d.delimiter.join(parts) + d.lineterminator)

    def writerows(self, rows):
        """Write every row of an iterable."""
        for row in rows:
            self.writerow(row)
        return None


def register_dialect(name, dialect=None, **kwargs):
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _dialects[name] = Dialect(dialect, **kwargs)


def unregister_dialect(name):
    try:
        del _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None


def get_dialect(name):
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None


def list_dialects():
    return list(_dialects)


def field_size_limit(*args, **kwargs):
    """Get, or set and return the old, maximum field size."""
    global _field_limit
    if kwargs:
        if len(kwargs) > 1 or 'new_limit' not in kwargs or args:
            raise TypeError("field_size_limit() got an unexpected keyword argument")
        args = (kwargs['new_limit'],)
    if len(args) > 1:
        raise TypeError("field_size_limit() takes at most 1 argument (%d given)" % len(args))
    old = _field_limit
    if args:
        if not isinstance(args[0], int):
            raise TypeError("limit must be an integer")
        _field_limit = int(args[0])
    return old


for _cls in (reader, writer, Error):
    _cls.__module__ = '_csv'
del _cls
