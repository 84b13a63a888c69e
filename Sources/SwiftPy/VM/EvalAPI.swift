// Public entry points of the VM: running code objects (module / exec / eval), the PyEval_* C API,
// the current frame, zero-argument super() support, __build_class__, and initVMTypes().
import CPython

/// Runs a code object with the given globals (and locals; nil = globals). New reference or nil.
public func evalCode(_ code: PyObjectRef, globals: PyObjectRef, locals: PyObjectRef?) -> PyObjectRef? {
    evalCodeWithClosure(code, globals: globals, locals: locals ?? globals, closure: nil)
}

/// Runs `code` with an explicit locals mapping and closure (class bodies, exec of nested code).
func evalCodeWithClosure(_ code: PyObjectRef, globals: PyObjectRef, locals: PyObjectRef?, closure: PyObjectRef?) -> PyObjectRef? {
    guard Py_IS_TYPE(code, SPyType_Code()) != 0 else { PyErr_BadInternalCall(); return nil }
    guard vmIsDict(globals) else { setError(PyExc_SystemError, "globals must be a dict"); return nil }
    guard let builtins = builtinsFor(globals: globals) else {
        if PyErr_Occurred() == nil { setError(PyExc_SystemError, "no builtins") }
        return nil
    }
    let c = codeObj(code)
    guard let frame = frameNew(c, globals: globals, builtins: builtins, locals: locals) else { return nil }
    if c.pointee.co_ncells > 0 || c.pointee.co_nfrees > 0 {
        if !setupCellsAndFrees(c, frame.localsplus, closure: closure) { frameRelease(frame); return nil }
    }
    if (c.pointee.co_flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) != 0 {
        return generatorNew(frame, name: c.pointee.co_name!, qualname: c.pointee.co_qualname!)
    }
    let r = evalFrame(frame, throwing: false)
    frameRelease(frame)
    return r
}

@c @implementation public func PyEval_EvalCode(_ co: UnsafeMutablePointer<PyObject>!, _ globals: UnsafeMutablePointer<PyObject>!, _ locals: UnsafeMutablePointer<PyObject>!) -> UnsafeMutablePointer<PyObject>! {
    evalCode(co, globals: globals, locals: locals)
}

/// The executing frame of this thread (borrowed), or nil.
public func currentFrame() -> FrameRef? {
    SPy_TState()?.pointee.frame?.assumingMemoryBound(to: PyFrameObject.self)
}

@c @implementation public func PyEval_GetFrame() -> UnsafeMutablePointer<PyFrameObject>! { currentFrame() }

@c @implementation public func PyEval_GetGlobals() -> UnsafeMutablePointer<PyObject>! { currentFrame()?.pointee.f_globals }

@c @implementation public func PyEval_GetLocals() -> UnsafeMutablePointer<PyObject>! {
    guard let f = currentFrame() else { setError(PyExc_SystemError, "frame does not exist"); return nil }
    return frameLocalsDict(f)
}

@c @implementation public func PyEval_GetBuiltins() -> UnsafeMutablePointer<PyObject>! {
    if let f = currentFrame() { return f.pointee.f_builtins }
    return vmTState().pointee.interp.pointee.builtins
}

/// Zero-argument super(): (the __class__ cell's class, the first argument) of the calling
/// frame, both borrowed; nil with RuntimeError as CPython.
public func superArgsFromCurrentFrame() -> (PyTypeRef, PyObjectRef)? {
    guard let f = currentFrame() else { setError(PyExc_RuntimeError, "super(): no current frame"); return nil }
    let code = f.pointee.f_code!
    if code.pointee.co_argcount == 0 { setError(PyExc_RuntimeError, "super(): no arguments"); return nil }
    let lp = f.localsplus
    var first = lp[0]
    if first == nil, let c2a = code.pointee.co_cell2arg {
        for i in 0..<Int(code.pointee.co_ncells) where c2a[i] == 0 {
            first = lp[Int(code.pointee.co_nlocals) + i]?.cast(to: PyCellObject.self).pointee.ob_ref
        }
    }
    guard let obj = first else { setError(PyExc_RuntimeError, "super(): arg[0] deleted"); return nil }
    let frees = code.pointee.co_freevars!
    for i in 0..<vmTupleSize(frees) where swiftString(vmTupleItem(frees, i)) == "__class__" {
        let idx = Int(code.pointee.co_nlocals + code.pointee.co_ncells) + i
        guard let cell = lp[idx], Py_IS_TYPE(cell, SPyType_Cell()) != 0 else {
            setError(PyExc_RuntimeError, "super(): bad __class__ cell"); return nil
        }
        guard let cls = cell.cast(to: PyCellObject.self).pointee.ob_ref else {
            setError(PyExc_RuntimeError, "super(): empty __class__ cell"); return nil
        }
        guard vmIsType(cls) else {
            setError(PyExc_RuntimeError, "super(): __class__ is not a type (\(vmTypeName(cls.pointee.ob_type)))"); return nil
        }
        return (cls.asType, obj)
    }
    setError(PyExc_RuntimeError, "super(): __class__ cell not found")
    return nil
}

// MARK: - __build_class__


/// Applies __mro_entries__ of non-type bases (PEP 560). New reference.
private func updateBases(_ bases: PyObjectRef) -> PyObjectRef? {
    var changed = false
    var out: [PyObjectRef] = []
    for i in 0..<vmTupleSize(bases) {
        let b = vmTupleItem(bases, i)
        if vmIsType(b) { Py_INCREF(b); out.append(b); continue }
        var meth: PyObjectRef? = nil
        if _PyObject_LookupAttr(b, pyIntern("__mro_entries__"), &meth) < 0 { for o in out { Py_DECREF(o) }; return nil }
        guard let m = meth else { Py_INCREF(b); out.append(b); continue }
        let r = PyObject_CallOneArg(m, bases)
        Py_DECREF(m)
        guard let r else { for o in out { Py_DECREF(o) }; return nil }
        guard vmIsTuple(r) else {
            Py_DECREF(r); for o in out { Py_DECREF(o) }
            setError(PyExc_TypeError, "__mro_entries__ must return a tuple"); return nil
        }
        for j in 0..<vmTupleSize(r) { let x = vmTupleItem(r, j); Py_INCREF(x); out.append(x) }
        Py_DECREF(r)
        changed = true
    }
    if !changed { for o in out { Py_DECREF(o) }; Py_INCREF(bases); return bases }
    return vmTupleSteal(out)
}

/// builtins.__build_class__(func, name, *bases, metaclass=None, **kwds) (METH_FASTCALL | METH_KEYWORDS).
public let builtinBuildClass: FastKwFn = { _, args, nargs, kwnames in
    guard nargs >= 2, let args else { setError(PyExc_TypeError, "__build_class__: not enough arguments"); return nil }
    let fn = args[0]!, name = args[1]!
    guard fn.pointee.ob_type == SPyType_Function() else { setError(PyExc_TypeError, "__build_class__: func must be a function"); return nil }
    guard vmIsStr(name) else { setError(PyExc_TypeError, "__build_class__: name is not a string"); return nil }
    guard let origBases = PyTuple_New(nargs - 2) else { return nil }
    defer { Py_DECREF(origBases) }
    for i in 2..<nargs { let b = args[i]!; Py_INCREF(b); vmTupleItems(origBases)[i - 2] = b }
    guard let bases = updateBases(origBases) else { return nil }
    defer { Py_DECREF(bases) }
    guard let mkw = PyDict_New() else { return nil }
    defer { Py_DECREF(mkw) }
    if let kwnames {
        for i in 0..<vmTupleSize(kwnames) where PyDict_SetItem(mkw, vmTupleItem(kwnames, i), args[nargs + i]!) < 0 { return nil }
    }
    var meta: PyObjectRef? = nil
    var isClass = false
    if let m = PyDict_GetItemString(mkw, "metaclass") {
        Py_INCREF(m)
        meta = m
        if PyDict_DelItemString(mkw, "metaclass") < 0 { Py_DECREF(m); return nil }
        isClass = vmIsType(m)
    }
    if meta == nil {
        let m = vmTupleSize(bases) == 0 ? SPyType_().asObject : vmTupleItem(bases, 0).pointee.ob_type.asObject
        Py_INCREF(m)
        meta = m
        isClass = true
    }
    if isClass {
        guard let winner = calculateMetaclass(meta!.asType, bases) else { Py_DECREF(meta!); return nil }
        Py_INCREF(winner.asObject); Py_DECREF(meta!); meta = winner.asObject
    }
    let metaObj = meta!
    defer { Py_DECREF(metaObj) }
    // namespace from __prepare__
    var prep: PyObjectRef? = nil
    if _PyObject_LookupAttr(metaObj, pyIntern("__prepare__"), &prep) < 0 { return nil }
    let ns: PyObjectRef
    if let p = prep {
        guard let pargs = vmTuple([name, bases]) else { Py_DECREF(p); return nil }
        let r = PyObject_Call(p, pargs, mkw)
        Py_DECREF(pargs); Py_DECREF(p)
        guard let r else { return nil }
        ns = r
    } else {
        guard let d = PyDict_New() else { return nil }
        ns = d
    }
    defer { Py_DECREF(ns) }
    if PyMapping_Check(ns) == 0 {
        let mname = isClass ? vmTypeName(metaObj.asType) : "<metaclass>"
        setError(PyExc_TypeError, "\(mname).__prepare__() must return a mapping, not \(vmTypeName(ns.pointee.ob_type))")
        return nil
    }
    // run the class body with ns as its locals
    let f = funcObj(fn)
    guard let cell = evalCodeWithClosure(f.pointee.func_code!, globals: f.pointee.func_globals!, locals: ns, closure: f.pointee.func_closure) else { return nil }
    defer { Py_DECREF(cell) }
    if Py_IS_TYPE(cell, SPyType_Cell()) != 0 {
        let key = pyIntern("__classcell__")
        if PyMapping_HasKey(ns, key) == 0 && PyObject_SetItem(ns, key, cell) < 0 { return nil }
    }
    if bases != origBases && PyObject_SetItem(ns, pyIntern("__orig_bases__"), origBases) < 0 { return nil }
    guard let margs = vmTuple([name, bases, ns]) else { return nil }
    let cls = PyObject_Call(metaObj, margs, mkw)
    Py_DECREF(margs)
    guard let cls else { return nil }
    if vmIsType(cls), Py_IS_TYPE(cell, SPyType_Cell()) != 0 {
        let cellCls = cell.cast(to: PyCellObject.self).pointee.ob_ref
        if cellCls != cls {
            if cellCls == nil {
                setError(PyExc_RuntimeError, "__class__ not set defining \(vmRepr(name) ?? "?") as \(vmRepr(cls) ?? "?"). Was __classcell__ propagated to type.__new__?")
            } else {
                setError(PyExc_TypeError, "__class__ set to \(vmRepr(cellCls!) ?? "?") defining \(vmRepr(name) ?? "?") as \(vmRepr(cls) ?? "?")")
            }
            Py_DECREF(cls)
            return nil
        }
    }
    return cls
}

// MARK: - Type set-up

/// Fills the VM's static type objects (code, function, frame, generator, traceback, module, moduledef).
public func initVMTypes() {
    checkOpcodeEncoding()
    initCodeType()
    initFunctionType()
    initFrameType()
    initGeneratorType()
    initCoroutineTypes()
    initAsyncGeneratorTypes()
    initAnextAwaitableType()
    initTracebackType()
    initModuleTypes()
}
