"""Serialize Python objects to bytes and back: the pickle format of CPython 3.11, protocols 0-5.

The Pickler writes the same bytes as CPython's C pickler (framing, batching and memo rules
included); the Unpickler reads everything CPython writes, and fails on bad input only with
exceptions (UnpicklingError, EOFError, ValueError, ...), never by crashing or looping.
"""

import sys
import copyreg
from copyreg import dispatch_table, _extension_registry, _inverted_registry, _extension_cache
from struct import pack, unpack
import _compat_pickle

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler", "Unpickler",
           "dump", "dumps", "load", "loads", "PickleBuffer",
           "ADDITEMS", "APPEND", "APPENDS", "BINBYTES", "BINBYTES8", "BINFLOAT", "BINGET",
           "BININT", "BININT1", "BININT2", "BINPERSID", "BINPUT", "BINSTRING", "BINUNICODE",
           "BINUNICODE8", "BUILD", "BYTEARRAY8", "DEFAULT_PROTOCOL", "DICT", "DUP", "EMPTY_DICT",
           "EMPTY_LIST", "EMPTY_SET", "EMPTY_TUPLE", "EXT1", "EXT2", "EXT4", "FALSE", "FLOAT",
           "FRAME", "FROZENSET", "GET", "GLOBAL", "HIGHEST_PROTOCOL", "INST", "INT", "LIST",
           "LONG", "LONG1", "LONG4", "LONG_BINGET", "LONG_BINPUT", "MARK", "MEMOIZE",
           "NEWFALSE", "NEWOBJ", "NEWOBJ_EX", "NEWTRUE", "NEXT_BUFFER", "NONE", "OBJ", "PERSID",
           "POP", "POP_MARK", "PROTO", "PUT", "READONLY_BUFFER", "REDUCE", "SETITEM", "SETITEMS",
           "SHORT_BINBYTES", "SHORT_BINSTRING", "SHORT_BINUNICODE", "STACK_GLOBAL", "STOP",
           "STRING", "TRUE", "TUPLE", "TUPLE1", "TUPLE2", "TUPLE3", "UNICODE"]

format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]
HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4

bytes_types = (bytes, bytearray)


class PickleError(Exception):
    """A common base class for the other pickling exceptions."""


class PicklingError(PickleError):
    """This exception is raised when an unpicklable object is passed to the dump() method."""


class UnpicklingError(PickleError):
    """This exception is raised when there is a problem unpickling an object."""


class _Stop(Exception):
    def __init__(self, value):
        self.value = value


class PickleBuffer:
    """Wrapper for a buffer given out-of-band (protocol 5)."""

    def __init__(self, buffer):
        self._view = memoryview(buffer)

    def raw(self):
        if self._view is None:
            raise ValueError("operation forbidden on released PickleBuffer object")
        return self._view.cast("B") if self._view.format != "B" else self._view

    def release(self):
        self._view = None

    def __buffer__(self, flags):
        return self.raw()


# ---- opcodes (see CPython's pickletools for the descriptions) ----
MARK = b'('
STOP = b'.'
POP = b'0'
POP_MARK = b'1'
DUP = b'2'
FLOAT = b'F'
INT = b'I'
BININT = b'J'
BININT1 = b'K'
LONG = b'L'
BININT2 = b'M'
NONE = b'N'
PERSID = b'P'
BINPERSID = b'Q'
REDUCE = b'R'
STRING = b'S'
BINSTRING = b'T'
SHORT_BINSTRING = b'U'
UNICODE = b'V'
BINUNICODE = b'X'
APPEND = b'a'
BUILD = b'b'
GLOBAL = b'c'
DICT = b'd'
EMPTY_DICT = b'}'
APPENDS = b'e'
GET = b'g'
BINGET = b'h'
INST = b'i'
LONG_BINGET = b'j'
LIST = b'l'
EMPTY_LIST = b']'
OBJ = b'o'
PUT = b'p'
BINPUT = b'q'
LONG_BINPUT = b'r'
SETITEM = b's'
TUPLE = b't'
EMPTY_TUPLE = b')'
SETITEMS = b'u'
BINFLOAT = b'G'
TRUE = b'I01\n'
FALSE = b'I00\n'
PROTO = b'\x80'
NEWOBJ = b'\x81'
EXT1 = b'\x82'
EXT2 = b'\x83'
EXT4 = b'\x84'
TUPLE1 = b'\x85'
TUPLE2 = b'\x86'
TUPLE3 = b'\x87'
NEWTRUE = b'\x88'
NEWFALSE = b'\x89'
LONG1 = b'\x8a'
LONG4 = b'\x8b'
BINBYTES = b'B'
SHORT_BINBYTES = b'C'
SHORT_BINUNICODE = b'\x8c'
BINUNICODE8 = b'\x8d'
BINBYTES8 = b'\x8e'
EMPTY_SET = b'\x8f'
ADDITEMS = b'\x90'
FROZENSET = b'\x91'
NEWOBJ_EX = b'\x92'
STACK_GLOBAL = b'\x93'
MEMOIZE = b'\x94'
FRAME = b'\x95'
BYTEARRAY8 = b'\x96'
NEXT_BUFFER = b'\x97'
READONLY_BUFFER = b'\x98'

_TUPLESIZE2CODE = [EMPTY_TUPLE, TUPLE1, TUPLE2, TUPLE3]
_BATCHSIZE = 1000
_FRAME_SIZE_MIN = 4
_FRAME_SIZE_TARGET = 64 * 1024


# ---- helpers shared by both directions ----

def _getattribute(obj, name):
    """(attribute at dotted `name` of obj, its parent); AttributeError as CPython."""
    parent = None
    for subpath in name.split('.'):
        if subpath == '<locals>':
            raise AttributeError("Can't get local attribute {!r} on {!r}".format(name, obj))
        try:
            parent = obj
            obj = getattr(obj, subpath)
        except AttributeError:
            raise AttributeError("Can't get attribute {!r} on {!r}".format(name, obj)) from None
    return obj, parent


def whichmodule(obj, name):
    """The name of the module that defines obj (found by identity when __module__ is unset)."""
    module_name = getattr(obj, '__module__', None)
    if module_name is not None:
        return module_name
    for module_name, module in sys.modules.copy().items():
        if module_name == '__main__' or module_name == '__mp_main__' or module is None:
            continue
        try:
            if _getattribute(module, name)[0] is obj:
                return module_name
        except AttributeError:
            pass
    return '__main__'


def encode_long(x):
    """Little-endian two's complement bytes of x, as short as possible (b'' for 0)."""
    if x == 0:
        return b''
    nbytes = (x.bit_length() >> 3) + 1
    result = x.to_bytes(nbytes, byteorder='little', signed=True)
    if x < 0 and nbytes > 1:
        if result[-1] == 0xff and (result[-2] & 0x80) != 0:
            result = result[:-1]
    return result


def decode_long(data):
    return int.from_bytes(data, byteorder='little', signed=True)


def _raw_unicode_escape(s):
    """The pickler's raw-unicode-escape: \\uXXXX for non-latin-1, backslash, NUL, CR, LF, ^Z."""
    out = []
    for ch in s:
        c = ord(ch)
        if c >= 0x10000:
            out.append('\\U%08x' % c)
        elif c >= 256 or c in (0x5c, 0, 0x0a, 0x0d, 0x1a):
            out.append('\\u%04x' % c)
        else:
            out.append(ch)
    return ''.join(out).encode('latin-1')


def _raw_unicode_unescape(data):
    """Decodes raw-unicode-escape bytes (\\uXXXX, \\UXXXXXXXX; everything else latin-1)."""
    s = data.decode('latin-1')
    if '\\' not in s:
        return s
    out = []
    i = 0
    n = len(s)
    while i < n:
        ch = s[i]
        if ch != '\\':
            out.append(ch)
            i += 1
            continue
        # count the run of backslashes: an escape needs an odd count before u/U
        j = i
        while j < n and s[j] == '\\':
            j += 1
        run = j - i
        out.append('\\' * (run - 1))
        if run % 2 == 0 or j >= n or s[j] not in 'uU':
            out.append('\\')
            i = j
            continue
        width = 4 if s[j] == 'u' else 8
        digits = s[j + 1:j + 1 + width]
        if len(digits) != width or any(c not in '0123456789abcdefABCDEF' for c in digits):
            raise UnicodeDecodeError('rawunicodeescape', bytes(data), i, min(j + 1 + width, n),
                                     'truncated \\%sXXXX escape' % ('u' if width == 4 else 'UXXXX'))
        code = int(digits, 16)
        if code > 0x10ffff:
            raise UnicodeDecodeError('rawunicodeescape', bytes(data), i, j + 1 + width,
                                     '\\Uxxxxxxxx out of range')
        out.append(chr(code))
        i = j + 1 + width
    return ''.join(out)


_SIMPLE_ESCAPES = {'\n': '', '\\': '\\', "'": "'", '"': '"', 'a': '\a', 'b': '\b', 'f': '\f',
                   'n': '\n', 'r': '\r', 't': '\t', 'v': '\v'}


def _escape_decode(data):
    """Python 2 string-literal escapes to bytes (the STRING opcode's codecs.escape_decode)."""
    s = data.decode('latin-1')
    out = bytearray()
    i = 0
    n = len(s)
    while i < n:
        ch = s[i]
        i += 1
        if ch != '\\':
            out.append(ord(ch))
            continue
        if i >= n:
            raise ValueError("Trailing \\ in string")
        ch = s[i]
        i += 1
        if ch in _SIMPLE_ESCAPES:
            out += _SIMPLE_ESCAPES[ch].encode('latin-1')
        elif ch in '01234567':
            v = int(ch, 8)
            for _ in range(2):
                if i < n and s[i] in '01234567':
                    v = v * 8 + int(s[i], 8)
                    i += 1
            out.append(v & 0xff)
        elif ch == 'x':
            digits = s[i:i + 2]
            if len(digits) < 2 or any(c not in '0123456789abcdefABCDEF' for c in digits):
                raise ValueError("invalid \\x escape at position %d" % (i - 2))
            out.append(int(digits, 16))
            i += 2
        else:
            out.append(0x5c)
            out.append(ord(ch))
    return bytes(out)


# ---- pickling ----

class _Output:
    """The pickler's buffer with CPython's framing: a frame is reserved at the first write after
    a commit and closed when it reaches 64 KiB at an object boundary, or at the end (frames
    under 4 bytes are dropped). Payloads of 64 KiB or more are written outside frames."""

    def __init__(self):
        self.buf = bytearray()
        self.framing = False
        self.frame_start = -1

    def write(self, data):
        if self.frame_start == -1 and self.framing:
            self.frame_start = len(self.buf)
            self.buf += b'\0' * 9
        self.buf += data

    def commit_frame(self):
        if not self.framing or self.frame_start == -1:
            return
        start = self.frame_start
        length = len(self.buf) - start - 9
        if length >= _FRAME_SIZE_MIN:
            self.buf[start:start + 9] = FRAME + pack('<Q', length)
        else:
            del self.buf[start:start + 9]
        self.frame_start = -1

    def boundary(self):
        if self.framing and self.frame_start != -1:
            if len(self.buf) - self.frame_start - 9 >= _FRAME_SIZE_TARGET:
                self.commit_frame()

    def write_large(self, header, payload):
        if len(payload) >= _FRAME_SIZE_TARGET:
            self.commit_frame()
            framing = self.framing
            self.framing = False
            self.write(header)
            self.write(payload)
            self.framing = framing
        else:
            self.write(header)
            self.write(payload)


class _Pickler:
    """Pickler(file, protocol=None, *, fix_imports=True, buffer_callback=None)"""

    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif not 0 <= protocol <= HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
        if buffer_callback is not None and protocol < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        self._buffer_callback = buffer_callback
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute")
        self.memo = {}
        self.proto = int(protocol)
        self.bin = protocol >= 1
        self.fast = 0
        self.fix_imports = fix_imports and protocol < 3
        self._out = None

    def clear_memo(self):
        self.memo.clear()

    def dump(self, obj):
        """Write a pickled representation of obj to the open file."""
        if not hasattr(self, "_file_write"):
            raise PicklingError("Pickler.__init__() was not called by %s.__init__()"
                                % (self.__class__.__name__,))
        out = self._out = _Output()
        self._persistent_id = getattr(self, "persistent_id", None)
        self._reducer_override = getattr(self, "reducer_override", None)
        try:
            if self.proto >= 2:
                out.write(PROTO + pack("<B", self.proto))
                if self.proto >= 4:
                    out.framing = True
            self.save(obj)
            out.write(STOP)
            out.commit_frame()
        finally:
            self._out = None
        self._file_write(bytes(out.buf))

    # -- memo --

    def memoize(self, obj):
        if self.fast:
            return
        assert id(obj) not in self.memo
        idx = len(self.memo)
        self._out.write(self.put(idx))
        self.memo[id(obj)] = idx, obj

    def put(self, idx):
        if self.proto >= 4:
            return MEMOIZE
        if self.bin:
            if idx < 256:
                return BINPUT + pack("<B", idx)
            return LONG_BINPUT + pack("<I", idx)
        return PUT + repr(idx).encode("ascii") + b'\n'

    def get(self, i):
        if self.bin:
            if i < 256:
                return BINGET + pack("<B", i)
            return LONG_BINGET + pack("<I", i)
        return GET + repr(i).encode("ascii") + b'\n'

    # -- the dispatcher --

    def save(self, obj, save_persistent_id=True):
        # a full frame is closed before the next object starts (CPython's opcode boundary)
        out = self._out
        if out.frame_start != -1 and len(out.buf) - out.frame_start >= _FRAME_SIZE_TARGET + 9:
            out.commit_frame()
        write = out.write
        if save_persistent_id and self._persistent_id is not None:
            pid = self._persistent_id(obj)
            if pid is not None:
                self.save_pers(pid)
                return
        t = type(obj)
        # atoms: never memoized
        if obj is None:
            write(NONE)
            return
        if t is bool:
            self.save_bool(obj)
            return
        if t is int:
            self.save_long(obj)
            return
        if t is float:
            self.save_float(obj)
            return
        x = self.memo.get(id(obj))
        if x is not None:
            write(self.get(x[0]))
            return
        f = self._exact_savers.get(t)
        if f is not None:
            f(self, obj)
            return
        if t is PickleBuffer and self.proto >= 5:
            self.save_picklebuffer(obj)
            return

        rv = NotImplemented
        if self._reducer_override is not None:
            rv = self._reducer_override(obj)
        if rv is NotImplemented:
            if t is type:
                self.save_type(obj)
                return
            if t is _FunctionType:
                self.save_global(obj)
                return
            table = getattr(self, "dispatch_table", None)
            if table is None:
                table = dispatch_table
            reduce = table.get(t)
            if reduce is not None:
                rv = reduce(obj)
            elif issubclass(t, type):
                self.save_global(obj)
                return
            else:
                reduce = getattr(obj, "__reduce_ex__", None)
                if reduce is not None:
                    rv = reduce(self.proto)
                else:
                    reduce = getattr(obj, "__reduce__", None)
                    if reduce is None:
                        raise PicklingError("Can't pickle %r object: %r" % (t.__name__, obj))
                    rv = reduce()
        if isinstance(rv, str):
            self.save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError("__reduce__ must return a string or tuple")
        if not 2 <= len(rv) <= 6:
            raise PicklingError("tuple returned by __reduce__ must contain 2 through 6 elements")
        self.save_reduce(*rv, obj=obj)

    def save_pers(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self._out.write(BINPERSID)
        else:
            if not isinstance(pid, str):
                pid = str(pid)
            try:
                self._out.write(PERSID + pid.encode("ascii") + b'\n')
            except UnicodeEncodeError:
                raise PicklingError("persistent IDs in protocol 0 must be ASCII strings")

    def save_reduce(self, func, args, state=None, listitems=None, dictitems=None,
                    state_setter=None, *, obj=None):
        if not isinstance(args, tuple):
            raise PicklingError("second item of the tuple returned by __reduce__ must be a tuple")
        if not callable(func):
            raise PicklingError("first item of the tuple returned by __reduce__ must be callable")
        if listitems is not None and not hasattr(listitems, "__next__"):
            raise PicklingError("fourth element of the tuple returned by __reduce__ must be "
                                "an iterator, not %s" % type(listitems).__name__)
        if dictitems is not None and not hasattr(dictitems, "__next__"):
            raise PicklingError("fifth element of the tuple returned by __reduce__ must be "
                                "an iterator, not %s" % type(dictitems).__name__)
        if state_setter is not None and not callable(state_setter):
            raise PicklingError("sixth element of the tuple returned by __reduce__ must be "
                                "a function, not %s" % type(state_setter).__name__)
        save = self.save
        write = self._out.write
        func_name = getattr(func, "__name__", "") if self.proto >= 2 else ""
        if func_name == "__newobj_ex__":
            if len(args) != 3:
                raise PicklingError("length of the NEWOBJ_EX argument tuple must be exactly 3, "
                                    "not %d" % len(args))
            cls, args, kwargs = args
            if not isinstance(cls, type):
                raise PicklingError("first item from NEWOBJ_EX argument tuple must be a class, "
                                    "not %s" % type(cls).__name__)
            if not isinstance(args, tuple):
                raise PicklingError("second item from NEWOBJ_EX argument tuple must be a tuple, "
                                    "not %s" % type(args).__name__)
            if not isinstance(kwargs, dict):
                raise PicklingError("third item from NEWOBJ_EX argument tuple must be a dict, "
                                    "not %s" % type(kwargs).__name__)
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj_ex__ args has the wrong class")
            if self.proto >= 4:
                save(cls)
                save(args)
                save(kwargs)
                write(NEWOBJ_EX)
            else:
                from functools import partial
                save(partial(cls.__new__, cls, *args, **kwargs))
                save(())
                write(REDUCE)
        elif func_name == "__newobj__":
            if not args:
                raise PicklingError("__newobj__ arglist is empty")
            cls = args[0]
            if not isinstance(cls, type):
                raise PicklingError("args[0] from __newobj__ args is not a type")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj__ args has the wrong class")
            save(cls)
            save(args[1:])
            write(NEWOBJ)
        else:
            save(func)
            save(args)
            write(REDUCE)

        if obj is not None:
            x = self.memo.get(id(obj))
            if x is not None:
                # recursive: drop what was built and fetch the memoized object
                write(POP + self.get(x[0]))
                return
            self.memoize(obj)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                save(state)
                write(BUILD)
            else:
                save(state_setter)
                save(obj)
                save(state)
                write(TUPLE2)
                write(REDUCE)
                write(POP)

    # -- atoms --

    def save_bool(self, obj):
        if self.proto >= 2:
            self._out.write(NEWTRUE if obj else NEWFALSE)
        else:
            self._out.write(TRUE if obj else FALSE)

    def save_long(self, obj):
        write = self._out.write
        if -0x80000000 <= obj <= 0x7fffffff:
            if self.bin:
                if obj >= 0:
                    if obj <= 0xff:
                        write(BININT1 + pack("<B", obj))
                        return
                    if obj <= 0xffff:
                        write(BININT2 + pack("<H", obj))
                        return
                write(BININT + pack("<i", obj))
            else:
                write(INT + repr(obj).encode("ascii") + b'\n')
            return
        if self.proto >= 2:
            encoded = encode_long(obj)
            n = len(encoded)
            if n < 256:
                write(LONG1 + pack("<B", n) + encoded)
            else:
                write(LONG4 + pack("<i", n) + encoded)
            return
        write(LONG + repr(obj).encode("ascii") + b'L\n')

    def save_float(self, obj):
        if self.bin:
            self._out.write(BINFLOAT + pack('>d', obj))
        else:
            self._out.write(FLOAT + repr(obj).encode("ascii") + b'\n')

    # -- strings --

    def save_bytes(self, obj):
        if self.proto < 3:
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                import _codecs
                self.save_reduce(_codecs.encode, (str(obj, 'latin1'), 'latin1'), obj=obj)
            return
        n = len(obj)
        if n <= 0xff:
            header = SHORT_BINBYTES + pack("<B", n)
        elif n <= 0xffffffff:
            header = BINBYTES + pack("<I", n)
        elif self.proto >= 4:
            header = BINBYTES8 + pack("<Q", n)
        else:
            raise OverflowError("serializing a bytes object larger than 4 GiB requires "
                                "pickle protocol 4 or higher")
        self._out.write_large(header, obj)
        self.memoize(obj)

    def save_bytearray(self, obj):
        if self.proto < 5:
            self.save_reduce(bytearray, (bytes(obj),) if obj else (), obj=obj)
            return
        n = len(obj)
        self._out.write_large(BYTEARRAY8 + pack("<Q", n), bytes(obj))
        self.memoize(obj)

    def save_picklebuffer(self, obj):
        m = obj.raw()
        if not m.contiguous:
            raise PicklingError("PickleBuffer can not be pickled when pointing to a "
                                "non-contiguous buffer")
        in_band = True
        if self._buffer_callback is not None:
            in_band = bool(self._buffer_callback(obj))
        if in_band:
            if m.readonly:
                self.save_bytes(m.tobytes())
            else:
                self.save_bytearray(m.tobytes())
        else:
            self._out.write(NEXT_BUFFER)
            if m.readonly:
                self._out.write(READONLY_BUFFER)

    def save_str(self, obj):
        write = self._out
        if self.bin:
            encoded = obj.encode('utf-8', 'surrogatepass')
            n = len(encoded)
            if n <= 0xff and self.proto >= 4:
                header = SHORT_BINUNICODE + pack("<B", n)
            elif n <= 0xffffffff:
                header = BINUNICODE + pack("<I", n)
            elif self.proto >= 4:
                header = BINUNICODE8 + pack("<Q", n)
            else:
                raise OverflowError("serializing a string larger than 4 GiB requires "
                                    "pickle protocol 4 or higher")
            write.write_large(header, encoded)
        else:
            write.write(UNICODE + _raw_unicode_escape(obj) + b'\n')
        self.memoize(obj)

    # -- containers --

    def save_tuple(self, obj):
        write = self._out.write
        if not obj:
            write(EMPTY_TUPLE if self.bin else MARK + TUPLE)
            return
        n = len(obj)
        save = self.save
        memo = self.memo
        if n <= 3 and self.proto >= 2:
            for element in obj:
                save(element)
            if id(obj) in memo:
                write(POP * n + self.get(memo[id(obj)][0]))
            else:
                write(_TUPLESIZE2CODE[n])
                self.memoize(obj)
            return
        write(MARK)
        for element in obj:
            save(element)
        if id(obj) in memo:
            get = self.get(memo[id(obj)][0])
            if self.bin:
                write(POP_MARK + get)
            else:
                write(POP * (n + 1) + get)
            return
        write(TUPLE)
        self.memoize(obj)

    def save_list(self, obj):
        write = self._out.write
        write(EMPTY_LIST if self.bin else MARK + LIST)
        self.memoize(obj)
        if not obj:
            return
        if self.proto == 0:
            self._batch_appends(iter(obj))
            return
        save = self.save
        if len(obj) == 1:
            save(obj[0])
            write(APPEND)
            return
        total = 0
        while True:
            write(MARK)
            batch = 0
            while total < len(obj):
                save(obj[total])
                total += 1
                batch += 1
                if batch == _BATCHSIZE:
                    break
            write(APPENDS)
            if total >= len(obj):
                break

    def _batch_appends(self, items):
        save = self.save
        write = self._out.write
        if not self.bin:
            for x in items:
                save(x)
                write(APPEND)
            return
        it = iter(items)
        while True:
            tmp = []
            for x in it:
                tmp.append(x)
                if len(tmp) == _BATCHSIZE:
                    break
            n = len(tmp)
            if n > 1:
                write(MARK)
                for x in tmp:
                    save(x)
                write(APPENDS)
            elif n:
                save(tmp[0])
                write(APPEND)
            if n < _BATCHSIZE:
                return

    def save_dict(self, obj):
        write = self._out.write
        write(EMPTY_DICT if self.bin else MARK + DICT)
        self.memoize(obj)
        if not obj:
            return
        if self.proto == 0:
            self._batch_setitems(iter(obj.items()))
            return
        save = self.save
        size = len(obj)
        if size == 1:
            for k, v in obj.items():
                save(k)
                save(v)
            write(SETITEM)
            return
        it = iter(obj.items())
        while True:
            write(MARK)
            batch = 0
            for k, v in it:
                save(k)
                save(v)
                batch += 1
                if batch == _BATCHSIZE:
                    break
            write(SETITEMS)
            if len(obj) != size:
                raise RuntimeError("dictionary changed size during iteration")
            if batch != _BATCHSIZE:
                break

    def _batch_setitems(self, items):
        save = self.save
        write = self._out.write
        if not self.bin:
            for k, v in items:
                save(k)
                save(v)
                write(SETITEM)
            return
        it = iter(items)
        while True:
            tmp = []
            for x in it:
                tmp.append(x)
                if len(tmp) == _BATCHSIZE:
                    break
            n = len(tmp)
            if n > 1:
                write(MARK)
                for k, v in tmp:
                    save(k)
                    save(v)
                write(SETITEMS)
            elif n:
                k, v = tmp[0]
                save(k)
                save(v)
                write(SETITEM)
            if n < _BATCHSIZE:
                return

    def save_set(self, obj):
        if self.proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return
        write = self._out.write
        save = self.save
        write(EMPTY_SET)
        self.memoize(obj)
        size = len(obj)
        if not size:
            return
        it = iter(obj)
        while True:
            write(MARK)
            batch = 0
            for item in it:
                save(item)
                batch += 1
                if batch == _BATCHSIZE:
                    break
            write(ADDITEMS)
            if len(obj) != size:
                raise RuntimeError("set changed size during iteration")
            if batch != _BATCHSIZE:
                break

    def save_frozenset(self, obj):
        if self.proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return
        write = self._out.write
        write(MARK)
        for item in obj:
            self.save(item)
        x = self.memo.get(id(obj))
        if x is not None:
            write(POP_MARK + self.get(x[0]))
            return
        write(FROZENSET)
        self.memoize(obj)

    # -- classes and functions by reference --

    def save_global(self, obj, name=None):
        write = self._out.write
        if name is None:
            name = getattr(obj, '__qualname__', None)
            if name is None:
                name = obj.__name__
        if '<locals>' in name.split('.'):
            raise AttributeError("Can't pickle local object %r" % (name,))
        # interned, so that equal module names share one memo entry (as CPython's do)
        module_name = sys.intern(whichmodule(obj, name))
        try:
            __import__(module_name, level=0)
            module = sys.modules[module_name]
        except Exception:
            raise PicklingError("Can't pickle %r: import of module %r failed"
                                % (obj, module_name)) from None
        try:
            obj2, parent = _getattribute(module, name)
        except AttributeError:
            raise PicklingError("Can't pickle %r: attribute lookup %s on %s failed"
                                % (obj, name, module_name)) from None
        if obj2 is not obj:
            raise PicklingError("Can't pickle %r: it's not the same object as %s.%s"
                                % (obj, module_name, name))
        if self.proto >= 2:
            code = _extension_registry.get((module_name, name))
            if code:
                if code <= 0xff:
                    write(EXT1 + pack("<B", code))
                elif code <= 0xffff:
                    write(EXT2 + pack("<H", code))
                else:
                    write(EXT4 + pack("<i", code))
                return
        lastname = name.rpartition('.')[2]
        if parent is module:
            name = lastname
        if self.proto >= 4:
            self.save(module_name)
            self.save(name)
            write(STACK_GLOBAL)
        elif parent is not module:
            self.save_reduce(getattr, (parent, lastname))
        else:
            if self.fix_imports:
                r_name_mapping = _compat_pickle.REVERSE_NAME_MAPPING
                r_import_mapping = _compat_pickle.REVERSE_IMPORT_MAPPING
                if (module_name, name) in r_name_mapping:
                    module_name, name = r_name_mapping[(module_name, name)]
                elif module_name in r_import_mapping:
                    module_name = r_import_mapping[module_name]
            encoding = "utf-8" if self.proto >= 3 else "ascii"
            try:
                line = (bytes(module_name, encoding) + b'\n' + bytes(name, encoding) + b'\n')
            except UnicodeEncodeError:
                raise PicklingError("can't pickle global identifier '%s.%s' using pickle "
                                    "protocol %i" % (module_name, name, self.proto)) from None
            write(GLOBAL + line)
        self.memoize(obj)

    def save_type(self, obj):
        if obj is type(None):
            return self.save_reduce(type, (None,), obj=obj)
        if obj is type(NotImplemented):
            return self.save_reduce(type, (NotImplemented,), obj=obj)
        if obj is type(...):
            return self.save_reduce(type, (...,), obj=obj)
        return self.save_global(obj)

    _exact_savers = {}


_FunctionType = type(_getattribute)
_Pickler._exact_savers = {
    bytes: _Pickler.save_bytes, str: _Pickler.save_str, dict: _Pickler.save_dict,
    set: _Pickler.save_set, frozenset: _Pickler.save_frozenset, list: _Pickler.save_list,
    tuple: _Pickler.save_tuple, bytearray: _Pickler.save_bytearray,
}


# ---- unpickling ----

class _Input:
    """The unpickler's reader: an in-memory buffer (the whole pickle for loads, the current
    frame plus leftovers for a file), refilled from the file when one is given. As CPython,
    frames are checked for length but opcodes may cross frame ends."""

    def __init__(self, data=None, file=None):
        self.file = file
        self.data = data if data is not None else b''
        self.pos = 0
        self.end = len(self.data)

    def read(self, n):
        pos = self.pos
        end = pos + n
        if end <= self.end:
            self.pos = end
            return self.data[pos:end]
        return self._read_file(n)

    def _take_rest(self):
        head = self.data[self.pos:self.end]
        self.data = b''
        self.pos = self.end = 0
        return head

    def _read_file(self, n):
        if self.file is None or n < 0:
            raise UnpicklingError("pickle data was truncated")
        head = self._take_rest()
        want = n - len(head)
        more = self.file.read(want)
        if not isinstance(more, (bytes, bytearray)) or len(more) != want:
            raise UnpicklingError("pickle data was truncated")
        return head + bytes(more)

    def readline(self):
        i = self.data.find(b'\n', self.pos, self.end)
        if i >= 0:
            r = self.data[self.pos:i + 1]
            self.pos = i + 1
            return r
        if self.file is None:
            raise UnpicklingError("pickle data was truncated")
        r = self._take_rest() + bytes(self.file.readline())
        if not r.endswith(b'\n'):
            raise UnpicklingError("pickle data was truncated")
        return r

    def load_frame(self, size):
        if self.file is None:
            if size > self.end - self.pos:
                raise UnpicklingError("pickle data was truncated")
            return
        if size <= self.end - self.pos:
            return
        self.data = self._read_file(size)
        self.pos = 0
        self.end = len(self.data)


class _Unpickler:
    """Unpickler(file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=None)"""

    def __init__(self, file, *, fix_imports=True, encoding="ASCII", errors="strict",
                 buffers=None):
        self._buffers = iter(buffers) if buffers is not None else None
        if not hasattr(file, "read") or not hasattr(file, "readline"):
            raise TypeError("file must have 'read' and 'readline' attributes")
        self._file = file
        self.memo = {}
        self.encoding = encoding
        self.errors = errors
        self.proto = 0
        self.fix_imports = fix_imports

    def load(self):
        """Read a pickled object representation from the open file."""
        if not hasattr(self, "_file"):
            raise UnpicklingError("Unpickler.__init__() was not called by %s.__init__()"
                                  % (self.__class__.__name__,))
        src = self._file
        if isinstance(src, _BytesSource):
            self._in = _Input(data=src.data)
        else:
            self._in = _Input(file=src)
        self.metastack = []
        self.stack = []
        self.append = self.stack.append
        self.proto = 0
        read = self._in.read
        dispatch = self.dispatch
        try:
            while True:
                try:
                    key = read(1)
                except UnpicklingError:
                    raise EOFError("Ran out of input") from None
                f = dispatch.get(key[0])
                if f is None:
                    c = key[0]
                    if 0x20 <= c < 0x7f:
                        raise UnpicklingError("invalid load key, '%s'." % chr(c))
                    raise UnpicklingError("invalid load key, '\\x%02x'." % c)
                f(self)
        except _Stop as stopinst:
            return stopinst.value
        finally:
            self._in = None

    # -- stack helpers: the stack above the last MARK is self.stack --

    def _underflow(self):
        if self.metastack:
            return UnpicklingError("unexpected MARK found")
        return UnpicklingError("unpickling stack underflow")

    def _pop(self):
        if not self.stack:
            raise self._underflow()
        return self.stack.pop()

    def _top(self):
        if not self.stack:
            raise self._underflow()
        return self.stack[-1]

    def pop_mark(self):
        if not self.metastack:
            raise UnpicklingError("could not find MARK")
        items = self.stack
        self.stack = self.metastack.pop()
        self.append = self.stack.append
        return items

    def persistent_load(self, pid):
        raise UnpicklingError("A load persistent id instruction was encountered,\n"
                              "but no persistent_load function was specified.")

    def find_class(self, module, name):
        if self.proto < 3 and self.fix_imports:
            if (module, name) in _compat_pickle.NAME_MAPPING:
                module, name = _compat_pickle.NAME_MAPPING[(module, name)]
            elif module in _compat_pickle.IMPORT_MAPPING:
                module = _compat_pickle.IMPORT_MAPPING[module]
        __import__(module, level=0)
        if self.proto >= 4:
            return _getattribute(sys.modules[module], name)[0]
        return getattr(sys.modules[module], name)

    # -- opcode implementations --

    def load_proto(self):
        proto = self._in.read(1)[0]
        if not 0 <= proto <= HIGHEST_PROTOCOL:
            raise ValueError("unsupported pickle protocol: %d" % proto)
        self.proto = proto

    def load_frame(self):
        size, = unpack('<Q', self._in.read(8))
        if size > sys.maxsize:
            raise ValueError("frame size > sys.maxsize: %d" % size)
        self._in.load_frame(size)

    def load_persid(self):
        try:
            pid = self._in.readline()[:-1].decode("ascii")
        except UnicodeDecodeError:
            raise UnpicklingError("persistent IDs in protocol 0 must be ASCII strings")
        self.append(self.persistent_load(pid))

    def load_binpersid(self):
        pid = self._pop()
        self.append(self.persistent_load(pid))

    def load_none(self):
        self.append(None)

    def load_false(self):
        self.append(False)

    def load_true(self):
        self.append(True)

    def load_int(self):
        data = self._in.readline()
        if data == b'00\n':
            val = False
        elif data == b'01\n':
            val = True
        else:
            val = _parse_int(data[:-1], base0=True)
        self.append(val)

    def load_binint(self):
        self.append(unpack('<i', self._in.read(4))[0])

    def load_binint1(self):
        self.append(self._in.read(1)[0])

    def load_binint2(self):
        self.append(unpack('<H', self._in.read(2))[0])

    def load_long(self):
        val = self._in.readline()[:-1]
        if val and val[-1] == ord('L'):
            val = val[:-1]
        self.append(_parse_int(val, base0=True))

    def load_long1(self):
        n = self._in.read(1)[0]
        self.append(decode_long(self._in.read(n)))

    def load_long4(self):
        n, = unpack('<i', self._in.read(4))
        if n < 0:
            raise UnpicklingError("LONG pickle has negative byte count")
        self.append(decode_long(self._in.read(n)))

    def load_float(self):
        data = self._in.readline()[:-1]
        try:
            value = float(data.decode("ascii"))
        except (UnicodeDecodeError, ValueError):
            raise ValueError("could not convert string to float") from None
        self.append(value)

    def load_binfloat(self):
        self.append(unpack('>d', self._in.read(8))[0])

    def _decode_string(self, value):
        if self.encoding == "bytes":
            return value
        return value.decode(self.encoding, self.errors)

    def load_string(self):
        data = self._in.readline()[:-1]
        if len(data) >= 2 and data[0] == data[-1] and data[0] in b'"\'':
            data = data[1:-1]
        else:
            raise UnpicklingError("the STRING opcode argument must be quoted")
        self.append(self._decode_string(_escape_decode(data)))

    def load_binstring(self):
        n, = unpack('<i', self._in.read(4))
        if n < 0:
            raise UnpicklingError("BINSTRING pickle has negative byte count")
        self.append(self._decode_string(self._in.read(n)))

    def load_short_binstring(self):
        n = self._in.read(1)[0]
        self.append(self._decode_string(self._in.read(n)))

    def load_binbytes(self):
        n, = unpack('<I', self._in.read(4))
        if n > sys.maxsize:
            raise UnpicklingError("BINBYTES exceeds system's maximum size of %d bytes"
                                  % sys.maxsize)
        self.append(bytes(self._in.read(n)))

    def load_short_binbytes(self):
        n = self._in.read(1)[0]
        self.append(bytes(self._in.read(n)))

    def load_binbytes8(self):
        n, = unpack('<Q', self._in.read(8))
        if n > sys.maxsize:
            raise UnpicklingError("BINBYTES8 exceeds system's maximum size of %d bytes"
                                  % sys.maxsize)
        self.append(bytes(self._in.read(n)))

    def load_bytearray8(self):
        n, = unpack('<Q', self._in.read(8))
        if n > sys.maxsize:
            raise UnpicklingError("BYTEARRAY8 exceeds system's maximum size of %d bytes"
                                  % sys.maxsize)
        self.append(bytearray(self._in.read(n)))

    def load_next_buffer(self):
        if self._buffers is None:
            raise UnpicklingError("pickle stream refers to out-of-band data "
                                  "but no *buffers* argument was given")
        try:
            buf = next(self._buffers)
        except StopIteration:
            raise UnpicklingError("not enough out-of-band buffers")
        self.append(buf)

    def load_readonly_buffer(self):
        buf = self._top()
        if not isinstance(buf, (bytes, memoryview)):
            m = memoryview(buf)
            if not m.readonly:
                self.stack[-1] = bytes(m)

    def load_unicode(self):
        self.append(_raw_unicode_unescape(self._in.readline()[:-1]))

    def load_binunicode(self):
        n, = unpack('<I', self._in.read(4))
        if n > sys.maxsize:
            raise UnpicklingError("BINUNICODE exceeds system's maximum size of %d bytes"
                                  % sys.maxsize)
        self.append(str(self._in.read(n), 'utf-8', 'surrogatepass'))

    def load_binunicode8(self):
        n, = unpack('<Q', self._in.read(8))
        if n > sys.maxsize:
            raise UnpicklingError("BINUNICODE8 exceeds system's maximum size of %d bytes"
                                  % sys.maxsize)
        self.append(str(self._in.read(n), 'utf-8', 'surrogatepass'))

    def load_short_binunicode(self):
        n = self._in.read(1)[0]
        self.append(str(self._in.read(n), 'utf-8', 'surrogatepass'))

    def load_tuple(self):
        items = self.pop_mark()
        self.append(tuple(items))

    def load_empty_tuple(self):
        self.append(())

    def load_tuple1(self):
        if len(self.stack) < 1:
            raise self._underflow()
        self.stack[-1] = (self.stack[-1],)

    def load_tuple2(self):
        if len(self.stack) < 2:
            raise self._underflow()
        self.stack[-2:] = [(self.stack[-2], self.stack[-1])]

    def load_tuple3(self):
        if len(self.stack) < 3:
            raise self._underflow()
        self.stack[-3:] = [(self.stack[-3], self.stack[-2], self.stack[-1])]

    def load_empty_list(self):
        self.append([])

    def load_empty_dictionary(self):
        self.append({})

    def load_empty_set(self):
        self.append(set())

    def load_frozenset(self):
        items = self.pop_mark()
        self.append(frozenset(items))

    def load_list(self):
        items = self.pop_mark()
        self.append(items)

    def load_dict(self):
        items = self.pop_mark()
        if len(items) % 2:
            raise UnpicklingError("odd number of items for DICT")
        d = {}
        for i in range(0, len(items), 2):
            d[items[i]] = items[i + 1]
        self.append(d)

    def _instantiate(self, klass, args):
        if (args or not isinstance(klass, type) or hasattr(klass, "__getinitargs__")):
            try:
                value = klass(*args)
            except TypeError as err:
                raise TypeError("in constructor for %s: %s" % (klass.__name__, str(err)),
                                err.__traceback__)
        else:
            value = klass.__new__(klass)
        self.append(value)

    def load_inst(self):
        module = self._in.readline()[:-1].decode("ascii")
        name = self._in.readline()[:-1].decode("ascii")
        klass = self.find_class(module, name)
        self._instantiate(klass, self.pop_mark())

    def load_obj(self):
        args = self.pop_mark()
        if not args:
            raise self._underflow()
        cls = args.pop(0)
        self._instantiate(cls, args)

    def load_newobj(self):
        args = self._pop()
        cls = self._pop()
        if not isinstance(cls, type):
            raise UnpicklingError("NEWOBJ class argument isn't a type object")
        if not isinstance(args, tuple):
            raise UnpicklingError("NEWOBJ expected an arg tuple.")
        self.append(cls.__new__(cls, *args))

    def load_newobj_ex(self):
        kwargs = self._pop()
        args = self._pop()
        cls = self._pop()
        if not isinstance(cls, type):
            raise UnpicklingError("NEWOBJ_EX class argument must be a type, not %s"
                                  % type(cls).__name__)
        if not isinstance(args, tuple):
            raise UnpicklingError("NEWOBJ_EX args argument must be a tuple, not %s"
                                  % type(args).__name__)
        if not isinstance(kwargs, dict):
            raise UnpicklingError("NEWOBJ_EX kwargs argument must be a dict, not %s"
                                  % type(kwargs).__name__)
        self.append(cls.__new__(cls, *args, **kwargs))

    def load_global(self):
        module = self._in.readline()[:-1].decode("utf-8")
        name = self._in.readline()[:-1].decode("utf-8")
        self.append(self.find_class(module, name))

    def load_stack_global(self):
        name = self._pop()
        module = self._pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError("STACK_GLOBAL requires str")
        self.append(self.find_class(module, name))

    def load_ext1(self):
        self.get_extension(self._in.read(1)[0])

    def load_ext2(self):
        self.get_extension(unpack('<H', self._in.read(2))[0])

    def load_ext4(self):
        self.get_extension(unpack('<i', self._in.read(4))[0])

    def get_extension(self, code):
        nil = []
        obj = _extension_cache.get(code, nil)
        if obj is not nil:
            self.append(obj)
            return
        key = _inverted_registry.get(code)
        if not key:
            if code <= 0:
                raise UnpicklingError("EXT specifies code <= 0")
            raise ValueError("unregistered extension code %d" % code)
        obj = self.find_class(*key)
        _extension_cache[code] = obj
        self.append(obj)

    def load_reduce(self):
        args = self._pop()
        func = self._top()
        if not isinstance(args, tuple):
            raise TypeError("argument list must be a tuple")
        self.stack[-1] = func(*args)

    def load_pop(self):
        if self.stack:
            del self.stack[-1]
        elif self.metastack:
            self.pop_mark()
        else:
            raise self._underflow()

    def load_pop_mark(self):
        self.pop_mark()

    def load_dup(self):
        self.append(self._top())

    def _memo_get(self, i):
        try:
            self.append(self.memo[i])
        except KeyError:
            raise UnpicklingError("Memo value not found at index %d" % i) from None

    def load_get(self):
        line = self._in.readline()[:-1]
        self._memo_get(_parse_int(line))

    def load_binget(self):
        self._memo_get(self._in.read(1)[0])

    def load_long_binget(self):
        self._memo_get(unpack('<I', self._in.read(4))[0])

    def load_put(self):
        i = _parse_int(self._in.readline()[:-1])
        if i < 0:
            raise ValueError("negative PUT argument")
        self.memo[i] = self._top()

    def load_binput(self):
        i = self._in.read(1)[0]
        self.memo[i] = self._top()

    def load_long_binput(self):
        i, = unpack('<I', self._in.read(4))
        if i > sys.maxsize:
            raise ValueError("negative LONG_BINPUT argument")
        self.memo[i] = self._top()

    def load_memoize(self):
        self.memo[len(self.memo)] = self._top()

    def load_append(self):
        value = self._pop()
        lst = self._top()
        if type(lst) is list:
            lst.append(value)
            return
        extend = getattr(lst, "extend", None)
        if extend is not None:
            extend([value])
        else:
            lst.append(value)

    def load_appends(self):
        items = self.pop_mark()
        list_obj = self._top()
        if type(list_obj) is list:
            list_obj.extend(items)
            return
        try:
            extend = list_obj.extend
        except AttributeError:
            pass
        else:
            extend(items)
            return
        append = list_obj.append
        for item in items:
            append(item)

    def load_setitem(self):
        value = self._pop()
        key = self._pop()
        d = self._top()
        d[key] = value

    def load_setitems(self):
        items = self.pop_mark()
        d = self._top()
        if len(items) % 2:
            raise UnpicklingError("odd number of items for SETITEMS")
        for i in range(0, len(items), 2):
            d[items[i]] = items[i + 1]

    def load_additems(self):
        items = self.pop_mark()
        set_obj = self._top()
        if isinstance(set_obj, set):
            set_obj.update(items)
        else:
            add = set_obj.add
            for item in items:
                add(item)

    def load_build(self):
        state = self._pop()
        inst = self._top()
        setstate = getattr(inst, "__setstate__", None)
        if setstate is not None:
            setstate(state)
            return
        slotstate = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        if state:
            if not isinstance(state, dict):
                raise UnpicklingError("state is not a dictionary")
            inst_dict = inst.__dict__
            intern = sys.intern
            for k, v in state.items():
                if type(k) is str:
                    inst_dict[intern(k)] = v
                else:
                    inst_dict[k] = v
        if slotstate:
            if not isinstance(slotstate, dict):
                raise UnpicklingError("slot state is not a dictionary")
            for k, v in slotstate.items():
                setattr(inst, k, v)

    def load_mark(self):
        self.metastack.append(self.stack)
        self.stack = []
        self.append = self.stack.append

    def load_stop(self):
        value = self._pop()
        raise _Stop(value)

    dispatch = {}


def _parse_int(data, base0=False):
    """int of an INT/LONG (C strtol base 0) or GET/PUT (base 10) argument line, without the
    newline; ValueError as CPython."""
    try:
        s = data.decode("ascii")
        if base0:
            t = s.strip().lstrip("+-")
            if len(t) > 1 and t[0] == "0" and t.isdigit():
                return int(s, 8)
            return int(s, 0)
        return int(s)
    except (UnicodeDecodeError, ValueError):
        raise ValueError("could not convert string to int") from None


_Unpickler.dispatch = {
    PROTO[0]: _Unpickler.load_proto, FRAME[0]: _Unpickler.load_frame,
    PERSID[0]: _Unpickler.load_persid, BINPERSID[0]: _Unpickler.load_binpersid,
    NONE[0]: _Unpickler.load_none, NEWFALSE[0]: _Unpickler.load_false,
    NEWTRUE[0]: _Unpickler.load_true, INT[0]: _Unpickler.load_int,
    BININT[0]: _Unpickler.load_binint, BININT1[0]: _Unpickler.load_binint1,
    BININT2[0]: _Unpickler.load_binint2, LONG[0]: _Unpickler.load_long,
    LONG1[0]: _Unpickler.load_long1, LONG4[0]: _Unpickler.load_long4,
    FLOAT[0]: _Unpickler.load_float, BINFLOAT[0]: _Unpickler.load_binfloat,
    STRING[0]: _Unpickler.load_string, BINSTRING[0]: _Unpickler.load_binstring,
    SHORT_BINSTRING[0]: _Unpickler.load_short_binstring,
    BINBYTES[0]: _Unpickler.load_binbytes, SHORT_BINBYTES[0]: _Unpickler.load_short_binbytes,
    BINBYTES8[0]: _Unpickler.load_binbytes8, BYTEARRAY8[0]: _Unpickler.load_bytearray8,
    NEXT_BUFFER[0]: _Unpickler.load_next_buffer,
    READONLY_BUFFER[0]: _Unpickler.load_readonly_buffer,
    UNICODE[0]: _Unpickler.load_unicode, BINUNICODE[0]: _Unpickler.load_binunicode,
    BINUNICODE8[0]: _Unpickler.load_binunicode8,
    SHORT_BINUNICODE[0]: _Unpickler.load_short_binunicode,
    TUPLE[0]: _Unpickler.load_tuple, EMPTY_TUPLE[0]: _Unpickler.load_empty_tuple,
    TUPLE1[0]: _Unpickler.load_tuple1, TUPLE2[0]: _Unpickler.load_tuple2,
    TUPLE3[0]: _Unpickler.load_tuple3, EMPTY_LIST[0]: _Unpickler.load_empty_list,
    EMPTY_DICT[0]: _Unpickler.load_empty_dictionary, EMPTY_SET[0]: _Unpickler.load_empty_set,
    FROZENSET[0]: _Unpickler.load_frozenset, LIST[0]: _Unpickler.load_list,
    DICT[0]: _Unpickler.load_dict, INST[0]: _Unpickler.load_inst, OBJ[0]: _Unpickler.load_obj,
    NEWOBJ[0]: _Unpickler.load_newobj, NEWOBJ_EX[0]: _Unpickler.load_newobj_ex,
    GLOBAL[0]: _Unpickler.load_global, STACK_GLOBAL[0]: _Unpickler.load_stack_global,
    EXT1[0]: _Unpickler.load_ext1, EXT2[0]: _Unpickler.load_ext2, EXT4[0]: _Unpickler.load_ext4,
    REDUCE[0]: _Unpickler.load_reduce, POP[0]: _Unpickler.load_pop,
    POP_MARK[0]: _Unpickler.load_pop_mark, DUP[0]: _Unpickler.load_dup,
    GET[0]: _Unpickler.load_get, BINGET[0]: _Unpickler.load_binget,
    LONG_BINGET[0]: _Unpickler.load_long_binget, PUT[0]: _Unpickler.load_put,
    BINPUT[0]: _Unpickler.load_binput, LONG_BINPUT[0]: _Unpickler.load_long_binput,
    MEMOIZE[0]: _Unpickler.load_memoize, APPEND[0]: _Unpickler.load_append,
    APPENDS[0]: _Unpickler.load_appends, SETITEM[0]: _Unpickler.load_setitem,
    SETITEMS[0]: _Unpickler.load_setitems, ADDITEMS[0]: _Unpickler.load_additems,
    BUILD[0]: _Unpickler.load_build, MARK[0]: _Unpickler.load_mark,
    STOP[0]: _Unpickler.load_stop,
}


class _BytesSource:
    """What loads() hands to the Unpickler: the data itself, read without a file object."""

    def __init__(self, data):
        if isinstance(data, str):
            raise TypeError("Can't load pickle from unicode string")
        self.data = bytes(data)

    def read(self, n=-1):
        raise NotImplementedError

    def readline(self):
        raise NotImplementedError


class _BytesFile:
    def __init__(self):
        self.chunks = []

    def write(self, data):
        self.chunks.append(data)
        return len(data)


def _dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    _Pickler(file, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)


def _dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    f = _BytesFile()
    _Pickler(f, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)
    return b''.join(f.chunks)


def _load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    return _Unpickler(file, fix_imports=fix_imports, buffers=buffers,
                      encoding=encoding, errors=errors).load()


def _loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    return _Unpickler(_BytesSource(data), fix_imports=fix_imports, buffers=buffers,
                      encoding=encoding, errors=errors).load()


Pickler, Unpickler = _Pickler, _Unpickler
dump, dumps, load, loads = _dump, _dumps, _load, _loads
