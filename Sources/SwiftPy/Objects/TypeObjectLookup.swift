// Attribute lookup through the MRO (_PyType_Lookup) with CPython's method cache keyed by
// (type version tag, name pointer); version tags; PyType_Modified; subclass registry;
// PyType_IsSubtype; type_getattro / type_setattro.
import CPython

// MARK: - method cache

struct MethodCacheEntry {
    var version: UInt32
    var name: PyObjectRef?    // owned
    var value: PyObjectRef?   // borrowed: valid while the type's version tag is unchanged
}
let methodCacheBits = 12
let methodCacheMask: UInt32 = (1 << 12) - 1
nonisolated(unsafe) var methodCache: UnsafeMutablePointer<MethodCacheEntry>? = nil
nonisolated(unsafe) var nextVersionTag: UInt32 = 1

@inline(never) func makeMethodCache() -> UnsafeMutablePointer<MethodCacheEntry> {
    let n = 1 << methodCacheBits
    let c = UnsafeMutablePointer<MethodCacheEntry>.allocate(capacity: n)
    c.initialize(repeating: MethodCacheEntry(version: 0, name: nil, value: nil), count: n)
    methodCache = c
    return c
}

@inline(__always) func methodCacheIndex(_ tag: UInt32, _ name: PyObjectRef) -> Int {
    Int((tag ^ UInt32(truncatingIfNeeded: UInt(bitPattern: name) >> 3)) & methodCacheMask)
}

/// Borrowed: the attribute `name` (a str) found first along type's MRO, or nil (never sets an error).
@inline(__always) func typeLookup(_ type: PyTypeRef, _ name: PyObjectRef) -> PyObjectRef? {
    if type.pointee.tp_flags & UInt(Py_TPFLAGS_VALID_VERSION_TAG) != 0, let cache = methodCache {
        let tag = type.pointee.tp_version_tag
        let e = cache + methodCacheIndex(tag, name)
        if e.pointee.version == tag && e.pointee.name == name { return e.pointee.value }
    }
    return typeLookupSlow(type, name)
}

@inline(never) func typeLookupSlow(_ type: PyTypeRef, _ name: PyObjectRef) -> PyObjectRef? {
    var failed = false
    let res = findNameInMRO(type, name, &failed)
    if failed { PyErr_Clear(); return nil }
    if isExactStr(name) && assignVersionTag(type) {
        let cache = methodCache ?? makeMethodCache()
        let tag = type.pointee.tp_version_tag
        let e = cache + methodCacheIndex(tag, name)
        e.pointee.version = tag
        e.pointee.value = res
        if e.pointee.name != name {
            let old = e.pointee.name
            e.pointee.name = newRef(name)
            xdecref(old)
        }
    }
    return res
}

/// Borrowed; walks tp_mro without the cache. `failed` is set when a dict lookup raised.
func findNameInMRO(_ type: PyTypeRef, _ name: PyObjectRef, _ failed: inout Bool) -> PyObjectRef? {
    var mro = type.pointee.tp_mro
    if mro == nil {
        if type.pointee.tp_flags & UInt(Py_TPFLAGS_READYING) == 0 {
            if PyType_Ready(type) < 0 { failed = true; return nil }
            mro = type.pointee.tp_mro
        }
        guard mro != nil else { return nil }
    }
    let items = tupleItemsOf(mro!)
    let n = varSizeOf(mro!)
    let strKey = isExactStr(name)
    for i in 0..<n {
        let base = items[i]!.asType
        guard let dict = base.pointee.tp_dict else { continue }
        if let v = PyDict_GetItemWithError(dict, name) { return v }
        if !strKey && errorOccurred() { failed = true; return nil }
    }
    return nil
}

@c @implementation public func _PyType_Lookup(_ type: PyTypeRef?, _ name: PyObjectRef?) -> PyObjectRef? {
    guard let type = type, let name = name else { return nil }
    return typeLookup(type, name)
}

/// Gives `type` (and its bases) a valid version tag so lookups on it can be cached.
func assignVersionTag(_ type: PyTypeRef) -> Bool {
    if type.pointee.tp_flags & UInt(Py_TPFLAGS_VALID_VERSION_TAG) != 0 { return true }
    if type.pointee.tp_flags & UInt(Py_TPFLAGS_READY) == 0 { return false }
    if nextVersionTag == UInt32.max { return false }
    type.pointee.tp_version_tag = nextVersionTag
    nextVersionTag += 1
    if let bases = type.pointee.tp_bases {
        for i in 0..<varSizeOf(bases) where !assignVersionTag(tupleItem(bases, i).asType) { return false }
    }
    type.pointee.tp_flags |= UInt(Py_TPFLAGS_VALID_VERSION_TAG)
    return true
}

/// Invalidates the version tags of `type` and all its subclasses (their cached lookups die).
@c @implementation public func PyType_Modified(_ type: PyTypeRef?) {
    guard let type = type else { return }
    if type.pointee.tp_flags & UInt(Py_TPFLAGS_VALID_VERSION_TAG) == 0 { return }
    for sub in subclassesOf(type) { PyType_Modified(sub) }
    type.pointee.tp_flags &= ~UInt(Py_TPFLAGS_VALID_VERSION_TAG)
    type.pointee.tp_version_tag = 0
}

// MARK: - subclass registry (weak: entries are removed when a heap type dies)

nonisolated(unsafe) var subclassRegistry: [UnsafeMutableRawPointer: [PyTypeRef]] = [:]

/// Direct subclasses of `type`, in creation order (borrowed).
func subclassesOf(_ type: PyTypeRef) -> [PyTypeRef] { subclassRegistry[UnsafeMutableRawPointer(type)] ?? [] }

func addSubclass(_ base: PyTypeRef, _ sub: PyTypeRef) {
    subclassRegistry[UnsafeMutableRawPointer(base), default: []].append(sub)
}

func removeSubclass(_ base: PyTypeRef, _ sub: PyTypeRef) {
    let key = UnsafeMutableRawPointer(base)
    guard var list = subclassRegistry[key] else { return }
    if let i = list.firstIndex(of: sub) { list.remove(at: i) }
    subclassRegistry[key] = list.isEmpty ? nil : list
}

/// Registers `type` as a subclass of each of its bases.
func registerWithBases(_ type: PyTypeRef) {
    guard let bases = type.pointee.tp_bases else { return }
    for i in 0..<varSizeOf(bases) { addSubclass(tupleItem(bases, i).asType, type) }
}
func unregisterFromBases(_ type: PyTypeRef) {
    guard let bases = type.pointee.tp_bases else { return }
    for i in 0..<varSizeOf(bases) { removeSubclass(tupleItem(bases, i).asType, type) }
}

// MARK: - subtype test

@inline(__always) func isSubtype(_ a: PyTypeRef, _ b: PyTypeRef) -> Bool {
    if a == b { return true }
    if let mro = a.pointee.tp_mro {
        let items = tupleItemsOf(mro)
        for i in 0..<varSizeOf(mro) where items[i]! == b.asObject { return true }
        return false
    }
    // Not ready yet: follow tp_base.
    var t: PyTypeRef? = a
    while let x = t { if x == b { return true }; t = x.pointee.tp_base }
    return b == SPyType_BaseObject()
}

@c @implementation public func PyType_IsSubtype(_ a: PyTypeRef?, _ b: PyTypeRef?) -> Int32 {
    guard let a = a, let b = b else { return 0 }
    return isSubtype(a, b) ? 1 : 0
}

@inline(__always) func typeCheck(_ o: PyObjectRef, _ t: PyTypeRef) -> Bool {
    o.pointee.ob_type == t || isSubtype(o.type, t)
}

// MARK: - type attribute access

/// tp_getattro of type: data descriptors on the metatype win, then the type's own MRO
/// (descriptors bound with obj=NULL), then non-data metatype attributes.
func typeGetAttro(_ typeObj: PyObjectRef?, _ name: PyObjectRef?) -> PyObjectRef? {
    guard let typeObj = typeObj, let name = name else { return nil }
    if !isStrObject(name) {
        setError(PyExc_TypeError, "attribute name must be string, not '\(typeName(of: name))'")
        return nil
    }
    let type = typeObj.asType
    let metatype = typeObj.type
    let metaAttr = typeLookup(metatype, name)
    var metaGet: descrgetfunc? = nil
    if let ma = metaAttr {
        metaGet = ma.type.pointee.tp_descr_get
        if let g = metaGet, ma.type.pointee.tp_descr_set != nil {
            return g(ma, typeObj, metatype.asObject)
        }
    }
    if let attr = typeLookup(type, name) {
        if let lg = attr.type.pointee.tp_descr_get {
            Py_INCREF(attr)
            let r = lg(attr, nil, typeObj)
            Py_DECREF(attr)
            return r
        }
        return newRef(attr)
    }
    if let g = metaGet, let ma = metaAttr {
        Py_INCREF(ma)
        let r = g(ma, typeObj, metatype.asObject)
        Py_DECREF(ma)
        return r
    }
    if let ma = metaAttr { return newRef(ma) }
    setError(PyExc_AttributeError, "type object '\(typeNameString(type))' has no attribute '\(swiftString(name))'")
    return nil
}

/// tp_setattro of type: static (immutable) types refuse; heap types store in tp_dict, invalidate
/// caches and re-derive slots for dunder names.
func typeSetAttro(_ typeObj: PyObjectRef?, _ name: PyObjectRef?, _ value: PyObjectRef?) -> Int32 {
    guard let typeObj = typeObj, let name = name else { return -1 }
    let type = typeObj.asType
    if !isStrObject(name) {
        setError(PyExc_TypeError, "attribute name must be string, not '\(typeName(of: name))'")
        return -1
    }
    if typeHasFlag(type, UInt(Py_TPFLAGS_IMMUTABLETYPE)) {
        setError(PyExc_TypeError, "cannot set '\(swiftString(name))' attribute of immutable type '\(typeNameString(type))'")
        return -1
    }
    var key = name
    Py_INCREF(key)
    if isExactStr(key) {
        var k: PyObjectRef? = key
        PyUnicode_InternInPlace(&k)
        key = k!
    }
    defer { Py_DECREF(key) }
    let r = genericSetAttrWithDict(typeObj, key, value, nil)
    if r == 0 {
        PyType_Modified(type)
        if isDunderName(key) { updateSlot(type, key) }
    }
    return r
}

/// True for "__x__" names (at least 5 characters).
func isDunderName(_ name: PyObjectRef) -> Bool {
    let u = name.cast(to: PyUnicodeObject.self)
    let n = u.pointee.length
    guard n > 4, u.pointee.kind == 1, let d = u.pointee.data?.assumingMemoryBound(to: UInt8.self) else { return false }
    return d[0] == 95 && d[1] == 95 && d[n - 1] == 95 && d[n - 2] == 95
}
