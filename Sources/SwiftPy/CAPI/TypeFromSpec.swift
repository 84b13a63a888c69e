// Heap types from a PyType_Spec (PyType_FromSpec, PyType_FromSpecWithBases, PyType_FromModuleAndSpec)
// and the spec-era type accessors (PyType_GetSlot, PyType_GetModule, PyType_GetModuleState,
// PyType_GetModuleByDef, PyType_GetName, PyType_GetQualName). Declared in sdk_extras.h.
//
// A spec type is a PyHeapTypeObject allocated through PyType_Type's tp_alloc, its tp_as_* pointers
// aimed at the embedded tables, its slots written from the spec, then completed by PyType_Ready
// (which adds slot wrappers, methods, members and getsets, and inherits what the spec leaves unset).
import CPython

// MARK: - slot table

/// Which table of a type object a slot id lives in.
private enum SlotTable { case type, async, number, sequence, mapping, buffer }

/// Slot id -> (table, byte offset of the function pointer in that table). Index = id (typeslots.h).
private let slotLayout: [(SlotTable, Int)?] = {
    var t = [(SlotTable, Int)?](repeating: nil, count: Int(_SPY_MAX_TYPESLOT) + 1)
    func tp<T>(_ id: Int32, _ k: KeyPath<PyTypeObject, T>) { t[Int(id)] = (.type, MemoryLayout<PyTypeObject>.offset(of: k)!) }
    func nb<T>(_ id: Int32, _ k: KeyPath<PyNumberMethods, T>) { t[Int(id)] = (.number, MemoryLayout<PyNumberMethods>.offset(of: k)!) }
    func sq<T>(_ id: Int32, _ k: KeyPath<PySequenceMethods, T>) { t[Int(id)] = (.sequence, MemoryLayout<PySequenceMethods>.offset(of: k)!) }
    func mp<T>(_ id: Int32, _ k: KeyPath<PyMappingMethods, T>) { t[Int(id)] = (.mapping, MemoryLayout<PyMappingMethods>.offset(of: k)!) }
    func am<T>(_ id: Int32, _ k: KeyPath<PyAsyncMethods, T>) { t[Int(id)] = (.async, MemoryLayout<PyAsyncMethods>.offset(of: k)!) }
    func bf<T>(_ id: Int32, _ k: KeyPath<PyBufferProcs, T>) { t[Int(id)] = (.buffer, MemoryLayout<PyBufferProcs>.offset(of: k)!) }
    bf(Py_bf_getbuffer, \.bf_getbuffer); bf(Py_bf_releasebuffer, \.bf_releasebuffer)
    mp(Py_mp_ass_subscript, \.mp_ass_subscript); mp(Py_mp_length, \.mp_length); mp(Py_mp_subscript, \.mp_subscript)
    nb(Py_nb_absolute, \.nb_absolute); nb(Py_nb_add, \.nb_add); nb(Py_nb_and, \.nb_and); nb(Py_nb_bool, \.nb_bool)
    nb(Py_nb_divmod, \.nb_divmod); nb(Py_nb_float, \.nb_float); nb(Py_nb_floor_divide, \.nb_floor_divide)
    nb(Py_nb_index, \.nb_index); nb(Py_nb_inplace_add, \.nb_inplace_add); nb(Py_nb_inplace_and, \.nb_inplace_and)
    nb(Py_nb_inplace_floor_divide, \.nb_inplace_floor_divide); nb(Py_nb_inplace_lshift, \.nb_inplace_lshift)
    nb(Py_nb_inplace_multiply, \.nb_inplace_multiply); nb(Py_nb_inplace_or, \.nb_inplace_or)
    nb(Py_nb_inplace_power, \.nb_inplace_power); nb(Py_nb_inplace_remainder, \.nb_inplace_remainder)
    nb(Py_nb_inplace_rshift, \.nb_inplace_rshift); nb(Py_nb_inplace_subtract, \.nb_inplace_subtract)
    nb(Py_nb_inplace_true_divide, \.nb_inplace_true_divide); nb(Py_nb_inplace_xor, \.nb_inplace_xor)
    nb(Py_nb_int, \.nb_int); nb(Py_nb_invert, \.nb_invert); nb(Py_nb_lshift, \.nb_lshift)
    nb(Py_nb_multiply, \.nb_multiply); nb(Py_nb_negative, \.nb_negative); nb(Py_nb_or, \.nb_or)
    nb(Py_nb_positive, \.nb_positive); nb(Py_nb_power, \.nb_power); nb(Py_nb_remainder, \.nb_remainder)
    nb(Py_nb_rshift, \.nb_rshift); nb(Py_nb_subtract, \.nb_subtract); nb(Py_nb_true_divide, \.nb_true_divide)
    nb(Py_nb_xor, \.nb_xor); nb(Py_nb_matrix_multiply, \.nb_matrix_multiply)
    nb(Py_nb_inplace_matrix_multiply, \.nb_inplace_matrix_multiply)
    sq(Py_sq_ass_item, \.sq_ass_item); sq(Py_sq_concat, \.sq_concat); sq(Py_sq_contains, \.sq_contains)
    sq(Py_sq_inplace_concat, \.sq_inplace_concat); sq(Py_sq_inplace_repeat, \.sq_inplace_repeat)
    sq(Py_sq_item, \.sq_item); sq(Py_sq_length, \.sq_length); sq(Py_sq_repeat, \.sq_repeat)
    tp(Py_tp_alloc, \.tp_alloc); tp(Py_tp_base, \.tp_base); tp(Py_tp_bases, \.tp_bases); tp(Py_tp_call, \.tp_call)
    tp(Py_tp_clear, \.tp_clear); tp(Py_tp_dealloc, \.tp_dealloc); tp(Py_tp_del, \.tp_del)
    tp(Py_tp_descr_get, \.tp_descr_get); tp(Py_tp_descr_set, \.tp_descr_set); tp(Py_tp_doc, \.tp_doc)
    tp(Py_tp_getattr, \.tp_getattr); tp(Py_tp_getattro, \.tp_getattro); tp(Py_tp_hash, \.tp_hash)
    tp(Py_tp_init, \.tp_init); tp(Py_tp_is_gc, \.tp_is_gc); tp(Py_tp_iter, \.tp_iter); tp(Py_tp_iternext, \.tp_iternext)
    tp(Py_tp_methods, \.tp_methods); tp(Py_tp_new, \.tp_new); tp(Py_tp_repr, \.tp_repr)
    tp(Py_tp_richcompare, \.tp_richcompare); tp(Py_tp_setattr, \.tp_setattr); tp(Py_tp_setattro, \.tp_setattro)
    tp(Py_tp_str, \.tp_str); tp(Py_tp_traverse, \.tp_traverse); tp(Py_tp_members, \.tp_members)
    tp(Py_tp_getset, \.tp_getset); tp(Py_tp_free, \.tp_free); tp(Py_tp_finalize, \.tp_finalize)
    am(Py_am_await, \.am_await); am(Py_am_aiter, \.am_aiter); am(Py_am_anext, \.am_anext); am(Py_am_send, \.am_send)
    return t
}()

/// Address of the slot `id` of `type`, or nil when the type has no such table (or the id is unknown).
private func specSlotAddress(_ type: PyTypeRef, _ id: Int32) -> UnsafeMutableRawPointer? {
    guard id > 0, Int(id) < slotLayout.count, let (table, offset) = slotLayout[Int(id)] else { return nil }
    let base: UnsafeMutableRawPointer?
    switch table {
    case .type: base = UnsafeMutableRawPointer(type)
    case .async: base = type.pointee.tp_as_async.map { UnsafeMutableRawPointer($0) }
    case .number: base = type.pointee.tp_as_number.map { UnsafeMutableRawPointer($0) }
    case .sequence: base = type.pointee.tp_as_sequence.map { UnsafeMutableRawPointer($0) }
    case .mapping: base = type.pointee.tp_as_mapping.map { UnsafeMutableRawPointer($0) }
    case .buffer: base = type.pointee.tp_as_buffer.map { UnsafeMutableRawPointer($0) }
    }
    return base.map { $0 + offset }
}

@inline(__always) private func specHeapType(_ type: PyTypeRef) -> UnsafeMutablePointer<PyHeapTypeObject> {
    UnsafeMutableRawPointer(type).assumingMemoryBound(to: PyHeapTypeObject.self)
}

@inline(__always) private func specIsHeap(_ type: PyTypeRef) -> Bool {
    type.pointee.tp_flags & UInt(Py_TPFLAGS_HEAPTYPE) != 0
}

private func specTypeName(_ type: PyTypeRef) -> String {
    type.pointee.tp_name.map { String(cString: $0) } ?? "?"
}

@inline(__always) private func specHasFlag(_ o: PyObjectRef, _ flag: UInt) -> Bool {
    o.pointee.ob_type.pointee.tp_flags & flag != 0
}

/// A new 1-tuple holding `o`.
private func specSingleton(_ o: PyObjectRef) -> PyObjectRef? {
    guard let t = PyTuple_New(1) else { return nil }
    Py_INCREF(o)
    _ = PyTuple_SetItem(t, 0, o)
    return t
}

/// The docstring without a leading "name(sig)\n--\n\n" signature block (as CPython strips it).
private func specDocWithoutSignature(_ doc: String) -> String {
    let bytes = Array(doc.utf8)
    let marker = Array(")\n--\n\n".utf8)
    guard bytes.count >= marker.count else { return doc }
    for i in 0...(bytes.count - marker.count) where bytes[i] == marker[0] {
        if Array(bytes[i..<(i + marker.count)]) == marker {
            return String(decoding: bytes[(i + marker.count)...], as: UTF8.self)
        }
    }
    return doc
}

@inline(__always) private func specAddress<F>(_ f: F?) -> UnsafeRawPointer? {
    f.map { unsafeBitCast($0, to: UnsafeRawPointer.self) }
}

// MARK: - default dealloc

/// tp_dealloc of spec types that give none (CPython's subtype_dealloc, reduced to what a spec type
/// can need): untrack, clear weak references and the instance dict, run the nearest base's dealloc
/// (which frees through tp_free), then drop the instance's reference to its heap type.
private let specTypeDealloc: @convention(c) (UnsafeMutablePointer<PyObject>?) -> Void = { o in
    guard let o else { return }
    let type = o.pointee.ob_type!
    if type.pointee.tp_flags & UInt(Py_TPFLAGS_HAVE_GC) != 0 { PyObject_GC_UnTrack(o) }
    if let fin = type.pointee.tp_finalize { fin(o) }
    if type.pointee.tp_weaklistoffset > 0 { PyObject_ClearWeakRefs(o) }
    if type.pointee.tp_dictoffset > 0 {
        let slot = (UnsafeMutableRawPointer(o) + type.pointee.tp_dictoffset).assumingMemoryBound(to: PyObjectRef?.self)
        if let d = slot.pointee { slot.pointee = nil; Py_DECREF(d) }
    }
    var base = type.pointee.tp_base
    let mine = specAddress(specTypeDealloc)
    while let b = base, specAddress(b.pointee.tp_dealloc) == mine { base = b.pointee.tp_base }
    if let dealloc = base?.pointee.tp_dealloc {
        dealloc(o)
    } else if let free = type.pointee.tp_free {
        free(UnsafeMutableRawPointer(o))
    }
    Py_DECREF(type.asObject)
}

// MARK: - creation

@c @implementation public func PyType_FromSpec(_ spec: UnsafeMutablePointer<PyType_Spec>?) -> UnsafeMutablePointer<PyObject>? {
    PyType_FromModuleAndSpec(nil, spec, nil)
}

@c @implementation public func PyType_FromSpecWithBases(_ spec: UnsafeMutablePointer<PyType_Spec>?,
                                                        _ bases: UnsafeMutablePointer<PyObject>?) -> UnsafeMutablePointer<PyObject>? {
    PyType_FromModuleAndSpec(nil, spec, bases)
}

@c @implementation public func PyType_FromModuleAndSpec(_ module: UnsafeMutablePointer<PyObject>?,
                                                        _ spec: UnsafeMutablePointer<PyType_Spec>?,
                                                        _ basesIn: UnsafeMutablePointer<PyObject>?) -> UnsafeMutablePointer<PyObject>? {
    guard let spec, let specName = spec.pointee.name else {
        PyErr_SetString(PyExc_SystemError, "PyType_FromSpec: spec or its name is NULL")
        return nil
    }
    let fullName = String(cString: specName)
    let slots = spec.pointee.slots
    func eachSlot(_ body: (Int32, UnsafeMutableRawPointer?) -> Bool) {
        guard var s = slots else { return }
        while s.pointee.slot != 0 {
            if !body(s.pointee.slot, s.pointee.pfunc) { return }
            s += 1
        }
    }

    // Bases: the argument, else Py_tp_bases, else Py_tp_base, else object.
    var bases: PyObjectRef
    if let b = basesIn {
        if specHasFlag(b, UInt(Py_TPFLAGS_TUPLE_SUBCLASS)) { Py_INCREF(b); bases = b } else {
            guard let t = specSingleton(b) else { return nil }
            bases = t
        }
    } else {
        var found: PyObjectRef?
        eachSlot { id, p in
            if id == Py_tp_bases, let p { found = p.assumingMemoryBound(to: PyObject.self); Py_INCREF(found!); return false }
            return true
        }
        if found == nil {
            var base: PyObjectRef = SPyType_BaseObject().asObject
            eachSlot { id, p in
                if id == Py_tp_base, let p { base = p.assumingMemoryBound(to: PyObject.self) }
                return true
            }
            found = specSingleton(base)
        }
        guard let f = found else { return nil }
        bases = f
    }
    defer { Py_DECREF(bases) }
    guard PyTuple_Size(bases) > 0 else {
        PyErr_SetString(PyExc_SystemError, "PyType_FromSpec: empty bases")
        return nil
    }
    for i in 0..<PyTuple_Size(bases) {
        let b = PyTuple_GetItem(bases, i)!
        guard specHasFlag(b, UInt(Py_TPFLAGS_TYPE_SUBCLASS)) else {
            PyErr_SetString(PyExc_TypeError, "bases must be types")
            return nil
        }
        if b.asType.pointee.tp_flags & UInt(Py_TPFLAGS_BASETYPE) == 0 {
            PyErr_SetString(PyExc_TypeError, "type '\(specTypeName(b.asType))' is not an acceptable base type")
            return nil
        }
    }
    let base = PyTuple_GetItem(bases, 0)!.asType

    // The type object.
    let metatype = SPyType_()
    guard let alloc = metatype.pointee.tp_alloc, let obj = alloc(metatype, 0) else { return nil }
    let type = obj.asType
    let ht = specHeapType(type)
    type.pointee.tp_as_async = withUnsafeMutablePointer(to: &ht.pointee.as_async) { $0 }
    type.pointee.tp_as_number = withUnsafeMutablePointer(to: &ht.pointee.as_number) { $0 }
    type.pointee.tp_as_sequence = withUnsafeMutablePointer(to: &ht.pointee.as_sequence) { $0 }
    type.pointee.tp_as_mapping = withUnsafeMutablePointer(to: &ht.pointee.as_mapping) { $0 }
    type.pointee.tp_as_buffer = withUnsafeMutablePointer(to: &ht.pointee.as_buffer) { $0 }
    type.pointee.tp_flags = UInt(spec.pointee.flags) | UInt(Py_TPFLAGS_HEAPTYPE)

    // Names: tp_name is the full dotted name; __name__/__qualname__ the last component.
    ht.pointee._ht_tpname = strdup(fullName)
    type.pointee.tp_name = UnsafePointer(ht.pointee._ht_tpname)
    let shortName = fullName.split(separator: ".", omittingEmptySubsequences: false).last.map(String.init) ?? fullName
    guard let nameObj = PyUnicode_FromString(shortName) else { Py_DECREF(obj); return nil }
    ht.pointee.ht_name = nameObj
    Py_INCREF(nameObj)
    ht.pointee.ht_qualname = nameObj

    Py_INCREF(base.asObject)
    type.pointee.tp_base = base
    Py_INCREF(bases)
    type.pointee.tp_bases = bases
    type.pointee.tp_basicsize = Py_ssize_t(spec.pointee.basicsize)
    type.pointee.tp_itemsize = Py_ssize_t(spec.pointee.itemsize)

    // Slots.
    var failed = false
    eachSlot { id, p in
        switch id {
        case Py_tp_base, Py_tp_bases:
            return true
        case Py_tp_doc:
            // Copied: the spec's string need not outlive the type. Drops a leading "sig\n--\n\n".
            if let p {
                let doc = specDocWithoutSignature(String(cString: p.assumingMemoryBound(to: CChar.self)))
                type.pointee.tp_doc = UnsafePointer(strdup(doc))
            }
            return true
        case Py_tp_members:
            if let p {
                var m = p.assumingMemoryBound(to: PyMemberDef.self)
                while let name = m.pointee.name {
                    switch String(cString: name) {
                    case "__weaklistoffset__": type.pointee.tp_weaklistoffset = m.pointee.offset
                    case "__dictoffset__": type.pointee.tp_dictoffset = m.pointee.offset
                    case "__vectorcalloffset__": type.pointee.tp_vectorcall_offset = m.pointee.offset
                    default: break
                    }
                    m += 1
                }
            }
            type.pointee.tp_members = p?.assumingMemoryBound(to: PyMemberDef.self)
            return true
        default:
            guard let addr = specSlotAddress(type, id) else {
                PyErr_SetString(PyExc_RuntimeError, "invalid slot offset")
                failed = true
                return false
            }
            addr.storeBytes(of: p, as: UnsafeMutableRawPointer?.self)
            return true
        }
    }
    if failed { Py_DECREF(obj); return nil }
    if type.pointee.tp_dealloc == nil { type.pointee.tp_dealloc = specTypeDealloc }
    if type.pointee.tp_alloc == nil { type.pointee.tp_alloc = PyType_GenericAlloc }
    if type.pointee.tp_free == nil {
        if type.pointee.tp_flags & UInt(Py_TPFLAGS_HAVE_GC) != 0 {
            type.pointee.tp_free = PyObject_GC_Del
        } else {
            type.pointee.tp_free = PyObject_Free
        }
    }
    if type.pointee.tp_vectorcall_offset != 0 && type.pointee.tp_call == nil {
        // as CPython: a vectorcall offset needs tp_call = PyVectorcall_Call
        type.pointee.tp_call = PyVectorcall_Call
    }

    guard PyType_Ready(type) == 0 else { Py_DECREF(obj); return nil }

    // __module__ from the dotted name; the module for PyType_GetModule.
    if let dot = fullName.lastIndex(of: ".") {
        guard let modName = PyUnicode_FromString(String(fullName[..<dot])) else { Py_DECREF(obj); return nil }
        let rc = PyDict_SetItemString(type.pointee.tp_dict, "__module__", modName)
        Py_DECREF(modName)
        if rc < 0 { Py_DECREF(obj); return nil }
    }
    if let module {
        Py_INCREF(module)
        ht.pointee.ht_module = module
    }
    PyType_Modified(type)
    return obj
}

// MARK: - accessors

@c @implementation public func PyType_GetSlot(_ type: UnsafeMutablePointer<PyTypeObject>?, _ slot: Int32) -> UnsafeMutableRawPointer? {
    guard let type, slot > 0, Int(slot) < slotLayout.count, slotLayout[Int(slot)] != nil else {
        _PyErr_BadInternalCall(#fileID, Int32(#line))
        return nil
    }
    guard let addr = specSlotAddress(type, slot) else { return nil }
    return addr.load(as: UnsafeMutableRawPointer?.self)
}

@c @implementation public func PyType_GetModule(_ type: UnsafeMutablePointer<PyTypeObject>?) -> UnsafeMutablePointer<PyObject>? {
    guard let type else { _PyErr_BadInternalCall(#fileID, Int32(#line)); return nil }
    guard specIsHeap(type) else {
        PyErr_SetString(PyExc_TypeError, "PyType_GetModule: Type '\(specTypeName(type))' is not a heap type")
        return nil
    }
    guard let m = specHeapType(type).pointee.ht_module else {
        PyErr_SetString(PyExc_TypeError, "PyType_GetModule: Type '\(specTypeName(type))' has no associated module")
        return nil
    }
    return m
}

@c @implementation public func PyType_GetModuleState(_ type: UnsafeMutablePointer<PyTypeObject>?) -> UnsafeMutableRawPointer? {
    guard let m = PyType_GetModule(type) else { return nil }
    return PyModule_GetState(m)
}

@c @implementation public func PyType_GetModuleByDef(_ type: UnsafeMutablePointer<PyTypeObject>?,
                                                     _ def: UnsafeMutablePointer<PyModuleDef>?) -> UnsafeMutablePointer<PyObject>? {
    guard let type else { _PyErr_BadInternalCall(#fileID, Int32(#line)); return nil }
    if let mro = type.pointee.tp_mro, specHasFlag(mro, UInt(Py_TPFLAGS_TUPLE_SUBCLASS)) {
        for i in 0..<PyTuple_Size(mro) {
            let t = PyTuple_GetItem(mro, i)!.asType
            guard specIsHeap(t), let m = specHeapType(t).pointee.ht_module else { continue }
            if PyModule_GetDef(m) == def { return m }
            PyErr_Clear()
        }
    }
    PyErr_SetString(PyExc_TypeError, "PyType_GetModuleByDef: No superclass of '\(specTypeName(type))' has the given module")
    return nil
}

@c @implementation public func PyType_GetName(_ type: UnsafeMutablePointer<PyTypeObject>?) -> UnsafeMutablePointer<PyObject>? {
    guard let type else { _PyErr_BadInternalCall(#fileID, Int32(#line)); return nil }
    return PyObject_GetAttrString(type.asObject, "__name__")
}

@c @implementation public func PyType_GetQualName(_ type: UnsafeMutablePointer<PyTypeObject>?) -> UnsafeMutablePointer<PyObject>? {
    guard let type else { _PyErr_BadInternalCall(#fileID, Int32(#line)); return nil }
    return PyObject_GetAttrString(type.asObject, "__qualname__")
}
