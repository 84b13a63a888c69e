// Function objects (CPython's funcobject.c) and argument binding (ceval.c's frame setup), with
// CPython 3.11's error messages. A call whose arguments are exactly positional and match the
// code's argument count takes a fast path that copies the arguments straight into the frame.
import CPython

typealias FuncRef = UnsafeMutablePointer<PyFunctionObject>
@inline(__always) func funcObj(_ o: PyObjectRef) -> FuncRef { o.cast(to: PyFunctionObject.self) }

/// The builtins dict to use for code running with `globals` (globals['__builtins__'] or the interpreter's).
func builtinsFor(globals: PyObjectRef) -> PyObjectRef? {
    if let b = PyDict_GetItemWithError(globals, pyIntern("__builtins__")) {
        if PyObject_TypeCheck(b, SPyType_Module()) != 0 { return modObj(b).pointee.md_dict }
        if vmIsDict(b) { return b }
    }
    return vmTState().pointee.interp.pointee.builtins
}

/// New function for `code` in `globals` (borrowed). qualname nil = code's qualname.
func functionNew(code: PyObjectRef, globals: PyObjectRef, qualname: PyObjectRef?) -> PyObjectRef? {
    guard let builtins = builtinsFor(globals: globals) else { return nil }
    guard let o = vmGCNew(SPyType_Function()) else { return nil }
    let f = funcObj(o)
    let c = codeObj(code)
    Py_INCREF(globals); f.pointee.func_globals = globals
    Py_INCREF(builtins); f.pointee.func_builtins = builtins
    Py_INCREF(code); f.pointee.func_code = code
    let name = c.pointee.co_name ?? pyIntern("?")
    Py_INCREF(name); f.pointee.func_name = name
    let qn = qualname ?? c.pointee.co_qualname ?? name
    Py_INCREF(qn); f.pointee.func_qualname = qn
    var doc = pyNone
    // CPython's rule: a str first constant is the docstring (the compiler puts None first otherwise)
    if let consts = c.pointee.co_consts, vmTupleSize(consts) > 0, vmIsStr(vmTupleItem(consts, 0)) {
        doc = vmTupleItem(consts, 0)
    }
    Py_INCREF(doc); f.pointee.func_doc = doc
    let module = PyDict_GetItemWithError(globals, pyIntern("__name__"))
    if let module { Py_INCREF(module) }
    f.pointee.func_module = module
    f.pointee.func_defaults = nil
    f.pointee.func_kwdefaults = nil
    f.pointee.func_closure = nil
    f.pointee.func_dict = nil
    f.pointee.func_weakreflist = nil
    f.pointee.func_annotations = nil
    f.pointee.vectorcall = functionVectorcall
    PyObject_GC_Track(o)
    return o
}

@c @implementation public func PyFunction_New(_ code: UnsafeMutablePointer<PyObject>!, _ globals: UnsafeMutablePointer<PyObject>!) -> UnsafeMutablePointer<PyObject>! {
    functionNew(code: code, globals: globals, qualname: nil)
}
@c @implementation public func PyFunction_NewWithQualName(_ code: UnsafeMutablePointer<PyObject>!, _ globals: UnsafeMutablePointer<PyObject>!, _ qualname: UnsafeMutablePointer<PyObject>!) -> UnsafeMutablePointer<PyObject>! {
    functionNew(code: code, globals: globals, qualname: qualname)
}
@c @implementation public func PyFunction_GetCode(_ f: UnsafeMutablePointer<PyObject>!) -> UnsafeMutablePointer<PyObject>! { funcObj(f).pointee.func_code }
@c @implementation public func PyFunction_GetGlobals(_ f: UnsafeMutablePointer<PyObject>!) -> UnsafeMutablePointer<PyObject>! { funcObj(f).pointee.func_globals }
@c @implementation public func PyFunction_GetModule(_ f: UnsafeMutablePointer<PyObject>!) -> UnsafeMutablePointer<PyObject>! { funcObj(f).pointee.func_module }
@c @implementation public func PyFunction_GetDefaults(_ f: UnsafeMutablePointer<PyObject>!) -> UnsafeMutablePointer<PyObject>! { funcObj(f).pointee.func_defaults }
@c @implementation public func PyFunction_GetClosure(_ f: UnsafeMutablePointer<PyObject>!) -> UnsafeMutablePointer<PyObject>! { funcObj(f).pointee.func_closure }

// MARK: - Calls

/// vectorcall of a Python function: binds the arguments into a fresh frame and runs it (or makes a generator).
let functionVectorcall: vectorcallfunc = { callable, args, nargsf, kwnames in
    functionCall(callable!, args, PyVectorcall_NARGS(nargsf), kwnames)
}

@inline(__always)
func functionCall(_ fn: PyObjectRef, _ args: UnsafePointer<PyObjectRef?>?, _ nargs: Int, _ kwnames: PyObjectRef?) -> PyObjectRef? {
    let f = funcObj(fn)
    let code = codeObj(f.pointee.func_code!)
    guard let frame = frameNew(code, globals: f.pointee.func_globals!, builtins: f.pointee.func_builtins!, locals: nil) else { return nil }
    let flags = code.pointee.co_flags
    let lp = frame.localsplus
    if (kwnames == nil || vmTupleSize(kwnames!) == 0) && nargs == Int(code.pointee.co_argcount)
        && (flags & (CO_VARARGS | CO_VARKEYWORDS)) == 0 && code.pointee.co_kwonlyargcount == 0 {
        for i in 0..<nargs { let a = args![i]!; Py_INCREF(a); lp[i] = a }
    } else if !bindArguments(f, code, lp, args, nargs, kwnames) {
        frameRelease(frame)
        return nil
    }
    if code.pointee.co_ncells > 0 || code.pointee.co_nfrees > 0 {
        if !setupCellsAndFrees(code, lp, closure: f.pointee.func_closure) { frameRelease(frame); return nil }
    }
    if (flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) != 0 {
        return generatorNew(frame, name: f.pointee.func_name!, qualname: f.pointee.func_qualname!)
    }
    let r = evalFrame(frame, throwing: false)
    frameRelease(frame)
    return r
}

/// Creates the cell objects and copies the closure's cells into localsplus.
func setupCellsAndFrees(_ code: CodeRef, _ lp: UnsafeMutablePointer<PyObjectRef?>, closure: PyObjectRef?) -> Bool {
    let nlocals = Int(code.pointee.co_nlocals)
    let ncells = Int(code.pointee.co_ncells)
    for i in 0..<ncells {
        var initial: PyObjectRef? = nil
        var argIndex = -1
        if let c2a = code.pointee.co_cell2arg, c2a[i] >= 0 { argIndex = Int(c2a[i]); initial = lp[argIndex] }
        guard let cell = PyCell_New(initial) else { return false }
        if argIndex >= 0, let a = lp[argIndex] { lp[argIndex] = nil; Py_DECREF(a) }
        lp[nlocals + i] = cell
    }
    let nfrees = Int(code.pointee.co_nfrees)
    if nfrees > 0 {
        guard let closure, vmTupleSize(closure) >= nfrees else {
            setError(PyExc_SystemError, "code requires a closure of \(nfrees) cells"); return false
        }
        for i in 0..<nfrees {
            let c = vmTupleItem(closure, i)
            Py_INCREF(c)
            lp[nlocals + ncells + i] = c
        }
    }
    return true
}

private func qualnameString(_ f: FuncRef) -> String { f.pointee.func_qualname.map(swiftString) ?? "?" }

/// "'a'", "'a' and 'b'", "'a', 'b', and 'c'".
private func nameList(_ names: [String]) -> String {
    let q = names.map { "'\($0)'" }
    switch q.count {
    case 0: return ""
    case 1: return q[0]
    case 2: return "\(q[0]) and \(q[1])"
    default: return q.dropLast().joined(separator: ", ") + ", and " + q.last!
    }
}

/// Full CPython argument binding into lp (positional, keywords, defaults, *args, **kwargs).
func bindArguments(_ f: FuncRef, _ code: CodeRef, _ lp: UnsafeMutablePointer<PyObjectRef?>,
                   _ args: UnsafePointer<PyObjectRef?>?, _ argcount: Int, _ kwnames: PyObjectRef?) -> Bool {
    let coArgcount = Int(code.pointee.co_argcount)
    let kwonly = Int(code.pointee.co_kwonlyargcount)
    let posonly = Int(code.pointee.co_posonlyargcount)
    let flags = code.pointee.co_flags
    let totalArgs = coArgcount + kwonly
    let varnames = code.pointee.co_varnames!
    var kwdict: PyObjectRef? = nil
    if (flags & CO_VARKEYWORDS) != 0 {
        guard let d = PyDict_New() else { return false }
        kwdict = d
        lp[totalArgs + ((flags & CO_VARARGS) != 0 ? 1 : 0)] = d
    }
    let n = min(argcount, coArgcount)
    for i in 0..<n { let a = args![i]!; Py_INCREF(a); lp[i] = a }
    if (flags & CO_VARARGS) != 0 {
        let extra = max(argcount - n, 0)
        guard let u = PyTuple_New(extra) else { return false }
        let items = vmTupleItems(u)
        for i in 0..<extra { let a = args![n + i]!; Py_INCREF(a); items[i] = a }
        lp[totalArgs] = u
    }
    if let kwnames {
        let nkw = vmTupleSize(kwnames)
        let kwvalues = args! + argcount
        for k in 0..<nkw {
            let keyword = vmTupleItem(kwnames, k)
            let value = kwvalues[k]!
            guard vmIsStr(keyword) else {
                setError(PyExc_TypeError, "\(qualnameString(f))() keywords must be strings"); return false
            }
            var j = -1
            for idx in posonly..<totalArgs where vmTupleItem(varnames, idx) == keyword { j = idx; break }
            if j < 0 {
                for idx in posonly..<totalArgs {
                    let r = PyObject_RichCompareBool(keyword, vmTupleItem(varnames, idx), Py_EQ)
                    if r > 0 { j = idx; break }
                    if r < 0 { return false }
                }
            }
            if j < 0 {
                guard let kwdict else {
                    // positional-only names passed as keywords?
                    var posonlyNames: [String] = []
                    for k2 in 0..<nkw {
                        let kn = vmTupleItem(kwnames, k2)
                        for idx in 0..<posonly where PyObject_RichCompareBool(kn, vmTupleItem(varnames, idx), Py_EQ) == 1 {
                            posonlyNames.append(swiftString(kn))
                        }
                    }
                    if !posonlyNames.isEmpty {
                        setError(PyExc_TypeError, "\(qualnameString(f))() got some positional-only arguments passed as keyword arguments: '\(posonlyNames.joined(separator: ", "))'")
                    } else {
                        setError(PyExc_TypeError, "\(qualnameString(f))() got an unexpected keyword argument '\(swiftString(keyword))'")
                    }
                    return false
                }
                if PyDict_SetItem(kwdict, keyword, value) < 0 { return false }
                continue
            }
            if lp[j] != nil {
                setError(PyExc_TypeError, "\(qualnameString(f))() got multiple values for argument '\(swiftString(keyword))'")
                return false
            }
            Py_INCREF(value)
            lp[j] = value
        }
    }
    if argcount > coArgcount && (flags & CO_VARARGS) == 0 {
        tooManyPositional(f, code, lp, argcount)
        return false
    }
    let defaults = f.pointee.func_defaults
    let ndefs = defaults.map(vmTupleSize) ?? 0
    if argcount < coArgcount {
        let m = coArgcount - ndefs
        var missing: [String] = []
        if argcount < m {
            for i in argcount..<m where lp[i] == nil { missing.append(swiftString(vmTupleItem(varnames, i))) }
        }
        if !missing.isEmpty {
            setError(PyExc_TypeError, "\(qualnameString(f))() missing \(missing.count) required positional argument\(missing.count == 1 ? "" : "s"): \(nameList(missing))")
            return false
        }
        if ndefs > 0 {
            let start = n > m ? n - m : 0
            for i in start..<ndefs where lp[m + i] == nil {
                let d = vmTupleItem(defaults!, i)
                Py_INCREF(d)
                lp[m + i] = d
            }
        }
    }
    if kwonly > 0 {
        var missing: [String] = []
        for i in coArgcount..<totalArgs where lp[i] == nil {
            let name = vmTupleItem(varnames, i)
            if let kwdefs = f.pointee.func_kwdefaults {
                if let d = PyDict_GetItemWithError(kwdefs, name) {
                    Py_INCREF(d); lp[i] = d; continue
                }
                if PyErr_Occurred() != nil { return false }
            }
            missing.append(swiftString(name))
        }
        if !missing.isEmpty {
            setError(PyExc_TypeError, "\(qualnameString(f))() missing \(missing.count) required keyword-only argument\(missing.count == 1 ? "" : "s"): \(nameList(missing))")
            return false
        }
    }
    return true
}

private func tooManyPositional(_ f: FuncRef, _ code: CodeRef, _ lp: UnsafeMutablePointer<PyObjectRef?>, _ given: Int) {
    let coArgcount = Int(code.pointee.co_argcount)
    var kwonlyGiven = 0
    for i in coArgcount..<(coArgcount + Int(code.pointee.co_kwonlyargcount)) where lp[i] != nil { kwonlyGiven += 1 }
    let ndefs = f.pointee.func_defaults.map(vmTupleSize) ?? 0
    let sig: String
    let plural: Bool
    if ndefs > 0 {
        sig = "from \(coArgcount - ndefs) to \(coArgcount)"
        plural = true
    } else {
        sig = "\(coArgcount)"
        plural = coArgcount != 1
    }
    var kwonlySig = ""
    if kwonlyGiven > 0 {
        kwonlySig = " positional argument\(given != 1 ? "s" : "") (and \(kwonlyGiven) keyword-only argument\(kwonlyGiven != 1 ? "s" : ""))"
    }
    setError(PyExc_TypeError, "\(qualnameString(f))() takes \(sig) positional argument\(plural ? "s" : "") but \(given)\(kwonlySig) \(given == 1 && kwonlyGiven == 0 ? "was" : "were") given")
}

// MARK: - Type

private let funcDealloc: destructor = { o in
    guard let o else { return }
    PyObject_GC_UnTrack(o)
    let f = funcObj(o)
    if f.pointee.func_weakreflist != nil { PyObject_ClearWeakRefs(o) }
    _ = funcClear(o)
    PyObject_GC_Del(o)
}

private let funcClear: inquiry = { o in
    let f = funcObj(o!)
    vmClearField(&f.pointee.func_globals); vmClearField(&f.pointee.func_builtins)
    vmClearField(&f.pointee.func_module); vmClearField(&f.pointee.func_defaults)
    vmClearField(&f.pointee.func_kwdefaults); vmClearField(&f.pointee.func_doc)
    vmClearField(&f.pointee.func_dict); vmClearField(&f.pointee.func_closure)
    vmClearField(&f.pointee.func_annotations); vmClearField(&f.pointee.func_code)
    vmClearField(&f.pointee.func_name); vmClearField(&f.pointee.func_qualname)
    return 0
}

private let funcTraverse: traverseproc = { o, visit, arg in
    let f = funcObj(o!).pointee
    for x in [f.func_code, f.func_globals, f.func_builtins, f.func_module, f.func_defaults, f.func_kwdefaults,
              f.func_doc, f.func_name, f.func_dict, f.func_closure, f.func_annotations, f.func_qualname] {
        if let x { let r = visit!(x, arg); if r != 0 { return r } }
    }
    return 0
}

private let funcRepr: reprfunc = { o in
    let f = funcObj(o!)
    return pyStr("<function \(qualnameString(f)) at \(vmAddress(o!))>")
}

private let funcDescrGet: descrgetfunc = { fn, obj, _ in
    guard let fn else { return nil }
    guard let obj, obj != pyNone else { Py_INCREF(fn); return fn }
    return PyMethod_New(fn, obj)
}

private func getField(_ o: PyObjectRef?, _ kp: WritableKeyPath<PyFunctionObject, UnsafeMutablePointer<PyObject>?>) -> PyObjectRef? {
    let v = funcObj(o!).pointee[keyPath: kp] ?? pyNone
    Py_INCREF(v); return v
}
private func setField(_ o: PyObjectRef?, _ kp: WritableKeyPath<PyFunctionObject, UnsafeMutablePointer<PyObject>?>, _ v: PyObjectRef?) {
    let f = funcObj(o!)
    if let v { Py_INCREF(v) }
    let old = f.pointee[keyPath: kp]
    f.pointee[keyPath: kp] = v
    if let old { Py_DECREF(old) }
}

private let funcGetCode: GetterFn = { o, _ in getField(o, \.func_code) }
private let funcSetCode: SetterFn = { o, v, _ in
    guard let v, Py_IS_TYPE(v, SPyType_Code()) != 0 else {
        setError(PyExc_TypeError, "__code__ must be set to a code object"); return -1
    }
    let f = funcObj(o!)
    let nfree = Int(codeObj(v).pointee.co_nfrees)
    let nclosure = f.pointee.func_closure.map(vmTupleSize) ?? 0
    if nclosure != nfree {
        setError(PyExc_ValueError, "\(qualnameString(f))() requires a code object with \(nclosure) free vars, not \(nfree)"); return -1
    }
    setField(o, \.func_code, v); return 0
}
private let funcGetDefaults: GetterFn = { o, _ in getField(o, \.func_defaults) }
private let funcSetDefaults: SetterFn = { o, v, _ in
    var nv = v
    if nv == pyNone { nv = nil }
    if let nv, !vmIsTuple(nv) { setError(PyExc_TypeError, "__defaults__ must be set to a tuple object"); return -1 }
    setField(o, \.func_defaults, nv); return 0
}
private let funcGetKwdefaults: GetterFn = { o, _ in getField(o, \.func_kwdefaults) }
private let funcSetKwdefaults: SetterFn = { o, v, _ in
    var nv = v
    if nv == pyNone { nv = nil }
    if let nv, !vmIsDict(nv) { setError(PyExc_TypeError, "__kwdefaults__ must be set to a dict object"); return -1 }
    setField(o, \.func_kwdefaults, nv); return 0
}
private let funcGetAnnotations: GetterFn = { o, _ in
    let f = funcObj(o!)
    if f.pointee.func_annotations == nil {
        guard let d = PyDict_New() else { return nil }
        f.pointee.func_annotations = d
    } else if let a = f.pointee.func_annotations, vmIsTuple(a) {
        // compiler form: flat (name, value, name, value, ...) tuple
        guard let d = PyDict_New() else { return nil }
        var i = 0
        while i + 1 < vmTupleSize(a) {
            if PyDict_SetItem(d, vmTupleItem(a, i), vmTupleItem(a, i + 1)) < 0 { Py_DECREF(d); return nil }
            i += 2
        }
        f.pointee.func_annotations = d
        Py_DECREF(a)
    }
    return getField(o, \.func_annotations)
}
private let funcSetAnnotations: SetterFn = { o, v, _ in
    var nv = v
    if nv == pyNone { nv = nil }
    if let nv, !vmIsDict(nv) { setError(PyExc_TypeError, "__annotations__ must be set to a dict object"); return -1 }
    setField(o, \.func_annotations, nv); return 0
}
private let funcGetName: GetterFn = { o, _ in getField(o, \.func_name) }
private let funcSetName: SetterFn = { o, v, _ in
    guard let v, vmIsStr(v) else { setError(PyExc_TypeError, "__name__ must be set to a string object"); return -1 }
    setField(o, \.func_name, v); return 0
}
private let funcGetQualname: GetterFn = { o, _ in getField(o, \.func_qualname) }
private let funcSetQualname: SetterFn = { o, v, _ in
    guard let v, vmIsStr(v) else { setError(PyExc_TypeError, "__qualname__ must be set to a string object"); return -1 }
    setField(o, \.func_qualname, v); return 0
}
private let funcGetDict: GetterFn = { o, c in PyObject_GenericGetDict(o, c) }
private let funcSetDict: SetterFn = { o, v, c in PyObject_GenericSetDict(o, v, c) }

/// types.FunctionType(code, globals, name=None, argdefs=None, closure=None)
private let funcNew: newfunc = { type, args, kwds in
    let n = args.map(vmTupleSize) ?? 0
    guard n >= 2, n <= 5, let args else {
        setError(PyExc_TypeError, "function() argument count must be between 2 and 5, got \(n)"); return nil
    }
    let code = vmTupleItem(args, 0), globals = vmTupleItem(args, 1)
    guard Py_IS_TYPE(code, SPyType_Code()) != 0 else {
        setError(PyExc_TypeError, "function() argument 'code' must be code, not \(vmTypeName(code.pointee.ob_type))"); return nil
    }
    guard vmIsDict(globals) else {
        setError(PyExc_TypeError, "function() argument 'globals' must be dict, not \(vmTypeName(globals.pointee.ob_type))"); return nil
    }
    guard let fn = functionNew(code: code, globals: globals, qualname: nil) else { return nil }
    if n > 2, vmTupleItem(args, 2) != pyNone { setField(fn, \.func_name, vmTupleItem(args, 2)) }
    if n > 3, vmTupleItem(args, 3) != pyNone { setField(fn, \.func_defaults, vmTupleItem(args, 3)) }
    if n > 4, vmTupleItem(args, 4) != pyNone { setField(fn, \.func_closure, vmTupleItem(args, 4)) }
    return fn
}

func initFunctionType() {
    let t = SPyType_Function()
    t.pointee.tp_name = immortalCString("function")
    t.pointee.tp_basicsize = MemoryLayout<PyFunctionObject>.size
    t.pointee.tp_flags = UInt(Py_TPFLAGS_HAVE_VERSION_TAG) | UInt(Py_TPFLAGS_HAVE_GC) | UInt(Py_TPFLAGS_HAVE_VECTORCALL) | UInt(Py_TPFLAGS_METHOD_DESCRIPTOR)
    t.pointee.tp_doc = immortalCString("Create a function object.")
    t.pointee.tp_dealloc = funcDealloc
    t.pointee.tp_traverse = funcTraverse
    t.pointee.tp_clear = funcClear
    t.pointee.tp_repr = funcRepr
    t.pointee.tp_call = PyVectorcall_Call
    t.pointee.tp_vectorcall_offset = MemoryLayout<PyFunctionObject>.offset(of: \.vectorcall)!
    t.pointee.tp_descr_get = funcDescrGet
    t.pointee.tp_getattro = PyObject_GenericGetAttr
    t.pointee.tp_setattro = PyObject_GenericSetAttr
    t.pointee.tp_dictoffset = MemoryLayout<PyFunctionObject>.offset(of: \.func_dict)!
    t.pointee.tp_weaklistoffset = MemoryLayout<PyFunctionObject>.offset(of: \.func_weakreflist)!
    t.pointee.tp_new = funcNew
    func off(_ kp: PartialKeyPath<PyFunctionObject>) -> Int { MemoryLayout<PyFunctionObject>.offset(of: kp)! }
    t.pointee.tp_members = makeMemberTable([
        MemberSpec("__closure__", type: T_OBJECT, offset: off(\.func_closure)),
        MemberSpec("__doc__", type: T_OBJECT, offset: off(\.func_doc), readOnly: false),
        MemberSpec("__globals__", type: T_OBJECT, offset: off(\.func_globals)),
        MemberSpec("__module__", type: T_OBJECT, offset: off(\.func_module), readOnly: false),
        MemberSpec("__builtins__", type: T_OBJECT, offset: off(\.func_builtins)),
    ])
    t.pointee.tp_getset = makeGetSetTable([
        GetSetSpec("__code__", get: funcGetCode, set: funcSetCode),
        GetSetSpec("__defaults__", get: funcGetDefaults, set: funcSetDefaults),
        GetSetSpec("__kwdefaults__", get: funcGetKwdefaults, set: funcSetKwdefaults),
        GetSetSpec("__annotations__", get: funcGetAnnotations, set: funcSetAnnotations),
        GetSetSpec("__dict__", get: funcGetDict, set: funcSetDict),
        GetSetSpec("__name__", get: funcGetName, set: funcSetName),
        GetSetSpec("__qualname__", get: funcGetQualname, set: funcSetQualname),
    ])
}
