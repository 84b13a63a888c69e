import CPython
import Glibc

let noDealloc: @convention(c) (PyObjectRef?) -> Void = { _ in }
setupExceptions()
initStringTypes()
for t in [SPyType_Long(), SPyType_Tuple(), SPyType_List()] { t.pointee.tp_dealloc = noDealloc }
SPyType_Long().pointee.tp_name = immortalCString("int")
SPyType_Long().pointee.tp_flags = UInt(Py_TPFLAGS_LONG_SUBCLASS)
SPyType_Tuple().pointee.tp_name = immortalCString("tuple")
SPyType_Tuple().pointee.tp_flags = UInt(Py_TPFLAGS_TUPLE_SUBCLASS)
SPyType_List().pointee.tp_name = immortalCString("list")
SPyType_List().pointee.tp_flags = UInt(Py_TPFLAGS_LIST_SUBCLASS)
_PyNone_Type.tp_name = immortalCString("NoneType")

func hexBytes(_ s: Substring) -> [UInt8] {
    var out: [UInt8] = []
    var i = s.startIndex
    while i < s.endIndex { let j = s.index(i, offsetBy: 2); out.append(UInt8(s[i..<j], radix: 16)!); i = j }
    return out
}
func decode(_ tok: Substring) -> PyObjectRef {
    let tag = tok.first!, body = tok.dropFirst()
    switch tag {
    case "s":
        let cps = body.isEmpty ? [] : body.split(separator: ".").map { UInt32($0, radix: 16)! }
        return cps.withUnsafeBufferPointer { strFromUCS4($0.baseAddress ?? UnsafePointer(bitPattern: 4)!, cps.count)! }
    case "b": let b = hexBytes(body); return bytesFrom(b, b.count)!
    case "a": let b = hexBytes(body); return bytearrayFrom(b, b.count)!
    case "i": return PyLong_FromSsize_t(Int(body)!)!
    case "n": return pyNone
    case "S":
        let parts = body.split(separator: "|", omittingEmptySubsequences: false).map { $0.isEmpty ? pyNone : PyLong_FromSsize_t(Int($0)!)! }
        let sl = UnsafeMutablePointer<PySliceObject>.allocate(capacity: 1)
        sl.pointee = PySliceObject(ob_base: PyObject(ob_refcnt: 1 << 20, ob_type: SPyType_Slice()), start: parts[0], stop: parts[1], step: parts[2])
        return sl.asPyObject
    case "T":
        let parts = body.isEmpty ? [] : body.split(separator: "|", omittingEmptySubsequences: false).map { decode($0) }
        return sTupleSteal(parts)!
    case "L":
        let parts = body.isEmpty ? [] : body.split(separator: "|", omittingEmptySubsequences: false).map { decode($0) }
        let l = PyList_New(parts.count)!
        for (i, p) in parts.enumerated() { sListItems(l)[i] = p }
        return l
    default: fatalError("bad token \(tok)")
    }
}
func fmt(_ o: PyObjectRef?) -> String {
    guard let o = o else {
        let n = errType.flatMap { excNames[$0] } ?? "?"
        errType = nil
        return "ERR \(n): \(errMsg)"
    }
    if o == pyNone { return "None" }
    if o == pyTrue { return "True" }
    if o == pyFalse { return "False" }
    if isStr(o) { return swiftString(unicodeReprString(o)!) }
    if isIntObj(o) { return String(PyLong_AsSsize_t(o)) }
    if sIsBytes(o) { return swiftString(bytesReprSlot(o)!) }
    if isByteArray(o) { return swiftString(bytearrayReprSlot(o)!) }
    if o.pointee.ob_type == SPyType_List() { return "[" + (0..<bLen(o)).map { fmt(sListItems(o)[$0]) }.joined(separator: ", ") + "]" }
    if o.pointee.ob_type == SPyType_Tuple() {
        let n = sTupleSize(o)
        return "(" + (0..<n).map { fmt(sTupleAt(o, $0)) }.joined(separator: ", ") + (n == 1 ? ",)" : ")")
    }
    return "<\(strTypeName(o))>"
}
func findMethod(_ t: PyTypeRef, _ name: String) -> PyMethodDef? {
    var p = t.pointee.tp_methods!
    while let n = p.pointee.ml_name { if String(cString: n) == name { return p.pointee }; p += 1 }
    return nil
}
func call(_ recv: PyObjectRef, _ name: String, _ args: [PyObjectRef]) -> PyObjectRef? {
    let t = recv.pointee.ob_type!
    switch name {
    case "__repr__": return t.pointee.tp_repr!(recv)
    case "__add__": return t.pointee.tp_as_sequence!.pointee.sq_concat!(recv, args[0])
    case "__iadd__": return t.pointee.tp_as_sequence!.pointee.sq_inplace_concat!(recv, args[0])
    case "__mul__": return t.pointee.tp_as_sequence!.pointee.sq_repeat!(recv, PyLong_AsSsize_t(args[0]))
    case "__getitem__": return t.pointee.tp_as_mapping!.pointee.mp_subscript!(recv, args[0])
    case "__setitem__":
        let r = t.pointee.tp_as_mapping!.pointee.mp_ass_subscript!(recv, args[0], args.count > 1 ? args[1] : nil)
        return r < 0 ? nil : { Py_INCREF(recv); return recv }()
    case "__contains__":
        let r = t.pointee.tp_as_sequence!.pointee.sq_contains!(recv, args[0])
        return r < 0 ? nil : pyBool(r == 1)
    case "__mod__": return t.pointee.tp_as_number!.pointee.nb_remainder!(recv, args[0])
    case "__lt__": return t.pointee.tp_richcompare!(recv, args[0], Py_LT)
    case "__eq__": return t.pointee.tp_richcompare!(recv, args[0], Py_EQ)
    case "__len__": return PyLong_FromSsize_t(bLen(recv) >= 0 && isStr(recv) ? strLen(recv) : bLen(recv))
    case "__iter__":
        let it = t.pointee.tp_iter!(recv)!
        let l = PyList_New(0)!
        while let x = it.pointee.ob_type.pointee.tp_iternext!(it) { _ = PyList_Append(l, x) }
        return l
    default: break
    }
    guard let m = findMethod(t, name) else { fatalError("no method \(name)") }
    let selfArg: PyObjectRef? = m.ml_flags & METH_STATIC != 0 ? nil : (m.ml_flags & METH_CLASS != 0 ? t.asObject : recv)
    let flags = m.ml_flags & ~(METH_STATIC | METH_CLASS | METH_COEXIST)
    let argv: [PyObjectRef?] = args
    switch flags {
    case METH_NOARGS: return m.ml_meth!(selfArg, nil)
    case METH_O: return m.ml_meth!(selfArg, args[0])
    case METH_FASTCALL: return argv.withUnsafeBufferPointer { unsafeBitCast(m.ml_meth!, to: FastFn.self)(selfArg, $0.baseAddress, args.count) }
    case METH_FASTCALL | METH_KEYWORDS: return argv.withUnsafeBufferPointer { unsafeBitCast(m.ml_meth!, to: FastKwFn.self)(selfArg, $0.baseAddress, args.count, nil) }
    case METH_VARARGS | METH_KEYWORDS: return unsafeBitCast(m.ml_meth!, to: VarArgsKwFn.self)(selfArg, sTupleSteal(args.map { Py_INCREF($0); return $0 })!, nil)
    default: fatalError("flags")
    }
}
let text = String(decoding: try! { () throws -> [UInt8] in
    let f = fopen(CommandLine.arguments[1], "r")!; var d: [UInt8] = []; var buf = [UInt8](repeating: 0, count: 65536)
    while true { let n = fread(&buf, 1, 65536, f); if n <= 0 { break }; d += buf[0..<n] }
    return d }(), as: UTF8.self)
for line in text.split(separator: "\n") {
    let toks = line.split(separator: "\t", omittingEmptySubsequences: false)
    let recv = decode(toks[1])
    let args = toks.dropFirst(2).map { decode($0) }
    let name = String(toks[0])
    let r = call(recv, name, args)
    if isByteArray(recv) && ["append","extend","insert","remove","reverse","clear","pop","__iadd__"].contains(name) {
        print(r == nil ? fmt(nil) : "(" + fmt(r) + ", " + fmt(recv) + ")")
    } else { print(fmt(r)) }
}
