// Exception classes with their own fields or str/init rules, and initExceptionTypes() which builds
// the whole CPython 3.11 hierarchy and assigns the PyExc_* pointers.
import CPython

private func offset<T>(_ kp: PartialKeyPath<T>) -> Int { MemoryLayout<T>.offset(of: kp)! }

/// Visits/clears a list of owned fields at the given byte offsets, then the base fields.
private func clearFields(_ o: PyObjectRef, _ offsets: [Int]) {
    for off in offsets {
        let p = UnsafeMutableRawPointer(o).advanced(by: off).assumingMemoryBound(to: PyObjectRef?.self)
        vmClearField(&p.pointee)
    }
    baseExcClearFields(o)
}
private func visitFields(_ o: PyObjectRef, _ offsets: [Int], _ visit: visitproc, _ arg: UnsafeMutableRawPointer?) -> Int32 {
    for off in offsets {
        if let f = UnsafeMutableRawPointer(o).advanced(by: off).assumingMemoryBound(to: PyObjectRef?.self).pointee {
            let r = visit(f, arg); if r != 0 { return r }
        }
    }
    return baseExcVisit(o, visit, arg)
}
@inline(__always) private func field(_ o: PyObjectRef, _ off: Int) -> UnsafeMutablePointer<PyObjectRef?> {
    UnsafeMutableRawPointer(o).advanced(by: off).assumingMemoryBound(to: PyObjectRef?.self)
}
private func objMember(_ name: String, _ off: Int, doc: String? = nil) -> MemberSpec {
    MemberSpec(name, type: T_OBJECT, offset: off, readOnly: false)
}
/// Runs BaseException.__init__ (no keywords allowed) on o.
private func baseInit(_ o: PyObjectRef, _ args: PyObjectRef?) { vmSetField(&excObj(o).pointee.args, args) }
private func argCount(_ args: PyObjectRef?) -> Int { args.map(vmTupleSize) ?? 0 }

/// Parses keyword-only arguments `names` from kwds; unknown keywords raise CPython's TypeError.
private func parseKwOnly(_ kwds: PyObjectRef?, _ names: [String], _ fname: String) -> [PyObjectRef?]? {
    var out = [PyObjectRef?](repeating: nil, count: names.count)
    guard let kwds, PyDict_Size(kwds) > 0 else { return out }
    var pos = 0
    var k: PyObjectRef? = nil, v: PyObjectRef? = nil
    while PyDict_Next(kwds, &pos, &k, &v) != 0 {
        let key = vmIsStr(k!) ? swiftString(k!) : ""
        guard let i = names.firstIndex(of: key) else {
            setError(PyExc_TypeError, "'\(key)' is an invalid keyword argument for \(fname)()")
            return nil
        }
        out[i] = v
    }
    return out
}

// MARK: StopIteration / SystemExit

private let stopValueOff = offset(\PyStopIterationObject.value)
private let stopIterInit: initproc = { o, args, kwds in
    guard let o, _PyArg_NoKeywords(o.pointee.ob_type.pointee.tp_name, kwds) != 0 else { return -1 }
    baseInit(o, args)
    vmSetField(&field(o, stopValueOff).pointee, argCount(args) > 0 ? vmTupleItem(args!, 0) : pyNone)
    return 0
}
private let sysExitCodeOff = offset(\PySystemExitObject.code)
private let sysExitInit: initproc = { o, args, kwds in
    guard let o, _PyArg_NoKeywords(o.pointee.ob_type.pointee.tp_name, kwds) != 0 else { return -1 }
    baseInit(o, args)
    let n = argCount(args)
    vmSetField(&field(o, sysExitCodeOff).pointee, n == 0 ? pyNone : n == 1 ? vmTupleItem(args!, 0) : args)
    return 0
}

// MARK: ImportError

private let importMsgOff = offset(\PyImportErrorObject.msg)
private let importNameOff = offset(\PyImportErrorObject.name)
private let importPathOff = offset(\PyImportErrorObject.path)
private let importInit: initproc = { o, args, kwds in
    guard let o, let kw = parseKwOnly(kwds, ["name", "path"], vmTypeName(o.pointee.ob_type)) else { return -1 }
    baseInit(o, args)
    vmSetField(&field(o, importNameOff).pointee, kw[0] ?? pyNone)
    vmSetField(&field(o, importPathOff).pointee, kw[1] ?? pyNone)
    vmSetField(&field(o, importMsgOff).pointee, argCount(args) == 1 ? vmTupleItem(args!, 0) : pyNone)
    return 0
}
private let importStr: reprfunc = { o in
    if let m = field(o!, importMsgOff).pointee, m != pyNone { return PyObject_Str(m) }
    return baseExcStrOf(o!)
}

// MARK: NameError / AttributeError / KeyError

private let nameErrNameOff = offset(\PyNameErrorObject.name)
private let nameErrInit: initproc = { o, args, kwds in
    guard let o, let kw = parseKwOnly(kwds, ["name"], vmTypeName(o.pointee.ob_type)) else { return -1 }
    baseInit(o, args)
    // NULL when not given (reads as None): the lookup that raised it may still fill it in.
    vmSetField(&field(o, nameErrNameOff).pointee, kw[0])
    return 0
}
private let attrErrNameOff = offset(\PyAttributeErrorObject.name)
private let attrErrObjOff = offset(\PyAttributeErrorObject.obj)
private let attrErrInit: initproc = { o, args, kwds in
    guard let o, let kw = parseKwOnly(kwds, ["name", "obj"], vmTypeName(o.pointee.ob_type)) else { return -1 }
    baseInit(o, args)
    vmSetField(&field(o, attrErrNameOff).pointee, kw[0])
    vmSetField(&field(o, attrErrObjOff).pointee, kw[1])
    return 0
}
private let keyErrStr: reprfunc = { o in
    if let a = excObj(o!).pointee.args, vmTupleSize(a) == 1 { return PyObject_Repr(vmTupleItem(a, 0)) }
    return baseExcStrOf(o!)
}

// MARK: OSError

private let osErrnoOff = offset(\PyOSErrorObject.myerrno)
private let osStrerrorOff = offset(\PyOSErrorObject.strerror)
private let osFilenameOff = offset(\PyOSErrorObject.filename)
private let osFilename2Off = offset(\PyOSErrorObject.filename2)
private let osWrittenOff = offset(\PyOSErrorObject.written)
/// ExceptionGroup (CPython keeps it out of the public PyExc_* names too).
nonisolated(unsafe) public var vmExceptionGroupType: PyObjectRef? = nil
private func isOSErrorInit(_ f: initproc?) -> Bool {
    guard let f else { return false }
    return unsafeBitCast(f, to: UnsafeRawPointer.self) == unsafeBitCast(osErrorInit, to: UnsafeRawPointer.self)
}
nonisolated(unsafe) private var errnoMap: [Int: PyObjectRef] = [:]

/// Fills OSError fields from args (errno, strerror[, filename[, winerror[, filename2]]]).
private func osErrorParse(_ o: PyObjectRef, _ args: PyObjectRef?) {
    let n = argCount(args)
    baseInit(o, args)
    for off in [osErrnoOff, osStrerrorOff, osFilenameOff, osFilename2Off] { vmClearField(&field(o, off).pointee) }
    o.cast(to: PyOSErrorObject.self).pointee.written = -1
    guard n >= 2 && n <= 5, let args else { return }
    vmSetField(&field(o, osErrnoOff).pointee, vmTupleItem(args, 0))
    vmSetField(&field(o, osStrerrorOff).pointee, vmTupleItem(args, 1))
    if n >= 3 {
        let fn = vmTupleItem(args, 2)
        if Py_IS_TYPE(o, PyExc_BlockingIOError.asType) != 0 && vmIsLong(fn) {
            o.cast(to: PyOSErrorObject.self).pointee.written = PyLong_AsSsize_t(fn)
            if PyErr_Occurred() != nil { PyErr_Clear() }
        } else {
            vmSetField(&field(o, osFilenameOff).pointee, fn)
            if n >= 5 { vmSetField(&field(o, osFilename2Off).pointee, vmTupleItem(args, 4)) }
            if let t = vmTuple([vmTupleItem(args, 0), vmTupleItem(args, 1)]) {
                let e = excObj(o); let old = e.pointee.args; e.pointee.args = t; Py_XDECREF(old)
            }
        }
    }
}
private let osErrorNew: newfunc = { type, args, kwds in
    guard var type else { return nil }
    if type == PyExc_OSError.asType, argCount(args) >= 2, vmIsLong(vmTupleItem(args!, 0)) {
        let e = PyLong_AsLong(vmTupleItem(args!, 0))
        if e == -1 && PyErr_Occurred() != nil { PyErr_Clear() }
        else if let sub = errnoMap[e] { type = sub.asType }
    }
    if isOSErrorInit(type.pointee.tp_init), _PyArg_NoKeywords(type.pointee.tp_name, kwds) == 0 { return nil }
    guard let o = baseExcNew(type, args, nil) else { return nil }
    osErrorParse(o, args)
    return o
}
private let osErrorInit: initproc = { o, args, kwds in
    guard let o else { return -1 }
    if isOSErrorInit(o.pointee.ob_type.pointee.tp_init), _PyArg_NoKeywords(o.pointee.ob_type.pointee.tp_name, kwds) == 0 { return -1 }
    osErrorParse(o, args)
    return 0
}
private let osErrorStr: reprfunc = { o in
    guard let o else { return nil }
    let errno = field(o, osErrnoOff).pointee, strerror = field(o, osStrerrorOff).pointee
    if let fn = field(o, osFilenameOff).pointee {
        guard let e = vmStr(errno ?? pyNone), let s = vmStr(strerror ?? pyNone), let f = vmRepr(fn) else { return nil }
        if let fn2 = field(o, osFilename2Off).pointee {
            guard let f2 = vmRepr(fn2) else { return nil }
            return pyStr("[Errno \(e)] \(s): \(f) -> \(f2)")
        }
        return pyStr("[Errno \(e)] \(s): \(f)")
    }
    if let errno, let strerror {
        guard let e = vmStr(errno), let s = vmStr(strerror) else { return nil }
        return pyStr("[Errno \(e)] \(s)")
    }
    return baseExcStrOf(o)
}
private let osGetWritten: GetterFn = { o, _ in
    let w = o!.cast(to: PyOSErrorObject.self).pointee.written
    if w == -1 { setError(PyExc_AttributeError, "characters_written"); return nil }
    return PyLong_FromSsize_t(w)
}
private let osSetWritten: SetterFn = { o, v, _ in
    let p = o!.cast(to: PyOSErrorObject.self)
    guard let v else {
        if p.pointee.written == -1 { setError(PyExc_AttributeError, "characters_written"); return -1 }
        p.pointee.written = -1; return 0
    }
    let n = PyNumber_AsSsize_t(v, PyExc_ValueError)
    if n == -1 && PyErr_Occurred() != nil { return -1 }
    p.pointee.written = n
    return 0
}

// MARK: SyntaxError

private let synMsgOff = offset(\PySyntaxErrorObject.msg)
private let synFilenameOff = offset(\PySyntaxErrorObject.filename)
private let synLinenoOff = offset(\PySyntaxErrorObject.lineno)
private let synOffsetOff = offset(\PySyntaxErrorObject.offset)
private let synTextOff = offset(\PySyntaxErrorObject.text)
private let synEndLinenoOff = offset(\PySyntaxErrorObject.end_lineno)
private let synEndOffsetOff = offset(\PySyntaxErrorObject.end_offset)
private let synPrintOff = offset(\PySyntaxErrorObject.print_file_and_line)
private let synFields = [synMsgOff, synFilenameOff, synLinenoOff, synOffsetOff, synTextOff, synEndLinenoOff, synEndOffsetOff, synPrintOff]

private let syntaxInit: initproc = { o, args, kwds in
    guard let o, _PyArg_NoKeywords(o.pointee.ob_type.pointee.tp_name, kwds) != 0 else { return -1 }
    baseInit(o, args)
    let n = argCount(args)
    if n >= 1 { vmSetField(&field(o, synMsgOff).pointee, vmTupleItem(args!, 0)) }
    if n == 2 {
        guard let info = PySequence_Tuple(vmTupleItem(args!, 1)) else { return -1 }
        defer { Py_DECREF(info) }
        let m = vmTupleSize(info)
        guard m >= 4 && m <= 6 else {
            setError(PyExc_IndexError, "tuple index out of range"); return -1
        }
        let offs = [synFilenameOff, synLinenoOff, synOffsetOff, synTextOff, synEndLinenoOff, synEndOffsetOff]
        for i in 0..<m { vmSetField(&field(o, offs[i]).pointee, vmTupleItem(info, i)) }
    }
    return 0
}
private let syntaxStr: reprfunc = { o in
    guard let o else { return nil }
    guard let msg = vmStr(field(o, synMsgOff).pointee ?? pyNone) else { return nil }
    var file: String? = nil
    if let f = field(o, synFilenameOff).pointee, vmIsStr(f) {
        let s = swiftString(f)
        file = s.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? s
    }
    var line: Int? = nil
    if let l = field(o, synLinenoOff).pointee, Py_IS_TYPE(l, SPyType_Long()) != 0 { line = PyLong_AsLong(l) }
    switch (file, line) {
    case let (f?, l?): return pyStr("\(msg) (\(f), line \(l))")
    case let (f?, nil): return pyStr("\(msg) (\(f))")
    case let (nil, l?): return pyStr("\(msg) (line \(l))")
    default: return pyStr(msg)
    }
}

// MARK: Unicode errors

private let uniEncodingOff = offset(\PyUnicodeErrorObject.encoding)
private let uniObjectOff = offset(\PyUnicodeErrorObject.object)
private let uniReasonOff = offset(\PyUnicodeErrorObject.reason)
private let uniStartOff = offset(\PyUnicodeErrorObject.start)
private let uniEndOff = offset(\PyUnicodeErrorObject.end)

private func needStr(_ o: PyObjectRef, _ argn: Int, _ fname: String) -> Bool {
    if vmIsStr(o) { return true }
    setError(PyExc_TypeError, "\(fname)() argument \(argn) must be str, not \(vmTypeName(o.pointee.ob_type))")
    return false
}
private func ssizeArg(_ o: PyObjectRef) -> Int? {
    let n = PyNumber_AsSsize_t(o, PyExc_OverflowError)
    if n == -1 && PyErr_Occurred() != nil { return nil }
    return n
}
private func wrongArgCount(_ fname: String, _ want: Int, _ got: Int) -> Int32 {
    if got < want {
        setError(PyExc_TypeError, "function takes exactly \(want) arguments (\(got) given)")
    } else {
        setError(PyExc_TypeError, "function takes exactly \(want) arguments (\(got) given)")
    }
    return -1
}
private let uniEncodeInit: initproc = { o, args, kwds in
    guard let o, _PyArg_NoKeywords(o.pointee.ob_type.pointee.tp_name, kwds) != 0 else { return -1 }
    baseInit(o, args)
    let n = argCount(args)
    guard n == 5, let args else { return wrongArgCount("UnicodeEncodeError", 5, n) }
    let enc = vmTupleItem(args, 0), obj = vmTupleItem(args, 1), reason = vmTupleItem(args, 4)
    guard needStr(enc, 1, "UnicodeEncodeError"), needStr(obj, 2, "UnicodeEncodeError"), needStr(reason, 5, "UnicodeEncodeError"),
          let s = ssizeArg(vmTupleItem(args, 2)), let e = ssizeArg(vmTupleItem(args, 3)) else { return -1 }
    let u = o.cast(to: PyUnicodeErrorObject.self)
    vmSetField(&u.pointee.encoding, enc); vmSetField(&u.pointee.object, obj); vmSetField(&u.pointee.reason, reason)
    u.pointee.start = s; u.pointee.end = e
    return 0
}
private let uniDecodeInit: initproc = { o, args, kwds in
    guard let o, _PyArg_NoKeywords(o.pointee.ob_type.pointee.tp_name, kwds) != 0 else { return -1 }
    baseInit(o, args)
    let n = argCount(args)
    guard n == 5, let args else { return wrongArgCount("UnicodeDecodeError", 5, n) }
    let enc = vmTupleItem(args, 0), obj = vmTupleItem(args, 1), reason = vmTupleItem(args, 4)
    guard needStr(enc, 1, "UnicodeDecodeError"), needStr(reason, 5, "UnicodeDecodeError"),
          let s = ssizeArg(vmTupleItem(args, 2)), let e = ssizeArg(vmTupleItem(args, 3)) else { return -1 }
    var bytesObj: PyObjectRef
    if vmHasFlag(obj.pointee.ob_type, UInt(Py_TPFLAGS_BYTES_SUBCLASS)) { Py_INCREF(obj); bytesObj = obj }
    else {
        guard let b = PyBytes_FromObject(obj) else { return -1 }
        bytesObj = b
    }
    let u = o.cast(to: PyUnicodeErrorObject.self)
    vmSetField(&u.pointee.encoding, enc); vmSetField(&u.pointee.object, bytesObj); vmSetField(&u.pointee.reason, reason)
    Py_DECREF(bytesObj)
    u.pointee.start = s; u.pointee.end = e
    return 0
}
private let uniTranslateInit: initproc = { o, args, kwds in
    guard let o, _PyArg_NoKeywords(o.pointee.ob_type.pointee.tp_name, kwds) != 0 else { return -1 }
    baseInit(o, args)
    let n = argCount(args)
    guard n == 4, let args else { return wrongArgCount("UnicodeTranslateError", 4, n) }
    let obj = vmTupleItem(args, 0), reason = vmTupleItem(args, 3)
    guard needStr(obj, 1, "UnicodeTranslateError"), needStr(reason, 4, "UnicodeTranslateError"),
          let s = ssizeArg(vmTupleItem(args, 1)), let e = ssizeArg(vmTupleItem(args, 2)) else { return -1 }
    let u = o.cast(to: PyUnicodeErrorObject.self)
    vmSetField(&u.pointee.encoding, pyNone); vmSetField(&u.pointee.object, obj); vmSetField(&u.pointee.reason, reason)
    u.pointee.start = s; u.pointee.end = e
    return 0
}
private func charEscape(_ ch: UInt32) -> String {
    func hex(_ v: UInt32, _ w: Int) -> String { let s = String(v, radix: 16); return String(repeating: "0", count: max(0, w - s.count)) + s }
    if ch <= 0xff { return "\\x" + hex(ch, 2) }
    if ch <= 0xffff { return "\\u" + hex(ch, 4) }
    return "\\U" + hex(ch, 8)
}
private func uniStr(_ o: PyObjectRef, _ verb: String) -> PyObjectRef? {
    let u = o.cast(to: PyUnicodeErrorObject.self).pointee
    guard let objRef = u.object else { return pyStr("") }
    guard let reason = vmStr(u.reason ?? pyNone) else { return nil }
    let encoding = verb == "translate" ? nil : vmStr(u.encoding ?? pyNone)
    if verb != "translate" && encoding == nil { return nil }
    let start = u.start, end = u.end
    if verb == "decode" {
        let len = PyBytes_Size(objRef)
        if start < len && end == start + 1 {
            let byte = UInt8(bitPattern: PyBytes_AsString(objRef)![start])
            let h = String(byte, radix: 16)
            return pyStr("'\(encoding!)' codec can't decode byte 0x\(h.count == 1 ? "0" + h : h) in position \(start): \(reason)")
        }
        return pyStr("'\(encoding!)' codec can't decode bytes in position \(start)-\(end - 1): \(reason)")
    }
    let len = PyUnicode_GetLength(objRef)
    let prefix = verb == "encode" ? "'\(encoding!)' codec can't encode" : "can't translate"
    if start < len && end == start + 1 {
        let ch = PyUnicode_ReadChar(objRef, start)
        return pyStr("\(prefix) character '\(charEscape(ch))' in position \(start): \(reason)")
    }
    return pyStr("\(prefix) characters in position \(start)-\(end - 1): \(reason)")
}
private let uniEncodeStr: reprfunc = { o in uniStr(o!, "encode") }
private let uniDecodeStr: reprfunc = { o in uniStr(o!, "decode") }
private let uniTranslateStr: reprfunc = { o in uniStr(o!, "translate") }

@c @implementation public func PyUnicodeDecodeError_Create(_ encoding: UnsafePointer<CChar>!, _ object: UnsafePointer<CChar>!, _ length: Int, _ start: Int, _ end: Int, _ reason: UnsafePointer<CChar>!) -> UnsafeMutablePointer<PyObject>! {
    guard let enc = PyUnicode_FromString(encoding) else { return nil }
    defer { Py_DECREF(enc) }
    guard let b = PyBytes_FromStringAndSize(object, length) else { return nil }
    defer { Py_DECREF(b) }
    guard let r = PyUnicode_FromString(reason) else { return nil }
    defer { Py_DECREF(r) }
    guard let s = PyLong_FromSsize_t(start), let e = PyLong_FromSsize_t(end) else { return nil }
    guard let args = vmTupleSteal([{ Py_INCREF(enc); return enc }(), { Py_INCREF(b); return b }(), s, e, { Py_INCREF(r); return r }()]) else { return nil }
    defer { Py_DECREF(args) }
    return PyObject_Call(PyExc_UnicodeDecodeError, args, nil)
}

// MARK: BaseExceptionGroup

private let egMsgOff = offset(\PyBaseExceptionGroupObject.msg)
private let egExcsOff = offset(\PyBaseExceptionGroupObject.excs)
private let egNew: newfunc = { type, args, kwds in
    guard var type else { return nil }
    if _PyArg_NoKeywords(type.pointee.tp_name, kwds) == 0 { return nil }
    let n = argCount(args)
    guard n == 2, let args else {
        setError(PyExc_TypeError, "BaseExceptionGroup.__new__() takes exactly 2 arguments (\(n) given)"); return nil
    }
    let msg = vmTupleItem(args, 0), seq = vmTupleItem(args, 1)
    guard vmIsStr(msg) else {
        setError(PyExc_TypeError, "argument 1 must be str, not \(vmTypeName(msg.pointee.ob_type))"); return nil
    }
    guard PySequence_Check(seq) != 0 else {
        setError(PyExc_TypeError, "second argument (exceptions) must be a sequence"); return nil
    }
    guard let excs = PySequence_Tuple(seq) else { return nil }
    let count = vmTupleSize(excs)
    if count == 0 {
        Py_DECREF(excs); setError(PyExc_ValueError, "second argument (exceptions) must be a non-empty sequence"); return nil
    }
    var nestedBase = false
    for i in 0..<count {
        let e = vmTupleItem(excs, i)
        guard vmIsExceptionInstance(e) else {
            Py_DECREF(excs); setError(PyExc_ValueError, "Item \(i) of second argument (exceptions) is not an exception"); return nil
        }
        if PyObject_TypeCheck(e, PyExc_Exception.asType) == 0 { nestedBase = true }
    }
    if type == PyExc_BaseExceptionGroup.asType {
        if !nestedBase { type = vmExceptionGroupType!.asType }
    } else if type == vmExceptionGroupType!.asType {
        if nestedBase { Py_DECREF(excs); setError(PyExc_TypeError, "Cannot nest BaseExceptions in an ExceptionGroup"); return nil }
    } else if nestedBase && PyType_IsSubtype(type, PyExc_Exception.asType) != 0 {
        Py_DECREF(excs)
        setError(PyExc_TypeError, "Cannot nest BaseExceptions in '\(vmTypeName(type))'"); return nil
    }
    guard let o = baseExcNew(type, args, nil) else { Py_DECREF(excs); return nil }
    vmSetField(&field(o, egMsgOff).pointee, msg)
    field(o, egExcsOff).pointee = excs
    return o
}
private let egInit: initproc = { o, args, kwds in
    guard let o, _PyArg_NoKeywords(o.pointee.ob_type.pointee.tp_name, kwds) != 0 else { return -1 }
    baseInit(o, args)
    return 0
}
private let egStr: reprfunc = { o in
    guard let o, let m = vmStr(field(o, egMsgOff).pointee ?? pyNone) else { return nil }
    let n = field(o, egExcsOff).pointee.map(vmTupleSize) ?? 0
    return pyStr("\(m) (\(n) sub-exception\(n > 1 ? "s" : ""))")
}
private let egDerive: OneArgFn = { o, excs in
    guard let o, let excs, let args = vmTuple([field(o, egMsgOff).pointee ?? pyNone, excs]) else { return nil }
    defer { Py_DECREF(args) }
    return PyObject_Call(PyExc_BaseExceptionGroup, args, nil)
}

// MARK: - The hierarchy

/// Builds every standard exception class and assigns the PyExc_* pointers. Runs after the static
/// types are ready; calls no Python code.
public func initExceptionTypes() {
    let base = makeBaseExceptionType()
    PyExc_BaseException = base
    func sub(_ name: String, _ b: PyObjectRef, _ doc: String) -> PyObjectRef { simpleException(name, b, doc) }
    func fields(_ name: String, _ b: PyObjectRef, _ doc: String, size: Int, offsets: [Int], configure: (inout ExcSpec) -> Void) -> PyObjectRef {
        var s = ExcSpec(name: name, base: b, doc: doc)
        s.basicSize = size
        let offs = offsets
        s.clear = { o in
            clearFields(o!, excFieldOffsets(o!.pointee.ob_type)); return 0
        }
        s.traverse = { o, v, a in visitFields(o!, excFieldOffsets(o!.pointee.ob_type), v!, a) }
        configure(&s)
        let t = makeExceptionType(s)
        exceptionFieldOffsets[UnsafeRawPointer(t)] = offs
        return t
    }

    PyExc_BaseExceptionGroup = fields("BaseExceptionGroup", base, "A combination of multiple unrelated exceptions.",
        size: MemoryLayout<PyBaseExceptionGroupObject>.size, offsets: [egMsgOff, egExcsOff]) { s in
        s.new = egNew; s.initFn = egInit; s.str = egStr
        s.members = [MemberSpec("message", type: T_OBJECT, offset: egMsgOff), MemberSpec("exceptions", type: T_OBJECT, offset: egExcsOff)]
        s.methods = [.oneArg("derive", egDerive), .oneArg("split", egSplit), .oneArg("subgroup", egSubgroup), classGetItemSpec]
    }
    // Creation order is CPython's (level by level): __subclasses__() lists classes in that order.
    let exc = sub("Exception", base, "Common base class for all non-exit exceptions.")
    PyExc_Exception = exc
    PyExc_GeneratorExit = sub("GeneratorExit", base, "Request that a generator exit.")
    PyExc_KeyboardInterrupt = sub("KeyboardInterrupt", base, "Program interrupted by user.")
    PyExc_SystemExit = fields("SystemExit", base, "Request to exit from the interpreter.",
        size: MemoryLayout<PySystemExitObject>.size, offsets: [sysExitCodeOff]) { s in
        s.initFn = sysExitInit
        s.members = [objMember("code", sysExitCodeOff)]
    }

    let arith = sub("ArithmeticError", exc, "Base class for arithmetic errors.")
    PyExc_ArithmeticError = arith
    PyExc_FloatingPointError = sub("FloatingPointError", arith, "Floating point operation failed.")
    PyExc_OverflowError = sub("OverflowError", arith, "Result too large to be represented.")
    PyExc_ZeroDivisionError = sub("ZeroDivisionError", arith, "Second argument to a division or modulo operation was zero.")
    PyExc_AssertionError = sub("AssertionError", exc, "Assertion failed.")
    PyExc_AttributeError = fields("AttributeError", exc, "Attribute not found.",
        size: MemoryLayout<PyAttributeErrorObject>.size, offsets: [attrErrObjOff, attrErrNameOff]) { s in
        s.initFn = attrErrInit
        s.members = [objMember("name", attrErrNameOff), objMember("obj", attrErrObjOff)]
    }
    PyExc_BufferError = sub("BufferError", exc, "Buffer error.")
    PyExc_EOFError = sub("EOFError", exc, "Read beyond end of file.")

    let importErr = fields("ImportError", exc, "Import can't find module, or can't find name in module.",
        size: MemoryLayout<PyImportErrorObject>.size, offsets: [importMsgOff, importNameOff, importPathOff]) { s in
        s.initFn = importInit; s.str = importStr
        s.members = [objMember("msg", importMsgOff), objMember("name", importNameOff), objMember("path", importPathOff)]
    }
    PyExc_ImportError = importErr
    PyExc_ModuleNotFoundError = sub("ModuleNotFoundError", importErr, "Module not found.")
    exceptionFieldOffsets[UnsafeRawPointer(PyExc_ModuleNotFoundError)] = [importMsgOff, importNameOff, importPathOff]

    let lookup = sub("LookupError", exc, "Base class for lookup errors.")
    PyExc_LookupError = lookup
    PyExc_IndexError = sub("IndexError", lookup, "Sequence index out of range.")
    PyExc_KeyError = makeExceptionType({ var s = ExcSpec(name: "KeyError", base: lookup, doc: "Mapping key not found."); s.str = keyErrStr; return s }())
    PyExc_MemoryError = sub("MemoryError", exc, "Out of memory.")
    let nameErr = fields("NameError", exc, "Name not found globally.",
        size: MemoryLayout<PyNameErrorObject>.size, offsets: [nameErrNameOff]) { s in
        s.initFn = nameErrInit
        s.members = [objMember("name", nameErrNameOff)]
    }
    PyExc_NameError = nameErr
    PyExc_UnboundLocalError = sub("UnboundLocalError", nameErr, "Local name referenced but not bound to a value.")
    exceptionFieldOffsets[UnsafeRawPointer(PyExc_UnboundLocalError)] = [nameErrNameOff]

    let osOffsets = [osErrnoOff, osStrerrorOff, osFilenameOff, osFilename2Off]
    let osErr = fields("OSError", exc, "Base class for I/O related errors.",
        size: MemoryLayout<PyOSErrorObject>.size, offsets: osOffsets) { s in
        s.new = osErrorNew; s.initFn = osErrorInit; s.str = osErrorStr
        s.members = [objMember("errno", osErrnoOff), objMember("strerror", osStrerrorOff),
                     objMember("filename", osFilenameOff), objMember("filename2", osFilename2Off)]
    }
    PyExc_OSError = osErr
    PyExc_EnvironmentError = osErr
    PyExc_IOError = osErr
    func osSub(_ name: String, _ b: PyObjectRef, _ doc: String, getsets: [GetSetSpec] = []) -> PyObjectRef {
        var s = ExcSpec(name: name, base: b, doc: doc)
        s.getsets = getsets
        let t = makeExceptionType(s)
        exceptionFieldOffsets[UnsafeRawPointer(t)] = osOffsets
        return t
    }
    PyExc_BlockingIOError = osSub("BlockingIOError", osErr, "I/O operation would block.",
                                  getsets: [GetSetSpec("characters_written", get: osGetWritten, set: osSetWritten)])
    PyExc_ChildProcessError = osSub("ChildProcessError", osErr, "Child process error.")
    let connErr = osSub("ConnectionError", osErr, "Connection error.")
    PyExc_ConnectionError = connErr
    PyExc_BrokenPipeError = osSub("BrokenPipeError", connErr, "Broken pipe.")
    PyExc_ConnectionAbortedError = osSub("ConnectionAbortedError", connErr, "Connection aborted.")
    PyExc_ConnectionRefusedError = osSub("ConnectionRefusedError", connErr, "Connection refused.")
    PyExc_ConnectionResetError = osSub("ConnectionResetError", connErr, "Connection reset.")
    PyExc_FileExistsError = osSub("FileExistsError", osErr, "File already exists.")
    PyExc_FileNotFoundError = osSub("FileNotFoundError", osErr, "File not found.")
    PyExc_InterruptedError = osSub("InterruptedError", osErr, "Interrupted by signal.")
    PyExc_IsADirectoryError = osSub("IsADirectoryError", osErr, "Operation doesn't work on directories.")
    PyExc_NotADirectoryError = osSub("NotADirectoryError", osErr, "Operation only works on directories.")
    PyExc_PermissionError = osSub("PermissionError", osErr, "Not enough permissions.")
    PyExc_ProcessLookupError = osSub("ProcessLookupError", osErr, "Process not found.")
    PyExc_TimeoutError = osSub("TimeoutError", osErr, "Timeout expired.")
    for (codes, t) in [([EAGAIN, EALREADY, EWOULDBLOCK, EINPROGRESS], PyExc_BlockingIOError), ([ECHILD], PyExc_ChildProcessError),
                       ([EPIPE, ESHUTDOWN], PyExc_BrokenPipeError), ([ECONNABORTED], PyExc_ConnectionAbortedError),
                       ([ECONNREFUSED], PyExc_ConnectionRefusedError), ([ECONNRESET], PyExc_ConnectionResetError),
                       ([EEXIST], PyExc_FileExistsError), ([ENOENT], PyExc_FileNotFoundError), ([EISDIR], PyExc_IsADirectoryError),
                       ([ENOTDIR], PyExc_NotADirectoryError), ([EINTR], PyExc_InterruptedError), ([EACCES, EPERM], PyExc_PermissionError),
                       ([ESRCH], PyExc_ProcessLookupError), ([ETIMEDOUT], PyExc_TimeoutError)] as [([Int32], PyObjectRef?)] {
        for c in codes { errnoMap[Int(c)] = t! }
    }

    PyExc_ReferenceError = sub("ReferenceError", exc, "Weak ref proxy used after referent went away.")
    let runtimeErr = sub("RuntimeError", exc, "Unspecified run-time error.")
    PyExc_RuntimeError = runtimeErr
    PyExc_NotImplementedError = sub("NotImplementedError", runtimeErr, "Method or function hasn't been implemented yet.")
    PyExc_RecursionError = sub("RecursionError", runtimeErr, "Recursion limit exceeded.")
    PyExc_StopAsyncIteration = sub("StopAsyncIteration", exc, "Signal the end from iterator.__anext__().")
    PyExc_StopIteration = fields("StopIteration", exc, "Signal the end from iterator.__next__().",
        size: MemoryLayout<PyStopIterationObject>.size, offsets: [stopValueOff]) { s in
        s.initFn = stopIterInit
        s.members = [objMember("value", stopValueOff)]
    }
    let syntaxErr = fields("SyntaxError", exc, "Invalid syntax.",
        size: MemoryLayout<PySyntaxErrorObject>.size, offsets: synFields) { s in
        s.initFn = syntaxInit; s.str = syntaxStr
        s.members = [objMember("msg", synMsgOff), objMember("filename", synFilenameOff), objMember("lineno", synLinenoOff),
                     objMember("offset", synOffsetOff), objMember("text", synTextOff), objMember("end_lineno", synEndLinenoOff),
                     objMember("end_offset", synEndOffsetOff), objMember("print_file_and_line", synPrintOff)]
    }
    PyExc_SyntaxError = syntaxErr
    PyExc_IndentationError = sub("IndentationError", syntaxErr, "Improper indentation.")
    exceptionFieldOffsets[UnsafeRawPointer(PyExc_IndentationError)] = synFields
    PyExc_TabError = sub("TabError", PyExc_IndentationError, "Improper mixture of spaces and tabs.")
    exceptionFieldOffsets[UnsafeRawPointer(PyExc_TabError)] = synFields
    PyExc_SystemError = sub("SystemError", exc, "Internal error in the Python interpreter.\n\nPlease report this to the Python maintainer, along with the traceback,\nthe Python version, and the hardware/OS platform and version.")
    PyExc_TypeError = sub("TypeError", exc, "Inappropriate argument type.")
    let valueErr = sub("ValueError", exc, "Inappropriate argument value (of correct type).")
    PyExc_ValueError = valueErr
    let uniOffsets = [uniEncodingOff, uniObjectOff, uniReasonOff]
    let uniErr = fields("UnicodeError", valueErr, "Unicode related error.",
        size: MemoryLayout<PyUnicodeErrorObject>.size, offsets: uniOffsets) { s in
        s.members = [objMember("encoding", uniEncodingOff), objMember("object", uniObjectOff),
                     MemberSpec("start", type: T_PYSSIZET, offset: uniStartOff, readOnly: false),
                     MemberSpec("end", type: T_PYSSIZET, offset: uniEndOff, readOnly: false), objMember("reason", uniReasonOff)]
    }
    PyExc_UnicodeError = uniErr
    func uniSub(_ name: String, _ doc: String, _ i: initproc, _ s: reprfunc) -> PyObjectRef {
        var spec = ExcSpec(name: name, base: uniErr, doc: doc)
        spec.initFn = i; spec.str = s
        let t = makeExceptionType(spec)
        exceptionFieldOffsets[UnsafeRawPointer(t)] = uniOffsets
        return t
    }
    PyExc_UnicodeDecodeError = uniSub("UnicodeDecodeError", "Unicode decoding error.", uniDecodeInit, uniDecodeStr)
    PyExc_UnicodeEncodeError = uniSub("UnicodeEncodeError", "Unicode encoding error.", uniEncodeInit, uniEncodeStr)
    PyExc_UnicodeTranslateError = uniSub("UnicodeTranslateError", "Unicode translation error.", uniTranslateInit, uniTranslateStr)

    let warning = sub("Warning", exc, "Base class for warning categories.")
    PyExc_Warning = warning
    PyExc_BytesWarning = sub("BytesWarning", warning, "Base class for warnings about bytes and buffer related problems, mostly\nrelated to conversion from str or comparing to str.")
    PyExc_DeprecationWarning = sub("DeprecationWarning", warning, "Base class for warnings about deprecated features.")
    PyExc_EncodingWarning = sub("EncodingWarning", warning, "Base class for warnings about encodings.")
    PyExc_FutureWarning = sub("FutureWarning", warning, "Base class for warnings about constructs that will change semantically\nin the future.")
    PyExc_ImportWarning = sub("ImportWarning", warning, "Base class for warnings about probable mistakes in module imports")
    PyExc_PendingDeprecationWarning = sub("PendingDeprecationWarning", warning, "Base class for warnings about features which will be deprecated\nin the future.")
    PyExc_ResourceWarning = sub("ResourceWarning", warning, "Base class for warnings about resource usage.")
    PyExc_RuntimeWarning = sub("RuntimeWarning", warning, "Base class for warnings about dubious runtime behavior.")
    PyExc_SyntaxWarning = sub("SyntaxWarning", warning, "Base class for warnings about dubious syntax.")
    PyExc_UnicodeWarning = sub("UnicodeWarning", warning, "Base class for warnings about Unicode related problems, mostly\nrelated to conversion problems.")
    PyExc_UserWarning = sub("UserWarning", warning, "Base class for warnings generated by user code.")

    // ExceptionGroup(BaseExceptionGroup, Exception), made after the static classes as in CPython
    do {
        let t = vmNewStaticType()
        t.pointee.tp_name = immortalCString("ExceptionGroup")
        t.pointee.tp_basicsize = MemoryLayout<PyBaseExceptionGroupObject>.size
        t.pointee.tp_flags = UInt(Py_TPFLAGS_HAVE_VERSION_TAG) | UInt(Py_TPFLAGS_BASETYPE) | UInt(Py_TPFLAGS_HAVE_GC) | UInt(Py_TPFLAGS_BASE_EXC_SUBCLASS)
        t.pointee.tp_base = PyExc_BaseExceptionGroup.asType
        t.pointee.tp_bases = vmTuple([PyExc_BaseExceptionGroup, exc])
        t.pointee.tp_dealloc = excDealloc
        // clear/traverse must cover message and exceptions (excDealloc relies on tp_clear)
        t.pointee.tp_clear = PyExc_BaseExceptionGroup.asType.pointee.tp_clear
        t.pointee.tp_traverse = PyExc_BaseExceptionGroup.asType.pointee.tp_traverse
        t.pointee.tp_dictoffset = MemoryLayout<PyBaseExceptionObject>.offset(of: \.dict)!
        if PyType_Ready(t) < 0 { fatalError("cannot initialize ExceptionGroup") }
        exceptionFieldOffsets[UnsafeRawPointer(t)] = [egMsgOff, egExcsOff]
        vmExceptionGroupType = t.asObject
    }
}

/// Owned-field offsets per exception class with extra fields (classes made by initExceptionTypes).
/// Python subclasses find their static base's entry through exceptionFieldOffsets(for:).
nonisolated(unsafe) var exceptionFieldOffsets: [UnsafeRawPointer: [Int]] = [:]
/// The owned extra-field offsets for an exception type (its nearest registered base's).
func excFieldOffsets(_ t: PyTypeRef) -> [Int] {
    var cur: PyTypeRef? = t
    while let c = cur {
        if let offs = exceptionFieldOffsets[UnsafeRawPointer(c)] { return offs }
        cur = c.pointee.tp_base
    }
    return []
}

/// Every (name, class) pair that builtins should expose, in CPython's order.
public func standardExceptionNames() -> [(String, PyObjectRef)] {
    let list: [(String, PyObjectRef?)] = [
        ("BaseException", PyExc_BaseException), ("BaseExceptionGroup", PyExc_BaseExceptionGroup),
        ("Exception", PyExc_Exception), ("ExceptionGroup", vmExceptionGroupType), ("GeneratorExit", PyExc_GeneratorExit),
        ("KeyboardInterrupt", PyExc_KeyboardInterrupt), ("SystemExit", PyExc_SystemExit),
        ("ArithmeticError", PyExc_ArithmeticError), ("FloatingPointError", PyExc_FloatingPointError),
        ("OverflowError", PyExc_OverflowError), ("ZeroDivisionError", PyExc_ZeroDivisionError),
        ("AssertionError", PyExc_AssertionError), ("AttributeError", PyExc_AttributeError), ("BufferError", PyExc_BufferError),
        ("EOFError", PyExc_EOFError), ("ImportError", PyExc_ImportError), ("ModuleNotFoundError", PyExc_ModuleNotFoundError),
        ("LookupError", PyExc_LookupError), ("IndexError", PyExc_IndexError), ("KeyError", PyExc_KeyError),
        ("MemoryError", PyExc_MemoryError), ("NameError", PyExc_NameError), ("UnboundLocalError", PyExc_UnboundLocalError),
        ("OSError", PyExc_OSError), ("EnvironmentError", PyExc_OSError), ("IOError", PyExc_OSError),
        ("BlockingIOError", PyExc_BlockingIOError), ("ChildProcessError", PyExc_ChildProcessError),
        ("ConnectionError", PyExc_ConnectionError), ("BrokenPipeError", PyExc_BrokenPipeError),
        ("ConnectionAbortedError", PyExc_ConnectionAbortedError), ("ConnectionRefusedError", PyExc_ConnectionRefusedError),
        ("ConnectionResetError", PyExc_ConnectionResetError), ("FileExistsError", PyExc_FileExistsError),
        ("FileNotFoundError", PyExc_FileNotFoundError), ("InterruptedError", PyExc_InterruptedError),
        ("IsADirectoryError", PyExc_IsADirectoryError), ("NotADirectoryError", PyExc_NotADirectoryError),
        ("PermissionError", PyExc_PermissionError), ("ProcessLookupError", PyExc_ProcessLookupError),
        ("TimeoutError", PyExc_TimeoutError), ("ReferenceError", PyExc_ReferenceError), ("RuntimeError", PyExc_RuntimeError),
        ("NotImplementedError", PyExc_NotImplementedError), ("RecursionError", PyExc_RecursionError),
        ("StopAsyncIteration", PyExc_StopAsyncIteration), ("StopIteration", PyExc_StopIteration),
        ("SyntaxError", PyExc_SyntaxError), ("IndentationError", PyExc_IndentationError), ("TabError", PyExc_TabError),
        ("SystemError", PyExc_SystemError), ("TypeError", PyExc_TypeError), ("ValueError", PyExc_ValueError),
        ("UnicodeError", PyExc_UnicodeError), ("UnicodeDecodeError", PyExc_UnicodeDecodeError),
        ("UnicodeEncodeError", PyExc_UnicodeEncodeError), ("UnicodeTranslateError", PyExc_UnicodeTranslateError),
        ("Warning", PyExc_Warning), ("BytesWarning", PyExc_BytesWarning), ("DeprecationWarning", PyExc_DeprecationWarning),
        ("EncodingWarning", PyExc_EncodingWarning), ("FutureWarning", PyExc_FutureWarning), ("ImportWarning", PyExc_ImportWarning),
        ("PendingDeprecationWarning", PyExc_PendingDeprecationWarning), ("ResourceWarning", PyExc_ResourceWarning),
        ("RuntimeWarning", PyExc_RuntimeWarning), ("SyntaxWarning", PyExc_SyntaxWarning), ("UnicodeWarning", PyExc_UnicodeWarning),
        ("UserWarning", PyExc_UserWarning),
    ]
    return list.map { ($0.0, $0.1!) }
}
