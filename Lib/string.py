"""String constants, capwords(), Template and Formatter (no `re` needed)."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s on sep, capitalize each word, and join with sep (or ' ')."""
    return (sep or ' ').join(word.capitalize() for word in s.split(sep))


# -- Template ------------------------------------------------------------------

_IDENT_START = frozenset('_' + ascii_letters)
_IDENT_REST = frozenset('_' + ascii_letters + digits)
_DEFAULT_IDPATTERN = r'(?a:[_a-z][_a-z0-9]*)'


class _Match:
    """The few parts of a re.Match that Template's helpers use."""

    def __init__(self, named, braced, escaped, invalid, start, end):
        self._groups = {'named': named, 'braced': braced,
                        'escaped': escaped, 'invalid': invalid}
        self._start = start
        self._end = end

    def group(self, name):
        return self._groups[name]

    def start(self, name=None):
        # The 'invalid' group is empty and sits right after the delimiter.
        return self._end if name == 'invalid' else self._start


class Template:
    """A string class for $-substitutions: $name, ${name} and $$."""

    delimiter = '$'
    idpattern = _DEFAULT_IDPATTERN
    braceidpattern = None
    flags = None            # CPython: re.IGNORECASE; only used with `re`
    pattern = None          # CPython compiles a regex; see _custom_pattern

    def __init__(self, template):
        self.template = template

    def __init_subclass__(cls):
        super().__init_subclass__()

    # Scanning: yields (_Match) objects in order, like pattern.finditer.
    def _matches(self):
        cls = type(self)
        if (cls.pattern is not None or cls.idpattern != _DEFAULT_IDPATTERN
                or cls.braceidpattern is not None
                or cls.flags is not None):
            yield from self._regex_matches()
            return
        s = self.template
        delim = self.delimiter
        dl = len(delim)
        n = len(s)
        i = s.find(delim)
        while i != -1:
            j = i + dl
            if s.startswith(delim, j):
                yield _Match(None, None, delim, None, i, j + dl)
                i = s.find(delim, j + dl)
                continue
            if j < n and s[j] in _IDENT_START:
                k = j + 1
                while k < n and s[k] in _IDENT_REST:
                    k += 1
                yield _Match(s[j:k], None, None, None, i, k)
                i = s.find(delim, k)
                continue
            if j < n and s[j] == '{' and j + 1 < n and s[j + 1] in _IDENT_START:
                k = j + 2
                while k < n and s[k] in _IDENT_REST:
                    k += 1
                if k < n and s[k] == '}':
                    yield _Match(None, s[j + 1:k], None, None, i, k + 1)
                    i = s.find(delim, k + 1)
                    continue
            yield _Match(None, None, None, '', i, j)
            i = s.find(delim, j)

    def _regex_matches(self):
        import re
        cls = type(self)
        pattern = cls.pattern
        if pattern is None:
            delim = re.escape(cls.delimiter)
            bid = cls.braceidpattern or cls.idpattern
            pattern = fr"""
            {delim}(?:
              (?P<escaped>{delim})  |
              (?P<named>{cls.idpattern})       |
              {{(?P<braced>{bid})}} |
              (?P<invalid>)
            )
            """
            flags = re.IGNORECASE if cls.flags is None else cls.flags
            pattern = re.compile(pattern, flags | re.VERBOSE)
        elif isinstance(pattern, str):
            pattern = re.compile(pattern)
        return pattern.finditer(self.template)

    def _invalid(self, mo):
        i = mo.start('invalid')
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

    def _expand(self, mapping, safe):
        out = []
        pos = 0
        s = self.template
        for mo in self._matches():
            start = mo.start()
            named = mo.group('named') or mo.group('braced')
            if named is not None:
                try:
                    text = str(mapping[named])
                except KeyError:
                    if not safe:
                        raise
                    text = s[start:_end_of(mo)]
            elif mo.group('escaped') is not None:
                text = self.delimiter
            elif mo.group('invalid') is not None:
                if not safe:
                    self._invalid(mo)
                text = s[start:_end_of(mo)]
            else:
                raise ValueError('Unrecognized named group in pattern',
                                 self.pattern)
            out.append(s[pos:start])
            out.append(text)
            pos = _end_of(mo)
        out.append(s[pos:])
        return ''.join(out)

    def substitute(self, mapping=None, /, **kws):
        """Substitute placeholders; KeyError/ValueError on problems."""
        return self._expand(_merged(mapping, kws), False)

    def safe_substitute(self, mapping=None, /, **kws):
        """Substitute what is known; leave the rest as written."""
        return self._expand(_merged(mapping, kws), True)

    def is_valid(self):
        """True if the template has no invalid placeholders."""
        for mo in self._matches():
            if (mo.group('named') is None and mo.group('braced') is None
                    and mo.group('escaped') is None):
                if mo.group('invalid') is not None:
                    return False
                raise ValueError('Unrecognized named group in pattern',
                                 self.pattern)
        return True

    def get_identifiers(self):
        """Valid identifiers in the template, in order, without repeats."""
        ids = []
        for mo in self._matches():
            named = mo.group('named') or mo.group('braced')
            if named is not None and named not in ids:
                ids.append(named)
            elif (named is None and mo.group('invalid') is None
                  and mo.group('escaped') is None):
                raise ValueError('Unrecognized named group in pattern',
                                 self.pattern)
        return ids


def _end_of(mo):
    end = getattr(mo, '_end', None)
    return mo.end() if end is None else end


class _ChainLookup:
    def __init__(self, first, second):
        self.first, self.second = first, second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]


def _merged(mapping, kws):
    if mapping is None:
        return kws
    if kws:
        return _ChainLookup(kws, mapping)
    return mapping


# -- Formatter ------------------------------------------------------------------

def _parse_format(s):
    """Yield (literal, field_name, format_spec, conversion) like str.format."""
    n = len(s)
    i = 0
    while i < n:
        start = i
        brace = None
        while i < n:
            ch = s[i]
            i += 1
            if ch == '{' or ch == '}':
                brace = ch
                break
        if brace is None:
            yield s[start:i], None, None, None
            return
        at_end = i >= n
        if brace == '}' and (at_end or s[i] != '}'):
            raise ValueError("Single '}' encountered in format string")
        if brace == '{' and at_end:
            raise ValueError("Single '{' encountered in format string")
        if s[i] == brace:
            i += 1
            yield s[start:i - 1], None, None, None
            continue
        literal = s[start:i - 1]
        # Field name: up to '}', '!' or ':'; '[...]' is skipped whole.
        name_start = i
        while True:
            if i >= n:
                raise ValueError("expected '}' before end of string")
            ch = s[i]
            if ch in '}!:':
                break
            if ch == '{':
                raise ValueError("unexpected '{' in field name")
            if ch == '[':
                while i < n and s[i] != ']':
                    i += 1
                if i >= n:
                    raise ValueError("expected '}' before end of string")
            i += 1
        name = s[name_start:i]
        i += 1
        conversion = None
        if ch == '!':
            if i >= n:
                raise ValueError('end of string while looking for '
                                 'conversion specifier')
            conversion = s[i]
            i += 1
            if i >= n:
                raise ValueError("unmatched '{' in format spec")
            ch = s[i]
            i += 1
            if ch not in ':}':
                raise ValueError("expected ':' after conversion specifier")
        spec = ''
        if ch == ':':
            depth = 1
            spec_start = i
            while True:
                if i >= n:
                    raise ValueError("unmatched '{' in format spec")
                ch = s[i]
                i += 1
                if ch == '{':
                    depth += 1
                elif ch == '}':
                    depth -= 1
                    if depth == 0:
                        break
            spec = s[spec_start:i - 1]
        yield literal, name, spec, conversion


def _split_field_name(name):
    """'a.b[0]' -> ('a', iterator of (is_attr, key)) like _string's."""
    n = len(name)
    i = 0
    while i < n and name[i] not in '.[':
        i += 1
    first = name[:i]
    if first.isdigit() or (first and first.isascii() and first.isdecimal()):
        first = int(first)
    rest = []
    while i < n:
        ch = name[i]
        if ch == '.':
            j = i + 1
            while j < n and name[j] not in '.[':
                j += 1
            attr = name[i + 1:j]
            if not attr:
                raise ValueError('Empty attribute in format string')
            rest.append((True, attr))
            i = j
        elif ch == '[':
            j = name.find(']', i + 1)
            if j == -1:
                raise ValueError("Missing ']' in format string")
            key = name[i + 1:j]
            if not key:
                raise ValueError('Empty attribute in format string')
            rest.append((False, int(key) if key.isdigit() else key))
            i = j + 1
            if i < n and name[i] not in '.[':
                raise ValueError('Only \'.\' or \'[\' may follow \']\' in '
                                 'format field specifier')
        else:
            raise ValueError('Only \'.\' or \'[\' may follow \']\' in format '
                             'field specifier')
    return first, iter(rest)


class Formatter:
    """Customisable str.format(): override get_value, format_field, etc."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args,
                 recursion_depth, auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in \
                self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is None:
                continue
            if field_name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field '
                                     'numbering')
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field '
                                     'numbering')
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(
                format_spec, args, kwargs, used_args, recursion_depth - 1,
                auto_arg_index=auto_arg_index)
            result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}"
                         .format(conversion))

    def parse(self, format_string):
        """Yield (literal_text, field_name, format_spec, conversion)."""
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        """Resolve 'name.attr[key]' to (object, first key used)."""
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first
