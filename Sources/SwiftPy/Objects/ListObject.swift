// list: PyListObject with a malloc'd item buffer over-allocated as CPython's list_resize. Exact lists
// are recycled through a free list. Invariant: 0 <= ob_size <= allocated; ob_item == NULL iff
// allocated == 0 (allocated == -1 only while list.sort() holds the items).
import CPython
import Glibc

private let listFreeListMax = 80
nonisolated(unsafe) private var listFreeList = UnsafeMutablePointer<PyObjectRef?>.allocate(capacity: listFreeListMax)
nonisolated(unsafe) private var listFreeCount = 0
/// Lists parked on the free list (the leak check counts them as freed).
func listFreeListParked() -> [PyObjectRef] { (0..<listFreeCount).map { listFreeList[$0]! } }

@inline(__always) func listObj(_ o: PyObjectRef) -> UnsafeMutablePointer<PyListObject> { o.cast(to: PyListObject.self) }
/// The item buffer of a list (valid until the list is resized).
@inline(__always) public func listItems(_ o: PyObjectRef) -> UnsafeMutablePointer<PyObjectRef?> {
    listObj(o).pointee.ob_item ?? UnsafeMutablePointer(bitPattern: 8)!
}

/// A new empty exact list with room for `capacity` items (GC-tracked). nil = MemoryError set.
public func listNew(capacity: Int = 0) -> PyObjectRef? {
    let o: PyObjectRef
    if listFreeCount > 0 {
        listFreeCount -= 1
        o = listFreeList[listFreeCount]!
        o.pointee.ob_refcnt = 1
        o.pointee.ob_type = SPyType_List()
    } else {
        guard let n = _PyObject_GC_New(SPyType_List()) else { return nil }
        o = n
    }
    let l = listObj(o)
    setContainerSize(o, 0)
    l.pointee.ob_item = nil
    l.pointee.allocated = 0
    if capacity > 0 {
        guard capacity <= Int.max / 8, let buf = malloc(capacity * 8) else {
            l.pointee.allocated = 0
            Py_DECREF(o)
            return PyErr_NoMemory()
        }
        l.pointee.ob_item = buf.assumingMemoryBound(to: PyObjectRef?.self)
        l.pointee.allocated = capacity
    }
    PyObject_GC_Track(o)
    return o
}

/// CPython's list_resize: sets ob_size to newsize, reallocating with over-allocation when needed.
/// Items beyond the old size are uninitialized. -1 = MemoryError set.
@inline(__always) func listResize(_ o: PyObjectRef, _ newsize: Int) -> Int32 {
    let l = listObj(o)
    let allocated = l.pointee.allocated
    if allocated >= newsize && newsize >= (allocated >> 1) {
        setContainerSize(o, newsize)
        return 0
    }
    return listResizeSlow(o, newsize)
}

private func listResizeSlow(_ o: PyObjectRef, _ newsize: Int) -> Int32 {
    let l = listObj(o)
    var newAllocated = (newsize + (newsize >> 3) + 6) & ~3
    if newsize - containerSize(o) > newAllocated - newsize { newAllocated = (newsize + 3) & ~3 }
    if newsize == 0 { newAllocated = 0 }
    if newAllocated > Int.max / 8 { _ = PyErr_NoMemory(); return -1 }
    if newAllocated == 0 {
        free(l.pointee.ob_item)
        l.pointee.ob_item = nil
    } else {
        guard let p = realloc(l.pointee.ob_item, newAllocated * 8) else { _ = PyErr_NoMemory(); return -1 }
        l.pointee.ob_item = p.assumingMemoryBound(to: PyObjectRef?.self)
    }
    setContainerSize(o, newsize)
    l.pointee.allocated = newAllocated
    return 0
}

/// Appends item (borrowed; a new reference is stored). Fast path for the VM's LIST_APPEND.
@inline(__always) public func listAppend(_ o: PyObjectRef, _ item: PyObjectRef) -> Int32 {
    let l = listObj(o)
    let n = containerSize(o)
    if n < l.pointee.allocated {
        Py_INCREF(item)
        l.pointee.ob_item![n] = item
        setContainerSize(o, n + 1)
        return 0
    }
    return listAppendSlow(o, item)
}

private func listAppendSlow(_ o: PyObjectRef, _ item: PyObjectRef) -> Int32 {
    let n = containerSize(o)
    if listResize(o, n + 1) < 0 { return -1 }
    Py_INCREF(item)
    listObj(o).pointee.ob_item![n] = item
    return 0
}

/// A new exact list holding new references to items[0..<n].
public func listFromArray(_ items: UnsafePointer<PyObjectRef?>, _ n: Int) -> PyObjectRef? {
    guard let l = listNew(capacity: n) else { return nil }
    let d = listItems(l)
    for i in 0..<n { let x = items[i]!; Py_INCREF(x); d[i] = x }
    setContainerSize(l, n)
    return l
}

/// list(iterable) as a new exact list.
public func listFromIterable(_ v: PyObjectRef) -> PyObjectRef? {
    guard let l = listNew() else { return nil }
    if listExtendInternal(l, v) < 0 { Py_DECREF(l); return nil }
    return l
}

/// PySequence_Fast without the abstract layer: a list or tuple (new reference) or TypeError(message).
func sequenceFast(_ v: PyObjectRef, _ message: String) -> PyObjectRef? {
    if listCheckExact(v) || tupleCheckExact(v) { Py_INCREF(v); return v }
    guard let it = PyObject_GetIter(v) else {
        if PyErr_ExceptionMatches(PyExc_TypeError) != 0 { setError(PyExc_TypeError, message) }
        return nil
    }
    defer { Py_DECREF(it) }
    return listFromIterable(it)
}

/// Items and count of a list or tuple returned by sequenceFast.
@inline(__always) func fastItems(_ s: PyObjectRef) -> (UnsafeMutablePointer<PyObjectRef?>, Int) {
    listCheck(s) ? (listItems(s), containerSize(s)) : (tupleItems(s), containerSize(s))
}

/// list.extend(iterable). -1 = exception set.
func listExtendInternal(_ o: PyObjectRef, _ iterable: PyObjectRef) -> Int32 {
    if listCheckExact(iterable) || tupleCheckExact(iterable) || iterable == o {
        let (src, n) = fastItems(iterable)
        if n == 0 { return 0 }
        let m = containerSize(o)
        if listResize(o, m + n) < 0 { return -1 }
        // Re-read the source: when iterable is o, the buffer may have moved.
        let s = iterable == o ? listItems(o) : src
        let d = listItems(o) + m
        for i in 0..<n { let x = s[i]!; Py_INCREF(x); d[i] = x }
        return 0
    }
    guard let it = PyObject_GetIter(iterable) else { return -1 }
    defer { Py_DECREF(it) }
    let next = it.pointee.ob_type.pointee.tp_iternext!
    let hint = PyObject_LengthHint(iterable, 8)
    if hint < 0 { return -1 }
    let m = containerSize(o)
    if m > Int.max - hint { _ = PyErr_NoMemory(); return -1 }
    if hint > 0 && m + hint > listObj(o).pointee.allocated {
        if listResize(o, m + hint) < 0 { return -1 }
        setContainerSize(o, m)
    }
    while true {
        guard let item = next(it) else {
            if PyErr_Occurred() != nil {
                if PyErr_ExceptionMatches(PyExc_StopIteration) != 0 { PyErr_Clear() } else { return -1 }
            }
            break
        }
        let n = containerSize(o)
        if n < listObj(o).pointee.allocated {
            listObj(o).pointee.ob_item![n] = item
            setContainerSize(o, n + 1)
        } else {
            let r = listAppendSlow(o, item)
            Py_DECREF(item)
            if r < 0 { return -1 }
        }
    }
    // Trim an over-estimated hint.
    let n = containerSize(o)
    if n < listObj(o).pointee.allocated >> 1 { _ = listResize(o, n) }
    return 0
}

/// A new tuple with the list's items.
func listAsTuple(_ o: PyObjectRef) -> PyObjectRef? {
    tupleFromArray(listItems(o), containerSize(o))
}

/// Empties the list; the old items are released after the list is consistent.
func listClearInternal(_ o: PyObjectRef) {
    let l = listObj(o)
    guard let items = l.pointee.ob_item else { return }
    var n = containerSize(o)
    setContainerSize(o, 0)
    l.pointee.ob_item = nil
    l.pointee.allocated = 0
    while n > 0 { n -= 1; if let x = items[n] { Py_DECREF(x) } }
    free(items)
}

// MARK: - Slots

private func listDealloc(_ o: PyObjectRef?) {
    let o = o!
    PyObject_GC_UnTrack(o)
    let l = listObj(o)
    if let items = l.pointee.ob_item {
        var n = containerSize(o)
        while n > 0 { n -= 1; if let x = items[n] { Py_DECREF(x) } }
        free(items)
        l.pointee.ob_item = nil
    }
    if listFreeCount < listFreeListMax && o.pointee.ob_type == SPyType_List() {
        listFreeList[listFreeCount] = o
        listFreeCount += 1
        return
    }
    o.pointee.ob_type.pointee.tp_free!(UnsafeMutableRawPointer(o))
}

private func listTraverse(_ o: PyObjectRef?, _ visit: visitproc?, _ arg: UnsafeMutableRawPointer?) -> Int32 {
    let o = o!
    var i = containerSize(o)
    while i > 0 {
        i -= 1
        if let x = listItems(o)[i] { let r = visit!(x, arg); if r != 0 { return r } }
    }
    return 0
}

private func listClearSlot(_ o: PyObjectRef?) -> Int32 { listClearInternal(o!); return 0 }

private func listRepr(_ o: PyObjectRef?) -> PyObjectRef? {
    let o = o!
    if containerSize(o) == 0 { return containerStr("[]") }
    let status = Py_ReprEnter(o)
    if status != 0 { return status > 0 ? containerStr("[...]") : nil }
    defer { Py_ReprLeave(o) }
    var s = "["
    var i = 0
    while i < containerSize(o) {
        if i > 0 { s += ", " }
        let x = listItems(o)[i]!
        Py_INCREF(x)
        if Py_EnterRecursiveCall(" while getting the repr of an object") != 0 { Py_DECREF(x); return nil }
        let r = containerRepr(x)
        Py_LeaveRecursiveCall()
        Py_DECREF(x)
        guard let r else { return nil }
        s += r
        i += 1
    }
    s += "]"
    return containerStr(s)
}

private func listLength(_ o: PyObjectRef?) -> Int { containerSize(o!) }

private func listRichCompare(_ v: PyObjectRef?, _ w: PyObjectRef?, _ op: Int32) -> PyObjectRef? {
    let v = v!, w = w!
    guard listCheck(v), listCheck(w) else { return newNotImplemented() }
    if containerSize(v) != containerSize(w) && (op == Py_EQ || op == Py_NE) { return pyBool(op == Py_NE) }
    return sequenceRichCompare(v, w, op, listItems)
}

private func listConcat(_ a: PyObjectRef?, _ b: PyObjectRef?) -> PyObjectRef? {
    let a = a!, b = b!
    guard listCheck(b) else {
        setError(PyExc_TypeError, "can only concatenate list (not \"\(containerTypeName(b))\") to list")
        return nil
    }
    let na = containerSize(a), nb = containerSize(b)
    guard let r = listNew(capacity: na + nb) else { return nil }
    let d = listItems(r), sa = listItems(a), sb = listItems(b)
    for i in 0..<na { let x = sa[i]!; Py_INCREF(x); d[i] = x }
    for i in 0..<nb { let x = sb[i]!; Py_INCREF(x); d[na + i] = x }
    setContainerSize(r, na + nb)
    return r
}

private func listRepeat(_ a: PyObjectRef?, _ count: Int) -> PyObjectRef? {
    let a = a!
    let n = containerSize(a)
    if count <= 0 || n == 0 { return listNew() }
    let (total, ovf) = n.multipliedReportingOverflow(by: count)
    if ovf || total > Int.max / 16 { return PyErr_NoMemory() }
    guard let r = listNew(capacity: total) else { return nil }
    let d = listItems(r), s = listItems(a)
    if n == 1 {
        let x = s[0]!
        x.pointee.ob_refcnt += total
        for i in 0..<total { d[i] = x }
    } else {
        var k = 0
        for _ in 0..<count { for i in 0..<n { let x = s[i]!; Py_INCREF(x); d[k] = x; k += 1 } }
    }
    setContainerSize(r, total)
    return r
}

private func listInplaceConcat(_ a: PyObjectRef?, _ b: PyObjectRef?) -> PyObjectRef? {
    if listExtendInternal(a!, b!) < 0 { return nil }
    Py_INCREF(a!)
    return a
}

private func listInplaceRepeat(_ a: PyObjectRef?, _ count: Int) -> PyObjectRef? {
    let a = a!
    let n = containerSize(a)
    if n == 0 || count == 1 { Py_INCREF(a); return a }
    if count <= 0 { listClearInternal(a); Py_INCREF(a); return a }
    let (total, ovf) = n.multipliedReportingOverflow(by: count)
    if ovf || total > Int.max / 16 { return PyErr_NoMemory() }
    if listResize(a, total) < 0 { return nil }
    let p = listItems(a)
    for k in n..<total { let x = p[k % n]!; Py_INCREF(x); p[k] = x }
    Py_INCREF(a)
    return a
}

@inline(__always) func listItemAt(_ a: PyObjectRef, _ i: Int) -> PyObjectRef? {
    if UInt(bitPattern: i) >= UInt(containerSize(a)) { setError(PyExc_IndexError, "list index out of range"); return nil }
    let x = listItems(a)[i]!
    Py_INCREF(x)
    return x
}

private func listItemSlot(_ a: PyObjectRef?, _ i: Int) -> PyObjectRef? { listItemAt(a!, i) }

/// Sets a[i] = v (borrowed v), or deletes a[i] when v is NULL. i already normalized.
func listAssItem(_ a: PyObjectRef, _ i: Int, _ v: PyObjectRef?) -> Int32 {
    if UInt(bitPattern: i) >= UInt(containerSize(a)) {
        setError(PyExc_IndexError, "list assignment index out of range")
        return -1
    }
    guard let v else {
        let items = listItems(a)
        let old = items[i]
        let n = containerSize(a)
        (items + i).update(from: items + i + 1, count: n - i - 1)
        _ = listResize(a, n - 1)   // shrinking cannot fail
        if let old { Py_DECREF(old) }
        return 0
    }
    Py_INCREF(v)
    let p = listItems(a) + i
    let old = p.pointee
    p.pointee = v
    if let old { Py_DECREF(old) }
    return 0
}

private func listAssItemSlot(_ a: PyObjectRef?, _ i: Int, _ v: PyObjectRef?) -> Int32 { listAssItem(a!, i, v) }

/// a[ilow:ihigh] = v (v a NULL for deletion, or any iterable). CPython's list_ass_slice.
func listAssSlice(_ a: PyObjectRef, _ ilowIn: Int, _ ihighIn: Int, _ v: PyObjectRef?) -> Int32 {
    var seq: PyObjectRef? = nil
    var vitems = UnsafeMutablePointer<PyObjectRef?>(bitPattern: 8)!
    var n = 0
    if let v {
        if v == a {
            guard let copy = listFromArray(listItems(a), containerSize(a)) else { return -1 }
            let r = listAssSlice(a, ilowIn, ihighIn, copy)
            Py_DECREF(copy)
            return r
        }
        guard let s = sequenceFast(v, "can only assign an iterable") else { return -1 }
        seq = s
        (vitems, n) = fastItems(s)
    }
    defer { if let seq { Py_DECREF(seq) } }
    let size = containerSize(a)
    let ilow = max(0, min(ilowIn, size))
    let ihigh = max(ilow, min(ihighIn, size))
    let norig = ihigh - ilow
    let d = n - norig
    if size + d == 0 {
        listClearInternal(a)
        return 0
    }
    // Save the replaced items; release them only once the list is consistent.
    var recycle = [PyObjectRef?](repeating: nil, count: norig)
    var item = listItems(a)
    for k in 0..<norig { recycle[k] = item[ilow + k] }
    if d < 0 {
        (item + ihigh + d).update(from: item + ihigh, count: size - ihigh)
        _ = listResize(a, size + d)   // shrinking cannot fail
        item = listItems(a)
    } else if d > 0 {
        if listResize(a, size + d) < 0 { return -1 }
        item = listItems(a)
        (item + ihigh + d).update(from: item + ihigh, count: size - ihigh)
    }
    for k in 0..<n { let w = vitems[k]!; Py_INCREF(w); item[ilow + k] = w }
    for x in recycle.reversed() { if let x { Py_DECREF(x) } }
    return 0
}

private func listSubscript(_ a: PyObjectRef?, _ key: PyObjectRef?) -> PyObjectRef? {
    let a = a!, key = key!
    if let v = smallIntValue(key) { return listItemAt(a, v < 0 ? v + containerSize(a) : v) }
    if indexCheck(key) {
        var i = PyNumber_AsSsize_t(key, PyExc_IndexError)
        if i == -1 && PyErr_Occurred() != nil { return nil }
        if i < 0 { i += containerSize(a) }
        return listItemAt(a, i)
    }
    if key.pointee.ob_type == SPyType_Slice() {
        var start = 0, stop = 0, step = 0
        if PySlice_Unpack(key, &start, &stop, &step) < 0 { return nil }
        let len = PySlice_AdjustIndices(containerSize(a), &start, &stop, step)
        if len <= 0 { return listNew() }
        if step == 1 { return listFromArray(listItems(a) + start, len) }
        guard let r = listNew(capacity: len) else { return nil }
        let s = listItems(a), d = listItems(r)
        var cur = start
        for i in 0..<len { let x = s[cur]!; Py_INCREF(x); d[i] = x; cur += step }
        setContainerSize(r, len)
        return r
    }
    setError(PyExc_TypeError, "list indices must be integers or slices, not \(containerTypeName(key))")
    return nil
}

private func listAssSubscript(_ a: PyObjectRef?, _ key: PyObjectRef?, _ value: PyObjectRef?) -> Int32 {
    let a = a!, key = key!
    if indexCheck(key) {
        var i = smallIntValue(key) ?? PyNumber_AsSsize_t(key, PyExc_IndexError)
        if i == -1 && PyErr_Occurred() != nil { return -1 }
        if i < 0 { i += containerSize(a) }
        return listAssItem(a, i, value)
    }
    guard key.pointee.ob_type == SPyType_Slice() else {
        setError(PyExc_TypeError, "list indices must be integers or slices, not \(containerTypeName(key))")
        return -1
    }
    var start = 0, stop = 0, step = 0
    if PySlice_Unpack(key, &start, &stop, &step) < 0 { return -1 }
    let slicelength = PySlice_AdjustIndices(containerSize(a), &start, &stop, step)
    if step == 1 { return listAssSlice(a, start, stop, value) }
    if (step < 0 && start < stop) || (step > 0 && start > stop) { stop = start }
    guard let value else {
        // Delete an extended slice: compact the survivors, then release the removed items.
        if slicelength <= 0 { return 0 }
        var start = start, step = step
        if step < 0 { stop = start + 1; start = stop + step * (slicelength - 1) - 1; step = -step }
        var garbage = [PyObjectRef?](repeating: nil, count: slicelength)
        let items = listItems(a)
        let size = containerSize(a)
        var cur = start
        for i in 0..<slicelength {
            var lim = step - 1
            garbage[i] = items[cur]
            if cur + step >= size { lim = size - cur - 1 }
            (items + cur - i).update(from: items + cur + 1, count: lim)
            cur += step
        }
        cur = start + slicelength * step
        if cur < size { (items + cur - slicelength).update(from: items + cur, count: size - cur) }
        _ = listResize(a, size - slicelength)
        for x in garbage { if let x { Py_DECREF(x) } }
        return 0
    }
    // Assign to an extended slice.
    let seq: PyObjectRef
    if value == a {
        guard let c = listFromArray(listItems(a), containerSize(a)) else { return -1 }
        seq = c
    } else {
        guard let s = sequenceFast(value, "must assign iterable to extended slice") else { return -1 }
        seq = s
    }
    defer { Py_DECREF(seq) }
    let (src, n) = fastItems(seq)
    if n != slicelength {
        setError(PyExc_ValueError, "attempt to assign sequence of size \(n) to extended slice of size \(slicelength)")
        return -1
    }
    if slicelength == 0 { return 0 }
    var garbage = [PyObjectRef?](repeating: nil, count: slicelength)
    let items = listItems(a)
    var cur = start
    for i in 0..<slicelength {
        garbage[i] = items[cur]
        let x = src[i]!
        Py_INCREF(x)
        items[cur] = x
        cur += step
    }
    for x in garbage { if let x { Py_DECREF(x) } }
    return 0
}

private func listContains(_ a: PyObjectRef?, _ el: PyObjectRef?) -> Int32 {
    let a = a!, el = el!
    var i = 0
    while i < containerSize(a) {
        let x = listItems(a)[i]!
        Py_INCREF(x)
        let c = containerEqual(x, el)
        Py_DECREF(x)
        if c != 0 { return c }
        i += 1
    }
    return 0
}

private func listIter(_ o: PyObjectRef?) -> PyObjectRef? { seqIterNew(SPyType_ListIter(), o!) }

private func listNewSlot(_ type: PyTypeRef?, _ args: PyObjectRef?, _ kwargs: PyObjectRef?) -> PyObjectRef? {
    let type = type!
    if type == SPyType_List() { return listNew() }
    guard let o = type.pointee.tp_alloc!(type, 0) else { return nil }
    let l = listObj(o)
    l.pointee.ob_item = nil
    l.pointee.allocated = 0
    setContainerSize(o, 0)
    return o
}

private func listInit(_ o: PyObjectRef?, _ args: PyObjectRef?, _ kwargs: PyObjectRef?) -> Int32 {
    let o = o!
    if o.pointee.ob_type == SPyType_List() || unsafeBitCast(o.pointee.ob_type.pointee.tp_new, to: UnsafeRawPointer?.self) == unsafeBitCast(SPyType_List().pointee.tp_new, to: UnsafeRawPointer?.self) {
        if !checkNoKeywords("list", kwargs) { return -1 }
    }
    let (items, n) = argsTuple(args)
    if !checkPositionalCount("list", n, 0, 1) { return -1 }
    listClearInternal(o)
    if n == 1 { return listExtendInternal(o, items[0]!) }
    return 0
}

private func listVectorcall(_ type: PyObjectRef?, _ args: UnsafePointer<PyObjectRef?>?, _ nargsf: Int, _ kwnames: PyObjectRef?) -> PyObjectRef? {
    if !checkNoKwnames("list", kwnames) { return nil }
    let n = nargsf & Int.max
    if !checkPositionalCount("list", n, 0, 1) { return nil }
    guard let l = listNew() else { return nil }
    if n == 1 && listExtendInternal(l, args![0]!) < 0 { Py_DECREF(l); return nil }
    return l
}

// MARK: - C API

@inline(__always) private func badList(_ op: PyObjectRef?) -> Bool {
    guard let op, listCheck(op) else { PyErr_BadInternalCall_(); return true }
    return false
}

@c @implementation public func PyList_New(_ size: Int) -> UnsafeMutablePointer<PyObject>? {
    if size < 0 { PyErr_BadInternalCall_(); return nil }
    guard let l = listNew(capacity: size) else { return nil }
    if size > 0 { listItems(l).initialize(repeating: nil, count: size) }
    setContainerSize(l, size)
    return l
}

@c @implementation public func PyList_Size(_ op: UnsafeMutablePointer<PyObject>?) -> Int {
    if badList(op) { return -1 }
    return containerSize(op!)
}

@c @implementation public func PyList_GetItem(_ op: UnsafeMutablePointer<PyObject>?, _ i: Int) -> UnsafeMutablePointer<PyObject>? {
    if badList(op) { return nil }
    if UInt(bitPattern: i) >= UInt(containerSize(op!)) { setError(PyExc_IndexError, "list index out of range"); return nil }
    return listItems(op!)[i]
}

@c @implementation public func PyList_SetItem(_ op: UnsafeMutablePointer<PyObject>?, _ i: Int, _ newitem: UnsafeMutablePointer<PyObject>?) -> Int32 {
    guard let op, listCheck(op) else { if let newitem { Py_DECREF(newitem) }; PyErr_BadInternalCall_(); return -1 }
    if UInt(bitPattern: i) >= UInt(containerSize(op)) {
        if let newitem { Py_DECREF(newitem) }
        setError(PyExc_IndexError, "list assignment index out of range")
        return -1
    }
    let p = listItems(op) + i
    let old = p.pointee
    p.pointee = newitem
    if let old { Py_DECREF(old) }
    return 0
}

/// Inserts v (borrowed) before index `where` (clamped as list.insert).
func listInsert(_ op: PyObjectRef, _ whereIn: Int, _ v: PyObjectRef) -> Int32 {
    let n = containerSize(op)
    if listResize(op, n + 1) < 0 { return -1 }
    var w = whereIn
    if w < 0 { w += n; if w < 0 { w = 0 } }
    if w > n { w = n }
    let items = listItems(op)
    (items + w + 1).update(from: items + w, count: n - w)
    Py_INCREF(v)
    items[w] = v
    return 0
}

@c @implementation public func PyList_Insert(_ op: UnsafeMutablePointer<PyObject>?, _ w: Int, _ newitem: UnsafeMutablePointer<PyObject>?) -> Int32 {
    if badList(op) { return -1 }
    guard let newitem else { PyErr_BadInternalCall_(); return -1 }
    return listInsert(op!, w, newitem)
}

@c @implementation public func PyList_Append(_ op: UnsafeMutablePointer<PyObject>?, _ newitem: UnsafeMutablePointer<PyObject>?) -> Int32 {
    guard let op, listCheck(op), let newitem else { PyErr_BadInternalCall_(); return -1 }
    return listAppend(op, newitem)
}

@c @implementation public func PyList_GetSlice(_ op: UnsafeMutablePointer<PyObject>?, _ ilow: Int, _ ihigh: Int) -> UnsafeMutablePointer<PyObject>? {
    if badList(op) { return nil }
    let n = containerSize(op!)
    let lo = max(0, min(ilow, n)), hi = max(lo, min(ihigh, n))
    return listFromArray(listItems(op!) + lo, hi - lo)
}

@c @implementation public func PyList_SetSlice(_ op: UnsafeMutablePointer<PyObject>?, _ ilow: Int, _ ihigh: Int, _ v: UnsafeMutablePointer<PyObject>?) -> Int32 {
    if badList(op) { return -1 }
    return listAssSlice(op!, ilow, ihigh, v)
}

@c @implementation public func PyList_Reverse(_ op: UnsafeMutablePointer<PyObject>?) -> Int32 {
    if badList(op) { return -1 }
    let n = containerSize(op!)
    if n > 1 { reverseItems(listItems(op!), n) }
    return 0
}

@c @implementation public func PyList_AsTuple(_ op: UnsafeMutablePointer<PyObject>?) -> UnsafeMutablePointer<PyObject>? {
    if badList(op) { return nil }
    return listAsTuple(op!)
}

@c @implementation public func PyList_Extend(_ op: UnsafeMutablePointer<PyObject>?, _ iterable: UnsafeMutablePointer<PyObject>?) -> UnsafeMutablePointer<PyObject>? {
    if badList(op) { return nil }
    if listExtendInternal(op!, iterable!) < 0 { return nil }
    return pyNoneRef()
}

@c @implementation public func _PyList_Extend(_ op: UnsafeMutablePointer<PyListObject>?, _ iterable: UnsafeMutablePointer<PyObject>?) -> UnsafeMutablePointer<PyObject>? {
    PyList_Extend(op?.asPyObject, iterable)
}

@inline(__always) func reverseItems(_ p: UnsafeMutablePointer<PyObjectRef?>, _ n: Int) {
    var lo = 0, hi = n - 1
    while lo < hi { let t = p[lo]; p[lo] = p[hi]; p[hi] = t; lo += 1; hi -= 1 }
}

// MARK: - Type set-up

func initListType() {
    listFreeList.initialize(repeating: nil, count: listFreeListMax)
    let t = SPyType_List()
    t.pointee.tp_name = immortalCString("list")
    t.pointee.tp_basicsize = MemoryLayout<PyListObject>.size
    t.pointee.tp_dealloc = { listDealloc($0) }
    t.pointee.tp_repr = { listRepr($0) }
    t.pointee.tp_hash = PyObject_HashNotImplemented
    t.pointee.tp_getattro = PyObject_GenericGetAttr
    t.pointee.tp_flags = UInt(Py_TPFLAGS_HAVE_VERSION_TAG) | UInt(Py_TPFLAGS_HAVE_GC) | UInt(Py_TPFLAGS_BASETYPE)
        | UInt(Py_TPFLAGS_LIST_SUBCLASS) | UInt(Py_TPFLAGS_SEQUENCE)
    t.pointee.tp_doc = immortalCString("Built-in mutable sequence.\n\nIf no argument is given, the constructor creates a new empty list.\nThe argument must be an iterable if specified.")
    t.pointee.tp_traverse = { listTraverse($0, $1, $2) }
    t.pointee.tp_clear = { listClearSlot($0) }
    t.pointee.tp_richcompare = { listRichCompare($0, $1, $2) }
    t.pointee.tp_iter = { listIter($0) }
    t.pointee.tp_init = { listInit($0, $1, $2) }
    t.pointee.tp_new = { listNewSlot($0, $1, $2) }
    t.pointee.tp_alloc = PyType_GenericAlloc
    t.pointee.tp_free = PyObject_GC_Del
    t.pointee.tp_vectorcall = { listVectorcall($0, $1, $2, $3) }
    let sq = newSequenceMethods()
    sq.pointee.sq_length = { listLength($0) }
    sq.pointee.sq_concat = { listConcat($0, $1) }
    sq.pointee.sq_repeat = { listRepeat($0, $1) }
    sq.pointee.sq_item = { listItemSlot($0, $1) }
    sq.pointee.sq_ass_item = { listAssItemSlot($0, $1, $2) }
    sq.pointee.sq_contains = { listContains($0, $1) }
    sq.pointee.sq_inplace_concat = { listInplaceConcat($0, $1) }
    sq.pointee.sq_inplace_repeat = { listInplaceRepeat($0, $1) }
    t.pointee.tp_as_sequence = sq
    let mp = newMappingMethods()
    mp.pointee.mp_length = { listLength($0) }
    mp.pointee.mp_subscript = { listSubscript($0, $1) }
    mp.pointee.mp_ass_subscript = { listAssSubscript($0, $1, $2) }
    t.pointee.tp_as_mapping = mp
    t.pointee.tp_methods = makeMethodTable(listMethodSpecs())

    initSeqIterType(SPyType_ListIter(), name: "list_iterator", next: { seqIterNext($0, listItems) })
    initListRevIterType()
}

/// Zeroed slot tables that live forever.
func newSequenceMethods() -> UnsafeMutablePointer<PySequenceMethods> {
    let p = UnsafeMutablePointer<PySequenceMethods>.allocate(capacity: 1); p.initialize(to: PySequenceMethods()); return p
}
func newMappingMethods() -> UnsafeMutablePointer<PyMappingMethods> {
    let p = UnsafeMutablePointer<PyMappingMethods>.allocate(capacity: 1); p.initialize(to: PyMappingMethods()); return p
}
func newNumberMethods() -> UnsafeMutablePointer<PyNumberMethods> {
    let p = UnsafeMutablePointer<PyNumberMethods>.allocate(capacity: 1); p.initialize(to: PyNumberMethods()); return p
}
