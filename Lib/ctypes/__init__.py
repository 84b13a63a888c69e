"""ctypes for SwiftPy: C types, shared libraries and foreign calls through libffi.

The native half is the built-in `_ctypes` module (CExtensions/runtime/ctypes_*.c: dlopen, raw
memory, ffi_call, closures); the type system lives in ctypes._cdata, ctypes._aggregate and
ctypes._funcptr. The public names are CPython's. See docs/CTYPES.md.
"""
import os as _os
import sys as _sys
import _ctypes as _n

from ctypes._cdata import (ArgumentError, _CData, _SimpleCData, _CArgObject, c_bool, c_char, c_wchar, c_byte,
                           c_ubyte, c_short, c_ushort, c_int, c_uint, c_long, c_ulong, c_longlong, c_ulonglong,
                           c_float, c_double, c_longdouble, c_char_p, c_wchar_p, c_void_p, py_object,
                           _NATIVE_LOAD, _NATIVE_STORE, _keep, _addr_raw)
from ctypes._aggregate import (Array, ARRAY, _Pointer, POINTER, pointer, SetPointerType, Structure, Union,
                               _array_type, _pointer_type_cache)
from ctypes._funcptr import (CFuncPtr as _CFuncPtr, CFUNCTYPE, PYFUNCTYPE, FUNCFLAG_CDECL as _FUNCFLAG_CDECL,
                             FUNCFLAG_PYTHONAPI as _FUNCFLAG_PYTHONAPI, FUNCFLAG_USE_ERRNO as _FUNCFLAG_USE_ERRNO,
                             FUNCFLAG_USE_LASTERROR as _FUNCFLAG_USE_LASTERROR)

__version__ = "1.1.0"

RTLD_LOCAL = _n.RTLD_LOCAL
RTLD_GLOBAL = _n.RTLD_GLOBAL
DEFAULT_MODE = RTLD_LOCAL

c_voidp = c_void_p
c_int8 = c_byte
c_uint8 = c_ubyte
c_int16 = c_short
c_uint16 = c_ushort
c_int32 = c_int
c_uint32 = c_uint
c_int64 = c_long if c_long._size_ == 8 else c_longlong
c_uint64 = c_ulong if c_ulong._size_ == 8 else c_ulonglong
c_size_t = c_ulong
c_ssize_t = c_long


def sizeof(obj):
    size = getattr(obj, "_size_", None)
    if size is None or not isinstance(size, int):
        raise TypeError("this type has no size")
    return size


def alignment(obj):
    align = getattr(obj, "_align_", None)
    if align is None or not isinstance(align, int):
        raise TypeError("no alignment info")
    return align


def addressof(obj):
    if not isinstance(obj, _CData):
        raise TypeError("invalid type")
    return obj._b_addr_


def byref(obj, offset=0):
    if not isinstance(obj, _CData):
        raise TypeError("byref() argument must be a ctypes instance, not '%s'" % type(obj).__name__)
    return _CArgObject("P", obj._b_addr_ + offset, obj)


def _is_pointer_type(tp):
    kind = getattr(tp, "_kind_", None)
    return kind == "pointer" or kind == "func" or (kind == "simple" and tp._code_ in "zZP")


def cast(obj, typ):
    if obj is None or isinstance(obj, int):
        addr = obj
    elif isinstance(obj, bytes):
        addr = _n.buffer(obj, False)[1]
    else:
        ok, addr = _addr_raw(obj)
        if not ok:
            as_param = getattr(obj, "_as_parameter_", None)
            if as_param is None:
                raise ArgumentError("argument 1: TypeError: wrong type")
            return cast(as_param, typ)
    if not _is_pointer_type(typ):
        raise TypeError("cast() argument 2 must be a pointer type, not %s" % getattr(typ, "__name__", typ))
    result = typ.__new__(typ)
    _NATIVE_STORE(result._b_addr_, "P", addr)
    if isinstance(obj, (_CData, bytes)):
        # the result keeps the source alive, as CPython does
        result._objects = {id(obj): obj}
        if isinstance(obj, _CData) and obj._objects is not None:
            result._objects.update(obj._objects if isinstance(obj._objects, dict) else {})
    if typ._kind_ == "func":
        result._argtypes = None if typ._argtypes_ is None else tuple(typ._argtypes_)
        result._restype = typ._restype_
        result._errcheck = None
        result._callable = None
        result._closure = None
        result._prepare()
    return result


def _void_p(obj):
    """The address a void* parameter receives for obj (ints, None, bytes, str, ctypes objects)."""
    if obj is None or isinstance(obj, int):
        return obj
    code, raw, keep = c_void_p._param_(obj)
    if isinstance(raw, bytes):
        return _n.buffer(raw, False)[1]
    if isinstance(raw, str):
        raise TypeError("str not supported here")
    return raw


def memmove(dst, src, count):
    return _n.memmove(_void_p(dst), _void_p(src), count)


def memset(dst, c, count):
    return _n.memset(_void_p(dst), c, count)


def string_at(ptr, size=-1):
    return _n.string_at(_void_p(ptr), size)


def wstring_at(ptr, size=-1):
    return _n.wstring_at(_void_p(ptr), size)


def create_string_buffer(init, size=None):
    if isinstance(init, bytes):
        if size is None:
            size = len(init) + 1
        buf = (c_char * size)()
        buf.value = init
        return buf
    if isinstance(init, int):
        return (c_char * init)()
    raise TypeError(init)


def create_unicode_buffer(init, size=None):
    if isinstance(init, str):
        if size is None:
            size = len(init) + 1
        buf = (c_wchar * size)()
        buf.value = init
        return buf
    if isinstance(init, int):
        return (c_wchar * init)()
    raise TypeError(init)


c_buffer = create_string_buffer


def get_errno():
    return _n.get_errno()


def set_errno(value):
    return _n.set_errno(value)


def _dlopen(name, mode=DEFAULT_MODE):
    return _n.dlopen(name, mode)


class CDLL:
    """A loaded shared library; its functions are attributes (or items) of the object."""
    _func_flags_ = _FUNCFLAG_CDECL
    _func_restype_ = c_int
    _name = "<uninitialized>"
    _handle = 0
    _FuncPtr = None

    def __init__(self, name, mode=DEFAULT_MODE, handle=None, use_errno=False, use_last_error=False,
                 winmode=None):
        if name is not None:
            name = _os.fspath(name)
        self._name = name
        flags = self._func_flags_
        if use_errno:
            flags |= _FUNCFLAG_USE_ERRNO
        if use_last_error:
            flags |= _FUNCFLAG_USE_LASTERROR

        class _FuncPtr(_CFuncPtr):
            _flags_ = flags
            _restype_ = self._func_restype_
        self._FuncPtr = _FuncPtr
        self._handle = _n.dlopen(name, mode) if handle is None else handle

    def __repr__(self):
        return "<%s '%s', handle %x at %#x>" % (type(self).__name__, self._name, self._handle & (2 ** 64 - 1),
                                                id(self) & (2 ** 64 - 1))

    def __getattr__(self, name):
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        func = self.__getitem__(name)
        setattr(self, name, func)
        return func

    def __getitem__(self, name_or_ordinal):
        func = self._FuncPtr((name_or_ordinal, self))
        if not isinstance(name_or_ordinal, int):
            func.__name__ = name_or_ordinal
        return func


class PyDLL(CDLL):
    """A library whose functions use the Python C API: the GIL is kept and errors are checked."""
    _func_flags_ = _FUNCFLAG_CDECL | _FUNCFLAG_PYTHONAPI


class LibraryLoader:
    def __init__(self, dlltype):
        self._dlltype = dlltype

    def __getattr__(self, name):
        if name[0] == "_":
            raise AttributeError(name)
        dll = self._dlltype(name)
        setattr(self, name, dll)
        return dll

    def __getitem__(self, name):
        return getattr(self, name)

    def LoadLibrary(self, name):
        return self._dlltype(name)

    __class_getitem__ = classmethod(lambda cls, item: cls)


cdll = LibraryLoader(CDLL)
pydll = LibraryLoader(PyDLL)
pythonapi = PyDLL(None)


def PyObj_FromPtr(address):
    return _n.object_at(address)


def DllCanUnloadNow():
    return 0
