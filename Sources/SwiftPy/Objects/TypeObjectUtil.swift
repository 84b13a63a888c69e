// Small helpers shared by the type-system files: flag tests, tuple access, type names, and the
// table of interned attribute names used on hot paths (created lazily, immortal).
import CPython

@inline(__always) func typeHasFlag(_ t: PyTypeRef, _ flag: UInt) -> Bool { t.pointee.tp_flags & flag != 0 }
@inline(__always) func isHeapType(_ t: PyTypeRef) -> Bool { t.pointee.tp_flags & UInt(Py_TPFLAGS_HEAPTYPE) != 0 }
@inline(__always) func isTypeObject(_ o: PyObjectRef) -> Bool { o.type.pointee.tp_flags & UInt(Py_TPFLAGS_TYPE_SUBCLASS) != 0 }
@inline(__always) func isStrObject(_ o: PyObjectRef) -> Bool { o.type.pointee.tp_flags & UInt(Py_TPFLAGS_UNICODE_SUBCLASS) != 0 }
@inline(__always) func isTupleObject(_ o: PyObjectRef) -> Bool { o.type.pointee.tp_flags & UInt(Py_TPFLAGS_TUPLE_SUBCLASS) != 0 }
@inline(__always) func isDictObject(_ o: PyObjectRef) -> Bool { o.type.pointee.tp_flags & UInt(Py_TPFLAGS_DICT_SUBCLASS) != 0 }
@inline(__always) func isLongObject(_ o: PyObjectRef) -> Bool { o.type.pointee.tp_flags & UInt(Py_TPFLAGS_LONG_SUBCLASS) != 0 }
@inline(__always) func isExceptionInstance(_ o: PyObjectRef) -> Bool { o.type.pointee.tp_flags & UInt(Py_TPFLAGS_BASE_EXC_SUBCLASS) != 0 }
@inline(__always) func isExceptionClass(_ o: PyObjectRef) -> Bool {
    isTypeObject(o) && o.asType.pointee.tp_flags & UInt(Py_TPFLAGS_BASE_EXC_SUBCLASS) != 0
}

/// Items of a tuple (borrowed pointers into the tuple).
@inline(__always) func tupleItemsOf(_ t: PyObjectRef) -> UnsafeMutablePointer<PyObjectRef?> {
    (UnsafeMutableRawPointer(t) + MemoryLayout<PyVarObject>.size).assumingMemoryBound(to: PyObjectRef?.self)
}
@inline(__always) func varSizeOf(_ o: PyObjectRef) -> Int { o.cast(to: PyVarObject.self).pointee.ob_size }
/// Borrowed item i of a tuple (caller checked bounds).
@inline(__always) func tupleItem(_ t: PyObjectRef, _ i: Int) -> PyObjectRef { tupleItemsOf(t)[i]! }

/// Items of a list (borrowed).
/// Never nil: an empty list without an item array gets a dangling non-null pointer (size is 0).
@inline(__always) func listItemsOf(_ l: PyObjectRef) -> UnsafeMutablePointer<PyObjectRef?>? {
    // Never nil: an empty list may have no buffer, then a never-dereferenced placeholder.
    l.cast(to: PyListObject.self).pointee.ob_item ?? UnsafeMutablePointer(bitPattern: 8)
}

/// A new tuple holding new references to `items`.
func makeTuple(_ items: [PyObjectRef]) -> PyObjectRef? {
    guard let t = PyTuple_New(items.count) else { return nil }
    let p = tupleItemsOf(t)
    for (i, o) in items.enumerated() { Py_INCREF(o); p[i] = o }
    return t
}

/// tp_name as a Swift string (the full dotted name for static types).
func typeNameString(_ t: PyTypeRef) -> String {
    guard let n = t.pointee.tp_name else { return "?" }
    return String(cString: n)
}
/// The type's short name (after the last dot for static types), as type.__name__.
func typeShortName(_ t: PyTypeRef) -> String {
    if isHeapType(t) {
        let ht = UnsafeMutableRawPointer(t).assumingMemoryBound(to: PyHeapTypeObject.self)
        if let n = ht.pointee.ht_name, isStrObject(n) { return swiftString(n) }
    }
    let full = typeNameString(t)
    if let dot = full.lastIndex(of: ".") { return String(full[full.index(after: dot)...]) }
    return full
}
/// The type name of an object, as CPython's `Py_TYPE(o)->tp_name` in messages.
@inline(__always) func typeName(of o: PyObjectRef) -> String { typeNameString(o.type) }

/// Owned Py_XDECREF on an optional in Swift.
@inline(__always) func xdecref(_ o: PyObjectRef?) { if let o = o { Py_DECREF(o) } }
@inline(__always) func newRef(_ o: PyObjectRef) -> PyObjectRef { Py_INCREF(o); return o }
@inline(__always) func fnAddress<T>(_ f: T?) -> UnsafeRawPointer? { f.map { unsafeBitCast($0, to: UnsafeRawPointer.self) } }

/// Pointer formatting as CPython's %p ("0x7f...").
func pointerString(_ p: UnsafeRawPointer) -> String { "0x" + String(UInt(bitPattern: p), radix: 16) }

// MARK: - interned names

/// Names of attributes the runtime looks up itself. `pyName(.__add__)` is a borrowed, immortal str.
enum StaticName: Int, CaseIterable {
    case __abs__, __add__, __aenter__, __aexit__, __aiter__, __and__, __anext__, __annotations__, __await__
    case __bases__, __bool__, __bytes__, __call__, __class__, __class_getitem__, __classcell__, __contains__
    case __del__, __delattr__, __delete__, __delitem__, __dict__, __dir__, __divmod__, __doc__
    case __eq__, __float__, __floordiv__, __format__, __ge__, __get__, __getattr__, __getattribute__
    case __getitem__, __getnewargs__, __getnewargs_ex__, __getstate__, __gt__, __hash__
    case __iadd__, __iand__, __ifloordiv__, __ilshift__, __imatmul__, __imod__, __imul__, __index__
    case __init__, __init_subclass__, __instancecheck__, __int__, __invert__, __ior__, __ipow__
    case __irshift__, __isabstractmethod__, __isub__, __iter__, __itruediv__, __ixor__
    case __le__, __len__, __length_hint__, __lshift__, __lt__, __matmul__, __missing__, __mod__, __module__
    case __mro__, __mro_entries__, __mul__, __name__, __ne__, __neg__, __new__, __next__, __or__
    case __pos__, __pow__, __prepare__, __qualname__, __radd__, __rand__, __rdivmod__, __reduce__
    case __reduce_ex__, __repr__, __rfloordiv__, __rlshift__, __rmatmul__, __rmod__, __rmul__, __ror__
    case __round__, __rpow__, __rrshift__, __rshift__, __rsub__, __rtruediv__, __rxor__
    case __set__, __set_name__, __setattr__, __setitem__, __slotnames__, __slots__, __str__, __sub__
    case __subclasscheck__, __subclasshook__, __truediv__, __trunc__, __weakref__, __wrapped__, __xor__
    case __abstractmethods__, __text_signature__, __objclass__, __self__, __func__, __builtins__
    case builtins, mro, keys, items, values, copy, get, send, __dictoffset__, __basicsize__
    case __weakrefoffset__, __itemsize__, __flags__, __base__, __newobj__, __newobj_ex__, _slotnames
    case __orig_bases__, __origin__, __parameters__, __typing_subst__
}

nonisolated(unsafe) var staticNameTable: UnsafeMutablePointer<PyObjectRef?>? = nil

/// Borrowed interned str for a runtime-known attribute name.
@inline(__always) func pyName(_ n: StaticName) -> PyObjectRef {
    if let t = staticNameTable, let s = t[n.rawValue] { return s }
    return makeStaticName(n)
}
@inline(never) func makeStaticName(_ n: StaticName) -> PyObjectRef {
    if staticNameTable == nil {
        let count = StaticName.allCases.count
        let t = UnsafeMutablePointer<PyObjectRef?>.allocate(capacity: count)
        t.initialize(repeating: nil, count: count)
        staticNameTable = t
    }
    let s = pyIntern(String(describing: n))
    staticNameTable![n.rawValue] = s
    return s
}

/// Borrowed interned str for any Swift string (cached by pyIntern).
@inline(__always) func internedName(_ s: String) -> PyObjectRef { pyIntern(s) }

/// Py_TPFLAGS_DEFAULT (a macro Swift cannot import).
let tpFlagsDefault = UInt(Py_TPFLAGS_HAVE_VERSION_TAG)
