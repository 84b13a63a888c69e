// Building PyMethodDef / PyGetSetDef / PyMemberDef tables from Swift. Tables live for the whole
// process (type objects and modules point at them), so they are allocated once and never freed.
import CPython

public typealias NoArgsFn = @convention(c) (PyObjectRef?, PyObjectRef?) -> PyObjectRef?          // METH_NOARGS (2nd arg NULL)
public typealias OneArgFn = @convention(c) (PyObjectRef?, PyObjectRef?) -> PyObjectRef?          // METH_O
public typealias VarArgsFn = @convention(c) (PyObjectRef?, PyObjectRef?) -> PyObjectRef?         // METH_VARARGS (args tuple)
public typealias VarArgsKwFn = @convention(c) (PyObjectRef?, PyObjectRef?, PyObjectRef?) -> PyObjectRef?   // METH_VARARGS|METH_KEYWORDS
public typealias FastFn = @convention(c) (PyObjectRef?, UnsafePointer<PyObjectRef?>?, Int) -> PyObjectRef?  // METH_FASTCALL
public typealias FastKwFn = @convention(c) (PyObjectRef?, UnsafePointer<PyObjectRef?>?, Int, PyObjectRef?) -> PyObjectRef? // METH_FASTCALL|METH_KEYWORDS
public typealias GetterFn = @convention(c) (PyObjectRef?, UnsafeMutableRawPointer?) -> PyObjectRef?
public typealias SetterFn = @convention(c) (PyObjectRef?, PyObjectRef?, UnsafeMutableRawPointer?) -> Int32

/// One method of a built-in type or module. `extraFlags` adds METH_CLASS / METH_STATIC / METH_COEXIST.
public struct MethodSpec {
    let name: String
    let flags: Int32
    let fn: PyCFunction
    let doc: String?
    public static func noArgs(_ name: String, _ fn: NoArgsFn, doc: String? = nil, extraFlags: Int32 = 0) -> MethodSpec {
        MethodSpec(name: name, flags: METH_NOARGS | extraFlags, fn: fn, doc: doc)
    }
    public static func oneArg(_ name: String, _ fn: OneArgFn, doc: String? = nil, extraFlags: Int32 = 0) -> MethodSpec {
        MethodSpec(name: name, flags: METH_O | extraFlags, fn: fn, doc: doc)
    }
    public static func varArgs(_ name: String, _ fn: VarArgsFn, doc: String? = nil, extraFlags: Int32 = 0) -> MethodSpec {
        MethodSpec(name: name, flags: METH_VARARGS | extraFlags, fn: fn, doc: doc)
    }
    public static func varArgsKw(_ name: String, _ fn: VarArgsKwFn, doc: String? = nil, extraFlags: Int32 = 0) -> MethodSpec {
        MethodSpec(name: name, flags: METH_VARARGS | METH_KEYWORDS | extraFlags, fn: unsafeBitCast(fn, to: PyCFunction.self), doc: doc)
    }
    public static func fast(_ name: String, _ fn: FastFn, doc: String? = nil, extraFlags: Int32 = 0) -> MethodSpec {
        MethodSpec(name: name, flags: METH_FASTCALL | extraFlags, fn: unsafeBitCast(fn, to: PyCFunction.self), doc: doc)
    }
    public static func fastKw(_ name: String, _ fn: FastKwFn, doc: String? = nil, extraFlags: Int32 = 0) -> MethodSpec {
        MethodSpec(name: name, flags: METH_FASTCALL | METH_KEYWORDS | extraFlags, fn: unsafeBitCast(fn, to: PyCFunction.self), doc: doc)
    }
}

/// A NULL-terminated PyMethodDef array that is never freed.
public func makeMethodTable(_ specs: [MethodSpec]) -> UnsafeMutablePointer<PyMethodDef> {
    let table = UnsafeMutablePointer<PyMethodDef>.allocate(capacity: specs.count + 1)
    for (i, s) in specs.enumerated() {
        table[i] = PyMethodDef(ml_name: immortalCString(s.name), ml_meth: s.fn, ml_flags: s.flags,
                               ml_doc: s.doc.map { immortalCString($0) })
    }
    table[specs.count] = PyMethodDef(ml_name: nil, ml_meth: nil, ml_flags: 0, ml_doc: nil)
    return table
}

/// One computed attribute of a built-in type.
public struct GetSetSpec {
    let name: String
    let get: GetterFn?
    let set: SetterFn?
    let doc: String?
    public init(_ name: String, get: GetterFn?, set: SetterFn? = nil, doc: String? = nil) {
        self.name = name; self.get = get; self.set = set; self.doc = doc
    }
}

/// A NULL-terminated PyGetSetDef array that is never freed.
public func makeGetSetTable(_ specs: [GetSetSpec]) -> UnsafeMutablePointer<PyGetSetDef> {
    let table = UnsafeMutablePointer<PyGetSetDef>.allocate(capacity: specs.count + 1)
    for (i, s) in specs.enumerated() {
        table[i] = PyGetSetDef(name: immortalCString(s.name), get: s.get, set: s.set, doc: s.doc.map { immortalCString($0) }, closure: nil)
    }
    table[specs.count] = PyGetSetDef(name: nil, get: nil, set: nil, doc: nil, closure: nil)
    return table
}

/// One data member (offset into the object's C layout) of a built-in type.
public struct MemberSpec {
    let name: String
    let type: Int32
    let offset: Int
    let flags: Int32
    public init(_ name: String, type: Int32, offset: Int, readOnly: Bool = true) {
        self.name = name; self.type = type; self.offset = offset; self.flags = readOnly ? READONLY : 0
    }
}

/// A NULL-terminated PyMemberDef array that is never freed.
public func makeMemberTable(_ specs: [MemberSpec]) -> UnsafeMutablePointer<PyMemberDef> {
    let table = UnsafeMutablePointer<PyMemberDef>.allocate(capacity: specs.count + 1)
    for (i, s) in specs.enumerated() {
        table[i] = PyMemberDef(name: immortalCString(s.name), type: s.type, offset: s.offset, flags: s.flags, doc: nil)
    }
    table[specs.count] = PyMemberDef(name: nil, type: 0, offset: 0, flags: 0, doc: nil)
    return table
}
