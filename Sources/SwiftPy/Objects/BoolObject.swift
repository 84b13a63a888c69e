// bool: a subclass of int with the two static singletons _Py_TrueStruct / _Py_FalseStruct
// (ob_ival 1 / 0, defined in C). & | ^ of two bools give bools. Not subclassable.
import CPython

nonisolated(unsafe) var trueName: PyObjectRef? = nil
nonisolated(unsafe) var falseName: PyObjectRef? = nil

public func boolRepr(_ a: PyObjectRef?) -> PyObjectRef? {
    let isTrue = a! == pyTrue
    if isTrue {
        if trueName == nil { trueName = pyIntern("True") }
        return newRef(trueName!)
    }
    if falseName == nil { falseName = pyIntern("False") }
    return newRef(falseName!)
}

@inline(__always) func isBool(_ o: PyObjectRef) -> Bool { o.pointee.ob_type == SPyType_Bool() }

public func boolAnd(_ a: PyObjectRef?, _ b: PyObjectRef?) -> PyObjectRef? {
    if isBool(a!) && isBool(b!) { return pyBool(a! == pyTrue && b! == pyTrue) }
    return longAnd(a, b)
}
public func boolOr(_ a: PyObjectRef?, _ b: PyObjectRef?) -> PyObjectRef? {
    if isBool(a!) && isBool(b!) { return pyBool(a! == pyTrue || b! == pyTrue) }
    return longOr(a, b)
}
public func boolXor(_ a: PyObjectRef?, _ b: PyObjectRef?) -> PyObjectRef? {
    if isBool(a!) && isBool(b!) { return pyBool((a! == pyTrue) != (b! == pyTrue)) }
    return longXor(a, b)
}

public func boolNew(_ type: PyTypeRef?, _ args: PyObjectRef?, _ kwargs: PyObjectRef?) -> PyObjectRef? {
    if let kw = kwargs, PyDict_Size(kw) > 0 {
        PyErr_SetString(PyExc_TypeError, "bool() takes no keyword arguments"); return nil
    }
    let n = args.map { PyTuple_Size($0) } ?? 0
    if n > 1 { setError(PyExc_TypeError, "bool expected at most 1 argument, got \(n)"); return nil }
    if n == 0 { return pyBool(false) }
    let r = PyObject_IsTrue(PyTuple_GetItem(args!, 0))
    if r < 0 { return nil }
    return pyBool(r != 0)
}

/// True and False are static and immortal: never freed.
func boolDealloc(_ o: PyObjectRef?) {
    o!.pointee.ob_refcnt = 1 << 30
}

func initBoolType() {
    let t = SPyType_Bool()
    let nb = UnsafeMutablePointer<PyNumberMethods>.allocate(capacity: 1)
    // int's slots, with & | ^ overridden (explicit, not left to slot inheritance).
    nb.initialize(to: SPyType_Long().pointee.tp_as_number!.pointee)
    nb.pointee.nb_and = boolAnd
    nb.pointee.nb_or = boolOr
    nb.pointee.nb_xor = boolXor
    t.pointee.tp_name = immortalCString("bool")
    t.pointee.tp_basicsize = MemoryLayout<PyLongObject>.size
    t.pointee.tp_itemsize = 0
    t.pointee.tp_dealloc = boolDealloc
    t.pointee.tp_repr = boolRepr
    t.pointee.tp_as_number = nb
    t.pointee.tp_hash = longHash
    t.pointee.tp_richcompare = longRichCompare
    t.pointee.tp_flags = UInt(Py_TPFLAGS_HAVE_VERSION_TAG) | UInt(Py_TPFLAGS_LONG_SUBCLASS)
    t.pointee.tp_doc = immortalCString("""
        bool(x) -> bool

        Returns True when the argument x is true, False otherwise.
        The builtins True and False are the only two instances of the class bool.
        The class bool is a subclass of the class int, and cannot be subclassed.
        """)
    t.pointee.tp_base = SPyType_Long()
    t.pointee.tp_new = boolNew
}
