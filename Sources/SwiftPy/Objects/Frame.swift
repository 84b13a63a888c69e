// Frame objects (CPython 3.10's frameobject.c): one allocation holding the block stack and
// localsplus (locals, cells, frees, value stack). A finished frame goes back to its code's zombie
// slot and is reused by the next call of that code; frames are GC-tracked only once they outlive
// their execution (traceback entries, sys._getframe, generators).
import CPython

public typealias FrameRef = UnsafeMutablePointer<PyFrameObject>
@inline(__always) func frameObj(_ o: PyObjectRef) -> FrameRef { o.cast(to: PyFrameObject.self) }
extension UnsafeMutablePointer where Pointee == PyFrameObject {
    @inline(__always) var object: PyObjectRef { UnsafeMutableRawPointer(self).assumingMemoryBound(to: PyObject.self) }
    /// localsplus base pointer.
    @inline(__always) var localsplus: UnsafeMutablePointer<PyObjectRef?> {
        UnsafeMutableRawPointer(self).advanced(by: frameLocalsOffset).assumingMemoryBound(to: PyObjectRef?.self)
    }
}
var frameLocalsOffset: Int { @inline(__always) get { SPy_OffsetFrameLocalsPlus() } }

/// A new frame for `code` (all slots empty). globals/builtins/locals are borrowed and get new references.
@inline(__always)
func frameNew(_ code: CodeRef, globals: PyObjectRef, builtins: PyObjectRef, locals: PyObjectRef?) -> FrameRef? {
    let f: FrameRef
    if let z = code.pointee.co_zombieframe {
        // pop the zombie chain (linked through f_back; the head's f_lasti holds the chain length)
        let next = z.pointee.f_back
        if let next { next.pointee.f_lasti = z.pointee.f_lasti - 1 }
        code.pointee.co_zombieframe = next
        f = z
        f.pointee.ob_base.ob_base.ob_refcnt = 1
    } else {
        let n = Int(code.pointee.co_framesize)
        guard let o = vmGCNewVar(SPyType_Frame(), n) else { return nil }
        f = UnsafeMutableRawPointer(o).assumingMemoryBound(to: PyFrameObject.self)
        f.localsplus.initialize(repeating: nil, count: n)
        f.pointee.f_valuestack = UnsafeMutablePointer(mutating: f.localsplus + Int(code.pointee.co_nlocalsplus)).withMemoryRebound(to: UnsafeMutablePointer<PyObject>?.self, capacity: 1) { $0 }
        f.pointee.f_tracked = 0
    }
    Py_INCREF(code.asPyObject)
    f.pointee.f_code = code
    Py_INCREF(globals); f.pointee.f_globals = globals
    Py_INCREF(builtins); f.pointee.f_builtins = builtins
    if let locals { Py_INCREF(locals) }
    f.pointee.f_locals = locals
    f.pointee.f_back = nil
    f.pointee.f_stacktop = nil
    f.pointee.f_gen = nil
    f.pointee.f_trace = nil
    f.pointee.f_lasti = -1
    f.pointee.f_iblock = 0
    f.pointee.f_state = Int8(SPY_FRAME_CREATED)
    return f
}

/// Drops every reference a frame holds except its code (shared by dealloc and clear()).
func frameClearContents(_ f: FrameRef) {
    let code = f.pointee.f_code!
    let lp = f.localsplus
    let nlp = Int(code.pointee.co_nlocalsplus)
    for i in 0..<nlp { if let o = lp[i] { lp[i] = nil; Py_DECREF(o) } }
    if let top = f.pointee.f_stacktop {
        var p = f.pointee.f_valuestack!
        while p < top { if let o = p.pointee { p.pointee = nil; Py_DECREF(o) }; p += 1 }
        f.pointee.f_stacktop = nil
    }
    if let o = f.pointee.f_back { f.pointee.f_back = nil; Py_DECREF(o.object) }
    if let o = f.pointee.f_trace { f.pointee.f_trace = nil; Py_DECREF(o) }
    if let o = f.pointee.f_locals { f.pointee.f_locals = nil; Py_DECREF(o) }
}

let frameDealloc: destructor = { o in
    guard let o else { return }
    let f = frameObj(o)
    if f.pointee.f_tracked != 0 { PyObject_GC_UnTrack(o); f.pointee.f_tracked = 0 }
    frameClearContents(f)
    if let g = f.pointee.f_globals { f.pointee.f_globals = nil; Py_DECREF(g) }
    if let b = f.pointee.f_builtins { f.pointee.f_builtins = nil; Py_DECREF(b) }
    let code = f.pointee.f_code!
    f.pointee.f_code = nil
    let head = code.pointee.co_zombieframe
    let chain = head.map { Int($0.pointee.f_lasti) } ?? 0
    if chain < maxZombieFrames {
        // push on the zombie chain: recursion reuses frames instead of malloc/free per call
        f.pointee.f_back = head
        f.pointee.f_lasti = Int32(chain + 1)
        code.pointee.co_zombieframe = f
    } else {
        PyObject_GC_Del(o)
    }
    Py_DECREF(code.asPyObject)
}

/// Recycled frames kept per code object (a chain through f_back), enough for shallow recursion.
let maxZombieFrames = 16

/// Releases a frame after its execution; an escaped frame (refcount > 1) becomes GC-tracked.
@inline(__always) func frameRelease(_ f: FrameRef) {
    let o = f.object
    if o.pointee.ob_refcnt > 1 {
        o.pointee.ob_refcnt -= 1
        frameTrack(f)
    } else {
        frameDealloc(o)
    }
}

@inline(__always) func frameTrack(_ f: FrameRef) {
    if f.pointee.f_tracked == 0 { f.pointee.f_tracked = 1; PyObject_GC_Track(f.object) }
}

private let frameTraverse: traverseproc = { o, visit, arg in
    let f = frameObj(o!)
    for x in [f.pointee.f_back.map { $0.object }, f.pointee.f_code.map { $0.asPyObject }, f.pointee.f_builtins,
              f.pointee.f_globals, f.pointee.f_locals, f.pointee.f_trace] {
        if let x { let r = visit!(x, arg); if r != 0 { return r } }
    }
    guard let code = f.pointee.f_code else { return 0 }
    let lp = f.localsplus
    for i in 0..<Int(code.pointee.co_nlocalsplus) { if let x = lp[i] { let r = visit!(x, arg); if r != 0 { return r } } }
    if let top = f.pointee.f_stacktop {
        var p = f.pointee.f_valuestack!
        while p < top { if let x = p.pointee { let r = visit!(x, arg); if r != 0 { return r } }; p += 1 }
    }
    return 0
}

private let frameTpClear: inquiry = { o in
    let f = frameObj(o!)
    if f.pointee.f_state == Int8(SPY_FRAME_EXECUTING) { return 0 }
    f.pointee.f_state = Int8(SPY_FRAME_CLEARED)
    frameClearContents(f)
    return 0
}

/// Current line of a frame (the line of its last instruction, or the first line before start).
func frameLine(_ f: FrameRef) -> Int { codeLine(f.pointee.f_code, Int(f.pointee.f_lasti)) }

@c @implementation public func PyFrame_GetLineNumber(_ f: UnsafeMutablePointer<PyFrameObject>!) -> Int32 { Int32(frameLine(f)) }
@c @implementation public func PyFrame_GetCode(_ f: UnsafeMutablePointer<PyFrameObject>!) -> UnsafeMutablePointer<PyCodeObject>! {
    let c = f.pointee.f_code!
    Py_INCREF(c.asPyObject); return c
}
@c @implementation public func PyFrame_GetBack(_ f: UnsafeMutablePointer<PyFrameObject>!) -> UnsafeMutablePointer<PyFrameObject>! {
    guard let b = f.pointee.f_back else { return nil }
    Py_INCREF(b.object); return b
}

/// Makes f.f_locals a dict that reflects the fast locals (CPython's PyFrame_FastToLocals); borrowed.
func frameLocalsDict(_ f: FrameRef) -> PyObjectRef? {
    let code = f.pointee.f_code!
    if f.pointee.f_locals == nil {
        guard let d = PyDict_New() else { return nil }
        f.pointee.f_locals = d
    }
    let locals = f.pointee.f_locals!
    if (code.pointee.co_flags & CO_OPTIMIZED) == 0 && code.pointee.co_nfrees == 0 { return locals }
    let lp = f.localsplus
    func sync(_ names: PyObjectRef, _ base: Int, deref: Bool) -> Bool {
        for i in 0..<vmTupleSize(names) {
            let name = vmTupleItem(names, i)
            var v = lp[base + i]
            if deref, let cell = v { v = cell.cast(to: PyCellObject.self).pointee.ob_ref }
            if let v {
                if PyObject_SetItem(locals, name, v) < 0 { return false }
            } else if PyObject_DelItem(locals, name) < 0 {
                if PyErr_ExceptionMatches(PyExc_KeyError) != 0 { PyErr_Clear() } else { return false }
            }
        }
        return true
    }
    if (code.pointee.co_flags & CO_OPTIMIZED) != 0 {
        guard sync(code.pointee.co_varnames!, 0, deref: false) else { return nil }
        guard sync(code.pointee.co_cellvars!, Int(code.pointee.co_nlocals), deref: true) else { return nil }
    }
    guard sync(code.pointee.co_freevars!, Int(code.pointee.co_nlocals + code.pointee.co_ncells), deref: true) else { return nil }
    return locals
}

private let frameGetLocals: GetterFn = { o, _ in
    guard let d = frameLocalsDict(frameObj(o!)) else { return nil }
    Py_INCREF(d); return d
}
private let frameGetLineno: GetterFn = { o, _ in PyLong_FromLong(frameLine(frameObj(o!))) }
private let frameGetLasti: GetterFn = { o, _ in PyLong_FromLong(Int(frameObj(o!).pointee.f_lasti) * 4) }
private let frameGetBack: GetterFn = { o, _ in
    let b = frameObj(o!).pointee.f_back.map { $0.object } ?? pyNone
    Py_INCREF(b); return b
}
private let frameGetCode: GetterFn = { o, _ in
    let c = frameObj(o!).pointee.f_code.map { $0.asPyObject } ?? pyNone
    Py_INCREF(c); return c
}
private let frameGetGlobals: GetterFn = { o, _ in
    let c = frameObj(o!).pointee.f_globals ?? pyNone
    Py_INCREF(c); return c
}
private let frameGetBuiltins: GetterFn = { o, _ in
    let c = frameObj(o!).pointee.f_builtins ?? pyNone
    Py_INCREF(c); return c
}
private let frameGetTrace: GetterFn = { o, _ in
    let c = frameObj(o!).pointee.f_trace ?? pyNone
    Py_INCREF(c); return c
}
private let frameSetTrace: SetterFn = { o, v, _ in
    let f = frameObj(o!)
    let nv: PyObjectRef? = (v == nil || v == pyNone) ? nil : v
    if let nv { Py_INCREF(nv) }
    let old = f.pointee.f_trace; f.pointee.f_trace = nv; if let old { Py_DECREF(old) }
    return 0
}

private let frameRepr: reprfunc = { o in
    let f = frameObj(o!)
    let code = f.pointee.f_code!
    let file = code.pointee.co_filename.flatMap(vmRepr) ?? "'?'"
    let name = code.pointee.co_name.map(swiftString) ?? "?"
    return pyStr("<frame at \(vmAddress(o!)), file \(file), line \(frameLine(f)), code \(name)>")
}

private let frameClearMethod: NoArgsFn = { o, _ in
    let f = frameObj(o!)
    if f.pointee.f_state == Int8(SPY_FRAME_EXECUTING) {
        setError(PyExc_RuntimeError, "cannot clear an executing frame"); return nil
    }
    if let g = f.pointee.f_gen, genObj(g).pointee.gi_frame == f {
        genCloseForFrameClear(g)
        if PyErr_Occurred() != nil { return nil }
    }
    f.pointee.f_state = Int8(SPY_FRAME_CLEARED)
    frameClearContents(f)
    return pyNoneRef()
}

func initFrameType() {
    let t = SPyType_Frame()
    t.pointee.tp_name = immortalCString("frame")
    t.pointee.tp_basicsize = frameLocalsOffset
    t.pointee.tp_itemsize = MemoryLayout<PyObjectRef?>.size
    t.pointee.tp_flags = UInt(Py_TPFLAGS_HAVE_VERSION_TAG) | UInt(Py_TPFLAGS_HAVE_GC)
    t.pointee.tp_dealloc = frameDealloc
    t.pointee.tp_traverse = frameTraverse
    t.pointee.tp_clear = frameTpClear
    t.pointee.tp_repr = frameRepr
    t.pointee.tp_getattro = PyObject_GenericGetAttr
    t.pointee.tp_setattro = PyObject_GenericSetAttr
    t.pointee.tp_getset = makeGetSetTable([
        GetSetSpec("f_locals", get: frameGetLocals),
        GetSetSpec("f_lineno", get: frameGetLineno),
        GetSetSpec("f_lasti", get: frameGetLasti),
        GetSetSpec("f_back", get: frameGetBack),
        GetSetSpec("f_code", get: frameGetCode),
        GetSetSpec("f_globals", get: frameGetGlobals),
        GetSetSpec("f_builtins", get: frameGetBuiltins),
        GetSetSpec("f_trace", get: frameGetTrace, set: frameSetTrace),
    ])
    t.pointee.tp_methods = makeMethodTable([.noArgs("clear", frameClearMethod)])
}
