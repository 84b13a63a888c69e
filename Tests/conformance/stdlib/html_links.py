"""An HTML link extractor and sanitizer built on html.parser, fed in small chunks,
plus html.escape/unescape and the html.entities tables."""
import html
import html.entities
from html.parser import HTMLParser

PAGE = """<!DOCTYPE html>
<html lang="en"><head><title>Caf&eacute; &amp; Bar &mdash; menu</title>
<style>a > b { color: red } /* </p> is not a tag here */</style>
<script type="text/javascript">if (a < b && c > d) { s = "<a href='x'>"; }</script>
<?php echo 1; ?>
</head>
<body onload="go()">
<!-- navigation -->
<nav><a href="/home">Home</a> | <A HREF='/about?x=1&amp;y=2'>About &copy; us</A>
 | <a href=/plain title=Bare>Plain</a> | <a name="anchor">no href</a></nav>
<p class="intro" id=p1>Prices: 5 &lt; 7 &gt; 3, &#8364;10, &#x20AC;20, &euro 30, &notin; &notit;</p>
<img src="pic.png" alt="A &quot;quoted&quot; pic"/><br/><br>
<p>Broken <b>bold <i>nest</b></i> &unknown; &#0; &#x110000; &#150;</p>
<a href="javascript:alert(1)" onclick="evil()">bad</a>
<![CDATA[ raw <stuff> ]]>
<form action="/send" method=post><input type=checkbox checked name="opt"></form>
<p>Line
two</p>
</body></html>
"""


class LinkExtractor(HTMLParser):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.links = []
        self.events = []
        self._href = None
        self._text = []

    def handle_starttag(self, tag, attrs):
        self.events.append(("start", tag, attrs, self.getpos()))
        if tag == "a":
            self._href = dict(attrs).get("href")
            self._text = []

    def handle_endtag(self, tag):
        self.events.append(("end", tag, self.getpos()))
        if tag == "a" and self._href is not None:
            self.links.append((self._href, "".join(self._text).strip()))
            self._href = None

    def handle_startendtag(self, tag, attrs):
        self.events.append(("startend", tag, attrs))

    def handle_data(self, data):
        self.events.append(("data", data))
        if self._href is not None:
            self._text.append(data)

    def handle_comment(self, data):
        self.events.append(("comment", data))

    def handle_decl(self, decl):
        self.events.append(("decl", decl))

    def handle_pi(self, data):
        self.events.append(("pi", data))

    def handle_entityref(self, name):
        self.events.append(("entityref", name))

    def handle_charref(self, name):
        self.events.append(("charref", name))

    def unknown_decl(self, data):
        self.events.append(("unknown_decl", data))


def run(convert, chunk):
    p = LinkExtractor(convert_charrefs=convert)
    for start in range(0, len(PAGE), chunk):
        p.feed(PAGE[start:start + chunk])
    p.close()
    return p


whole = run(True, len(PAGE))
print("links:")
for href, text in whole.links:
    print("  ", repr(href), repr(text))
for ev in whole.events:
    print(ev)
for chunk in (1, 3, 7, 64):
    same = run(True, chunk).events
    merged = []
    for ev in same:      # data may arrive split differently; compare merged text
        if ev[0] == "data" and merged and merged[-1][0] == "data":
            merged[-1] = ("data", merged[-1][1] + ev[1])
        else:
            merged.append(ev)
    print("chunk", chunk, "same events:", [e for e in merged if e[0] != "data"] ==
          [e for e in whole.events if e[0] != "data"])
raw = run(False, 5)
print("without convert_charrefs:")
for ev in raw.events:
    if ev[0] in ("entityref", "charref"):
        print("  ", ev)


class Sanitizer(HTMLParser):
    """Keeps a few tags, drops scripts, event handlers and javascript: links."""
    ALLOWED = {"p", "a", "b", "i", "br", "img"}

    def __init__(self):
        super().__init__()
        self.out = []
        self.skip = 0

    def _attrs(self, attrs):
        kept = []
        for name, value in attrs:
            if name.startswith("on"):
                continue
            if name in ("href", "src") and (value or "").lower().startswith("javascript:"):
                continue
            kept.append(name if value is None else '%s="%s"' % (name, html.escape(value)))
        return "".join(" " + a for a in kept)

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        elif tag in self.ALLOWED and not self.skip:
            self.out.append("<%s%s>" % (tag, self._attrs(attrs)))

    def handle_startendtag(self, tag, attrs):
        if tag in self.ALLOWED and not self.skip:
            self.out.append("<%s%s/>" % (tag, self._attrs(attrs)))

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        elif tag in self.ALLOWED and not self.skip:
            self.out.append("</%s>" % tag)

    def handle_data(self, data):
        if not self.skip:
            self.out.append(html.escape(data, quote=False))


s = Sanitizer()
s.feed(PAGE)
s.close()
print("sanitized:")
print("".join(s.out))

print("escape:", html.escape("<a href=\"x\">Tom & 'Jerry'</a>"), html.escape("\"'<>", quote=False))
for text in ["&amp;&lt;&gt;&quot;&#39;&#x27;", "&notin; &notit; &not", "&AMP &ampx &AElig;&AEligx",
             "&#x80;&#150;&#0;&#xD800;&#1;&#x10FFFF;&#65;&#x41", "&unknown; &#xyz; & ;",
             "&" + "a" * 40 + ";", "no refs", "&NotNestedGreaterGreater; &nbsp;x&nbspy"]:
    print(repr(text), "->", ascii(html.unescape(text)))
E = html.entities
print(len(E.name2codepoint), len(E.codepoint2name), len(E.entitydefs), len(E.html5))
print(E.name2codepoint["eacute"], E.codepoint2name[8364], ascii(E.entitydefs["copy"]),
      ascii(E.html5["amp;"]), ascii(E.html5["amp"]), "lt" in E.html5, ascii(E.html5["bne;"]))


class Strict(HTMLParser):
    pass


for bad in ["<![bogus x]>", "<![if x]>ok<![endif]>"]:
    p = Strict()
    try:
        p.feed(bad)
        p.close()
        print(repr(bad), "ok")
    except AssertionError as e:
        print(repr(bad), "AssertionError", e)
p = Strict()
p.feed("<p>unfinished <b")
print(repr(p.rawdata), p.get_starttag_text())
p.close()
print(repr(p.rawdata), p.getpos())
