// Method resolution order: C3 linearization (mro_implementation), custom mro() on metaclasses,
// and the checks CPython makes on the result.
import CPython

/// The class's __name__ for error messages (getattr(__name__), else repr).
func className(_ cls: PyObjectRef) -> String {
    var value: PyObjectRef? = nil
    if _PyObject_LookupAttr(cls, pyName(.__name__), &value) > 0, let v = value {
        defer { Py_DECREF(v) }
        if isStrObject(v) { return swiftString(v) }
    }
    PyErr_Clear()
    return reprString(cls)
}

/// C3 merge of the bases' MROs; returns a new tuple (type first) or nil with TypeError set.
func mroImplementation(_ type: PyTypeRef) -> PyObjectRef? {
    guard let basesTuple = type.pointee.tp_bases else { return makeTuple([type.asObject]) }
    let n = varSizeOf(basesTuple)
    var bases: [PyTypeRef] = []
    for i in 0..<n {
        let b = tupleItem(basesTuple, i).asType
        if b.pointee.tp_mro == nil {
            setError(PyExc_TypeError, "Cannot extend an incomplete type '\(typeNameString(b))'")
            return nil
        }
        bases.append(b)
    }
    if n == 1 {
        // Single inheritance: (type,) + base.__mro__
        let baseMro = bases[0].pointee.tp_mro!
        let k = varSizeOf(baseMro)
        guard let result = PyTuple_New(k + 1) else { return nil }
        let dst = tupleItemsOf(result)
        dst[0] = newRef(type.asObject)
        let src = tupleItemsOf(baseMro)
        for i in 0..<k { dst[i + 1] = newRef(src[i]!) }
        return result
    }
    // Duplicate bases.
    for i in 0..<n {
        for j in (i + 1)..<max(i + 1, n) where bases[i] == bases[j] {
            setError(PyExc_TypeError, "duplicate base class \(className(bases[i].asObject))")
            return nil
        }
    }
    var toMerge: [[PyTypeRef]] = bases.map { b in
        let m = b.pointee.tp_mro!
        return (0..<varSizeOf(m)).map { tupleItem(m, $0).asType }
    }
    toMerge.append(bases)
    var result: [PyTypeRef] = [type]
    var heads = [Int](repeating: 0, count: toMerge.count)
    while true {
        var emptyCount = 0
        var picked: PyTypeRef? = nil
        for i in 0..<toMerge.count {
            if heads[i] >= toMerge[i].count { emptyCount += 1; continue }
            let candidate = toMerge[i][heads[i]]
            // The candidate must not appear in the tail of any list.
            var inTail = false
            for j in 0..<toMerge.count where !inTail {
                let l = toMerge[j]
                if heads[j] + 1 < l.count {
                    for k in (heads[j] + 1)..<l.count where l[k] == candidate { inTail = true; break }
                }
            }
            if !inTail { picked = candidate; break }
        }
        if emptyCount == toMerge.count { break }
        guard let p = picked else {
            setMROError(toMerge, heads)
            return nil
        }
        result.append(p)
        for i in 0..<toMerge.count where heads[i] < toMerge[i].count && toMerge[i][heads[i]] == p { heads[i] += 1 }
    }
    return makeTuple(result.map { $0.asObject })
}

func setMROError(_ toMerge: [[PyTypeRef]], _ heads: [Int]) {
    var seen: [PyTypeRef] = []
    for i in 0..<toMerge.count where heads[i] < toMerge[i].count {
        let c = toMerge[i][heads[i]]
        if !seen.contains(c) { seen.append(c) }
    }
    let names = seen.map { className($0.asObject) }.joined(separator: ", ")
    setError(PyExc_TypeError, "Cannot create a consistent method resolution\norder (MRO) for bases \(names)")
}

/// Computes tp_mro: C3 for plain `type` metaclasses, else the metaclass's mro() (checked).
/// Returns 0, or -1 with an exception set.
func mroInternal(_ type: PyTypeRef) -> Int32 {
    var result: PyObjectRef?
    let custom = type.pointee.ob_base.ob_base.ob_type != SPyType_() && isHeapType(type.pointee.ob_base.ob_base.ob_type)
    if !custom {
        result = mroImplementation(type)
    } else {
        guard let meth = lookupMethodOnType(type.asObject, pyName(.mro)) else { return -1 }
        let r = PyObject_CallNoArgs(meth)
        Py_DECREF(meth)
        guard let r = r else { return -1 }
        result = PySequence_Tuple(r)
        Py_DECREF(r)
        if let t = result, mroCheck(type, t) < 0 { Py_DECREF(t); return -1 }
    }
    guard let mro = result else { return -1 }
    let old = type.pointee.tp_mro
    type.pointee.tp_mro = mro
    xdecref(old)
    return 0
}

/// getattr(type, name) through the metatype (bound method for mro()).
func lookupMethodOnType(_ typeObj: PyObjectRef, _ name: PyObjectRef) -> PyObjectRef? {
    guard let f = typeLookup(typeObj.type, name) else {
        setError(PyExc_AttributeError, swiftString(name))
        return nil
    }
    if let g = f.type.pointee.tp_descr_get { return g(f, typeObj, typeObj.type.asObject) }
    return newRef(f)
}

/// Validates a custom mro() result: classes only, each with a layout compatible with the solid base.
func mroCheck(_ type: PyTypeRef, _ mro: PyObjectRef) -> Int32 {
    let solid = solidBase(type)
    for i in 0..<varSizeOf(mro) {
        let o = tupleItem(mro, i)
        if !isTypeObject(o) {
            setError(PyExc_TypeError, "mro() returned a non-class ('\(typeName(of: o))')")
            return -1
        }
        if !isSubtype(solid, solidBase(o.asType)) {
            setError(PyExc_TypeError, "mro() returned base with unsuitable layout ('\(typeNameString(o.asType))')")
            return -1
        }
    }
    return 0
}

/// type.mro(): the C3 linearization as a list.
func typeMroMethod(_ self_: PyObjectRef?, _ unused: PyObjectRef?) -> PyObjectRef? {
    guard let t = self_, let tup = mroImplementation(t.asType) else { return nil }
    let r = PySequence_List(tup)
    Py_DECREF(tup)
    return r
}

// MARK: - instance layout (solid base)

/// True when `type` adds C-level instance fields over `base` (ignoring an added __dict__/__weakref__).
func extraIvars(_ type: PyTypeRef, _ base: PyTypeRef) -> Bool {
    var tSize = type.pointee.tp_basicsize
    let bSize = base.pointee.tp_basicsize
    if type.pointee.tp_itemsize != 0 || base.pointee.tp_itemsize != 0 {
        return tSize != bSize || type.pointee.tp_itemsize != base.pointee.tp_itemsize
    }
    let ptr = MemoryLayout<PyObjectRef>.size
    if isHeapType(type) && type.pointee.tp_weaklistoffset != 0 && base.pointee.tp_weaklistoffset == 0
        && type.pointee.tp_weaklistoffset + ptr == tSize { tSize -= ptr }
    if isHeapType(type) && type.pointee.tp_dictoffset != 0 && base.pointee.tp_dictoffset == 0
        && type.pointee.tp_dictoffset + ptr == tSize { tSize -= ptr }
    return tSize != bSize
}

/// The most derived base that fixes the instance layout.
func solidBase(_ type: PyTypeRef) -> PyTypeRef {
    let base = type.pointee.tp_base.map { solidBase($0) } ?? SPyType_BaseObject()
    return extraIvars(type, base) ? type : base
}

/// The base whose layout the new class extends (CPython's best_base); nil with TypeError set.
func bestBase(_ bases: PyObjectRef) -> PyTypeRef? {
    var base: PyTypeRef? = nil
    var winner: PyTypeRef? = nil
    for i in 0..<varSizeOf(bases) {
        let o = tupleItem(bases, i)
        if !isTypeObject(o) { setError(PyExc_TypeError, "bases must be types"); return nil }
        let b = o.asType
        if b.pointee.tp_flags & UInt(Py_TPFLAGS_READY) == 0 && PyType_Ready(b) < 0 { return nil }
        if !typeHasFlag(b, UInt(Py_TPFLAGS_BASETYPE)) {
            setError(PyExc_TypeError, "type '\(typeNameString(b))' is not an acceptable base type")
            return nil
        }
        let candidate = solidBase(b)
        if winner == nil {
            winner = candidate; base = b
        } else if isSubtype(winner!, candidate) {
            // keep
        } else if isSubtype(candidate, winner!) {
            winner = candidate; base = b
        } else {
            setError(PyExc_TypeError, "multiple bases have instance lay-out conflict")
            return nil
        }
    }
    return base
}
