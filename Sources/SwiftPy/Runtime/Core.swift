// Core vocabulary of the Swift runtime. Every Python object is raw memory that starts with the
// C-declared PyObject header; Swift code handles it through PyObjectRef (never ARC).
//
// Ownership convention (as CPython's): a function returning PyObjectRef? returns a NEW reference
// unless its doc comment says "borrowed"; nil means an exception is set in the thread state.
// Arguments are borrowed unless the comment says "steals". Int32 results: -1 = exception set.
// Every function here must be called with the GIL held.
import CPython
import Glibc

public typealias PyObjectRef = UnsafeMutablePointer<PyObject>
public typealias PyTypeRef = UnsafeMutablePointer<PyTypeObject>

extension UnsafeMutablePointer where Pointee == PyTypeObject {
    /// The type object as a plain object pointer (types are objects).
    @inline(__always) public var asObject: PyObjectRef { UnsafeMutableRawPointer(self).assumingMemoryBound(to: PyObject.self) }
}

extension UnsafeMutablePointer where Pointee == PyObject {
    /// Reinterprets this object as its concrete C layout.
    @inline(__always) public func cast<T>(to: T.Type) -> UnsafeMutablePointer<T> { UnsafeMutableRawPointer(self).assumingMemoryBound(to: T.self) }
    /// The object as a type object (caller checked PyType_Check).
    @inline(__always) public var asType: PyTypeRef { UnsafeMutableRawPointer(self).assumingMemoryBound(to: PyTypeObject.self) }
    @inline(__always) public var type: PyTypeRef { pointee.ob_type }
}

extension UnsafeMutablePointer {
    /// Any object layout pointer as a PyObjectRef.
    @inline(__always) public var asPyObject: PyObjectRef { UnsafeMutableRawPointer(self).assumingMemoryBound(to: PyObject.self) }
}

/// Singletons (borrowed; immortal).
@inline(__always) public var pyNone: PyObjectRef { SPy_None() }
@inline(__always) public var pyTrue: PyObjectRef { SPy_True() }
@inline(__always) public var pyFalse: PyObjectRef { SPy_False() }
@inline(__always) public var pyNotImplemented: PyObjectRef { SPy_NotImplemented() }
@inline(__always) public var pyEllipsis: PyObjectRef { SPy_Ellipsis() }

/// New reference to True or False.
@inline(__always) public func pyBool(_ b: Bool) -> PyObjectRef { let r = b ? SPy_True() : SPy_False(); Py_INCREF(r); return r }
/// New reference to None.
@inline(__always) public func pyNoneRef() -> PyObjectRef { let r = SPy_None(); Py_INCREF(r); return r }

/// A C string that lives for the whole process (for PyMethodDef names, tp_name, docs).
public func immortalCString(_ s: String) -> UnsafePointer<CChar> { UnsafePointer(strdup(s)!) }

/// Raw writes to the process's stdout/stderr (for the CLI and fatal paths; Python code writes
/// through sys.stdout/sys.stderr file objects instead).
public func writeStderr(_ s: String) { var s = s; s.withUTF8 { _ = write(2, $0.baseAddress, $0.count) } }
public func writeStdout(_ s: String) { var s = s; s.withUTF8 { _ = write(1, $0.baseAddress, $0.count) } }
