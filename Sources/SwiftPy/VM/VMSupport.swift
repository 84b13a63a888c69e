// Small layout helpers used across the VM area (tuples, type flags, thread state). Names carry a
// `vm` prefix so they never collide with other areas' helpers in the same module.
import CPython

@inline(__always) func vmTupleSize(_ t: PyObjectRef) -> Int { t.cast(to: PyVarObject.self).pointee.ob_size }
/// Borrowed item pointer array of a tuple.
@inline(__always) func vmTupleItems(_ t: PyObjectRef) -> UnsafeMutablePointer<PyObjectRef?> {
    UnsafeMutableRawPointer(t).advanced(by: MemoryLayout<PyVarObject>.size).assumingMemoryBound(to: PyObjectRef?.self)
}
/// Borrowed tuple item.
@inline(__always) func vmTupleItem(_ t: PyObjectRef, _ i: Int) -> PyObjectRef { vmTupleItems(t)[i]! }
/// Builds a tuple from new references (steals them).
func vmTupleSteal(_ items: [PyObjectRef]) -> PyObjectRef? {
    guard let t = PyTuple_New(items.count) else { for o in items { Py_DECREF(o) }; return nil }
    let p = vmTupleItems(t)
    for (i, o) in items.enumerated() { p[i] = o }
    return t
}
/// Builds a tuple of borrowed references.
func vmTuple(_ items: [PyObjectRef]) -> PyObjectRef? {
    for o in items { Py_INCREF(o) }
    return vmTupleSteal(items)
}
@inline(__always) func vmListSize(_ l: PyObjectRef) -> Int { l.cast(to: PyVarObject.self).pointee.ob_size }
/// Item pointer array of a list; an empty list may have a NULL ob_item, for which this returns a
/// valid pointer to zero usable slots (never dereference past vmListSize).
@inline(__always) func vmListItems(_ l: PyObjectRef) -> UnsafeMutablePointer<PyObjectRef?> {
    l.cast(to: PyListObject.self).pointee.ob_item ?? vmNoListItems
}
/// Item array of a list, nil when it has none (empty list).
@inline(__always) func vmListItemsOrNil(_ l: PyObjectRef) -> UnsafeMutablePointer<PyObjectRef?>? {
    l.cast(to: PyListObject.self).pointee.ob_item
}
nonisolated(unsafe) private let vmNoListItems = UnsafeMutablePointer<PyObjectRef?>.allocate(capacity: 1)

@inline(__always) func vmHasFlag(_ t: PyTypeRef, _ flag: UInt) -> Bool { (t.pointee.tp_flags & flag) != 0 }
@inline(__always) func vmIsType(_ o: PyObjectRef) -> Bool { vmHasFlag(o.pointee.ob_type, UInt(Py_TPFLAGS_TYPE_SUBCLASS)) }
@inline(__always) func vmIsExceptionInstance(_ o: PyObjectRef) -> Bool { vmHasFlag(o.pointee.ob_type, UInt(Py_TPFLAGS_BASE_EXC_SUBCLASS)) }
@inline(__always) func vmIsExceptionClass(_ o: PyObjectRef) -> Bool {
    vmIsType(o) && vmHasFlag(o.asType, UInt(Py_TPFLAGS_BASE_EXC_SUBCLASS))
}
@inline(__always) func vmIsStr(_ o: PyObjectRef) -> Bool { vmHasFlag(o.pointee.ob_type, UInt(Py_TPFLAGS_UNICODE_SUBCLASS)) }
@inline(__always) func vmIsTuple(_ o: PyObjectRef) -> Bool { vmHasFlag(o.pointee.ob_type, UInt(Py_TPFLAGS_TUPLE_SUBCLASS)) }
@inline(__always) func vmIsDict(_ o: PyObjectRef) -> Bool { vmHasFlag(o.pointee.ob_type, UInt(Py_TPFLAGS_DICT_SUBCLASS)) }
@inline(__always) func vmIsLong(_ o: PyObjectRef) -> Bool { vmHasFlag(o.pointee.ob_type, UInt(Py_TPFLAGS_LONG_SUBCLASS)) }

/// The current thread state (GIL held).
@inline(__always) func vmTState() -> UnsafeMutablePointer<PyThreadState> { SPy_TState()! }

/// Short type name as CPython's _PyType_Name: tp_name after the last dot.
func vmTypeName(_ t: PyTypeRef) -> String {
    let full = String(cString: t.pointee.tp_name)
    if let dot = full.lastIndex(of: ".") { return String(full[full.index(after: dot)...]) }
    return full
}
/// Full tp_name.
func vmTypeFullName(_ t: PyTypeRef) -> String { String(cString: t.pointee.tp_name) }

/// repr(o) as a Swift string, or nil with an exception set.
func vmRepr(_ o: PyObjectRef) -> String? {
    guard let r = PyObject_Repr(o) else { return nil }
    defer { Py_DECREF(r) }
    return swiftString(r)
}
/// str(o) as a Swift string, or nil with an exception set.
func vmStr(_ o: PyObjectRef) -> String? {
    guard let r = PyObject_Str(o) else { return nil }
    defer { Py_DECREF(r) }
    return swiftString(r)
}

/// Replaces an owned optional field with a new reference to `v` (or nil).
@inline(__always) func vmSetField(_ field: inout PyObjectRef?, _ v: PyObjectRef?) {
    let old = field
    if let v { Py_INCREF(v) }
    field = v
    if let old { Py_DECREF(old) }
}
@inline(__always) func vmClearField(_ field: inout PyObjectRef?) {
    if let old = field { field = nil; Py_DECREF(old) }
}

/// Allocates a zeroed, immortal static-style type object (never freed).
func vmNewStaticType() -> PyTypeRef {
    let size = MemoryLayout<PyTypeObject>.size
    let raw = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 16)
    memset(raw, 0, size)
    let t = raw.bindMemory(to: PyTypeObject.self, capacity: 1)
    t.pointee.ob_base.ob_base.ob_refcnt = 1 << 30
    t.pointee.ob_base.ob_base.ob_type = SPyType_()
    return t
}

/// Fixed hex address form used in reprs ("0x7f...").
func vmAddress(_ p: UnsafeRawPointer) -> String { "0x" + String(UInt(bitPattern: p), radix: 16) }

/// _PyObject_GC_New that guarantees an untracked result (the caller tracks when ready).
@inline(__always) func vmGCNew(_ t: PyTypeRef) -> PyObjectRef? {
    guard let o = _PyObject_GC_New(t) else { return nil }
    if PyObject_GC_IsTracked(o) != 0 { PyObject_GC_UnTrack(o) }
    return o
}
/// _PyObject_GC_NewVar that guarantees an untracked result.
@inline(__always) func vmGCNewVar(_ t: PyTypeRef, _ n: Int) -> PyObjectRef? {
    guard let v = _PyObject_GC_NewVar(t, n) else { return nil }
    let o = UnsafeMutableRawPointer(v).assumingMemoryBound(to: PyObject.self)
    if PyObject_GC_IsTracked(o) != 0 { PyObject_GC_UnTrack(o) }
    return o
}
