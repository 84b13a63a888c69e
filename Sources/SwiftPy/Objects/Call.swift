// Calling objects (CPython's call.c): vectorcall when the type supports it (tp_vectorcall_offset
// with Py_TPFLAGS_HAVE_VECTORCALL), else tp_call with an args tuple and a kwargs dict.
// Arguments are borrowed; results are new references.
import CPython

/// The vectorcall function stored in the object, or nil.
@inline(__always) func vectorcallFunction(_ callable: PyObjectRef) -> vectorcallfunc? {
    let tp = callable.type
    if tp.pointee.tp_flags & UInt(Py_TPFLAGS_HAVE_VECTORCALL) == 0 { return nil }
    let off = tp.pointee.tp_vectorcall_offset
    if off <= 0 { return nil }
    return (UnsafeMutableRawPointer(callable) + off).load(as: vectorcallfunc?.self)
}

@c @implementation public func PyVectorcall_Function(_ callable: PyObjectRef?) -> vectorcallfunc? {
    guard let c = callable else { return nil }
    return vectorcallFunction(c)
}

/// SystemError when a call returned NULL without an exception or a result with one set.
@inline(__always) func checkFunctionResult(_ callable: PyObjectRef, _ result: PyObjectRef?) -> PyObjectRef? {
    let hasError = errorOccurred()
    if result == nil {
        if !hasError {
            setError(PyExc_SystemError, "\(reprString(callable)) returned NULL without setting an exception")
        }
        return nil
    }
    if hasError {
        Py_DECREF(result!)
        let cause = PyErr_GetRaisedException()
        setError(PyExc_SystemError, "\(reprString(callable)) returned a result with an exception set")
        if let c = cause, let e = currentThreadState().pointee.curexc {
            PyException_SetCause(e, newRef(c))
            PyException_SetContext(e, c)
        } else { xdecref(cause) }
        return nil
    }
    return result
}

/// A new kwargs dict from vectorcall keyword names and their values (after the positionals).
func kwnamesToDict(_ args: UnsafePointer<PyObjectRef?>?, _ nargs: Int, _ kwnames: PyObjectRef) -> PyObjectRef? {
    guard let d = PyDict_New() else { return nil }
    let n = varSizeOf(kwnames)
    for i in 0..<n where PyDict_SetItem(d, tupleItem(kwnames, i), args![nargs + i]) < 0 {
        Py_DECREF(d)
        return nil
    }
    return d
}

/// tp_call with a tuple and dict built from a vectorcall argument vector.
func makeTpCall(_ callable: PyObjectRef, _ args: UnsafePointer<PyObjectRef?>?, _ nargs: Int, _ kwnames: PyObjectRef?) -> PyObjectRef? {
    guard let call = callable.type.pointee.tp_call else {
        setError(PyExc_TypeError, "'\(typeName(of: callable))' object is not callable")
        return nil
    }
    guard let tuple = PyTuple_New(nargs) else { return nil }
    let items = tupleItemsOf(tuple)
    for i in 0..<nargs { items[i] = newRef(args![i]!) }
    var kwargs: PyObjectRef? = nil
    if let kw = kwnames, varSizeOf(kw) > 0 {
        kwargs = kwnamesToDict(args, nargs, kw)
        if kwargs == nil { Py_DECREF(tuple); return nil }
    }
    var result: PyObjectRef? = nil
    if enterRecursiveCall(" while calling a Python object") {
        result = call(callable, tuple, kwargs)
        leaveRecursiveCall()
    }
    Py_DECREF(tuple)
    xdecref(kwargs)
    return checkFunctionResult(callable, result)
}

@inline(__always) func vectorcall(_ callable: PyObjectRef, _ args: UnsafePointer<PyObjectRef?>?, _ nargsf: Int, _ kwnames: PyObjectRef?) -> PyObjectRef? {
    if let f = vectorcallFunction(callable) {
        return checkFunctionResult(callable, f(callable, args, nargsf, kwnames))
    }
    return makeTpCall(callable, args, vectorcallNargs(nargsf), kwnames)
}

@c @implementation public func PyObject_Vectorcall(_ callable: PyObjectRef?, _ args: UnsafePointer<PyObjectRef?>?, _ nargsf: Int, _ kwnames: PyObjectRef?) -> PyObjectRef? {
    vectorcall(callable!, args, nargsf, kwnames)
}

/// Splits a kwargs dict into a new argument vector (positionals then values) and a kwnames tuple.
/// Calls `body` with them; the vector holds borrowed references.
func withUnpackedKwargs(_ args: UnsafePointer<PyObjectRef?>?, _ nargs: Int, _ kwargs: PyObjectRef,
                        _ body: (UnsafePointer<PyObjectRef?>, PyObjectRef) -> PyObjectRef?) -> PyObjectRef? {
    let nkw = PyDict_Size(kwargs)
    guard let kwnames = PyTuple_New(nkw) else { return nil }
    defer { Py_DECREF(kwnames) }
    return withUnsafeTemporaryAllocation(of: PyObjectRef?.self, capacity: nargs + nkw + 1) { buf -> PyObjectRef? in
        let stack = buf.baseAddress! + 1
        buf[0] = nil
        if nargs > 0 { stack.update(from: args!, count: nargs) }
        var pos = 0
        var key: PyObjectRef? = nil
        var value: PyObjectRef? = nil
        var i = 0
        let names = tupleItemsOf(kwnames)
        while PyDict_Next(kwargs, &pos, &key, &value) != 0 {
            if !isStrObject(key!) {
                setError(PyExc_TypeError, "keywords must be strings")
                return nil
            }
            names[i] = newRef(key!)
            stack[nargs + i] = value
            i += 1
        }
        return body(UnsafePointer(stack), kwnames)
    }
}

@c @implementation public func PyObject_VectorcallDict(_ callable: PyObjectRef?, _ args: UnsafePointer<PyObjectRef?>?, _ nargsf: Int, _ kwdict: PyObjectRef?) -> PyObjectRef? {
    let callable = callable!
    guard let kw = kwdict, PyDict_Size(kw) > 0 else { return vectorcall(callable, args, nargsf, nil) }
    let nargs = vectorcallNargs(nargsf)
    if vectorcallFunction(callable) == nil, let call = callable.type.pointee.tp_call {
        // tp_call takes the dict as is.
        guard let tuple = PyTuple_New(nargs) else { return nil }
        let items = tupleItemsOf(tuple)
        for i in 0..<nargs { items[i] = newRef(args![i]!) }
        var result: PyObjectRef? = nil
        if enterRecursiveCall(" while calling a Python object") {
            result = call(callable, tuple, kw)
            leaveRecursiveCall()
        }
        Py_DECREF(tuple)
        return checkFunctionResult(callable, result)
    }
    return withUnpackedKwargs(args, nargs, kw) { stack, names in
        vectorcall(callable, stack, nargs | vectorcallArgumentsOffset, names)
    }
}

/// Calls a vectorcall-capable object with a tuple and optional dict.
@c @implementation public func PyVectorcall_Call(_ callable: PyObjectRef?, _ tuple: PyObjectRef?, _ kwargs: PyObjectRef?) -> PyObjectRef? {
    let callable = callable!
    let off = callable.type.pointee.tp_vectorcall_offset
    guard off > 0, let f = (UnsafeMutableRawPointer(callable) + off).load(as: vectorcallfunc?.self) else {
        setError(PyExc_TypeError, "'\(typeName(of: callable))' object does not support vectorcall")
        return nil
    }
    let tuple = tuple!
    let nargs = varSizeOf(tuple)
    let items = UnsafePointer(tupleItemsOf(tuple))
    if let kw = kwargs, PyDict_Size(kw) > 0 {
        return withUnpackedKwargs(items, nargs, kw) { stack, names in
            checkFunctionResult(callable, f(callable, stack, nargs | vectorcallArgumentsOffset, names))
        }
    }
    // As CPython's _PyVectorcall_Call: only the keyword path checks the result; a NULL without an
    // exception here surfaces as the eval loop's "error return without exception set".
    return f(callable, items, nargs, nil)
}

@c @implementation public func PyObject_Call(_ callable: PyObjectRef?, _ args: PyObjectRef?, _ kwargs: PyObjectRef?) -> PyObjectRef? {
    let callable = callable!
    guard let args = args, isTupleObject(args) else {
        setError(PyExc_TypeError, "argument list must be a tuple")
        return nil
    }
    if let k = kwargs, !isDictObject(k) {
        setError(PyExc_TypeError, "keyword list must be a dictionary")
        return nil
    }
    if vectorcallFunction(callable) != nil { return PyVectorcall_Call(callable, args, kwargs) }
    guard let call = callable.type.pointee.tp_call else {
        setError(PyExc_TypeError, "'\(typeName(of: callable))' object is not callable")
        return nil
    }
    if !enterRecursiveCall(" while calling a Python object") { return nil }
    let r = call(callable, args, kwargs)
    leaveRecursiveCall()
    return checkFunctionResult(callable, r)
}

@c @implementation public func PyObject_CallObject(_ callable: PyObjectRef?, _ args: PyObjectRef?) -> PyObjectRef? {
    guard let a = args else { return vectorcall(callable!, nil, 0, nil) }
    return PyObject_Call(callable, a, nil)
}

@c @implementation public func PyObject_CallNoArgs(_ callable: PyObjectRef?) -> PyObjectRef? {
    vectorcall(callable!, nil, 0, nil)
}

@c @implementation public func PyObject_CallOneArg(_ callable: PyObjectRef?, _ arg: PyObjectRef?) -> PyObjectRef? {
    var buf: (PyObjectRef?, PyObjectRef?) = (nil, arg)
    return withUnsafeMutablePointer(to: &buf) { p in
        vectorcall(callable!, UnsafeRawPointer(p).assumingMemoryBound(to: PyObjectRef?.self) + 1, 1 | vectorcallArgumentsOffset, nil)
    }
}

/// Calls callable(a, b) (Swift convenience).
func callTwoArgs(_ callable: PyObjectRef, _ a: PyObjectRef, _ b: PyObjectRef) -> PyObjectRef? {
    var buf: (PyObjectRef?, PyObjectRef?, PyObjectRef?) = (nil, a, b)
    return withUnsafeMutablePointer(to: &buf) { p in
        vectorcall(callable, UnsafeRawPointer(p).assumingMemoryBound(to: PyObjectRef?.self) + 1, 2 | vectorcallArgumentsOffset, nil)
    }
}

/// args[0] is self: calls self.name(*args[1:]) without creating a bound method when possible.
@c @implementation public func PyObject_VectorcallMethod(_ name: PyObjectRef?, _ args: UnsafePointer<PyObjectRef?>?, _ nargsf: Int, _ kwnames: PyObjectRef?) -> PyObjectRef? {
    let args = args!
    var callable: PyObjectRef? = nil
    let unbound = objectGetMethod(args[0]!, name!, &callable)
    guard let c = callable else { return nil }
    defer { Py_DECREF(c) }
    if unbound != 0 {
        return vectorcall(c, args, nargsf, kwnames)
    }
    let nargs = vectorcallNargs(nargsf) - 1
    return vectorcall(c, args + 1, nargs | vectorcallArgumentsOffset, kwnames)
}

@c @implementation public func PyObject_CallMethodNoArgs(_ obj: PyObjectRef?, _ name: PyObjectRef?) -> PyObjectRef? {
    var buf: PyObjectRef? = obj
    return PyObject_VectorcallMethod(name, &buf, 1 | vectorcallArgumentsOffset, nil)
}

@c @implementation public func PyObject_CallMethodOneArg(_ obj: PyObjectRef?, _ name: PyObjectRef?, _ arg: PyObjectRef?) -> PyObjectRef? {
    var buf: (PyObjectRef?, PyObjectRef?) = (obj, arg)
    return withUnsafeMutablePointer(to: &buf) { p in
        PyObject_VectorcallMethod(name, UnsafeRawPointer(p).assumingMemoryBound(to: PyObjectRef?.self), 2 | vectorcallArgumentsOffset, nil)
    }
}

/// "qualname()" or "module.qualname()" (module omitted when builtins or missing), as CPython's
/// _PyObject_FunctionStr for argument errors.
func functionString(_ x: PyObjectRef) -> String {
    let saved = PyErr_GetRaisedException()
    defer { PyErr_SetRaisedException(saved) }
    let (q, _) = lookupAttr(x, pyName(.__qualname__))
    guard let qual = q else { PyErr_Clear(); return reprString(x) }
    defer { Py_DECREF(qual) }
    let qs = isStrObject(qual) ? swiftString(qual) : reprString(qual)
    let (m, _) = lookupAttr(x, pyName(.__module__))
    PyErr_Clear()
    if let mod = m {
        defer { Py_DECREF(mod) }
        if mod != pyNone && isStrObject(mod) {
            let ms = swiftString(mod)
            if ms != "builtins" { return "\(ms).\(qs)()" }
        }
    }
    return "\(qs)()"
}
