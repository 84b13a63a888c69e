"""Shell-like splitting and quoting: split(), quote(), join().

split() implements POSIX shell word rules (quotes, backslash escapes,
optional # comments); the shlex class offers the same tokenizer through
get_token()/iteration for whitespace-split use.
"""

__all__ = ["shlex", "split", "quote", "join"]

_WHITESPACE = ' \t\r\n'
_SAFE = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
                  '0123456789_@%+=:,./-')


def quote(s):
    """Return a shell-escaped version of the string s."""
    if not s:
        return "''"
    if all(ch in _SAFE for ch in s):
        return s
    return "'" + s.replace("'", "'\"'\"'") + "'"


def join(split_command):
    """Return a shell-escaped string from split_command."""
    return ' '.join(quote(arg) for arg in split_command)


def _words(text, comments, posix):
    """Yield the words of text (whitespace-split shell rules)."""
    i, n = 0, len(text)
    while True:
        while i < n and text[i] in _WHITESPACE:
            i += 1
        if i >= n:
            return
        if comments and text[i] == '#':
            nl = text.find('\n', i)
            if nl < 0:
                return
            i = nl + 1
            continue
        word = []
        quoted = False
        closed_word = False          # non-POSIX: a closing quote ends a word
        while i < n and not closed_word:
            ch = text[i]
            if ch in _WHITESPACE:
                break
            if comments and ch == '#':
                nl = text.find('\n', i)
                i = n if nl < 0 else nl
                break
            if ch in '\'"' and (posix or not word):
                quoted = True
                quote_char = ch
                if not posix:
                    word.append(ch)
                i += 1
                while True:
                    if i >= n:
                        raise ValueError('No closing quotation')
                    ch = text[i]
                    if ch == quote_char:
                        i += 1
                        if not posix:
                            word.append(ch)
                            closed_word = True
                        break
                    if posix and ch == '\\' and quote_char == '"':
                        if i + 1 >= n:
                            raise ValueError('No escaped character')
                        nxt = text[i + 1]
                        if nxt not in '"\\':
                            word.append('\\')
                        word.append(nxt)
                        i += 2
                        continue
                    word.append(ch)
                    i += 1
                continue
            if posix and ch == '\\':
                if i + 1 >= n:
                    raise ValueError('No escaped character')
                word.append(text[i + 1])
                i += 2
                continue
            word.append(ch)
            i += 1
        if word or (posix and quoted):
            yield ''.join(word)


def split(s, comments=False, posix=True):
    """Split the string s using shell-like syntax."""
    if s is None:
        import warnings
        warnings.warn("Passing None for 's' to shlex.split() is deprecated.",
                      DeprecationWarning, stacklevel=2)
        import sys
        s = sys.stdin.read()
    return list(_words(s, comments, posix))


class shlex:
    """Token source with the whitespace-split shell rules of split().

    Supports get_token(), push_token(), iteration and the eof attribute;
    punctuation_chars and non-split word tokenizing are not provided.
    """

    def __init__(self, instream=None, infile=None, posix=False,
                 punctuation_chars=False):
        if isinstance(instream, str) or instream is None:
            text = instream or ''
        else:
            text = instream.read()
        self.infile = infile
        self.posix = posix
        self.eof = None if posix else ''
        self.commenters = '#'
        self.whitespace_split = False
        self.pushback = []
        self._text = text
        self._tokens = None
        self.lineno = 1

    def _load(self):
        if self._tokens is None:
            self._tokens = list(_words(self._text, '#' in self.commenters,
                                       self.posix))
            self._tokens.reverse()

    def push_token(self, tok):
        """Push a token onto the stack popped by get_token."""
        self.pushback.insert(0, tok)

    def get_token(self):
        """Next token, or self.eof at the end."""
        if self.pushback:
            return self.pushback.pop(0)
        self._load()
        if self._tokens:
            return self._tokens.pop()
        return self.eof

    def __iter__(self):
        return self

    def __next__(self):
        token = self.get_token()
        if token == self.eof:
            raise StopIteration
        return token
