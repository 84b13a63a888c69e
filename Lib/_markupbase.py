"""Shared support for markup parsers (html.parser): positions, comments and
marked sections.  ParserBase is only used through subclasses."""
import re

_COMMENT_END = re.compile(r'--\s*>')
_SECTION_END = re.compile(r']\s*]\s*>')
_MS_SECTION_END = re.compile(r']\s*>')
_DECL_NAME = re.compile(r'[a-zA-Z][-_.a-zA-Z0-9]*\s*')


class ParserBase:
    """Parser base class: keeps (line, offset) of the parse position in rawdata."""

    def __init__(self):
        if type(self) is ParserBase:
            raise RuntimeError("_markupbase.ParserBase must be subclassed")

    def reset(self):
        self.lineno = 1
        self.offset = 0

    def getpos(self):
        """Return current line number and offset."""
        return self.lineno, self.offset

    def updatepos(self, i, j):
        """Advance the (line, offset) position over rawdata[i:j]; returns j."""
        if i >= j:
            return j
        text = self.rawdata
        newlines = text.count("\n", i, j)
        if newlines:
            self.lineno += newlines
            self.offset = j - (text.rindex("\n", i, j) + 1)
        else:
            self.offset += j - i
        return j

    def parse_comment(self, i, report=1):
        text = self.rawdata
        if text[i:i + 4] != '<!--':
            raise AssertionError('unexpected call to parse_comment()')
        m = _COMMENT_END.search(text, i + 4)
        if not m:
            return -1
        if report:
            self.handle_comment(text[i + 4:m.start()])
        return m.end()

    def _scan_name(self, i, declstart):
        text = self.rawdata
        if i == len(text):
            return None, -1
        m = _DECL_NAME.match(text, i)
        if not m:
            self.updatepos(declstart, i)
            raise AssertionError("expected name token at %r" % text[declstart:declstart + 20])
        word = m.group()
        if i + len(word) == len(text):
            return None, -1
        return word.strip().lower(), m.end()

    def parse_marked_section(self, i, report=1):
        text = self.rawdata
        keyword, j = self._scan_name(i + 3, i)
        if j < 0:
            return j
        if keyword in ("temp", "cdata", "ignore", "include", "rcdata"):
            m = _SECTION_END.search(text, i + 3)
        elif keyword in ("if", "else", "endif"):
            m = _MS_SECTION_END.search(text, i + 3)
        else:
            raise AssertionError('unknown status keyword %r in marked section' % text[i + 3:j])
        if not m:
            return -1
        if report:
            self.unknown_decl(text[i + 3:m.start()])
        return m.end()

    def unknown_decl(self, data):
        pass
