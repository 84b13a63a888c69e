// Descriptors for attributes of C/Swift-defined types (CPython's descrobject.c): method descriptors
// (tp_methods, vectorcall per METH_ flavour), class-method descriptors (METH_CLASS), member
// descriptors (tp_members, all T_* kinds), getset descriptors, wrapper descriptors (slot wrappers
// such as int.__add__) and their bound form, method-wrapper. Every descriptor owns d_type and d_name.
import CPython

@inline(__always) func descrFields(_ d: PyObjectRef) -> UnsafeMutablePointer<PyDescrObject> { d.cast(to: PyDescrObject.self) }
@inline(__always) func descrType(_ d: PyObjectRef) -> PyTypeRef { descrFields(d).pointee.d_type }
@inline(__always) func descrName(_ d: PyObjectRef) -> String {
    guard let n = descrFields(d).pointee.d_name else { return "?" }
    return swiftString(n)
}

/// Allocates a descriptor of `descrType` for `type` named `name` (GC-tracked).
func newDescriptor(_ descrTypeObj: PyTypeRef, _ type: PyTypeRef, _ name: UnsafePointer<CChar>?, size: Int) -> PyObjectRef? {
    let saved = descrTypeObj.pointee.tp_basicsize
    descrTypeObj.pointee.tp_basicsize = size
    let o = _PyObject_GC_New(descrTypeObj)
    descrTypeObj.pointee.tp_basicsize = saved
    guard let d = o else { return nil }
    memset(UnsafeMutableRawPointer(d) + MemoryLayout<PyObject>.size, 0, size - MemoryLayout<PyObject>.size)
    let f = descrFields(d)
    f.pointee.d_type = UnsafeMutablePointer(newRef(type.asObject).asType)
    if let n = name {
        guard let s = PyUnicode_InternFromString(n) else { Py_DECREF(d); return nil }
        f.pointee.d_name = s
    }
    PyObject_GC_Track(UnsafeMutableRawPointer(d))
    return d
}

func descrDealloc(_ d: PyObjectRef?) {
    let d = d!
    PyObject_GC_UnTrack(UnsafeMutableRawPointer(d))
    let f = descrFields(d)
    xdecref(f.pointee.d_type.map { $0.asObject })
    xdecref(f.pointee.d_name)
    xdecref(f.pointee.d_qualname)
    PyObject_GC_Del(UnsafeMutableRawPointer(d))
}

func descrTraverse(_ d: PyObjectRef?, _ visit: visitproc?, _ arg: UnsafeMutableRawPointer?) -> Int32 {
    if let t = descrFields(d!).pointee.d_type { return visit!(t.asObject, arg) }
    return 0
}

/// "descriptor 'x' for 'T' objects doesn't apply to a 'U' object"
@inline(__always) func descrCheck(_ d: PyObjectRef, _ obj: PyObjectRef) -> Bool {
    if typeCheck(obj, descrType(d)) { return true }
    setError(PyExc_TypeError, "descriptor '\(descrName(d))' for '\(typeNameString(descrType(d)))' objects doesn't apply to a '\(typeName(of: obj))' object")
    return false
}

func descrGetQualname(_ d: PyObjectRef?, _ c: UnsafeMutableRawPointer?) -> PyObjectRef? {
    let f = descrFields(d!)
    if f.pointee.d_qualname == nil {
        guard let q = PyObject_GetAttr(f.pointee.d_type.asObject, pyName(.__qualname__)) else { return nil }
        defer { Py_DECREF(q) }
        if !isStrObject(q) {
            setError(PyExc_TypeError, "<descriptor>.__objclass__.__qualname__ is not a unicode object")
            return nil
        }
        f.pointee.d_qualname = pyStr(swiftString(q) + "." + descrName(d!))
        if f.pointee.d_qualname == nil { return nil }
    }
    return newRef(f.pointee.d_qualname!)
}

func descrReduce(_ d: PyObjectRef?, _ unused: PyObjectRef?) -> PyObjectRef? {
    guard let getattr = builtinObject("getattr") else { return nil }
    let f = descrFields(d!)
    guard let inner = makeTuple([f.pointee.d_type.asObject, f.pointee.d_name!]) else { return nil }
    defer { Py_DECREF(inner) }
    return makeTuple([getattr, inner])
}

func descrMembers() -> [MemberSpec] { [
    MemberSpec("__objclass__", type: T_OBJECT, offset: MemoryLayout<PyDescrObject>.offset(of: \PyDescrObject.d_type)!),
    MemberSpec("__name__", type: T_OBJECT, offset: MemoryLayout<PyDescrObject>.offset(of: \PyDescrObject.d_name)!),
] }

func fillDescrType(_ t: PyTypeRef, _ name: String, size: Int) {
    t.pointee.tp_name = immortalCString(name)
    t.pointee.tp_basicsize = size
    t.pointee.tp_dealloc = descrDealloc
    t.pointee.tp_getattro = PyObject_GenericGetAttr
    t.pointee.tp_flags = tpFlagsDefault | UInt(Py_TPFLAGS_HAVE_GC)
    t.pointee.tp_traverse = descrTraverse
    t.pointee.tp_members = makeMemberTable(descrMembers())
}

// MARK: - method descriptors

@inline(__always) func methodDescrFields(_ d: PyObjectRef) -> UnsafeMutablePointer<PyMethodDescrObject> { d.cast(to: PyMethodDescrObject.self) }
@inline(__always) func methodDescrDef(_ d: PyObjectRef) -> UnsafeMutablePointer<PyMethodDef> { methodDescrFields(d).pointee.d_method }

/// nargs >= 1, self of the right type, no keywords unless allowed.
@inline(__always) func methodCheckArgs(_ d: PyObjectRef, _ args: UnsafePointer<PyObjectRef?>?, _ nargs: Int, _ kwnames: PyObjectRef?, keywords: Bool) -> Bool {
    if nargs < 1 {
        setError(PyExc_TypeError, "unbound method \(functionString(d)) needs an argument")
        return false
    }
    if !descrCheck(d, args![0]!) { return false }
    if !keywords, let k = kwnames, varSizeOf(k) > 0 { raiseNoKeywords(d); return false }
    return true
}

func methodDescrVectorcallVarargs(_ d: PyObjectRef?, _ args: UnsafePointer<PyObjectRef?>?, _ nargsf: Int, _ kwnames: PyObjectRef?) -> PyObjectRef? {
    let d = d!
    let nargs = vectorcallNargs(nargsf)
    let ml = methodDescrDef(d)
    let kw = ml.pointee.ml_flags & METH_KEYWORDS != 0
    guard methodCheckArgs(d, args, nargs, kwnames, keywords: kw) else { return nil }
    guard let tuple = PyTuple_New(nargs - 1) else { return nil }
    let items = tupleItemsOf(tuple)
    for i in 1..<max(1, nargs) { items[i - 1] = newRef(args![i]!) }
    var kwargs: PyObjectRef? = nil
    if let k = kwnames, varSizeOf(k) > 0 {
        kwargs = kwnamesToDict(args, nargs, k)
        if kwargs == nil { Py_DECREF(tuple); return nil }
    }
    var r: PyObjectRef? = nil
    if enterRecursiveCall(" while calling a Python object") {
        if kw {
            r = unsafeBitCast(ml.pointee.ml_meth, to: PyCFunctionWithKeywords.self)(args![0], tuple, kwargs)
        } else {
            r = ml.pointee.ml_meth!(args![0], tuple)
        }
        leaveRecursiveCall()
    }
    Py_DECREF(tuple)
    xdecref(kwargs)
    return r
}

func methodDescrVectorcallFast(_ d: PyObjectRef?, _ args: UnsafePointer<PyObjectRef?>?, _ nargsf: Int, _ kwnames: PyObjectRef?) -> PyObjectRef? {
    let d = d!
    let nargs = vectorcallNargs(nargsf)
    guard methodCheckArgs(d, args, nargs, kwnames, keywords: false) else { return nil }
    if !enterRecursiveCall(" while calling a Python object") { return nil }
    let meth = unsafeBitCast(methodDescrDef(d).pointee.ml_meth, to: _PyCFunctionFast.self)
    let r = meth(args![0], args! + 1, nargs - 1)
    leaveRecursiveCall()
    return r
}

func methodDescrVectorcallFastKw(_ d: PyObjectRef?, _ args: UnsafePointer<PyObjectRef?>?, _ nargsf: Int, _ kwnames: PyObjectRef?) -> PyObjectRef? {
    let d = d!
    let nargs = vectorcallNargs(nargsf)
    guard methodCheckArgs(d, args, nargs, kwnames, keywords: true) else { return nil }
    if !enterRecursiveCall(" while calling a Python object") { return nil }
    let meth = unsafeBitCast(methodDescrDef(d).pointee.ml_meth, to: _PyCFunctionFastWithKeywords.self)
    let r = meth(args![0], args! + 1, nargs - 1, kwnames)
    leaveRecursiveCall()
    return r
}

func methodDescrVectorcallMethod(_ d: PyObjectRef?, _ args: UnsafePointer<PyObjectRef?>?, _ nargsf: Int, _ kwnames: PyObjectRef?) -> PyObjectRef? {
    let d = d!
    let nargs = vectorcallNargs(nargsf)
    guard methodCheckArgs(d, args, nargs, kwnames, keywords: true) else { return nil }
    if !enterRecursiveCall(" while calling a Python object") { return nil }
    let meth = unsafeBitCast(methodDescrDef(d).pointee.ml_meth, to: PyCMethod.self)
    let r = meth(args![0], descrType(d), args! + 1, nargs - 1, kwnames)
    leaveRecursiveCall()
    return r
}

func methodDescrVectorcallNoArgs(_ d: PyObjectRef?, _ args: UnsafePointer<PyObjectRef?>?, _ nargsf: Int, _ kwnames: PyObjectRef?) -> PyObjectRef? {
    let d = d!
    let nargs = vectorcallNargs(nargsf)
    guard methodCheckArgs(d, args, nargs, kwnames, keywords: false) else { return nil }
    if nargs != 1 {
        setError(PyExc_TypeError, "\(functionString(d)) takes no arguments (\(nargs - 1) given)")
        return nil
    }
    if !enterRecursiveCall(" while calling a Python object") { return nil }
    let r = methodDescrDef(d).pointee.ml_meth!(args![0], nil)
    leaveRecursiveCall()
    return r
}

func methodDescrVectorcallO(_ d: PyObjectRef?, _ args: UnsafePointer<PyObjectRef?>?, _ nargsf: Int, _ kwnames: PyObjectRef?) -> PyObjectRef? {
    let d = d!
    let nargs = vectorcallNargs(nargsf)
    guard methodCheckArgs(d, args, nargs, kwnames, keywords: false) else { return nil }
    if nargs != 2 {
        setError(PyExc_TypeError, "\(functionString(d)) takes exactly one argument (\(nargs - 1) given)")
        return nil
    }
    if !enterRecursiveCall(" while calling a Python object") { return nil }
    let r = methodDescrDef(d).pointee.ml_meth!(args![0], args![1])
    leaveRecursiveCall()
    return r
}

@c @implementation public func PyDescr_NewMethod(_ type: PyTypeRef?, _ method: UnsafeMutablePointer<PyMethodDef>?) -> PyObjectRef? {
    guard let type = type, let method = method else { return nil }
    let vc: vectorcallfunc
    let kinds = METH_VARARGS | METH_FASTCALL | METH_NOARGS | METH_O | METH_KEYWORDS | METH_METHOD
    switch method.pointee.ml_flags & kinds {
    case METH_VARARGS, METH_VARARGS | METH_KEYWORDS: vc = methodDescrVectorcallVarargs
    case METH_FASTCALL: vc = methodDescrVectorcallFast
    case METH_FASTCALL | METH_KEYWORDS: vc = methodDescrVectorcallFastKw
    case METH_NOARGS: vc = methodDescrVectorcallNoArgs
    case METH_O: vc = methodDescrVectorcallO
    case METH_METHOD | METH_FASTCALL | METH_KEYWORDS: vc = methodDescrVectorcallMethod
    default:
        setError(PyExc_SystemError, "\(String(cString: method.pointee.ml_name)) method: bad call flags")
        return nil
    }
    guard let d = newDescriptor(SPyType_MethodDescr(), type, method.pointee.ml_name, size: MemoryLayout<PyMethodDescrObject>.size) else { return nil }
    methodDescrFields(d).pointee.d_method = method
    methodDescrFields(d).pointee.vectorcall = vc
    return d
}

/// Binds the method to obj (a builtin method object); the descriptor itself when accessed on the class.
func methodDescrGet(_ d: PyObjectRef?, _ obj: PyObjectRef?, _ type: PyObjectRef?) -> PyObjectRef? {
    let d = d!
    guard let obj = obj else { return newRef(d) }
    guard descrCheck(d, obj) else { return nil }
    let ml = methodDescrDef(d)
    if ml.pointee.ml_flags & METH_METHOD != 0 { return PyCMethod_New(ml, obj, nil, descrType(d)) }
    return PyCFunction_NewEx(ml, obj, nil)
}

func methodDescrRepr(_ d: PyObjectRef?) -> PyObjectRef? {
    pyStr("<method '\(descrName(d!))' of '\(typeNameString(descrType(d!)))' objects>")
}
func methodDescrGetDoc(_ d: PyObjectRef?, _ c: UnsafeMutableRawPointer?) -> PyObjectRef? { docObject(methodDescrDef(d!).pointee.ml_doc) }
func methodDescrGetTextSignature(_ d: PyObjectRef?, _ c: UnsafeMutableRawPointer?) -> PyObjectRef? { textSignatureObject(methodDescrDef(d!).pointee.ml_doc) }

// MARK: - class-method descriptors (METH_CLASS)

@c @implementation public func PyDescr_NewClassMethod(_ type: PyTypeRef?, _ method: UnsafeMutablePointer<PyMethodDef>?) -> PyObjectRef? {
    guard let type = type, let method = method else { return nil }
    guard let d = newDescriptor(SPyType_ClassMethodDescr(), type, method.pointee.ml_name, size: MemoryLayout<PyMethodDescrObject>.size) else { return nil }
    methodDescrFields(d).pointee.d_method = method
    return d
}

func classMethodDescrGet(_ d: PyObjectRef?, _ obj: PyObjectRef?, _ type: PyObjectRef?) -> PyObjectRef? {
    let d = d!
    var t = type
    if t == nil {
        guard let o = obj else {
            setError(PyExc_TypeError, "descriptor '\(descrName(d))' for type '\(typeNameString(descrType(d)))' needs either an object or a type")
            return nil
        }
        t = o.type.asObject
    }
    let cls = t!
    if !isTypeObject(cls) {
        setError(PyExc_TypeError, "descriptor '\(descrName(d))' for type '\(typeNameString(descrType(d)))' needs a type, not a '\(typeName(of: cls))' as arg 2")
        return nil
    }
    if !isSubtype(cls.asType, descrType(d)) {
        setError(PyExc_TypeError, "descriptor '\(descrName(d))' requires a subtype of '\(typeNameString(descrType(d)))' but received '\(typeNameString(cls.asType))'")
        return nil
    }
    let ml = methodDescrDef(d)
    return PyCMethod_New(ml, cls, nil, ml.pointee.ml_flags & METH_METHOD != 0 ? descrType(d) : nil)
}

func classMethodDescrCall(_ d: PyObjectRef?, _ args: PyObjectRef?, _ kwds: PyObjectRef?) -> PyObjectRef? {
    let d = d!, args = args!
    let n = varSizeOf(args)
    if n < 1 {
        setError(PyExc_TypeError, "descriptor '\(descrName(d))' of '\(typeNameString(descrType(d)))' object needs an argument")
        return nil
    }
    let s = tupleItem(args, 0)
    if !isTypeObject(s) {
        setError(PyExc_TypeError, "descriptor '\(descrName(d))' requires a type but received a '\(typeName(of: s))'")
        return nil
    }
    if !isSubtype(s.asType, descrType(d)) {
        setError(PyExc_TypeError, "descriptor '\(descrName(d))' requires a subtype of '\(typeNameString(descrType(d)))' but received '\(typeNameString(s.asType))'")
        return nil
    }
    guard let bound = classMethodDescrGet(d, nil, s) else { return nil }
    defer { Py_DECREF(bound) }
    guard let rest = PyTuple_GetSlice(args, 1, n) else { return nil }
    defer { Py_DECREF(rest) }
    return PyObject_Call(bound, rest, kwds)
}

// MARK: - member descriptors

@c @implementation public func PyDescr_NewMember(_ type: PyTypeRef?, _ member: UnsafeMutablePointer<PyMemberDef>?) -> PyObjectRef? {
    guard let type = type, let member = member else { return nil }
    guard let d = newDescriptor(SPyType_MemberDescr(), type, member.pointee.name, size: MemoryLayout<PyMemberDescrObject>.size) else { return nil }
    d.cast(to: PyMemberDescrObject.self).pointee.d_member = member
    return d
}

@inline(__always) func memberDef(_ d: PyObjectRef) -> UnsafeMutablePointer<PyMemberDef> { d.cast(to: PyMemberDescrObject.self).pointee.d_member }

func memberGet(_ d: PyObjectRef?, _ obj: PyObjectRef?, _ type: PyObjectRef?) -> PyObjectRef? {
    let d = d!
    guard let obj = obj else { return newRef(d) }
    guard descrCheck(d, obj) else { return nil }
    return PyMember_GetOne(UnsafeRawPointer(obj).assumingMemoryBound(to: CChar.self), memberDef(d))
}

func memberSet(_ d: PyObjectRef?, _ obj: PyObjectRef?, _ value: PyObjectRef?) -> Int32 {
    let d = d!, obj = obj!
    guard descrCheck(d, obj) else { return -1 }
    return PyMember_SetOne(UnsafeMutableRawPointer(obj).assumingMemoryBound(to: CChar.self), memberDef(d), value)
}

func memberRepr(_ d: PyObjectRef?) -> PyObjectRef? {
    pyStr("<member '\(descrName(d!))' of '\(typeNameString(descrType(d!)))' objects>")
}
func memberGetDoc(_ d: PyObjectRef?, _ c: UnsafeMutableRawPointer?) -> PyObjectRef? {
    guard let doc = memberDef(d!).pointee.doc else { return pyNoneRef() }
    return PyUnicode_FromString(doc)
}

/// Reads the field `l` of the object at `objAddr`.
@c @implementation public func PyMember_GetOne(_ objAddr: UnsafePointer<CChar>?, _ l: UnsafeMutablePointer<PyMemberDef>?) -> PyObjectRef? {
    guard let base = objAddr, let l = l else { return nil }
    let addr = UnsafeRawPointer(base) + l.pointee.offset
    switch l.pointee.type {
    case T_BOOL: return pyBool(addr.load(as: CChar.self) != 0)
    case T_BYTE: return PyLong_FromLong(Int(addr.load(as: Int8.self)))
    case T_UBYTE: return PyLong_FromLong(Int(addr.load(as: UInt8.self)))
    case T_SHORT: return PyLong_FromLong(Int(addr.load(as: Int16.self)))
    case T_USHORT: return PyLong_FromLong(Int(addr.load(as: UInt16.self)))
    case T_INT: return PyLong_FromLong(Int(addr.load(as: Int32.self)))
    case T_UINT: return PyLong_FromLong(Int(addr.load(as: UInt32.self)))
    case T_LONG: return PyLong_FromLong(addr.load(as: Int.self))
    case T_ULONG: return PyLong_FromUnsignedLong(addr.load(as: UInt.self))
    case T_PYSSIZET: return PyLong_FromSsize_t(addr.load(as: Int.self))
    case T_FLOAT: return PyFloat_FromDouble(Double(addr.load(as: Float.self)))
    case T_DOUBLE: return PyFloat_FromDouble(addr.load(as: Double.self))
    case T_STRING:
        guard let p = addr.load(as: UnsafePointer<CChar>?.self) else { return pyNoneRef() }
        return PyUnicode_FromString(p)
    case T_STRING_INPLACE: return PyUnicode_FromString(addr.assumingMemoryBound(to: CChar.self))
    case T_CHAR:
        var c = addr.load(as: CChar.self)
        return PyUnicode_FromStringAndSize(&c, 1)
    case T_OBJECT:
        return newRef(addr.load(as: PyObjectRef?.self) ?? pyNone)
    case T_OBJECT_EX:
        guard let v = addr.load(as: PyObjectRef?.self) else {
            let obj = UnsafeMutableRawPointer(mutating: base).assumingMemoryBound(to: PyObject.self)
            setError(PyExc_AttributeError, "'\(typeName(of: obj))' object has no attribute '\(String(cString: l.pointee.name))'")
            return nil
        }
        return newRef(v)
    case T_LONGLONG: return PyLong_FromLongLong(addr.load(as: Int64.self))
    case T_ULONGLONG: return PyLong_FromUnsignedLongLong(addr.load(as: UInt64.self))
    case T_NONE: return pyNoneRef()
    default:
        setError(PyExc_SystemError, "bad memberdescr type for \(String(cString: l.pointee.name))")
        return nil
    }
}

/// Writes `v` (nil deletes: only object fields) into the field `l` of the object at `objAddr`.
@c @implementation public func PyMember_SetOne(_ objAddr: UnsafeMutablePointer<CChar>?, _ l: UnsafeMutablePointer<PyMemberDef>?, _ v: PyObjectRef?) -> Int32 {
    guard let base = objAddr, let l = l else { return -1 }
    let addr = UnsafeMutableRawPointer(base) + l.pointee.offset
    let type = l.pointee.type
    if l.pointee.flags & READONLY != 0 {
        setError(PyExc_AttributeError, "readonly attribute")
        return -1
    }
    guard let v = v else {
        if type == T_OBJECT_EX {
            guard let old = addr.load(as: PyObjectRef?.self) else {
                setError(PyExc_AttributeError, String(cString: l.pointee.name))
                return -1
            }
            addr.storeBytes(of: nil, as: PyObjectRef?.self)
            Py_DECREF(old)
            return 0
        }
        if type == T_OBJECT {
            let old = addr.load(as: PyObjectRef?.self)
            addr.storeBytes(of: nil, as: PyObjectRef?.self)
            xdecref(old)
            return 0
        }
        setError(PyExc_TypeError, "can't delete numeric/char attribute")
        return -1
    }
    @inline(__always) func longValue() -> Int? {
        let x = PyLong_AsLong(v)
        if x == -1 && errorOccurred() { return nil }
        return x
    }
    switch type {
    case T_BOOL:
        if v.pointee.ob_type != SPyType_Bool() {
            setError(PyExc_TypeError, "attribute value type must be bool")
            return -1
        }
        addr.storeBytes(of: CChar(v == pyTrue ? 1 : 0), as: CChar.self)
    case T_BYTE: guard let x = longValue() else { return -1 }; addr.storeBytes(of: Int8(truncatingIfNeeded: x), as: Int8.self)
    case T_UBYTE: guard let x = longValue() else { return -1 }; addr.storeBytes(of: UInt8(truncatingIfNeeded: x), as: UInt8.self)
    case T_SHORT: guard let x = longValue() else { return -1 }; addr.storeBytes(of: Int16(truncatingIfNeeded: x), as: Int16.self)
    case T_USHORT: guard let x = longValue() else { return -1 }; addr.storeBytes(of: UInt16(truncatingIfNeeded: x), as: UInt16.self)
    case T_INT: guard let x = longValue() else { return -1 }; addr.storeBytes(of: Int32(truncatingIfNeeded: x), as: Int32.self)
    case T_UINT: guard let x = longValue() else { return -1 }; addr.storeBytes(of: UInt32(truncatingIfNeeded: x), as: UInt32.self)
    case T_LONG: guard let x = longValue() else { return -1 }; addr.storeBytes(of: x, as: Int.self)
    case T_ULONG:
        var x = PyLong_AsUnsignedLong(v)
        if x == UInt.max && errorOccurred() {
            PyErr_Clear()
            let s = PyLong_AsLong(v)
            if s == -1 && errorOccurred() { return -1 }
            x = UInt(bitPattern: s)
        }
        addr.storeBytes(of: x, as: UInt.self)
    case T_PYSSIZET:
        let x = PyLong_AsSsize_t(v)
        if x == -1 && errorOccurred() { return -1 }
        addr.storeBytes(of: x, as: Int.self)
    case T_FLOAT:
        let x = PyFloat_AsDouble(v)
        if x == -1 && errorOccurred() { return -1 }
        addr.storeBytes(of: Float(x), as: Float.self)
    case T_DOUBLE:
        let x = PyFloat_AsDouble(v)
        if x == -1 && errorOccurred() { return -1 }
        addr.storeBytes(of: x, as: Double.self)
    case T_OBJECT, T_OBJECT_EX:
        let old = addr.load(as: PyObjectRef?.self)
        addr.storeBytes(of: newRef(v), as: PyObjectRef?.self)
        xdecref(old)
    case T_CHAR:
        guard isStrObject(v) else { _ = PyErr_BadArgument(); return -1 }
        var len = 0
        guard let s = PyUnicode_AsUTF8AndSize(v, &len), len == 1 else { _ = PyErr_BadArgument(); return -1 }
        addr.storeBytes(of: s[0], as: CChar.self)
    case T_STRING, T_STRING_INPLACE:
        setError(PyExc_TypeError, "readonly attribute")
        return -1
    case T_LONGLONG:
        let x = PyLong_AsLongLong(v)
        if x == -1 && errorOccurred() { return -1 }
        addr.storeBytes(of: x, as: Int64.self)
    case T_ULONGLONG:
        var x = PyLong_AsUnsignedLongLong(v)
        if x == UInt64.max && errorOccurred() {
            PyErr_Clear()
            let s = PyLong_AsLongLong(v)
            if s == -1 && errorOccurred() { return -1 }
            x = UInt64(bitPattern: s)
        }
        addr.storeBytes(of: x, as: UInt64.self)
    default:
        setError(PyExc_SystemError, "bad memberdescr type for \(String(cString: l.pointee.name))")
        return -1
    }
    return 0
}

// MARK: - getset descriptors

@c @implementation public func PyDescr_NewGetSet(_ type: PyTypeRef?, _ getset: UnsafeMutablePointer<PyGetSetDef>?) -> PyObjectRef? {
    guard let type = type, let getset = getset else { return nil }
    guard let d = newDescriptor(SPyType_GetSetDescr(), type, getset.pointee.name, size: MemoryLayout<PyGetSetDescrObject>.size) else { return nil }
    d.cast(to: PyGetSetDescrObject.self).pointee.d_getset = getset
    return d
}

@inline(__always) func getsetDef(_ d: PyObjectRef) -> UnsafeMutablePointer<PyGetSetDef> { d.cast(to: PyGetSetDescrObject.self).pointee.d_getset }

func getsetGet(_ d: PyObjectRef?, _ obj: PyObjectRef?, _ type: PyObjectRef?) -> PyObjectRef? {
    let d = d!
    guard let obj = obj else { return newRef(d) }
    guard descrCheck(d, obj) else { return nil }
    let gs = getsetDef(d)
    if let g = gs.pointee.get { return g(obj, gs.pointee.closure) }
    setError(PyExc_AttributeError, "attribute '\(descrName(d))' of '\(typeNameString(descrType(d)))' objects is not readable")
    return nil
}

func getsetSet(_ d: PyObjectRef?, _ obj: PyObjectRef?, _ value: PyObjectRef?) -> Int32 {
    let d = d!, obj = obj!
    guard descrCheck(d, obj) else { return -1 }
    let gs = getsetDef(d)
    if let s = gs.pointee.set { return s(obj, value, gs.pointee.closure) }
    setError(PyExc_AttributeError, "attribute '\(descrName(d))' of '\(typeNameString(descrType(d)))' objects is not writable")
    return -1
}

func getsetRepr(_ d: PyObjectRef?) -> PyObjectRef? {
    pyStr("<attribute '\(descrName(d!))' of '\(typeNameString(descrType(d!)))' objects>")
}
func getsetGetDoc(_ d: PyObjectRef?, _ c: UnsafeMutableRawPointer?) -> PyObjectRef? {
    guard let doc = getsetDef(d!).pointee.doc else { return pyNoneRef() }
    return PyUnicode_FromString(doc)
}

// MARK: - wrapper descriptors (slot wrappers) and method-wrapper

@c @implementation public func PyDescr_NewWrapper(_ type: PyTypeRef?, _ base: UnsafeMutablePointer<wrapperbase>?, _ wrapped: UnsafeMutableRawPointer?) -> PyObjectRef? {
    guard let type = type, let base = base else { return nil }
    guard let d = newDescriptor(SPyType_WrapperDescr(), type, base.pointee.name, size: MemoryLayout<PyWrapperDescrObject>.size) else { return nil }
    let f = d.cast(to: PyWrapperDescrObject.self)
    f.pointee.d_base = base
    f.pointee.d_wrapped = wrapped
    return d
}

@inline(__always) func wrapperDescrFields(_ d: PyObjectRef) -> UnsafeMutablePointer<PyWrapperDescrObject> { d.cast(to: PyWrapperDescrObject.self) }

/// Calls the slot behind a wrapper descriptor for `self_` with an args tuple and kwargs.
func callWrapper(_ d: PyObjectRef, _ self_: PyObjectRef, _ args: PyObjectRef, _ kwds: PyObjectRef?) -> PyObjectRef? {
    let f = wrapperDescrFields(d)
    let base = f.pointee.d_base!
    guard let w = base.pointee.wrapper else { return nil }
    if base.pointee.flags & PyWrapperFlag_KEYWORDS != 0 {
        return unsafeBitCast(w, to: wrapperfunc_kwds.self)(self_, args, f.pointee.d_wrapped, kwds)
    }
    if let k = kwds, isDictObject(k), PyDict_Size(k) != 0 {
        setError(PyExc_TypeError, "wrapper \(String(cString: base.pointee.name))() takes no keyword arguments")
        return nil
    }
    return w(self_, args, f.pointee.d_wrapped)
}

func wrapperDescrGet(_ d: PyObjectRef?, _ obj: PyObjectRef?, _ type: PyObjectRef?) -> PyObjectRef? {
    let d = d!
    guard let obj = obj else { return newRef(d) }
    guard descrCheck(d, obj) else { return nil }
    return PyWrapper_New(d, obj)
}

func wrapperDescrCall(_ d: PyObjectRef?, _ args: PyObjectRef?, _ kwds: PyObjectRef?) -> PyObjectRef? {
    let d = d!, args = args!
    let n = varSizeOf(args)
    if n < 1 {
        setError(PyExc_TypeError, "descriptor '\(descrName(d))' of '\(typeNameString(descrType(d)))' object needs an argument")
        return nil
    }
    let s = tupleItem(args, 0)
    if !typeCheck(s, descrType(d)) {
        setError(PyExc_TypeError, "descriptor '\(descrName(d))' requires a '\(typeNameString(descrType(d)))' object but received a '\(typeName(of: s))'")
        return nil
    }
    guard let rest = PyTuple_GetSlice(args, 1, n) else { return nil }
    defer { Py_DECREF(rest) }
    return callWrapper(d, s, rest, kwds)
}

func wrapperDescrRepr(_ d: PyObjectRef?) -> PyObjectRef? {
    pyStr("<slot wrapper '\(descrName(d!))' of '\(typeNameString(descrType(d!)))' objects>")
}
func wrapperDescrGetDoc(_ d: PyObjectRef?, _ c: UnsafeMutableRawPointer?) -> PyObjectRef? { docObject(wrapperDescrFields(d!).pointee.d_base.pointee.doc) }
func wrapperDescrGetTextSignature(_ d: PyObjectRef?, _ c: UnsafeMutableRawPointer?) -> PyObjectRef? { textSignatureObject(wrapperDescrFields(d!).pointee.d_base.pointee.doc) }

@inline(__always) func wrapperObjectFields(_ w: PyObjectRef) -> UnsafeMutablePointer<wrapperobject> { w.cast(to: wrapperobject.self) }

@c @implementation public func PyWrapper_New(_ d: PyObjectRef?, _ self_: PyObjectRef?) -> PyObjectRef? {
    guard let d = d, let s = self_ else { return nil }
    guard let w = _PyObject_GC_New(SPyType_MethodWrapper()) else { return nil }
    wrapperObjectFields(w).pointee.descr = newRef(d)
    wrapperObjectFields(w).pointee.`self` = newRef(s)
    PyObject_GC_Track(UnsafeMutableRawPointer(w))
    return w
}

func methodWrapperDealloc(_ w: PyObjectRef?) {
    let w = w!
    PyObject_GC_UnTrack(UnsafeMutableRawPointer(w))
    xdecref(wrapperObjectFields(w).pointee.descr)
    xdecref(wrapperObjectFields(w).pointee.`self`)
    PyObject_GC_Del(UnsafeMutableRawPointer(w))
}
func methodWrapperTraverse(_ w: PyObjectRef?, _ visit: visitproc?, _ arg: UnsafeMutableRawPointer?) -> Int32 {
    let f = wrapperObjectFields(w!)
    if let d = f.pointee.descr { let r = visit!(d, arg); if r != 0 { return r } }
    if let s = f.pointee.`self` { let r = visit!(s, arg); if r != 0 { return r } }
    return 0
}
func methodWrapperCall(_ w: PyObjectRef?, _ args: PyObjectRef?, _ kwds: PyObjectRef?) -> PyObjectRef? {
    let f = wrapperObjectFields(w!)
    return callWrapper(f.pointee.descr!, f.pointee.`self`!, args!, kwds)
}
func methodWrapperRepr(_ w: PyObjectRef?) -> PyObjectRef? {
    let f = wrapperObjectFields(w!)
    let s = f.pointee.`self`!
    return pyStr("<method-wrapper '\(descrName(f.pointee.descr!))' of \(typeName(of: s)) object at \(pointerString(s))>")
}
func methodWrapperRichcompare(_ a: PyObjectRef?, _ b: PyObjectRef?, _ op: Int32) -> PyObjectRef? {
    let a = a!, b = b!
    if (op != Py_EQ && op != Py_NE) || b.pointee.ob_type != SPyType_MethodWrapper() { return newRef(pyNotImplemented) }
    let fa = wrapperObjectFields(a), fb = wrapperObjectFields(b)
    let eq = fa.pointee.descr == fb.pointee.descr && fa.pointee.`self` == fb.pointee.`self`
    return pyBool(op == Py_EQ ? eq : !eq)
}
func methodWrapperHash(_ w: PyObjectRef?) -> Int {
    let f = wrapperObjectFields(w!)
    let h = hashPointer(f.pointee.`self`!) ^ hashPointer(f.pointee.descr!)
    return h == -1 ? -2 : h
}
func methodWrapperGetSelf(_ w: PyObjectRef?, _ c: UnsafeMutableRawPointer?) -> PyObjectRef? { newRef(wrapperObjectFields(w!).pointee.`self`!) }
func methodWrapperGetObjclass(_ w: PyObjectRef?, _ c: UnsafeMutableRawPointer?) -> PyObjectRef? { newRef(descrType(wrapperObjectFields(w!).pointee.descr!).asObject) }
func methodWrapperGetName(_ w: PyObjectRef?, _ c: UnsafeMutableRawPointer?) -> PyObjectRef? { PyUnicode_FromString(wrapperDescrFields(wrapperObjectFields(w!).pointee.descr!).pointee.d_base.pointee.name) }
func methodWrapperGetQualname(_ w: PyObjectRef?, _ c: UnsafeMutableRawPointer?) -> PyObjectRef? { descrGetQualname(wrapperObjectFields(w!).pointee.descr, nil) }
func methodWrapperGetDoc(_ w: PyObjectRef?, _ c: UnsafeMutableRawPointer?) -> PyObjectRef? { wrapperDescrGetDoc(wrapperObjectFields(w!).pointee.descr, nil) }
func methodWrapperGetTextSignature(_ w: PyObjectRef?, _ c: UnsafeMutableRawPointer?) -> PyObjectRef? { wrapperDescrGetTextSignature(wrapperObjectFields(w!).pointee.descr, nil) }
func methodWrapperReduce(_ w: PyObjectRef?, _ unused: PyObjectRef?) -> PyObjectRef? {
    let f = wrapperObjectFields(w!)
    guard let getattr = builtinObject("getattr") else { return nil }
    guard let inner = makeTuple([f.pointee.`self`!, descrFields(f.pointee.descr!).pointee.d_name!]) else { return nil }
    defer { Py_DECREF(inner) }
    return makeTuple([getattr, inner])
}

// MARK: - type set-up

func initDescriptorTypes() {
    let qualname = GetSetSpec("__qualname__", get: descrGetQualname)
    let reduce = MethodSpec.noArgs("__reduce__", descrReduce)

    let md = SPyType_MethodDescr()
    fillDescrType(md, "method_descriptor", size: MemoryLayout<PyMethodDescrObject>.size)
    md.pointee.tp_flags |= UInt(Py_TPFLAGS_HAVE_VECTORCALL) | UInt(Py_TPFLAGS_METHOD_DESCRIPTOR)
    md.pointee.tp_vectorcall_offset = MemoryLayout<PyMethodDescrObject>.offset(of: \PyMethodDescrObject.vectorcall)!
    md.pointee.tp_call = PyVectorcall_Call
    md.pointee.tp_repr = methodDescrRepr
    md.pointee.tp_descr_get = methodDescrGet
    md.pointee.tp_methods = makeMethodTable([reduce])
    md.pointee.tp_getset = makeGetSetTable([GetSetSpec("__doc__", get: methodDescrGetDoc), qualname,
                                            GetSetSpec("__text_signature__", get: methodDescrGetTextSignature)])

    let cmd = SPyType_ClassMethodDescr()
    fillDescrType(cmd, "classmethod_descriptor", size: MemoryLayout<PyMethodDescrObject>.size)
    cmd.pointee.tp_call = classMethodDescrCall
    cmd.pointee.tp_repr = methodDescrRepr
    cmd.pointee.tp_descr_get = classMethodDescrGet
    cmd.pointee.tp_getset = makeGetSetTable([GetSetSpec("__doc__", get: methodDescrGetDoc), qualname,
                                             GetSetSpec("__text_signature__", get: methodDescrGetTextSignature)])

    let mem = SPyType_MemberDescr()
    fillDescrType(mem, "member_descriptor", size: MemoryLayout<PyMemberDescrObject>.size)
    mem.pointee.tp_repr = memberRepr
    mem.pointee.tp_descr_get = memberGet
    mem.pointee.tp_descr_set = memberSet
    mem.pointee.tp_methods = makeMethodTable([reduce])
    mem.pointee.tp_getset = makeGetSetTable([GetSetSpec("__doc__", get: memberGetDoc), qualname])

    let gs = SPyType_GetSetDescr()
    fillDescrType(gs, "getset_descriptor", size: MemoryLayout<PyGetSetDescrObject>.size)
    gs.pointee.tp_repr = getsetRepr
    gs.pointee.tp_descr_get = getsetGet
    gs.pointee.tp_descr_set = getsetSet
    gs.pointee.tp_getset = makeGetSetTable([GetSetSpec("__doc__", get: getsetGetDoc), qualname])

    let wd = SPyType_WrapperDescr()
    fillDescrType(wd, "wrapper_descriptor", size: MemoryLayout<PyWrapperDescrObject>.size)
    wd.pointee.tp_flags |= UInt(Py_TPFLAGS_METHOD_DESCRIPTOR)
    wd.pointee.tp_call = wrapperDescrCall
    wd.pointee.tp_repr = wrapperDescrRepr
    wd.pointee.tp_descr_get = wrapperDescrGet
    wd.pointee.tp_methods = makeMethodTable([reduce])
    wd.pointee.tp_getset = makeGetSetTable([GetSetSpec("__doc__", get: wrapperDescrGetDoc), qualname,
                                            GetSetSpec("__text_signature__", get: wrapperDescrGetTextSignature)])

    let mw = SPyType_MethodWrapper()
    mw.pointee.tp_name = immortalCString("method-wrapper")
    mw.pointee.tp_basicsize = MemoryLayout<wrapperobject>.size
    mw.pointee.tp_dealloc = methodWrapperDealloc
    mw.pointee.tp_repr = methodWrapperRepr
    mw.pointee.tp_hash = methodWrapperHash
    mw.pointee.tp_call = methodWrapperCall
    mw.pointee.tp_getattro = PyObject_GenericGetAttr
    mw.pointee.tp_flags = tpFlagsDefault | UInt(Py_TPFLAGS_HAVE_GC)
    mw.pointee.tp_traverse = methodWrapperTraverse
    mw.pointee.tp_richcompare = methodWrapperRichcompare
    mw.pointee.tp_methods = makeMethodTable([.noArgs("__reduce__", methodWrapperReduce)])
    mw.pointee.tp_getset = makeGetSetTable([
        GetSetSpec("__objclass__", get: methodWrapperGetObjclass),
        GetSetSpec("__name__", get: methodWrapperGetName),
        GetSetSpec("__qualname__", get: methodWrapperGetQualname),
        GetSetSpec("__doc__", get: methodWrapperGetDoc),
        GetSetSpec("__text_signature__", get: methodWrapperGetTextSignature),
        GetSetSpec("__self__", get: methodWrapperGetSelf),
    ])
}
