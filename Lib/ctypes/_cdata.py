"""ctypes core: the _CData base, its metaclass machinery and the simple types.

Every ctypes instance addresses its memory by an integer `_b_addr_`. Memory it owns is kept by
`_b_mem_` (a native capsule from _ctypes.alloc, or a buffer export for from_buffer); a view into
another instance keeps that instance in `_b_base_`. Objects whose memory a value points into
(bytes for c_char_p, a wide string, the target of a pointer) are kept in the root's `_objects`.

Each type carries its layout: `_size_`, `_align_`, `_kind_` ('simple', 'array', 'pointer',
'struct', 'union', 'func') and `_ffi_` (the libffi descriptor: a type code or a struct capsule).
"""
import _ctypes as _n

_NATIVE_STORE = _n.store
_NATIVE_LOAD = _n.load
_NATIVE_ALLOC = _n.alloc


class ArgumentError(Exception):
    pass


ArgumentError.__module__ = "ctypes"


class _CDataMeta(type):
    """Methods every ctypes type has (CPython puts them on each metaclass)."""

    def __mul__(cls, length):
        from ctypes._aggregate import _array_type
        return _array_type(cls, length)

    __rmul__ = __mul__

    def from_address(cls, address):
        return cls._at(address, None)

    def from_buffer(cls, source, offset=0):
        size = _sizeof_type(cls)
        if offset < 0:
            raise ValueError("offset cannot be negative")
        try:
            keep, addr, length = _n.buffer(source, True)
        except (BufferError, TypeError) as e:
            if isinstance(source, (bytes, str)) or "writable" in str(e) or "read-only" in str(e):
                raise TypeError("underlying buffer is not writable") from None
            raise
        if length < size + offset:
            raise ValueError("Buffer size too small (%d instead of at least %d bytes)" % (length, size + offset))
        obj = cls._at(addr + offset, None)
        obj._b_mem_ = keep
        obj._objects = {"ffffffff": source}
        return obj

    def from_buffer_copy(cls, source, offset=0):
        size = _sizeof_type(cls)
        if offset < 0:
            raise ValueError("offset cannot be negative")
        keep, addr, length = _n.buffer(source, False)
        if length < size + offset:
            raise ValueError("Buffer size too small (%d instead of at least %d bytes)" % (length, size + offset))
        obj = cls.__new__(cls)
        _n.memmove(obj._b_addr_, addr + offset, size)
        return obj

    def in_dll(cls, dll, name):
        return cls._at(_n.dlsym(dll._handle, name), None)

    def _at(cls, addr, base):
        """An instance viewing the memory at `addr` (kept alive by `base`, if given)."""
        obj = object.__new__(cls)
        obj._b_addr_ = addr
        obj._b_mem_ = None
        obj._b_base_ = base
        obj._objects = None
        return obj

    def _get_at(cls, addr, base):
        """What reading a field or item of this type gives: an instance viewing the memory."""
        return cls._at(addr, base)

    def _set_at(cls, addr, value, owner, key):
        """Writes `value` as this type at `addr` (a field or item of `owner`)."""
        if type(value) is tuple and cls._kind_ in ("struct", "union", "array"):
            value = cls(*value)
        if not isinstance(value, cls):
            raise TypeError("expected %s instance, got %s" % (cls.__name__, type(value).__name__))
        _n.memmove(addr, value._b_addr_, cls._size_)
        if value._objects is not None:
            _keep(owner, key, value._objects)

    def _from_raw(cls, raw):
        """A callback argument of this type, from the raw value libffi handed over."""
        return cls._at(raw, None)

    def _from_result(cls, raw):
        """The value a foreign function returning this type gives (struct: bytes of the value)."""
        return cls.from_buffer_copy(raw)


def _sizeof_type(cls):
    size = getattr(cls, "_size_", None)
    if size is None:
        raise TypeError("abstract class")
    return size


def _keep(owner, key, obj):
    """Keeps `obj` alive as long as `owner`'s memory (stored in the root object's _objects)."""
    root = owner
    while root._b_base_ is not None:
        root = root._b_base_
    d = root._objects
    if d is None:
        d = root._objects = {}
    d[key] = obj


class _CData:
    _kind_ = None
    _size_ = None
    _b_base_ = None
    _b_mem_ = None
    _objects = None

    def __new__(cls, *args, **kwargs):
        size = cls._size_
        if size is None:
            raise TypeError("abstract class")
        self = object.__new__(cls)
        self._b_mem_, self._b_addr_ = _NATIVE_ALLOC(size)
        return self

    @property
    def _b_needsfree_(self):
        return 1 if self._b_base_ is None and self._b_mem_ is not None else 0

    def __ctypes_from_outparam__(self):
        return self

    def __reduce__(self):
        raise ValueError("ctypes objects containing pointers cannot be pickled")


_CData.__module__ = "_ctypes"
_CDataMeta.__module__ = "_ctypes"


class _CArgObject:
    """What byref() and from_param() give: a C value ready to be passed (code, raw value)."""
    __slots__ = ("_code", "_raw", "_obj")

    def __init__(self, code, raw, obj):
        self._code = code
        self._raw = raw
        self._obj = obj

    def __repr__(self):
        if self._code in "PzZ" and isinstance(self._raw, int):
            return "<cparam '%s' (%#x)>" % (self._code, self._raw)
        return "<cparam '%s' (%r)>" % (self._code, self._raw)


_CArgObject.__name__ = "CArgObject"

_INT_CODES = "bBhHiIlLqQ"
_FLOAT_CODES = "fdg"


def _addr_raw(obj):
    """(ok, raw pointer) for any ctypes object usable where a void* is expected."""
    kind = getattr(type(obj), "_kind_", None)
    if kind == "pointer" or kind == "func":
        return True, _NATIVE_LOAD(obj._b_addr_, "P")
    if kind == "array" or kind == "struct" or kind == "union":
        return True, obj._b_addr_
    if kind == "simple":
        code = type(obj)._code_
        if code in "zZP":
            return True, _NATIVE_LOAD(obj._b_addr_, "P")
        return False, None
    if type(obj) is _CArgObject and obj._code == "P":
        return True, obj._raw
    return False, None


class PyCSimpleType(_CDataMeta):
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns, **kw)
        code = ns.get("_type_")
        if code is None:
            if getattr(cls, "_code_", None) is None:
                if bases != (_CData,):
                    raise AttributeError("class must define a '_type_' attribute")
                return
            cls._plain_ = False
            return
        if not isinstance(code, str):
            raise TypeError("class must define a '_type_' string attribute")
        cls._size_, cls._align_ = _n.layout(code)
        cls._code_ = code
        cls._ffi_ = code
        cls._plain_ = bases[0] is _SimpleCData

    def _get_at(cls, addr, base):
        if cls._plain_:
            return _NATIVE_LOAD(addr, cls._code_)
        return cls._at(addr, base)

    def _set_at(cls, addr, value, owner, key):
        if isinstance(value, _SimpleCData) and type(value)._code_ == cls._code_ and isinstance(value, cls):
            value = value.value
        k = _NATIVE_STORE(addr, cls._code_, value)
        if k is not None:
            _keep(owner, key, k)

    def _from_raw(cls, raw):
        if cls._plain_:
            return raw
        obj = cls()
        _NATIVE_STORE(obj._b_addr_, cls._code_, raw)
        return obj

    def _from_result(cls, raw):
        return cls._from_raw(raw)

    def _to_raw(cls, res):
        if isinstance(res, _SimpleCData):
            return res.value
        return res

    def from_param(cls, obj):
        code, raw, keep = cls._param_(obj)
        if isinstance(keep, _CData) and keep is obj:
            return obj
        return _CArgObject(code, raw, keep)

    def _param_(cls, obj):
        """(code, raw value, object to keep) for passing `obj` as this type; TypeError if it cannot be."""
        code = cls._code_
        if isinstance(obj, cls):
            if code in "zZ":
                return "P", _NATIVE_LOAD(obj._b_addr_, "P"), obj
            if code == "g":     # the whole long double, not its value rounded to a float
                return code, _n.read(obj._b_addr_, obj._size_), obj
            return code, _NATIVE_LOAD(obj._b_addr_, code), obj
        t = type(obj)
        if code in _INT_CODES:
            if t is int or t is bool or (isinstance(obj, int)):
                return code, obj, None
            if hasattr(t, "__index__") and not isinstance(obj, _CData):
                return code, obj.__index__(), None
        elif code in _FLOAT_CODES:
            if t is float or isinstance(obj, (int, float)):
                try:
                    return code, float(obj), None
                except OverflowError:   # CPython: the setter fails, from_param says "wrong type"
                    pass
        elif code == "z":
            if t is bytes or obj is None or t is int:
                return code, obj, obj
            ok, raw = _char_ptr_raw(obj, "c")
            if ok:
                return "P", raw, obj
        elif code == "Z":
            if t is str or obj is None or t is int:
                return code, obj, obj
            ok, raw = _char_ptr_raw(obj, "u")
            if ok:
                return "P", raw, obj
        elif code == "P":
            if obj is None or t is int or t is bytes or t is str:
                return code, obj, obj
            ok, raw = _addr_raw(obj)
            if ok:
                return code, raw, obj
        elif code == "c":
            if (t is bytes and len(obj) == 1) or t is int:
                return code, obj, None
        elif code == "u":
            if t is str and len(obj) == 1:
                return code, obj, None
        elif code == "?":
            return code, bool(obj), None
        elif code == "O":
            return code, obj, obj
        elif code in "g":
            pass
        as_param = getattr(obj, "_as_parameter_", None)
        if as_param is not None:
            return cls._param_(as_param)
        raise TypeError("wrong type")


def _char_ptr_raw(obj, itemcode):
    """Arrays of, pointers to, and byref() of c_char ('c') / c_wchar ('u') pass as char*/wchar_t*."""
    tp = type(obj)
    kind = getattr(tp, "_kind_", None)
    if kind == "array" or kind == "pointer":
        item = tp._type_
        if getattr(item, "_code_", None) == itemcode:
            return _addr_raw(obj)
    if tp is _CArgObject and obj._code == "P" and isinstance(obj._obj, _SimpleCData) \
            and type(obj._obj)._code_ == itemcode:
        return True, obj._raw
    return False, None


class _SimpleCData(_CData, metaclass=PyCSimpleType):
    _kind_ = "simple"

    def __init__(self, *args, **ignored):
        # CPython's Simple_init: keywords are ignored; an explicit None is stored like any value
        # (c_int(None) fails).
        if len(args) > 1:
            raise TypeError("__init__ expected at most 1 argument, got %d" % len(args))
        if args:
            self.value = args[0]

    @property
    def value(self):
        return _NATIVE_LOAD(self._b_addr_, type(self)._code_)

    @value.setter
    def value(self, v):
        k = _NATIVE_STORE(self._b_addr_, type(self)._code_, v)
        if k is not None:
            _keep(self, "0", k)

    def __repr__(self):
        tp = type(self)
        if not tp._plain_:
            return "<%s object at %#x>" % (tp.__name__, id(self))
        return "%s(%r)" % (tp.__name__, self.value)

    def __bool__(self):
        return bool(self.value)

    def __ctypes_from_outparam__(self):
        if type(self)._plain_:
            return self.value
        return self


_SimpleCData.__module__ = "_ctypes"
PyCSimpleType.__module__ = "_ctypes"


def _simple(name, code):
    cls = PyCSimpleType(name, (_SimpleCData,), {"_type_": code, "__module__": "ctypes"})
    return cls


c_bool = _simple("c_bool", "?")
c_char = _simple("c_char", "c")
c_wchar = _simple("c_wchar", "u")
c_byte = _simple("c_byte", "b")
c_ubyte = _simple("c_ubyte", "B")
c_short = _simple("c_short", "h")
c_ushort = _simple("c_ushort", "H")
c_int = _simple("c_int", "i")
c_uint = _simple("c_uint", "I")
c_long = _simple("c_long", "l")
c_ulong = _simple("c_ulong", "L")
c_float = _simple("c_float", "f")
c_double = _simple("c_double", "d")
c_longdouble = _simple("c_longdouble", "g")
c_char_p = _simple("c_char_p", "z")
c_wchar_p = _simple("c_wchar_p", "Z")
c_void_p = _simple("c_void_p", "P")
py_object = _simple("py_object", "O")
if c_long._size_ == 8:
    c_longlong = c_long
    c_ulonglong = c_ulong
else:
    c_longlong = _simple("c_longlong", "q")
    c_ulonglong = _simple("c_ulonglong", "Q")


def _c_char_p_repr(self):
    return "%s(%s)" % (type(self).__name__, _NATIVE_LOAD(self._b_addr_, "P"))


c_char_p.__repr__ = _c_char_p_repr
c_wchar_p.__repr__ = _c_char_p_repr


def _py_object_repr(self):
    try:
        return "py_object(%r)" % (self.value,)
    except ValueError:
        return "%s(<NULL>)" % type(self).__name__


py_object.__repr__ = _py_object_repr
