// object.c's generic protocol: attribute access (generic getattr/setattr with descriptors and the
// instance dict), rich comparison, hashing, truth, repr/str/ascii/bytes, format, dir.
import CPython

// MARK: - attributes

@inline(__always) func attributeNameError(_ name: PyObjectRef) {
    setError(PyExc_TypeError, "attribute name must be string, not '\(typeName(of: name))'")
}

/// Sets `'T' object has no attribute 'name'` and records obj/name on the AttributeError.
@inline(never) func raiseNoAttribute(_ obj: PyObjectRef, _ name: PyObjectRef) {
    setError(PyExc_AttributeError, "'\(typeName(of: obj))' object has no attribute '\(swiftString(name))'")
    setAttributeErrorContext(obj, name)
}

/// Fills AttributeError.name/.obj when unset (used for "Did you mean" suggestions).
func setAttributeErrorContext(_ obj: PyObjectRef, _ name: PyObjectRef) {
    guard let exc = currentThreadState().pointee.curexc, let ae = PyExc_AttributeError,
          isSubtype(exc.type, ae.asType) else { return }
    let f = exc.cast(to: PyAttributeErrorObject.self)
    if f.pointee.name == nil { f.pointee.name = newRef(name) }
    if f.pointee.obj == nil { f.pointee.obj = newRef(obj) }
}

/// Address of the instance-dict slot (tp_dictoffset; negative offsets count from the end of a
/// variable-size object), or nil when instances have no __dict__.
@inline(__always) func objectDictPointer(_ obj: PyObjectRef) -> UnsafeMutablePointer<PyObjectRef?>? {
    let tp = obj.type
    var offset = tp.pointee.tp_dictoffset
    if offset == 0 { return nil }
    if offset < 0 {
        var n = varSizeOf(obj)
        if n < 0 { n = -n }
        offset += objectVarSize(tp, n)
    }
    return (UnsafeMutableRawPointer(obj) + offset).assumingMemoryBound(to: PyObjectRef?.self)
}

@c @implementation public func _PyObject_GetDictPtr(_ obj: PyObjectRef?) -> UnsafeMutablePointer<PyObjectRef?>? {
    guard let obj = obj else { return nil }
    return objectDictPointer(obj)
}

/// CPython's _PyObject_GenericGetAttrWithDict. `dict` (borrowed) overrides the instance dict;
/// `suppress` returns nil without an AttributeError when the attribute is missing.
func genericGetAttrWithDict(_ obj: PyObjectRef, _ name: PyObjectRef, _ dict: PyObjectRef?, suppress: Bool) -> PyObjectRef? {
    let tp = obj.type
    if !isStrObject(name) { attributeNameError(name); return nil }
    var f: descrgetfunc? = nil
    let descr = typeLookup(tp, name)
    if let d = descr {
        Py_INCREF(d)
        f = d.type.pointee.tp_descr_get
        if let g = f, d.type.pointee.tp_descr_set != nil {
            let res = g(d, obj, tp.asObject)
            Py_DECREF(d)
            if res == nil && suppress && errorMatches(PyExc_AttributeError) { PyErr_Clear() }
            return res
        }
    }
    var instDict = dict
    if instDict == nil, let p = objectDictPointer(obj) { instDict = p.pointee }
    if let dd = instDict {
        var decided = false
        let hit = dictProbeInterned(dd, name, &decided)
        if let r = hit {
            Py_INCREF(r)
            xdecref(descr)
            return r
        }
        if decided { instDict = nil }     // proved absent: skip the full lookup
    }
    if let dd = instDict {
        Py_INCREF(dd)
        if let r = PyDict_GetItemWithError(dd, name) {
            Py_INCREF(r)
            Py_DECREF(dd)
            xdecref(descr)
            return r
        }
        Py_DECREF(dd)
        if errorOccurred() { xdecref(descr); return nil }
    }
    if let g = f {
        let res = g(descr!, obj, tp.asObject)
        Py_DECREF(descr!)
        if res == nil && suppress && errorMatches(PyExc_AttributeError) { PyErr_Clear() }
        return res
    }
    if let d = descr { return d }
    if !suppress { raiseNoAttribute(obj, name) }
    return nil
}

@c @implementation public func PyObject_GenericGetAttr(_ obj: PyObjectRef?, _ name: PyObjectRef?) -> PyObjectRef? {
    genericGetAttrWithDict(obj!, name!, nil, suppress: false)
}

/// CPython's _PyObject_GenericSetAttrWithDict (value nil deletes).
func genericSetAttrWithDict(_ obj: PyObjectRef, _ name: PyObjectRef, _ value: PyObjectRef?, _ dict: PyObjectRef?) -> Int32 {
    let tp = obj.type
    if !isStrObject(name) { attributeNameError(name); return -1 }
    Py_INCREF(name)
    defer { Py_DECREF(name) }
    let descr = typeLookup(tp, name)
    if let d = descr {
        if let f = d.type.pointee.tp_descr_set {
            Py_INCREF(d)
            let r = f(d, obj, value)
            Py_DECREF(d)
            return r
        }
    }
    var res: Int32
    if let dd = dict {
        Py_INCREF(dd)
        res = value == nil ? PyDict_DelItem(dd, name) : PyDict_SetItem(dd, name, value)
        Py_DECREF(dd)
    } else {
        guard let p = objectDictPointer(obj) else {
            if descr == nil {
                raiseNoAttribute(obj, name)
            } else {
                setError(PyExc_AttributeError, "'\(typeName(of: obj))' object attribute '\(swiftString(name))' is read-only")
            }
            return -1
        }
        if p.pointee == nil {
            guard let nd = PyDict_New() else { return -1 }
            p.pointee = nd
        }
        let dd = p.pointee!
        Py_INCREF(dd)
        res = value == nil ? PyDict_DelItem(dd, name) : PyDict_SetItem(dd, name, value)
        Py_DECREF(dd)
    }
    if res < 0 && errorMatches(PyExc_KeyError) {
        PyErr_Clear()
        if isSubtype(tp, SPyType_Type()) {
            setError(PyExc_AttributeError, "type object '\(String(cString: obj.asType.pointee.tp_name))' has no attribute '\(swiftString(name))'")
            setAttributeErrorContext(obj, name)
        } else {
            raiseNoAttribute(obj, name)
        }
    }
    return res
}

@c @implementation public func PyObject_GenericSetAttr(_ obj: PyObjectRef?, _ name: PyObjectRef?, _ value: PyObjectRef?) -> Int32 {
    genericSetAttrWithDict(obj!, name!, value, nil)
}

@c @implementation public func PyObject_GenericGetDict(_ obj: PyObjectRef?, _ context: UnsafeMutableRawPointer?) -> PyObjectRef? {
    let obj = obj!
    guard let p = objectDictPointer(obj) else {
        setError(PyExc_AttributeError, "This object has no __dict__")
        return nil
    }
    if p.pointee == nil {
        guard let d = PyDict_New() else { return nil }
        p.pointee = d
    }
    return newRef(p.pointee!)
}

@c @implementation public func PyObject_GenericSetDict(_ obj: PyObjectRef?, _ value: PyObjectRef?, _ context: UnsafeMutableRawPointer?) -> Int32 {
    let obj = obj!
    guard let p = objectDictPointer(obj) else {
        setError(PyExc_AttributeError, "This object has no __dict__")
        return -1
    }
    guard let v = value else { setError(PyExc_TypeError, "cannot delete __dict__"); return -1 }
    if !isDictObject(v) {
        setError(PyExc_TypeError, "__dict__ must be set to a dictionary, not a '\(typeName(of: v))'")
        return -1
    }
    let old = p.pointee
    p.pointee = newRef(v)
    xdecref(old)
    return 0
}

@c @implementation public func PyObject_GetAttr(_ v: PyObjectRef?, _ name: PyObjectRef?) -> PyObjectRef? {
    let v = v!, name = name!
    if !isStrObject(name) { attributeNameError(name); return nil }
    let tp = v.type
    let r: PyObjectRef?
    if let g = tp.pointee.tp_getattro { r = g(v, name) }
    else if let g = tp.pointee.tp_getattr {
        guard let s = PyUnicode_AsUTF8(name) else { return nil }
        r = g(v, UnsafeMutablePointer(mutating: s))
    } else {
        raiseNoAttribute(v, name)
        return nil
    }
    if r == nil { setAttributeErrorContext(v, name) }
    return r
}

/// 1 and *result set (new ref) when found; 0 and NULL when missing (no exception); -1 on error.
/// Avoids creating an AttributeError for the generic getattr.
@c @implementation public func _PyObject_LookupAttr(_ v: PyObjectRef?, _ name: PyObjectRef?, _ result: UnsafeMutablePointer<PyObjectRef?>?) -> Int32 {
    let v = v!, name = name!
    let tp = v.type
    if !isStrObject(name) { attributeNameError(name); result?.pointee = nil; return -1 }
    let r: PyObjectRef?
    if fnAddress(tp.pointee.tp_getattro) == cfp(PyObject_GenericGetAttr as getattrofunc) {
        r = genericGetAttrWithDict(v, name, nil, suppress: true)
        result?.pointee = r
        if r != nil { return 1 }
        return errorOccurred() ? -1 : 0
    }
    r = PyObject_GetAttr(v, name)
    result?.pointee = r
    if r != nil { return 1 }
    if errorMatches(PyExc_AttributeError) { PyErr_Clear(); return 0 }
    return -1
}

/// Swift form of _PyObject_LookupAttr: (new ref or nil, failed).
@inline(__always) func lookupAttr(_ v: PyObjectRef, _ name: PyObjectRef) -> (PyObjectRef?, Bool) {
    var r: PyObjectRef? = nil
    let rc = _PyObject_LookupAttr(v, name, &r)
    return (r, rc < 0)
}

@c @implementation public func PyObject_GetAttrString(_ v: PyObjectRef?, _ name: UnsafePointer<CChar>?) -> PyObjectRef? {
    guard let n = PyUnicode_FromString(name) else { return nil }
    let r = PyObject_GetAttr(v, n)
    Py_DECREF(n)
    return r
}

@c @implementation public func PyObject_HasAttr(_ v: PyObjectRef?, _ name: PyObjectRef?) -> Int32 {
    var r: PyObjectRef? = nil
    let rc = _PyObject_LookupAttr(v, name, &r)
    if rc < 0 { PyErr_Clear(); return 0 }
    xdecref(r)
    return rc
}

@c @implementation public func PyObject_HasAttrString(_ v: PyObjectRef?, _ name: UnsafePointer<CChar>?) -> Int32 {
    guard let n = PyUnicode_FromString(name) else { PyErr_Clear(); return 0 }
    let r = PyObject_HasAttr(v, n)
    Py_DECREF(n)
    return r
}

@c @implementation public func PyObject_SetAttr(_ v: PyObjectRef?, _ name: PyObjectRef?, _ value: PyObjectRef?) -> Int32 {
    let v = v!
    guard let n0 = name, isStrObject(n0) else { attributeNameError(name!); return -1 }
    var n: PyObjectRef? = newRef(n0)
    if isExactStr(n0) { PyUnicode_InternInPlace(&n) }
    let key = n!
    defer { Py_DECREF(key) }
    let tp = v.type
    if let s = tp.pointee.tp_setattro { return s(v, key, value) }
    if let s = tp.pointee.tp_setattr {
        guard let c = PyUnicode_AsUTF8(key) else { return -1 }
        return s(v, UnsafeMutablePointer(mutating: c), value)
    }
    let verb = value == nil ? "del" : "assign to"
    if tp.pointee.tp_getattr == nil && tp.pointee.tp_getattro == nil {
        setError(PyExc_TypeError, "'\(typeName(of: v))' object has no attributes (\(verb) .\(swiftString(key)))")
    } else {
        setError(PyExc_TypeError, "'\(typeName(of: v))' object has only read-only attributes (\(verb) .\(swiftString(key)))")
    }
    return -1
}

@c @implementation public func PyObject_SetAttrString(_ v: PyObjectRef?, _ name: UnsafePointer<CChar>?, _ value: PyObjectRef?) -> Int32 {
    guard let n = PyUnicode_FromString(name) else { return -1 }
    let r = PyObject_SetAttr(v, n, value)
    Py_DECREF(n)
    return r
}

@c @implementation public func PyObject_DelAttr(_ v: PyObjectRef?, _ name: PyObjectRef?) -> Int32 {
    PyObject_SetAttr(v, name, nil)
}

@c @implementation public func PyObject_DelAttrString(_ v: PyObjectRef?, _ name: UnsafePointer<CChar>?) -> Int32 {
    PyObject_SetAttrString(v, name, nil)
}

/// New reference to type(obj).name bound to obj (special method lookup that skips the instance
/// dict); nil without an error when the type does not define it.
@inline(__always) func lookupSpecial(_ obj: PyObjectRef, _ name: PyObjectRef) -> PyObjectRef? {
    guard let res = typeLookup(obj.type, name) else { return nil }
    if let f = res.type.pointee.tp_descr_get {
        Py_INCREF(res)
        let r = f(res, obj, obj.type.asObject)
        Py_DECREF(res)
        return r
    }
    return newRef(res)
}

/// CPython's _PyObject_GetMethod: on 1, *method is an unbound function to call with obj first;
/// on 0, *method is the attribute itself (or NULL with an exception set).
public func objectGetMethod(_ obj: PyObjectRef, _ name: PyObjectRef, _ method: UnsafeMutablePointer<PyObjectRef?>) -> Int32 {
    let tp = obj.type
    if fnAddress(tp.pointee.tp_getattro) != cfp(PyObject_GenericGetAttr as getattrofunc) || !isExactStr(name) {
        method.pointee = PyObject_GetAttr(obj, name)
        return 0
    }
    var methFound = false
    var f: descrgetfunc? = nil
    let descr = typeLookup(tp, name)
    if let d = descr {
        Py_INCREF(d)
        if typeHasFlag(d.type, UInt(Py_TPFLAGS_METHOD_DESCRIPTOR)) {
            methFound = true
        } else {
            f = d.type.pointee.tp_descr_get
            if let g = f, d.type.pointee.tp_descr_set != nil {
                method.pointee = g(d, obj, tp.asObject)
                Py_DECREF(d)
                return 0
            }
        }
    }
    if let p = objectDictPointer(obj), let dict = p.pointee {
        Py_INCREF(dict)
        if let attr = PyDict_GetItemWithError(dict, name) {
            method.pointee = newRef(attr)
            Py_DECREF(dict)
            xdecref(descr)
            return 0
        }
        Py_DECREF(dict)
        if errorOccurred() { xdecref(descr); method.pointee = nil; return 0 }
    }
    if methFound { method.pointee = descr; return 1 }
    if let g = f {
        method.pointee = g(descr!, obj, tp.asObject)
        Py_DECREF(descr!)
        return 0
    }
    if let d = descr { method.pointee = d; return 0 }
    raiseNoAttribute(obj, name)
    method.pointee = nil
    return 0
}

// MARK: - comparison

let compareOpStrings = ["<", "<=", "==", "!=", ">", ">="]

/// CPython's do_richcompare: reflected first when type(w) is a strict subclass of type(v).
@inline(__always) func doRichCompare(_ v: PyObjectRef, _ w: PyObjectRef, _ op: Int32) -> PyObjectRef? {
    let vt = v.type, wt = w.type
    var checkedReverse = false
    if vt != wt && isSubtype(wt, vt), let f = wt.pointee.tp_richcompare {
        checkedReverse = true
        guard let r = f(w, v, swappedOp(op)) else { return nil }
        if r != pyNotImplemented { return r }
        Py_DECREF(r)
    }
    if let f = vt.pointee.tp_richcompare {
        guard let r = f(v, w, op) else { return nil }
        if r != pyNotImplemented { return r }
        Py_DECREF(r)
    }
    if !checkedReverse, let f = wt.pointee.tp_richcompare {
        guard let r = f(w, v, swappedOp(op)) else { return nil }
        if r != pyNotImplemented { return r }
        Py_DECREF(r)
    }
    switch op {
    case Py_EQ: return pyBool(v == w)
    case Py_NE: return pyBool(v != w)
    default:
        setError(PyExc_TypeError, "'\(compareOpStrings[Int(op)])' not supported between instances of '\(typeName(of: v))' and '\(typeName(of: w))'")
        return nil
    }
}

@c @implementation public func PyObject_RichCompare(_ v: PyObjectRef?, _ w: PyObjectRef?, _ op: Int32) -> PyObjectRef? {
    guard let v = v, let w = w, op >= 0 && op <= 5 else {
        if !errorOccurred() { PyErr_BadInternalCall() }
        return nil
    }
    if !enterRecursiveCall(" in comparison") { return nil }
    let r = doRichCompare(v, w, op)
    leaveRecursiveCall()
    return r
}

@c @implementation public func PyObject_RichCompareBool(_ v: PyObjectRef?, _ w: PyObjectRef?, _ op: Int32) -> Int32 {
    if v == w {
        if op == Py_EQ { return 1 }
        if op == Py_NE { return 0 }
    }
    guard let r = PyObject_RichCompare(v, w, op) else { return -1 }
    if r == pyTrue { Py_DECREF(r); return 1 }
    if r == pyFalse { Py_DECREF(r); return 0 }
    let t = PyObject_IsTrue(r)
    Py_DECREF(r)
    return t
}

// MARK: - hashing and truth

@c @implementation public func PyObject_HashNotImplemented(_ v: PyObjectRef?) -> Int {
    setError(PyExc_TypeError, "unhashable type: '\(typeName(of: v!))'")
    return -1
}

@c @implementation public func PyObject_Hash(_ v: PyObjectRef?) -> Int {
    let v = v!
    let tp = v.type
    if let h = tp.pointee.tp_hash { return h(v) }
    if !typeHasFlag(tp, UInt(Py_TPFLAGS_READY)) {
        if PyType_Ready(tp) < 0 { return -1 }
        if let h = tp.pointee.tp_hash { return h(v) }
    }
    return PyObject_HashNotImplemented(v)
}

/// CPython's _Py_HashPointer: the address rotated by 4 bits (-1 becomes -2).
@inline(__always) func hashPointer(_ p: UnsafeRawPointer) -> Int {
    let y = UInt(bitPattern: p)
    let h = Int(bitPattern: (y >> 4) | (y << 60))
    return h == -1 ? -2 : h
}

@c @implementation public func PyObject_IsTrue(_ v: PyObjectRef?) -> Int32 {
    let v = v!
    if v == pyTrue { return 1 }
    if v == pyFalse || v == pyNone { return 0 }
    let tp = v.type
    var res: Int
    if let nb = tp.pointee.tp_as_number, let f = nb.pointee.nb_bool {
        return f(v)
    } else if let mp = tp.pointee.tp_as_mapping, let f = mp.pointee.mp_length {
        res = f(v)
    } else if let sq = tp.pointee.tp_as_sequence, let f = sq.pointee.sq_length {
        res = f(v)
    } else {
        return 1
    }
    return res > 0 ? 1 : Int32(truncatingIfNeeded: res)
}

@c @implementation public func PyObject_Not(_ v: PyObjectRef?) -> Int32 {
    let r = PyObject_IsTrue(v)
    return r < 0 ? r : (r == 0 ? 1 : 0)
}

@c @implementation public func PyCallable_Check(_ v: PyObjectRef?) -> Int32 {
    guard let v = v else { return 0 }
    return v.type.pointee.tp_call != nil ? 1 : 0
}

@c @implementation public func PyObject_SelfIter(_ v: PyObjectRef?) -> PyObjectRef? { newRef(v!) }

// MARK: - repr / str / ascii / bytes / format

@c @implementation public func PyObject_Repr(_ v: PyObjectRef?) -> PyObjectRef? {
    guard let v = v else { return pyStr("<NULL>") }
    let tp = v.type
    guard let f = tp.pointee.tp_repr else {
        return pyStr("<\(typeName(of: v)) object at \(pointerString(v))>")
    }
    if !enterRecursiveCall(" while getting the repr of an object") { return nil }
    let r = f(v)
    leaveRecursiveCall()
    guard let res = r else { return nil }
    if !isStrObject(res) {
        setError(PyExc_TypeError, "__repr__ returned non-string (type \(typeName(of: res)))")
        Py_DECREF(res)
        return nil
    }
    return res
}

@c @implementation public func PyObject_Str(_ v: PyObjectRef?) -> PyObjectRef? {
    guard let v = v else { return pyStr("<NULL>") }
    if isExactStr(v) { return newRef(v) }
    let tp = v.type
    guard let f = tp.pointee.tp_str else { return PyObject_Repr(v) }
    if !enterRecursiveCall(" while getting the str of an object") { return nil }
    let r = f(v)
    leaveRecursiveCall()
    guard let res = r else { return nil }
    if !isStrObject(res) {
        setError(PyExc_TypeError, "__str__ returned non-string (type \(typeName(of: res)))")
        Py_DECREF(res)
        return nil
    }
    return res
}

/// repr() with non-ASCII code points escaped as \xNN, \uNNNN or \UNNNNNNNN.
@c @implementation public func PyObject_ASCII(_ v: PyObjectRef?) -> PyObjectRef? {
    guard let r = PyObject_Repr(v) else { return nil }
    let u = r.cast(to: PyUnicodeObject.self)
    if u.pointee.ascii != 0 { return r }
    defer { Py_DECREF(r) }
    var out = ""
    let n = u.pointee.length
    let kind = Int32(u.pointee.kind)
    let data = u.pointee.data
    func hex(_ v: UInt32, _ width: Int) -> String {
        let s = String(v, radix: 16)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }
    for i in 0..<n {
        let c = PyUnicode_READ(kind, data, i)
        if c < 128 { out.unicodeScalars.append(Unicode.Scalar(c)!) }
        else if c < 256 { out += "\\x" + hex(c, 2) }
        else if c < 0x10000 { out += "\\u" + hex(c, 4) }
        else { out += "\\U" + hex(c, 8) }
    }
    return pyStr(out)
}

@c @implementation public func PyObject_Bytes(_ v: PyObjectRef?) -> PyObjectRef? {
    guard let v = v else { return PyBytes_FromString("<NULL>") }
    if v.pointee.ob_type == SPyType_Bytes() { return newRef(v) }
    if let f = lookupSpecial(v, pyName(.__bytes__)) {
        let r = PyObject_CallNoArgs(f)
        Py_DECREF(f)
        guard let res = r else { return nil }
        if res.type.pointee.tp_flags & UInt(Py_TPFLAGS_BYTES_SUBCLASS) == 0 {
            setError(PyExc_TypeError, "__bytes__ returned non-bytes (type \(typeName(of: res)))")
            Py_DECREF(res)
            return nil
        }
        return res
    }
    if errorOccurred() { return nil }
    return PyBytes_FromObject(v)
}

@c @implementation public func PyObject_Format(_ obj: PyObjectRef?, _ spec: PyObjectRef?) -> PyObjectRef? {
    let obj = obj!
    if let s = spec, !isStrObject(s) {
        setError(PyExc_SystemError, "Format specifier must be a string, not \(typeName(of: s))")
        return nil
    }
    let emptySpec = spec == nil || PyUnicode_GetLength(spec) == 0
    if emptySpec {
        if isExactStr(obj) { return newRef(obj) }
        if obj.pointee.ob_type == SPyType_Long() { return PyObject_Str(obj) }
    }
    var specObj = spec
    if specObj == nil { specObj = pyStr("") } else { Py_INCREF(specObj!) }
    guard let s = specObj else { return nil }
    defer { Py_DECREF(s) }
    guard let meth = lookupSpecial(obj, pyName(.__format__)) else {
        if !errorOccurred() { setError(PyExc_TypeError, "Type \(typeName(of: obj)) doesn't define __format__") }
        return nil
    }
    let r = PyObject_CallOneArg(meth, s)
    Py_DECREF(meth)
    guard let res = r else { return nil }
    if !isStrObject(res) {
        setError(PyExc_TypeError, "__format__ must return a str, not \(typeName(of: res))")
        Py_DECREF(res)
        return nil
    }
    return res
}

// MARK: - dir

@c @implementation public func PyObject_Dir(_ obj: PyObjectRef?) -> PyObjectRef? {
    let source: PyObjectRef
    if let o = obj {
        guard let dirfunc = lookupSpecial(o, pyName(.__dir__)) else {
            if !errorOccurred() { setError(PyExc_TypeError, "object does not provide __dir__") }
            return nil
        }
        let r = PyObject_CallNoArgs(dirfunc)
        Py_DECREF(dirfunc)
        guard let res = r else { return nil }
        source = res
    } else {
        guard let locals = PyEval_GetLocals() else { return nil }
        guard let keys = PyMapping_Keys(locals) else { return nil }
        source = keys
    }
    let list = PySequence_List(source)
    Py_DECREF(source)
    guard let l = list else { return nil }
    if PyList_Sort(l) < 0 { Py_DECREF(l); return nil }
    return l
}

// MARK: - repr recursion guard

@c @implementation public func Py_ReprEnter(_ obj: PyObjectRef?) -> Int32 {
    guard let obj = obj, let dict = PyThreadState_GetDict() else { return 0 }
    let key = internedName("Py_Repr")
    var list = PyDict_GetItemWithError(dict, key)
    if list == nil {
        if errorOccurred() { return -1 }
        guard let l = PyList_New(0) else { return -1 }
        if PyDict_SetItem(dict, key, l) < 0 { Py_DECREF(l); return -1 }
        Py_DECREF(l)
        list = l
    }
    let l = list!
    let n = varSizeOf(l)
    if let items = listItemsOf(l) {
        for i in stride(from: n - 1, through: 0, by: -1) where items[i] == obj { return 1 }
    }
    if PyList_Append(l, obj) < 0 { return -1 }
    return 0
}

@c @implementation public func Py_ReprLeave(_ obj: PyObjectRef?) {
    let saved = PyErr_GetRaisedException()
    defer { PyErr_SetRaisedException(saved) }
    guard let obj = obj, let dict = PyThreadState_GetDict(),
          let l = PyDict_GetItemWithError(dict, internedName("Py_Repr")), let items = listItemsOf(l) else { return }
    let n = varSizeOf(l)
    for i in stride(from: n - 1, through: 0, by: -1) where items[i] == obj {
        _ = PyList_SetSlice(l, i, i + 1, nil)
        break
    }
}
