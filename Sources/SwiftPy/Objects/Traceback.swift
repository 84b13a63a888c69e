// Traceback objects and exception display (CPython 3.11's traceback.c and pythonrun.c
// print_exception): "Traceback (most recent call last):", one `  File "...", line N, in name`
// entry per frame with its stripped source line, repeated-line folding, chained exceptions and
// the final "Type: message" line.
import CPython

typealias TracebackRef = UnsafeMutablePointer<PyTracebackObject>

private let tbDealloc: destructor = { o in
    guard let o else { return }
    PyObject_GC_UnTrack(o)
    let tb = o.cast(to: PyTracebackObject.self)
    if let n = tb.pointee.tb_next { tb.pointee.tb_next = nil; Py_DECREF(n.asPyObject) }
    vmClearField(&tb.pointee.tb_frame)
    PyObject_GC_Del(o)
}
private let tbTraverse: traverseproc = { o, visit, arg in
    let tb = o!.cast(to: PyTracebackObject.self)
    if let n = tb.pointee.tb_next { let r = visit!(n.asPyObject, arg); if r != 0 { return r } }
    if let f = tb.pointee.tb_frame { let r = visit!(f, arg); if r != 0 { return r } }
    return 0
}
private let tbClear: inquiry = { o in
    let tb = o!.cast(to: PyTracebackObject.self)
    if let n = tb.pointee.tb_next { tb.pointee.tb_next = nil; Py_DECREF(n.asPyObject) }
    vmClearField(&tb.pointee.tb_frame)
    return 0
}
private let tbGetNext: GetterFn = { o, _ in
    let n = o!.cast(to: PyTracebackObject.self).pointee.tb_next.map { $0.asPyObject } ?? pyNone
    Py_INCREF(n); return n
}
private let tbSetNext: SetterFn = { o, v, _ in
    guard let v else { setError(PyExc_TypeError, "can't delete tb_next attribute"); return -1 }
    let tb = o!.cast(to: PyTracebackObject.self)
    var newNext: TracebackRef? = nil
    if v != pyNone {
        guard Py_IS_TYPE(v, SPyType_TraceBack()) != 0 else {
            setError(PyExc_TypeError, "expected traceback object or None, got '\(vmTypeName(v.pointee.ob_type))'"); return -1
        }
        var cursor: TracebackRef? = v.cast(to: PyTracebackObject.self)
        while let c = cursor {
            if c == tb { setError(PyExc_ValueError, "traceback loop detected"); return -1 }
            cursor = c.pointee.tb_next
        }
        Py_INCREF(v)
        newNext = v.cast(to: PyTracebackObject.self)
    }
    let old = tb.pointee.tb_next
    tb.pointee.tb_next = newNext
    if let old { Py_DECREF(old.asPyObject) }
    return 0
}
private let tbGetLineno: GetterFn = { o, _ in PyLong_FromLong(Int(o!.cast(to: PyTracebackObject.self).pointee.tb_lineno)) }
private let tbGetLasti: GetterFn = { o, _ in PyLong_FromLong(Int(o!.cast(to: PyTracebackObject.self).pointee.tb_lasti) * 4) }

/// TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno)
private let tbNew: newfunc = { type, args, kwds in
    let n = args.map(vmTupleSize) ?? 0
    guard n == 4, let args else { setError(PyExc_TypeError, "traceback() takes exactly 4 arguments (\(n) given)"); return nil }
    let next = vmTupleItem(args, 0), frame = vmTupleItem(args, 1)
    guard next == pyNone || Py_IS_TYPE(next, SPyType_TraceBack()) != 0 else {
        setError(PyExc_TypeError, "expected traceback object or None, got '\(vmTypeName(next.pointee.ob_type))'"); return nil
    }
    guard Py_IS_TYPE(frame, SPyType_Frame()) != 0 else {
        setError(PyExc_TypeError, "TracebackType() argument 'tb_frame' must be frame, not \(vmTypeName(frame.pointee.ob_type))"); return nil
    }
    let lasti = PyLong_AsLong(vmTupleItem(args, 2)), lineno = PyLong_AsLong(vmTupleItem(args, 3))
    if PyErr_Occurred() != nil { return nil }
    guard let o = vmGCNew(SPyType_TraceBack()) else { return nil }
    let tb = o.cast(to: PyTracebackObject.self)
    if next != pyNone { Py_INCREF(next); tb.pointee.tb_next = next.cast(to: PyTracebackObject.self) } else { tb.pointee.tb_next = nil }
    Py_INCREF(frame); tb.pointee.tb_frame = frame
    tb.pointee.tb_lasti = Int32(lasti / 4)
    tb.pointee.tb_lineno = Int32(lineno)
    PyObject_GC_Track(o)
    return o
}

func initTracebackType() {
    let t = SPyType_TraceBack()
    t.pointee.tp_name = immortalCString("traceback")
    t.pointee.tp_basicsize = MemoryLayout<PyTracebackObject>.size
    t.pointee.tp_flags = UInt(Py_TPFLAGS_HAVE_VERSION_TAG) | UInt(Py_TPFLAGS_HAVE_GC)
    t.pointee.tp_dealloc = tbDealloc
    t.pointee.tp_traverse = tbTraverse
    t.pointee.tp_clear = tbClear
    t.pointee.tp_getattro = PyObject_GenericGetAttr
    t.pointee.tp_setattro = PyObject_GenericSetAttr
    t.pointee.tp_new = tbNew
    t.pointee.tp_members = makeMemberTable([
        MemberSpec("tb_frame", type: T_OBJECT, offset: MemoryLayout<PyTracebackObject>.offset(of: \.tb_frame)!),
    ])
    t.pointee.tp_getset = makeGetSetTable([
        GetSetSpec("tb_next", get: tbGetNext, set: tbSetNext),
        GetSetSpec("tb_lineno", get: tbGetLineno),
        GetSetSpec("tb_lasti", get: tbGetLasti),
    ])
}

// MARK: - Source lines

nonisolated(unsafe) private var sourceLineCache: [String: [String]] = [:]

/// Line `n` (1-based) of a source file, or nil (files are read once and cached).
func sourceLine(_ filename: String, _ n: Int) -> String? {
    if filename.isEmpty || (filename.hasPrefix("<") && filename.hasSuffix(">")) { return nil }
    var lines = sourceLineCache[filename]
    if lines == nil {
        guard let fp = fopen(filename, "rb") else { return nil }
        var data: [UInt8] = []
        var buf = [UInt8](repeating: 0, count: 65536)
        while true {
            let k = fread(&buf, 1, buf.count, fp)
            if k <= 0 { break }
            data.append(contentsOf: buf[0..<k])
        }
        fclose(fp)
        let text = String(decoding: data, as: UTF8.self)
        let split = text.split(separator: "\n", omittingEmptySubsequences: false).map { s -> String in
            s.hasSuffix("\r") ? String(s.dropLast()) : String(s)
        }
        sourceLineCache[filename] = split
        lines = split
    }
    guard let lines, n >= 1, n <= lines.count else { return nil }
    return lines[n - 1]
}

/// Forgets cached source (linecache.checkcache equivalent).
public func clearSourceLineCache() { sourceLineCache.removeAll() }

private func stripped(_ s: String) -> String {
    let ws: Set<Character> = [" ", "\t", "\u{0C}", "\n", "\r", "\u{0B}"]
    guard let a = s.firstIndex(where: { !ws.contains($0) }) else { return "" }
    let b = s.lastIndex(where: { !ws.contains($0) })!
    return String(s[a...b])
}

// MARK: - Formatting

private func tracebackLimit() -> Int {
    guard let sysd = vmTState().pointee.interp.pointee.sysdict, let l = PyDict_GetItemString(sysd, "tracebacklimit"),
          vmIsLong(l) else { return 1000 }
    let v = PyLong_AsLong(l)
    if v == -1 && PyErr_Occurred() != nil { PyErr_Clear(); return 1000 }
    return v
}

/// The entries of a traceback chain, formatted as CPython 3.11 prints them.
func formatTraceback(_ tbObj: PyObjectRef, limit: Int) -> String {
    var entries: [TracebackRef] = []
    var cur: TracebackRef? = tbObj.cast(to: PyTracebackObject.self)
    while let c = cur { entries.append(c); cur = c.pointee.tb_next }
    if limit <= 0 { return "" }
    if entries.count > limit { entries.removeFirst(entries.count - limit) }
    var out = ""
    var lastFile: String? = nil, lastLine = -1, lastName: String? = nil
    var count = 0
    func flushRepeats() {
        if count > 3 {
            let more = count - 3
            out += "  [Previous line repeated \(more) more time\(more > 1 ? "s" : "")]\n"
        }
    }
    for tb in entries {
        guard let fo = tb.pointee.tb_frame else { continue }
        let code = frameObj(fo).pointee.f_code!
        let file = code.pointee.co_filename.map(swiftString) ?? "???"
        let name = code.pointee.co_name.map(swiftString) ?? "???"
        let line = Int(tb.pointee.tb_lineno)
        if file != lastFile || line != lastLine || name != lastName {
            flushRepeats()
            lastFile = file; lastLine = line; lastName = name
            count = 0
        }
        count += 1
        if count > 3 { continue }
        out += "  File \"\(file)\", line \(line), in \(name)\n"
        if let src = sourceLine(file, line) {
            let s = stripped(src)
            if !s.isEmpty {
                out += "    \(s)\n"
                if let carets = errorLocationLine(code, lasti: Int(tb.pointee.tb_lasti), line: src) { out += carets + "\n" }
            }
        }
    }
    flushRepeats()
    return out
}

/// The "Type: message" line(s) of one exception (SyntaxError with its location block).
private func formatExceptionOnly(_ exc: PyObjectRef) -> String {
    let type = exc.pointee.ob_type!
    var out = ""
    var qualname = vmTypeName(type)
    var q: PyObjectRef? = nil
    if _PyObject_LookupAttr(type.asObject, pyIntern("__qualname__"), &q) > 0, let qn = q {
        if vmIsStr(qn) { qualname = swiftString(qn) }
        Py_DECREF(qn)
    }
    PyErr_Clear()
    var mod: PyObjectRef? = nil
    var typeName = qualname
    if _PyObject_LookupAttr(type.asObject, pyIntern("__module__"), &mod) > 0, let m = mod {
        if vmIsStr(m) {
            let ms = swiftString(m)
            if ms != "builtins" && ms != "__main__" { typeName = "\(ms).\(qualname)" }
        } else {
            typeName = "<unknown>.\(qualname)"
        }
        Py_DECREF(m)
    }
    PyErr_Clear()
    var message: String? = nil
    if PyObject_TypeCheck(exc, PyExc_SyntaxError.asType) != 0 {
        let se = exc.cast(to: PySyntaxErrorObject.self).pointee
        if let fn = se.filename, vmIsStr(fn), let ln = se.lineno, vmIsLong(ln) {
            out += "  File \"\(swiftString(fn))\", line \(PyLong_AsLong(ln))\n"
            if let text = se.text, vmIsStr(text) {
                let off = se.offset.flatMap { vmIsLong($0) ? PyLong_AsLong($0) : nil } ?? -1
                let endOff = se.end_offset.flatMap { vmIsLong($0) ? PyLong_AsLong($0) : nil } ?? -1
                // CPython marks an IndentationError (or TabError) with a single caret.
                let isIndent = PyObject_TypeCheck(exc, PyExc_IndentationError.asType) != 0
                out += syntaxErrorText(swiftString(text), offset: off, endOffset: isIndent ? -1 : endOff,
                                       sameLine: se.end_lineno.flatMap { vmIsLong($0) ? PyLong_AsLong($0) : nil } == PyLong_AsLong(ln))
            }
        }
        if let m = se.msg { message = vmStr(m) }
        PyErr_Clear()
    }
    if message == nil {
        if let s = PyObject_Str(exc) {
            message = swiftString(s); Py_DECREF(s)
        } else {
            PyErr_Clear()
            message = "<exception str() failed>"
        }
    }
    if message!.isEmpty { out += "\(typeName)\n" } else { out += "\(typeName): \(message!)\n" }
    // __notes__
    var notes: PyObjectRef? = nil
    if _PyObject_LookupAttr(exc, pyIntern("__notes__"), &notes) > 0, let n = notes {
        if PySequence_Check(n) != 0 && !vmIsStr(n) {
            let count = PySequence_Size(n)
            for i in 0..<max(count, 0) {
                guard let note = PySequence_GetItem(n, i) else { PyErr_Clear(); continue }
                if vmIsStr(note) { out += swiftString(note) + "\n" }
                else if let r = vmStr(note) { out += r + "\n" } else { PyErr_Clear(); out += "<note str() failed>\n" }
                Py_DECREF(note)
            }
        } else {
            out += (vmRepr(n) ?? "<__notes__ repr() failed>") + "\n"
        }
        Py_DECREF(n)
    }
    PyErr_Clear()
    return out
}

/// CPython's print_error_text: the offending line and a caret line.
private func syntaxErrorText(_ textIn: String, offset offsetIn: Int, endOffset: Int, sameLine: Bool) -> String {
    var text = Array(textIn.unicodeScalars)
    var offset = offsetIn - 1
    var endOff = endOffset - 1
    while let c = text.first, c == " " || c == "\t" || c == "\u{0C}" { text.removeFirst(); offset -= 1; endOff -= 1 }
    var len = text.count
    if len > 0 && text[len - 1] == "\n" { len -= 1 }
    if offset > len { offset = len }
    while let nl = text.firstIndex(of: "\n"), nl < offset {
        let inl = nl + 1
        text.removeFirst(inl); len -= inl; offset -= inl; endOff -= inl
    }
    var line = String(String.UnicodeScalarView(text.prefix(len)))
    line = "    " + line + "\n"
    if offset < 0 { return line }
    var carets = 1
    if sameLine && endOffset > 0 && endOff > offset { carets = min(endOff, len) - offset; if carets < 1 { carets = 1 } }
    return line + "    " + String(repeating: " ", count: offset) + String(repeating: "^", count: carets) + "\n"
}

/// The whole report for `exc` with its chain (cause / context), as CPython 3.11 prints it.
public func formatException(_ exc: PyObjectRef) -> String {
    var seen = Set<UnsafeMutableRawPointer>()
    let limit = tracebackLimit()
    func chain(_ e: PyObjectRef) -> String {
        seen.insert(UnsafeMutableRawPointer(e))
        var out = ""
        if vmIsExceptionInstance(e) {
            let x = excObj(e).pointee
            if let cause = x.cause, vmIsExceptionInstance(cause), !seen.contains(UnsafeMutableRawPointer(cause)) {
                out += chain(cause)
                out += "\nThe above exception was the direct cause of the following exception:\n\n"
            } else if let ctx = x.context, x.suppress_context == 0, vmIsExceptionInstance(ctx), !seen.contains(UnsafeMutableRawPointer(ctx)) {
                out += chain(ctx)
                out += "\nDuring handling of the above exception, another exception occurred:\n\n"
            }
            if let tb = x.traceback, Py_IS_TYPE(tb, SPyType_TraceBack()) != 0 {
                out += "Traceback (most recent call last):\n"
                out += formatTraceback(tb, limit: limit)
            }
            out += formatExceptionOnly(e)
        } else {
            out += "TypeError: print_exception(): Exception expected for value, \(vmTypeName(e.pointee.ob_type)) found\n"
        }
        return out
    }
    return chain(exc)
}

/// Writes a string to a Python file object (its write method), or to fd 2 when file is nil/None.
func writeToFile(_ s: String, _ file: PyObjectRef?) {
    if let file, file != pyNone, let str = pyStr(s) {
        if let r = PyObject_CallMethodOneArg(file, pyIntern("write"), str) { Py_DECREF(r) } else { PyErr_Clear() }
        Py_DECREF(str)
        return
    }
    var bytes = Array(s.utf8)
    _ = bytes.withUnsafeMutableBytes { write(2, $0.baseAddress, $0.count) }
}

/// Prints `exc` (with traceback and chain) exactly as CPython 3.11 does, to `file` or sys.stderr.
public func printException(_ exc: PyObjectRef, file: PyObjectRef? = nil) {
    let tstate = vmTState()
    let saved = tstate.pointee.curexc
    tstate.pointee.curexc = nil
    var target = file
    if target == nil, let sysd = tstate.pointee.interp.pointee.sysdict { target = PyDict_GetItemString(sysd, "stderr") }
    let text = formatException(exc)
    if let t = target { Py_INCREF(t) }
    writeToFile(text, target)
    if let t = target {
        if let r = PyObject_CallMethodNoArgs(t, pyIntern("flush")) { Py_DECREF(r) } else { PyErr_Clear() }
        Py_DECREF(t)
    }
    if let e = tstate.pointee.curexc { tstate.pointee.curexc = nil; Py_DECREF(e) }
    tstate.pointee.curexc = saved
}

@c @implementation public func PyErr_Display(_ type: UnsafeMutablePointer<PyObject>!, _ value: UnsafeMutablePointer<PyObject>!, _ tb: UnsafeMutablePointer<PyObject>!) {
    guard let value else { return }
    if let tb, tb != pyNone, vmIsExceptionInstance(value), excObj(value).pointee.traceback == nil {
        vmSetField(&excObj(value).pointee.traceback, tb)
    }
    printException(value)
}

@c @implementation public func PyTraceBack_Print(_ tb: UnsafeMutablePointer<PyObject>!, _ file: UnsafeMutablePointer<PyObject>!) -> Int32 {
    guard let tb, Py_IS_TYPE(tb, SPyType_TraceBack()) != 0 else { PyErr_BadInternalCall(); return -1 }
    writeToFile("Traceback (most recent call last):\n" + formatTraceback(tb, limit: tracebackLimit()), file)
    return 0
}
