// Class creation (CPython's type_new): metaclass calculation, solid base, __slots__ (member
// descriptors at fixed offsets, optional __dict__/__weakref__), heap type layout, __qualname__,
// __module__, __doc__, __classcell__, slot dispatchers, __set_name__, __init_subclass__.
// Also the generic lifetime functions of instances of classes (subtype_dealloc & co.).
import CPython

/// The most derived metaclass among `metatype` and the bases' types; nil with TypeError on conflict.
public func calculateMetaclass(_ metatype: PyTypeRef, _ bases: PyObjectRef) -> PyTypeRef? {
    var winner = metatype
    for i in 0..<varSizeOf(bases) {
        let t = tupleItem(bases, i).type
        if isSubtype(winner, t) { continue }
        if isSubtype(t, winner) { winner = t; continue }
        setError(PyExc_TypeError, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
        return nil
    }
    return winner
}

/// Name mangling of private names (__x -> _Class__x), as the compiler does.
func mangleName(_ className: PyObjectRef, _ name: PyObjectRef) -> PyObjectRef? {
    let n = swiftString(name)
    if !n.hasPrefix("__") || n.hasSuffix("__") || n.contains(".") { return newRef(name) }
    let stripped = swiftString(className).drop(while: { $0 == "_" })
    if stripped.isEmpty { return newRef(name) }
    return pyStr("_" + stripped + n)
}

struct SlotsInfo {
    var addDict = false
    var addWeak = false
    var names: PyObjectRef? = nil   // owned tuple of mangled, sorted slot names (no __dict__/__weakref__)
}

/// Reads __slots__ from the class namespace and decides which slots, __dict__ and __weakref__ to add.
func processSlots(_ dict: PyObjectRef, _ name: PyObjectRef, _ base: PyTypeRef, _ bases: PyObjectRef) -> SlotsInfo? {
    var info = SlotsInfo()
    let mayAddDict = base.pointee.tp_dictoffset == 0
    let mayAddWeak = base.pointee.tp_weaklistoffset == 0 && base.pointee.tp_itemsize == 0
    guard let rawSlots = PyDict_GetItemWithError(dict, pyName(.__slots__)) else {
        if errorOccurred() { return nil }
        info.addDict = mayAddDict
        info.addWeak = mayAddWeak
        return info
    }
    let slots: PyObjectRef
    if isStrObject(rawSlots) {
        guard let t = makeTuple([rawSlots]) else { return nil }
        slots = t
    } else {
        guard let t = PySequence_Tuple(rawSlots) else { return nil }
        slots = t
    }
    defer { Py_DECREF(slots) }
    let n = varSizeOf(slots)
    if n > 0 && base.pointee.tp_itemsize != 0 {
        setError(PyExc_TypeError, "nonempty __slots__ not supported for subtype of '\(typeNameString(base))'")
        return nil
    }
    var kept: [PyObjectRef] = []
    for i in 0..<n {
        let s = tupleItem(slots, i)
        if !isStrObject(s) {
            setError(PyExc_TypeError, "__slots__ items must be strings, not '\(typeName(of: s))'")
            return nil
        }
        if PyUnicode_IsIdentifier(s) <= 0 {
            if !errorOccurred() { setError(PyExc_TypeError, "__slots__ must be identifiers") }
            return nil
        }
        let str = swiftString(s)
        if str == "__dict__" {
            if !mayAddDict || info.addDict {
                setError(PyExc_TypeError, "__dict__ slot disallowed: we already got one")
                return nil
            }
            info.addDict = true
            continue
        }
        if str == "__weakref__" {
            if !mayAddWeak || info.addWeak {
                setError(PyExc_TypeError, "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0")
                return nil
            }
            info.addWeak = true
            continue
        }
        kept.append(s)
    }
    guard let list = PyList_New(0) else { return nil }
    defer { Py_DECREF(list) }
    for s in kept {
        guard let m = mangleName(name, s) else { return nil }
        defer { Py_DECREF(m) }
        let clash = PyDict_Contains(dict, m)
        if clash < 0 { return nil }
        if clash > 0 {
            // __qualname__ and __classcell__ are removed later; any other class variable clashes.
            let ms = swiftString(m)
            if ms != "__qualname__" && ms != "__classcell__" {
                setError(PyExc_ValueError, "\(reprString(m)) in __slots__ conflicts with class variable")
                return nil
            }
        }
        if PyList_Append(list, m) < 0 { return nil }
    }
    if PyList_Sort(list) < 0 { return nil }
    guard let names = PyList_AsTuple(list) else { return nil }
    info.names = names
    // Secondary bases may provide __dict__ or __weakref__.
    let nbases = varSizeOf(bases)
    if nbases > 1 && ((mayAddDict && !info.addDict) || (mayAddWeak && !info.addWeak)) {
        for i in 0..<nbases {
            let b = tupleItem(bases, i)
            if b == base.asObject || !isTypeObject(b) { continue }
            if mayAddDict && !info.addDict && b.asType.pointee.tp_dictoffset != 0 { info.addDict = true }
            if mayAddWeak && !info.addWeak && b.asType.pointee.tp_weaklistoffset != 0 { info.addWeak = true }
            if (!mayAddDict || info.addDict) && (!mayAddWeak || info.addWeak) { break }
        }
    }
    return info
}

// MARK: - instance __dict__ / __weakref__ getsets of classes

func subtypeGetDict(_ o: PyObjectRef?, _ c: UnsafeMutableRawPointer?) -> PyObjectRef? { PyObject_GenericGetDict(o, c) }
func subtypeSetDict(_ o: PyObjectRef?, _ v: PyObjectRef?, _ c: UnsafeMutableRawPointer?) -> Int32 { PyObject_GenericSetDict(o, v, c) }
func subtypeGetWeakref(_ o: PyObjectRef?, _ c: UnsafeMutableRawPointer?) -> PyObjectRef? {
    let o = o!
    let off = o.type.pointee.tp_weaklistoffset
    if off == 0 { setError(PyExc_AttributeError, "This object has no __weakref__"); return nil }
    let p = (UnsafeMutableRawPointer(o) + off).load(as: PyObjectRef?.self)
    return newRef(p ?? pyNone)
}

nonisolated(unsafe) var subtypeGetSetsFull: UnsafeMutablePointer<PyGetSetDef>? = nil
nonisolated(unsafe) var subtypeGetSetsDict: UnsafeMutablePointer<PyGetSetDef>? = nil
nonisolated(unsafe) var subtypeGetSetsWeak: UnsafeMutablePointer<PyGetSetDef>? = nil

func subtypeGetSets(dict: Bool, weak: Bool) -> UnsafeMutablePointer<PyGetSetDef>? {
    let d = GetSetSpec("__dict__", get: subtypeGetDict, set: subtypeSetDict, doc: "dictionary for instance variables (if defined)")
    let w = GetSetSpec("__weakref__", get: subtypeGetWeakref, doc: "list of weak references to the object (if defined)")
    if dict && weak {
        if subtypeGetSetsFull == nil { subtypeGetSetsFull = makeGetSetTable([d, w]) }
        return subtypeGetSetsFull
    }
    if dict {
        if subtypeGetSetsDict == nil { subtypeGetSetsDict = makeGetSetTable([d]) }
        return subtypeGetSetsDict
    }
    if weak {
        if subtypeGetSetsWeak == nil { subtypeGetSetsWeak = makeGetSetTable([w]) }
        return subtypeGetSetsWeak
    }
    return nil
}

// MARK: - type_new

func typeNew(_ metatypeIn: PyTypeRef?, _ args: PyObjectRef?, _ kwds: PyObjectRef?) -> PyObjectRef? {
    var metatype = metatypeIn!
    let args = args!
    let nargs = varSizeOf(args)
    if nargs != 3 {
        setError(PyExc_TypeError, "type.__new__() takes exactly 3 arguments (\(nargs) given)")
        return nil
    }
    let name = tupleItem(args, 0), basesIn = tupleItem(args, 1), origDict = tupleItem(args, 2)
    if !isStrObject(name) {
        setError(PyExc_TypeError, "type.__new__() argument 1 must be str, not \(typeName(of: name))")
        return nil
    }
    if !isTupleObject(basesIn) {
        setError(PyExc_TypeError, "type.__new__() argument 2 must be tuple, not \(typeName(of: basesIn))")
        return nil
    }
    if !isDictObject(origDict) {
        setError(PyExc_TypeError, "type.__new__() argument 3 must be dict, not \(typeName(of: origDict))")
        return nil
    }
    guard let winner = calculateMetaclass(metatype, basesIn) else { return nil }
    if winner != metatype {
        if let new = winner.pointee.tp_new, fnAddress(new) != cfp(typeNew as newfunc) {
            return new(winner, args, kwds)
        }
        metatype = winner
    }
    // Bases: () means (object,).
    let bases: PyObjectRef
    if varSizeOf(basesIn) == 0 {
        guard let b = makeTuple([SPyType_BaseObject().asObject]) else { return nil }
        bases = b
    } else {
        bases = newRef(basesIn)
    }
    defer { Py_DECREF(bases) }
    guard let base = bestBase(bases) else { return nil }
    guard let dict = PyDict_Copy(origDict) else { return nil }
    defer { Py_DECREF(dict) }
    guard let slots = processSlots(dict, name, base, bases) else { return nil }
    defer { xdecref(slots.names) }
    let nslots = slots.names.map { varSizeOf($0) } ?? 0

    // Allocate the heap type with room for its member definitions.
    guard let typeObj = metatype.pointee.tp_alloc!(metatype, nslots) else { return nil }
    let type = typeObj.asType
    let ht = heapType(type)
    type.pointee.tp_flags = tpFlagsDefault | UInt(Py_TPFLAGS_HEAPTYPE) | UInt(Py_TPFLAGS_BASETYPE) | UInt(Py_TPFLAGS_HAVE_GC)
    withUnsafeMutablePointer(to: &ht.pointee.as_async) { type.pointee.tp_as_async = $0 }
    withUnsafeMutablePointer(to: &ht.pointee.as_number) { type.pointee.tp_as_number = $0 }
    withUnsafeMutablePointer(to: &ht.pointee.as_sequence) { type.pointee.tp_as_sequence = $0 }
    withUnsafeMutablePointer(to: &ht.pointee.as_mapping) { type.pointee.tp_as_mapping = $0 }
    withUnsafeMutablePointer(to: &ht.pointee.as_buffer) { type.pointee.tp_as_buffer = $0 }
    type.pointee.tp_bases = newRef(bases)
    type.pointee.tp_base = UnsafeMutablePointer(newRef(base.asObject).asType)
    type.pointee.tp_dealloc = subtypeDealloc
    type.pointee.tp_alloc = PyType_GenericAlloc
    type.pointee.tp_free = PyObject_GC_Del
    type.pointee.tp_traverse = subtypeTraverse
    type.pointee.tp_clear = subtypeClear
    // Name.
    ht.pointee.ht_name = newRef(name)
    var size = 0
    guard let utf8 = PyUnicode_AsUTF8AndSize(name, &size) else { Py_DECREF(typeObj); return nil }
    if strlen(utf8) != size {
        setError(PyExc_ValueError, "type name must not contain null characters")
        Py_DECREF(typeObj)
        return nil
    }
    ht.pointee._ht_tpname = strdup(utf8)
    type.pointee.tp_name = UnsafePointer(ht.pointee._ht_tpname)
    type.pointee.tp_dict = newRef(dict)
    if setClassAttributes(type, dict, slots, base) < 0 { Py_DECREF(typeObj); return nil }
    if PyType_Ready(type) < 0 { Py_DECREF(typeObj); return nil }
    fixupSlotDispatchers(type)
    if setNames(type) < 0 { Py_DECREF(typeObj); return nil }
    if initSubclass(type, kwds) < 0 { Py_DECREF(typeObj); return nil }
    return typeObj
}

/// __module__, __qualname__, __doc__, staticmethod/classmethod wrapping, slots layout, getsets,
/// __classcell__ (type_new_set_attrs).
func setClassAttributes(_ type: PyTypeRef, _ dict: PyObjectRef, _ slots: SlotsInfo, _ base: PyTypeRef) -> Int32 {
    let ht = heapType(type)
    // __module__ from the caller's globals.
    let hasModule = PyDict_Contains(dict, pyName(.__module__))
    if hasModule < 0 { return -1 }
    if hasModule == 0, let globals = PyEval_GetGlobals() {
        if let m = PyDict_GetItemWithError(globals, pyName(.__name__)) {
            if PyDict_SetItem(dict, pyName(.__module__), m) < 0 { return -1 }
        } else if errorOccurred() { return -1 }
    }
    // __qualname__
    if let q = PyDict_GetItemWithError(dict, pyName(.__qualname__)) {
        if !isStrObject(q) {
            setError(PyExc_TypeError, "type __qualname__ must be a str, not \(typeName(of: q))")
            return -1
        }
        ht.pointee.ht_qualname = newRef(q)
        if PyDict_DelItem(dict, pyName(.__qualname__)) < 0 { return -1 }
    } else {
        if errorOccurred() { return -1 }
        ht.pointee.ht_qualname = newRef(ht.pointee.ht_name!)
    }
    // tp_doc from a str __doc__.
    if let doc = PyDict_GetItemWithError(dict, pyName(.__doc__)), isStrObject(doc) {
        guard let s = PyUnicode_AsUTF8(doc) else { return -1 }
        type.pointee.tp_doc = UnsafePointer(strdup(s))
    } else if errorOccurred() { return -1 }
    // __new__ is a static method; __init_subclass__ and __class_getitem__ are class methods.
    if let f = PyDict_GetItemWithError(dict, pyName(.__new__)), f.pointee.ob_type == SPyType_Function() {
        guard let sm = PyStaticMethod_New(f) else { return -1 }
        let r = PyDict_SetItem(dict, pyName(.__new__), sm)
        Py_DECREF(sm)
        if r < 0 { return -1 }
    } else if errorOccurred() { return -1 }
    for n in [StaticName.__init_subclass__, .__class_getitem__] {
        if let f = PyDict_GetItemWithError(dict, pyName(n)), f.pointee.ob_type == SPyType_Function() {
            guard let cm = PyClassMethod_New(f) else { return -1 }
            let r = PyDict_SetItem(dict, pyName(n), cm)
            Py_DECREF(cm)
            if r < 0 { return -1 }
        } else if errorOccurred() { return -1 }
    }
    // Layout: slots, then __dict__, then __weakref__.
    var slotOffset = base.pointee.tp_basicsize
    let ptr = MemoryLayout<PyObjectRef>.size
    let members = (UnsafeMutableRawPointer(type) + type.pointee.ob_base.ob_base.ob_type.pointee.tp_basicsize)
        .assumingMemoryBound(to: PyMemberDef.self)
    if let names = slots.names {
        ht.pointee.ht_slots = newRef(names)
        for i in 0..<varSizeOf(names) {
            guard let cname = PyUnicode_AsUTF8(tupleItem(names, i)) else { return -1 }
            members[i] = PyMemberDef(name: cname, type: T_OBJECT_EX, offset: slotOffset, flags: 0, doc: nil)
            slotOffset += ptr
        }
    }
    if slots.addDict {
        type.pointee.tp_dictoffset = base.pointee.tp_itemsize != 0 ? -ptr : slotOffset
        slotOffset += ptr
    }
    if slots.addWeak {
        type.pointee.tp_weaklistoffset = slotOffset
        slotOffset += ptr
    }
    type.pointee.tp_basicsize = slotOffset
    type.pointee.tp_itemsize = base.pointee.tp_itemsize
    type.pointee.tp_members = members
    type.pointee.tp_getset = subtypeGetSets(dict: type.pointee.tp_dictoffset != 0, weak: type.pointee.tp_weaklistoffset != 0)
    if type.pointee.tp_dictoffset != 0 || slots.names.map({ varSizeOf($0) > 0 }) == true {
        if base.pointee.tp_getattr == nil && base.pointee.tp_getattro == nil { type.pointee.tp_getattro = PyObject_GenericGetAttr }
        if base.pointee.tp_setattr == nil && base.pointee.tp_setattro == nil { type.pointee.tp_setattro = PyObject_GenericSetAttr }
    }
    // __classcell__: the cell that zero-argument super() reads.
    if let cell = PyDict_GetItemWithError(dict, pyName(.__classcell__)) {
        if cell.pointee.ob_type != SPyType_Cell() {
            setError(PyExc_TypeError, "__classcell__ must be a nonlocal cell, not \(reprString(cell.type.asObject))")
            return -1
        }
        _ = PyCell_Set(cell, type.asObject)
        if PyDict_DelItem(dict, pyName(.__classcell__)) < 0 { return -1 }
    } else if errorOccurred() { return -1 }
    return 0
}

/// Calls value.__set_name__(type, key) for every class attribute that defines it.
func setNames(_ type: PyTypeRef) -> Int32 {
    guard let names = PyDict_Copy(type.pointee.tp_dict) else { return -1 }
    defer { Py_DECREF(names) }
    var pos = 0
    var key: PyObjectRef? = nil
    var value: PyObjectRef? = nil
    while PyDict_Next(names, &pos, &key, &value) != 0 {
        let v = value!
        guard let setName = lookupSpecial(v, pyName(.__set_name__)) else {
            if errorOccurred() { return -1 }
            continue
        }
        let r = callTwoArgs(setName, type.asObject, key!)
        Py_DECREF(setName)
        guard let res = r else {
            let cause = PyErr_GetRaisedException()
            setError(PyExc_RuntimeError, "Error calling __set_name__ on '\(typeName(of: v))' instance \(reprString(key!)) in '\(typeNameString(type))'")
            if let c = cause, let e = currentThreadState().pointee.curexc {
                PyException_SetCause(e, newRef(c))
                PyException_SetContext(e, c)
            } else { xdecref(cause) }
            return -1
        }
        Py_DECREF(res)
    }
    return 0
}

/// super(type, type).__init_subclass__(**kwds)
func initSubclass(_ type: PyTypeRef, _ kwds: PyObjectRef?) -> Int32 {
    guard let sup = callTwoArgs(SPyType_Super().asObject, type.asObject, type.asObject) else { return -1 }
    let f = PyObject_GetAttr(sup, pyName(.__init_subclass__))
    Py_DECREF(sup)
    guard let fn = f else { return -1 }
    let r = PyObject_VectorcallDict(fn, nil, 0, kwds)
    Py_DECREF(fn)
    guard let res = r else { return -1 }
    Py_DECREF(res)
    return 0
}

// MARK: - instances of classes

@inline(__always) func isSubtypeDealloc(_ t: PyTypeRef) -> Bool { fnAddress(t.pointee.tp_dealloc) == cfp(subtypeDealloc as destructor) }

/// Clears the __slots__ values a class added (T_OBJECT_EX members).
func clearSlots(_ type: PyTypeRef, _ obj: PyObjectRef) {
    let n = varSizeOf(type.asObject)
    guard n > 0, let members = type.pointee.tp_members else { return }
    for i in 0..<n {
        let m = members[i]
        if m.type == T_OBJECT_EX && m.flags & READONLY == 0 {
            let p = (UnsafeMutableRawPointer(obj) + m.offset).assumingMemoryBound(to: PyObjectRef?.self)
            if let v = p.pointee { p.pointee = nil; Py_DECREF(v) }
        }
    }
}

/// Runs tp_finalize once; true when the object was resurrected by it.
func callFinalizerFromDealloc(_ obj: PyObjectRef) -> Bool {
    let type = obj.type
    guard let fin = type.pointee.tp_finalize else { return false }
    let gc = typeHasFlag(type, UInt(Py_TPFLAGS_HAVE_GC))
    if gc && PyObject_GC_IsFinalized(obj) != 0 { return false }
    obj.pointee.ob_refcnt = 1
    fin(obj)
    if gc { gcSetFinalized(obj) }
    obj.pointee.ob_refcnt -= 1
    return obj.pointee.ob_refcnt != 0
}

func subtypeDealloc(_ s: PyObjectRef?) {
    let s = s!
    let type = s.type
    var base = type
    while isSubtypeDealloc(base) { base = base.pointee.tp_base! }
    let gc = typeHasFlag(type, UInt(Py_TPFLAGS_HAVE_GC))
    if gc { PyObject_GC_UnTrack(UnsafeMutableRawPointer(s)) }
    if type.pointee.tp_finalize != nil {
        if gc { PyObject_GC_Track(UnsafeMutableRawPointer(s)) }
        if callFinalizerFromDealloc(s) { return }   // resurrected
        if gc { PyObject_GC_UnTrack(UnsafeMutableRawPointer(s)) }
    }
    if type.pointee.tp_weaklistoffset != 0 && base.pointee.tp_weaklistoffset == 0 {
        if (UnsafeMutableRawPointer(s) + type.pointee.tp_weaklistoffset).load(as: PyObjectRef?.self) != nil {
            PyObject_ClearWeakRefs(s)
        }
    }
    var t = type
    while t != base { clearSlots(t, s); t = t.pointee.tp_base! }
    if type.pointee.tp_dictoffset != 0 && base.pointee.tp_dictoffset == 0, let p = objectDictPointer(s), let d = p.pointee {
        p.pointee = nil
        Py_DECREF(d)
    }
    if typeHasFlag(base, UInt(Py_TPFLAGS_HAVE_GC)) { PyObject_GC_Track(UnsafeMutableRawPointer(s)) }
    base.pointee.tp_dealloc!(s)
    // Instances own a reference to their class.
    Py_DECREF(type.asObject)
}

func subtypeTraverse(_ s: PyObjectRef?, _ visit: visitproc?, _ arg: UnsafeMutableRawPointer?) -> Int32 {
    let s = s!
    let type = s.type
    var base = type
    while fnAddress(base.pointee.tp_traverse) == cfp(subtypeTraverse as traverseproc) {
        let n = varSizeOf(base.asObject)
        if n > 0, let members = base.pointee.tp_members {
            for i in 0..<n where members[i].type == T_OBJECT_EX {
                if let v = (UnsafeMutableRawPointer(s) + members[i].offset).load(as: PyObjectRef?.self) {
                    let r = visit!(v, arg); if r != 0 { return r }
                }
            }
        }
        base = base.pointee.tp_base!
    }
    if type.pointee.tp_dictoffset != base.pointee.tp_dictoffset, let p = objectDictPointer(s), let d = p.pointee {
        let r = visit!(d, arg); if r != 0 { return r }
    }
    if isHeapType(type) { let r = visit!(type.asObject, arg); if r != 0 { return r } }
    if let bt = base.pointee.tp_traverse { return bt(s, visit, arg) }
    return 0
}

func subtypeClear(_ s: PyObjectRef?) -> Int32 {
    let s = s!
    let type = s.type
    var base = type
    while fnAddress(base.pointee.tp_clear) == cfp(subtypeClear as inquiry) {
        clearSlots(base, s)
        base = base.pointee.tp_base!
    }
    if type.pointee.tp_dictoffset != base.pointee.tp_dictoffset, let p = objectDictPointer(s), let d = p.pointee {
        p.pointee = nil
        Py_DECREF(d)
    }
    if let bc = base.pointee.tp_clear { return bc(s) }
    return 0
}
