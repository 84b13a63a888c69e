"""A parser for HTML and XHTML (CPython 3.11's html.parser, written for SwiftPy).

HTMLParser is fed text in pieces and calls handle_* methods for the tags, text,
references, comments, declarations and processing instructions it finds.  Text
that may be cut off at the end of a piece (an open tag, a reference) waits for
the next feed() or close().
"""
import re
import _markupbase
from html import unescape

__all__ = ['HTMLParser']

_TEXT_STOP = re.compile('[&<]')
_PARTIAL_REF = re.compile('&[a-zA-Z#]')
_ENTITY_REF = re.compile('&([a-zA-Z][-.a-zA-Z0-9]*)[^a-zA-Z0-9]')
_CHAR_REF = re.compile('&#(?:[0-9]+|[xX][0-9a-fA-F]+)[^0-9a-fA-F]')
_TAG_START = re.compile('<[a-zA-Z]')
_PI_END = re.compile('>')
_TAG_NAME = re.compile(r'([a-zA-Z][^\t\n\r\f />\x00]*)(?:\s|/(?!>))*')
_ATTRIBUTE = re.compile(
    r'((?<=[\'"\s/])[^\s/>][^\s/=>]*)(\s*=+\s*'
    r'(\'[^\']*\'|"[^"]*"|(?![\'"])[^>\s]*))?(?:\s|/(?!>))*')
_START_TAG_BODY = re.compile(r"""
  <[a-zA-Z][^\t\n\r\f />\x00]*          # the name
  (?:[\s/]*                             # then attributes
    (?:(?<=['"\s/])[^\s/>][^\s/=>]*
      (?:\s*=+\s*
        (?:'[^']*'|"[^"]*"|(?!['"])[^>\s]*)
        \s*
      )?(?:\s|/(?!>))*
    )*
  )?
  \s*
""", re.VERBOSE)
_GT = re.compile('>')
_END_TAG = re.compile(r'</\s*([a-zA-Z][-.a-zA-Z0-9:_]*)\s*>')
_AMP_END = re.compile(r'[\s;]')
_LETTERS_EQ_SLASH = frozenset('abcdefghijklmnopqrstuvwxyz=/ABCDEFGHIJKLMNOPQRSTUVWXYZ')


class HTMLParser(_markupbase.ParserBase):
    """Find tags and other markup and call handler functions.

    Usage: p = HTMLParser(); p.feed(data); ...; p.close()

    With convert_charrefs true (the default) character references in text are
    converted and handle_entityref/handle_charref are not called."""

    CDATA_CONTENT_ELEMENTS = ("script", "style")

    def __init__(self, *, convert_charrefs=True):
        self.convert_charrefs = convert_charrefs
        self.reset()

    def reset(self):
        """Reset this instance.  Loses all unprocessed data."""
        self.rawdata = ''
        self.lasttag = '???'
        self.interesting = _TEXT_STOP
        self.cdata_elem = None
        self.__starttag_text = None
        _markupbase.ParserBase.reset(self)

    def feed(self, data):
        """Feed data to the parser; call as often as needed."""
        self.rawdata = self.rawdata + data
        self.__run(False)

    def close(self):
        """Handle any buffered data."""
        self.__run(True)

    def get_starttag_text(self):
        """Return full source of start tag: '<...>'."""
        return self.__starttag_text

    def set_cdata_mode(self, elem):
        self.cdata_elem = elem.lower()
        self.interesting = re.compile(r'</\s*%s\s*>' % self.cdata_elem, re.I)

    def clear_cdata_mode(self):
        self.interesting = _TEXT_STOP
        self.cdata_elem = None

    # -- the main loop --

    def __emit_text(self, chunk):
        if self.convert_charrefs and not self.cdata_elem:
            self.handle_data(unescape(chunk))
        else:
            self.handle_data(chunk)

    def __next_markup(self, text, i, n):
        """Index where the current run of text ends, or None to wait for more."""
        if self.convert_charrefs and not self.cdata_elem:
            j = text.find('<', i)
            if j >= 0:
                return j
            # A reference near the end may still be growing: keep it back.
            amp = text.rfind('&', max(i, n - 34))
            if amp >= 0 and not _AMP_END.search(text, amp):
                return None
            return n
        m = self.interesting.search(text, i)
        if m:
            return m.start()
        return None if self.cdata_elem else n

    def __run(self, at_end):
        text = self.rawdata
        i = 0
        n = len(text)
        while i < n:
            j = self.__next_markup(text, i, n)
            if j is None:
                break
            if i < j:
                self.__emit_text(text[i:j])
            i = self.updatepos(i, j)
            if i == n:
                break
            if text.startswith('<', i):
                k = self.__markup(text, i, n)
                if k is None:
                    break
                if k < 0:
                    if not at_end:
                        break
                    # Unfinished markup at the very end: hand it over as text.
                    k = text.find('>', i + 1)
                    if k < 0:
                        k = text.find('<', i + 1)
                        if k < 0:
                            k = i + 1
                    else:
                        k += 1
                    self.__emit_text(text[i:k])
                i = self.updatepos(i, k)
            elif text.startswith('&#', i):
                m = _CHAR_REF.match(text, i)
                if m:
                    self.handle_charref(m.group()[2:-1])
                    k = m.end()
                    if not text.startswith(';', k - 1):
                        k -= 1
                    i = self.updatepos(i, k)
                    continue
                if ';' in text[i:]:
                    self.handle_data(text[i:i + 2])
                    i = self.updatepos(i, i + 2)
                break
            elif text.startswith('&', i):
                m = _ENTITY_REF.match(text, i)
                if m:
                    self.handle_entityref(m.group(1))
                    k = m.end()
                    if not text.startswith(';', k - 1):
                        k -= 1
                    i = self.updatepos(i, k)
                    continue
                m = _PARTIAL_REF.match(text, i)
                if m:
                    if at_end and m.group() == text[i:]:
                        i = self.updatepos(i, i + 1)
                    break
                if i + 1 < n:
                    self.handle_data('&')
                    i = self.updatepos(i, i + 1)
                else:
                    break
            else:
                raise AssertionError('interesting.search() lied')
        if at_end and i < n and not self.cdata_elem:
            self.__emit_text(text[i:n])
            i = self.updatepos(i, n)
        self.rawdata = text[i:]

    def __markup(self, text, i, n):
        """Parse the markup at text[i] == '<'; end index, -1 if unfinished, None
        to stop and wait."""
        if _TAG_START.match(text, i):
            return self.parse_starttag(i)
        if text.startswith('</', i):
            return self.parse_endtag(i)
        if text.startswith('<!--', i):
            return self.parse_comment(i)
        if text.startswith('<?', i):
            return self.parse_pi(i)
        if text.startswith('<!', i):
            return self.parse_html_declaration(i)
        if i + 1 < n:
            self.handle_data('<')
            return i + 1
        return None

    # -- markup pieces; each returns the index after it, or -1 if unfinished --

    def parse_html_declaration(self, i):
        text = self.rawdata
        if text[i:i + 4] == '<!--':
            return self.parse_comment(i)
        if text[i:i + 3] == '<![':
            return self.parse_marked_section(i)
        if text[i:i + 9].lower() == '<!doctype':
            gt = text.find('>', i + 9)
            if gt == -1:
                return -1
            self.handle_decl(text[i + 2:gt])
            return gt + 1
        return self.parse_bogus_comment(i)

    def parse_bogus_comment(self, i, report=1):
        text = self.rawdata
        gt = text.find('>', i + 2)
        if gt == -1:
            return -1
        if report:
            self.handle_comment(text[i + 2:gt])
        return gt + 1

    def parse_pi(self, i):
        text = self.rawdata
        m = _PI_END.search(text, i + 2)
        if not m:
            return -1
        self.handle_pi(text[i + 2:m.start()])
        return m.end()

    def check_for_whole_start_tag(self, i):
        """End of the start tag at i, -1 if it may continue in later data."""
        text = self.rawdata
        m = _START_TAG_BODY.match(text, i)
        j = m.end()
        after = text[j:j + 1]
        if after == '>':
            return j + 1
        if after == '/':
            if text.startswith('/>', j):
                return j + 2
            return -1
        if after == '' or after in _LETTERS_EQ_SLASH:
            return -1
        return j if j > i else i + 1

    def parse_starttag(self, i):
        self.__starttag_text = None
        end = self.check_for_whole_start_tag(i)
        if end < 0:
            return end
        text = self.rawdata
        self.__starttag_text = text[i:end]
        m = _TAG_NAME.match(text, i + 1)
        k = m.end()
        tag = self.lasttag = m.group(1).lower()
        attrs = []
        while k < end:
            m = _ATTRIBUTE.match(text, k)
            if not m:
                break
            name, has_value, value = m.group(1, 2, 3)
            if not has_value:
                value = None
            elif value[:1] == value[-1:] and value[:1] in ("'", '"'):
                value = value[1:-1]
            if value:
                value = unescape(value)
            attrs.append((name.lower(), value))
            k = m.end()
        rest = text[k:end].strip()
        if rest not in (">", "/>"):
            self.handle_data(text[i:end])
            return end
        if rest.endswith('/>'):
            self.handle_startendtag(tag, attrs)      # XHTML-style empty tag
        else:
            self.handle_starttag(tag, attrs)
            if tag in self.CDATA_CONTENT_ELEMENTS:
                self.set_cdata_mode(tag)
        return end

    def parse_endtag(self, i):
        text = self.rawdata
        m = _GT.search(text, i + 1)
        if not m:
            return -1
        gt = m.end()
        m = _END_TAG.match(text, i)
        if not m:
            if self.cdata_elem is not None:
                self.handle_data(text[i:gt])
                return gt
            name = _TAG_NAME.match(text, i + 2)
            if not name:
                if text[i:i + 3] == '</>':
                    return i + 3
                return self.parse_bogus_comment(i)
            self.handle_endtag(name.group(1).lower())
            return text.find('>', name.end()) + 1
        elem = m.group(1).lower()
        if self.cdata_elem is not None and elem != self.cdata_elem:
            self.handle_data(text[i:gt])
            return gt
        self.handle_endtag(elem)
        self.clear_cdata_mode()
        return gt

    # -- handlers, overridden by subclasses --

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    def handle_starttag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        pass

    def handle_charref(self, name):
        pass

    def handle_entityref(self, name):
        pass

    def handle_data(self, data):
        pass

    def handle_comment(self, data):
        pass

    def handle_decl(self, decl):
        pass

    def handle_pi(self, data):
        pass

