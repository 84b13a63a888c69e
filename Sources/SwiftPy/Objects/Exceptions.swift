// BaseException and the standard exception hierarchy (CPython 3.11's exceptions.c).
// Exception classes are immortal static-style type objects made in initExceptionTypes() and
// assigned to the PyExc_* pointers; subclasses with extra fields live in ExceptionsSubtypes.swift.
import CPython

typealias ExcRef = UnsafeMutablePointer<PyBaseExceptionObject>
@inline(__always) func excObj(_ o: PyObjectRef) -> ExcRef { o.cast(to: PyBaseExceptionObject.self) }

// MARK: - BaseException slots

let baseExcNew: newfunc = { type, args, kwds in
    guard let type, let alloc = type.pointee.tp_alloc, let o = alloc(type, 0) else { return nil }
    let e = excObj(o)
    e.pointee.dict = nil; e.pointee.notes = nil; e.pointee.traceback = nil
    e.pointee.context = nil; e.pointee.cause = nil; e.pointee.suppress_context = 0
    if let args { Py_INCREF(args); e.pointee.args = args }
    else { guard let t = PyTuple_New(0) else { Py_DECREF(o); return nil }; e.pointee.args = t }
    return o
}

let baseExcInit: initproc = { o, args, kwds in
    guard let o else { return -1 }
    if _PyArg_NoKeywords(o.pointee.ob_type.pointee.tp_name, kwds) == 0 { return -1 }
    vmSetField(&excObj(o).pointee.args, args)
    return 0
}

/// Clears the BaseException fields (tp_clear).
func baseExcClearFields(_ o: PyObjectRef) {
    let e = excObj(o)
    vmClearField(&e.pointee.dict); vmClearField(&e.pointee.args); vmClearField(&e.pointee.notes)
    vmClearField(&e.pointee.traceback); vmClearField(&e.pointee.cause); vmClearField(&e.pointee.context)
}
let baseExcClear: inquiry = { o in baseExcClearFields(o!); return 0 }

func baseExcVisit(_ o: PyObjectRef, _ visit: visitproc, _ arg: UnsafeMutableRawPointer?) -> Int32 {
    let e = excObj(o).pointee
    for f in [e.dict, e.args, e.notes, e.traceback, e.cause, e.context] {
        if let f { let r = visit(f, arg); if r != 0 { return r } }
    }
    return 0
}
let baseExcTraverse: traverseproc = { o, visit, arg in baseExcVisit(o!, visit!, arg) }

/// Shared dealloc: untrack, run the type's tp_clear, free.
let excDealloc: destructor = { o in
    guard let o else { return }
    PyObject_GC_UnTrack(o)
    let t = o.pointee.ob_type!
    if let clear = t.pointee.tp_clear { _ = clear(o) } else { baseExcClearFields(o) }
    if let free = t.pointee.tp_free { free(o) } else { PyObject_GC_Del(o) }
}

/// str() of an exception's args: "" / str(args[0]) / str(args).
func baseExcStrOf(_ o: PyObjectRef) -> PyObjectRef? {
    guard let args = excObj(o).pointee.args else { return pyStr("") }
    switch vmTupleSize(args) {
    case 0: return pyStr("")
    case 1: return PyObject_Str(vmTupleItem(args, 0))
    default: return PyObject_Str(args)
    }
}
let baseExcStr: reprfunc = { o in baseExcStrOf(o!) }

let baseExcRepr: reprfunc = { o in
    guard let o else { return nil }
    let name = vmTypeName(o.pointee.ob_type)
    let args = excObj(o).pointee.args
    if let args, vmTupleSize(args) == 1 {
        guard let r = vmRepr(vmTupleItem(args, 0)) else { return nil }
        return pyStr("\(name)(\(r))")
    }
    guard let args, vmTupleSize(args) > 0 else { return pyStr("\(name)()") }
    guard let r = vmRepr(args) else { return nil }
    return pyStr(name + r)
}

// MARK: - BaseException attributes

private let excGetArgs: GetterFn = { o, _ in
    let a = excObj(o!).pointee.args ?? pyNone
    Py_INCREF(a); return a
}
private let excSetArgs: SetterFn = { o, v, _ in
    guard let v else { setError(PyExc_TypeError, "args may not be deleted"); return -1 }
    guard let t = PySequence_Tuple(v) else { return -1 }
    let e = excObj(o!)
    let old = e.pointee.args; e.pointee.args = t; if let old { Py_DECREF(old) }
    return 0
}
private let excGetTraceback: GetterFn = { o, _ in
    let a = excObj(o!).pointee.traceback ?? pyNone
    Py_INCREF(a); return a
}
private let excSetTraceback: SetterFn = { o, v, _ in
    guard let v else { setError(PyExc_TypeError, "__traceback__ may not be deleted"); return -1 }
    if v == pyNone { vmClearField(&excObj(o!).pointee.traceback); return 0 }
    guard Py_IS_TYPE(v, SPyType_TraceBack()) != 0 else {
        setError(PyExc_TypeError, "__traceback__ must be a traceback or None"); return -1
    }
    vmSetField(&excObj(o!).pointee.traceback, v)
    return 0
}
private let excGetContext: GetterFn = { o, _ in
    let a = excObj(o!).pointee.context ?? pyNone
    Py_INCREF(a); return a
}
private let excSetContext: SetterFn = { o, v, _ in
    guard let v else { setError(PyExc_TypeError, "__context__ may not be deleted"); return -1 }
    if v == pyNone { vmClearField(&excObj(o!).pointee.context); return 0 }
    guard vmIsExceptionInstance(v) else {
        setError(PyExc_TypeError, "exception context must be None or derive from BaseException"); return -1
    }
    vmSetField(&excObj(o!).pointee.context, v)
    return 0
}
private let excGetCause: GetterFn = { o, _ in
    let a = excObj(o!).pointee.cause ?? pyNone
    Py_INCREF(a); return a
}
private let excSetCause: SetterFn = { o, v, _ in
    guard let v else { setError(PyExc_TypeError, "__cause__ may not be deleted"); return -1 }
    let e = excObj(o!)
    if v == pyNone { vmClearField(&e.pointee.cause); e.pointee.suppress_context = 1; return 0 }
    guard vmIsExceptionInstance(v) else {
        setError(PyExc_TypeError, "exception cause must be None or derive from BaseException"); return -1
    }
    vmSetField(&e.pointee.cause, v)
    e.pointee.suppress_context = 1
    return 0
}

private let excWithTraceback: OneArgFn = { o, tb in
    guard let o, let tb else { return nil }
    if excSetTraceback(o, tb, nil) < 0 { return nil }
    Py_INCREF(o); return o
}

private let excAddNote: OneArgFn = { o, note in
    guard let o, let note else { return nil }
    guard vmIsStr(note) else {
        guard let r = vmRepr(note) else { return nil }
        _ = r
        setError(PyExc_TypeError, "note must be a str, not '\(vmTypeName(note.pointee.ob_type))'")
        return nil
    }
    let key = pyIntern("__notes__")
    var notes: PyObjectRef? = nil
    if _PyObject_LookupAttr(o, key, &notes) < 0 { return nil }
    if notes == nil {
        guard let l = PyList_New(0) else { return nil }
        if PyObject_SetAttr(o, key, l) < 0 { Py_DECREF(l); return nil }
        notes = l
    }
    defer { Py_DECREF(notes!) }
    guard vmHasFlag(notes!.pointee.ob_type, UInt(Py_TPFLAGS_LIST_SUBCLASS)) else { setError(PyExc_TypeError, "Cannot add note: __notes__ is not a list"); return nil }
    if PyList_Append(notes!, note) < 0 { return nil }
    return pyNoneRef()
}

private let excReduce: NoArgsFn = { o, _ in
    guard let o else { return nil }
    let e = excObj(o).pointee
    let type = o.pointee.ob_type!.asObject
    let args = e.args ?? pyNone
    if let d = e.dict, PyDict_Size(d) > 0 { return vmTuple([type, args, d]) }
    return vmTuple([type, args])
}

private let excSetState: OneArgFn = { o, state in
    guard let o, let state else { return nil }
    if state != pyNone {
        guard vmIsDict(state) else { setError(PyExc_TypeError, "state is not a dictionary"); return nil }
        var pos = 0
        var k: PyObjectRef? = nil, v: PyObjectRef? = nil
        while PyDict_Next(state, &pos, &k, &v) != 0 {
            if PyObject_SetAttr(o, k!, v!) < 0 { return nil }
        }
    }
    return pyNoneRef()
}

private let excGetDict: GetterFn = { o, c in PyObject_GenericGetDict(o, c) }
private let excSetDict: SetterFn = { o, v, c in PyObject_GenericSetDict(o, v, c) }

// MARK: - Type construction

/// Layout and slots of one exception class. Unset slots are inherited by PyType_Ready.
struct ExcSpec {
    var name: String
    var base: PyObjectRef?
    var doc: String
    var basicSize: Int = MemoryLayout<PyBaseExceptionObject>.size
    var new: newfunc? = nil
    var initFn: initproc? = nil
    var str: reprfunc? = nil
    var repr: reprfunc? = nil
    var clear: inquiry? = nil
    var traverse: traverseproc? = nil
    var members: [MemberSpec] = []
    var getsets: [GetSetSpec] = []
    var methods: [MethodSpec] = []
}

/// CPython's exception classes with no __new__ of their own (besides OSError's subclasses).
private let excClassesInheritingNew: Set<String> = [
    "StopIteration", "SystemExit", "ImportError", "ModuleNotFoundError", "SyntaxError", "IndentationError",
    "TabError", "KeyError", "AttributeError", "NameError", "UnboundLocalError"]

/// Makes and readies one exception class (immortal).
func makeExceptionType(_ s: ExcSpec) -> PyObjectRef {
    let t = vmNewStaticType()
    t.pointee.tp_name = immortalCString(s.name)
    let baseType = s.base?.asType
    // a subclass is at least as large as its base (UnboundLocalError has NameError's `name` field)
    t.pointee.tp_basicsize = max(s.basicSize, s.base?.asType.pointee.tp_basicsize ?? 0)
    t.pointee.tp_flags = UInt(Py_TPFLAGS_HAVE_VERSION_TAG) | UInt(Py_TPFLAGS_BASETYPE) | UInt(Py_TPFLAGS_HAVE_GC) | UInt(Py_TPFLAGS_BASE_EXC_SUBCLASS)
    t.pointee.tp_doc = immortalCString(s.doc)
    t.pointee.tp_base = s.base?.asType
    t.pointee.tp_dealloc = excDealloc
    t.pointee.tp_new = s.new
    t.pointee.tp_init = s.initFn
    if let bt = baseType {
        // As in CPython every built-in exception class carries __init__, and all but the ones that
        // only add fields carry __new__, in its own __dict__: the inherited slots set explicitly
        // (same functions, so creating exceptions costs the same) make PyType_Ready add them.
        let inheritsNew = excClassesInheritingNew.contains(s.name) || (PyExc_OSError.map { PyType_IsSubtype(bt, $0.asType) != 0 } ?? false)
        t.pointee.tp_init = s.initFn ?? bt.pointee.tp_init
        t.pointee.tp_new = s.new ?? (inheritsNew ? nil : bt.pointee.tp_new)
    }
    t.pointee.tp_str = s.str
    t.pointee.tp_repr = s.repr
    t.pointee.tp_clear = s.clear ?? baseType?.pointee.tp_clear
    t.pointee.tp_traverse = s.traverse ?? baseType?.pointee.tp_traverse
    t.pointee.tp_dictoffset = MemoryLayout<PyBaseExceptionObject>.offset(of: \.dict)!
    if !s.members.isEmpty { t.pointee.tp_members = makeMemberTable(s.members) }
    if !s.getsets.isEmpty { t.pointee.tp_getset = makeGetSetTable(s.getsets) }
    if !s.methods.isEmpty { t.pointee.tp_methods = makeMethodTable(s.methods) }
    if s.base == nil {
        t.pointee.tp_getattro = PyObject_GenericGetAttr
        t.pointee.tp_setattro = PyObject_GenericSetAttr
        t.pointee.tp_alloc = PyType_GenericAlloc
        t.pointee.tp_free = PyObject_GC_Del
    }
    if PyType_Ready(t) < 0 { fatalError("cannot initialize exception type \(s.name)") }
    return t.asObject
}

/// A plain subclass that adds no fields.
@discardableResult
func simpleException(_ name: String, _ base: PyObjectRef, _ doc: String) -> PyObjectRef {
    makeExceptionType(ExcSpec(name: name, base: base, doc: doc))
}

func makeBaseExceptionType() -> PyObjectRef {
    var s = ExcSpec(name: "BaseException", base: nil, doc: "Common base class for all exceptions")
    s.new = baseExcNew; s.initFn = baseExcInit; s.str = baseExcStr; s.repr = baseExcRepr
    s.clear = baseExcClear; s.traverse = baseExcTraverse
    s.members = [MemberSpec("__suppress_context__", type: T_BOOL,
                            offset: MemoryLayout<PyBaseExceptionObject>.offset(of: \.suppress_context)!, readOnly: false)]
    s.getsets = [
        GetSetSpec("__dict__", get: excGetDict, set: excSetDict),
        GetSetSpec("args", get: excGetArgs, set: excSetArgs),
        GetSetSpec("__traceback__", get: excGetTraceback, set: excSetTraceback),
        GetSetSpec("__context__", get: excGetContext, set: excSetContext, doc: "exception context"),
        GetSetSpec("__cause__", get: excGetCause, set: excSetCause, doc: "exception cause"),
    ]
    s.methods = [
        .noArgs("__reduce__", excReduce),
        .oneArg("__setstate__", excSetState),
        .oneArg("with_traceback", excWithTraceback,
                doc: "Exception.with_traceback(tb) --\n    set self.__traceback__ to tb and return self."),
        .oneArg("add_note", excAddNote,
                doc: "Exception.add_note(note) --\n    add a note to the exception"),
    ]
    return makeExceptionType(s)
}

// MARK: - C API (exceptions.c)

@c @implementation public func PyException_SetTraceback(_ e: UnsafeMutablePointer<PyObject>!, _ tb: UnsafeMutablePointer<PyObject>!) -> Int32 {
    excSetTraceback(e, tb, nil)
}
@c @implementation public func PyException_GetTraceback(_ e: UnsafeMutablePointer<PyObject>!) -> UnsafeMutablePointer<PyObject>! {
    let t = excObj(e).pointee.traceback
    if let t { Py_INCREF(t) }
    return t
}
@c @implementation public func PyException_GetCause(_ e: UnsafeMutablePointer<PyObject>!) -> UnsafeMutablePointer<PyObject>! {
    let t = excObj(e).pointee.cause
    if let t { Py_INCREF(t) }
    return t
}
/// Steals `cause`.
@c @implementation public func PyException_SetCause(_ e: UnsafeMutablePointer<PyObject>!, _ cause: UnsafeMutablePointer<PyObject>!) {
    let x = excObj(e)
    x.pointee.suppress_context = 1
    let old = x.pointee.cause; x.pointee.cause = cause; if let old { Py_DECREF(old) }
}
@c @implementation public func PyException_GetContext(_ e: UnsafeMutablePointer<PyObject>!) -> UnsafeMutablePointer<PyObject>! {
    let t = excObj(e).pointee.context
    if let t { Py_INCREF(t) }
    return t
}
/// Steals `ctx`.
@c @implementation public func PyException_SetContext(_ e: UnsafeMutablePointer<PyObject>!, _ ctx: UnsafeMutablePointer<PyObject>!) {
    let x = excObj(e)
    let old = x.pointee.context; x.pointee.context = ctx; if let old { Py_DECREF(old) }
}
@c @implementation public func PyException_GetArgs(_ e: UnsafeMutablePointer<PyObject>!) -> UnsafeMutablePointer<PyObject>! {
    let t = excObj(e).pointee.args
    if let t { Py_INCREF(t) }
    return t
}
@c @implementation public func PyExceptionClass_Name(_ t: UnsafeMutablePointer<PyObject>!) -> UnsafePointer<CChar>! {
    t.asType.pointee.tp_name
}
