// isinstance / issubclass (CPython's abstract.c): tuples, __instancecheck__ / __subclasscheck__
// on metaclasses, and the __bases__/__class__ protocol for non-type classes.
import CPython

/// cls.__bases__ if it is a tuple (new ref); nil otherwise (error set only on a real failure).
func abstractGetBases(_ cls: PyObjectRef) -> PyObjectRef? {
    let (b, _) = lookupAttr(cls, pyName(.__bases__))
    guard let bases = b else { return nil }
    if !isTupleObject(bases) { Py_DECREF(bases); return nil }
    return bases
}

func abstractIsSubclass(_ derivedIn: PyObjectRef, _ cls: PyObjectRef) -> Int32 {
    var derived = derivedIn
    Py_INCREF(derived)
    defer { Py_DECREF(derived) }
    while true {
        if derived == cls { return 1 }
        guard let bases = abstractGetBases(derived) else { return errorOccurred() ? -1 : 0 }
        let n = varSizeOf(bases)
        if n == 0 { Py_DECREF(bases); return 0 }
        if n == 1 {
            let next = newRef(tupleItem(bases, 0))
            Py_DECREF(bases)
            Py_DECREF(derived)
            derived = next
            continue
        }
        defer { Py_DECREF(bases) }
        for i in 0..<n {
            if !enterRecursiveCall(" in __issubclass__") { return -1 }
            let r = abstractIsSubclass(tupleItem(bases, i), cls)
            leaveRecursiveCall()
            if r != 0 { return r }
        }
        return 0
    }
}

func checkClass(_ cls: PyObjectRef, _ message: String) -> Bool {
    if let b = abstractGetBases(cls) { Py_DECREF(b); return true }
    if !errorOccurred() { setError(PyExc_TypeError, message) }
    return false
}

/// isinstance without __instancecheck__ (type.__instancecheck__ uses it).
func realIsInstance(_ inst: PyObjectRef, _ cls: PyObjectRef) -> Int32 {
    if isTypeObject(cls) {
        if typeCheck(inst, cls.asType) { return 1 }
        let (c, failed) = lookupAttr(inst, pyName(.__class__))
        if failed { return -1 }
        guard let icls = c else { return 0 }
        defer { Py_DECREF(icls) }
        if icls != inst.type.asObject && isTypeObject(icls) { return isSubtype(icls.asType, cls.asType) ? 1 : 0 }
        return 0
    }
    if !checkClass(cls, "isinstance() arg 2 must be a type, a tuple of types, or a union") { return -1 }
    let (c, failed) = lookupAttr(inst, pyName(.__class__))
    if failed { return -1 }
    guard let icls = c else { return 0 }
    defer { Py_DECREF(icls) }
    return abstractIsSubclass(icls, cls)
}

/// issubclass without __subclasscheck__.
func realIsSubclass(_ derived: PyObjectRef, _ cls: PyObjectRef) -> Int32 {
    if isTypeObject(cls) && isTypeObject(derived) { return isSubtype(derived.asType, cls.asType) ? 1 : 0 }
    if !checkClass(derived, "issubclass() arg 1 must be a class") { return -1 }
    if !checkClass(cls, "issubclass() arg 2 must be a class, a tuple of classes, or a union") { return -1 }
    return abstractIsSubclass(derived, cls)
}

/// Calls a __instancecheck__/__subclasscheck__ checker and converts its result to a truth value.
func callChecker(_ checker: PyObjectRef, _ arg: PyObjectRef, _ whereText: StaticString) -> Int32 {
    if !enterRecursiveCall(whereText) { Py_DECREF(checker); return -1 }
    let r = PyObject_CallOneArg(checker, arg)
    leaveRecursiveCall()
    Py_DECREF(checker)
    guard let res = r else { return -1 }
    let t = PyObject_IsTrue(res)
    Py_DECREF(res)
    return t
}

@c @implementation public func PyObject_IsInstance(_ inst: PyObjectRef?, _ cls: PyObjectRef?) -> Int32 {
    let inst = inst!
    var cls = cls!
    if inst.type.asObject == cls { return 1 }
    if cls.pointee.ob_type == SPyType_() { return realIsInstance(inst, cls) }
    if cls.pointee.ob_type == SPyType_Union() { cls = unionArgs(cls) }   // int | str: as (int, str)
    if isTupleObject(cls) {
        if !enterRecursiveCall(" in __instancecheck__") { return -1 }
        defer { leaveRecursiveCall() }
        for i in 0..<varSizeOf(cls) {
            let r = PyObject_IsInstance(inst, tupleItem(cls, i))
            if r != 0 { return r }
        }
        return 0
    }
    if let checker = lookupSpecial(cls, pyName(.__instancecheck__)) {
        return callChecker(checker, inst, " in __instancecheck__")
    }
    if errorOccurred() { return -1 }
    return realIsInstance(inst, cls)
}

@c @implementation public func PyObject_IsSubclass(_ derived: PyObjectRef?, _ cls: PyObjectRef?) -> Int32 {
    let derived = derived!
    var cls = cls!
    if cls.pointee.ob_type == SPyType_() {
        if derived == cls { return 1 }
        return realIsSubclass(derived, cls)
    }
    if cls.pointee.ob_type == SPyType_Union() { cls = unionArgs(cls) }
    if isTupleObject(cls) {
        if !enterRecursiveCall(" in __subclasscheck__") { return -1 }
        defer { leaveRecursiveCall() }
        for i in 0..<varSizeOf(cls) {
            let r = PyObject_IsSubclass(derived, tupleItem(cls, i))
            if r != 0 { return r }
        }
        return 0
    }
    if let checker = lookupSpecial(cls, pyName(.__subclasscheck__)) {
        return callChecker(checker, derived, " in __subclasscheck__")
    }
    if errorOccurred() { return -1 }
    return realIsSubclass(derived, cls)
}
