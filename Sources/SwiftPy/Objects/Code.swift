// Code objects (CPython's codeobject.c): the runtime form of a frontend CodeUnit. Instruction
// words, constants and names are read by the eval loop through raw pointers in PyCodeObject.
import CPython

typealias CodeRef = UnsafeMutablePointer<PyCodeObject>
@inline(__always) func codeObj(_ o: PyObjectRef) -> CodeRef { o.cast(to: PyCodeObject.self) }

/// Allocates a zeroed code object (not GC-tracked: code objects hold only immutable data).
func codeAlloc() -> CodeRef? {
    guard let o = _PyObject_New(SPyType_Code()) else { return nil }
    let size = MemoryLayout<PyCodeObject>.size - MemoryLayout<PyObject>.size
    memset(UnsafeMutableRawPointer(o).advanced(by: MemoryLayout<PyObject>.size), 0, size)
    return codeObj(o)
}

/// Fills the derived fields after the tuples and counts are set.
func codeFinish(_ c: CodeRef) -> Bool {
    c.pointee.co_consts_items = UnsafeMutablePointer(mutating: vmTupleItems(c.pointee.co_consts!)).withMemoryRebound(to: UnsafeMutablePointer<PyObject>?.self, capacity: 1) { $0 }
    c.pointee.co_names_items = vmTupleItems(c.pointee.co_names!).withMemoryRebound(to: UnsafeMutablePointer<PyObject>?.self, capacity: 1) { $0 }
    c.pointee.co_nlocalsplus = c.pointee.co_nlocals + c.pointee.co_ncells + c.pointee.co_nfrees
    c.pointee.co_framesize = c.pointee.co_nlocalsplus + c.pointee.co_stacksize
    let nnames = vmTupleSize(c.pointee.co_names!)
    if nnames > 0 {
        let cache = UnsafeMutablePointer<SPyGlobalCache>.allocate(capacity: nnames)
        cache.initialize(repeating: SPyGlobalCache(globals: nil, globals_ver: 0, builtins: nil, builtins_ver: 0, value: nil), count: nnames)
        c.pointee.co_globalcache = cache
    }
    return true
}

private let codeDealloc: destructor = { o in
    guard let o else { return }
    let c = codeObj(o)
    if c.pointee.co_weakreflist != nil { PyObject_ClearWeakRefs(o) }
    if let z = c.pointee.co_zombieframe { c.pointee.co_zombieframe = nil; PyObject_GC_Del(z) }
    for f in [c.pointee.co_consts, c.pointee.co_names, c.pointee.co_varnames, c.pointee.co_cellvars, c.pointee.co_freevars,
              c.pointee.co_filename, c.pointee.co_name, c.pointee.co_qualname] {
        if let f { Py_DECREF(f) }
    }
    if let p = c.pointee.co_code { UnsafeMutablePointer(mutating: p).deallocate() }
    if let p = c.pointee.co_lines { p.deallocate() }
    if let p = c.pointee.co_cell2arg { p.deallocate() }
    if let p = c.pointee.co_globalcache { p.deallocate() }
    if let u = c.pointee.co_unit { Unmanaged<AnyObject>.fromOpaque(u).release() }
    PyObject_Free(o)
}

/// Line number of instruction index `i` (CPython's PyCode_Addr2Line takes a byte offset; ours
/// takes an instruction index). -1 if unknown.
func codeLine(_ c: CodeRef, _ i: Int) -> Int {
    guard let lines = c.pointee.co_lines, c.pointee.co_ncode > 0 else { return Int(c.pointee.co_firstlineno) }
    if i < 0 { return Int(c.pointee.co_firstlineno) }
    return Int(lines[min(i, c.pointee.co_ncode - 1)])
}

@c @implementation public func PyCode_Addr2Line(_ c: UnsafeMutablePointer<PyCodeObject>!, _ addr: Int32) -> Int32 {
    Int32(codeLine(c, Int(addr) / 4))
}

private func codeField(_ o: PyObjectRef?, _ kp: KeyPath<PyCodeObject, UnsafeMutablePointer<PyObject>?>) -> PyObjectRef? {
    let v = codeObj(o!).pointee[keyPath: kp] ?? pyNone
    Py_INCREF(v); return v
}

private let codeRepr: reprfunc = { o in
    let c = codeObj(o!)
    let name = c.pointee.co_name.map(swiftString) ?? "?"
    let file = c.pointee.co_filename.map(swiftString) ?? "???"
    return pyStr("<code object \(name) at \(vmAddress(o!)), file \"\(file)\", line \(c.pointee.co_firstlineno)>")
}

private let codeHash: hashfunc = { o in
    // identity-based but stable: code objects compare by identity here
    Int(bitPattern: UInt(bitPattern: o!) >> 4)
}

private let codeGetCode: GetterFn = { o, _ in
    let c = codeObj(o!)
    // co_code as bytes of the raw instruction words (little-endian UInt32 each)
    return PyBytes_FromStringAndSize(UnsafeRawPointer(c.pointee.co_code).map { $0.assumingMemoryBound(to: CChar.self) },
                                     c.pointee.co_ncode * 4)
}

private let codeLines: NoArgsFn = { o, _ in
    // co_lines(): (start, end, line) triples over byte offsets, merging equal lines
    let c = codeObj(o!)
    guard let list = PyList_New(0) else { return nil }
    var start = 0
    let n = c.pointee.co_ncode
    while start < n {
        let line = codeLine(c, start)
        var end = start + 1
        while end < n && codeLine(c, end) == line { end += 1 }
        guard let t = vmTupleSteal([PyLong_FromLong(start * 4)!, PyLong_FromLong(end * 4)!, PyLong_FromLong(line)!]) else { Py_DECREF(list); return nil }
        _ = PyList_Append(list, t); Py_DECREF(t)
        start = end
    }
    defer { Py_DECREF(list) }
    return PyObject_GetIter(list)
}

func initCodeType() {
    let t = SPyType_Code()
    t.pointee.tp_name = immortalCString("code")
    t.pointee.tp_basicsize = MemoryLayout<PyCodeObject>.size
    t.pointee.tp_flags = UInt(Py_TPFLAGS_HAVE_VERSION_TAG)
    t.pointee.tp_doc = immortalCString("Create a code object.  Not for the faint of heart.")
    t.pointee.tp_dealloc = codeDealloc
    t.pointee.tp_repr = codeRepr
    t.pointee.tp_hash = codeHash
    t.pointee.tp_getattro = PyObject_GenericGetAttr
    t.pointee.tp_weaklistoffset = MemoryLayout<PyCodeObject>.offset(of: \.co_weakreflist)!
    func off(_ kp: PartialKeyPath<PyCodeObject>) -> Int { MemoryLayout<PyCodeObject>.offset(of: kp)! }
    t.pointee.tp_members = makeMemberTable([
        MemberSpec("co_argcount", type: T_INT, offset: off(\.co_argcount)),
        MemberSpec("co_posonlyargcount", type: T_INT, offset: off(\.co_posonlyargcount)),
        MemberSpec("co_kwonlyargcount", type: T_INT, offset: off(\.co_kwonlyargcount)),
        MemberSpec("co_nlocals", type: T_INT, offset: off(\.co_nlocals)),
        MemberSpec("co_stacksize", type: T_INT, offset: off(\.co_stacksize)),
        MemberSpec("co_flags", type: T_INT, offset: off(\.co_flags)),
        MemberSpec("co_firstlineno", type: T_INT, offset: off(\.co_firstlineno)),
        MemberSpec("co_consts", type: T_OBJECT, offset: off(\.co_consts)),
        MemberSpec("co_names", type: T_OBJECT, offset: off(\.co_names)),
        MemberSpec("co_varnames", type: T_OBJECT, offset: off(\.co_varnames)),
        MemberSpec("co_freevars", type: T_OBJECT, offset: off(\.co_freevars)),
        MemberSpec("co_cellvars", type: T_OBJECT, offset: off(\.co_cellvars)),
        MemberSpec("co_filename", type: T_OBJECT, offset: off(\.co_filename)),
        MemberSpec("co_name", type: T_OBJECT, offset: off(\.co_name)),
        MemberSpec("co_qualname", type: T_OBJECT, offset: off(\.co_qualname)),
    ])
    t.pointee.tp_getset = makeGetSetTable([GetSetSpec("co_code", get: codeGetCode)])
    t.pointee.tp_methods = makeMethodTable([.noArgs("co_lines", codeLines)])
    _ = codeField   // keeps the helper for later getters
}
