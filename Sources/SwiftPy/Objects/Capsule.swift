// PyCapsule: an opaque C pointer with a name and an optional destructor (not GC: holds no objects).
import CPython
import Glibc

@inline(__always) private func capsuleObj(_ o: PyObjectRef) -> UnsafeMutablePointer<_PyCapsuleObject> { o.cast(to: _PyCapsuleObject.self) }

private func namesMatch(_ a: UnsafePointer<CChar>?, _ b: UnsafePointer<CChar>?) -> Bool {
    if a == nil || b == nil { return a == b }
    return strcmp(a!, b!) == 0
}

/// The capsule if o is a valid capsule, else ValueError(message) and nil.
private func validCapsule(_ o: PyObjectRef?, _ message: String) -> UnsafeMutablePointer<_PyCapsuleObject>? {
    guard let o, o.pointee.ob_type == SPyType_Capsule(), capsuleObj(o).pointee.pointer != nil else {
        setError(PyExc_ValueError, message)
        return nil
    }
    return capsuleObj(o)
}

@c @implementation public func PyCapsule_New(_ pointer: UnsafeMutableRawPointer?, _ name: UnsafePointer<CChar>?, _ destructor: PyCapsule_Destructor?) -> UnsafeMutablePointer<PyObject>? {
    guard let pointer else { setError(PyExc_ValueError, "PyCapsule_New called with null pointer"); return nil }
    guard let m = PyObject_Malloc(MemoryLayout<_PyCapsuleObject>.size),
          let o = PyObject_Init(m.assumingMemoryBound(to: PyObject.self), SPyType_Capsule()) else { return PyErr_NoMemory() }
    let c = capsuleObj(o)
    c.pointee.pointer = pointer
    c.pointee.name = name
    c.pointee.context = nil
    c.pointee.destructor = destructor
    return o
}

@c @implementation public func PyCapsule_IsValid(_ o: UnsafeMutablePointer<PyObject>?, _ name: UnsafePointer<CChar>?) -> Int32 {
    guard let o, o.pointee.ob_type == SPyType_Capsule() else { return 0 }
    let c = capsuleObj(o)
    return c.pointee.pointer != nil && namesMatch(c.pointee.name, name) ? 1 : 0
}

@c @implementation public func PyCapsule_GetPointer(_ o: UnsafeMutablePointer<PyObject>?, _ name: UnsafePointer<CChar>?) -> UnsafeMutableRawPointer? {
    guard let c = validCapsule(o, "PyCapsule_GetPointer called with invalid PyCapsule object") else { return nil }
    if !namesMatch(c.pointee.name, name) {
        setError(PyExc_ValueError, "PyCapsule_GetPointer called with incorrect name")
        return nil
    }
    return c.pointee.pointer
}

@c @implementation public func PyCapsule_GetName(_ o: UnsafeMutablePointer<PyObject>?) -> UnsafePointer<CChar>? {
    validCapsule(o, "PyCapsule_GetName called with invalid PyCapsule object")?.pointee.name
}

@c @implementation public func PyCapsule_GetDestructor(_ o: UnsafeMutablePointer<PyObject>?) -> PyCapsule_Destructor? {
    validCapsule(o, "PyCapsule_GetDestructor called with invalid PyCapsule object")?.pointee.destructor
}

@c @implementation public func PyCapsule_GetContext(_ o: UnsafeMutablePointer<PyObject>?) -> UnsafeMutableRawPointer? {
    validCapsule(o, "PyCapsule_GetContext called with invalid PyCapsule object")?.pointee.context
}

@c @implementation public func PyCapsule_SetPointer(_ o: UnsafeMutablePointer<PyObject>?, _ pointer: UnsafeMutableRawPointer?) -> Int32 {
    guard let pointer else { setError(PyExc_ValueError, "PyCapsule_SetPointer called with null pointer"); return -1 }
    guard let c = validCapsule(o, "PyCapsule_SetPointer called with invalid PyCapsule object") else { return -1 }
    c.pointee.pointer = pointer
    return 0
}

@c @implementation public func PyCapsule_SetName(_ o: UnsafeMutablePointer<PyObject>?, _ name: UnsafePointer<CChar>?) -> Int32 {
    guard let c = validCapsule(o, "PyCapsule_SetName called with invalid PyCapsule object") else { return -1 }
    c.pointee.name = name
    return 0
}

@c @implementation public func PyCapsule_SetDestructor(_ o: UnsafeMutablePointer<PyObject>?, _ d: PyCapsule_Destructor?) -> Int32 {
    guard let c = validCapsule(o, "PyCapsule_SetDestructor called with invalid PyCapsule object") else { return -1 }
    c.pointee.destructor = d
    return 0
}

@c @implementation public func PyCapsule_SetContext(_ o: UnsafeMutablePointer<PyObject>?, _ context: UnsafeMutableRawPointer?) -> Int32 {
    guard let c = validCapsule(o, "PyCapsule_SetContext called with invalid PyCapsule object") else { return -1 }
    c.pointee.context = context
    return 0
}

/// Imports the first component of "module.attr.attr" and walks the rest by getattr (as CPython:
/// a failed import becomes ImportError "could not import module", a missing attribute stays AttributeError).
@c @implementation public func PyCapsule_Import(_ name: UnsafePointer<CChar>?, _ noBlock: Int32) -> UnsafeMutableRawPointer? {
    guard let name else { PyErr_BadInternalCall_(); return nil }
    let full = String(cString: name)
    let parts = full.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    guard let first = parts.first else { PyErr_BadInternalCall_(); return nil }
    guard var object = PyImport_ImportModule(first) else {
        setError(PyExc_ImportError, "PyCapsule_Import could not import module \"\(first)\"")
        return nil
    }
    for part in parts.dropFirst() {
        let next = PyObject_GetAttrString(object, part)
        Py_DECREF(object)
        guard let n = next else { return nil }
        object = n
    }
    defer { Py_DECREF(object) }
    if PyCapsule_IsValid(object, name) != 0 { return capsuleObj(object).pointee.pointer }
    setError(PyExc_AttributeError, "PyCapsule_Import \"\(full)\" is not valid")
    return nil
}

private func capsuleDealloc(_ o: PyObjectRef?) {
    if let d = capsuleObj(o!).pointee.destructor { d(o) }
    PyObject_Free(UnsafeMutableRawPointer(o!))
}

private func capsuleRepr(_ o: PyObjectRef?) -> PyObjectRef? {
    let c = capsuleObj(o!)
    let name = c.pointee.name.map { "\"" + String(cString: $0) + "\"" } ?? "NULL"
    return containerStr("<capsule object \(name) at 0x\(String(UInt(bitPattern: UnsafeMutableRawPointer(o!)), radix: 16))>")
}

func initCapsuleType() {
    let t = SPyType_Capsule()
    t.pointee.tp_name = immortalCString("PyCapsule")
    t.pointee.tp_basicsize = MemoryLayout<_PyCapsuleObject>.size
    t.pointee.tp_dealloc = { capsuleDealloc($0) }
    t.pointee.tp_repr = { capsuleRepr($0) }
    t.pointee.tp_getattro = PyObject_GenericGetAttr
    t.pointee.tp_flags = UInt(Py_TPFLAGS_HAVE_VERSION_TAG)
    t.pointee.tp_doc = immortalCString("Capsule objects let you wrap a C \"void *\" pointer in a Python\nobject.  They're a way of passing data through the Python interpreter\nwithout creating your own custom type.\n\nCapsules are used for communication between extension modules.\nThey provide a way for an extension module to export a C interface\nto other extension modules, so that extension modules can use the\nPython import mechanism to link to one another.\n")
}
