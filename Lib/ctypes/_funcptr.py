"""ctypes foreign functions: CFuncPtr (calls through libffi) and callbacks (libffi closures).

A call converts each argument to (type code or struct descriptor, raw value) — with the
argtypes' converters when argtypes is set, by CPython's default rules otherwise — then
_ctypes.call runs ffi_call, releasing the GIL unless the function is a PyDLL/PYFUNCTYPE one.
"""
import _ctypes as _n
from ctypes._cdata import (_CData, _CDataMeta, _CArgObject, _SimpleCData, ArgumentError, PyCSimpleType,
                           _addr_raw, _NATIVE_LOAD, _NATIVE_STORE, c_int)

FUNCFLAG_CDECL = 0x1
FUNCFLAG_HRESULT = 0x2
FUNCFLAG_PYTHONAPI = 0x4
FUNCFLAG_USE_ERRNO = 0x8
FUNCFLAG_USE_LASTERROR = 0x10

_call = _n.call
_cif_cache = {}
# argtype codes whose stock from_param the native call path (_n.funcptr_call) reproduces
_FAST_CODES = frozenset("bBhHiIlLqQfdzP")


def _cif(rdesc, adescs):
    key = (rdesc, adescs)
    c = _cif_cache.get(key)
    if c is None:
        c = _cif_cache[key] = _n.cif(rdesc, adescs)
    return c


def _native_flags(flags):
    f = 0 if flags & FUNCFLAG_PYTHONAPI else _n.RELEASE_GIL
    if flags & FUNCFLAG_PYTHONAPI:
        f |= _n.CHECK_ERROR
    if flags & FUNCFLAG_USE_ERRNO:
        f |= _n.USE_ERRNO
    return f


def _default_param(obj, index):
    """CPython's ConvParam: how an argument without an argtype is passed."""
    t = type(obj)
    if t is int or t is bool:
        return "i", obj
    if t is bytes:
        return "z", obj
    if t is str:
        return "Z", obj
    if obj is None:
        return "P", None
    if t is _CArgObject:
        return obj._code, obj._raw
    kind = getattr(t, "_kind_", None)
    if kind is not None:
        if kind == "simple":
            code = t._code_
            if code in "zZ":
                return "P", _NATIVE_LOAD(obj._b_addr_, "P")
            if code == "g":
                return code, _n.read(obj._b_addr_, t._size_)
            return code, _NATIVE_LOAD(obj._b_addr_, code)
        if kind == "struct" or kind == "union":
            return t._ffi_, obj._b_addr_
        return "P", _addr_raw(obj)[1]
    as_param = getattr(obj, "_as_parameter_", None)
    if as_param is not None:
        return _default_param(as_param, index)
    raise ArgumentError("argument %d: TypeError: Don't know how to convert parameter %d" % (index, index))


def _converter(argtype):
    """A function obj -> (desc, raw, keep) for one argtype, honouring a user-defined from_param."""
    from_param = getattr(argtype, "from_param", None)
    if from_param is None:
        raise TypeError("has no from_param method")
    fast = getattr(argtype, "_param_", None)
    meta_fp = getattr(type(argtype), "from_param", None)
    if fast is not None and getattr(from_param, "__func__", None) is meta_fp:
        return fast

    def convert(obj):
        p = from_param(obj)
        if p is obj and isinstance(obj, argtype) and fast is not None:
            return fast(obj)
        desc, raw = _default_param(p, 0)
        return desc, raw, p
    return convert


def _restype_info(restype):
    """(desc, post) for a restype: post converts the raw result (None: use it as is)."""
    if restype is None:
        return "v", None
    kind = getattr(restype, "_kind_", None)
    if kind == "simple":
        return restype._code_, (None if restype._plain_ else restype._from_result)
    if kind == "struct" or kind == "union":
        return restype._ffi_, restype._from_result
    if kind == "pointer" or kind == "func":
        return "P", restype._from_result
    if kind is not None:
        raise TypeError("restype %s not supported" % restype.__name__)
    if callable(restype):
        return "i", restype
    raise TypeError("restype must be a type, a callable, or None")


class PyCFuncPtrType(_CDataMeta):
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns, **kw)
        cls._size_, cls._align_ = _n.layout("P")
        cls._ffi_ = "P"

    def _from_raw(cls, raw):
        return cls(raw or 0)

    def _from_result(cls, raw):
        return cls(raw or 0)

    def _to_raw(cls, res):
        return _NATIVE_LOAD(res._b_addr_, "P")

    def from_param(cls, obj):
        code, raw, keep = cls._param_(obj)
        if keep is obj:
            return obj
        return _CArgObject(code, raw, keep)

    def _param_(cls, obj):
        if obj is None:
            return "P", None, None
        if isinstance(obj, CFuncPtr):
            return "P", _NATIVE_LOAD(obj._b_addr_, "P"), obj
        if type(obj) is int:
            return "P", obj, None
        as_param = getattr(obj, "_as_parameter_", None)
        if as_param is not None:
            return cls._param_(as_param)
        raise TypeError("expected %s instance instead of %s" % (cls.__name__, type(obj).__name__))


PyCFuncPtrType.__module__ = "_ctypes"


class CFuncPtr(_CData, metaclass=PyCFuncPtrType):
    _kind_ = "func"
    _flags_ = FUNCFLAG_CDECL
    _restype_ = c_int
    _argtypes_ = None
    _plan = None        # native call plan (see _make_plan); None: every call takes _call_slow
    _errcheck = None
    _paramflags = None  # validated paramflags tuple (proto((name, dll), paramflags)), or None

    def __init__(self, *args):
        self._argtypes = None if type(self)._argtypes_ is None else tuple(type(self)._argtypes_)
        self._restype = type(self)._restype_
        self._errcheck = None
        self._callable = None
        self._closure = None
        self._converters = None
        self._paramflags = None
        self._prepare()
        if not args:
            return
        arg = args[0]
        if isinstance(arg, tuple):
            self._from_dll(*args)
            return
        if len(args) > 2:
            raise TypeError("function takes at most 2 arguments (%d given)" % len(args))
        if isinstance(arg, int) and len(args) == 1:
            _NATIVE_STORE(self._b_addr_, "P", arg)
            return
        if callable(arg):
            self._make_callback(arg)
            return
        raise TypeError("argument must be callable or integer function address")

    def _from_dll(self, spec, paramflags=None, *rest):
        """proto((name, dll)[, paramflags]): the function `name` exported by `dll`."""
        if rest:
            raise TypeError("function takes at most 2 arguments (%d given)" % (2 + len(rest)))
        if len(spec) != 2:
            raise TypeError("illegal func_spec argument")
        name, dll = spec
        if isinstance(name, int):
            raise AttributeError("function ordinal %d not found" % name)
        if not isinstance(name, (str, bytes)):
            raise TypeError("function name must be string, bytes object or integer")
        if paramflags is not None:
            paramflags = _validate_paramflags(self._argtypes, paramflags)
        handle = dll._handle
        if type(handle) is not int:
            raise TypeError("the _handle attribute of the second argument must be an integer")
        addr = _n.dlsym(handle, name)
        _NATIVE_STORE(self._b_addr_, "P", addr)
        self._dll = dll
        if paramflags is not None:
            self._paramflags = paramflags
            self._plan = self._make_plan()

    def _make_callback(self, func):
        tp = type(self)
        argtypes = tp._argtypes_ or ()
        restype = tp._restype_
        convs = []
        for t in argtypes:
            f = getattr(t, "_from_raw", None)
            if f is None:
                raise TypeError("invalid callback argument type %r" % (t,))
            convs.append(None if getattr(t, "_plain_", False) else f)
        rconv = None if restype is None or getattr(restype, "_plain_", False) else getattr(restype, "_to_raw", None)
        argconv = None if all(c is None for c in convs) else tuple(convs)
        rdesc = "v" if restype is None else restype._ffi_
        cif = _cif(rdesc, tuple(t._ffi_ for t in argtypes))
        # The native handler calls func itself, so a traceback starts in the user's function.
        closure, addr = _n.closure(cif, func, argconv, rconv)
        self._closure = closure
        self._callable = func
        _NATIVE_STORE(self._b_addr_, "P", addr)

    # --- attributes -------------------------------------------------------------------------
    def _prepare(self):
        """Builds the call interface for the current argtypes/restype."""
        argtypes = self._argtypes
        self._rdesc, self._rpost = _restype_info(self._restype)
        self._converters = None if argtypes is None else [_converter(t) for t in argtypes]
        self._plan = self._make_plan()

    def _make_plan(self):
        """What the native __call__ needs: per-argtype codes and the cif when every argtype
        converts by the stock simple-type rules (codes None when argtypes is unset)."""
        argtypes = self._argtypes
        codes = cif = None
        if self._paramflags:
            return None
        if argtypes is not None:
            for t in argtypes:
                fp = getattr(t, "from_param", None)
                if getattr(fp, "__func__", None) is not PyCSimpleType.from_param \
                        or getattr(t, "_code_", None) not in _FAST_CODES:
                    return None
            codes = "".join(t._code_ for t in argtypes)
            cif = _cif(self._rdesc, tuple(codes))
        return _n.plan(self._rdesc, codes, cif, self._rpost, self._errcheck, _native_flags(type(self)._flags_))

    @property
    def argtypes(self):
        return self._argtypes

    @argtypes.setter
    def argtypes(self, value):
        if value is None:
            self._argtypes = None
        else:
            value = tuple(value)
            for i, t in enumerate(value):
                if not hasattr(t, "from_param"):
                    raise TypeError("item %d in _argtypes_ has no from_param method" % (i + 1))
            self._argtypes = value
        self._prepare()

    @argtypes.deleter
    def argtypes(self):
        self._argtypes = None
        self._prepare()

    @property
    def restype(self):
        return self._restype

    @restype.setter
    def restype(self, value):
        if value is not None and not hasattr(value, "_kind_") and not callable(value):
            raise TypeError("restype must be a type, a callable, or None")
        self._restype = value
        self._prepare()

    @restype.deleter
    def restype(self):
        self._restype = None
        self._prepare()

    @property
    def errcheck(self):
        return self._errcheck

    @errcheck.setter
    def errcheck(self, value):
        if not callable(value):
            raise TypeError("the errcheck attribute must be callable")
        self._errcheck = value
        self._plan = self._make_plan()

    @errcheck.deleter
    def errcheck(self):
        self._errcheck = None
        self._plan = self._make_plan()

    # --- calling -----------------------------------------------------------------------------
    # Native: converts what the plan covers in C, else calls _call_slow (the full semantics).
    __call__ = _n.funcptr_call

    def _call_slow(self, *args, **kwargs):
        # Without paramflags CPython ignores keyword arguments (_build_callargs).
        pf = self._paramflags
        if pf:
            args, outs = _build_callargs(self._argtypes, pf, args, kwargs)
        fn = _NATIVE_LOAD(self._b_addr_, "P")
        if fn is None:
            raise ValueError("NULL function pointer")
        convs = self._converters
        if convs is None:
            descs = []
            raws = []
            for i, a in enumerate(args):
                d, r = _default_param(a, i + 1)
                descs.append(d)
                raws.append(r)
            cif = _cif(self._rdesc, tuple(descs))
            raws = tuple(raws)
        else:
            n = len(convs)
            if len(args) < n:
                raise TypeError("this function takes at least %d argument%s (%d given)"
                                % (n, "" if n == 1 else "s", len(args)))
            raws = []
            descs = []
            keep = []   # objects whose memory the raw values point into, alive until the call returns
            for i in range(n):
                try:
                    d, r, k = convs[i](args[i])
                except ArgumentError:
                    raise
                except Exception as e:
                    raise ArgumentError("argument %d: %s: %s" % (i + 1, type(e).__name__, e)) from None
                descs.append(d)
                raws.append(r)
                keep.append(k)
            for i in range(n, len(args)):
                d, r = _default_param(args[i], i + 1)
                descs.append(d)
                raws.append(r)
            key = (self._rdesc, tuple(descs))
            cif = _cif_cache.get(key)
            if cif is None:
                cif = _cif(self._rdesc, key[1])
            raws = tuple(raws)
        result = _call(fn, cif, raws, _native_flags(type(self)._flags_))
        post = self._rpost
        if post is not None:
            result = post(result)
        if self._errcheck is not None:
            checked = self._errcheck(result, self, args)
            # errcheck returning the arguments it was given means: go on as without it
            if checked is not args:
                return checked
        if pf and outs[2]:
            return _build_result(result, args, outs)
        return result

    def __bool__(self):
        return _NATIVE_LOAD(self._b_addr_, "P") is not None

    def __repr__(self):
        return "<%s object at %#x>" % (type(self).__name__, id(self))


CFuncPtr.__module__ = "_ctypes"


PARAMFLAG_FIN = 1
PARAMFLAG_FOUT = 2
PARAMFLAG_FLCID = 4
_PARAMFLAGS_ERROR = "paramflags must be a sequence of (int [,string [,value]]) tuples"


def _validate_paramflags(argtypes, paramflags):
    """CPython's _validate_paramflags: a tuple of (flag[, name[, default]]) per argtype."""
    if not isinstance(paramflags, tuple):
        raise TypeError("paramflags must be a tuple or None")
    if argtypes is None:
        return paramflags
    if len(paramflags) != len(argtypes):
        raise ValueError("paramflags must have the same length as argtypes")
    for i, item in enumerate(paramflags):
        if not isinstance(item, tuple) or not 1 <= len(item) <= 3 or not isinstance(item[0], int) \
                or (len(item) > 1 and item[1] is not None and not isinstance(item[1], str)):
            raise TypeError(_PARAMFLAGS_ERROR)
        flag = item[0] & (PARAMFLAG_FIN | PARAMFLAG_FOUT | PARAMFLAG_FLCID)
        if flag == PARAMFLAG_FOUT:
            _check_outarg_type(argtypes[i], i + 1)
        elif flag not in (0, PARAMFLAG_FIN, PARAMFLAG_FIN | PARAMFLAG_FLCID, PARAMFLAG_FIN | PARAMFLAG_FOUT):
            raise TypeError("paramflag value %d not supported" % item[0])
    return paramflags


def _check_outarg_type(tp, index):
    """An 'out' parameter's argtype must be something the callee can write through."""
    kind = getattr(tp, "_kind_", None)
    if kind == "pointer" or kind == "array" or (kind == "simple" and tp._code_ in "PzZ"):
        return
    name = tp.__name__ if isinstance(tp, type) else type(tp).__name__
    raise TypeError("'out' parameter %d must be a pointer type, not %s" % (index, name))


def _build_callargs(argtypes, paramflags, inargs, kwargs):
    """CPython's _build_callargs: the full argument tuple from the caller's positional and keyword
    arguments, defaults and fresh 'out' objects; outs = (outmask, inoutmask, count)."""
    callargs = []
    used = 0            # inargs and keywords consumed
    outmask = inoutmask = nret = 0
    for i, item in enumerate(paramflags):
        flag = item[0] & (PARAMFLAG_FIN | PARAMFLAG_FOUT | PARAMFLAG_FLCID)
        name = item[1] if len(item) > 1 else None
        has_default = len(item) > 2
        default = item[2] if has_default else None
        if flag == PARAMFLAG_FIN | PARAMFLAG_FLCID:
            callargs.append(default if has_default else 0)
        elif flag in (0, PARAMFLAG_FIN, PARAMFLAG_FIN | PARAMFLAG_FOUT):
            if flag & PARAMFLAG_FOUT:
                inoutmask |= 1 << i
                nret += 1
            if used < len(inargs):
                v = inargs[used]
                used += 1
            elif name is not None and name in kwargs:
                v = kwargs[name]
                used += 1
            elif has_default:
                v = default
            elif name is not None:
                raise TypeError("required argument '%s' missing" % name)
            else:
                raise TypeError("not enough arguments")
            callargs.append(v)
        elif flag == PARAMFLAG_FOUT:
            if has_default:
                v = default
            else:
                tp = argtypes[i] if argtypes is not None else None
                kind = getattr(tp, "_kind_", None)
                if kind == "simple":
                    raise TypeError("%s 'out' parameter must be passed as default value" % tp.__name__)
                v = tp() if kind == "array" else tp._type_()
            callargs.append(v)
            outmask |= 1 << i
            nret += 1
        else:
            raise ValueError("paramflag %d not yet implemented" % item[0])
    given = len(inargs) + len(kwargs)
    if given != used:
        raise TypeError("call takes exactly %d arguments (%d given)" % (used, given))
    return tuple(callargs), (outmask, inoutmask, nret)


def _build_result(result, callargs, outs):
    """CPython's _build_result: the 'out' (and 'in, out') arguments replace the result."""
    outmask, inoutmask, nret = outs
    values = []
    for i, v in enumerate(callargs):
        bit = 1 << i
        if bit & inoutmask:
            values.append(v)
        elif bit & outmask:
            values.append(v.__ctypes_from_outparam__())
        else:
            continue
        if nret == 1:
            return values[0]
    return tuple(values)


def _check_types(restype, argtypes):
    for i, t in enumerate(argtypes):
        if not hasattr(t, "from_param"):
            raise TypeError("item %d in _argtypes_ has no from_param method" % (i + 1))


_c_functype_cache = {}
_py_functype_cache = {}


def _functype(restype, argtypes, flags, cache, name):
    key = (restype, argtypes, flags)
    tp = cache.get(key)
    if tp is None:
        _check_types(restype, argtypes)
        tp = PyCFuncPtrType(name, (CFuncPtr,), {"_argtypes_": argtypes, "_restype_": restype,
                                               "_flags_": flags, "__module__": "ctypes"})
        cache[key] = tp
    return tp


def CFUNCTYPE(restype, *argtypes, use_errno=False, use_last_error=False):
    flags = FUNCFLAG_CDECL
    if use_errno:
        flags |= FUNCFLAG_USE_ERRNO
    if use_last_error:
        flags |= FUNCFLAG_USE_LASTERROR
    tp = _functype(restype, argtypes, flags, _c_functype_cache, "CFunctionType")
    tp.__qualname__ = "CFUNCTYPE.<locals>.CFunctionType"
    return tp


def PYFUNCTYPE(restype, *argtypes):
    tp = _functype(restype, argtypes, FUNCFLAG_CDECL | FUNCFLAG_PYTHONAPI, _py_functype_cache, "CFunctionType")
    tp.__qualname__ = "PYFUNCTYPE.<locals>.CFunctionType"
    return tp
