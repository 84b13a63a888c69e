// str objects: layout, allocation, singletons, hashing, equality, interning, Swift bridging.
//
// Invariants (see PyUnicodeObject in objects.h):
// - kind is 1 iff every code point < 256, else 4 (never 2). Equal strings therefore have equal
//   kinds and byte-identical data, so hashing and equality work on raw bytes.
// - Exact str objects are one PyObject_Malloc block: the struct, then the code points,
//   NUL-terminated. Instances of str subclasses keep their code points in a separate block.
// - utf8 == data when ascii; otherwise an owned PyObject_Malloc block made on demand, or nil.
// - hash is -1 until computed. Interned strings are immortal (refcount biased by 1 << 30).
import CPython
import Glibc

@usableFromInline let unicodeHeaderSize = MemoryLayout<PyUnicodeObject>.size

// MARK: - Field access

@inline(__always) func strObj(_ o: PyObjectRef) -> UnsafeMutablePointer<PyUnicodeObject> {
    UnsafeMutableRawPointer(o).assumingMemoryBound(to: PyUnicodeObject.self)
}
@inline(__always) func strLen(_ o: PyObjectRef) -> Int { strObj(o).pointee.length }
@inline(__always) func strKind(_ o: PyObjectRef) -> Int { Int(strObj(o).pointee.kind) }
@inline(__always) func strIsASCII(_ o: PyObjectRef) -> Bool { strObj(o).pointee.ascii != 0 }
@inline(__always) func strData(_ o: PyObjectRef) -> UnsafeMutableRawPointer { strObj(o).pointee.data! }
@inline(__always) func strBytes(_ o: PyObjectRef) -> UnsafeMutablePointer<UInt8> { strData(o).assumingMemoryBound(to: UInt8.self) }
@inline(__always) func strWide(_ o: PyObjectRef) -> UnsafeMutablePointer<UInt32> { strData(o).assumingMemoryBound(to: UInt32.self) }
/// Code point i (no bounds check).
@inline(__always) func strAt(_ o: PyObjectRef, _ i: Int) -> UInt32 {
    let u = strObj(o)
    return u.pointee.kind == 1 ? UInt32(u.pointee.data!.load(fromByteOffset: i, as: UInt8.self))
                               : u.pointee.data!.load(fromByteOffset: i &* 4, as: UInt32.self)
}
/// Largest code point that the object's storage class admits: 0x7f, 0xff or 0x10ffff.
@inline(__always) func strMaxCharClass(_ o: PyObjectRef) -> UInt32 {
    strIsASCII(o) ? 0x7f : (strKind(o) == 1 ? 0xff : 0x10ffff)
}
@inline(__always) func isStr(_ o: PyObjectRef) -> Bool {
    (o.pointee.ob_type.pointee.tp_flags & UInt(Py_TPFLAGS_UNICODE_SUBCLASS)) != 0
}
@inline(__always) func isExactStr(_ o: PyObjectRef) -> Bool { o.pointee.ob_type == SPyType_Unicode() }

/// A read-only view of a str's code points (kind 1 or 4).
struct StrView {
    let kind: Int
    let base: UnsafeRawPointer
    let count: Int
    @inline(__always) init(_ o: PyObjectRef) { kind = strKind(o); base = UnsafeRawPointer(strData(o)); count = strLen(o) }
    @inline(__always) init(kind: Int, base: UnsafeRawPointer, count: Int) { self.kind = kind; self.base = base; self.count = count }
    @inline(__always) subscript(i: Int) -> UInt32 {
        kind == 1 ? UInt32(base.load(fromByteOffset: i, as: UInt8.self)) : base.load(fromByteOffset: i &* 4, as: UInt32.self)
    }
    @inline(__always) var bytes: UnsafePointer<UInt8> { base.assumingMemoryBound(to: UInt8.self) }
    @inline(__always) var wide: UnsafePointer<UInt32> { base.assumingMemoryBound(to: UInt32.self) }
}

// MARK: - Errors (Swift-built messages)

/// Sets `type` with a Swift-built message. Returns nil so callers can `return strRaise(...)`.
@discardableResult
func strRaise(_ type: PyObjectRef?, _ message: String) -> PyObjectRef? {
    message.withCString { PyErr_SetString(type, $0) }
    return nil
}
/// The type name of an object as Swift String.
func strTypeName(_ o: PyObjectRef) -> String { String(cString: o.pointee.ob_type.pointee.tp_name) }

// MARK: - Allocation

/// A new, uninitialised exact str of `length` code points (kind 1 or 4), NUL-terminated.
@inline(__always)
func allocStr(_ length: Int, kind: Int, ascii: Bool) -> PyObjectRef? {
    if length > (Int.max / 8) { PyErr_NoMemory(); return nil }
    let size = unicodeHeaderSize &+ (length &+ 1) &* kind
    guard let mem = PyObject_Malloc(size) else { PyErr_NoMemory(); return nil }
    let data = mem + unicodeHeaderSize
    let u = mem.assumingMemoryBound(to: PyUnicodeObject.self)
    u.pointee = PyUnicodeObject(ob_base: PyObject(ob_refcnt: 1, ob_type: SPyType_Unicode()),
                                length: length, hash: -1, kind: UInt8(kind), ascii: ascii ? 1 : 0,
                                interned: 0, _pad: (0, 0, 0, 0, 0),
                                utf8: ascii ? data.assumingMemoryBound(to: CChar.self) : nil,
                                utf8_length: ascii ? length : 0, data: data)
    if kind == 1 { data.storeBytes(of: 0, toByteOffset: length, as: UInt8.self) }
    else { data.storeBytes(of: 0, toByteOffset: length &* 4, as: UInt32.self) }
    return mem.assumingMemoryBound(to: PyObject.self)
}

let unicodeDealloc: @convention(c) (PyObjectRef?) -> Void = { o in
    guard let o = o else { return }
    let u = strObj(o)
    if u.pointee.ascii == 0, let p = u.pointee.utf8 { PyObject_Free(p) }
    let inlineData = UnsafeMutableRawPointer(o) + unicodeHeaderSize
    if let d = u.pointee.data, d != inlineData { PyObject_Free(d) }
    if o.pointee.ob_type == SPyType_Unicode() { PyObject_Free(o) }
    else if let free = o.pointee.ob_type.pointee.tp_free { free(o) }
    else { PyObject_Free(o) }
}

// MARK: - Singletons

let immortalRefcnt = 1 << 30
nonisolated(unsafe) var strEmptySingleton: PyObjectRef? = nil
nonisolated(unsafe) let strLatin1Singletons: UnsafeMutablePointer<PyObjectRef?> = {
    let p = UnsafeMutablePointer<PyObjectRef?>.allocate(capacity: 256)
    p.initialize(repeating: nil, count: 256)
    return p
}()

/// The empty string (new reference).
@inline(__always) func strEmpty() -> PyObjectRef {
    if let e = strEmptySingleton { Py_INCREF(e); return e }
    let e = allocStr(0, kind: 1, ascii: true)!
    e.pointee.ob_refcnt = immortalRefcnt
    strEmptySingleton = e
    Py_INCREF(e)
    return e
}

/// The one-character string for code point c < 256 (new reference).
@inline(__always) func strLatin1Char(_ c: UInt32) -> PyObjectRef {
    if let s = strLatin1Singletons[Int(c)] { Py_INCREF(s); return s }
    let s = allocStr(1, kind: 1, ascii: c < 128)!
    strBytes(s)[0] = UInt8(c)
    s.pointee.ob_refcnt = immortalRefcnt
    strLatin1Singletons[Int(c)] = s
    Py_INCREF(s)
    return s
}

/// A one-character string for any code point (new reference).
@inline(__always) func strFromCodePoint(_ c: UInt32) -> PyObjectRef? {
    if c < 256 { return strLatin1Char(c) }
    guard let s = allocStr(1, kind: 4, ascii: false) else { return nil }
    strWide(s)[0] = c
    return s
}

// MARK: - Construction from raw code points

/// True iff every byte of p[0..<n] is < 0x80.
@inline(__always) func bytesAreASCII(_ p: UnsafeRawPointer, _ n: Int) -> Bool {
    var i = 0
    while i &+ 8 <= n {
        if p.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
        i &+= 8
    }
    while i < n {
        if p.load(fromByteOffset: i, as: UInt8.self) >= 0x80 { return false }
        i &+= 1
    }
    return true
}

/// A new str from Latin-1 bytes (every byte is one code point).
func strFromLatin1(_ p: UnsafeRawPointer, _ n: Int) -> PyObjectRef? {
    if n == 0 { return strEmpty() }
    if n == 1 { return strLatin1Char(UInt32(p.load(as: UInt8.self))) }
    guard let s = allocStr(n, kind: 1, ascii: bytesAreASCII(p, n)) else { return nil }
    memcpy(strData(s), p, n)
    return s
}

/// A new str from ASCII bytes (caller guarantees every byte < 0x80).
@inline(__always) func strFromASCII(_ p: UnsafeRawPointer, _ n: Int) -> PyObjectRef? {
    if n <= 1 { return n == 0 ? strEmpty() : strLatin1Char(UInt32(p.load(as: UInt8.self))) }
    guard let s = allocStr(n, kind: 1, ascii: true) else { return nil }
    memcpy(strData(s), p, n)
    return s
}

/// A new str from UCS-4 code points; picks kind 1 when possible.
func strFromUCS4(_ p: UnsafePointer<UInt32>, _ n: Int) -> PyObjectRef? {
    var maxc: UInt32 = 0
    for i in 0..<n { maxc |= p[i] }
    return strFromUCS4(p, n, maxCharHint: maxc)
}

/// As strFromUCS4; `maxCharHint` is >= the real maximum (an OR of all code points is fine).
func strFromUCS4(_ p: UnsafePointer<UInt32>, _ n: Int, maxCharHint: UInt32) -> PyObjectRef? {
    if n == 0 { return strEmpty() }
    if n == 1 { return strFromCodePoint(p[0]) }
    if maxCharHint < 256 {
        guard let s = allocStr(n, kind: 1, ascii: maxCharHint < 128) else { return nil }
        let d = strBytes(s)
        for i in 0..<n { d[i] = UInt8(truncatingIfNeeded: p[i]) }
        return s
    }
    var realMax: UInt32 = 0
    for i in 0..<n where p[i] > realMax { realMax = p[i] }
    if realMax < 256 { return strFromUCS4(p, n, maxCharHint: realMax) }
    guard let s = allocStr(n, kind: 4, ascii: false) else { return nil }
    memcpy(strData(s), p, n &* 4)
    return s
}

/// A new str holding o[start..<end] (bounds already clipped). Returns o itself when whole.
func strSubstring(_ o: PyObjectRef, _ start: Int, _ end: Int) -> PyObjectRef? {
    let n = end &- start
    if n <= 0 { return strEmpty() }
    if start == 0 && n == strLen(o) && isExactStr(o) { Py_INCREF(o); return o }
    if strKind(o) == 1 {
        let p = strBytes(o) + start
        if n == 1 { return strLatin1Char(UInt32(p[0])) }
        guard let s = allocStr(n, kind: 1, ascii: strIsASCII(o) || bytesAreASCII(p, n)) else { return nil }
        memcpy(strData(s), p, n)
        return s
    }
    return strFromUCS4(strWide(o) + start, n, maxCharHint: 0x10ffff)
}

// MARK: - UTF-8 of valid input (Swift strings)

/// Decodes valid UTF-8 (no checks) into a new str.
func strFromValidUTF8(_ p: UnsafePointer<UInt8>, _ n: Int) -> PyObjectRef? {
    if bytesAreASCII(p, n) { return strFromASCII(p, n) }
    var count = 0
    var wide = false
    for i in 0..<n {
        let b = p[i]
        if b & 0xC0 != 0x80 { count &+= 1 }
        if b >= 0xC4 { wide = true }
    }
    if count == 1 && !wide {
        return strLatin1Char(UInt32(p[0] & 0x1F) << 6 | UInt32(p[1] & 0x3F))
    }
    guard let s = allocStr(count, kind: wide ? 4 : 1, ascii: false) else { return nil }
    var i = 0, j = 0
    if wide {
        let d = strWide(s)
        while i < n {
            let b = UInt32(p[i])
            if b < 0x80 { d[j] = b; i &+= 1 }
            else if b < 0xE0 { d[j] = (b & 0x1F) << 6 | UInt32(p[i &+ 1] & 0x3F); i &+= 2 }
            else if b < 0xF0 { d[j] = (b & 0x0F) << 12 | UInt32(p[i &+ 1] & 0x3F) << 6 | UInt32(p[i &+ 2] & 0x3F); i &+= 3 }
            else { d[j] = (b & 0x07) << 18 | UInt32(p[i &+ 1] & 0x3F) << 12 | UInt32(p[i &+ 2] & 0x3F) << 6 | UInt32(p[i &+ 3] & 0x3F); i &+= 4 }
            j &+= 1
        }
    } else {
        let d = strBytes(s)
        while i < n {
            let b = p[i]
            if b < 0x80 { d[j] = b; i &+= 1 } else { d[j] = (b & 0x1F) << 6 | (p[i &+ 1] & 0x3F); i &+= 2 }
            j &+= 1
        }
    }
    return s
}

/// Number of UTF-8 bytes for a code point (surrogates count as 3).
@inline(__always) func utf8Width(_ c: UInt32) -> Int { c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4 }

/// Writes the UTF-8 of c at d; returns bytes written. Surrogates are written as-is (3 bytes).
@inline(__always) func writeUTF8(_ c: UInt32, _ d: UnsafeMutablePointer<UInt8>) -> Int {
    if c < 0x80 { d[0] = UInt8(c); return 1 }
    if c < 0x800 { d[0] = UInt8(0xC0 | c >> 6); d[1] = UInt8(0x80 | c & 0x3F); return 2 }
    if c < 0x10000 {
        d[0] = UInt8(0xE0 | c >> 12); d[1] = UInt8(0x80 | (c >> 6) & 0x3F); d[2] = UInt8(0x80 | c & 0x3F); return 3
    }
    d[0] = UInt8(0xF0 | c >> 18); d[1] = UInt8(0x80 | (c >> 12) & 0x3F)
    d[2] = UInt8(0x80 | (c >> 6) & 0x3F); d[3] = UInt8(0x80 | c & 0x3F); return 4
}

@inline(__always) func isSurrogate(_ c: UInt32) -> Bool { c &>> 11 == 0x1B }

// MARK: - Swift bridging (used by the whole runtime)

/// A new str with the contents of a Swift string.
public func pyStr(_ s: String) -> PyObjectRef? {
    var s = s
    return s.withUTF8 { strFromValidUTF8($0.baseAddress ?? UnsafePointer(bitPattern: 1)!, $0.count) }
}

/// A new str with the contents of a Swift substring.
public func pyStr(_ s: Substring) -> PyObjectRef? { pyStr(String(s)) }

/// The contents of a str object as a Swift String; lone surrogates become U+FFFD.
public func swiftString(_ o: PyObjectRef) -> String {
    let n = strLen(o)
    if strIsASCII(o) {
        return String(decoding: UnsafeBufferPointer(start: strBytes(o), count: n), as: UTF8.self)
    }
    if let u = strObj(o).pointee.utf8 {
        return String(decoding: UnsafeRawBufferPointer(start: u, count: strObj(o).pointee.utf8_length), as: UTF8.self)
    }
    let v = StrView(o)
    var total = 0
    for i in 0..<n { total &+= utf8Width(v[i]) }
    return String(unsafeUninitializedCapacity: total) { buf in
        let d = buf.baseAddress!
        var j = 0
        for i in 0..<n {
            let c = v[i]
            j &+= writeUTF8(isSurrogate(c) ? 0xFFFD : c, d + j)
        }
        return j
    }
}

/// Swift string of any object's str() (for messages); "<unprintable>" if str() fails.
func swiftStr(of o: PyObjectRef) -> String {
    guard let s = PyObject_Str(o) else { PyErr_Clear(); return "<unprintable \(strTypeName(o)) object>" }
    defer { Py_DECREF(s) }
    return swiftString(s)
}

/// Swift string of any object's repr() (for messages).
func swiftRepr(of o: PyObjectRef) -> String {
    guard let s = PyObject_Repr(o) else { PyErr_Clear(); return "<unprintable \(strTypeName(o)) object>" }
    defer { Py_DECREF(s) }
    return swiftString(s)
}

// MARK: - Hashing

/// SipHash-1-3 key, as CPython derives it from PYTHONHASHSEED: N > 0 fills the secret with the
/// bytes of an LCG seeded by N (k0, k1 = its first two little-endian words); 0, unset or
/// "random" give the all-zero key (CPython randomizes when unset; SwiftPy stays deterministic).
private let sipHashKey: (UInt64, UInt64) = {
    guard let raw = getenv("PYTHONHASHSEED"), let seed = UInt32(String(cString: raw)), seed != 0 else {
        return (0, 0)
    }
    var x = seed
    var bytes = [UInt8](repeating: 0, count: 16)
    for i in 0..<16 {
        x = x &* 214013 &+ 2531011
        bytes[i] = UInt8((x >> 16) & 0xff)
    }
    var k0: UInt64 = 0, k1: UInt64 = 0
    for i in 0..<8 { k0 |= UInt64(bytes[i]) << (8 * UInt64(i)); k1 |= UInt64(bytes[8 + i]) << (8 * UInt64(i)) }
    return (k0, k1)
}()

@inline(__always) private func sipRound(_ v0: inout UInt64, _ v1: inout UInt64, _ v2: inout UInt64, _ v3: inout UInt64) {
    v0 = v0 &+ v1; v2 = v2 &+ v3
    v1 = ((v1 << 13) | (v1 >> 51)) ^ v0; v3 = ((v3 << 16) | (v3 >> 48)) ^ v2
    v0 = (v0 << 32) | (v0 >> 32)
    v2 = v2 &+ v1; v0 = v0 &+ v3
    v1 = ((v1 << 17) | (v1 >> 47)) ^ v2; v3 = ((v3 << 21) | (v3 >> 43)) ^ v0
    v2 = (v2 << 32) | (v2 >> 32)
}

/// Hash of raw bytes shared by str (its code point storage) and bytes: CPython's SipHash-1-3, so
/// hashes (and the iteration order of sets of str/bytes) match CPython's under the same
/// PYTHONHASHSEED. Never returns -1; '' -> 0.
func hashRawBytes(_ p: UnsafeRawPointer, _ n: Int) -> Int {
    if n == 0 { return 0 }
    let (k0, k1) = sipHashKey
    var v0 = k0 ^ 0x736f_6d65_7073_6575
    var v1 = k1 ^ 0x646f_7261_6e64_6f6d
    var v2 = k0 ^ 0x6c79_6765_6e65_7261
    var v3 = k1 ^ 0x7465_6462_7974_6573
    var i = 0
    while i &+ 8 <= n {
        let m = UInt64(littleEndian: p.loadUnaligned(fromByteOffset: i, as: UInt64.self))
        v3 ^= m
        sipRound(&v0, &v1, &v2, &v3)
        v0 ^= m
        i &+= 8
    }
    var b = UInt64(truncatingIfNeeded: n) << 56
    var shift: UInt64 = 0
    while i < n {
        b |= UInt64(p.load(fromByteOffset: i, as: UInt8.self)) << shift
        shift &+= 8; i &+= 1
    }
    v3 ^= b
    sipRound(&v0, &v1, &v2, &v3)
    v0 ^= b
    v2 ^= 0xff
    sipRound(&v0, &v1, &v2, &v3)
    sipRound(&v0, &v1, &v2, &v3)
    sipRound(&v0, &v1, &v2, &v3)
    let r = Int(bitPattern: UInt((v0 ^ v1) ^ (v2 ^ v3)))
    return r == -1 ? -2 : r
}

/// Hash of kind-4 str data as CPython hashes it: strings without astral code points are UCS-2
/// there (2 bytes per code point), so hash that form; others hash the UCS-4 bytes.
private func hashWideStr(_ data: UnsafeMutableRawPointer, _ n: Int) -> Int {
    let cps = data.assumingMemoryBound(to: UInt32.self)
    var i = 0
    while i < n { if cps[i] > 0xFFFF { return hashRawBytes(data, n &* 4) }; i &+= 1 }
    let ucs2 = UnsafeMutablePointer<UInt16>.allocate(capacity: n)
    defer { ucs2.deallocate() }
    for j in 0..<n { ucs2[j] = UInt16(truncatingIfNeeded: cps[j]) }
    return hashRawBytes(ucs2, n &* 2)
}

/// The (cached) hash of a str.
@inline(__always) public func unicodeHash(_ o: PyObjectRef) -> Int {
    let u = strObj(o)
    let h = u.pointee.hash
    if h != -1 { return h }
    let nh = u.pointee.kind == 4 ? hashWideStr(u.pointee.data!, u.pointee.length)
                                 : hashRawBytes(u.pointee.data!, u.pointee.length)
    u.pointee.hash = nh
    return nh
}

let unicodeHashSlot: @convention(c) (PyObjectRef?) -> Int = { o in unicodeHash(o!) }

// MARK: - Equality and ordering

/// Content equality of two str objects (both must be str).
@inline(__always) public func unicodeEqual(_ a: PyObjectRef, _ b: PyObjectRef) -> Bool {
    if a == b { return true }
    let ua = strObj(a), ub = strObj(b)
    let n = ua.pointee.length
    if n != ub.pointee.length || ua.pointee.kind != ub.pointee.kind { return false }
    let ha = ua.pointee.hash, hb = ub.pointee.hash
    if ha != -1 && hb != -1 && ha != hb { return false }
    return memcmp(ua.pointee.data!, ub.pointee.data!, n &* Int(ua.pointee.kind)) == 0
}

/// Code point order: negative, zero or positive.
func unicodeCompare(_ a: PyObjectRef, _ b: PyObjectRef) -> Int {
    if a == b { return 0 }
    let na = strLen(a), nb = strLen(b)
    let n = min(na, nb)
    let ka = strKind(a), kb = strKind(b)
    if ka == 1 && kb == 1 {
        let r = memcmp(strData(a), strData(b), n)
        if r != 0 { return Int(r) }
    } else {
        let va = StrView(a), vb = StrView(b)
        for i in 0..<n {
            let x = va[i], y = vb[i]
            if x != y { return x < y ? -1 : 1 }
        }
    }
    return na < nb ? -1 : (na > nb ? 1 : 0)
}

/// Equality with an ASCII/UTF-8 C string.
func unicodeEqualsUTF8(_ o: PyObjectRef, _ s: UnsafePointer<CChar>) -> Bool {
    let n = strlen(s)
    if strIsASCII(o) {
        return strLen(o) == n && memcmp(strData(o), s, n) == 0
    }
    return swiftString(o) == String(cString: s)
}

// MARK: - Interning (own open-addressing set: usable before dict exists)

nonisolated(unsafe) var internSlots: UnsafeMutablePointer<PyObjectRef?> = {
    let p = UnsafeMutablePointer<PyObjectRef?>.allocate(capacity: 1024)
    p.initialize(repeating: nil, count: 1024)
    return p
}()
nonisolated(unsafe) var internMask = 1023
nonisolated(unsafe) var internCount = 0

private func internGrow() {
    let oldSlots = internSlots, oldSize = internMask &+ 1
    let newSize = oldSize * 2
    let p = UnsafeMutablePointer<PyObjectRef?>.allocate(capacity: newSize)
    p.initialize(repeating: nil, count: newSize)
    internSlots = p
    internMask = newSize &- 1
    for i in 0..<oldSize {
        if let s = oldSlots[i] {
            var j = unicodeHash(s) & internMask
            while internSlots[j] != nil { j = (j &+ 1) & internMask }
            internSlots[j] = s
        }
    }
    oldSlots.deallocate()
}

@inline(__always) private func makeImmortalInterned(_ s: PyObjectRef) {
    if strObj(s).pointee.interned == 0 {
        s.pointee.ob_refcnt &+= immortalRefcnt
        strObj(s).pointee.interned = 2
    }
}

/// Returns the interned equal of exact str s (borrowed, immortal), inserting s if none.
func internStr(_ s: PyObjectRef) -> PyObjectRef {
    if strObj(s).pointee.interned != 0 { return s }
    var j = unicodeHash(s) & internMask
    while let e = internSlots[j] {
        if unicodeEqual(e, s) { return e }
        j = (j &+ 1) & internMask
    }
    makeImmortalInterned(s)
    internSlots[j] = s
    internCount &+= 1
    if internCount &* 2 > internMask { internGrow() }
    return s
}

/// The interned str for a Swift string: immortal and cached (callers may treat it as borrowed or new).
public func pyIntern(_ s: String) -> PyObjectRef {
    var s = s
    return s.withUTF8 { buf -> PyObjectRef in
        let p = buf.baseAddress ?? UnsafePointer(bitPattern: 1)!
        let n = buf.count
        if bytesAreASCII(p, n) {
            // ASCII strings hash their UTF-8 bytes: probe without allocating.
            let h = hashRawBytes(p, n)
            var j = h & internMask
            while let e = internSlots[j] {
                if strIsASCII(e) && strLen(e) == n && memcmp(strData(e), p, n) == 0 { return e }
                j = (j &+ 1) & internMask
            }
        }
        let o = strFromValidUTF8(p, n)!
        let r = internStr(o)
        if r != o { Py_DECREF(o) }
        return r
    }
}

@c @implementation public func PyUnicode_InternInPlace(_ p: UnsafeMutablePointer<UnsafeMutablePointer<PyObject>?>?) {
    guard let p = p, let s = p.pointee, isExactStr(s) else { return }
    let r = internStr(s)
    if r != s {
        Py_INCREF(r)
        Py_DECREF(s)
        p.pointee = r
    }
}

@c @implementation public func PyUnicode_InternFromString(_ u: UnsafePointer<CChar>?) -> UnsafeMutablePointer<PyObject>? {
    var s: PyObjectRef? = PyUnicode_FromString(u)
    if s == nil { return nil }
    PyUnicode_InternInPlace(&s)
    return s
}
