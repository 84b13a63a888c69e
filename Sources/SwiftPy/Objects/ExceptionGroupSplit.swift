// BaseExceptionGroup.split()/subgroup() and the interpreter's except* support (CHECK_EG_MATCH,
// PREP_RERAISE_STAR), as CPython 3.11's exceptions.c / ceval.c.
import CPython

@inline(__always) private func egObj(_ o: PyObjectRef) -> UnsafeMutablePointer<PyBaseExceptionGroupObject> {
    o.cast(to: PyBaseExceptionGroupObject.self)
}
@inline(__always) func isExceptionGroup(_ o: PyObjectRef) -> Bool {
    PyObject_TypeCheck(o, PyExc_BaseExceptionGroup.asType) != 0
}

/// What split() matches leaves against.
private enum SplitMatcher {
    /// An exception class or a tuple of them.
    case type(PyObjectRef)
    /// A function returning true for matching exceptions.
    case predicate(PyObjectRef)
    /// The identities of the leaves to keep (the interpreter's re-raise projection).
    case ids(Set<UnsafeMutableRawPointer>)
}

private func splitMatcher(_ v: PyObjectRef) -> SplitMatcher? {
    if Py_IS_TYPE(v, SPyType_Function()) != 0 { return .predicate(v) }
    if vmIsExceptionClass(v) { return .type(v) }
    if Py_IS_TYPE(v, SPyType_Tuple()) != 0 {
        if (0..<vmTupleSize(v)).allSatisfy({ vmIsExceptionClass(vmTupleItem(v, $0)) }) { return .type(v) }
    }
    setError(PyExc_TypeError, "expected a function, exception type or tuple of exception types")
    return nil
}

/// 1 on a match, 0 on none, -1 with an exception set.
private func splitCheckMatch(_ e: PyObjectRef, _ m: SplitMatcher) -> Int32 {
    switch m {
    case .type(let t): return PyErr_GivenExceptionMatches(e, t)
    case .predicate(let f):
        guard let r = PyObject_CallOneArg(f, e) else { return -1 }
        defer { Py_DECREF(r) }
        return PyObject_IsTrue(r)
    case .ids(let s): return s.contains(UnsafeMutableRawPointer(e)) ? 1 : 0
    }
}

/// A group like `orig` (via orig.derive) holding `excs`, with orig's traceback, context, cause
/// and a copy of its notes; nil result (no error) when excs is empty.
private func exceptionGroupSubset(_ orig: PyObjectRef, _ excs: [PyObjectRef]) -> (ok: Bool, eg: PyObjectRef?) {
    if excs.isEmpty { return (true, nil) }
    guard let list = PyList_New(0) else { return (false, nil) }
    defer { Py_DECREF(list) }
    for e in excs { if PyList_Append(list, e) < 0 { return (false, nil) } }
    guard let eg = PyObject_CallMethodOneArg(orig, pyIntern("derive"), list) else { return (false, nil) }
    func fail() -> (ok: Bool, eg: PyObjectRef?) { Py_DECREF(eg); return (false, nil) }
    guard isExceptionGroup(eg) else {
        setError(PyExc_TypeError, "derive must return an instance of BaseExceptionGroup"); return fail()
    }
    if let tb = PyException_GetTraceback(orig) {
        let r = PyException_SetTraceback(eg, tb)
        Py_DECREF(tb)
        if r < 0 { return fail() }
    }
    PyException_SetContext(eg, PyException_GetContext(orig))
    PyException_SetCause(eg, PyException_GetCause(orig))
    let notesKey = pyIntern("__notes__")
    var notes: PyObjectRef? = nil
    if _PyObject_LookupAttr(orig, notesKey, &notes) < 0 { return fail() }
    if let n = notes {
        defer { Py_DECREF(n) }
        if PySequence_Check(n) != 0 {
            // the parts get independent notes lists
            guard let copy = PySequence_List(n) else { return fail() }
            let r = PyObject_SetAttr(eg, notesKey, copy)
            Py_DECREF(copy)
            if r < 0 { return fail() }
        }
    }
    return (true, eg)
}

/// CPython's exceptiongroup_split_recursive: (match, rest) as new references or nil; false on error.
private func splitRecursive(_ exc: PyObjectRef, _ m: SplitMatcher, constructRest: Bool,
                            _ match: inout PyObjectRef?, _ rest: inout PyObjectRef?) -> Bool {
    match = nil; rest = nil
    let isMatch = splitCheckMatch(exc, m)
    if isMatch < 0 { return false }
    if isMatch > 0 { Py_INCREF(exc); match = exc; return true }
    if !isExceptionGroup(exc) {
        if constructRest { Py_INCREF(exc); rest = exc }
        return true
    }
    // partial match
    guard let excs = egObj(exc).pointee.excs else { return true }
    var matches: [PyObjectRef] = [], rests: [PyObjectRef] = []
    defer { for o in matches { Py_DECREF(o) }; for o in rests { Py_DECREF(o) } }
    for i in 0..<vmTupleSize(excs) {
        if Py_EnterRecursiveCall(" in exceptiongroup_split_recursive") != 0 { return false }
        var m1: PyObjectRef? = nil, r1: PyObjectRef? = nil
        let ok = splitRecursive(vmTupleItem(excs, i), m, constructRest: constructRest, &m1, &r1)
        Py_LeaveRecursiveCall()
        if !ok { return false }
        if let m1 { matches.append(m1) }
        if let r1 { rests.append(r1) }
    }
    let mr = exceptionGroupSubset(exc, matches)
    guard mr.ok else { return false }
    if constructRest {
        let rr = exceptionGroupSubset(exc, rests)
        guard rr.ok else { Py_XDECREF(mr.eg); return false }
        rest = rr.eg
    }
    match = mr.eg
    return true
}

let egSplit: OneArgFn = { o, v in
    guard let o, let v, let m = splitMatcher(v) else { return nil }
    var match: PyObjectRef? = nil, rest: PyObjectRef? = nil
    guard splitRecursive(o, m, constructRest: true, &match, &rest) else { return nil }
    return vmTupleSteal([match ?? pyNoneRef(), rest ?? pyNoneRef()])
}

let egSubgroup: OneArgFn = { o, v in
    guard let o, let v, let m = splitMatcher(v) else { return nil }
    var match: PyObjectRef? = nil, rest: PyObjectRef? = nil
    guard splitRecursive(o, m, constructRest: false, &match, &rest) else { return nil }
    return match ?? pyNoneRef()
}

// MARK: - except*

/// CHECK_EG_MATCH's type check (check_except_star_type_valid). False with TypeError set.
func checkExceptStarType(_ t: PyObjectRef) -> Bool {
    let items: [PyObjectRef] = vmIsTuple(t) ? (0..<vmTupleSize(t)).map { vmTupleItem(t, $0) } : [t]
    for c in items where !vmIsExceptionClass(c) {
        _ = c
        setError(PyExc_TypeError, "catching classes that do not inherit from BaseException is not allowed")
        return false
    }
    for c in items where PyType_IsSubtype(c.asType, PyExc_BaseExceptionGroup.asType) != 0 {
        _ = c
        setError(PyExc_TypeError, "catching ExceptionGroup with except* is not allowed. Use except instead.")
        return false
    }
    return true
}

/// except* matching (exception_group_match): (match, rest) as new references, None where empty;
/// a matching naked exception is wrapped in ExceptionGroup("", [exc]). nil on error.
func exceptionGroupMatch(_ exc: PyObjectRef, _ type: PyObjectRef) -> (match: PyObjectRef, rest: PyObjectRef)? {
    if exc == pyNone { return (pyNoneRef(), pyNoneRef()) }
    if PyErr_GivenExceptionMatches(exc, type) != 0 {
        if isExceptionGroup(exc) { Py_INCREF(exc); return (exc, pyNoneRef()) }
        guard let excs = vmTuple([exc]), let wrapped = newExceptionGroup(excs) else { return nil }
        return (wrapped, pyNoneRef())
    }
    if isExceptionGroup(exc) {
        guard let pair = PyObject_CallMethodOneArg(exc, pyIntern("split"), type) else { return nil }
        defer { Py_DECREF(pair) }
        guard vmIsTuple(pair), vmTupleSize(pair) == 2 else {
            setError(PyExc_TypeError, "split must return a 2-tuple"); return nil
        }
        let m = vmTupleItem(pair, 0), r = vmTupleItem(pair, 1)
        Py_INCREF(m); Py_INCREF(r)
        return (m, r)
    }
    return (pyNoneRef(), pyNoneRef())
}

/// BaseExceptionGroup("", excs) (an ExceptionGroup when all are Exceptions); steals `excs`.
private func newExceptionGroup(_ excs: PyObjectRef) -> PyObjectRef? {
    guard let msg = pyStr("") else { Py_DECREF(excs); return nil }
    guard let args = vmTupleSteal([msg, excs]) else { return nil }
    defer { Py_DECREF(args) }
    return PyObject_Call(PyExc_BaseExceptionGroup, args, nil)
}

private func collectLeafIds(_ exc: PyObjectRef, _ ids: inout Set<UnsafeMutableRawPointer>) -> Bool {
    if exc == pyNone { return true }
    if !isExceptionGroup(exc) { ids.insert(UnsafeMutableRawPointer(exc)); return true }
    guard let excs = egObj(exc).pointee.excs else { return true }
    for i in 0..<vmTupleSize(excs) {
        if Py_EnterRecursiveCall(" in collect_exception_group_leaf_ids") != 0 { return false }
        let ok = collectLeafIds(vmTupleItem(excs, i), &ids)
        Py_LeaveRecursiveCall()
        if !ok { return false }
    }
    return true
}

/// Whether `e` is a part of `orig` made by split() (same traceback, cause and context).
private func isSameExceptionMetadata(_ e: PyObjectRef, _ orig: PyObjectRef) -> Bool {
    let a = excObj(e).pointee, b = excObj(orig).pointee
    return a.traceback == b.traceback && a.cause == b.cause && a.context == b.context
}

/// PREP_RERAISE_STAR (_PyExc_PrepReraiseStar): what leaves a try/except* statement. `excs` lists
/// the exceptions raised or re-raised by the handlers and the unhandled rest (None entries
/// ignored). Re-raised parts of `orig` are merged back into one projection of orig keeping its
/// structure; new exceptions join it in ExceptionGroup("", [...]). None when nothing is left.
func prepReraiseStar(_ orig: PyObjectRef, _ excs: PyObjectRef) -> PyObjectRef? {
    let n = vmListSize(excs)
    if n == 0 { return pyNoneRef() }
    let items = vmListItems(excs)
    if !isExceptionGroup(orig) {
        // a naked exception was caught and wrapped: at most one handler ran
        let e = items[0]!
        Py_INCREF(e)
        return e
    }
    var raised: [PyObjectRef] = [], reraised: [PyObjectRef] = []
    for i in 0..<n {
        let e = items[i]!
        if e == pyNone { continue }
        if isExceptionGroup(e) && isSameExceptionMetadata(e, orig) { reraised.append(e) } else { raised.append(e) }
    }
    // the projection of orig on the leaves of the re-raised parts
    var ids = Set<UnsafeMutableRawPointer>()
    for e in reraised { if !collectLeafIds(e, &ids) { return nil } }
    var projection: PyObjectRef? = nil, unused: PyObjectRef? = nil
    guard splitRecursive(orig, .ids(ids), constructRest: false, &projection, &unused) else { return nil }
    if raised.isEmpty { return projection ?? pyNoneRef() }
    guard let list = PyList_New(0) else { Py_XDECREF(projection); return nil }
    for e in raised { if PyList_Append(list, e) < 0 { Py_DECREF(list); Py_XDECREF(projection); return nil } }
    if let p = projection {
        let r = PyList_Append(list, p)
        Py_DECREF(p)
        if r < 0 { Py_DECREF(list); return nil }
    }
    if vmListSize(list) > 1 { return newExceptionGroup(list) }
    let single = vmListItems(list)[0]!
    Py_INCREF(single)
    Py_DECREF(list)
    return single
}
