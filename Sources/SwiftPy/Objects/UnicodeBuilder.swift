// UnicodeBuilder: efficient construction of a str (repr, join, format, replace, ...).
// Holds code points in a malloc'd buffer of 1-byte units while every code point is < 256, widening
// to 4-byte units on the first larger one; `finish()` makes an exact-size str of the right kind.
import CPython
import Glibc

public struct UnicodeBuilder: ~Copyable {
    @usableFromInline var buf: UnsafeMutableRawPointer? = nil
    @usableFromInline var count = 0
    @usableFromInline var capacity = 0
    @usableFromInline var kind = 1
    @usableFromInline var orChars: UInt32 = 0     // OR of all code points: < 0x80 means ASCII
    @usableFromInline var failed = false          // allocation failed: finish() raises MemoryError

    public init(capacity: Int = 0) {
        if capacity > 0 { reserve(capacity) }
    }

    deinit { if let b = buf { free(b) } }

    public var length: Int { count }

    @usableFromInline mutating func grow(_ need: Int) {
        var newCap = max(capacity &* 2, 16)
        if newCap < need { newCap = need }
        guard let nb = realloc(buf, newCap &* kind) else { failed = true; return }
        buf = nb
        capacity = newCap
    }

    /// Ensures room for `extra` more code points.
    @inline(__always) public mutating func reserve(_ extra: Int) {
        if count &+ extra > capacity { grow(count &+ extra) }
    }

    @usableFromInline mutating func widen() {
        let cap = max(capacity, 16)
        guard let nb = malloc(cap &* 4) else { failed = true; return }
        let d = nb.assumingMemoryBound(to: UInt32.self)
        if let b = buf {
            let s = b.assumingMemoryBound(to: UInt8.self)
            for i in 0..<count { d[i] = UInt32(s[i]) }
            free(b)
        }
        buf = nb
        capacity = cap
        kind = 4
    }

    @inline(__always) public mutating func append(_ c: UInt32) {
        if c > 0xFF && kind == 1 { widen() }
        if count == capacity { grow(count &+ 1) }
        if failed { return }
        if kind == 1 { buf!.storeBytes(of: UInt8(truncatingIfNeeded: c), toByteOffset: count, as: UInt8.self) }
        else { buf!.storeBytes(of: c, toByteOffset: count &* 4, as: UInt32.self) }
        orChars |= c
        count &+= 1
    }

    /// Appends an ASCII byte (caller guarantees < 0x80).
    @inline(__always) public mutating func appendASCII(_ b: UInt8) { append(UInt32(b)) }

    /// Appends `n` copies of code point c.
    public mutating func appendRepeated(_ c: UInt32, _ n: Int) {
        if n <= 0 { return }
        if c > 0xFF && kind == 1 { widen() }
        reserve(n)
        if failed { return }
        if kind == 1 { memset(buf! + count, Int32(c), n) }
        else { let d = buf!.assumingMemoryBound(to: UInt32.self) + count; for i in 0..<n { d[i] = c } }
        orChars |= c
        count &+= n
    }

    /// Appends 1-byte code points p[0..<n]; `orHint` is the OR of them (or 0xFF when unknown).
    public mutating func appendLatin1(_ p: UnsafePointer<UInt8>, _ n: Int, orHint: UInt32 = 0xFF) {
        if n <= 0 { return }
        reserve(n)
        if failed { return }
        if kind == 1 { memcpy(buf! + count, p, n) }
        else { let d = buf!.assumingMemoryBound(to: UInt32.self) + count; for i in 0..<n { d[i] = UInt32(p[i]) } }
        orChars |= orHint
        count &+= n
    }

    /// Appends 4-byte code points (any values).
    public mutating func appendUCS4(_ p: UnsafePointer<UInt32>, _ n: Int) {
        if n <= 0 { return }
        var o: UInt32 = 0
        for i in 0..<n { o |= p[i] }
        if o > 0xFF && kind == 1 { widen() }
        reserve(n)
        if failed { return }
        if kind == 4 { memcpy(buf! + count &* 4, p, n &* 4) }
        else { let d = buf!.assumingMemoryBound(to: UInt8.self) + count; for i in 0..<n { d[i] = UInt8(truncatingIfNeeded: p[i]) } }
        orChars |= o
        count &+= n
    }

    /// Appends code points [start, end) of str o.
    public mutating func append(str o: PyObjectRef, from start: Int, to end: Int) {
        let n = end &- start
        if n <= 0 { return }
        if strKind(o) == 1 {
            appendLatin1(strBytes(o) + start, n, orHint: strIsASCII(o) ? 0x7F : 0xFF)
        } else {
            if kind == 1 { widen() }
            reserve(n)
            if failed { return }
            memcpy(buf! + count &* 4, strWide(o) + start, n &* 4)
            orChars |= 0x10FFFF
            count &+= n
        }
    }

    /// Appends the whole str o.
    @inline(__always) public mutating func append(str o: PyObjectRef) { append(str: o, from: 0, to: strLen(o)) }

    /// Appends a Swift string.
    public mutating func append(_ s: String) {
        var s = s
        s.withUTF8 { b in
            guard let p = b.baseAddress else { return }
            if bytesAreASCII(p, b.count) { appendLatin1(p, b.count, orHint: 0x7F); return }
            for scalar in String(decoding: b, as: UTF8.self).unicodeScalars { append(scalar.value) }
        }
    }

    /// Appends a static ASCII string.
    @inline(__always) public mutating func append(_ s: StaticString) {
        appendLatin1(s.utf8Start, s.utf8CodeUnitCount, orHint: 0x7F)
    }

    /// Appends the decimal digits of v.
    public mutating func appendInt(_ v: Int) {
        var tmp: (UInt64, UInt64, UInt64) = (0, 0, 0)
        withUnsafeMutableBytes(of: &tmp) { raw in
            let d = raw.baseAddress!.assumingMemoryBound(to: UInt8.self)
            var i = 24
            var m = v.magnitude
            repeat { i -= 1; d[i] = UInt8(48 + m % 10); m /= 10 } while m != 0
            if v < 0 { i -= 1; d[i] = 45 }
            appendLatin1(d + i, 24 - i, orHint: 0x7F)
        }
    }

    /// Code point at i (i < length).
    public func at(_ i: Int) -> UInt32 {
        kind == 1 ? UInt32(buf!.load(fromByteOffset: i, as: UInt8.self)) : buf!.load(fromByteOffset: i &* 4, as: UInt32.self)
    }

    /// Drops the last n code points.
    public mutating func truncate(to n: Int) { if n < count { count = n } }

    /// The built string (new reference), or nil with MemoryError set.
    public consuming func finish() -> PyObjectRef? {
        if failed { PyErr_NoMemory(); return nil }
        let n = count
        if n == 0 { return strEmpty() }
        if kind == 1 {
            let p = buf!.assumingMemoryBound(to: UInt8.self)
            if n == 1 { return strLatin1Char(UInt32(p[0])) }
            guard let s = allocStr(n, kind: 1, ascii: orChars < 0x80) else { return nil }
            memcpy(strData(s), p, n)
            return s
        }
        return strFromUCS4(buf!.assumingMemoryBound(to: UInt32.self), n, maxCharHint: orChars)
    }
}
