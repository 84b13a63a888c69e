"""ctypes aggregates: arrays (`T * n`), pointers (`POINTER(T)`), Structure and Union."""
import _ctypes as _n
from ctypes._cdata import (_CData, _CDataMeta, _CArgObject, _SimpleCData, _keep, _addr_raw,
                           _sizeof_type, _NATIVE_LOAD, _NATIVE_STORE)


# ---------------------------------------------------------------------------------------- arrays

class PyCArrayType(_CDataMeta):
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns, **kw)
        if "_type_" not in ns and "_length_" not in ns:
            return
        length = getattr(cls, "_length_", None)
        item = getattr(cls, "_type_", None)
        if not isinstance(length, int):
            raise AttributeError("class must define a '_length_' attribute, which must be a positive integer")
        if length < 0:
            raise ValueError("The '_length_' attribute must not be negative")
        if getattr(item, "_size_", None) is None:
            raise TypeError("_type_ must have storage info")
        cls._size_ = item._size_ * length
        cls._align_ = item._align_
        cls._itemsize_ = item._size_
        cls._ffi_cache_ = None

    @property
    def _ffi_(cls):
        # Passed by value only inside a structure: a run of its items.
        if cls._ffi_cache_ is None:
            cls._ffi_cache_ = _n.struct_type(cls._size_, cls._align_, _leaves(cls))
        return cls._ffi_cache_

    def _get_at(cls, addr, base):
        code = getattr(cls._type_, "_code_", None)
        if code == "c" and cls._type_._plain_:
            return _char_value(addr, cls._length_)
        if code == "u" and cls._type_._plain_:
            return _wchar_value(addr, cls._length_)
        return cls._at(addr, base)

    def _set_at(cls, addr, value, owner, key):
        code = getattr(cls._type_, "_code_", None)
        if code == "c" and isinstance(value, bytes):
            _set_char_value(addr, cls._length_, value)
            return
        if code == "u" and isinstance(value, str):
            _set_wchar_value(addr, cls._length_, value)
            return
        _CDataMeta._set_at(cls, addr, value, owner, key)

    def from_param(cls, obj):
        if isinstance(obj, cls):
            return obj
        return _CArgObject(*_generic_param(cls, obj))

    def _param_(cls, obj):
        if isinstance(obj, cls):
            return "P", obj._b_addr_, obj
        return _generic_param(cls, obj)


def _leaves(tp, base=0, out=None):
    """Every scalar of a type as (offset, simple-type code): nested aggregates and arrays
    flattened, union members overlapping. _ctypes.struct_type classifies these as the C ABI does."""
    if out is None:
        out = []
    kind = getattr(tp, "_kind_", None)
    if kind == "simple":
        out.append((base, tp._code_))
    elif kind == "array":
        step = tp._itemsize_
        for i in range(tp._length_):
            _leaves(tp._type_, base + i * step, out)
    elif kind == "struct" or kind == "union":
        for off, ftype in tp._members_:
            _leaves(ftype, base + off, out)
    else:
        out.append((base, "P"))
    return out


def _char_value(addr, length):
    raw = _n.read(addr, length)
    i = raw.find(b"\0")
    return raw if i < 0 else raw[:i]


def _wchar_value(addr, length):
    s = _n.wstring_at(addr, length)
    i = s.find("\0")
    return s if i < 0 else s[:i]


def _set_char_value(addr, length, value):
    if len(value) > length:
        raise ValueError("byte string too long")
    _n.write(addr, value + b"\0" if len(value) < length else value)


def _set_wchar_value(addr, length, value):
    if len(value) > length:
        raise ValueError("string too long")
    w = _n.SIZEOF_WCHAR
    for i, ch in enumerate(value):
        _NATIVE_STORE(addr + i * w, "u", ch)
    if len(value) < length:
        _NATIVE_STORE(addr + len(value) * w, "u", "\0")


class Array(_CData, metaclass=PyCArrayType):
    _kind_ = "array"

    def __init__(self, *args):
        n = type(self)._length_
        if len(args) > n:
            raise IndexError("invalid index")
        for i, v in enumerate(args):
            self[i] = v

    def __len__(self):
        return type(self)._length_

    def _index(self, i):
        n = type(self)._length_
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError("invalid index")
        return i

    def __getitem__(self, i):
        tp = type(self)
        if isinstance(i, slice):
            items = [self[j] for j in range(*i.indices(tp._length_))]
            code = getattr(tp._type_, "_code_", None)
            if code == "c":
                return b"".join(items)
            if code == "u":
                return "".join(items)
            return items
        i = self._index(i.__index__() if not isinstance(i, int) else i)
        return tp._type_._get_at(self._b_addr_ + i * tp._itemsize_, self)

    def __setitem__(self, i, value):
        tp = type(self)
        if isinstance(i, slice):
            idx = range(*i.indices(tp._length_))
            if len(value) != len(idx):
                raise ValueError("Can only assign sequence of same size")
            for j, v in zip(idx, value):
                self[j] = v
            return
        i = self._index(i.__index__() if not isinstance(i, int) else i)
        tp._type_._set_at(self._b_addr_ + i * tp._itemsize_, value, self, str(i))

    def __iter__(self):
        tp = type(self)
        item, addr, step = tp._type_, self._b_addr_, tp._itemsize_
        for i in range(tp._length_):
            yield item._get_at(addr + i * step, self)

    @property
    def value(self):
        code = getattr(type(self)._type_, "_code_", None)
        if code == "c":
            return _char_value(self._b_addr_, len(self))
        if code == "u":
            return _wchar_value(self._b_addr_, len(self))
        raise AttributeError("'%s' object has no attribute 'value'" % type(self).__name__)

    @value.setter
    def value(self, v):
        code = getattr(type(self)._type_, "_code_", None)
        if code == "c":
            if not isinstance(v, bytes):
                raise TypeError("bytes expected instead of %s instance" % type(v).__name__)
            _set_char_value(self._b_addr_, len(self), v)
        elif code == "u":
            if not isinstance(v, str):
                raise TypeError("unicode string expected instead of %s instance" % type(v).__name__)
            _set_wchar_value(self._b_addr_, len(self), v)
        else:
            raise AttributeError("'%s' object has no attribute 'value'" % type(self).__name__)

    @property
    def raw(self):
        if getattr(type(self)._type_, "_code_", None) != "c":
            raise AttributeError("'%s' object has no attribute 'raw'" % type(self).__name__)
        return _n.read(self._b_addr_, len(self))

    @raw.setter
    def raw(self, v):
        if getattr(type(self)._type_, "_code_", None) != "c":
            raise AttributeError("'%s' object has no attribute 'raw'" % type(self).__name__)
        keep, addr, length = _n.buffer(v, False)
        if length > len(self):
            raise ValueError("byte string too long")
        _n.memmove(self._b_addr_, addr, length)


Array.__module__ = "_ctypes"
PyCArrayType.__module__ = "_ctypes"

_array_cache = {}


def _array_type(itemtype, length):
    if not isinstance(length, int):
        raise TypeError("can't multiply sequence by non-int of type '%s'" % type(length).__name__)
    if length < 0:
        raise ValueError("Array length must be >= 0, not %d" % length)
    key = (itemtype, length)
    tp = _array_cache.get(key)
    if tp is None:
        if getattr(itemtype, "_size_", None) is None:
            raise TypeError("_type_ must have storage info")
        tp = PyCArrayType("%s_Array_%d" % (itemtype.__name__, length), (Array,),
                          {"_type_": itemtype, "_length_": length, "__module__": itemtype.__module__})
        _array_cache[key] = tp
    return tp


def ARRAY(typ, length):
    return typ * length


# -------------------------------------------------------------------------------------- pointers

class PyCPointerType(_CDataMeta):
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns, **kw)
        if bases == (_CData,):
            return
        cls._size_, cls._align_ = _n.layout("P")
        cls._ffi_ = "P"

    def set_type(cls, tp):
        cls._type_ = tp

    def _from_raw(cls, raw):
        obj = cls()
        _NATIVE_STORE(obj._b_addr_, "P", raw)
        return obj

    def _from_result(cls, raw):
        return cls._from_raw(raw)

    def _to_raw(cls, res):
        if isinstance(res, _CData):
            return _addr_raw(res)[1]
        return res

    def _set_at(cls, addr, value, owner, key):
        if value is None:
            _NATIVE_STORE(addr, "P", None)
            return
        if isinstance(value, cls):
            _NATIVE_STORE(addr, "P", _NATIVE_LOAD(value._b_addr_, "P"))
            if value._objects is not None:
                _keep(owner, key, value._objects)
            return
        target = getattr(cls, "_type_", None)
        tv = type(value)
        if getattr(tv, "_kind_", None) == "array" and tv._type_ is target:
            _NATIVE_STORE(addr, "P", value._b_addr_)
            _keep(owner, key, value)
            return
        raise TypeError("expected %s instead of %s" % (cls.__name__, tv.__name__))

    def from_param(cls, obj):
        code, raw, keep = cls._param_(obj)
        if keep is obj and isinstance(obj, _CData):
            return obj
        return _CArgObject(code, raw, keep)

    def _param_(cls, obj):
        if obj is None:
            return "P", None, None
        target = getattr(cls, "_type_", None)
        if target is not None and isinstance(obj, target):
            return "P", obj._b_addr_, obj   # passed by reference, as CPython's byref
        tp = type(obj)
        kind = getattr(tp, "_kind_", None)
        if isinstance(obj, cls):
            return "P", _NATIVE_LOAD(obj._b_addr_, "P"), obj
        if (kind == "pointer" or kind == "array") and target is not None \
                and getattr(tp, "_type_", None) is not None and issubclass(tp._type_, target):
            return "P", _addr_raw(obj)[1], obj
        if tp is _CArgObject and obj._code == "P" and target is not None and isinstance(obj._obj, target):
            return "P", obj._raw, obj
        return _generic_param(cls, obj)


def _generic_param(cls, obj):
    """CPython's CDataType_from_param: an instance of the type, byref() of one, or _as_parameter_."""
    if isinstance(obj, cls):
        kind = cls._kind_
        if kind == "struct" or kind == "union":
            return cls._ffi_, obj._b_addr_, obj
        return "P", _addr_raw(obj)[1], obj
    if type(obj) is _CArgObject and isinstance(obj._obj, cls):
        return "P", obj._raw, obj
    as_param = getattr(obj, "_as_parameter_", None)
    if as_param is not None:
        return cls._param_(as_param)
    tn = "pointer to %s" % type(obj._obj).__name__ if type(obj) is _CArgObject else type(obj).__name__
    raise TypeError("expected %s instance instead of %s" % (cls.__name__, tn))


class _Pointer(_CData, metaclass=PyCPointerType):
    _kind_ = "pointer"

    def __init__(self, value=None):
        if value is not None:
            self.contents = value

    def _target(self):
        tp = getattr(type(self), "_type_", None)
        if tp is None:
            raise TypeError("Cannot create instance: has no _type_")
        return tp

    @property
    def contents(self):
        tp = self._target()
        p = _NATIVE_LOAD(self._b_addr_, "P")
        if p is None:
            raise ValueError("NULL pointer access")
        obj = tp._at(p, None)
        keep = self._objects
        if keep is not None and "1" in keep:
            obj._b_base_ = None
            obj._objects = keep["1"]._objects if isinstance(keep["1"], _CData) else None
        return obj

    @contents.setter
    def contents(self, value):
        tp = self._target()
        if not isinstance(value, tp):
            raise TypeError("expected %s instead of %s" % (tp.__name__, type(value).__name__))
        _NATIVE_STORE(self._b_addr_, "P", value._b_addr_)
        _keep(self, "1", value)

    def __getitem__(self, i):
        tp = self._target()
        p = _NATIVE_LOAD(self._b_addr_, "P")
        if isinstance(i, slice):
            if i.stop is None:
                raise ValueError("slice stop is required")
            start = 0 if i.start is None else i.start
            step = 1 if i.step is None else i.step
            items = [self[j] for j in range(start, i.stop, step)]
            code = getattr(tp, "_code_", None)
            if code == "c":
                return b"".join(items)
            if code == "u":
                return "".join(items)
            return items
        if p is None:
            raise ValueError("NULL pointer access")
        return tp._get_at(p + i * tp._size_, self)

    def __setitem__(self, i, value):
        tp = self._target()
        p = _NATIVE_LOAD(self._b_addr_, "P")
        if p is None:
            raise ValueError("NULL pointer access")
        tp._set_at(p + i * tp._size_, value, self, str(i))

    def __bool__(self):
        return _NATIVE_LOAD(self._b_addr_, "P") is not None


_Pointer.__module__ = "_ctypes"
PyCPointerType.__module__ = "_ctypes"

_pointer_type_cache = {}


def POINTER(cls):
    tp = _pointer_type_cache.get(cls)
    if tp is not None:
        return tp
    if isinstance(cls, str):
        tp = PyCPointerType("LP_%s" % cls, (_Pointer,), {"__module__": "ctypes"})
        _pointer_type_cache[id(tp)] = tp
        return tp
    if not isinstance(cls, type):
        raise TypeError("must be a ctypes type")
    tp = PyCPointerType("LP_%s" % cls.__name__, (_Pointer,), {"_type_": cls, "__module__": cls.__module__})
    _pointer_type_cache[cls] = tp
    return tp


def pointer(obj):
    return POINTER(type(obj))(obj)


def SetPointerType(pointer, cls):
    pointer._type_ = cls
    _pointer_type_cache[cls] = pointer


# ---------------------------------------------------------------------------- Structure, Union

# simple types CPython allows in bit fields (integer ffi types; c_bool is one, c_char/c_wchar not)
_BITFIELD_CODES = frozenset("bBhHiIlLqQ?")


class CField:
    """A structure field: a descriptor reading and writing `type` at `offset` in the instance.
    A bit field has `bits` > 0 and starts `bitofs` bits into the storage unit of its type at
    `offset`; its `size` is CPython's encoding (bits << 16) + bitofs."""
    __slots__ = ("offset", "size", "type", "name", "bits", "bitofs")

    def __init__(self, name, tp, offset, size, bits=0, bitofs=0):
        self.name = name
        self.type = tp
        self.offset = offset
        self.size = (bits << 16) + bitofs if bits else size
        self.bits = bits
        self.bitofs = bitofs

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        if self.bits and self.type._code_ != "?":   # CPython reads a c_bool bit field as a whole byte
            code = self.type._code_
            raw = _NATIVE_LOAD(obj._b_addr_ + self.offset, code.upper())
            v = (raw >> self.bitofs) & ((1 << self.bits) - 1)
            if code.islower() and v >> (self.bits - 1):
                v -= 1 << self.bits
            return v
        return self.type._get_at(obj._b_addr_ + self.offset, obj)

    def __set__(self, obj, value):
        if self.bits and self.type._code_ != "?":
            ucode = self.type._code_.upper()
            mem, tmp = _n.alloc(8)
            _NATIVE_STORE(tmp, self.type._code_, value)   # the type's own conversion and errors
            v = _NATIVE_LOAD(tmp, ucode)
            addr = obj._b_addr_ + self.offset
            mask = ((1 << self.bits) - 1) << self.bitofs
            raw = _NATIVE_LOAD(addr, ucode)
            _NATIVE_STORE(addr, ucode, ((raw & ~mask) | ((v << self.bitofs) & mask)) & ((1 << (8 * self.type._size_)) - 1))
            return
        self.type._set_at(obj._b_addr_ + self.offset, value, obj, self.name)

    def __repr__(self):
        if self.bits:
            return "<Field type=%s, ofs=%d:%d, bits=%d>" % (self.type.__name__, self.offset, self.bitofs, self.bits)
        return "<Field type=%s, ofs=%d, size=%d>" % (self.type.__name__, self.offset, self.size)


CField.__module__ = "_ctypes"


class _AnonField:
    """A field of an anonymous member, reachable from the enclosing structure."""
    __slots__ = ("outer", "inner")

    def __init__(self, outer, inner):
        self.outer = outer
        self.inner = inner

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return self.inner.type._get_at(obj._b_addr_ + self.outer.offset + self.inner.offset, obj)

    def __set__(self, obj, value):
        self.inner.type._set_at(obj._b_addr_ + self.outer.offset + self.inner.offset, value, obj, self.inner.name)


class _StructMeta(_CDataMeta):
    _is_union = False

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns, **kw)
        if "_fields_" in ns:
            cls._layout(ns["_fields_"])
        elif bases and getattr(bases[0], "_fields_names_", None) is not None:
            base = bases[0]
            cls._size_, cls._align_ = base._size_, base._align_
            cls._fields_names_ = base._fields_names_
            cls._ffi_cache_ = None

    def __setattr__(cls, name, value):
        if name == "_fields_":
            if cls.__dict__.get("_final_"):
                raise AttributeError("_fields_ is final")
            type.__setattr__(cls, name, value)
            cls._layout(value)
            return
        type.__setattr__(cls, name, value)

    def _layout(cls, fields):
        if isinstance(fields, (str, bytes)) or not hasattr(fields, "__iter__"):
            raise TypeError("_fields_ must be a sequence of pairs")
        fields = list(fields)
        pack = cls.__dict__.get("_pack_", 0)
        if pack and (not isinstance(pack, int) or pack < 0):
            raise ValueError("_pack_ must be a non-negative integer")
        base = cls.__mro__[1]
        names = list(getattr(base, "_fields_names_", None) or []) if not cls._is_union else []
        offset = base._size_ if (names and not cls._is_union) else 0
        align = base._align_ if names else 1
        size = offset
        members = list(getattr(base, "_members_", None) or []) if names else []
        field_bits = 0      # CPython's open bit field: storage width in bits (0: none) ...
        bitofs = 0          # ... and the bits used in it
        for f in fields:
            if not isinstance(f, tuple) or len(f) not in (2, 3) or not isinstance(f[0], str) \
                    or (len(f) == 3 and type(f[2]) is not int and type(f[2]) is not bool):
                raise TypeError("'_fields_' must be a sequence of (name, C type) pairs")
            fname, ftype = f[0], f[1]
            fsize = getattr(ftype, "_size_", None) if isinstance(ftype, type) else None
            if fsize is None:
                raise TypeError("second item in _fields_ tuple (index %d) must be a C type" % fields.index(f))
            bits = 0
            if len(f) == 3:
                bits = f[2]
                if getattr(ftype, "_code_", None) not in _BITFIELD_CODES or ftype._kind_ != "simple":
                    raise TypeError("bit fields not allowed for type %s" % ftype.__name__)
                if bits <= 0 or bits > fsize * 8:
                    raise ValueError("number of bits invalid for bit field")
            falign = ftype._align_
            if pack:
                falign = min(pack, falign)
            if cls._is_union:
                offset = size_u = 0
            else:
                size_u = offset
            # CPython 3.11's placement (PyCField_FromDesc, non-Windows): continue the open bit
            # field, widen it to this type, start a new one, or place a plain field.
            if bits and field_bits and fsize * 8 <= field_bits and bitofs + bits <= field_bits:
                foff, fbitofs = offset - fsize, bitofs
                bitofs += bits
            elif bits and field_bits and fsize * 8 >= field_bits and bitofs + bits <= fsize * 8:
                offset += fsize - field_bits // 8
                size_u += fsize - field_bits // 8
                field_bits = fsize * 8
                foff, fbitofs = offset - fsize, bitofs
                bitofs += bits
            else:
                if bits:
                    field_bits, fbitofs, bitofs = fsize * 8, 0, bits
                else:
                    field_bits = bitofs = fbitofs = 0
                if falign and offset % falign:
                    delta = falign - offset % falign
                    size_u += delta
                    offset += delta
                size_u += fsize
                foff = offset
                offset += fsize
                align = max(align, falign)
            if cls._is_union:
                size = max(size, size_u)
            else:
                size = size_u
            members.append((foff, ftype))
            type.__setattr__(cls, fname, CField(fname, ftype, foff, fsize, bits, fbitofs))
            names.append(fname)
        size = (size + align - 1) // align * align
        type.__setattr__(cls, "_size_", size)
        type.__setattr__(cls, "_align_", align)
        type.__setattr__(cls, "_fields_names_", names)
        type.__setattr__(cls, "_members_", members)
        type.__setattr__(cls, "_ffi_cache_", None)
        type.__setattr__(cls, "_final_", True)
        anon = cls.__dict__.get("_anonymous_")
        if anon:
            for aname in anon:
                outer = cls.__dict__.get(aname)
                if not isinstance(outer, CField):
                    raise AttributeError("'%s' is specified in _anonymous_ but not in _fields_" % aname)
                for iname in getattr(outer.type, "_fields_names_", []):
                    inner = getattr(outer.type, iname)
                    if isinstance(inner, CField):
                        type.__setattr__(cls, iname, _AnonField(outer, inner))

    @property
    def _ffi_(cls):
        if cls._ffi_cache_ is None:
            type.__setattr__(cls, "_ffi_cache_", _n.struct_type(cls._size_, cls._align_, _leaves(cls)))
        return cls._ffi_cache_

    def _from_raw(cls, raw):
        obj = cls()
        _n.memmove(obj._b_addr_, raw, cls._size_)
        return obj

    def _to_raw(cls, res):
        if not isinstance(res, cls):
            raise TypeError("expected %s instance, got %s" % (cls.__name__, type(res).__name__))
        return res._b_addr_

    def from_param(cls, obj):
        if isinstance(obj, cls):
            return obj
        return _CArgObject(*_generic_param(cls, obj))

    def _param_(cls, obj):
        return _generic_param(cls, obj)


class PyCStructType(_StructMeta):
    pass


class UnionType(_StructMeta):
    _is_union = True


PyCStructType.__module__ = "_ctypes"
UnionType.__module__ = "_ctypes"


def _struct_init(self, *args, **kwargs):
    names = type(self).__dict__.get("_fields_names_") or getattr(type(self), "_fields_names_", None) or []
    if len(args) > len(names):
        raise TypeError("too many initializers")
    for name, value in zip(names, args):
        setattr(self, name, value)
    for name, value in kwargs.items():
        if name in names[:len(args)]:
            raise TypeError("duplicate values for field %r" % name)
        setattr(self, name, value)


class Structure(_CData, metaclass=PyCStructType):
    _kind_ = "struct"
    _members_ = ()
    __init__ = _struct_init


class Union(_CData, metaclass=UnionType):
    _kind_ = "union"
    _members_ = ()
    __init__ = _struct_init


Structure.__module__ = "_ctypes"
Union.__module__ = "_ctypes"
