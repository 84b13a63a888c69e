"""Extract, format and print stack traces and exceptions (CPython 3.11
layout, including the ^^^ position markers)."""

import sys
import linecache

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb']

_RECURSIVE_CUTOFF = 3   # identical frames shown before "[Previous line ...]"
_sentinel = object()


# -- simple list/print helpers -------------------------------------------------

def print_list(extracted_list, file=None):
    """Print a list of (file, line, name, text) entries."""
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def format_list(extracted_list):
    """Format extracted entries as '  File ..., line N, in name' strings."""
    return StackSummary.from_list(extracted_list).format()


def print_tb(tb, limit=None, file=None):
    """Print up to limit stack trace entries from traceback tb."""
    print_list(extract_tb(tb, limit=limit), file=file)


def format_tb(tb, limit=None):
    """A shorthand for 'format_list(extract_tb(tb, limit))'."""
    return extract_tb(tb, limit=limit).format()


def extract_tb(tb, limit=None):
    """Return a StackSummary of the traceback's frames."""
    return StackSummary._extract_from_extended_frame_gen(
        _walk_tb_with_full_positions(tb), limit=limit)


def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return exc, exc.__traceback__
            raise TypeError(f'Exception expected for value, '
                            f'{type(exc).__name__} found')
        return None, None
    return value, tb


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                    file=None, chain=True):
    """Print an exception with its traceback (and chained causes)."""
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit,
                            compact=True)
    te.print(file=file, chain=chain)


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                     chain=True):
    """Format an exception like print_exception, as a list of strings."""
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit,
                            compact=True)
    return list(te.format(chain=chain))


def format_exception_only(exc, /, value=_sentinel):
    """Format just the exception part: ['ValueError: message\\n']."""
    if value is _sentinel:
        value = exc
    te = TracebackException(type(value), value, None, compact=True)
    return list(te.format_exception_only())


def _format_final_exc_line(etype, value):
    valuestr = _safe_string(value, 'exception')
    if value is None or not valuestr:
        return "%s\n" % etype
    return "%s: %s\n" % (etype, valuestr)


def _safe_string(value, what, func=str):
    try:
        return func(value)
    except BaseException:
        return f'<{what} {func.__name__}() failed>'


def print_exc(limit=None, file=None, chain=True):
    """Print the exception being handled (sys.exc_info())."""
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    """Like print_exc() but return a string."""
    return "".join(format_exception(*sys.exc_info(), limit=limit,
                                    chain=chain))


def print_last(limit=None, file=None, chain=True):
    """Print sys.last_type/last_value/last_traceback."""
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback,
                    limit, file, chain)


def print_stack(f=None, limit=None, file=None):
    """Print the current call stack (or the stack of frame f)."""
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


def format_stack(f=None, limit=None):
    """Shorthand for 'format_list(extract_stack(f, limit))'."""
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def extract_stack(f=None, limit=None):
    """Return a StackSummary of the current stack, oldest frame first."""
    if f is None:
        f = sys._getframe().f_back
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def clear_frames(tb):
    """Clear the locals of every frame in traceback tb."""
    while tb is not None:
        try:
            tb.tb_frame.clear()
        except (RuntimeError, AttributeError):
            pass
        tb = tb.tb_next


# -- FrameSummary / StackSummary -------------------------------------------------

class FrameSummary:
    """One stack frame: filename, lineno, name, line (and positions)."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno',
                 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None, end_lineno=None, colno=None,
                 end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self.name = name
        self._line = line
        if lookup_line:
            self.line
        self.locals = ({k: _safe_string(v, 'local', func=repr)
                        for k, v in locals.items()} if locals else None)

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and
                    self.lineno == other.lineno and
                    self.name == other.name and
                    self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name,
                    self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def _original_line(self):
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()


def walk_stack(f):
    """Yield (frame, lineno) from f outwards (default: the caller)."""
    if f is None:
        f = sys._getframe().f_back.f_back.f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    """Yield (frame, lineno) for each traceback entry."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _positions_of(code, lasti):
    """(lineno, end_lineno, colno, end_colno) for instruction lasti."""
    positions = getattr(code, 'co_positions', None)
    if positions is None or lasti is None or lasti < 0:
        return None, None, None, None
    try:
        for i, pos in enumerate(positions()):
            if i == lasti // 2:
                return pos
    except Exception:
        pass
    return None, None, None, None


def _walk_tb_with_full_positions(tb):
    while tb is not None:
        positions = _positions_of(tb.tb_frame.f_code,
                                  getattr(tb, 'tb_lasti', None))
        if positions[0] is None:
            yield tb.tb_frame, (tb.tb_lineno,) + tuple(positions[1:])
        else:
            yield tb.tb_frame, positions
        tb = tb.tb_next


def _get_code_position(code, instruction_index):
    return _positions_of(code, instruction_index)


class StackSummary(list):
    """A list of FrameSummary objects, ready for formatting."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True,
                capture_locals=False):
        """Create a StackSummary from (frame, lineno) pairs."""
        def extended():
            for f, lineno in frame_gen:
                yield f, (lineno, None, None, None)
        return klass._extract_from_extended_frame_gen(
            extended(), limit=limit, lookup_lines=lookup_lines,
            capture_locals=capture_locals)

    @classmethod
    def _extract_from_extended_frame_gen(klass, frame_gen, *, limit=None,
                                         lookup_lines=True,
                                         capture_locals=False):
        if limit is None:
            limit = getattr(sys, 'tracebacklimit', None)
            if limit is not None and limit < 0:
                limit = 0
        frames = list(frame_gen)
        if limit is not None:
            if limit >= 0:
                frames = frames[:limit]
            else:
                frames = frames[limit:]
        result = klass()
        fnames = set()
        for f, (lineno, end_lineno, colno, end_colno) in frames:
            co = f.f_code
            filename = co.co_filename
            name = co.co_name
            fnames.add(filename)
            linecache.lazycache(filename, f.f_globals)
            f_locals = f.f_locals if capture_locals else None
            result.append(FrameSummary(
                filename, lineno, name, lookup_line=False, locals=f_locals,
                end_lineno=end_lineno, colno=colno, end_colno=end_colno))
        for filename in fnames:
            linecache.checkcache(filename)
        if lookup_lines:
            for f in result:
                f.line
        return result

    @classmethod
    def from_list(klass, a_list):
        """Create a StackSummary from FrameSummary objects or 4-tuples."""
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        """Format one frame as '  File "...", line N, in name' + source."""
        row = ['  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno,
            frame_summary.name)]
        if frame_summary.line:
            stripped_line = frame_summary.line.strip()
            row.append('    {}\n'.format(stripped_line))
            original = frame_summary._original_line
            # As in CPython: the count includes trailing whitespace and the
            # newline of the original line, since .line is fully stripped.
            stripped_characters = len(original) - len(stripped_line)
            if (frame_summary.colno is not None and
                    frame_summary.end_colno is not None):
                start = _byte_offset_to_character_offset(
                    original, frame_summary.colno) + 1
                end = _byte_offset_to_character_offset(
                    original, frame_summary.end_colno) + 1
                anchors = None
                if frame_summary.lineno == frame_summary.end_lineno:
                    try:
                        anchors = _caret_anchors(original[start - 1:end - 1])
                    except Exception:
                        anchors = None
                else:
                    end = stripped_characters + len(stripped_line)
                if end - start < len(stripped_line) or (
                        anchors and anchors[1] - anchors[0] > 0):
                    row.append('    ')
                    row.append(' ' * (start - stripped_characters))
                    if anchors:
                        left_end, right_start, primary, secondary = anchors
                        row.append(primary * left_end)
                        row.append(secondary * (right_start - left_end))
                        row.append(primary * (end - start - right_start))
                    else:
                        row.append('^' * (end - start))
                    row.append('\n')
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append('    {name} = {value}\n'.format(name=name,
                                                          value=value))
        return ''.join(row)

    def format(self):
        """Format the frames, folding long runs of identical frames."""
        result = []
        last_file = last_line = last_name = None
        count = 0
        for frame_summary in self:
            formatted = self.format_frame_summary(frame_summary)
            if formatted is None:
                continue
            if (last_file is None or last_file != frame_summary.filename or
                    last_line is None or last_line != frame_summary.lineno or
                    last_name is None or last_name != frame_summary.name):
                if count > _RECURSIVE_CUTOFF:
                    count -= _RECURSIVE_CUTOFF
                    result.append(
                        f'  [Previous line repeated {count} more '
                        f'time{"s" if count > 1 else ""}]\n')
                last_file = frame_summary.filename
                last_line = frame_summary.lineno
                last_name = frame_summary.name
                count = 0
            count += 1
            if count > _RECURSIVE_CUTOFF:
                continue
            result.append(formatted)
        if count > _RECURSIVE_CUTOFF:
            count -= _RECURSIVE_CUTOFF
            result.append(
                f'  [Previous line repeated {count} more '
                f'time{"s" if count > 1 else ""}]\n')
        return result


def _byte_offset_to_character_offset(str, offset):
    as_utf8 = str.encode('utf-8')
    return len(as_utf8[:offset].decode("utf-8", errors="replace"))


def _caret_anchors(segment):
    """(left_end, right_start, primary, secondary) for a binary operation
    or subscript segment, as CPython 3.11 draws ~~~^^^~~~; else None."""
    try:
        import ast
    except ImportError:
        # SwiftPy: no ast module; the interpreter's parser finds the anchors
        native = getattr(sys, '_caret_anchors', None)
        return native(segment) if native is not None else None
    try:
        tree = ast.parse(segment)
    except SyntaxError:
        return None
    if len(tree.body) != 1:
        return None

    def normalize(offset):
        return _byte_offset_to_character_offset(segment, offset)

    statement = tree.body[0]
    if type(statement).__name__ != 'Expr':
        return None
    expr = statement.value
    kind = type(expr).__name__
    if kind == 'BinOp':
        operator_start = normalize(expr.left.end_col_offset)
        operator_end = normalize(expr.right.col_offset)
        operator_str = segment[operator_start:operator_end]
        operator_offset = len(operator_str) - len(operator_str.lstrip())
        left = expr.left.end_col_offset + operator_offset
        right = left + 1
        if (operator_offset + 1 < len(operator_str)
                and not operator_str[operator_offset + 1].isspace()):
            right += 1
        while left < len(segment) and (segment[left].isspace()
                                       or segment[left] in ')#'):
            left += 1
            right += 1
        return normalize(left), normalize(right), '~', '^'
    if kind == 'Subscript':
        left = normalize(expr.value.end_col_offset)
        right = normalize(expr.slice.end_col_offset + 1)
        while left < len(segment) and (segment[left].isspace()
                                       or segment[left] != '['):
            left += 1
        while right < len(segment) and (segment[right].isspace()
                                        or segment[right] != ']'):
            right += 1
        if right < len(segment):
            right += 1
        return left, right, '~', '^'
    return None


# -- TracebackException --------------------------------------------------------------

class _ExceptionPrintContext:
    def __init__(self):
        self.seen = set()
        self.exception_group_depth = 0
        self.need_close = False

    def indent(self):
        return ' ' * (2 * self.exception_group_depth)

    def emit(self, text_gen, margin_char=None):
        if margin_char is None:
            margin_char = '|'
        indent_str = self.indent()
        if self.exception_group_depth:
            indent_str += margin_char + ' '
        if isinstance(text_gen, str):
            yield _indent_lines(text_gen, indent_str)
        else:
            for text in text_gen:
                yield _indent_lines(text, indent_str)


def _indent_lines(text, prefix):
    return ''.join(prefix + line for line in text.splitlines(True))


class TracebackException:
    """An exception ready for rendering, with its causes and context."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        is_recursive_call = _seen is not None
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth
        self.stack = StackSummary._extract_from_extended_frame_gen(
            _walk_tb_with_full_positions(exc_traceback), limit=limit,
            lookup_lines=lookup_lines, capture_locals=capture_locals)
        self.exc_type = exc_type
        self._str = _safe_string(exc_value, 'exception')
        self.__notes__ = getattr(exc_value, '__notes__', None)
        if exc_type and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            end_lno = getattr(exc_value, 'end_lineno', None)
            self.end_lineno = str(end_lno) if end_lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = getattr(exc_value, 'end_offset', None)
            self.msg = exc_value.msg
        if lookup_lines:
            self._load_lines()
        self.__suppress_context__ = \
            exc_value.__suppress_context__ if exc_value is not None else False
        self.__cause__ = None
        self.__context__ = None
        self.exceptions = None
        if not is_recursive_call:
            # Walk the cause/context chain iteratively.
            queue = [(self, exc_value)]
            while queue:
                te, e = queue.pop()
                if (e and e.__cause__ is not None
                        and id(e.__cause__) not in _seen):
                    cause = TracebackException(
                        type(e.__cause__), e.__cause__,
                        e.__cause__.__traceback__, limit=limit,
                        lookup_lines=lookup_lines,
                        capture_locals=capture_locals,
                        max_group_width=max_group_width,
                        max_group_depth=max_group_depth, _seen=_seen)
                else:
                    cause = None
                if compact:
                    need_context = (cause is None and e is not None and
                                    not e.__suppress_context__)
                else:
                    need_context = True
                if (e and e.__context__ is not None and need_context
                        and id(e.__context__) not in _seen):
                    context = TracebackException(
                        type(e.__context__), e.__context__,
                        e.__context__.__traceback__, limit=limit,
                        lookup_lines=lookup_lines,
                        capture_locals=capture_locals,
                        max_group_width=max_group_width,
                        max_group_depth=max_group_depth, _seen=_seen)
                else:
                    context = None
                excs = None
                sub = getattr(e, 'exceptions', None) if e is not None else None
                if (sub is not None and _is_exception_group(e)):
                    excs = []
                    for exc in sub:
                        texc = TracebackException(
                            type(exc), exc, exc.__traceback__, limit=limit,
                            lookup_lines=lookup_lines,
                            capture_locals=capture_locals,
                            max_group_width=max_group_width,
                            max_group_depth=max_group_depth, _seen=_seen)
                        excs.append(texc)
                te.__cause__ = cause
                te.__context__ = context
                te.exceptions = excs
                if cause:
                    queue.append((te.__cause__, e.__cause__))
                if context:
                    queue.append((te.__context__, e.__context__))
                if excs:
                    queue.extend(zip(te.exceptions, e.exceptions))

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """Create a TracebackException from an exception."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def _load_lines(self):
        for frame in self.stack:
            frame.line

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        """Yield the exception line(s): 'Type: message' plus notes."""
        if self.exc_type is None:
            yield _format_final_exc_line(None, self._str)
            return
        stype = self.exc_type.__qualname__
        smod = self.exc_type.__module__
        if smod not in ("__main__", "builtins"):
            if not isinstance(smod, str):
                smod = "<unknown>"
            stype = smod + '.' + stype
        if not issubclass(self.exc_type, SyntaxError):
            yield _format_final_exc_line(stype, self._str)
        else:
            yield from self._format_syntax_error(stype)
        if isinstance(self.__notes__, (list, tuple)):
            for note in self.__notes__:
                note = _safe_string(note, 'note')
                yield from [line + '\n' for line in note.split('\n')]
        elif self.__notes__ is not None:
            yield _safe_string(self.__notes__, '__notes__', func=repr) + '\n'

    def _format_syntax_error(self, stype):
        filename_suffix = ''
        if self.lineno is not None:
            yield '  File "{}", line {}\n'.format(
                self.filename or "<string>", self.lineno)
        elif self.filename is not None:
            filename_suffix = ' ({})'.format(self.filename)
        text = self.text
        if text is not None:
            rtext = text.rstrip('\n')
            ltext = rtext.lstrip(' \n\f')
            spaces = len(rtext) - len(ltext)
            yield '    {}\n'.format(ltext)
            if self.offset is not None:
                offset = self.offset
                end_offset = (self.end_offset if self.end_offset not in
                              {None, 0} else offset)
                if offset == end_offset or end_offset == -1:
                    end_offset = offset + 1
                colno = offset - 1 - spaces
                end_colno = end_offset - 1 - spaces
                if colno >= 0:
                    caretspace = ((c if c.isspace() else ' ')
                                  for c in ltext[:colno])
                    yield '    {}{}\n'.format(
                        "".join(caretspace), ('^' * (end_colno - colno)))
        msg = self.msg or "<no detail available>"
        yield "{}: {}{}\n".format(stype, msg, filename_suffix)

    def format(self, *, chain=True, _ctx=None):
        """Yield the lines of the complete report (like print_exception)."""
        if _ctx is None:
            _ctx = _ExceptionPrintContext()
        output = []
        exc = self
        if chain:
            while exc:
                if exc.__cause__ is not None:
                    chained_msg = ("\nThe above exception was the direct "
                                   "cause of the following exception:\n\n")
                    chained_exc = exc.__cause__
                elif (exc.__context__ is not None and
                      not exc.__suppress_context__):
                    chained_msg = ("\nDuring handling of the above "
                                   "exception, another exception "
                                   "occurred:\n\n")
                    chained_exc = exc.__context__
                else:
                    chained_msg = None
                    chained_exc = None
                output.append((chained_msg, exc))
                exc = chained_exc
        else:
            output.append((None, exc))
        for msg, exc in reversed(output):
            if msg is not None:
                yield from _ctx.emit(msg)
            if exc.exceptions is None:
                if exc.stack:
                    yield from _ctx.emit('Traceback (most recent call '
                                         'last):\n')
                    yield from _ctx.emit(exc.stack.format())
                yield from _ctx.emit(exc.format_exception_only())
            else:
                yield from self._format_group(exc, _ctx, chain)

    def _format_group(self, exc, _ctx, chain):
        if _ctx.exception_group_depth > self.max_group_depth:
            yield from _ctx.emit(
                f"... (max_group_depth is {self.max_group_depth})\n")
            return
        is_toplevel = (_ctx.exception_group_depth == 0)
        if is_toplevel:
            _ctx.exception_group_depth += 1
        if exc.stack:
            yield from _ctx.emit('Exception Group Traceback (most recent '
                                 'call last):\n',
                                 margin_char='+' if is_toplevel else None)
            yield from _ctx.emit(exc.stack.format())
        yield from _ctx.emit(exc.format_exception_only())
        num_excs = len(exc.exceptions)
        if num_excs <= self.max_group_width:
            n = num_excs
        else:
            n = self.max_group_width + 1
        _ctx.need_close = False
        for i in range(n):
            last_exc = (i == n - 1)
            if last_exc:
                # A nested group may draw the closing line itself.
                _ctx.need_close = True
            truncated = i >= self.max_group_width
            title = f'{i + 1}' if not truncated else '...'
            yield (_ctx.indent() + ('+-' if i == 0 else '  ') +
                   f'+---------------- {title} ----------------\n')
            _ctx.exception_group_depth += 1
            if not truncated:
                yield from exc.exceptions[i].format(chain=chain, _ctx=_ctx)
            else:
                remaining = num_excs - self.max_group_width
                plural = 's' if remaining > 1 else ''
                yield from _ctx.emit(
                    f"and {remaining} more exception{plural}\n")
            if last_exc and _ctx.need_close:
                yield (_ctx.indent() +
                       "+------------------------------------\n")
                _ctx.need_close = False
            _ctx.exception_group_depth -= 1
        if is_toplevel:
            _ctx.exception_group_depth = 0

    def print(self, *, file=None, chain=True):
        """Print the result of self.format(chain=chain) to file."""
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")


def _is_exception_group(e):
    try:
        return isinstance(e, BaseExceptionGroup)     # noqa: F821
    except NameError:
        return False
