// PyType_Ready: completes a type object (static or heap): base, bases, dict (slot wrappers, methods,
// members, getsets, __new__, __doc__, __hash__ = None), MRO, inherited flags and slots (CPython's
// inherit_special / inherit_slots), subclass registration.
import CPython

@c @implementation public func PyType_Ready(_ type: PyTypeRef?) -> Int32 {
    guard let type = type else { return -1 }
    if typeHasFlag(type, UInt(Py_TPFLAGS_READY)) { return 0 }
    if typeHasFlag(type, UInt(Py_TPFLAGS_READYING)) { return 0 }
    type.pointee.tp_flags |= UInt(Py_TPFLAGS_READYING)
    let r = readyType(type)
    type.pointee.tp_flags &= ~UInt(Py_TPFLAGS_READYING)
    if r == 0 {
        type.pointee.tp_flags |= UInt(Py_TPFLAGS_READY)
        if countAllocations { readiedTypes.insert(UInt(bitPattern: type)) }
    }
    return r
}

func readyType(_ type: PyTypeRef) -> Int32 {
    guard type.pointee.tp_name != nil else {
        setError(PyExc_SystemError, "Type does not define the tp_name field.")
        return -1
    }
    if !isHeapType(type) { type.pointee.tp_flags |= UInt(Py_TPFLAGS_IMMUTABLETYPE) }
    let object = SPyType_BaseObject()
    // Base: static types default to object.
    var base = type.pointee.tp_base
    if base == nil && type != object {
        base = object
        if isHeapType(type) { Py_INCREF(object.asObject) }
        type.pointee.tp_base = object
    }
    if let b = base, !typeHasFlag(b, UInt(Py_TPFLAGS_READY)) {
        if PyType_Ready(b) < 0 { return -1 }
    }
    if type.pointee.ob_base.ob_base.ob_type == nil, let b = base {
        type.pointee.ob_base.ob_base.ob_type = b.pointee.ob_base.ob_base.ob_type
    }
    // Bases tuple.
    if type.pointee.tp_bases == nil {
        guard let bases = base.map({ makeTuple([$0.asObject]) }) ?? PyTuple_New(0) else { return -1 }
        type.pointee.tp_bases = bases
    }
    // Dict.
    if type.pointee.tp_dict == nil {
        guard let d = PyDict_New() else { return -1 }
        type.pointee.tp_dict = d
    }
    if addOperators(type) < 0 { return -1 }
    if let m = type.pointee.tp_methods, addMethods(type, m) < 0 { return -1 }
    if let m = type.pointee.tp_members, addMembers(type, m) < 0 { return -1 }
    if let g = type.pointee.tp_getset, addGetSets(type, g) < 0 { return -1 }
    // MRO.
    if mroInternal(type) < 0 { return -1 }
    // Inheritance.
    if let b = base { inheritSpecial(type, b) }
    let mro = type.pointee.tp_mro!
    for i in 1..<max(1, varSizeOf(mro)) {
        let b = tupleItem(mro, i)
        if isTypeObject(b) { inheritSlots(type, b.asType) }
    }
    if let b = base { inheritAsStructs(type, b) }
    if setNew(type, base) < 0 { return -1 }
    if setDoc(type) < 0 { return -1 }
    if setHash(type) < 0 { return -1 }
    registerWithBases(type)
    return 0
}

// MARK: - inheritance

func inheritSpecial(_ type: PyTypeRef, _ base: PyTypeRef) {
    let gc = UInt(Py_TPFLAGS_HAVE_GC)
    if type.pointee.tp_flags & gc == 0 && base.pointee.tp_flags & gc != 0
        && type.pointee.tp_traverse == nil && type.pointee.tp_clear == nil {
        type.pointee.tp_flags |= gc
        type.pointee.tp_traverse = base.pointee.tp_traverse
        type.pointee.tp_clear = base.pointee.tp_clear
    }
    type.pointee.tp_flags |= base.pointee.tp_flags & UInt(Py_TPFLAGS_MANAGED_DICT)
    if type.pointee.tp_basicsize == 0 { type.pointee.tp_basicsize = base.pointee.tp_basicsize }
    if type.pointee.tp_itemsize == 0 { type.pointee.tp_itemsize = base.pointee.tp_itemsize }
    if type.pointee.tp_weaklistoffset == 0 { type.pointee.tp_weaklistoffset = base.pointee.tp_weaklistoffset }
    if type.pointee.tp_dictoffset == 0 { type.pointee.tp_dictoffset = base.pointee.tp_dictoffset }
    // Fast subclass bits come from the base (each built-in sets its own bit).
    let subclassBits = UInt(Py_TPFLAGS_LONG_SUBCLASS) | UInt(Py_TPFLAGS_LIST_SUBCLASS) | UInt(Py_TPFLAGS_TUPLE_SUBCLASS)
        | UInt(Py_TPFLAGS_BYTES_SUBCLASS) | UInt(Py_TPFLAGS_UNICODE_SUBCLASS) | UInt(Py_TPFLAGS_DICT_SUBCLASS)
        | UInt(Py_TPFLAGS_BASE_EXC_SUBCLASS) | UInt(Py_TPFLAGS_TYPE_SUBCLASS)
    type.pointee.tp_flags |= base.pointee.tp_flags & subclassBits
    // pattern-matching kind (MATCH_SEQUENCE / MATCH_MAPPING), unless the type chose its own
    let collection = UInt(Py_TPFLAGS_SEQUENCE) | UInt(Py_TPFLAGS_MAPPING)
    if type.pointee.tp_flags & collection == 0 { type.pointee.tp_flags |= base.pointee.tp_flags & collection }
    if base == SPyType_() { type.pointee.tp_flags |= UInt(Py_TPFLAGS_TYPE_SUBCLASS) }
    if let exc = PyExc_BaseException, base == exc.asType { type.pointee.tp_flags |= UInt(Py_TPFLAGS_BASE_EXC_SUBCLASS) }
}

/// Copies each function-pointer slot of a sub-table that `type` leaves NULL and `base` defines
/// differently from its own base (CPython's COPYSLOT/SLOTDEFINED).
@inline(__always) func copySlots(_ dst: UnsafeMutableRawPointer, _ src: UnsafeRawPointer, _ baseBase: UnsafeRawPointer?, count: Int) {
    let d = dst.assumingMemoryBound(to: UnsafeRawPointer?.self)
    let s = src.assumingMemoryBound(to: UnsafeRawPointer?.self)
    let bb = baseBase?.assumingMemoryBound(to: UnsafeRawPointer?.self)
    for i in 0..<count where d[i] == nil {
        if let v = s[i], bb == nil || bb![i] != v { d[i] = v }
    }
}

@inline(__always) func copySlot<T>(_ type: PyTypeRef, _ base: PyTypeRef, _ kp: WritableKeyPath<PyTypeObject, T?>) {
    if type.pointee[keyPath: kp] == nil, let v = base.pointee[keyPath: kp] {
        if let bb = base.pointee.tp_base, let bv = bb.pointee[keyPath: kp], fnAddress(bv) == fnAddress(v) { return }
        type.pointee[keyPath: kp] = v
    }
}

func inheritSlots(_ type: PyTypeRef, _ base: PyTypeRef) {
    let ptr = MemoryLayout<UnsafeRawPointer>.size
    let bb = base.pointee.tp_base
    if let tn = type.pointee.tp_as_number, let bn = base.pointee.tp_as_number {
        copySlots(UnsafeMutableRawPointer(tn), UnsafeRawPointer(bn), bb?.pointee.tp_as_number.map { UnsafeRawPointer($0) },
                  count: MemoryLayout<PyNumberMethods>.size / ptr)
    }
    if let ta = type.pointee.tp_as_async, let ba = base.pointee.tp_as_async {
        copySlots(UnsafeMutableRawPointer(ta), UnsafeRawPointer(ba), bb?.pointee.tp_as_async.map { UnsafeRawPointer($0) },
                  count: MemoryLayout<PyAsyncMethods>.size / ptr)
    }
    if let ts = type.pointee.tp_as_sequence, let bs = base.pointee.tp_as_sequence {
        copySlots(UnsafeMutableRawPointer(ts), UnsafeRawPointer(bs), bb?.pointee.tp_as_sequence.map { UnsafeRawPointer($0) },
                  count: MemoryLayout<PySequenceMethods>.size / ptr)
    }
    if let tm = type.pointee.tp_as_mapping, let bm = base.pointee.tp_as_mapping {
        copySlots(UnsafeMutableRawPointer(tm), UnsafeRawPointer(bm), bb?.pointee.tp_as_mapping.map { UnsafeRawPointer($0) },
                  count: MemoryLayout<PyMappingMethods>.size / ptr)
    }
    if let tb = type.pointee.tp_as_buffer, let bbuf = base.pointee.tp_as_buffer {
        copySlots(UnsafeMutableRawPointer(tb), UnsafeRawPointer(bbuf), bb?.pointee.tp_as_buffer.map { UnsafeRawPointer($0) },
                  count: MemoryLayout<PyBufferProcs>.size / ptr)
    }
    copySlot(type, base, \.tp_dealloc)
    if type.pointee.tp_getattr == nil && type.pointee.tp_getattro == nil {
        type.pointee.tp_getattr = base.pointee.tp_getattr
        type.pointee.tp_getattro = base.pointee.tp_getattro
    }
    if type.pointee.tp_setattr == nil && type.pointee.tp_setattro == nil {
        type.pointee.tp_setattr = base.pointee.tp_setattr
        type.pointee.tp_setattro = base.pointee.tp_setattro
    }
    copySlot(type, base, \.tp_repr)
    if type.pointee.tp_vectorcall_offset == 0 { type.pointee.tp_vectorcall_offset = base.pointee.tp_vectorcall_offset }
    if type.pointee.tp_call == nil && typeHasFlag(base, UInt(Py_TPFLAGS_HAVE_VECTORCALL)) && !isHeapType(type) {
        type.pointee.tp_flags |= UInt(Py_TPFLAGS_HAVE_VECTORCALL)
    }
    copySlot(type, base, \.tp_call)
    copySlot(type, base, \.tp_str)
    if type.pointee.tp_richcompare == nil && type.pointee.tp_hash == nil && !overridesHash(type) {
        type.pointee.tp_richcompare = base.pointee.tp_richcompare
        type.pointee.tp_hash = base.pointee.tp_hash
    }
    copySlot(type, base, \.tp_iter)
    copySlot(type, base, \.tp_iternext)
    copySlot(type, base, \.tp_descr_get)
    if base.pointee.tp_descr_get != nil && fnAddress(type.pointee.tp_descr_get) == fnAddress(base.pointee.tp_descr_get)
        && typeHasFlag(type, UInt(Py_TPFLAGS_IMMUTABLETYPE)) && typeHasFlag(base, UInt(Py_TPFLAGS_METHOD_DESCRIPTOR)) {
        type.pointee.tp_flags |= UInt(Py_TPFLAGS_METHOD_DESCRIPTOR)
    }
    copySlot(type, base, \.tp_descr_set)
    if type.pointee.tp_dictoffset == 0 { type.pointee.tp_dictoffset = base.pointee.tp_dictoffset }
    copySlot(type, base, \.tp_init)
    copySlot(type, base, \.tp_alloc)
    copySlot(type, base, \.tp_is_gc)
    copySlot(type, base, \.tp_finalize)
    let gc = UInt(Py_TPFLAGS_HAVE_GC)
    if type.pointee.tp_flags & gc == base.pointee.tp_flags & gc {
        copySlot(type, base, \.tp_free)
    } else if type.pointee.tp_flags & gc != 0 && type.pointee.tp_free == nil
                && fnAddress(base.pointee.tp_free) == cfp(PyObject_Free as freefunc) {
        type.pointee.tp_free = PyObject_GC_Del
    }
}

/// True when the type's own dict defines __eq__ or __hash__ (then neither is inherited).
func overridesHash(_ type: PyTypeRef) -> Bool {
    guard let d = type.pointee.tp_dict else { return false }
    return PyDict_Contains(d, pyName(.__eq__)) > 0 || PyDict_Contains(d, pyName(.__hash__)) > 0
}

/// Static types without their own sub-tables share the base's.
func inheritAsStructs(_ type: PyTypeRef, _ base: PyTypeRef) {
    if type.pointee.tp_as_async == nil { type.pointee.tp_as_async = base.pointee.tp_as_async }
    if type.pointee.tp_as_number == nil { type.pointee.tp_as_number = base.pointee.tp_as_number }
    if type.pointee.tp_as_sequence == nil { type.pointee.tp_as_sequence = base.pointee.tp_as_sequence }
    if type.pointee.tp_as_mapping == nil { type.pointee.tp_as_mapping = base.pointee.tp_as_mapping }
    if type.pointee.tp_as_buffer == nil { type.pointee.tp_as_buffer = base.pointee.tp_as_buffer }
}

/// tp_new: static types deriving object without tp_new cannot be instantiated; a type with its own
/// tp_new gets a __new__ builtin (tp_new_wrapper); others inherit the base's.
func setNew(_ type: PyTypeRef, _ base: PyTypeRef?) -> Int32 {
    if type.pointee.tp_new == nil && base == SPyType_BaseObject() && !isHeapType(type) {
        type.pointee.tp_flags |= UInt(Py_TPFLAGS_DISALLOW_INSTANTIATION)
    }
    if !typeHasFlag(type, UInt(Py_TPFLAGS_DISALLOW_INSTANTIATION)) {
        if type.pointee.tp_new != nil {
            return addTpNewWrapper(type)
        }
        type.pointee.tp_new = base?.pointee.tp_new
    } else {
        type.pointee.tp_new = nil
    }
    return 0
}

nonisolated(unsafe) var tpNewMethodDef: UnsafeMutablePointer<PyMethodDef>? = nil

func addTpNewWrapper(_ type: PyTypeRef) -> Int32 {
    let dict = type.pointee.tp_dict!
    let has = PyDict_Contains(dict, pyName(.__new__))
    if has != 0 { return has < 0 ? -1 : 0 }
    if tpNewMethodDef == nil {
        tpNewMethodDef = makeMethodTable([.varArgsKw("__new__", tpNewWrapperKw,
            doc: "__new__($type, *args, **kwargs)\n--\n\nCreate and return a new object.  See help(type) for accurate signature.")])
    }
    guard let f = PyCFunction_NewEx(tpNewMethodDef, type.asObject, nil) else { return -1 }
    let r = PyDict_SetItem(dict, pyName(.__new__), f)
    Py_DECREF(f)
    return r
}

/// X.__new__(S, *args, **kwds): checks S is a subtype of X whose nearest static base's tp_new is
/// X's, then calls X->tp_new(S, args, kwds).
func tpNewWrapperKw(_ s: PyObjectRef?, _ args: PyObjectRef?, _ kwds: PyObjectRef?) -> PyObjectRef? {
    let type = s!.asType
    let args = args!
    let tn = typeNameString(type)
    let n = varSizeOf(args)
    if n < 1 { setError(PyExc_TypeError, "\(tn).__new__(): not enough arguments"); return nil }
    let arg0 = tupleItem(args, 0)
    if !isTypeObject(arg0) {
        setError(PyExc_TypeError, "\(tn).__new__(X): X is not a type object (\(typeName(of: arg0)))")
        return nil
    }
    let subtype = arg0.asType
    if !isSubtype(subtype, type) {
        setError(PyExc_TypeError, "\(tn).__new__(\(typeNameString(subtype))): \(typeNameString(subtype)) is not a subtype of \(tn)")
        return nil
    }
    // The most derived base that is not a heap type must share this tp_new.
    var staticbase: PyTypeRef? = subtype
    while let sb = staticbase, fnAddress(sb.pointee.tp_new) == cfp(slotTpNew as newfunc) { staticbase = sb.pointee.tp_base }
    if let sb = staticbase, let new = sb.pointee.tp_new, fnAddress(new) != fnAddress(type.pointee.tp_new) {
        setError(PyExc_TypeError, "\(tn).__new__(\(typeNameString(subtype))) is not safe, use \(typeNameString(sb)).__new__()")
        return nil
    }
    guard let rest = PyTuple_GetSlice(args, 1, n) else { return nil }
    let r = type.pointee.tp_new!(subtype, rest, kwds)
    Py_DECREF(rest)
    return r
}

/// __doc__ from tp_doc (signature line stripped) or None, unless the dict has one.
func setDoc(_ type: PyTypeRef) -> Int32 {
    let dict = type.pointee.tp_dict!
    let has = PyDict_Contains(dict, pyName(.__doc__))
    if has != 0 { return has < 0 ? -1 : 0 }
    guard let raw = type.pointee.tp_doc else { return PyDict_SetItem(dict, pyName(.__doc__), pyNone) }
    guard let doc = pyStr(docWithoutSignature(String(cString: raw))) else { return -1 }
    let r = PyDict_SetItem(dict, pyName(.__doc__), doc)
    Py_DECREF(doc)
    return r
}

/// Splits "name(sig)\n--\n\nbody" into ("(sig)", body); nil when there is no signature line.
func splitTextSignature(_ doc: String) -> (String, String)? {
    let u = Array(doc.utf8)
    let marker: [UInt8] = Array(")\n--\n\n".utf8)
    guard u.count >= marker.count else { return nil }
    var open = -1
    for i in 0...(u.count - marker.count) {
        if u[i] == 10 { return nil }   // a newline before the marker: no signature
        if u[i] == 40 && open < 0 { open = i }
        if u[i] == 41 && Array(u[i..<(i + marker.count)]) == marker {
            guard open >= 0 else { return nil }
            let sig = String(decoding: u[open...i], as: UTF8.self)
            let body = String(decoding: u[(i + marker.count)...], as: UTF8.self)
            return (sig, body)
        }
    }
    return nil
}
/// Strips a leading "name(...)\n--\n\n" text signature.
func docWithoutSignature(_ doc: String) -> String { splitTextSignature(doc)?.1 ?? doc }
/// The "(...)" text signature of a doc string, if it has one.
func textSignature(_ doc: String) -> String? { splitTextSignature(doc)?.0 }

/// No tp_hash after inheritance (the type defines __eq__ only): __hash__ = None, unhashable.
func setHash(_ type: PyTypeRef) -> Int32 {
    if type.pointee.tp_hash != nil { return 0 }
    let dict = type.pointee.tp_dict!
    let has = PyDict_Contains(dict, pyName(.__hash__))
    if has != 0 { return has < 0 ? -1 : 0 }
    if PyDict_SetItem(dict, pyName(.__hash__), pyNone) < 0 { return -1 }
    type.pointee.tp_hash = PyObject_HashNotImplemented
    return 0
}

// MARK: - dict filling

func addMethods(_ type: PyTypeRef, _ methods: UnsafeMutablePointer<PyMethodDef>) -> Int32 {
    let dict = type.pointee.tp_dict!
    var m = methods
    while let name = m.pointee.ml_name {
        defer { m += 1 }
        let flags = m.pointee.ml_flags
        guard let key = PyUnicode_InternFromString(name) else { return -1 }
        defer { Py_DECREF(key) }
        if flags & METH_COEXIST == 0 {
            let has = PyDict_Contains(dict, key)
            if has < 0 { return -1 }
            if has > 0 { continue }
        }
        let descr: PyObjectRef?
        if flags & METH_CLASS != 0 {
            if flags & METH_STATIC != 0 {
                setError(PyExc_ValueError, "method cannot be both class and static")
                return -1
            }
            descr = PyDescr_NewClassMethod(type, m)
        } else if flags & METH_STATIC != 0 {
            guard let cf = PyCFunction_NewEx(m, type.asObject, nil) else { return -1 }
            descr = PyStaticMethod_New(cf)
            Py_DECREF(cf)
        } else {
            descr = PyDescr_NewMethod(type, m)
        }
        guard let d = descr else { return -1 }
        let r = PyDict_SetItem(dict, key, d)
        Py_DECREF(d)
        if r < 0 { return -1 }
    }
    return 0
}

func addMembers(_ type: PyTypeRef, _ members: UnsafeMutablePointer<PyMemberDef>) -> Int32 {
    let dict = type.pointee.tp_dict!
    var m = members
    while let name = m.pointee.name {
        defer { m += 1 }
        guard let key = PyUnicode_InternFromString(name) else { return -1 }
        defer { Py_DECREF(key) }
        let has = PyDict_Contains(dict, key)
        if has < 0 { return -1 }
        if has > 0 { continue }
        guard let d = PyDescr_NewMember(type, m) else { return -1 }
        let r = PyDict_SetItem(dict, key, d)
        Py_DECREF(d)
        if r < 0 { return -1 }
    }
    return 0
}

func addGetSets(_ type: PyTypeRef, _ getsets: UnsafeMutablePointer<PyGetSetDef>) -> Int32 {
    let dict = type.pointee.tp_dict!
    var g = getsets
    while let name = g.pointee.name {
        defer { g += 1 }
        guard let key = PyUnicode_InternFromString(name) else { return -1 }
        defer { Py_DECREF(key) }
        let has = PyDict_Contains(dict, key)
        if has < 0 { return -1 }
        if has > 0 { continue }
        guard let d = PyDescr_NewGetSet(type, g) else { return -1 }
        let r = PyDict_SetItem(dict, key, d)
        Py_DECREF(d)
        if r < 0 { return -1 }
    }
    return 0
}
