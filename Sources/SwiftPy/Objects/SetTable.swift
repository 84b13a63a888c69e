// The set hash table, CPython's setobject.c algorithm exactly (so that iteration order matches):
// open addressing with LINEAR_PROBES consecutive slots per probe then perturbed jumps, a dummy
// key marking deleted slots (hash -1), minimum size 8, growth when fill*5 >= mask*3.
// Invariants: table has mask+1 SetEntry slots; empty slot = (NULL, 0); fill = active + dummy; used = active.
import CPython
import Glibc

struct SetEntry {
    var key: PyObjectRef?
    var hash: Int
}

let setMinSize = 8
private let linearProbes = 9
private let setPerturbShift = 5

/// The key marking deleted slots (never visible to Python code).
nonisolated(unsafe) let setDummy: PyObjectRef = {
    let p = UnsafeMutablePointer<PyObject>.allocate(capacity: 1)
    p.initialize(to: PyObject(ob_refcnt: 1 << 30, ob_type: SPyType_None()))
    return p
}()

@inline(__always) func setObj(_ o: PyObjectRef) -> UnsafeMutablePointer<PySetObject> { o.cast(to: PySetObject.self) }
@inline(__always) func setTable(_ so: UnsafeMutablePointer<PySetObject>) -> UnsafeMutablePointer<SetEntry> {
    so.pointee.table.assumingMemoryBound(to: SetEntry.self)
}
@inline(__always) func PySet_GET_SIZE_(_ o: PyObjectRef) -> Int { setObj(o).pointee.used }
@inline(__always) func setCheckExact(_ o: PyObjectRef) -> Bool { o.pointee.ob_type == SPyType_Set() }

func setAllocTable(_ n: Int) -> UnsafeMutablePointer<SetEntry>? {
    guard n <= Int.max / 16, let p = calloc(n, MemoryLayout<SetEntry>.stride) else { _ = PyErr_NoMemory(); return nil }
    return p.assumingMemoryBound(to: SetEntry.self)
}

/// The slot holding key, or the empty slot ending its probe sequence; nil = comparison error.
func setLookkey(_ so: UnsafeMutablePointer<PySetObject>, _ key: PyObjectRef, _ hash: Int) -> UnsafeMutablePointer<SetEntry>? {
    restart: while true {
        var mask = so.pointee.mask
        var perturb = UInt(bitPattern: hash)
        var i = hash & mask
        while true {
            var entry = setTable(so) + i
            var probes = (i + linearProbes <= mask) ? linearProbes : 0
            repeat {
                if entry.pointee.hash == 0 && entry.pointee.key == nil { return entry }
                if entry.pointee.hash == hash {
                    let startkey = entry.pointee.key!
                    if startkey == key { return entry }
                    if strCheckExact(startkey) && strCheckExact(key) && strEqual(startkey, key) { return entry }
                    let table = so.pointee.table
                    Py_INCREF(startkey)
                    let cmp = containerEqual(startkey, key)
                    Py_DECREF(startkey)
                    if cmp < 0 { return nil }
                    if table != so.pointee.table || entry.pointee.key != startkey { continue restart }
                    if cmp > 0 { return entry }
                    mask = so.pointee.mask
                }
                entry += 1
                probes -= 1
            } while probes >= 0
            perturb >>= UInt(setPerturbShift)
            i = (i &* 5 &+ 1 &+ Int(bitPattern: perturb)) & mask
        }
    }
}

/// Adds key (borrowed; the set takes a new reference) with its hash. -1 = exception set.
func setAddEntry(_ so: UnsafeMutablePointer<PySetObject>, _ key: PyObjectRef, _ hash: Int) -> Int32 {
    Py_INCREF(key)
    restart: while true {
        var mask = so.pointee.mask
        var i = hash & mask
        var freeslot: UnsafeMutablePointer<SetEntry>? = nil
        var perturb = UInt(bitPattern: hash)
        while true {
            var entry = setTable(so) + i
            var probes = (i + linearProbes <= mask) ? linearProbes : 0
            repeat {
                if entry.pointee.hash == 0 && entry.pointee.key == nil {
                    if let freeslot {
                        so.pointee.used += 1
                        freeslot.pointee.key = key
                        freeslot.pointee.hash = hash
                        return 0
                    }
                    so.pointee.fill += 1
                    so.pointee.used += 1
                    entry.pointee.key = key
                    entry.pointee.hash = hash
                    if so.pointee.fill * 5 < mask * 3 { return 0 }
                    let u = so.pointee.used
                    return setTableResize(so, u > 50000 ? u * 2 : u * 4)
                }
                if entry.pointee.hash == hash {
                    let startkey = entry.pointee.key!
                    if startkey == key { Py_DECREF(key); return 0 }
                    if strCheckExact(startkey) && strCheckExact(key) && strEqual(startkey, key) { Py_DECREF(key); return 0 }
                    let table = so.pointee.table
                    Py_INCREF(startkey)
                    let cmp = containerEqual(startkey, key)
                    Py_DECREF(startkey)
                    if cmp > 0 { Py_DECREF(key); return 0 }
                    if cmp < 0 { Py_DECREF(key); return -1 }
                    if table != so.pointee.table || entry.pointee.key != startkey { continue restart }
                    mask = so.pointee.mask
                } else if entry.pointee.hash == -1 {
                    freeslot = entry
                }
                entry += 1
                probes -= 1
            } while probes >= 0
            perturb >>= UInt(setPerturbShift)
            i = (i &* 5 &+ 1 &+ Int(bitPattern: perturb)) & mask
        }
    }
}

/// Inserts a key known to be absent into a table without dummies (no refcount change).
@inline(__always) func setInsertClean(_ table: UnsafeMutablePointer<SetEntry>, _ mask: Int, _ key: PyObjectRef, _ hash: Int) {
    var perturb = UInt(bitPattern: hash)
    var i = hash & mask
    while true {
        var entry = table + i
        if entry.pointee.key == nil { entry.pointee.key = key; entry.pointee.hash = hash; return }
        if i + linearProbes <= mask {
            for _ in 0..<linearProbes {
                entry += 1
                if entry.pointee.key == nil { entry.pointee.key = key; entry.pointee.hash = hash; return }
            }
        }
        perturb >>= UInt(setPerturbShift)
        i = (i &* 5 &+ 1 &+ Int(bitPattern: perturb)) & mask
    }
}

/// Rebuilds the table with the smallest size > minused (dummies dropped). -1 = MemoryError.
func setTableResize(_ so: UnsafeMutablePointer<PySetObject>, _ minused: Int) -> Int32 {
    var newsize = setMinSize
    while newsize <= minused { newsize <<= 1 }
    let oldmask = so.pointee.mask
    let oldtable = setTable(so)
    if newsize == setMinSize && oldmask + 1 == setMinSize && so.pointee.fill == so.pointee.used {
        return 0   // CPython keeps its small table when there are no dummies
    }
    guard let newtable = setAllocTable(newsize) else { return -1 }
    so.pointee.mask = newsize - 1
    so.pointee.table = UnsafeMutableRawPointer(newtable)
    let newmask = newsize - 1
    if so.pointee.fill == so.pointee.used {
        for j in 0...oldmask { if let k = oldtable[j].key { setInsertClean(newtable, newmask, k, oldtable[j].hash) } }
    } else {
        so.pointee.fill = so.pointee.used
        for j in 0...oldmask {
            if let k = oldtable[j].key, k != setDummy { setInsertClean(newtable, newmask, k, oldtable[j].hash) }
        }
    }
    free(oldtable)
    return 0
}

@inline(__always) func setHashOf(_ key: PyObjectRef) -> Int { containerHash(key) }

func setContainsEntry(_ so: UnsafeMutablePointer<PySetObject>, _ key: PyObjectRef, _ hash: Int) -> Int32 {
    guard let e = setLookkey(so, key, hash) else { return -1 }
    return e.pointee.key != nil ? 1 : 0
}

/// 1 = found and removed, 0 = absent, -1 = error.
func setDiscardEntry(_ so: UnsafeMutablePointer<PySetObject>, _ key: PyObjectRef, _ hash: Int) -> Int32 {
    guard let e = setLookkey(so, key, hash) else { return -1 }
    guard let old = e.pointee.key else { return 0 }
    e.pointee.key = setDummy
    e.pointee.hash = -1
    so.pointee.used -= 1
    Py_DECREF(old)
    return 1
}

func setAddKey(_ so: UnsafeMutablePointer<PySetObject>, _ key: PyObjectRef) -> Int32 {
    let h = setHashOf(key)
    if h == -1 { return -1 }
    return setAddEntry(so, key, h)
}
func setContainsKey(_ so: UnsafeMutablePointer<PySetObject>, _ key: PyObjectRef) -> Int32 {
    let h = setHashOf(key)
    if h == -1 { return -1 }
    return setContainsEntry(so, key, h)
}
func setDiscardKey(_ so: UnsafeMutablePointer<PySetObject>, _ key: PyObjectRef) -> Int32 {
    let h = setHashOf(key)
    if h == -1 { return -1 }
    return setDiscardEntry(so, key, h)
}

/// Empties the set (fresh minimum-size table); old keys released afterwards. -1 = MemoryError.
@discardableResult func setClearInternal(_ so: UnsafeMutablePointer<PySetObject>) -> Int32 {
    guard let fresh = setAllocTable(setMinSize) else { return -1 }
    let table = setTable(so)
    let mask = so.pointee.mask
    var used = so.pointee.used
    so.pointee.table = UnsafeMutableRawPointer(fresh)
    so.pointee.mask = setMinSize - 1
    so.pointee.fill = 0
    so.pointee.used = 0
    so.pointee.hash = -1
    var j = 0
    while used > 0 && j <= mask {
        if let k = table[j].key, k != setDummy { used -= 1; Py_DECREF(k) }
        j += 1
    }
    free(table)
    return 0
}

/// The next active slot at or after pos (pos advances past it).
@inline(__always) func setNext(_ so: UnsafeMutablePointer<PySetObject>, _ pos: inout Int) -> UnsafeMutablePointer<SetEntry>? {
    var i = pos
    let mask = so.pointee.mask
    let t = setTable(so)
    while i <= mask && (t[i].key == nil || t[i].key == setDummy) { i += 1 }
    pos = i + 1
    return i > mask ? nil : t + i
}

/// (key, hash) of the next element of an exact set/frozenset, for other areas' fast paths.
func setNextEntry(_ s: PyObjectRef, _ pos: inout Int) -> (PyObjectRef, Int)? {
    guard let e = setNext(setObj(s), &pos) else { return nil }
    return (e.pointee.key!, e.pointee.hash)
}

/// Adds every element of the set other to so.
func setMerge(_ so: UnsafeMutablePointer<PySetObject>, _ otherObj: PyObjectRef) -> Int32 {
    let other = setObj(otherObj)
    if other == so || other.pointee.used == 0 { return 0 }
    if (so.pointee.fill + other.pointee.used) * 5 >= so.pointee.mask * 3 {
        if setTableResize(so, (so.pointee.used + other.pointee.used) * 2) != 0 { return -1 }
    }
    let ot = setTable(other)
    if so.pointee.fill == 0 && so.pointee.mask == other.pointee.mask && other.pointee.fill == other.pointee.used {
        let st = setTable(so)
        for i in 0...other.pointee.mask {
            if let k = ot[i].key { Py_INCREF(k); st[i].key = k; st[i].hash = ot[i].hash }
        }
        so.pointee.fill = other.pointee.fill
        so.pointee.used = other.pointee.used
        return 0
    }
    if so.pointee.fill == 0 {
        let st = setTable(so), mask = so.pointee.mask
        so.pointee.fill = other.pointee.used
        so.pointee.used = other.pointee.used
        for i in 0...other.pointee.mask {
            if let k = ot[i].key, k != setDummy { Py_INCREF(k); setInsertClean(st, mask, k, ot[i].hash) }
        }
        return 0
    }
    var i = 0
    while i <= other.pointee.mask {
        let e = setTable(other)[i]
        if let k = e.key, k != setDummy {
            if setAddEntry(so, k, e.hash) != 0 { return -1 }
        }
        i += 1
    }
    return 0
}

/// so |= iterable (sets, exact dicts and any iterable).
func setUpdateInternal(_ so: UnsafeMutablePointer<PySetObject>, _ other: PyObjectRef) -> Int32 {
    if anySetCheck(other) { return setMerge(so, other) }
    if dictCheckExact(other) {
        let dictsize = dictObj(other).pointee.ma_used
        if (so.pointee.fill + dictsize) * 5 >= so.pointee.mask * 3 {
            if setTableResize(so, (so.pointee.used + dictsize) * 2) != 0 { return -1 }
        }
        var pos = 0
        while let ep = dictNextEntry(dictObj(other), &pos) {
            if setAddEntry(so, ep.pointee.key!, ep.pointee.hash) != 0 { return -1 }
        }
        return 0
    }
    guard let it = PyObject_GetIter(other) else { return -1 }
    defer { Py_DECREF(it) }
    let next = it.pointee.ob_type.pointee.tp_iternext!
    while let key = next(it) {
        let r = setAddKey(so, key)
        Py_DECREF(key)
        if r != 0 { return -1 }
    }
    if PyErr_Occurred() != nil {
        if PyErr_ExceptionMatches(PyExc_StopIteration) != 0 { PyErr_Clear() } else { return -1 }
    }
    return 0
}
