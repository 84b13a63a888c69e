// int objects: storage, allocation (small-int cache, free list), value access.
// Layout (objects.h, PyLongObject): ob_big == nil iff the value fits in Int64; then ob_ival is the
// value (canonical: a value that fits is ALWAYS stored small). Otherwise ob_big owns a heap
// UnsafeMutablePointer<BigInt> (initialized/deinitialized explicitly) and ob_ival holds the sign (+1/-1).
import CPython
import BigInt

public typealias PyLongRef = UnsafeMutablePointer<PyLongObject>

let smallIntMin = -5
let smallIntMax = 256
let smallIntCount = smallIntMax - smallIntMin + 1

/// Preallocated immortal ints -5...256 (nil until makeSmallIntTable()).
nonisolated(unsafe) var smallIntTable: UnsafeMutablePointer<PyLongObject>? = nil
/// Free exact-int objects, linked through ob_big.
nonisolated(unsafe) var intFreeList: UnsafeMutablePointer<PyLongObject>? = nil
nonisolated(unsafe) var intFreeCount = 0
let intFreeMax = 256

/// Ints parked on the free list (the leak check counts them as freed).
func intFreeListParked() -> [PyObjectRef] {
    var parked: [PyObjectRef] = []
    var l = intFreeList
    while let m = l { parked.append(UnsafeMutableRawPointer(m).assumingMemoryBound(to: PyObject.self)); l = m.pointee.ob_big?.assumingMemoryBound(to: PyLongObject.self) }
    return parked
}

func makeSmallIntTable() {
    if smallIntTable != nil { return }
    let t = UnsafeMutablePointer<PyLongObject>.allocate(capacity: smallIntCount)
    for i in 0..<smallIntCount {
        t[i] = PyLongObject(ob_base: PyObject(ob_refcnt: 1 << 30, ob_type: SPyType_Long()),
                            ob_ival: Int64(i + smallIntMin), ob_big: nil)
    }
    smallIntTable = t
}

/// A new reference to the int `v` (the VM's hot allocator).
@inline(__always) public func pyInt(_ v: Int) -> PyObjectRef {
    let idx = v &- smallIntMin
    if UInt(bitPattern: idx) < UInt(smallIntCount), let t = smallIntTable {
        let o = UnsafeMutableRawPointer(t + idx).assumingMemoryBound(to: PyObject.self)
        o.pointee.ob_refcnt += 1
        return o
    }
    return allocInt(v)
}

/// A fresh exact int object holding a small value (no cache check).
@inline(__always) func allocInt(_ v: Int) -> PyObjectRef {
    let l: PyLongRef
    if let f = intFreeList {
        intFreeList = f.pointee.ob_big?.assumingMemoryBound(to: PyLongObject.self)
        intFreeCount &-= 1
        l = f
    } else {
        l = mallocLong()
    }
    l.pointee.ob_base.ob_refcnt = 1
    l.pointee.ob_base.ob_type = SPyType_Long()
    l.pointee.ob_ival = Int64(v)
    l.pointee.ob_big = nil
    return UnsafeMutableRawPointer(l).assumingMemoryBound(to: PyObject.self)
}

@inline(never) func mallocLong() -> PyLongRef {
    guard let p = PyObject_Malloc(MemoryLayout<PyLongObject>.size) else { fatalError("out of memory allocating int") }
    return p.assumingMemoryBound(to: PyLongObject.self)
}

/// tp_dealloc of int (and of int subclasses through subtype_dealloc).
func longDealloc(_ o: PyObjectRef?) {
    let o = o!
    let l = o.cast(to: PyLongObject.self)
    if let b = l.pointee.ob_big {
        let p = b.assumingMemoryBound(to: BigInt.self)
        p.deinitialize(count: 1)
        p.deallocate()
        l.pointee.ob_big = nil
    }
    if o.pointee.ob_type == SPyType_Long() {
        if intFreeCount < intFreeMax {
            l.pointee.ob_big = UnsafeMutableRawPointer(intFreeList)
            intFreeList = l
            intFreeCount += 1
            return
        }
        PyObject_Free(o)
        return
    }
    o.pointee.ob_type.pointee.tp_free!(o)
}

// MARK: value access

/// True for int and its subclasses (bool included).
@inline(__always) func isInt(_ o: PyObjectRef) -> Bool {
    (o.pointee.ob_type.pointee.tp_flags & UInt(Py_TPFLAGS_LONG_SUBCLASS)) != 0
}
@inline(__always) func isExactInt(_ o: PyObjectRef) -> Bool { o.pointee.ob_type == SPyType_Long() }
@inline(__always) func isExactFloat(_ o: PyObjectRef) -> Bool { o.pointee.ob_type == SPyType_Float() }

/// The small value of an int, or nil when it is big.
@inline(__always) func longSmall(_ o: PyObjectRef) -> Int? {
    let l = o.cast(to: PyLongObject.self)
    return l.pointee.ob_big == nil ? Int(l.pointee.ob_ival) : nil
}

/// The value of an int as BigInt (slow path).
func longBig(_ o: PyObjectRef) -> BigInt {
    let l = o.cast(to: PyLongObject.self)
    if let b = l.pointee.ob_big { return b.assumingMemoryBound(to: BigInt.self).pointee }
    return BigInt(Int(l.pointee.ob_ival))
}

/// -1, 0 or 1.
@inline(__always) func longSign(_ o: PyObjectRef) -> Int {
    let l = o.cast(to: PyLongObject.self)
    if l.pointee.ob_big != nil { return Int(l.pointee.ob_ival) }
    let v = l.pointee.ob_ival
    return v > 0 ? 1 : (v < 0 ? -1 : 0)
}

/// BigInt -> Int when it fits.
@inline(__always) func bigToInt(_ v: BigInt) -> Int? {
    let m = v.magnitude
    if m.isZero { return 0 }
    if m.bitWidth > 64 { return nil }
    let w = m.words[0]
    if v.sign == .plus { return w <= UInt(Int.max) ? Int(w) : nil }
    if w <= UInt(Int.max) { return -Int(w) }
    return w == (UInt(1) << 63) ? Int.min : nil
}

/// A new exact int for a BigInt value (stored small when it fits).
func pyLong(_ v: BigInt) -> PyObjectRef {
    if let s = bigToInt(v) { return pyInt(s) }
    let l = mallocLong()
    l.pointee.ob_base.ob_refcnt = 1
    l.pointee.ob_base.ob_type = SPyType_Long()
    l.pointee.ob_ival = v.sign == .minus ? -1 : 1
    let p = UnsafeMutablePointer<BigInt>.allocate(capacity: 1)
    p.initialize(to: v)
    l.pointee.ob_big = UnsafeMutableRawPointer(p)
    return UnsafeMutableRawPointer(l).assumingMemoryBound(to: PyObject.self)
}

/// Stores `v` into a freshly allocated (zeroed) int-layout object of some subtype.
func longStore(_ o: PyObjectRef, _ v: BigInt) {
    let l = o.cast(to: PyLongObject.self)
    if let s = bigToInt(v) { l.pointee.ob_ival = Int64(s); l.pointee.ob_big = nil; return }
    l.pointee.ob_ival = v.sign == .minus ? -1 : 1
    let p = UnsafeMutablePointer<BigInt>.allocate(capacity: 1)
    p.initialize(to: v)
    l.pointee.ob_big = UnsafeMutableRawPointer(p)
}

/// Copies an int (any subclass) to a new exact int.
func longCopyExact(_ o: PyObjectRef) -> PyObjectRef {
    if isExactInt(o) { Py_INCREF(o); return o }
    if let s = longSmall(o) { return pyInt(s) }
    return pyLong(longBig(o))
}

/// Number of bits in |v| (0 for 0).
func longBitLength(_ o: PyObjectRef) -> Int {
    if let s = longSmall(o) { return Int.bitWidth - s.magnitude.leadingZeroBitCount }
    return longBig(o).magnitude.bitWidth
}

@inline(__always) func notImplemented() -> PyObjectRef { Py_INCREF(pyNotImplemented); return pyNotImplemented }

/// tp_name of an object's type, for messages.
func numTypeName(_ o: PyObjectRef) -> String { String(cString: o.pointee.ob_type.pointee.tp_name) }

/// Floor division and modulo of BigInts (Python semantics). Divisor nonzero.
func bigDivMod(_ a: BigInt, _ b: BigInt) -> (BigInt, BigInt) {
    var (q, r) = a.quotientAndRemainder(dividingBy: b)
    if !r.isZero && ((r.sign == .minus) != (b.sign == .minus)) {
        q -= 1
        r += b
    }
    return (q, r)
}

/// Python's a >> n (floor) for BigInt, n >= 0.
func bigShiftRight(_ a: BigInt, _ n: Int) -> BigInt {
    if a.sign == .plus || a.isZero { return BigInt(sign: .plus, magnitude: a.magnitude >> n) }
    // -(((|a| - 1) >> n) + 1)
    let m = (a.magnitude - 1) >> n
    return BigInt(sign: .minus, magnitude: m + 1)
}

// MARK: two's-complement bitwise operations on BigInt

/// The value as `count` two's-complement words (little-endian), sign-extended.
func twosComplementWords(_ v: BigInt, _ count: Int) -> [UInt] {
    var w = [UInt](repeating: 0, count: count)
    let mw = v.magnitude.words
    for i in 0..<min(count, mw.count) { w[i] = mw[i] }
    if v.sign == .minus && !v.magnitude.isZero {
        var carry = true
        for i in 0..<count {
            let (s, o) = (~w[i]).addingReportingOverflow(carry ? 1 : 0)
            w[i] = s
            carry = carry && o
        }
    }
    return w
}

/// Reads two's-complement words back into a BigInt.
func fromTwosComplement(_ w: [UInt]) -> BigInt {
    guard let top = w.last else { return 0 }
    if top >> (UInt.bitWidth - 1) == 0 { return BigInt(sign: .plus, magnitude: BigUInt(words: w)) }
    var m = w
    var carry = true
    for i in 0..<m.count {
        let (s, o) = (~m[i]).addingReportingOverflow(carry ? 1 : 0)
        m[i] = s
        carry = carry && o
    }
    return BigInt(sign: .minus, magnitude: BigUInt(words: m))
}

enum BitOp { case and, or, xor }

func bigBitwise(_ a: BigInt, _ b: BigInt, _ op: BitOp) -> BigInt {
    let n = max(a.magnitude.words.count, b.magnitude.words.count) + 1
    let x = twosComplementWords(a, n), y = twosComplementWords(b, n)
    var r = [UInt](repeating: 0, count: n)
    for i in 0..<n {
        switch op {
        case .and: r[i] = x[i] & y[i]
        case .or: r[i] = x[i] | y[i]
        case .xor: r[i] = x[i] ^ y[i]
        }
    }
    return fromTwosComplement(r)
}

/// Correctly rounded BigInt -> Double (half-even); nil when it overflows.
func bigToDouble(_ v: BigInt) -> Double? {
    let m = v.magnitude
    let nbits = m.bitWidth
    var d: Double
    if nbits <= 64 {
        d = Double(m.isZero ? 0 : m.words[0])
    } else {
        let shift = nbits - 64
        var top = UInt64((m >> shift).words[0])
        // Sticky bit: any nonzero bit shifted out makes the lowest bit 1 (64 > 53 + 2 keeps rounding exact).
        if m.trailingZeroBitCount < shift { top |= 1 }
        d = Double(top)
        if shift > 2000 { return nil }
        d = scalbn(d, Int32(shift))
        if d.isInfinite { return nil }
    }
    return v.sign == .minus ? -d : d
}
