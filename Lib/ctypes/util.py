"""ctypes.util.find_library for Linux, searching where the dynamic linker does.

CPython runs `ldconfig -p` (the linker cache) and falls back to gcc/ld. SwiftPy reads the same
cache, /etc/ld.so.cache, directly, keeping entries for this machine's ABI, then falls back to
LD_LIBRARY_PATH and the default library folders. The answer is a soname such as 'libm.so.6'.
"""
import os

__all__ = ["find_library"]

_CACHE = "/etc/ld.so.cache"
_NEW_MAGIC = b"glibc-ld.so.cache1.1"
_OLD_MAGIC = b"ld.so-1.7.0"
# ld.so.cache flags: FLAG_ELF_LIBC6 (3) | FLAG_X8664_LIB64 (0x300); CPython's ldconfig 'libc6,x86-64'.
_ABI_FLAGS = {"x86_64": 0x0303, "aarch64": 0x0a03}


def _machine():
    try:
        return os.uname().machine
    except AttributeError:
        return "x86_64"


def _u32(data, off):
    return int.from_bytes(data[off:off + 4], "little")


def _cstr(data, off):
    end = data.find(b"\0", off)
    return data[off:end].decode("utf-8", "surrogateescape")


def _cache_entries(path=_CACHE):
    """(soname, flags) of every library in the linker cache, in cache order."""
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError:
        return []
    start = 0
    if data.startswith(_OLD_MAGIC):
        nlibs = _u32(data, 12)
        start = 16 + nlibs * 12
        start = (start + 7) & ~7
    if data[start:start + len(_NEW_MAGIC)] != _NEW_MAGIC:
        return []
    nlibs = _u32(data, start + 20)
    entries = []
    for i in range(nlibs):
        off = start + 48 + i * 24
        flags = _u32(data, off)
        key = _u32(data, off + 4)
        base = start if not data.startswith(_OLD_MAGIC) else start
        entries.append((_cstr(data, key if key < len(data) else base + key), flags))
    return entries


def _findSoname_ldconfig(name):
    want = _ABI_FLAGS.get(_machine())
    prefix = "lib%s." % name
    for soname, flags in _cache_entries():
        if soname.startswith(prefix) and soname[len(prefix):len(prefix) + 2] == "so" and \
                (want is None or flags == want):
            return soname
    return None


def _search_dirs():
    dirs = [d for d in os.environ.get("LD_LIBRARY_PATH", "").split(":") if d]
    multiarch = "%s-linux-gnu" % _machine()
    dirs += ["/lib/" + multiarch, "/usr/lib/" + multiarch, "/lib64", "/usr/lib64", "/lib", "/usr/lib",
             "/usr/local/lib"]
    return dirs


def _findLib_dirs(name):
    """lib<name>.so.N (the soname-style link) or lib<name>.so in the library folders."""
    prefix = "lib%s.so" % name
    for d in _search_dirs():
        try:
            names = sorted(os.listdir(d))
        except OSError:
            continue
        versioned = [n for n in names if n.startswith(prefix + ".") and n[len(prefix) + 1:].isdigit()]
        if versioned:
            return versioned[0]
        if prefix in names:
            return prefix
    return None


def find_library(name):
    return _findSoname_ldconfig(name) or _findLib_dirs(name)


def test():
    from ctypes import cdll
    print(cdll.LoadLibrary("libm.so.6"))
    print(find_library("m"))
    print(find_library("c"))
