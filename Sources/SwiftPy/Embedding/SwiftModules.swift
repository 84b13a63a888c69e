// The embedding API for modules written in Swift: a Swift program that depends on the SwiftPy
// library registers a module (plain `@convention(c)` methods, or Swift closures), starts the
// interpreter with Py_Initialize, and Python code imports the module like any other built-in one.
// `withoutGIL { ... }` releases the GIL around work that touches no Python object
// (Py_BEGIN/END_ALLOW_THREADS); `withGIL { ... }` takes it on a thread Python did not start
// (PyGILState_Ensure/Release). The C API (`PyLong_FromLong`, ...) comes with `import SwiftPy`.
@_exported import CPython

/// Positional arguments of a Swift function called from Python: borrowed references.
public typealias PyArguments = UnsafeBufferPointer<PyObjectRef?>

/// A module-level function written as a Swift closure. The body gets the positional arguments
/// (borrowed) and returns a new reference, or nil with an exception set (e.g. `PyErr_SetString`).
/// Keyword arguments are refused. Called with the GIL held.
public struct SwiftFunction {
    public let name: String
    public let doc: String?
    public let body: (PyArguments) -> PyObjectRef?
    public init(_ name: String, doc: String? = nil, _ body: @escaping (PyArguments) -> PyObjectRef?) {
        self.name = name; self.doc = doc; self.body = body
    }
}

/// Holds a SwiftFunction's closure for the capsule that is the function object's `self`.
private final class FunctionBox {
    let body: (PyArguments) -> PyObjectRef?
    init(_ body: @escaping (PyArguments) -> PyObjectRef?) { self.body = body }
}

nonisolated(unsafe) private let capsuleName: UnsafePointer<CChar> = immortalCString("swiftpy.SwiftFunction")

private let releaseBox: PyCapsule_Destructor = { capsule in
    guard let p = PyCapsule_GetPointer(capsule, capsuleName) else { PyErr_Clear(); return }
    Unmanaged<FunctionBox>.fromOpaque(p).release()
}

/// METH_FASTCALL entry of every SwiftFunction: `self` is the capsule holding its closure.
private let callSwiftFunction: FastFn = { capsule, args, nargs in
    guard let p = PyCapsule_GetPointer(capsule, capsuleName) else { return nil }
    let box = Unmanaged<FunctionBox>.fromOpaque(p).takeUnretainedValue()
    return box.body(PyArguments(start: args, count: nargs))
}

/// Registers module `name`, written in Swift, for `import name`. Call it before `Py_Initialize`
/// or at least before the first import of `name`; each fresh import (after `del sys.modules[name]`)
/// builds a new module object. `methods` are C-convention functions (`MethodSpec.oneArg(...)`, ...,
/// no per-call overhead beyond CPython's); `functions` are Swift closures; `setup` may add
/// constants or types and returns false with an exception set to fail the import.
public func registerModule(name: String, doc: String? = nil, methods: [MethodSpec] = [],
                           functions: [SwiftFunction] = [], setup: ((PyObjectRef) -> Bool)? = nil) {
    let table = methods.isEmpty ? nil : makeMethodTable(methods)
    // One PyMethodDef per closure, alive for the whole process like the module's other tables.
    let defs: [(UnsafeMutablePointer<PyMethodDef>, SwiftFunction)] = functions.map { f in
        let def = UnsafeMutablePointer<PyMethodDef>.allocate(capacity: 1)
        def.initialize(to: PyMethodDef(ml_name: immortalCString(f.name), ml_meth: unsafeBitCast(callSwiftFunction, to: PyCFunction.self),
                                       ml_flags: METH_FASTCALL, ml_doc: f.doc.map { immortalCString($0) }))
        return (def, f)
    }
    registerBuiltinModule(name) {
        guard let m = PyModule_New(name) else { return nil }
        if let table, PyModule_AddFunctions(m, table) < 0 { Py_DECREF(m); return nil }
        if let doc, PyModule_SetDocString(m, doc) < 0 { Py_DECREF(m); return nil }
        guard let moduleName = pyStr(name) else { Py_DECREF(m); return nil }
        defer { Py_DECREF(moduleName) }
        for (def, f) in defs {
            let box = Unmanaged.passRetained(FunctionBox(f.body)).toOpaque()
            guard let capsule = PyCapsule_New(box, capsuleName, releaseBox) else {
                Unmanaged<FunctionBox>.fromOpaque(box).release(); Py_DECREF(m); return nil
            }
            let fn = PyCFunction_NewEx(def, capsule, moduleName)
            Py_DECREF(capsule)
            guard let fn, PyModule_AddObject(m, f.name, fn) == 0 else { Py_XDECREF(fn); Py_DECREF(m); return nil }
        }
        if let setup, !setup(m) { Py_DECREF(m); return nil }
        return m
    }
}

/// Runs `body` with the GIL released (Py_BEGIN_ALLOW_THREADS ... Py_END_ALLOW_THREADS): other
/// Python threads run meanwhile. `body` must not touch any Python object or call the C API.
@inline(__always)
public func withoutGIL<T>(_ body: () throws -> T) rethrows -> T {
    let saved = PyEval_SaveThread()
    defer { PyEval_RestoreThread(saved) }
    return try body()
}

/// Runs `body` holding the GIL from any thread, including threads Python did not start
/// (PyGILState_Ensure / PyGILState_Release); nests correctly.
@inline(__always)
public func withGIL<T>(_ body: () throws -> T) rethrows -> T {
    let state = PyGILState_Ensure()
    defer { PyGILState_Release(state) }
    return try body()
}
