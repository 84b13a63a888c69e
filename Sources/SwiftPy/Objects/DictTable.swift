// The dict hash table (SwiftPy layout of PyDictObject.ma_keys): one malloc'd block holding a header,
// `size` Int32 indices (power of two; -1 empty, -2 deleted, else an entry number) and the entry
// array in insertion order, as CPython 3.6+'s compact dict. Probing as CPython's
// (i = i*5 + perturb + 1, perturb >>= 5). ma_keys == NULL is the empty table.
// Invariants: entries[0..<nentries] are initialized; a deleted entry has key == value == NULL and
// no index points to it; usable + nentries <= usableFraction(size); ma_used live entries.
import CPython
import Glibc

struct DictKeysHeader {
    var size: Int       // number of index slots, a power of two >= 8
    var usable: Int     // entries that can still be appended
    var nentries: Int   // entries appended so far (live and deleted)
}

struct DictEntry {
    var hash: Int
    var key: PyObjectRef?
    var value: PyObjectRef?
}

let dkixEmpty = -1
let dkixDummy = -2
let dkixError = -3
let dictMinSize = 8
private let perturbShift = 5

nonisolated(unsafe) private var dictVersionCounter: UInt64 = 0
@inline(__always) func nextDictVersion() -> UInt64 { dictVersionCounter &+= 1; return dictVersionCounter }

typealias DictKeys = UnsafeMutableRawPointer

@inline(__always) func dictObj(_ o: PyObjectRef) -> UnsafeMutablePointer<PyDictObject> { o.cast(to: PyDictObject.self) }
@inline(__always) func dkHeader(_ k: DictKeys) -> UnsafeMutablePointer<DictKeysHeader> { k.assumingMemoryBound(to: DictKeysHeader.self) }
@inline(__always) func dkIndices(_ k: DictKeys) -> UnsafeMutablePointer<Int32> {
    (k + MemoryLayout<DictKeysHeader>.size).assumingMemoryBound(to: Int32.self)
}
@inline(__always) func dkEntries(_ k: DictKeys) -> UnsafeMutablePointer<DictEntry> {
    (k + MemoryLayout<DictKeysHeader>.size + dkHeader(k).pointee.size * 4).assumingMemoryBound(to: DictEntry.self)
}
@inline(__always) func usableFraction(_ n: Int) -> Int { (n << 1) / 3 }

/// Smallest table size (power of two, >= 8) with at least `minsize` slots.
func dictKeysizeFor(_ minsize: Int) -> Int {
    var s = dictMinSize
    while s < minsize { s <<= 1 }
    return s
}
/// Table size for a dict that must hold n items without resizing.
func dictKeysizeForItems(_ n: Int) -> Int {
    if n <= usableFraction(dictMinSize) { return dictMinSize }
    return dictKeysizeFor((n * 3 + 1) >> 1)
}

/// A new empty keys block with `size` index slots; nil = MemoryError set.
func dictKeysNew(_ size: Int) -> DictKeys? {
    let usable = usableFraction(size)
    let bytes = MemoryLayout<DictKeysHeader>.size + size * 4 + usable * MemoryLayout<DictEntry>.stride
    guard size < (1 << 31), let k = malloc(bytes) else { _ = PyErr_NoMemory(); return nil }
    dkHeader(k).initialize(to: DictKeysHeader(size: size, usable: usable, nentries: 0))
    memset(dkIndices(k), 0xff, size * 4)
    return k
}

/// The index slot holding entry number ix (which must be present).
@inline(__always) func dictSlotOf(_ k: DictKeys, _ hash: Int, _ ix: Int) -> Int {
    let mask = dkHeader(k).pointee.size - 1
    let idx = dkIndices(k)
    var perturb = UInt(bitPattern: hash)
    var i = hash & mask
    while Int(idx[i]) != ix {
        perturb >>= UInt(perturbShift)
        i = (i &* 5 &+ Int(bitPattern: perturb) &+ 1) & mask
    }
    return i
}

/// First index slot on hash's probe path that is empty or deleted.
@inline(__always) func dictFindEmptySlot(_ k: DictKeys, _ hash: Int) -> Int {
    let mask = dkHeader(k).pointee.size - 1
    let idx = dkIndices(k)
    var perturb = UInt(bitPattern: hash)
    var i = hash & mask
    while idx[i] >= 0 {
        perturb >>= UInt(perturbShift)
        i = (i &* 5 &+ Int(bitPattern: perturb) &+ 1) & mask
    }
    return i
}

/// Looks key up. Returns the entry number (value set, borrowed), dkixEmpty (value nil) or dkixError.
/// Comparisons may run Python code; if it mutates the table the lookup restarts.
func dictLookup(_ mp: UnsafeMutablePointer<PyDictObject>, _ key: PyObjectRef, _ hash: Int, _ value: inout PyObjectRef?) -> Int {
    let keyIsStr = strCheckExact(key)
    restart: while true {
        guard let k = mp.pointee.ma_keys else { value = nil; return dkixEmpty }
        let mask = dkHeader(k).pointee.size - 1
        let idx = dkIndices(k), entries = dkEntries(k)
        var perturb = UInt(bitPattern: hash)
        var i = hash & mask
        while true {
            let ix = Int(idx[i])
            if ix == dkixEmpty { value = nil; return dkixEmpty }
            if ix >= 0 {
                let ep = entries + ix
                let sk = ep.pointee.key!
                if sk == key { value = ep.pointee.value; return ix }
                if ep.pointee.hash == hash {
                    if keyIsStr && strCheckExact(sk) {
                        if strEqual(sk, key) { value = ep.pointee.value; return ix }
                    } else {
                        Py_INCREF(sk)
                        let cmp = containerEqual(sk, key)
                        Py_DECREF(sk)
                        if cmp < 0 { value = nil; return dkixError }
                        if k != mp.pointee.ma_keys || ep.pointee.key != sk { continue restart }
                        if cmp > 0 { value = ep.pointee.value; return ix }
                    }
                }
            }
            perturb >>= UInt(perturbShift)
            i = (i &* 5 &+ Int(bitPattern: perturb) &+ 1) & mask
        }
    }
}

/// Rebuilds the table with `newsize` slots, compacting away deleted entries (order kept). -1 = MemoryError.
func dictResize(_ mp: UnsafeMutablePointer<PyDictObject>, _ newsize: Int) -> Int32 {
    let used = mp.pointee.ma_used
    guard let nk = dictKeysNew(newsize) else { return -1 }
    let ne = dkEntries(nk)
    if let ok = mp.pointee.ma_keys {
        let oe = dkEntries(ok), n = dkHeader(ok).pointee.nentries
        if n == used {
            ne.initialize(from: oe, count: n)
        } else {
            var j = 0
            for i in 0..<n where oe[i].value != nil { (ne + j).initialize(to: oe[i]); j += 1 }
        }
        free(ok)
    }
    let mask = newsize - 1
    let idx = dkIndices(nk)
    for j in 0..<used {
        let h = ne[j].hash
        var perturb = UInt(bitPattern: h)
        var i = h & mask
        while idx[i] != -1 {
            perturb >>= UInt(perturbShift)
            i = (i &* 5 &+ Int(bitPattern: perturb) &+ 1) & mask
        }
        idx[i] = Int32(j)
    }
    dkHeader(nk).pointee.usable -= used
    dkHeader(nk).pointee.nentries = used
    mp.pointee.ma_keys = nk
    return 0
}

@inline(__always) func dictInsertionResize(_ mp: UnsafeMutablePointer<PyDictObject>) -> Int32 {
    dictResize(mp, dictKeysizeFor(mp.pointee.ma_used * 3))
}

/// Appends a new entry for a key known to be absent. Steals key and value. -1 = MemoryError.
@inline(__always) func dictInsertNew(_ mp: UnsafeMutablePointer<PyDictObject>, _ key: PyObjectRef, _ hash: Int, _ value: PyObjectRef) -> Int32 {
    if mp.pointee.ma_keys == nil || dkHeader(mp.pointee.ma_keys!).pointee.usable <= 0 {
        if dictInsertionResize(mp) < 0 { Py_DECREF(key); Py_DECREF(value); return -1 }
    }
    let k = mp.pointee.ma_keys!
    let h = dkHeader(k)
    let slot = dictFindEmptySlot(k, hash)
    let n = h.pointee.nentries
    dkIndices(k)[slot] = Int32(n)
    (dkEntries(k) + n).initialize(to: DictEntry(hash: hash, key: key, value: value))
    h.pointee.nentries = n + 1
    h.pointee.usable -= 1
    mp.pointee.ma_used += 1
    mp.pointee.ma_version_tag = nextDictVersion()
    return 0
}

/// CPython's insertdict: sets mp[key] = value. Steals key and value. -1 = exception set.
func dictInsert(_ mp: UnsafeMutablePointer<PyDictObject>, _ key: PyObjectRef, _ hash: Int, _ value: PyObjectRef) -> Int32 {
    var old: PyObjectRef? = nil
    let ix = dictLookup(mp, key, hash, &old)
    if ix == dkixError { Py_DECREF(key); Py_DECREF(value); return -1 }
    if ix == dkixEmpty { return dictInsertNew(mp, key, hash, value) }
    let ep = dkEntries(mp.pointee.ma_keys!) + ix
    if old != value {
        ep.pointee.value = value
        mp.pointee.ma_version_tag = nextDictVersion()
        Py_DECREF(old!)
    } else {
        Py_DECREF(value)
    }
    Py_DECREF(key)
    return 0
}

/// Removes entry ix (found by a lookup of hash). Releases key and value after the table is consistent.
func dictDeleteEntry(_ mp: UnsafeMutablePointer<PyDictObject>, _ hash: Int, _ ix: Int) {
    let k = mp.pointee.ma_keys!
    let slot = dictSlotOf(k, hash, ix)
    dkIndices(k)[slot] = Int32(dkixDummy)
    let ep = dkEntries(k) + ix
    let oldKey = ep.pointee.key, oldValue = ep.pointee.value
    ep.pointee.key = nil
    ep.pointee.value = nil
    mp.pointee.ma_used -= 1
    mp.pointee.ma_version_tag = nextDictVersion()
    if let oldKey { Py_DECREF(oldKey) }
    if let oldValue { Py_DECREF(oldValue) }
}

/// The next live entry at or after *pos (pos advances past it), or nil.
@inline(__always) func dictNextEntry(_ mp: UnsafeMutablePointer<PyDictObject>, _ pos: inout Int) -> UnsafeMutablePointer<DictEntry>? {
    guard let k = mp.pointee.ma_keys else { return nil }
    let n = dkHeader(k).pointee.nentries
    let e = dkEntries(k)
    var i = pos
    while i < n && e[i].value == nil { i += 1 }
    if i >= n { pos = i; return nil }
    pos = i + 1
    return e + i
}

/// Empties the dict; old entries are released after it is consistent.
func dictClearInternal(_ mp: UnsafeMutablePointer<PyDictObject>) {
    guard let k = mp.pointee.ma_keys else { return }
    mp.pointee.ma_keys = nil
    mp.pointee.ma_used = 0
    mp.pointee.ma_version_tag = nextDictVersion()
    let e = dkEntries(k)
    for i in 0..<dkHeader(k).pointee.nentries {
        if let x = e[i].key { Py_DECREF(x) }
        if let x = e[i].value { Py_DECREF(x) }
    }
    free(k)
}

// MARK: - Fast str-keyed access for the VM

/// Attribute-lookup probe of an exact dict for an exact str key whose hash is cached, by identity
/// only (attribute names are interned): `decided` is true when the probe proved the answer (value =
/// the borrowed value, or nil when absent); false when a same-hash, different-object key was met
/// (the caller then does the full lookup, which may run __eq__ and raise).
@inline(__always) func dictProbeInterned(_ d: PyObjectRef, _ key: PyObjectRef, _ decided: inout Bool) -> PyObjectRef? {
    decided = false
    guard d.pointee.ob_type == SPyType_Dict(), key.pointee.ob_type == SPyType_Unicode() else { return nil }
    let hash = key.cast(to: PyUnicodeObject.self).pointee.hash
    if hash == -1 { return nil }
    let mp = dictObj(d)
    guard let k = mp.pointee.ma_keys else { decided = true; return nil }
    let mask = dkHeader(k).pointee.size - 1
    let idx = dkIndices(k), entries = dkEntries(k)
    var perturb = UInt(bitPattern: hash)
    var i = hash & mask
    while true {
        let ix = Int(idx[i])
        if ix == dkixEmpty { decided = true; return nil }
        if ix >= 0 {
            let ep = entries + ix
            if ep.pointee.key == key { decided = true; return ep.pointee.value }
            if ep.pointee.hash == hash { return nil }
        }
        perturb >>= UInt(perturbShift)
        i = (i &* 5 &+ Int(bitPattern: perturb) &+ 1) & mask
    }
}

/// d[key] for an exact str key (hash cached or computable): borrowed value, or nil if absent.
/// Never leaves an exception set (errors from exotic keys' __eq__ are swallowed).
@inline(__always) public func dictLookupStr(_ d: PyObjectRef, _ key: PyObjectRef) -> PyObjectRef? {
    let mp = dictObj(d)
    guard let k = mp.pointee.ma_keys else { return nil }
    var hash = key.cast(to: PyUnicodeObject.self).pointee.hash
    if hash == -1 { hash = PyObject_Hash(key) }
    let mask = dkHeader(k).pointee.size - 1
    let idx = dkIndices(k), entries = dkEntries(k)
    var perturb = UInt(bitPattern: hash)
    var i = hash & mask
    while true {
        let ix = Int(idx[i])
        if ix == dkixEmpty { return nil }
        if ix >= 0 {
            let ep = entries + ix
            let sk = ep.pointee.key!
            if sk == key { return ep.pointee.value }
            if ep.pointee.hash == hash {
                if !strCheckExact(sk) { return dictLookupStrSlow(mp, key, hash) }
                if strEqual(sk, key) { return ep.pointee.value }
            }
        }
        perturb >>= UInt(perturbShift)
        i = (i &* 5 &+ Int(bitPattern: perturb) &+ 1) & mask
    }
}

private func dictLookupStrSlow(_ mp: UnsafeMutablePointer<PyDictObject>, _ key: PyObjectRef, _ hash: Int) -> PyObjectRef? {
    var v: PyObjectRef? = nil
    if dictLookup(mp, key, hash, &v) == dkixError { PyErr_Clear(); return nil }
    return v
}

/// d[key] = value for an exact str key; key and value borrowed. -1 = exception set.
@inline(__always) public func dictSetItemStr(_ d: PyObjectRef, _ key: PyObjectRef, _ value: PyObjectRef) -> Int32 {
    var hash = key.cast(to: PyUnicodeObject.self).pointee.hash
    if hash == -1 { hash = PyObject_Hash(key); if hash == -1 { return -1 } }
    Py_INCREF(key); Py_INCREF(value)
    return dictInsert(dictObj(d), key, hash, value)
}

/// d[key] for any key: borrowed value; nil with no exception = absent; nil with exception = error.
@inline(__always) public func dictGetItem(_ d: PyObjectRef, _ key: PyObjectRef) -> PyObjectRef? {
    let hash = containerHash(key)
    if hash == -1 { return nil }
    var v: PyObjectRef? = nil
    _ = dictLookup(dictObj(d), key, hash, &v)
    return v
}

/// d[key] = value for any key (both borrowed). -1 = exception set.
@inline(__always) public func dictSetItem(_ d: PyObjectRef, _ key: PyObjectRef, _ value: PyObjectRef) -> Int32 {
    let hash = containerHash(key)
    if hash == -1 { return -1 }
    Py_INCREF(key); Py_INCREF(value)
    return dictInsert(dictObj(d), key, hash, value)
}

/// del d[key]; raises KeyError(key) if absent. -1 = exception set.
func dictDelItem(_ d: PyObjectRef, _ key: PyObjectRef, hash knownHash: Int? = nil) -> Int32 {
    let hash = knownHash ?? containerHash(key)
    if hash == -1 { return -1 }
    var v: PyObjectRef? = nil
    let ix = dictLookup(dictObj(d), key, hash, &v)
    if ix == dkixError { return -1 }
    if ix == dkixEmpty { setKeyError(key); return -1 }
    dictDeleteEntry(dictObj(d), hash, ix)
    return 0
}

/// KeyError(key), wrapping the key in a 1-tuple so that tuple keys are not unpacked as args.
func setKeyError(_ key: PyObjectRef) {
    guard let t = tupleNew(1) else { return }
    Py_INCREF(key)
    tupleItems(t)[0] = key
    PyErr_SetObject(PyExc_KeyError, t)
    Py_DECREF(t)
}
