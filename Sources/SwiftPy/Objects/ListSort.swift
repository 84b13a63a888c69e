// list.sort: a stable natural merge sort in the manner of timsort (runs found or extended to
// minrun by binary insertion, merged under timsort's stack invariants) over the raw item buffer.
// Comparisons specialize when every key is an exact small int, float or str (CPython's
// unsafe_*_compare idea); otherwise PyObject_RichCompareBool(<). While sorting, the list is empty
// (allocated == -1); a mutation is reported as "list modified during sort". A failing comparison
// stops the sort with the items left a permutation of the original.
import CPython
import Glibc

/// a < b: 1, 0, or -1 with an exception set.
protocol SortLess { func lt(_ a: PyObjectRef, _ b: PyObjectRef) -> Int32 }

struct IntLess: SortLess {
    @inline(__always) func lt(_ a: PyObjectRef, _ b: PyObjectRef) -> Int32 {
        a.cast(to: PyLongObject.self).pointee.ob_ival < b.cast(to: PyLongObject.self).pointee.ob_ival ? 1 : 0
    }
}
struct FloatLess: SortLess {
    @inline(__always) func lt(_ a: PyObjectRef, _ b: PyObjectRef) -> Int32 {
        a.cast(to: PyFloatObject.self).pointee.ob_fval < b.cast(to: PyFloatObject.self).pointee.ob_fval ? 1 : 0
    }
}
struct StrLess: SortLess {
    @inline(__always) func lt(_ a: PyObjectRef, _ b: PyObjectRef) -> Int32 { strCompare(a, b) < 0 ? 1 : 0 }
}
struct ObjectLess: SortLess {
    @inline(__always) func lt(_ a: PyObjectRef, _ b: PyObjectRef) -> Int32 { PyObject_RichCompareBool(a, b, Py_LT) }
}

/// Code-point order of two exact strs: <0, 0, >0.
func strCompare(_ a: PyObjectRef, _ b: PyObjectRef) -> Int {
    let ua = a.cast(to: PyUnicodeObject.self), ub = b.cast(to: PyUnicodeObject.self)
    let la = ua.pointee.length, lb = ub.pointee.length
    let n = min(la, lb)
    let ka = Int32(ua.pointee.kind), kb = Int32(ub.pointee.kind)
    if n > 0, let da = ua.pointee.data, let db = ub.pointee.data {
        if ka == 1 && kb == 1 {
            let c = memcmp(da, db, n)
            if c != 0 { return Int(c) }
        } else {
            for i in 0..<n {
                let x = PyUnicode_READ(ka, da, i), y = PyUnicode_READ(kb, db, i)
                if x != y { return x < y ? -1 : 1 }
            }
        }
    }
    return la - lb
}

/// Keys (compared) and optional values (moved along with the keys).
struct SortSlice {
    var keys: UnsafeMutablePointer<PyObjectRef?>
    var values: UnsafeMutablePointer<PyObjectRef?>?
    @inline(__always) func swapAt(_ i: Int, _ j: Int) {
        let k = keys[i]; keys[i] = keys[j]; keys[j] = k
        if let v = values { let t = v[i]; v[i] = v[j]; v[j] = t }
    }
    @inline(__always) func reverse(_ lo: Int, _ hi: Int) {   // [lo, hi)
        var i = lo, j = hi - 1
        while i < j { swapAt(i, j); i += 1; j -= 1 }
    }
}

private struct MergeState<L: SortLess> {
    let less: L
    let s: SortSlice
    var tmpKeys: UnsafeMutablePointer<PyObjectRef?>? = nil
    var tmpValues: UnsafeMutablePointer<PyObjectRef?>? = nil
    var tmpCapacity = 0
    var runBase: [Int] = []
    var runLen: [Int] = []

    init(_ less: L, _ s: SortSlice) { self.less = less; self.s = s }

    mutating func freeTemp() { free(tmpKeys); free(tmpValues); tmpKeys = nil; tmpValues = nil; tmpCapacity = 0 }

    mutating func ensureTemp(_ n: Int) -> Bool {
        if n <= tmpCapacity { return true }
        freeTemp()
        tmpKeys = malloc(n * 8)?.assumingMemoryBound(to: PyObjectRef?.self)
        if s.values != nil { tmpValues = malloc(n * 8)?.assumingMemoryBound(to: PyObjectRef?.self) }
        if tmpKeys == nil || (s.values != nil && tmpValues == nil) { freeTemp(); _ = PyErr_NoMemory(); return false }
        tmpCapacity = n
        return true
    }

    /// Binary insertion sort of [lo, hi) where [lo, start) is already sorted. false = error.
    func binaryInsertion(_ lo: Int, _ hi: Int, _ startIn: Int) -> Bool {
        var start = startIn == lo ? lo + 1 : startIn
        let keys = s.keys
        while start < hi {
            let pivot = keys[start]!
            let pivotValue = s.values?[start]
            var l = lo, r = start
            while l < r {
                let p = l + ((r - l) >> 1)
                let c = less.lt(pivot, keys[p]!)
                if c < 0 { return false }
                if c > 0 { r = p } else { l = p + 1 }
            }
            // Shift [l, start) one slot right; insert the pivot at l.
            var k = start
            while k > l { keys[k] = keys[k - 1]; k -= 1 }
            keys[l] = pivot
            if let v = s.values {
                k = start
                while k > l { v[k] = v[k - 1]; k -= 1 }
                v[l] = pivotValue
            }
            start += 1
        }
        return true
    }

    /// Length of the run starting at lo (a strictly descending run is reversed in place). -1 = error.
    func countRun(_ lo: Int, _ hi: Int) -> Int {
        if lo + 1 == hi { return 1 }
        let keys = s.keys
        var n = 2
        var c = less.lt(keys[lo + 1]!, keys[lo]!)
        if c < 0 { return -1 }
        if c > 0 {
            while lo + n < hi {
                c = less.lt(keys[lo + n]!, keys[lo + n - 1]!)
                if c < 0 { return -1 }
                if c == 0 { break }
                n += 1
            }
            s.reverse(lo, lo + n)
        } else {
            while lo + n < hi {
                c = less.lt(keys[lo + n]!, keys[lo + n - 1]!)
                if c < 0 { return -1 }
                if c > 0 { break }
                n += 1
            }
        }
        return n
    }

    /// Merges the adjacent sorted runs [a, b) and [b, end). false = error (items stay a permutation).
    mutating func merge(_ aIn: Int, _ b: Int, _ endIn: Int) -> Bool {
        let keys = s.keys
        var a = aIn, end = endIn
        // Items of the left run <= keys[b] are already in place.
        var l = a, r = b
        let first = keys[b]!
        while l < r {
            let p = l + ((r - l) >> 1)
            let c = less.lt(first, keys[p]!)
            if c < 0 { return false }
            if c > 0 { r = p } else { l = p + 1 }
        }
        a = l
        if a == b { return true }
        // Items of the right run >= keys[b-1] are already in place.
        let last = keys[b - 1]!
        l = b; r = end
        while l < r {
            let p = l + ((r - l) >> 1)
            let c = less.lt(keys[p]!, last)
            if c < 0 { return false }
            if c > 0 { l = p + 1 } else { r = p }
        }
        end = l
        let na = b - a
        if !ensureTemp(na) { return false }
        let tk = tmpKeys!, tv = tmpValues
        tk.update(from: keys + a, count: na)
        if let v = s.values { tv!.update(from: v + a, count: na) }
        var i = 0, j = b, dest = a
        var ok = true
        while i < na && j < end {
            let c = less.lt(keys[j]!, tk[i]!)
            if c < 0 { ok = false; break }
            if c > 0 {
                keys[dest] = keys[j]
                if let v = s.values { v[dest] = v[j] }
                j += 1
            } else {
                keys[dest] = tk[i]
                if let v = s.values { v[dest] = tv![i] }
                i += 1
            }
            dest += 1
        }
        // The rest of the left run fills exactly the gap before j (also after an error).
        (keys + dest).update(from: tk + i, count: na - i)
        if let v = s.values { (v + dest).update(from: tv! + i, count: na - i) }
        return ok
    }

    mutating func mergeAt(_ i: Int) -> Bool {
        let a = runBase[i], b = runBase[i + 1], end = b + runLen[i + 1]
        runLen[i] += runLen[i + 1]
        runBase.remove(at: i + 1)
        runLen.remove(at: i + 1)
        return merge(a, b, end)
    }

    /// Restores timsort's invariants on the run stack.
    mutating func mergeCollapse() -> Bool {
        while runLen.count > 1 {
            var n = runLen.count - 2
            if (n > 0 && runLen[n - 1] <= runLen[n] + runLen[n + 1]) || (n > 1 && runLen[n - 2] <= runLen[n - 1] + runLen[n]) {
                if runLen[n - 1] < runLen[n + 1] { n -= 1 }
            } else if runLen[n] > runLen[n + 1] {
                break
            }
            if !mergeAt(n) { return false }
        }
        return true
    }

    mutating func mergeForceCollapse() -> Bool {
        while runLen.count > 1 {
            var n = runLen.count - 2
            if n > 0 && runLen[n - 1] < runLen[n + 1] { n -= 1 }
            if !mergeAt(n) { return false }
        }
        return true
    }

    /// Sorts s[0..<n]. false = error (an exception is set; items remain a permutation).
    mutating func sort(_ n: Int) -> Bool {
        defer { freeTemp() }
        var minrun = n, r = 0
        while minrun >= 64 { r |= minrun & 1; minrun >>= 1 }
        minrun += r
        var lo = 0
        while lo < n {
            var len = countRun(lo, n)
            if len < 0 { return false }
            if len < minrun {
                let force = min(minrun, n - lo)
                if !binaryInsertion(lo, lo + force, lo + len) { return false }
                len = force
            }
            runBase.append(lo)
            runLen.append(len)
            if !mergeCollapse() { return false }
            lo += len
        }
        return mergeForceCollapse()
    }
}

/// Sorts keys[0..<n] (and values alongside) with the fastest comparison valid for all keys.
private func sortSlice(_ s: SortSlice, _ n: Int) -> Bool {
    if n < 2 { return true }
    let k0 = s.keys[0]!
    let t = k0.pointee.ob_type
    var sameType = true
    var allSmallInts = t == SPyType_Long()
    for i in 0..<n {
        let k = s.keys[i]!
        if k.pointee.ob_type != t { sameType = false; break }
        if allSmallInts && k.cast(to: PyLongObject.self).pointee.ob_big != nil { allSmallInts = false }
    }
    if sameType {
        if allSmallInts { var m = MergeState(IntLess(), s); return m.sort(n) }
        if t == SPyType_Float() { var m = MergeState(FloatLess(), s); return m.sort(n) }
        if t == SPyType_Unicode() { var m = MergeState(StrLess(), s); return m.sort(n) }
    }
    var m = MergeState(ObjectLess(), s)
    return m.sort(n)
}

/// list.sort(key=keyfunc or nil, reverse=). -1 = exception set.
func listSort(_ o: PyObjectRef, key keyfunc: PyObjectRef?, reverse: Bool) -> Int32 {
    let l = listObj(o)
    let savedSize = containerSize(o)
    let savedItems = l.pointee.ob_item
    let savedAllocated = l.pointee.allocated
    setContainerSize(o, 0)
    l.pointee.ob_item = nil
    l.pointee.allocated = -1
    var ok = true
    var keys: UnsafeMutablePointer<PyObjectRef?>? = nil
    var keysComputed = true
    if let keyfunc, savedSize > 0 {
        keys = malloc(savedSize * 8)?.assumingMemoryBound(to: PyObjectRef?.self)
        if keys == nil { _ = PyErr_NoMemory(); ok = false; keysComputed = false }
        else {
            for i in 0..<savedSize {
                guard let k = PyObject_CallOneArg(keyfunc, savedItems![i]!) else {
                    for j in 0..<i { Py_DECREF(keys![j]!) }
                    free(keys); keys = nil
                    ok = false; keysComputed = false
                    break
                }
                keys![i] = k
            }
        }
    }
    if keysComputed && savedSize > 1 {
        let slice = keys != nil ? SortSlice(keys: keys!, values: savedItems) : SortSlice(keys: savedItems!, values: nil)
        if reverse { slice.reverse(0, savedSize) }
        ok = sortSlice(slice, savedSize)
        if let keys { for i in 0..<savedSize { Py_DECREF(keys[i]!) } }
        if l.pointee.allocated != -1 && ok {
            setError(PyExc_ValueError, "list modified during sort")
            ok = false
        }
        if reverse { reverseItems(savedItems!, savedSize) }
    } else if let keys {
        for i in 0..<savedSize { Py_DECREF(keys[i]!) }
    }
    free(keys)
    // Restore the items; drop whatever was put in the list meanwhile.
    let finalItems = l.pointee.ob_item
    var i = containerSize(o)
    setContainerSize(o, savedSize)
    l.pointee.ob_item = savedItems
    l.pointee.allocated = savedAllocated
    if let finalItems {
        while i > 0 { i -= 1; if let x = finalItems[i] { Py_DECREF(x) } }
        free(finalItems)
    }
    return ok ? 0 : -1
}

private func listSortMethod(_ o: PyObjectRef?, _ args: UnsafePointer<PyObjectRef?>?, _ nargsf: Int, _ kwnames: PyObjectRef?) -> PyObjectRef? {
    let nargs = nargsf & Int.max
    if nargs > 0 { setError(PyExc_TypeError, "sort() takes no positional arguments"); return nil }
    var keyfunc: PyObjectRef? = nil
    var reverse = false
    if let kwnames {
        let names = tupleItems(kwnames)
        for i in 0..<containerSize(kwnames) {
            let name = swiftString(names[i]!)
            let v = args![nargs + i]!
            if name == "key" {
                keyfunc = v == pyNone ? nil : v
            } else if name == "reverse" {
                if v.pointee.ob_type == SPyType_Float() {
                    setError(PyExc_TypeError, "'float' object cannot be interpreted as an integer"); return nil
                }
                let r = PyLong_AsLong(v)
                if r == -1 && PyErr_Occurred() != nil { return nil }
                reverse = r != 0
            } else {
                setError(PyExc_TypeError, "'\(name)' is an invalid keyword argument for sort()")
                return nil
            }
        }
    }
    if listSort(o!, key: keyfunc, reverse: reverse) < 0 { return nil }
    return pyNoneRef()
}

@c @implementation public func PyList_Sort(_ op: UnsafeMutablePointer<PyObject>?) -> Int32 {
    guard let op, listCheck(op) else { PyErr_BadInternalCall_(); return -1 }
    return listSort(op, key: nil, reverse: false)
}

func listSortMethodSpecs() -> [MethodSpec] {
    [.fastKw("sort", { listSortMethod($0, $1, $2, $3) }, doc: "Sort the list in ascending order and return None.\n\nThe sort is in-place (i.e. the list itself is modified) and stable (i.e. the\norder of two equal elements is maintained).\n\nIf a key function is given, apply it once to each list item and sort them,\nascending or descending, according to their function values.\n\nThe reverse flag can be set to sort in descending order.")]
}
