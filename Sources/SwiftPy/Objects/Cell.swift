// cell objects (closure variables): ob_ref owned, NULL when empty.
import CPython

@inline(__always) private func cellObj(_ o: PyObjectRef) -> UnsafeMutablePointer<PyCellObject> { o.cast(to: PyCellObject.self) }

@c @implementation public func PyCell_New(_ obj: UnsafeMutablePointer<PyObject>?) -> UnsafeMutablePointer<PyObject>? {
    guard let o = _PyObject_GC_New(SPyType_Cell()) else { return nil }
    Py_XINCREF(obj)
    cellObj(o).pointee.ob_ref = obj
    PyObject_GC_Track(o)
    return o
}

@c @implementation public func PyCell_Get(_ op: UnsafeMutablePointer<PyObject>?) -> UnsafeMutablePointer<PyObject>? {
    guard let op, op.pointee.ob_type == SPyType_Cell() else { PyErr_BadInternalCall_(); return nil }
    let v = cellObj(op).pointee.ob_ref
    Py_XINCREF(v)
    return v
}

@c @implementation public func PyCell_Set(_ op: UnsafeMutablePointer<PyObject>?, _ value: UnsafeMutablePointer<PyObject>?) -> Int32 {
    guard let op, op.pointee.ob_type == SPyType_Cell() else { PyErr_BadInternalCall_(); return -1 }
    let old = cellObj(op).pointee.ob_ref
    Py_XINCREF(value)
    cellObj(op).pointee.ob_ref = value
    Py_XDECREF(old)
    return 0
}

private func cellDealloc(_ o: PyObjectRef?) {
    PyObject_GC_UnTrack(o!)
    Py_XDECREF(cellObj(o!).pointee.ob_ref)
    PyObject_GC_Del(UnsafeMutableRawPointer(o!))
}

private func cellTraverse(_ o: PyObjectRef?, _ visit: visitproc?, _ arg: UnsafeMutableRawPointer?) -> Int32 {
    if let v = cellObj(o!).pointee.ob_ref { return visit!(v, arg) }
    return 0
}

private func cellClear(_ o: PyObjectRef?) -> Int32 {
    let c = cellObj(o!)
    if let v = c.pointee.ob_ref { c.pointee.ob_ref = nil; Py_DECREF(v) }
    return 0
}

private func hexAddress(_ p: UnsafeMutableRawPointer) -> String { "0x" + String(UInt(bitPattern: p), radix: 16) }

private func cellRepr(_ o: PyObjectRef?) -> PyObjectRef? {
    let o = o!
    guard let v = cellObj(o).pointee.ob_ref else { return containerStr("<cell at \(hexAddress(UnsafeMutableRawPointer(o))): empty>") }
    return containerStr("<cell at \(hexAddress(UnsafeMutableRawPointer(o))): \(containerTypeName(v)) object at \(hexAddress(UnsafeMutableRawPointer(v)))>")
}

private func cellRichCompare(_ a: PyObjectRef?, _ b: PyObjectRef?, _ op: Int32) -> PyObjectRef? {
    guard a!.pointee.ob_type == SPyType_Cell(), b!.pointee.ob_type == SPyType_Cell() else { return newNotImplemented() }
    let x = cellObj(a!).pointee.ob_ref, y = cellObj(b!).pointee.ob_ref
    if let x, let y { return PyObject_RichCompare(x, y, op) }
    // Empty cells compare as less than full ones.
    let l = x == nil ? 0 : 1, r = y == nil ? 0 : 1
    let res: Bool
    switch op {
    case Py_LT: res = l < r
    case Py_LE: res = l <= r
    case Py_EQ: res = l == r
    case Py_NE: res = l != r
    case Py_GT: res = l > r
    default: res = l >= r
    }
    return pyBool(res)
}

private func cellNewSlot(_ type: PyTypeRef?, _ args: PyObjectRef?, _ kwargs: PyObjectRef?) -> PyObjectRef? {
    if !checkNoKeywords("cell", kwargs) { return nil }
    let (items, n) = argsTuple(args)
    if !checkPositionalCount("cell", n, 0, 1) { return nil }
    return PyCell_New(n == 1 ? items[0] : nil)
}

private func cellGetContents(_ o: PyObjectRef?, _ closure: UnsafeMutableRawPointer?) -> PyObjectRef? {
    guard let v = cellObj(o!).pointee.ob_ref else { setError(PyExc_ValueError, "Cell is empty"); return nil }
    Py_INCREF(v)
    return v
}

private func cellSetContents(_ o: PyObjectRef?, _ v: PyObjectRef?, _ closure: UnsafeMutableRawPointer?) -> Int32 {
    PyCell_Set(o, v)
}

func initCellType() {
    let t = SPyType_Cell()
    t.pointee.tp_name = immortalCString("cell")
    t.pointee.tp_basicsize = MemoryLayout<PyCellObject>.size
    t.pointee.tp_dealloc = { cellDealloc($0) }
    t.pointee.tp_repr = { cellRepr($0) }
    t.pointee.tp_hash = PyObject_HashNotImplemented
    t.pointee.tp_getattro = PyObject_GenericGetAttr
    t.pointee.tp_flags = UInt(Py_TPFLAGS_HAVE_VERSION_TAG) | UInt(Py_TPFLAGS_HAVE_GC)
    t.pointee.tp_doc = immortalCString("Create a new cell object.\n\n  contents\n    the contents of the cell. If not specified, the cell will be empty,\n    and \n further attempts to access its cell_contents attribute will\n    raise a ValueError.")
    t.pointee.tp_traverse = { cellTraverse($0, $1, $2) }
    t.pointee.tp_clear = { cellClear($0) }
    t.pointee.tp_richcompare = { cellRichCompare($0, $1, $2) }
    t.pointee.tp_new = { cellNewSlot($0, $1, $2) }
    t.pointee.tp_getset = makeGetSetTable([GetSetSpec("cell_contents", get: { cellGetContents($0, $1) }, set: { cellSetContents($0, $1, $2) })])
}
