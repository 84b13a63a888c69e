// Code objects (CPython's codeobject.c): the runtime form of a frontend CodeUnit. Instruction
// words, constants and names are read by the eval loop through raw pointers in PyCodeObject.
import CPython
import SwiftPyFrontend

typealias CodeRef = UnsafeMutablePointer<PyCodeObject>
@inline(__always) func codeObj(_ o: PyObjectRef) -> CodeRef { o.cast(to: PyCodeObject.self) }

/// Allocates a zeroed code object (not GC-tracked: code objects hold only immutable data).
func codeAlloc() -> CodeRef? {
    guard let o = _PyObject_New(SPyType_Code()) else { return nil }
    let size = MemoryLayout<PyCodeObject>.size - MemoryLayout<PyObject>.size
    memset(UnsafeMutableRawPointer(o).advanced(by: MemoryLayout<PyObject>.size), 0, size)
    return codeObj(o)
}

// MARK: - CodeUnit -> code object

/// Whether a constant string is identifier-like (interned, as CPython's all_name_chars).
private func isNameLike(_ s: String) -> Bool {
    !s.isEmpty && s.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x61 && $0 <= 0x7A) || $0 == 0x5F }
}

/// A constant as a Python object (new reference).
func makeConstant(_ c: Constant) -> PyObjectRef? {
    switch c {
    case .none: return pyNoneRef()
    case .ellipsis: Py_INCREF(pyEllipsis); return pyEllipsis
    case .bool(let b): return pyBool(b)
    case .int(let i): return PyLong_FromLong(i)
    case .bigInt(let s): return s.withCString { PyLong_FromString($0, nil, 10) }
    case .float(let d): return PyFloat_FromDouble(d)
    case .complex(let r, let i): return PyComplex_FromDoubles(r, i)
    case .string(let s):
        if isNameLike(s) { let o = pyIntern(s); Py_INCREF(o); return o }
        return pyStr(s)
    case .stringScalars(let cps):
        return cps.withUnsafeBufferPointer { PyUnicode_FromKindAndData(Int32(PyUnicode_4BYTE_KIND.rawValue), $0.baseAddress, $0.count) }
    case .bytes(let b):
        return b.withUnsafeBufferPointer { buf in
            buf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: max(b.count, 1)) { PyBytes_FromStringAndSize($0, b.count) }
        }
    case .tuple(let items):
        guard let t = PyTuple_New(items.count) else { return nil }
        for (i, item) in items.enumerated() {
            guard let o = makeConstant(item) else { Py_DECREF(t); return nil }
            vmTupleItems(t)[i] = o
        }
        return t
    case .frozenset(let items):
        guard let t = makeConstant(.tuple(items)) else { return nil }
        defer { Py_DECREF(t) }
        return PyFrozenSet_New(t)
    case .code(let unit): return makeCode(unit)
    }
}

/// A tuple of interned strings.
private func internedTuple(_ names: [String]) -> PyObjectRef? {
    guard let t = PyTuple_New(names.count) else { return nil }
    for (i, n) in names.enumerated() { let o = pyIntern(n); Py_INCREF(o); vmTupleItems(t)[i] = o }
    return t
}

/// Builds the code object for a frontend CodeUnit (and, recursively, its nested code units).
/// The CodeUnit is retained for line/column lookups. New reference, or nil with an exception set.
public func makeCode(_ unit: CodeUnit) -> PyObjectRef? {
    guard let c = codeAlloc() else { return nil }
    let o = c.asPyObject
    func fail() -> PyObjectRef? { Py_DECREF(o); return nil }
    guard let consts = PyTuple_New(unit.constants.count) else { return fail() }
    c.pointee.co_consts = consts
    for (i, k) in unit.constants.enumerated() {
        guard let v = makeConstant(k) else { return fail() }
        vmTupleItems(consts)[i] = v
    }
    guard let names = internedTuple(unit.names) else { return fail() }
    c.pointee.co_names = names
    guard let varnames = internedTuple(unit.varnames) else { return fail() }
    c.pointee.co_varnames = varnames
    guard let cellvars = internedTuple(unit.cellvars) else { return fail() }
    c.pointee.co_cellvars = cellvars
    guard let freevars = internedTuple(unit.freevars) else { return fail() }
    c.pointee.co_freevars = freevars
    guard let filename = pyStr(unit.filename) else { return fail() }
    c.pointee.co_filename = filename
    let name = pyIntern(unit.name); Py_INCREF(name); c.pointee.co_name = name
    guard let qualname = pyStr(unit.qualname) else { return fail() }
    c.pointee.co_qualname = qualname
    let n = unit.instructions.count
    let code = UnsafeMutablePointer<UInt32>.allocate(capacity: max(n, 1))
    if n > 0 { unit.instructions.withUnsafeBufferPointer { code.initialize(from: $0.baseAddress!, count: n) } }
    c.pointee.co_code = UnsafePointer(code)
    c.pointee.co_ncode = n
    let lines = UnsafeMutablePointer<Int32>.allocate(capacity: max(n, 1))
    for i in 0..<n { lines[i] = i < unit.lineTable.count ? unit.lineTable[i].line : Int32(unit.firstLineNo) }
    c.pointee.co_lines = lines
    c.pointee.co_argcount = Int32(unit.argCount)
    c.pointee.co_posonlyargcount = Int32(unit.posOnlyArgCount)
    c.pointee.co_kwonlyargcount = Int32(unit.kwOnlyArgCount)
    c.pointee.co_nlocals = Int32(unit.varnames.count)
    c.pointee.co_ncells = Int32(unit.cellvars.count)
    c.pointee.co_nfrees = Int32(unit.freevars.count)
    c.pointee.co_stacksize = Int32(unit.stackSize)
    c.pointee.co_flags = Int32(unit.flags.rawValue)
    c.pointee.co_firstlineno = Int32(unit.firstLineNo)
    if unit.cell2arg.contains(where: { $0 >= 0 }) {
        let c2a = UnsafeMutablePointer<Int32>.allocate(capacity: unit.cell2arg.count)
        for (i, v) in unit.cell2arg.enumerated() { c2a[i] = Int32(v) }
        c.pointee.co_cell2arg = c2a
    }
    c.pointee.co_unit = Unmanaged.passRetained(unit as AnyObject).toOpaque()
    _ = codeFinish(c)
    return o
}

/// The frontend CodeUnit behind a code object (for columns / positions).
func codeUnit(_ c: CodeRef) -> CodeUnit? {
    guard let u = c.pointee.co_unit else { return nil }
    return Unmanaged<AnyObject>.fromOpaque(u).takeUnretainedValue() as? CodeUnit
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
        cache.initialize(repeating: SPyGlobalCache(), count: nnames)
        c.pointee.co_globalcache = cache
    }
    return true
}

private let codeDealloc: destructor = { o in
    guard let o else { return }
    let c = codeObj(o)
    if c.pointee.co_weakreflist != nil { PyObject_ClearWeakRefs(o) }
    var z = c.pointee.co_zombieframe
    c.pointee.co_zombieframe = nil
    while let frame = z { z = frame.pointee.f_back; PyObject_GC_Del(frame) }
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
    t.pointee.tp_methods = makeMethodTable([.noArgs("co_lines", codeLines), .noArgs("co_positions", codePositions), .fastKw("replace", codeReplace)])
}

private let codePositions: NoArgsFn = { o, _ in
    // co_positions(): (line, end_line, column, end_column) per 2-byte code unit, as CPython (columns
    // in UTF-8 bytes). An instruction is 4 bytes (2 units), so each position appears twice and
    // entry lasti // 2 is the instruction at byte offset lasti (tb_lasti, f_lasti).
    let c = codeObj(o!)
    guard let list = PyList_New(0) else { return nil }
    defer { Py_DECREF(list) }
    let table = codeUnit(c)?.lineTable ?? []
    for i in 0..<c.pointee.co_ncode {
        let p = i < table.count ? table[i] : SourcePosition(line: Int32(codeLine(c, i)), endLine: Int32(codeLine(c, i)), column: 0, endColumn: 0)
        guard let t = vmTupleSteal([PyLong_FromLong(Int(p.line))!, PyLong_FromLong(Int(p.endLine))!,
                                    PyLong_FromLong(Int(p.column))!, PyLong_FromLong(Int(p.endColumn))!]) else { return nil }
        _ = PyList_Append(list, t); _ = PyList_Append(list, t); Py_DECREF(t)
    }
    return PyObject_GetIter(list)
}
