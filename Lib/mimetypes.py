"""Guess the MIME type of a file (CPython 3.11's mimetypes, written for SwiftPy).

The built-in tables come from _mimetypes_data; init() adds the types listed in
the system's mime.types files (knownfiles), as CPython does, so guesses agree
with CPython's on the same machine.
"""
import os
import posixpath
import re
import sys

import _mimetypes_data as _data

__all__ = [
    "knownfiles", "inited", "MimeTypes",
    "guess_type", "guess_all_extensions", "guess_extension",
    "add_type", "init", "read_mime_types",
    "suffix_map", "encodings_map", "types_map", "common_types",
]

knownfiles = [
    "/etc/mime.types",
    "/etc/httpd/mime.types",
    "/etc/httpd/conf/mime.types",
    "/etc/apache/mime.types",
    "/etc/apache2/mime.types",
    "/usr/local/etc/httpd/conf/mime.types",
    "/usr/local/lib/netscape/mime.types",
    "/usr/local/etc/httpd/conf/mime.types",
    "/usr/local/etc/mime.types",
]

inited = False
_db = None

# The module-level tables are the built-in ones until init() replaces them.
suffix_map = _suffix_map_default = dict(_data.SUFFIX_MAP)
encodings_map = _encodings_map_default = dict(_data.ENCODINGS_MAP)
types_map = _types_map_default = dict(_data.TYPES_MAP)
common_types = _common_types_default = dict(_data.COMMON_TYPES)

_SCHEME = re.compile('([^/:]+):(.*)', re.DOTALL)


class MimeTypes:
    """MIME-types datastore: suffix <-> type maps, standard (strict) and common."""

    def __init__(self, filenames=(), strict=True):
        if not inited:
            init()
        self.encodings_map = _encodings_map_default.copy()
        self.suffix_map = _suffix_map_default.copy()
        self.types_map = ({}, {})           # [False]: common types, [True]: standard
        self.types_map_inv = ({}, {})
        for ext, mtype in _types_map_default.items():
            self.add_type(mtype, ext, True)
        for ext, mtype in _common_types_default.items():
            self.add_type(mtype, ext, False)
        for name in filenames:
            self.read(name, strict)

    def add_type(self, type, ext, strict=True):
        """Add a mapping between a type and an extension."""
        self.types_map[strict][ext] = type
        known = self.types_map_inv[strict].setdefault(type, [])
        if ext not in known:
            known.append(ext)

    def guess_type(self, url, strict=True):
        """Guess the type of a file (path or URL): returns (type, encoding)."""
        url = os.fspath(url)
        m = _SCHEME.match(url)
        if m and m.group(1).lower() == 'data':
            # data:[<mediatype>][;base64],<data>
            rest = m.group(2)
            comma = rest.find(',')
            if comma < 0:
                return None, None
            semi = rest.find(';', 0, comma)
            mtype = rest[:semi] if semi >= 0 else rest[:comma]
            if '=' in mtype or '/' not in mtype:
                mtype = 'text/plain'
            return mtype, None
        if m:
            url = m.group(2)
        base, ext = posixpath.splitext(url)
        while ext.lower() in self.suffix_map:
            base, ext = posixpath.splitext(base + self.suffix_map[ext.lower()])
        encoding = self.encodings_map.get(ext)
        if encoding is not None:
            base, ext = posixpath.splitext(base)
        ext = ext.lower()
        found = self.types_map[True].get(ext)
        if found is None and not strict:
            found = self.types_map[False].get(ext)
        return found, encoding

    def guess_all_extensions(self, type, strict=True):
        """All known extensions for a MIME type, most preferred first."""
        type = type.lower()
        result = list(self.types_map_inv[True].get(type, []))
        if not strict:
            for ext in self.types_map_inv[False].get(type, []):
                if ext not in result:
                    result.append(ext)
        return result

    def guess_extension(self, type, strict=True):
        """The preferred extension for a MIME type, or None."""
        found = self.guess_all_extensions(type, strict)
        return found[0] if found else None

    def read(self, filename, strict=True):
        """Read a single mime.types-format file."""
        with open(filename, encoding='utf-8') as fp:
            self.readfp(fp, strict)

    def readfp(self, fp, strict=True):
        """Read mime.types lines ("type ext1 ext2 ...", '#' comments)."""
        for line in iter(fp.readline, ''):
            words = line.split()
            for i, word in enumerate(words):
                if word[0] == '#':
                    del words[i:]
                    break
            if words:
                for suffix in words[1:]:
                    self.add_type(words[0], '.' + suffix, strict)

    def read_windows_registry(self, strict=True):
        """No Windows registry on this platform: nothing to read."""
        return


def guess_type(url, strict=True):
    """Guess the type of a file based on its URL: (type, encoding)."""
    if _db is None:
        init()
    return _db.guess_type(url, strict)


def guess_all_extensions(type, strict=True):
    """Guess the extensions for a file based on its MIME type."""
    if _db is None:
        init()
    return _db.guess_all_extensions(type, strict)


def guess_extension(type, strict=True):
    """Guess the extension for a file based on its MIME type."""
    if _db is None:
        init()
    return _db.guess_extension(type, strict)


def add_type(type, ext, strict=True):
    """Add a mapping between a type and an extension."""
    if _db is None:
        init()
    return _db.add_type(type, ext, strict)


def init(files=None):
    """(Re)build the module database from the built-in tables and knownfiles
    (plus files); with files and an existing database, only add those files."""
    global suffix_map, types_map, encodings_map, common_types, inited, _db
    inited = True
    if files is None or _db is None:
        db = MimeTypes()
        if files is None:
            files = knownfiles
        else:
            files = knownfiles + list(files)
    else:
        db = _db
    for name in files:
        if os.path.isfile(name):
            db.read(name)
    encodings_map = db.encodings_map
    suffix_map = db.suffix_map
    types_map = db.types_map[True]
    common_types = db.types_map[False]
    _db = db


def read_mime_types(file):
    """The standard types in a mime.types file, or None if it cannot be opened."""
    try:
        f = open(file, encoding='utf-8')
    except OSError:
        return None
    with f:
        db = MimeTypes()
        db.readfp(f, True)
        return db.types_map[True]


def _main():
    import getopt
    usage_text = """Usage: mimetypes.py [options] type

Options:
    --help / -h       -- print this message and exit
    --lenient / -l    -- additionally search of some common, but non-standard
                         types.
    --extension / -e  -- guess extension instead of type

More than one type argument may be given.
"""

    def usage(code, msg=''):
        print(usage_text)
        if msg:
            print(msg)
        sys.exit(code)

    try:
        opts, args = getopt.getopt(sys.argv[1:], 'hle', ['help', 'lenient', 'extension'])
    except getopt.error as msg:
        usage(1, msg)
    strict = True
    extension = False
    for opt, _ in opts:
        if opt in ('-h', '--help'):
            usage(0)
        elif opt in ('-l', '--lenient'):
            strict = False
        elif opt in ('-e', '--extension'):
            extension = True
    for arg in args:
        if extension:
            guess = guess_extension(arg, strict)
            if not guess:
                print("I don't know anything about type", arg)
            else:
                print(guess)
        else:
            guess, encoding = guess_type(arg, strict)
            if not guess:
                print("I don't know anything about type", arg)
            else:
                print('type:', guess, 'encoding:', encoding)


if __name__ == '__main__':
    _main()
