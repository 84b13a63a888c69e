"""Text wrapping and filling (no `re`: the word splitter is hand-written
to give the same chunks as CPython's regular expression)."""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_whitespace = '\t\n\x0b\x0c\r '
_WS = frozenset(_whitespace)


def _is_word(ch):            # \w
    return ch.isalnum() or ch == '_'


def _is_letter(ch):          # [^\d\W]
    return _is_word(ch) and not ch.isdecimal()


def _is_word_punct(ch):      # [\w!"'&.,?]
    return _is_word(ch) or ch in '!"\'&.,?'


def _dash_run_then_word(s, j):
    """True if s[j:] starts with two or more '-' followed by a \\w char."""
    k = j
    n = len(s)
    while k < n and s[k] == '-':
        k += 1
    return k - j >= 2 and k < n and _is_word(s[k])


def _split_hyphenated(s):
    """Chunks as CPython's TextWrapper.wordsep_re.split() yields them."""
    chunks = []
    n = len(s)
    i = 0
    while i < n:
        ch = s[i]
        if ch in _WS:
            j = i + 1
            while j < n and s[j] in _WS:
                j += 1
            chunks.append(s[i:j])
            i = j
            continue
        if (ch == '-' and i > 0 and _is_word_punct(s[i - 1])
                and _dash_run_then_word(s, i)):
            j = i
            while s[j] == '-':
                j += 1
            chunks.append(s[i:j])          # em-dash between words
            i = j
            continue
        # A word: the shortest run of non-space characters that ends at a
        # breakable hyphen, before whitespace/end, or before an em-dash.
        k = i + 1
        while True:
            if k < n and s[k] == '-':
                end = k + 1
                # Lookbehinds see the whole string, not just this chunk.
                behind = (end >= 3 and _is_letter(s[end - 3]) and
                          _is_letter(s[end - 2]))
                if not behind and end >= 4:
                    behind = (_is_letter(s[end - 4]) and s[end - 3] == '-'
                              and _is_letter(s[end - 2]))
                if behind and end < n and _is_letter(s[end]):
                    nxt = end + 1
                    if nxt < n and s[nxt] == '-':
                        nxt += 1
                    if nxt < n and _is_letter(s[nxt]):
                        chunks.append(s[i:end])
                        i = end
                        break
            if k >= n or s[k] in _WS:
                chunks.append(s[i:k])
                i = k
                break
            if _is_word_punct(s[k - 1]) and _dash_run_then_word(s, k):
                chunks.append(s[i:k])
                i = k
                break
            k += 1
    return chunks


def _split_simple(s):
    chunks = []
    n = len(s)
    i = 0
    while i < n:
        j = i + 1
        in_ws = s[i] in _WS
        while j < n and (s[j] in _WS) == in_ws:
            j += 1
        chunks.append(s[i:j])
        i = j
    return chunks


class TextWrapper:
    """Wrap/fill text to a given width; attributes control the details
    (width, indents, expand_tabs, replace_whitespace, fix_sentence_endings,
    break_long_words, break_on_hyphens, drop_whitespace, tabsize,
    max_lines, placeholder)."""

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))

    def __init__(self, width=70, initial_indent="", subsequent_indent="",
                 expand_tabs=True, replace_whitespace=True,
                 fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *,
                 max_lines=None, placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        if self.break_on_hyphens is True:
            chunks = _split_hyphenated(text)
        else:
            chunks = _split_simple(text)
        return [c for c in chunks if c]

    def _fix_sentence_endings(self, chunks):
        """Put two spaces after sentence-ending punctuation."""
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _ends_sentence(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Break (or move) a chunk that is too long for any line."""
        if width < 1:
            space_left = 1
        else:
            space_left = width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            if self.max_lines > 1:
                indent = self.subsequent_indent
            else:
                indent = self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        chunks.reverse()
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]
            while chunks:
                length = len(chunks[-1])
                if cur_len + length <= width:
                    cur_line.append(chunks.pop())
                    cur_len += length
                else:
                    break
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if cur_line:
                if (self.max_lines is None or
                        len(lines) + 1 < self.max_lines or
                        (not chunks or
                         self.drop_whitespace and
                         len(chunks) == 1 and
                         not chunks[0].strip()) and cur_len <= width):
                    lines.append(indent + ''.join(cur_line))
                else:
                    while cur_line:
                        if (cur_line[-1].strip() and
                                cur_len + len(self.placeholder) <= width):
                            cur_line.append(self.placeholder)
                            lines.append(indent + ''.join(cur_line))
                            break
                        cur_len -= len(cur_line[-1])
                        del cur_line[-1]
                    else:
                        if lines:
                            prev_line = lines[-1].rstrip()
                            if (len(prev_line) + len(self.placeholder) <=
                                    self.width):
                                lines[-1] = prev_line + self.placeholder
                                break
                        lines.append(indent + self.placeholder.lstrip())
                    break
        return lines

    def _split_chunks(self, text):
        text = self._munge_whitespace(text)
        return self._split(text)

    def wrap(self, text):
        """Wrap text into a list of lines of at most self.width chars."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """Wrap text and join the lines with newlines."""
        return "\n".join(self.wrap(text))


def _ends_sentence(chunk):
    # Matches [a-z][.!?]["']?\Z
    i = len(chunk) - 1
    if i >= 0 and chunk[i] in '"\'':
        i -= 1
    return (i >= 1 and chunk[i] in '.!?' and 'a' <= chunk[i - 1] <= 'z')


def wrap(text, width=70, **kwargs):
    """Wrap a paragraph into a list of lines (see TextWrapper)."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Fill a paragraph: wrap() joined with newlines."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse whitespace and truncate text to fit width, ending with a
    placeholder if needed."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def dedent(text):
    """Remove any common leading whitespace (spaces/tabs) from every line.

    Lines consisting solely of whitespace are normalized to just '\\n'.
    """
    lines = text.split('\n')
    for i, line in enumerate(lines):
        if line and all(ch in ' \t' for ch in line):
            lines[i] = ''
    margin = None
    for line in lines:
        j = 0
        while j < len(line) and line[j] in ' \t':
            j += 1
        if j == len(line):
            continue               # blank (or whitespace-only) line
        indent = line[:j]
        if margin is None:
            margin = indent
        elif indent.startswith(margin):
            pass
        elif margin.startswith(indent):
            margin = indent
        else:
            for k, (x, y) in enumerate(zip(margin, indent)):
                if x != y:
                    margin = margin[:k]
                    break
    if margin:
        lines = [line[len(margin):] if line.startswith(margin) else line
                 for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Add prefix to the lines of text selected by predicate (by default
    the lines that are not whitespace-only)."""
    if predicate is None:
        def predicate(line):
            return line.strip()
    return ''.join(prefix + line if predicate(line) else line
                   for line in text.splitlines(True))
