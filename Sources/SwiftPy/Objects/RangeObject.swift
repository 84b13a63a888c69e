// range: start/stop/step/length as int objects; iteration over machine integers when everything
// fits in Int (range_iterator: next is an integer increment), else over int objects
// (longrange_iterator).
import CPython

@inline(__always) private func rangeObj(_ o: PyObjectRef) -> UnsafeMutablePointer<PyRangeObject> { o.cast(to: PyRangeObject.self) }

/// len(range(lo, hi, step)) with ints; nil on error.
private func rangeLength(_ start: PyObjectRef, _ stop: PyObjectRef, _ step: PyObjectRef) -> PyObjectRef? {
    if let lo = smallIntValue(start), let hi = smallIntValue(stop), let st = smallIntValue(step), st != Int.min {
        if let n = smallRangeLength(lo, hi, st) { return PyLong_FromSsize_t(n) }
    }
    // General case with int arithmetic: (hi - lo - 1) // step + 1 when non-empty.
    guard let zero = PyLong_FromSsize_t(0), let one = PyLong_FromSsize_t(1) else { return nil }
    defer { Py_DECREF(zero); Py_DECREF(one) }
    let stepPositive = PyObject_RichCompareBool(step, zero, Py_GT)
    if stepPositive < 0 { return nil }
    var lo = start, hi = stop
    var st = step
    var negStep: PyObjectRef? = nil
    if stepPositive == 0 {
        lo = stop; hi = start
        guard let n = PyNumber_Negative(step) else { return nil }
        negStep = n
        st = n
    }
    defer { if let negStep { Py_DECREF(negStep) } }
    let c = PyObject_RichCompareBool(lo, hi, Py_GE)
    if c < 0 { return nil }
    if c > 0 { Py_INCREF(zero); return zero }
    guard let diff = PyNumber_Subtract(hi, lo) else { return nil }
    defer { Py_DECREF(diff) }
    guard let d1 = PyNumber_Subtract(diff, one) else { return nil }
    defer { Py_DECREF(d1) }
    guard let q = PyNumber_FloorDivide(d1, st) else { return nil }
    defer { Py_DECREF(q) }
    return PyNumber_Add(q, one)
}

/// Length of a machine-integer range, or nil if it does not fit in Int.
@inline(__always) func smallRangeLength(_ lo: Int, _ hi: Int, _ step: Int) -> Int? {
    if step > 0 {
        if lo >= hi { return 0 }
        let (d, o) = hi.subtractingReportingOverflow(lo)
        if o { return nil }
        return (d - 1) / step + 1
    } else {
        if lo <= hi { return 0 }
        let (d, o) = lo.subtractingReportingOverflow(hi)
        if o { return nil }
        return (d - 1) / (-step) + 1
    }
}

/// A new range from three int objects (stolen); step must be non-zero.
private func makeRange(_ type: PyTypeRef, _ start: PyObjectRef, _ stop: PyObjectRef, _ step: PyObjectRef) -> PyObjectRef? {
    guard let length = rangeLength(start, stop, step) else { Py_DECREF(start); Py_DECREF(stop); Py_DECREF(step); return nil }
    guard let o = PyObject_Init(PyObject_Malloc(MemoryLayout<PyRangeObject>.size)?.assumingMemoryBound(to: PyObject.self), type) else {
        Py_DECREF(start); Py_DECREF(stop); Py_DECREF(step); Py_DECREF(length); return PyErr_NoMemory()
    }
    let r = rangeObj(o)
    r.pointee.start = start; r.pointee.stop = stop; r.pointee.step = step; r.pointee.length = length
    return o
}

private func rangeFromArgs(_ type: PyTypeRef, _ args: UnsafePointer<PyObjectRef?>, _ n: Int) -> PyObjectRef? {
    if !checkPositionalCount("range", n, 1, 3) { return nil }
    if n == 1 {
        guard let stop = PyNumber_Index(args[0]!) else { return nil }
        return makeRange(type, PyLong_FromSsize_t(0)!, stop, PyLong_FromSsize_t(1)!)
    }
    guard let start = PyNumber_Index(args[0]!) else { return nil }
    guard let stop = PyNumber_Index(args[1]!) else { Py_DECREF(start); return nil }
    var step: PyObjectRef
    if n == 3 {
        guard let s = PyNumber_Index(args[2]!) else { Py_DECREF(start); Py_DECREF(stop); return nil }
        step = s
        let isZero = smallIntValue(s).map { $0 == 0 } ?? (_PyLong_Sign(s) == 0)
        if isZero {
            Py_DECREF(start); Py_DECREF(stop); Py_DECREF(step)
            setError(PyExc_ValueError, "range() arg 3 must not be zero")
            return nil
        }
    } else {
        step = PyLong_FromSsize_t(1)!
    }
    return makeRange(type, start, stop, step)
}

private func rangeNewSlot(_ type: PyTypeRef?, _ args: PyObjectRef?, _ kwargs: PyObjectRef?) -> PyObjectRef? {
    if !checkNoKeywords("range", kwargs) { return nil }
    let (items, n) = argsTuple(args)
    return rangeFromArgs(type!, items, n)
}

private func rangeVectorcall(_ type: PyObjectRef?, _ args: UnsafePointer<PyObjectRef?>?, _ nargsf: Int, _ kwnames: PyObjectRef?) -> PyObjectRef? {
    if !checkNoKwnames("range", kwnames) { return nil }
    let n = nargsf & Int.max
    if n == 0 { return rangeFromArgs(type!.asType, UnsafePointer(bitPattern: 8)!, 0) }
    return rangeFromArgs(type!.asType, args!, n)
}

private func rangeDealloc(_ o: PyObjectRef?) {
    let r = rangeObj(o!)
    Py_DECREF(r.pointee.start!); Py_DECREF(r.pointee.stop!); Py_DECREF(r.pointee.step!); Py_DECREF(r.pointee.length!)
    PyObject_Free(UnsafeMutableRawPointer(o!))
}

private func rangeRepr(_ o: PyObjectRef?) -> PyObjectRef? {
    let r = rangeObj(o!)
    guard let a = containerRepr(r.pointee.start!), let b = containerRepr(r.pointee.stop!) else { return nil }
    if smallIntValue(r.pointee.step!) == 1 { return containerStr("range(\(a), \(b))") }
    guard let c = containerRepr(r.pointee.step!) else { return nil }
    return containerStr("range(\(a), \(b), \(c))")
}

private func rangeLen(_ o: PyObjectRef?) -> Int { PyLong_AsSsize_t(rangeObj(o!).pointee.length!) }

private func rangeBool(_ o: PyObjectRef?) -> Int32 {
    let len = rangeObj(o!).pointee.length!
    if let v = smallIntValue(len) { return v != 0 ? 1 : 0 }
    return PyObject_IsTrue(len)
}

/// start + i*step for an int object i (no bounds check).
private func rangeItemObject(_ r: UnsafeMutablePointer<PyRangeObject>, _ i: PyObjectRef) -> PyObjectRef? {
    if let s = smallIntValue(r.pointee.start!), let st = smallIntValue(r.pointee.step!), let iv = smallIntValue(i) {
        let (m, o1) = iv.multipliedReportingOverflow(by: st)
        if !o1 { let (v, o2) = s.addingReportingOverflow(m); if !o2 { return PyLong_FromSsize_t(v) } }
    }
    guard let m = PyNumber_Multiply(i, r.pointee.step!) else { return nil }
    defer { Py_DECREF(m) }
    return PyNumber_Add(r.pointee.start!, m)
}

private func rangeItem(_ o: PyObjectRef?, _ i: Int) -> PyObjectRef? {
    let r = rangeObj(o!)
    if let len = smallIntValue(r.pointee.length!) {
        if i < 0 || i >= len { setError(PyExc_IndexError, "range object index out of range"); return nil }
    } else if i < 0 {
        setError(PyExc_IndexError, "range object index out of range"); return nil
    }
    guard let io = PyLong_FromSsize_t(i) else { return nil }
    defer { Py_DECREF(io) }
    return rangeItemObject(r, io)
}

private func rangeSubscript(_ o: PyObjectRef?, _ key: PyObjectRef?) -> PyObjectRef? {
    let o = o!, key = key!
    let r = rangeObj(o)
    if indexCheck(key) {
        guard var i = PyNumber_Index(key) else { return nil }
        defer { Py_DECREF(i) }
        // Negative indices count from the end.
        let neg = smallIntValue(i).map { $0 < 0 } ?? (_PyLong_Sign(i) < 0)
        if neg {
            guard let j = PyNumber_Add(i, r.pointee.length!) else { return nil }
            Py_DECREF(i); i = j
        }
        let lo = smallIntValue(i).map { $0 < 0 } ?? (_PyLong_Sign(i) < 0)
        let hiC = PyObject_RichCompareBool(i, r.pointee.length!, Py_GE)
        if hiC < 0 { return nil }
        if lo || hiC > 0 { setError(PyExc_IndexError, "range object index out of range"); return nil }
        return rangeItemObject(r, i)
    }
    if key.pointee.ob_type == SPyType_Slice() {
        let len = PyLong_AsSsize_t(r.pointee.length!)
        if len == -1 && PyErr_Occurred() != nil { return nil }
        var start = 0, stop = 0, step = 0
        if PySlice_Unpack(key, &start, &stop, &step) < 0 { return nil }
        let n = PySlice_AdjustIndices(len, &start, &stop, step)
        guard let so = PyLong_FromSsize_t(start), let sto = PyLong_FromSsize_t(start + n * step) else { return nil }
        defer { Py_DECREF(so); Py_DECREF(sto) }
        guard let newStart = rangeItemObject(r, so) else { return nil }
        guard let newStop = rangeItemObject(r, sto) else { Py_DECREF(newStart); return nil }
        guard let stepObj = PyLong_FromSsize_t(step), let newStep = PyNumber_Multiply(r.pointee.step!, stepObj) else {
            Py_DECREF(newStart); Py_DECREF(newStop); return nil
        }
        Py_DECREF(stepObj)
        return makeRange(SPyType_Range(), newStart, newStop, newStep)
    }
    setError(PyExc_TypeError, "range indices must be integers or slices, not \(containerTypeName(key))")
    return nil
}

/// ob in r for an int ob: 1, 0 or -1, by arithmetic.
private func rangeContainsInt(_ r: UnsafeMutablePointer<PyRangeObject>, _ ob: PyObjectRef) -> Int32 {
    if let s = smallIntValue(r.pointee.start!), let e = smallIntValue(r.pointee.stop!), let st = smallIntValue(r.pointee.step!),
       let v = smallIntValue(ob) {
        if st > 0 { if !(s <= v && v < e) { return 0 } } else { if !(e < v && v <= s) { return 0 } }
        let d = v.subtractingReportingOverflow(s)
        if !d.overflow { return d.partialValue % st == 0 ? 1 : 0 }
    }
    guard let zero = PyLong_FromSsize_t(0) else { return -1 }
    defer { Py_DECREF(zero) }
    let positive = PyObject_RichCompareBool(r.pointee.step!, zero, Py_GT)
    if positive < 0 { return -1 }
    var c1: Int32, c2: Int32
    if positive > 0 {
        c1 = PyObject_RichCompareBool(r.pointee.start!, ob, Py_LE)
        c2 = c1 > 0 ? PyObject_RichCompareBool(ob, r.pointee.stop!, Py_LT) : 0
    } else {
        c1 = PyObject_RichCompareBool(ob, r.pointee.start!, Py_LE)
        c2 = c1 > 0 ? PyObject_RichCompareBool(r.pointee.stop!, ob, Py_LT) : 0
    }
    if c1 < 0 || c2 < 0 { return -1 }
    if c1 == 0 || c2 == 0 { return 0 }
    guard let d = PyNumber_Subtract(ob, r.pointee.start!) else { return -1 }
    defer { Py_DECREF(d) }
    guard let m = PyNumber_Remainder(d, r.pointee.step!) else { return -1 }
    defer { Py_DECREF(m) }
    return PyObject_RichCompareBool(m, zero, Py_EQ)
}

@inline(__always) private func isIntOrBool(_ o: PyObjectRef) -> Bool { intCheckExact(o) || o.pointee.ob_type == SPyType_Bool() }

/// Linear search through iteration (for non-int values): count (countAll) or first index, or -1 on error.
private func rangeSearch(_ o: PyObjectRef, _ ob: PyObjectRef, countAll: Bool) -> Int {
    guard let it = PyObject_GetIter(o) else { return -1 }
    defer { Py_DECREF(it) }
    var i = 0, count = 0
    while let x = PyIter_Next(it) {
        let c = PyObject_RichCompareBool(x, ob, Py_EQ)
        Py_DECREF(x)
        if c < 0 { return -1 }
        if c > 0 { if !countAll { return i }; count += 1 }
        i += 1
    }
    if PyErr_Occurred() != nil { return -1 }
    return countAll ? count : -2
}

private func rangeContains(_ o: PyObjectRef?, _ ob: PyObjectRef?) -> Int32 {
    if isIntOrBool(ob!) { return rangeContainsInt(rangeObj(o!), ob!) }
    let r = rangeSearch(o!, ob!, countAll: false)
    return r == -1 ? -1 : (r >= 0 ? 1 : 0)
}

private func rangeCount(_ o: PyObjectRef?, _ ob: PyObjectRef?) -> PyObjectRef? {
    if isIntOrBool(ob!) {
        let c = rangeContainsInt(rangeObj(o!), ob!)
        return c < 0 ? nil : PyLong_FromSsize_t(Int(c))
    }
    let n = rangeSearch(o!, ob!, countAll: true)
    return n < 0 ? nil : PyLong_FromSsize_t(n)
}

private func rangeIndex(_ o: PyObjectRef?, _ ob: PyObjectRef?) -> PyObjectRef? {
    let r = rangeObj(o!), ob = ob!
    if isIntOrBool(ob) {
        let c = rangeContainsInt(r, ob)
        if c < 0 { return nil }
        if c > 0 {
            guard let d = PyNumber_Subtract(ob, r.pointee.start!) else { return nil }
            defer { Py_DECREF(d) }
            return PyNumber_FloorDivide(d, r.pointee.step!)
        }
    } else {
        let i = rangeSearch(o!, ob, countAll: false)
        if i >= 0 { return PyLong_FromSsize_t(i) }
        if i == -1 { return nil }
    }
    guard let rs = containerRepr(ob) else { return nil }
    setError(PyExc_ValueError, "\(rs) is not in range")
    return nil
}

/// range equality: same length, and (if non-empty) same start, and (if longer than 1) same step.
private func rangeEquals(_ a: UnsafeMutablePointer<PyRangeObject>, _ b: UnsafeMutablePointer<PyRangeObject>) -> Int32 {
    if a == b { return 1 }
    var c = PyObject_RichCompareBool(a.pointee.length!, b.pointee.length!, Py_EQ)
    if c <= 0 { return c }
    let len = a.pointee.length!
    if PyObject_Not(len) != 0 { return 1 }
    c = PyObject_RichCompareBool(a.pointee.start!, b.pointee.start!, Py_EQ)
    if c <= 0 { return c }
    if smallIntValue(len) == 1 { return 1 }
    return PyObject_RichCompareBool(a.pointee.step!, b.pointee.step!, Py_EQ)
}

private func rangeRichCompare(_ v: PyObjectRef?, _ w: PyObjectRef?, _ op: Int32) -> PyObjectRef? {
    guard w!.pointee.ob_type == SPyType_Range(), op == Py_EQ || op == Py_NE else { return newNotImplemented() }
    let c = rangeEquals(rangeObj(v!), rangeObj(w!))
    if c < 0 { return nil }
    return pyBool((c == 1) == (op == Py_EQ))
}

private func rangeHash(_ o: PyObjectRef?) -> Int {
    let r = rangeObj(o!)
    guard let t = tupleNew(3) else { return -1 }
    defer { Py_DECREF(t) }
    let items = tupleItems(t)
    let len = r.pointee.length!
    Py_INCREF(len); items[0] = len
    if PyObject_Not(len) != 0 {
        items[1] = pyNoneRef(); items[2] = pyNoneRef()
    } else {
        Py_INCREF(r.pointee.start!); items[1] = r.pointee.start
        if smallIntValue(len) == 1 { items[2] = pyNoneRef() } else { Py_INCREF(r.pointee.step!); items[2] = r.pointee.step }
    }
    return PyObject_Hash(t)
}

// MARK: - Iterators

@inline(__always) private func rangeIterObj(_ o: PyObjectRef) -> UnsafeMutablePointer<_PyRangeIterObject> { o.cast(to: _PyRangeIterObject.self) }

/// A fast range iterator yielding start + i*step for i < len (machine integers).
public func rangeIterNew(start: Int, step: Int, length: Int) -> PyObjectRef? {
    guard let m = PyObject_Malloc(MemoryLayout<_PyRangeIterObject>.size),
          let o = PyObject_Init(m.assumingMemoryBound(to: PyObject.self), SPyType_RangeIter()) else { return PyErr_NoMemory() }
    let it = rangeIterObj(o)
    it.pointee.start = start; it.pointee.step = step; it.pointee.len = length; it.pointee.index = 0
    return o
}

@inline(__always) private func rangeIterNext(_ o: PyObjectRef?) -> PyObjectRef? {
    let it = rangeIterObj(o!)
    let i = it.pointee.index
    if i < it.pointee.len {
        it.pointee.index = i + 1
        return pyInt(Int(bitPattern: UInt(bitPattern: it.pointee.start) &+ UInt(bitPattern: i) &* UInt(bitPattern: it.pointee.step)))
    }
    return nil
}

private func rangeIterLengthHint(_ o: PyObjectRef?, _ u: PyObjectRef?) -> PyObjectRef? {
    let it = rangeIterObj(o!)
    return PyLong_FromSsize_t(it.pointee.len - it.pointee.index)
}

private func rangeIterDealloc(_ o: PyObjectRef?) { PyObject_Free(UnsafeMutableRawPointer(o!)) }

@inline(__always) private func longRangeIterObj(_ o: PyObjectRef) -> UnsafeMutablePointer<_PyLongRangeIterObject> { o.cast(to: _PyLongRangeIterObject.self) }

private func longRangeIterNew(_ start: PyObjectRef, _ step: PyObjectRef, _ len: PyObjectRef) -> PyObjectRef? {
    guard let m = PyObject_Malloc(MemoryLayout<_PyLongRangeIterObject>.size),
          let o = PyObject_Init(m.assumingMemoryBound(to: PyObject.self), SPyType_LongRangeIter()) else { return PyErr_NoMemory() }
    let it = longRangeIterObj(o)
    Py_INCREF(start); Py_INCREF(step); Py_INCREF(len)
    it.pointee.start = start; it.pointee.step = step; it.pointee.len = len; it.pointee.index = PyLong_FromSsize_t(0)
    return o
}

private func longRangeIterNext(_ o: PyObjectRef?) -> PyObjectRef? {
    let it = longRangeIterObj(o!)
    let c = PyObject_RichCompareBool(it.pointee.index!, it.pointee.len!, Py_LT)
    if c <= 0 { return nil }
    guard let m = PyNumber_Multiply(it.pointee.index!, it.pointee.step!) else { return nil }
    defer { Py_DECREF(m) }
    guard let one = PyLong_FromSsize_t(1), let next = PyNumber_Add(it.pointee.index!, one) else { return nil }
    Py_DECREF(one)
    Py_DECREF(it.pointee.index!)
    it.pointee.index = next
    return PyNumber_Add(it.pointee.start!, m)
}

private func longRangeIterLengthHint(_ o: PyObjectRef?, _ u: PyObjectRef?) -> PyObjectRef? {
    let it = longRangeIterObj(o!)
    return PyNumber_Subtract(it.pointee.len!, it.pointee.index!)
}

private func longRangeIterDealloc(_ o: PyObjectRef?) {
    let it = longRangeIterObj(o!)
    Py_DECREF(it.pointee.start!); Py_DECREF(it.pointee.step!); Py_DECREF(it.pointee.len!); Py_XDECREF(it.pointee.index)
    PyObject_Free(UnsafeMutableRawPointer(o!))
}

/// iter(range) or reversed(range).
private func rangeMakeIter(_ o: PyObjectRef, reversed: Bool) -> PyObjectRef? {
    let r = rangeObj(o)
    if let s = smallIntValue(r.pointee.start!), let st = smallIntValue(r.pointee.step!), let len = smallIntValue(r.pointee.length!),
       smallIntValue(r.pointee.stop!) != nil {
        if !reversed { return rangeIterNew(start: s, step: st, length: len) }
        if len == 0 { return rangeIterNew(start: s, step: st, length: 0) }
        let last = (len - 1).multipliedReportingOverflow(by: st)
        if !last.overflow, st != Int.min {
            let e = s.addingReportingOverflow(last.partialValue)
            if !e.overflow { return rangeIterNew(start: e.partialValue, step: -st, length: len) }
        }
    }
    if !reversed { return longRangeIterNew(r.pointee.start!, r.pointee.step!, r.pointee.length!) }
    // reversed: start + (len-1)*step, step negated.
    guard let one = PyLong_FromSsize_t(1) else { return nil }
    defer { Py_DECREF(one) }
    guard let lm1 = PyNumber_Subtract(r.pointee.length!, one) else { return nil }
    defer { Py_DECREF(lm1) }
    guard let last = rangeItemObject(r, lm1) else { return nil }
    defer { Py_DECREF(last) }
    guard let neg = PyNumber_Negative(r.pointee.step!) else { return nil }
    defer { Py_DECREF(neg) }
    return longRangeIterNew(last, neg, r.pointee.length!)
}

private func rangeIterSlot(_ o: PyObjectRef?) -> PyObjectRef? { rangeMakeIter(o!, reversed: false) }
private func rangeReversed(_ o: PyObjectRef?, _ u: PyObjectRef?) -> PyObjectRef? { rangeMakeIter(o!, reversed: true) }

private func rangeReduce(_ o: PyObjectRef?, _ u: PyObjectRef?) -> PyObjectRef? {
    let r = rangeObj(o!)
    guard let args = tupleFromArray([r.pointee.start, r.pointee.stop, r.pointee.step], 3) else { return nil }
    let cls = o!.pointee.ob_type.asObject
    Py_INCREF(cls)
    return tuplePair(stealing: cls, args)
}

func initRangeTypes() {
    let t = SPyType_Range()
    t.pointee.tp_name = immortalCString("range")
    t.pointee.tp_basicsize = MemoryLayout<PyRangeObject>.size
    t.pointee.tp_dealloc = { rangeDealloc($0) }
    t.pointee.tp_repr = { rangeRepr($0) }
    t.pointee.tp_hash = { rangeHash($0) }
    t.pointee.tp_getattro = PyObject_GenericGetAttr
    t.pointee.tp_flags = UInt(Py_TPFLAGS_HAVE_VERSION_TAG) | UInt(Py_TPFLAGS_SEQUENCE)
    t.pointee.tp_doc = immortalCString("range(stop) -> range object\nrange(start, stop[, step]) -> range object\n\nReturn an object that produces a sequence of integers from start (inclusive)\nto stop (exclusive) by step.  range(i, j) produces i, i+1, i+2, ..., j-1.\nstart defaults to 0, and stop is omitted!  range(4) produces 0, 1, 2, 3.\nThese are exactly the valid indices for a list of 4 elements.\nWhen step is given, it specifies the increment (or decrement).")
    t.pointee.tp_richcompare = { rangeRichCompare($0, $1, $2) }
    t.pointee.tp_iter = { rangeIterSlot($0) }
    t.pointee.tp_new = { rangeNewSlot($0, $1, $2) }
    t.pointee.tp_vectorcall = { rangeVectorcall($0, $1, $2, $3) }
    let nb = newNumberMethods()
    nb.pointee.nb_bool = { rangeBool($0) }
    t.pointee.tp_as_number = nb
    let sq = newSequenceMethods()
    sq.pointee.sq_length = { rangeLen($0) }
    sq.pointee.sq_item = { rangeItem($0, $1) }
    sq.pointee.sq_contains = { rangeContains($0, $1) }
    t.pointee.tp_as_sequence = sq
    let mp = newMappingMethods()
    mp.pointee.mp_length = { rangeLen($0) }
    mp.pointee.mp_subscript = { rangeSubscript($0, $1) }
    t.pointee.tp_as_mapping = mp
    t.pointee.tp_methods = makeMethodTable([
        .noArgs("__reversed__", { rangeReversed($0, $1) }, doc: "Return a reverse iterator."),
        .noArgs("__reduce__", { rangeReduce($0, $1) }),
        .oneArg("count", { rangeCount($0, $1) }, doc: "rangeobject.count(value) -> integer -- return number of occurrences of value"),
        .oneArg("index", { rangeIndex($0, $1) }, doc: "rangeobject.index(value) -> integer -- return index of value.\nRaise ValueError if the value is not present."),
    ])
    t.pointee.tp_members = makeMemberTable([
        MemberSpec("start", type: T_OBJECT_EX, offset: MemoryLayout<PyRangeObject>.offset(of: \PyRangeObject.start)!),
        MemberSpec("stop", type: T_OBJECT_EX, offset: MemoryLayout<PyRangeObject>.offset(of: \PyRangeObject.stop)!),
        MemberSpec("step", type: T_OBJECT_EX, offset: MemoryLayout<PyRangeObject>.offset(of: \PyRangeObject.step)!),
    ])
    let lh = "Private method returning an estimate of len(list(it))."
    initIteratorType(SPyType_RangeIter(), name: "range_iterator", basicsize: MemoryLayout<_PyRangeIterObject>.size,
                     dealloc: { rangeIterDealloc($0) }, traverse: nil, next: { rangeIterNext($0) },
                     methods: [.noArgs("__length_hint__", { rangeIterLengthHint($0, $1) }, doc: lh)])
    initIteratorType(SPyType_LongRangeIter(), name: "longrange_iterator", basicsize: MemoryLayout<_PyLongRangeIterObject>.size,
                     dealloc: { longRangeIterDealloc($0) }, traverse: nil, next: { longRangeIterNext($0) },
                     methods: [.noArgs("__length_hint__", { longRangeIterLengthHint($0, $1) }, doc: lh)])
}
