// compile(), exec(), eval(): source text -> frontend -> code object -> eval loop.
import CPython
import SwiftPyFrontend

/// Raises the Python SyntaxError/IndentationError/TabError for a frontend error.
func raiseSyntaxError(_ e: SyntaxError) {
    let cls: PyObjectRef? = switch e.kind {
    case .syntaxError: PyExc_SyntaxError
    case .indentationError: PyExc_IndentationError
    case .tabError: PyExc_TabError
    }
    guard let msg = pyStr(e.msg), let fname = pyStr(e.filename) else { return }
    // Errors found after parsing carry no text: like CPython (PyErr_ProgramTextObject), read the
    // line from the file the filename names, if there is one.
    let lineText = e.text ?? sourceLine(e.filename, e.lineno).map { $0 + "\n" }
    let text: PyObjectRef = lineText.flatMap { pyStr($0) } ?? pyNoneRef()
    guard let details = PyTuple_New(6) else { return }
    PyTuple_SET_ITEM(details, 0, fname)
    PyTuple_SET_ITEM(details, 1, pyInt(e.lineno))
    PyTuple_SET_ITEM(details, 2, pyInt(e.offset))
    PyTuple_SET_ITEM(details, 3, text)
    PyTuple_SET_ITEM(details, 4, pyInt(e.endLineno))
    PyTuple_SET_ITEM(details, 5, pyInt(e.endOffset))
    guard let args = PyTuple_New(2) else { return }
    PyTuple_SET_ITEM(args, 0, msg)
    PyTuple_SET_ITEM(args, 1, details)
    PyErr_SetObject(cls, args)
    Py_DECREF(args)
}

/// Compiles source bytes to a code object; nil with SyntaxError set.
public func compileSource(_ source: [UInt8], filename: String, mode: ParseMode) -> PyObjectRef? {
    do {
        let unit = try Frontend.compile(source: source, filename: filename, mode: mode)
        return makeCode(unit)
    } catch {
        raiseSyntaxError(error)
        return nil
    }
}

/// The bytes of a source argument (str, bytes, bytearray); nil with TypeError set.
private func sourceBytes(_ o: PyObjectRef, _ fname: String) -> [UInt8]? {
    if PyUnicode_Check(o) != 0 {
        var n = 0
        guard let p = PyUnicode_AsUTF8AndSize(o, &n) else { return nil }
        return Array(UnsafeBufferPointer(start: UnsafeRawPointer(p).assumingMemoryBound(to: UInt8.self), count: n))
    }
    if PyBytes_Check(o) != 0 {
        let p = PyBytes_AsString(o)!
        return Array(UnsafeBufferPointer(start: UnsafeRawPointer(p).assumingMemoryBound(to: UInt8.self), count: Py_SIZE(o)))
    }
    if PyByteArray_Check(o) != 0 {
        let p = PyByteArray_AsString(o)!
        return Array(UnsafeBufferPointer(start: UnsafeRawPointer(p).assumingMemoryBound(to: UInt8.self), count: Py_SIZE(o)))
    }
    setError(PyExc_TypeError, "\(fname)() arg 1 must be a string, bytes or code object")
    return nil
}

// compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)
let builtin_compile: FastKwFn = { _, args, nargs, kwnames in
    var kw: [PyObjectRef?] = [nil, nil, nil, nil, nil, nil]
    for i in 0..<min(nargs, 6) { kw[i] = arg(args, i) }
    guard matchKeywords("compile", args, nargs, kwnames, ["source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"] , &kw, positionalCount: 6) else { return nil }
    guard let src = kw[0], let fn = kw[1], let modeObj = kw[2] else {
        setError(PyExc_TypeError, "compile() missing required argument 'source' (pos 1)"); return nil
    }
    if PyCode_Check(src) != 0 { Py_INCREF(src); return src }
    guard PyUnicode_Check(modeObj) != 0 else { setError(PyExc_TypeError, "compile() argument 'mode' must be str, not \(typeName(modeObj))"); return nil }
    let mode: ParseMode
    switch swiftString(modeObj) {
    case "exec": mode = .exec
    case "eval": mode = .eval
    case "single": mode = .single
    default: setError(PyExc_ValueError, "compile() mode must be 'exec', 'eval' or 'single'"); return nil
    }
    guard let bytes = sourceBytes(src, "compile") else { return nil }
    if bytes.contains(0) { setError(PyExc_ValueError, "source code string cannot contain null bytes"); return nil }
    let filename = PyUnicode_Check(fn) != 0 ? swiftString(fn) : (PyBytes_Check(fn) != 0 ? String(cString: PyBytes_AsString(fn)!) : "<unknown>")
    return compileSource(bytes, filename: filename, mode: mode)
}

/// Shared body of exec and eval.
private func execOrEval(_ fname: String, _ args: UnsafePointer<PyObjectRef?>?, _ nargs: Int, mode: ParseMode) -> PyObjectRef? {
    guard checkArgCount(fname, nargs, min: 1, max: 3) else { return nil }
    var globals = nargs > 1 ? arg(args, 1) : nil
    var locals = nargs > 2 ? arg(args, 2) : nil
    if globals == pyNone { globals = nil }
    if locals == pyNone { locals = nil }
    if let g = globals, PyDict_Check(g) == 0 {
        setError(PyExc_TypeError, fname == "exec" ? "exec() globals must be a dict, not \(typeName(g))" : (locals == nil ? "globals must be a dict" : "globals must be a real dict; try eval(expr, {}, mapping)"))
        return nil
    }
    if let l = locals, PyMapping_Check(l) == 0 {
        setError(PyExc_TypeError, fname == "exec" ? "locals must be a mapping or None, not \(typeName(l))" : "locals must be a mapping"); return nil
    }
    if globals == nil {
        guard let g = PyEval_GetGlobals() else { setError(PyExc_SystemError, "globals and locals cannot be NULL"); return nil }
        globals = g
        if locals == nil { locals = PyEval_GetLocals() }
    } else if locals == nil { locals = globals }
    let g = globals!
    if PyDict_GetItemString(g, "__builtins__") == nil {
        if let b = mainInterp?.pointee.builtins, let mod = PyDict_GetItemString(mainInterp!.pointee.modules, "builtins") {
            _ = b
            if PyDict_SetItemString(g, "__builtins__", mod) < 0 { return nil }
        }
    }
    let src = arg(args, 0)
    let code: PyObjectRef
    if PyCode_Check(src) != 0 { code = src; Py_INCREF(src) } else {
        guard var bytes = sourceBytes(src, fname) else { return nil }
        if bytes.contains(0) { setError(PyExc_ValueError, "source code string cannot contain null bytes"); return nil }
        if mode == .eval { while let f = bytes.first, f == 0x20 || f == 0x09 { bytes.removeFirst() } }
        guard let c = compileSource(bytes, filename: "<string>", mode: mode) else { return nil }
        code = c
    }
    defer { Py_DECREF(code) }
    guard let r = evalCode(code, globals: g, locals: locals) else { return nil }
    if mode == .exec { Py_DECREF(r); return pyNoneRef() }
    return r
}
let builtin_exec: FastFn = { _, args, nargs in execOrEval("exec", args, nargs, mode: .exec) }
let builtin_eval: FastFn = { _, args, nargs in execOrEval("eval", args, nargs, mode: .eval) }
