// Cold opcodes of the eval loop (names, building containers, unpacking, imports, with, class
// bodies, formatting). Each returns false with an exception set.
import CPython
import SwiftPyFrontend

@inline(never)
func executeColdOp(_ op: VMOp, _ oparg: Int, _ f: FrameRef, _ sp: inout StackPtr, _ pc: inout Int,
                   _ tstate: UnsafeMutablePointer<PyThreadState>) -> Bool {
    let code = f.pointee.f_code!
    @inline(__always) func name(_ i: Int) -> PyObjectRef { code.pointee.co_names_items![i]! }
    @inline(__always) func pop() -> PyObjectRef { sp -= 1; return sp[0]! }
    @inline(__always) func push(_ o: PyObjectRef) { sp[0] = o; sp += 1 }
    switch op {
    case .LOAD_NAME:
        guard let v = loadName(f, name(oparg)) else { return false }
        push(v)
    case .STORE_NAME:
        let v = pop()
        defer { Py_DECREF(v) }
        guard let locals = f.pointee.f_locals else {
            setError(PyExc_SystemError, "no locals found when storing \(vmRepr(name(oparg)) ?? "?")"); return false
        }
        let err = Py_IS_TYPE(locals, SPyType_Dict()) != 0 ? PyDict_SetItem(locals, name(oparg), v) : PyObject_SetItem(locals, name(oparg), v)
        return err == 0
    case .DELETE_NAME:
        guard let locals = f.pointee.f_locals else {
            setError(PyExc_SystemError, "no locals when deleting \(vmRepr(name(oparg)) ?? "?")"); return false
        }
        if PyObject_DelItem(locals, name(oparg)) != 0 {
            if PyErr_ExceptionMatches(PyExc_KeyError) != 0 { PyErr_Clear(); nameError(name(oparg)) }
            return false
        }
    case .STORE_GLOBAL:
        let v = pop()
        defer { Py_DECREF(v) }
        return PyDict_SetItem(f.pointee.f_globals!, name(oparg), v) == 0
    case .DELETE_GLOBAL:
        if PyDict_DelItem(f.pointee.f_globals!, name(oparg)) != 0 {
            if PyErr_ExceptionMatches(PyExc_KeyError) != 0 { PyErr_Clear(); nameError(name(oparg)) }
            return false
        }
    case .DELETE_DEREF:
        let cell = f.localsplus[Int(code.pointee.co_nlocals) + oparg]!.cast(to: PyCellObject.self)
        guard let old = cell.pointee.ob_ref else { unboundDerefError(code, oparg); return false }
        cell.pointee.ob_ref = nil
        Py_DECREF(old)
    case .LOAD_CLASSDEREF:
        let ncells = Int(code.pointee.co_ncells)
        let nm = oparg < ncells ? vmTupleItem(code.pointee.co_cellvars!, oparg) : vmTupleItem(code.pointee.co_freevars!, oparg - ncells)
        if let locals = f.pointee.f_locals {
            if vmIsDict(locals) {
                if let v = PyDict_GetItemWithError(locals, nm) { Py_INCREF(v); push(v); return true }
                if PyErr_Occurred() != nil { return false }
            } else if let v = PyObject_GetItem(locals, nm) {
                push(v); return true
            } else {
                if PyErr_ExceptionMatches(PyExc_KeyError) == 0 { return false }
                PyErr_Clear()
            }
        }
        let cell = f.localsplus[Int(code.pointee.co_nlocals) + oparg]!
        guard let v = cell.cast(to: PyCellObject.self).pointee.ob_ref else { unboundDerefError(code, oparg); return false }
        Py_INCREF(v); push(v)

    case .MAKE_FUNCTION:
        let codeObj = pop()
        guard let fn = functionNew(code: codeObj, globals: f.pointee.f_globals!, qualname: nil) else { Py_DECREF(codeObj); return false }
        Py_DECREF(codeObj)
        let fp = funcObj(fn)
        if (oparg & 0x08) != 0 { fp.pointee.func_closure = pop() }
        if (oparg & 0x04) != 0 { fp.pointee.func_annotations = pop() }
        if (oparg & 0x02) != 0 { fp.pointee.func_kwdefaults = pop() }
        if (oparg & 0x01) != 0 { fp.pointee.func_defaults = pop() }
        push(fn)

    case .BUILD_SET:
        guard let s = PySet_New(nil) else { return false }
        var err: Int32 = 0
        for i in 0..<oparg { let item = sp[i - oparg]!; if err == 0 { err = PySet_Add(s, item) }; Py_DECREF(item) }
        sp -= oparg
        if err != 0 { Py_DECREF(s); return false }
        push(s)
    case .BUILD_MAP:
        guard let d = PyDict_New() else { return false }
        var err: Int32 = 0
        for i in 0..<oparg {
            let k = sp[2 * (i - oparg)]!, v = sp[2 * (i - oparg) + 1]!
            if err == 0 { err = PyDict_SetItem(d, k, v) }
        }
        for i in 0..<(2 * oparg) { Py_DECREF(sp[i - 2 * oparg]!) }
        sp -= 2 * oparg
        if err != 0 { Py_DECREF(d); return false }
        push(d)
    case .BUILD_CONST_KEY_MAP:
        let keys = pop()
        guard vmIsTuple(keys), vmTupleSize(keys) == oparg else {
            Py_DECREF(keys); setError(PyExc_SystemError, "bad BUILD_CONST_KEY_MAP keys argument"); return false
        }
        guard let d = PyDict_New() else { Py_DECREF(keys); return false }
        var err: Int32 = 0
        for i in 0..<oparg {
            let v = sp[i - oparg]!
            if err == 0 { err = PyDict_SetItem(d, vmTupleItem(keys, i), v) }
            Py_DECREF(v)
        }
        sp -= oparg
        Py_DECREF(keys)
        if err != 0 { Py_DECREF(d); return false }
        push(d)
    case .BUILD_STRING:
        guard let t = PyTuple_New(oparg) else { return false }
        for i in 0..<oparg { vmTupleItems(t)[i] = sp[i - oparg] }
        sp -= oparg
        let empty = pyIntern("")
        let s = PyUnicode_Join(empty, t)
        Py_DECREF(t)
        guard let s else { return false }
        push(s)
    case .BUILD_SLICE:
        let step: PyObjectRef? = oparg == 3 ? pop() : nil
        let stop = pop(), start = pop()
        let s = PySlice_New(start, stop, step)
        Py_DECREF(start); Py_DECREF(stop); Py_XDECREF(step)
        guard let s else { return false }
        push(s)
    case .SET_ADD:
        let v = pop()
        let err = PySet_Add(sp[-oparg]!, v)
        Py_DECREF(v)
        return err == 0
    case .MAP_ADD:
        let value = pop(), key = pop()
        let err = PyDict_SetItem(sp[-oparg]!, key, value)
        Py_DECREF(key); Py_DECREF(value)
        return err == 0
    case .LIST_EXTEND:
        let iterable = pop()
        defer { Py_DECREF(iterable) }
        return extendList(sp[-oparg]!, iterable)
    case .SET_UPDATE:
        let iterable = pop()
        defer { Py_DECREF(iterable) }
        guard let it = PyObject_GetIter(iterable) else { return false }
        defer { Py_DECREF(it) }
        let set = sp[-oparg]!
        while let item = PyIter_Next(it) {
            let err = PySet_Add(set, item)
            Py_DECREF(item)
            if err != 0 { return false }
        }
        return PyErr_Occurred() == nil
    case .DICT_UPDATE:
        let update = pop()
        defer { Py_DECREF(update) }
        if PyDict_Update(sp[-oparg]!, update) < 0 {
            if PyErr_ExceptionMatches(PyExc_AttributeError) != 0 {
                PyErr_Clear()
                setError(PyExc_TypeError, "'\(vmTypeName(update.pointee.ob_type))' object is not a mapping")
            }
            return false
        }
    case .DICT_MERGE:
        let update = pop()
        defer { Py_DECREF(update) }
        return dictMerge(sp[-oparg]!, update, callable: sp[-oparg - 2])
    case .LIST_TO_TUPLE:
        let l = pop()
        let t = PyList_AsTuple(l)
        Py_DECREF(l)
        guard let t else { return false }
        push(t)

    case .UNPACK_SEQUENCE:
        let seq = pop()
        defer { Py_DECREF(seq) }
        return unpackIterable(seq, before: oparg, after: -1, &sp)
    case .UNPACK_EX:
        let seq = pop()
        defer { Py_DECREF(seq) }
        return unpackIterable(seq, before: oparg & 0xff, after: oparg >> 8, &sp)

    case .SETUP_WITH:
        let mgr = sp[-1]!
        guard let enter = lookupSpecial(mgr, "__enter__") else {
            if PyErr_Occurred() == nil {
                setError(PyExc_TypeError, "'\(vmTypeName(mgr.pointee.ob_type))' object does not support the context manager protocol")
            }
            return false
        }
        guard let exit = lookupSpecial(mgr, "__exit__") else {
            Py_DECREF(enter)
            if PyErr_Occurred() == nil {
                setError(PyExc_TypeError, "'\(vmTypeName(mgr.pointee.ob_type))' object does not support the context manager protocol (missed __exit__ method)")
            }
            return false
        }
        sp[-1] = exit
        Py_DECREF(mgr)
        let res = PyObject_CallNoArgs(enter)
        Py_DECREF(enter)
        guard let res else { return false }
        pushBlock(f, BLOCK_SETUP_FINALLY, Int32(oparg), Int32(sp - f.pointee.f_valuestack!.withMemoryRebound(to: PyObjectRef?.self, capacity: 1) { $0 }))
        push(res)
    case .WITH_EXCEPT_START:
        // [exit, prev_exc, exc] -> [exit, prev_exc, exc, exit(type, exc, tb)]
        let exc = sp[-1]!, exit = sp[-3]!
        let tb = excObj(exc).pointee.traceback ?? pyNone
        var args: [PyObjectRef?] = [nil, exc.pointee.ob_type.asObject, exc, tb]
        let res = args.withUnsafeMutableBufferPointer { buf in
            PyObject_Vectorcall(exit, UnsafePointer(buf.baseAddress! + 1), 3 | vmVectorcallArgumentsOffset, nil)
        }
        guard let res else { return false }
        push(res)
    case .LOAD_ASSERTION_ERROR:
        Py_INCREF(PyExc_AssertionError); push(PyExc_AssertionError)
    case .GET_AWAITABLE:
        return getAwaitable(&sp, oparg)
    case .GET_AITER:
        let obj = sp[-1]!
        guard let getter = obj.pointee.ob_type.pointee.tp_as_async?.pointee.am_aiter else {
            setError(PyExc_TypeError, "'async for' requires an object with __aiter__ method, got \(vmTypeName(obj.pointee.ob_type))")
            return false
        }
        guard let it = getter(obj) else { return false }
        sp[-1] = it
        Py_DECREF(obj)
        if it.pointee.ob_type.pointee.tp_as_async?.pointee.am_anext == nil {
            setError(PyExc_TypeError, "'async for' received an object from __aiter__ that does not implement __anext__: \(vmTypeName(it.pointee.ob_type))")
            return false
        }
    case .GET_ANEXT:
        let aiter = sp[-1]!
        guard let getter = aiter.pointee.ob_type.pointee.tp_as_async?.pointee.am_anext else {
            setError(PyExc_TypeError, "'async for' requires an iterator with __anext__ method, got \(vmTypeName(aiter.pointee.ob_type))")
            return false
        }
        guard let next = getter(aiter) else { return false }
        if aiter.pointee.ob_type == SPyType_AsyncGen() { push(next); return true }
        guard let awaitable = awaitableIter(next) else {
            formatErrorFromCause("'async for' received an invalid object from __anext__: \(vmTypeName(next.pointee.ob_type))")
            Py_DECREF(next)
            return false
        }
        Py_DECREF(next)
        push(awaitable)
    case .BEFORE_ASYNC_WITH:
        let mgr = sp[-1]!
        guard let enter = lookupSpecial(mgr, "__aenter__") else {
            if PyErr_Occurred() == nil {
                setError(PyExc_TypeError, "'\(vmTypeName(mgr.pointee.ob_type))' object does not support the asynchronous context manager protocol")
            }
            return false
        }
        guard let exit = lookupSpecial(mgr, "__aexit__") else {
            Py_DECREF(enter)
            if PyErr_Occurred() == nil {
                setError(PyExc_TypeError, "'\(vmTypeName(mgr.pointee.ob_type))' object does not support the asynchronous context manager protocol (missed __aexit__ method)")
            }
            return false
        }
        sp[-1] = exit
        Py_DECREF(mgr)
        let res = PyObject_CallNoArgs(enter)
        Py_DECREF(enter)
        guard let res else { return false }
        push(res)
    case .SETUP_ASYNC_WITH:
        // [exit, enter_result]: the block level counts exit, not the result
        let depth = sp - f.pointee.f_valuestack!.withMemoryRebound(to: PyObjectRef?.self, capacity: 1) { $0 }
        pushBlock(f, BLOCK_SETUP_FINALLY, Int32(oparg), Int32(depth - 1))
    case .GET_YIELD_FROM_ITER:
        let v = sp[-1]!
        if v.pointee.ob_type == SPyType_Coro() {
            if (code.pointee.co_flags & (CO_COROUTINE | CO_ITERABLE_COROUTINE)) == 0 {
                setError(PyExc_TypeError, "cannot 'yield from' a coroutine object in a non-coroutine generator")
                return false
            }
        } else if !PyGen_CheckExactVM(v) {
            guard let it = PyObject_GetIter(v) else { return false }
            Py_DECREF(v); sp[-1] = it
        }

    case .IMPORT_NAME:
        let fromlist = pop(), level = sp[-1]!
        let res = importName(f, name(oparg), fromlist, level)
        Py_DECREF(fromlist); Py_DECREF(level)
        sp -= 1
        guard let res else { return false }
        push(res)
    case .IMPORT_FROM:
        guard let v = importFrom(sp[-1]!, name(oparg)) else { return false }
        push(v)
    case .IMPORT_STAR:
        let module = pop()
        defer { Py_DECREF(module) }
        guard let locals = frameLocalsDict(f) ?? f.pointee.f_locals else {
            setError(PyExc_SystemError, "no locals found during 'import *'"); return false
        }
        return importAllFrom(locals, module)
    case .LOAD_BUILD_CLASS:
        let builtins = f.pointee.f_builtins!
        var bc: PyObjectRef? = nil
        if vmIsDict(builtins) {
            bc = PyDict_GetItemWithError(builtins, pyIntern("__build_class__"))
            if let b = bc { Py_INCREF(b) }
        } else {
            bc = PyObject_GetItem(builtins, pyIntern("__build_class__"))
            if bc == nil && PyErr_ExceptionMatches(PyExc_KeyError) != 0 { PyErr_Clear() }
        }
        guard let b = bc else {
            if PyErr_Occurred() == nil { setError(PyExc_NameError, "__build_class__ not found") }
            return false
        }
        push(b)
    case .SETUP_ANNOTATIONS:
        guard let locals = f.pointee.f_locals else {
            setError(PyExc_SystemError, "no locals found when setting up annotations"); return false
        }
        let key = pyIntern("__annotations__")
        if vmIsDict(locals) {
            if PyDict_GetItemWithError(locals, key) == nil {
                if PyErr_Occurred() != nil { return false }
                guard let d = PyDict_New() else { return false }
                let err = PyDict_SetItem(locals, key, d)
                Py_DECREF(d)
                return err == 0
            }
        } else if let v = PyObject_GetItem(locals, key) {
            Py_DECREF(v)
        } else {
            if PyErr_ExceptionMatches(PyExc_KeyError) == 0 { return false }
            PyErr_Clear()
            guard let d = PyDict_New() else { return false }
            let err = PyObject_SetItem(locals, key, d)
            Py_DECREF(d)
            return err == 0
        }
    case .COPY:
        let v = sp[-oparg]!
        Py_INCREF(v); push(v)
    case .SWAP:
        let t = sp[-1]; sp[-1] = sp[-oparg]; sp[-oparg] = t
    case .GET_LEN:
        let n = PyObject_Length(sp[-1]!)
        if n < 0 { return false }
        guard let l = PyLong_FromSsize_t(n) else { return false }
        push(l)
    case .MATCH_MAPPING:
        push(pyBool(vmHasFlag(sp[-1]!.pointee.ob_type, UInt(Py_TPFLAGS_MAPPING))))
    case .MATCH_SEQUENCE:
        push(pyBool(vmHasFlag(sp[-1]!.pointee.ob_type, UInt(Py_TPFLAGS_SEQUENCE))))
    case .MATCH_KEYS:
        guard let r = matchKeys(sp[-2]!, sp[-1]!) else { return false }
        push(r)
    case .MATCH_CLASS:
        let names = sp[-1]!, cls = sp[-2]!, subject = sp[-3]!
        guard let r = matchClass(subject, cls, oparg, names) else { return false }
        sp -= 2
        Py_DECREF(names); Py_DECREF(cls); Py_DECREF(subject)
        sp[-1] = r
    case .COPY_DICT_WITHOUT_KEYS:
        guard let r = copyDictWithoutKeys(sp[-2]!, sp[-1]!) else { return false }
        Py_DECREF(sp[-1]!); sp[-1] = r
    case .CHECK_EG_MATCH:
        let type = sp[-1]!, exc = sp[-2]!
        guard checkExceptStarType(type), let (match, rest) = exceptionGroupMatch(exc, type) else { return false }
        Py_DECREF(type)
        if match == pyNone {
            // no match: [exc, None]
            Py_DECREF(rest)
            sp[-1] = match
        } else {
            // [rest, match]; the handler runs with `match` as the handled exception
            Py_DECREF(exc)
            sp[-2] = rest; sp[-1] = match
            Py_INCREF(match)
            setHandledException(tstate, match)
        }
    case .PREP_RERAISE_STAR:
        let list = sp[-1]!, orig = sp[-2]!
        guard let r = prepReraiseStar(orig, list) else { return false }
        sp -= 1
        Py_DECREF(list); Py_DECREF(orig)
        sp[-1] = r
    case .PRINT_EXPR:
        let v = pop()
        defer { Py_DECREF(v) }
        guard let sysd = tstate.pointee.interp.pointee.sysdict, let hook = PyDict_GetItemString(sysd, "displayhook") else {
            setError(PyExc_RuntimeError, "lost sys.displayhook"); return false
        }
        guard let r = PyObject_CallOneArg(hook, v) else { return false }
        Py_DECREF(r)
    case .FORMAT_VALUE:
        let spec: PyObjectRef? = (oparg & 0x04) != 0 ? pop() : nil
        var v = pop()
        defer { Py_XDECREF(spec) }
        let conv = oparg & 0x03
        if conv != 0 {
            let c = conv == 1 ? PyObject_Str(v) : conv == 2 ? PyObject_Repr(v) : PyObject_ASCII(v)
            Py_DECREF(v)
            guard let c else { return false }
            v = c
        }
        if Py_IS_TYPE(v, SPyType_Unicode()) != 0 && (spec == nil || PyUnicode_GetLength(spec!) == 0) {
            push(v)
        } else {
            let r = PyObject_Format(v, spec)
            Py_DECREF(v)
            guard let r else { return false }
            push(r)
        }
    default:
        setError(PyExc_SystemError, "unknown opcode \(op.rawValue)")
        return false
    }
    return true
}

@inline(__always) func PyGen_CheckExactVM(_ o: PyObjectRef) -> Bool { o.pointee.ob_type == SPyType_Gen() }

/// LOAD_NAME: locals, globals, builtins. New reference.
func loadName(_ f: FrameRef, _ name: PyObjectRef) -> PyObjectRef? {
    guard let locals = f.pointee.f_locals else {
        setError(PyExc_SystemError, "no locals when loading \(vmRepr(name) ?? "?")"); return nil
    }
    if Py_IS_TYPE(locals, SPyType_Dict()) != 0 {
        if let v = PyDict_GetItemWithError(locals, name) { Py_INCREF(v); return v }
        if PyErr_Occurred() != nil { return nil }
    } else {
        if let v = PyObject_GetItem(locals, name) { return v }
        if PyErr_ExceptionMatches(PyExc_KeyError) == 0 { return nil }
        PyErr_Clear()
    }
    return loadGlobalGeneric(f.pointee.f_globals!, f.pointee.f_builtins!, name)
}

/// Special-method lookup on the type (binding descriptors); nil without an exception if absent.
func lookupSpecial(_ o: PyObjectRef, _ name: String) -> PyObjectRef? {
    guard let descr = _PyType_Lookup(o.pointee.ob_type, pyIntern(name)) else { return nil }
    if let get = descr.pointee.ob_type.pointee.tp_descr_get {
        return get(descr, o, o.pointee.ob_type.asObject)
    }
    Py_INCREF(descr)
    return descr
}

/// list.extend for LIST_EXTEND with CPython's error for non-iterables.
func extendList(_ list: PyObjectRef, _ iterable: PyObjectRef) -> Bool {
    guard let it = PyObject_GetIter(iterable) else {
        if PyErr_ExceptionMatches(PyExc_TypeError) != 0 && iterable.pointee.ob_type.pointee.tp_iter == nil
            && PySequence_Check(iterable) == 0 {
            PyErr_Clear()
            setError(PyExc_TypeError, "Value after * must be an iterable, not \(vmTypeName(iterable.pointee.ob_type))")
        }
        return false
    }
    defer { Py_DECREF(it) }
    while let item = PyIter_Next(it) {
        let err = PyList_Append(list, item)
        Py_DECREF(item)
        if err != 0 { return false }
    }
    return PyErr_Occurred() == nil
}

/// DICT_MERGE (building **kwargs): duplicate keys are errors naming the callee.
func dictMerge(_ dict: PyObjectRef, _ update: PyObjectRef, callable: PyObjectRef?) -> Bool {
    let fname = callable.map(funcDescription) ?? "function"
    if !vmIsDict(update) {
        var keysAttr: PyObjectRef? = nil
        if _PyObject_LookupAttr(update, pyIntern("keys"), &keysAttr) <= 0 {
            if PyErr_Occurred() == nil {
                setError(PyExc_TypeError, "\(fname) argument after ** must be a mapping, not \(vmTypeName(update.pointee.ob_type))")
            }
            return false
        }
        Py_XDECREF(keysAttr)
    }
    guard let keys = PyMapping_Keys(update) else { return false }
    defer { Py_DECREF(keys) }
    guard let it = PyObject_GetIter(keys) else { return false }
    defer { Py_DECREF(it) }
    while let k = PyIter_Next(it) {
        defer { Py_DECREF(k) }
        if PyDict_Contains(dict, k) == 1 {
            if vmIsStr(k) {
                setError(PyExc_TypeError, "\(fname) got multiple values for keyword argument '\(swiftString(k))'")
            } else {
                setError(PyExc_TypeError, "\(fname) keywords must be strings")
            }
            return false
        }
        guard let v = PyObject_GetItem(update, k) else { return false }
        let err = PyDict_SetItem(dict, k, v)
        Py_DECREF(v)
        if err != 0 { return false }
    }
    return PyErr_Occurred() == nil
}

/// UNPACK_SEQUENCE (after < 0) / UNPACK_EX: pushes the items so that the first is on top.
func unpackIterable(_ seq: PyObjectRef, before: Int, after: Int, _ sp: inout StackPtr) -> Bool {
    if after < 0 {
        var items: UnsafeMutablePointer<PyObjectRef?>? = nil
        var n = 0
        if Py_IS_TYPE(seq, SPyType_Tuple()) != 0 { items = vmTupleItems(seq); n = vmTupleSize(seq) }
        else if Py_IS_TYPE(seq, SPyType_List()) != 0 {
            n = vmListSize(seq)
            items = vmListItemsOrNil(seq) ?? UnsafeMutablePointer(bitPattern: 8)!   // never read when empty
        }
        if let items {
            if n == before {
                for i in 0..<n { let o = items[n - 1 - i]!; Py_INCREF(o); sp[i] = o }
                sp += n
                return true
            }
            if n < before {
                setError(PyExc_ValueError, "not enough values to unpack (expected \(before), got \(n))")
            } else {
                setError(PyExc_ValueError, "too many values to unpack (expected \(before))")
            }
            return false
        }
    }
    guard let it = PyObject_GetIter(seq) else {
        if PyErr_ExceptionMatches(PyExc_TypeError) != 0 && seq.pointee.ob_type.pointee.tp_iter == nil && PySequence_Check(seq) == 0 {
            PyErr_Clear()
            setError(PyExc_TypeError, "cannot unpack non-iterable \(vmTypeName(seq.pointee.ob_type)) object")
        }
        return false
    }
    defer { Py_DECREF(it) }
    var got: [PyObjectRef] = []
    func fail() -> Bool { for o in got { Py_DECREF(o) }; return false }
    for _ in 0..<before {
        guard let v = PyIter_Next(it) else {
            if PyErr_Occurred() != nil { return fail() }
            if after < 0 {
                setError(PyExc_ValueError, "not enough values to unpack (expected \(before), got \(got.count))")
            } else {
                setError(PyExc_ValueError, "not enough values to unpack (expected at least \(before + after), got \(got.count))")
            }
            return fail()
        }
        got.append(v)
    }
    if after < 0 {
        if let extra = PyIter_Next(it) {
            Py_DECREF(extra)
            setError(PyExc_ValueError, "too many values to unpack (expected \(before))")
            return fail()
        }
        if PyErr_Occurred() != nil { return fail() }
    } else {
        guard let rest = PySequence_List(it) else { return fail() }
        let restCount = vmListSize(rest)
        if restCount < after {
            Py_DECREF(rest)
            setError(PyExc_ValueError, "not enough values to unpack (expected at least \(before + after), got \(before + restCount))")
            return fail()
        }
        // the last `after` items come off the list
        var tail: [PyObjectRef] = []
        for i in (restCount - after)..<restCount { let o = vmListItems(rest)[i]!; Py_INCREF(o); tail.append(o) }
        if PyList_SetSlice(rest, restCount - after, restCount, nil) < 0 {
            Py_DECREF(rest); for o in tail { Py_DECREF(o) }; return fail()
        }
        got.append(rest)
        got.append(contentsOf: tail)
    }
    let n = got.count
    for i in 0..<n { sp[i] = got[n - 1 - i] }
    sp += n
    return true
}

// MARK: - Imports

func importName(_ f: FrameRef, _ name: PyObjectRef, _ fromlist: PyObjectRef, _ level: PyObjectRef) -> PyObjectRef? {
    let builtins = f.pointee.f_builtins!
    guard let importFn = vmIsDict(builtins) ? PyDict_GetItemWithError(builtins, pyIntern("__import__")) : nil else {
        if PyErr_Occurred() == nil { setError(PyExc_ImportError, "__import__ not found") }
        return nil
    }
    let locals = f.pointee.f_locals ?? pyNone
    var args: [PyObjectRef?] = [nil, name, f.pointee.f_globals!, locals, fromlist, level]
    return args.withUnsafeMutableBufferPointer { buf in
        PyObject_Vectorcall(importFn, UnsafePointer(buf.baseAddress! + 1), 5 | vmVectorcallArgumentsOffset, nil)
    }
}

func importFrom(_ module: PyObjectRef, _ name: PyObjectRef) -> PyObjectRef? {
    var x: PyObjectRef? = nil
    if _PyObject_LookupAttr(module, name, &x) != 0 { return x }
    // a submodule imported while its package was initializing: look in sys.modules
    var pkgname: PyObjectRef? = nil
    if _PyObject_LookupAttr(module, pyIntern("__name__"), &pkgname) > 0, let pn = pkgname, vmIsStr(pn) {
        defer { Py_DECREF(pn) }
        let full = swiftString(pn) + "." + swiftString(name)
        if let mods = vmTState().pointee.interp.pointee.modules, let m = PyDict_GetItemString(mods, full) {
            Py_INCREF(m); return m
        }
        var path: PyObjectRef? = nil
        let where_: String
        if _PyObject_LookupAttr(module, pyIntern("__file__"), &path) > 0, let p = path, vmIsStr(p) {
            where_ = swiftString(p); Py_DECREF(p)
        } else {
            PyErr_Clear(); where_ = "unknown location"
        }
        setError(PyExc_ImportError, "cannot import name '\(swiftString(name))' from '\(swiftString(pn))' (\(where_))")
    } else {
        PyErr_Clear()
        setError(PyExc_ImportError, "cannot import name '\(swiftString(name))' from '<unknown module name>' (unknown location)")
    }
    if let exc = vmTState().pointee.curexc, PyObject_TypeCheck(exc, PyExc_ImportError.asType) != 0 {
        vmSetField(&exc.cast(to: PyImportErrorObject.self).pointee.name, pkgname ?? pyNone)
    }
    return nil
}

func importAllFrom(_ locals: PyObjectRef, _ module: PyObjectRef) -> Bool {
    var all: PyObjectRef? = nil
    var skipUnderscore = false
    if _PyObject_LookupAttr(module, pyIntern("__all__"), &all) < 0 { return false }
    if all == nil {
        var dict: PyObjectRef? = nil
        if _PyObject_LookupAttr(module, pyIntern("__dict__"), &dict) < 0 { return false }
        guard let d = dict else {
            setError(PyExc_ImportError, "from-import-* object has no __dict__ and no __all__"); return false
        }
        all = PyMapping_Keys(d)
        Py_DECREF(d)
        if all == nil { return false }
        skipUnderscore = true
    }
    defer { Py_DECREF(all!) }
    guard let it = PyObject_GetIter(all!) else { return false }
    defer { Py_DECREF(it) }
    while let name = PyIter_Next(it) {
        defer { Py_DECREF(name) }
        guard vmIsStr(name) else {
            setError(PyExc_TypeError, "\(skipUnderscore ? "Key in \(vmStr(module) ?? "").__dict__" : "Item in \(vmStr(module) ?? "").__all__") must be str, not \(vmTypeName(name.pointee.ob_type))")
            return false
        }
        if skipUnderscore && swiftString(name).hasPrefix("_") { continue }
        guard let v = PyObject_GetAttr(module, name) else { return false }
        let err = vmIsDict(locals) ? PyDict_SetItem(locals, name, v) : PyObject_SetItem(locals, name, v)
        Py_DECREF(v)
        if err != 0 { return false }
    }
    return PyErr_Occurred() == nil
}

// MARK: - Pattern matching (CPython 3.11 semantics: MATCH_KEYS/MATCH_CLASS push a tuple or None)

/// MATCH_KEYS: a tuple of subject[k] for each k in keys, None when a key is missing.
func matchKeys(_ subject: PyObjectRef, _ keys: PyObjectRef) -> PyObjectRef? {
    let n = vmTupleSize(keys)
    if n == 0 { return PyTuple_New(0) }
    // keys that are equal at run time (value patterns) are an error, as in CPython
    guard let seen = PySet_New(nil) else { return nil }
    defer { Py_DECREF(seen) }
    guard let getMethod = PyObject_GetAttr(subject, pyIntern("get")) else { return nil }
    defer { Py_DECREF(getMethod) }
    guard let dummy = PyObject_CallNoArgs(SPyType_BaseObject().asObject) else { return nil }   // unique sentinel
    defer { Py_DECREF(dummy) }
    var values: [PyObjectRef] = []
    for i in 0..<n {
        let k = vmTupleItem(keys, i)
        let c = PySet_Contains(seen, k)
        if c != 0 || PySet_Add(seen, k) < 0 {
            if c > 0, let r = vmRepr(k) { setError(PyExc_ValueError, "mapping pattern checks duplicate key (\(r))") }
            for o in values { Py_DECREF(o) }; return nil
        }
        guard let args = vmTuple([k, dummy]) else { for o in values { Py_DECREF(o) }; return nil }
        let got = PyObject_Call(getMethod, args, nil)
        Py_DECREF(args)
        guard let v = got else { for o in values { Py_DECREF(o) }; return nil }
        if v == dummy { Py_DECREF(v); for o in values { Py_DECREF(o) }; return pyNoneRef() }
        values.append(v)
    }
    return vmTupleSteal(values)
}

func matchClass(_ subject: PyObjectRef, _ cls: PyObjectRef, _ nargs: Int, _ kwargs: PyObjectRef) -> PyObjectRef? {
    guard vmIsType(cls) else {
        setError(PyExc_TypeError, "called match pattern must be a type"); return nil
    }
    let r = PyObject_IsInstance(subject, cls)
    if r < 0 { return nil }
    if r == 0 { return pyNoneRef() }
    var attrs: [PyObjectRef] = []
    func fail() -> PyObjectRef? { for o in attrs { Py_DECREF(o) }; return nil }
    var seen: [PyObjectRef] = []
    if nargs > 0 {
        var matchArgs: PyObjectRef? = nil
        if _PyObject_LookupAttr(cls, pyIntern("__match_args__"), &matchArgs) < 0 { return nil }
        let clsName = vmTypeName(cls.asType)
        let selfMatch = [SPyType_Bool(), SPyType_ByteArray(), SPyType_Bytes(), SPyType_Dict(), SPyType_Float(), SPyType_FrozenSet(),
                         SPyType_Long(), SPyType_List(), SPyType_Set(), SPyType_Unicode(), SPyType_Tuple()].contains { PyType_IsSubtype(cls.asType, $0) != 0 }
        if let ma = matchArgs {
            defer { Py_DECREF(ma) }
            guard vmIsTuple(ma) else {
                setError(PyExc_TypeError, "\(clsName).__match_args__ must be a tuple (got \(vmTypeName(ma.pointee.ob_type)))"); return nil
            }
            if nargs > vmTupleSize(ma) {
                setError(PyExc_TypeError, "\(clsName)() accepts \(vmTupleSize(ma)) positional sub-pattern\(vmTupleSize(ma) == 1 ? "" : "s") (\(nargs) given)")
                return nil
            }
            for i in 0..<nargs {
                let name = vmTupleItem(ma, i)
                guard vmIsStr(name) else {
                    setError(PyExc_TypeError, "__match_args__ elements must be strings (got \(vmTypeName(name.pointee.ob_type)))"); return fail()
                }
                if seen.contains(where: { PyObject_RichCompareBool($0, name, Py_EQ) == 1 }) {
                    setError(PyExc_TypeError, "\(clsName)() got multiple sub-patterns for attribute '\(swiftString(name))'"); return fail()
                }
                seen.append(name)
                var v: PyObjectRef? = nil
                if _PyObject_LookupAttr(subject, name, &v) < 0 { return fail() }
                guard let v else { for o in attrs { Py_DECREF(o) }; return pyNoneRef() }
                attrs.append(v)
            }
        } else if selfMatch {
            if nargs > 1 {
                setError(PyExc_TypeError, "\(clsName)() accepts 1 positional sub-pattern (\(nargs) given)"); return nil
            }
            Py_INCREF(subject); attrs.append(subject)
        } else {
            setError(PyExc_TypeError, "\(clsName)() accepts 0 positional sub-patterns (\(nargs) given)"); return nil
        }
    }
    for i in 0..<vmTupleSize(kwargs) {
        let name = vmTupleItem(kwargs, i)
        if seen.contains(where: { PyObject_RichCompareBool($0, name, Py_EQ) == 1 }) {
            setError(PyExc_TypeError, "\(vmTypeName(cls.asType))() got multiple sub-patterns for attribute '\(swiftString(name))'"); return fail()
        }
        seen.append(name)
        var v: PyObjectRef? = nil
        if _PyObject_LookupAttr(subject, name, &v) < 0 { return fail() }
        guard let v else { for o in attrs { Py_DECREF(o) }; return pyNoneRef() }
        attrs.append(v)
    }
    return vmTupleSteal(attrs)
}

/// COPY_DICT_WITHOUT_KEYS: dict(subject) minus `keys` (the `**rest` of a mapping pattern).
func copyDictWithoutKeys(_ subject: PyObjectRef, _ keys: PyObjectRef) -> PyObjectRef? {
    guard let rest = PyDict_New() else { return nil }
    if PyDict_Update(rest, subject) < 0 { Py_DECREF(rest); return nil }
    for i in 0..<vmTupleSize(keys) {
        if PyDict_DelItem(rest, vmTupleItem(keys, i)) < 0 { Py_DECREF(rest); return nil }
    }
    return rest
}
