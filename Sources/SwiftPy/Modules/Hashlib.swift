// The _hashlib module under Lib/hashlib.py: message digests over capsule-held contexts.
// md5/sha1/sha2/sha3/blake2s come from the system libcrypto (EVP); blake2b (with digest_size,
// key, salt, person) is implemented here. update() on large inputs runs with the GIL released
// (Lib/hashlib.py serialises use of one hash object).
import CPython
import CCrypto
import Glibc

// MARK: BLAKE2b (RFC 7693)

@inline(__always) private func rotr(_ x: UInt64, _ n: UInt64) -> UInt64 { (x >> n) | (x << (64 - n)) }

private let blakeIV: [UInt64] = [
    0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
    0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179,
]
private let sigma: [[Int]] = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15], [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
    [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4], [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
    [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13], [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
    [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11], [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
    [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5], [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0],
]

/// BLAKE2b state: value type, so copy() is an assignment.
struct Blake2b {
    var h: [UInt64]
    var t: (UInt64, UInt64) = (0, 0)
    var buf = [UInt8]()
    let outLen: Int

    init(digestSize: Int, key: [UInt8], salt: [UInt8], person: [UInt8]) {
        outLen = digestSize
        h = blakeIV
        h[0] ^= 0x0101_0000 ^ (UInt64(key.count) << 8) ^ UInt64(digestSize)
        func word(_ b: [UInt8], _ off: Int) -> UInt64 {
            var w: UInt64 = 0
            for i in 0..<8 where off + i < b.count { w |= UInt64(b[off + i]) << (8 * UInt64(i)) }
            return w
        }
        h[4] ^= word(salt, 0); h[5] ^= word(salt, 8)
        h[6] ^= word(person, 0); h[7] ^= word(person, 8)
        if !key.isEmpty { buf = key + [UInt8](repeating: 0, count: 128 - key.count) }
    }

    private mutating func compress(_ block: UnsafeRawBufferPointer, last: Bool) {
        var m = [UInt64](repeating: 0, count: 16)
        for i in 0..<16 { m[i] = UInt64(littleEndian: block.loadUnaligned(fromByteOffset: i * 8, as: UInt64.self)) }
        var v = h + blakeIV
        v[12] ^= t.0; v[13] ^= t.1
        if last { v[14] = ~v[14] }
        @inline(__always) func g(_ a: Int, _ b: Int, _ c: Int, _ d: Int, _ x: UInt64, _ y: UInt64) {
            v[a] = v[a] &+ v[b] &+ x; v[d] = rotr(v[d] ^ v[a], 32)
            v[c] = v[c] &+ v[d]; v[b] = rotr(v[b] ^ v[c], 24)
            v[a] = v[a] &+ v[b] &+ y; v[d] = rotr(v[d] ^ v[a], 16)
            v[c] = v[c] &+ v[d]; v[b] = rotr(v[b] ^ v[c], 63)
        }
        for r in 0..<12 {
            let s = sigma[r % 10]
            g(0, 4, 8, 12, m[s[0]], m[s[1]]); g(1, 5, 9, 13, m[s[2]], m[s[3]])
            g(2, 6, 10, 14, m[s[4]], m[s[5]]); g(3, 7, 11, 15, m[s[6]], m[s[7]])
            g(0, 5, 10, 15, m[s[8]], m[s[9]]); g(1, 6, 11, 12, m[s[10]], m[s[11]])
            g(2, 7, 8, 13, m[s[12]], m[s[13]]); g(3, 4, 9, 14, m[s[14]], m[s[15]])
        }
        for i in 0..<8 { h[i] ^= v[i] ^ v[i + 8] }
    }

    private mutating func addCount(_ n: Int) {
        let (s, o) = t.0.addingReportingOverflow(UInt64(n))
        t.0 = s
        if o { t.1 &+= 1 }
    }

    /// Absorbs data; a full buffer is compressed only once more data follows (the last block is
    /// compressed by finish()).
    mutating func update(_ data: UnsafeRawBufferPointer) {
        var i = 0
        while i < data.count {
            if buf.count == 128 {
                addCount(128)
                buf.withUnsafeBytes { compress($0, last: false) }
                buf.removeAll(keepingCapacity: true)
            }
            let n = min(128 - buf.count, data.count - i)
            buf.append(contentsOf: data[i..<(i + n)])
            i += n
        }
    }

    func finish() -> [UInt8] {
        var s = self
        s.addCount(s.buf.count)
        let block = s.buf + [UInt8](repeating: 0, count: 128 - s.buf.count)
        block.withUnsafeBytes { s.compress($0, last: true) }
        var out = [UInt8]()
        for w in s.h { for i in 0..<8 { out.append(UInt8(truncatingIfNeeded: w >> (8 * UInt64(i)))) } }
        return Array(out.prefix(outLen))
    }
}

/// One hash context: an EVP context or a BLAKE2b state.
private final class HashContext {
    var evp: OpaquePointer? = nil
    var blake: Blake2b? = nil
    deinit { if let evp { EVP_MD_CTX_free(evp) } }
}

/// The capsule name must outlive every capsule: one immortal C string.
nonisolated(unsafe) private let capsuleName = immortalCString("hashlib.ctx")

private let ctxDestructor: PyCapsule_Destructor = { cap in
    guard let p = PyCapsule_GetPointer(cap, capsuleName) else { PyErr_Clear(); return }
    Unmanaged<HashContext>.fromOpaque(p).release()
}

private func wrap(_ c: HashContext) -> PyObjectRef? {
    PyCapsule_New(Unmanaged.passRetained(c).toOpaque(), capsuleName, ctxDestructor)
}

private func context(_ cap: PyObjectRef) -> HashContext? {
    guard let p = PyCapsule_GetPointer(cap, capsuleName) else { return nil }
    return Unmanaged<HashContext>.fromOpaque(p).takeUnretainedValue()
}

private func withBytes<T>(_ o: PyObjectRef, _ body: (UnsafeRawBufferPointer) -> T?) -> T? {
    if isStr(o) { setError(PyExc_TypeError, "Strings must be encoded before hashing"); return nil }
    var view = Py_buffer()
    if PyObject_GetBuffer(o, &view, PyBUF_SIMPLE) != 0 { return nil }
    defer { PyBuffer_Release(&view) }
    return body(UnsafeRawBufferPointer(start: view.buf, count: view.len))
}

private func bytesValue(_ o: PyObjectRef) -> [UInt8]? {
    withBytes(o) { Array($0.bindMemory(to: UInt8.self)) }
}

/// OpenSSL's names for the digests hashlib offers through EVP.
private let evpNames: [String: String] = [
    "md5": "MD5", "sha1": "SHA1", "sha224": "SHA224", "sha256": "SHA256", "sha384": "SHA384", "sha512": "SHA512",
    "sha3_224": "SHA3-224", "sha3_256": "SHA3-256", "sha3_384": "SHA3-384", "sha3_512": "SHA3-512",
    "blake2s": "BLAKE2S-256", "sha512_224": "SHA512-224", "sha512_256": "SHA512-256",
    "shake_128": "SHAKE128", "shake_256": "SHAKE256",
]

/// new_evp(name) -> capsule, or None when the library lacks the digest.
private let h_new_evp: OneArgFn = { _, nameObj in
    let name = swiftString(nameObj!)
    guard let ossl = evpNames[name], let md = EVP_get_digestbyname(ossl) else { return pyNoneRef() }
    let c = HashContext()
    c.evp = EVP_MD_CTX_new()
    if c.evp == nil || EVP_DigestInit_ex(c.evp, md, nil) != 1 { setError(PyExc_ValueError, "unsupported hash type \(name)"); return nil }
    return wrap(c)
}

/// info(name) -> (digest_size, block_size) for an EVP digest.
private let h_info: OneArgFn = { _, nameObj in
    let name = swiftString(nameObj!)
    guard let ossl = evpNames[name], let md = EVP_get_digestbyname(ossl) else { return pyNoneRef() }
    guard let a = PyLong_FromLong(Int(EVP_MD_get_size(md))), let b = PyLong_FromLong(Int(EVP_MD_get_block_size(md))) else { return nil }
    let r = makeTuple([a, b]); Py_DECREF(a); Py_DECREF(b)
    return r
}

/// new_blake2b(digest_size, key, salt, person) -> capsule (arguments validated by hashlib.py)
private let h_new_blake2b: FastFn = { _, args, nargs in
    guard checkArgCount("blake2b", nargs, min: 4, max: 4) else { return nil }
    let size = PyLong_AsLong(arg(args, 0))
    if size == -1 && PyErr_Occurred() != nil { return nil }
    guard let key = bytesValue(arg(args, 1)), let salt = bytesValue(arg(args, 2)),
          let person = bytesValue(arg(args, 3)) else { return nil }
    let c = HashContext()
    c.blake = Blake2b(digestSize: size, key: key, salt: salt, person: person)
    return wrap(c)
}

/// update(ctx, data); inputs of 2 KiB or more are hashed with the GIL released.
private let h_update: FastFn = { _, args, nargs in
    guard checkArgCount("update", nargs, min: 2, max: 2), let c = context(arg(args, 0)) else { return nil }
    let ok: Bool? = withBytes(arg(args, 1)) { data in
        let save = data.count >= 2048 ? PyEval_SaveThread() : nil
        var good = true
        if c.blake != nil { c.blake!.update(data) }
        else { good = EVP_DigestUpdate(c.evp, data.baseAddress, data.count) == 1 }
        if let save { PyEval_RestoreThread(save) }
        return good
    }
    guard let ok else { return nil }
    if !ok { setError(PyExc_ValueError, "digest update failed"); return nil }
    return pyNoneRef()
}

/// digest(ctx) -> bytes; the context stays usable.
private let h_digest: OneArgFn = { _, cap in
    guard let c = context(cap!) else { return nil }
    var out: [UInt8]
    if let b = c.blake { out = b.finish() }
    else {
        guard let tmp = EVP_MD_CTX_new() else { return PyErr_NoMemory() }
        defer { EVP_MD_CTX_free(tmp) }
        var buf = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var n: UInt32 = 0
        if EVP_MD_CTX_copy_ex(tmp, c.evp) != 1 || EVP_DigestFinal_ex(tmp, &buf, &n) != 1 {
            setError(PyExc_ValueError, "digest failed"); return nil
        }
        out = Array(buf.prefix(Int(n)))
    }
    return out.withUnsafeBufferPointer { b in
        b.baseAddress!.withMemoryRebound(to: CChar.self, capacity: out.count) { PyBytes_FromStringAndSize($0, out.count) }
    }
}

/// digest_xof(ctx, length) -> bytes: the first `length` bytes of a SHAKE output.
private let h_digest_xof: FastFn = { _, args, nargs in
    guard checkArgCount("digest", nargs, min: 2, max: 2), let c = context(arg(args, 0)) else { return nil }
    let n = PyLong_AsLong(arg(args, 1))
    if n == -1 && PyErr_Occurred() != nil { return nil }
    if n < 0 { setError(PyExc_ValueError, "length must be non-negative"); return nil }
    if n == 0 { return PyBytes_FromStringAndSize(nil, 0) }
    guard let tmp = EVP_MD_CTX_new() else { return PyErr_NoMemory() }
    defer { EVP_MD_CTX_free(tmp) }
    var buf = [UInt8](repeating: 0, count: n)
    if EVP_MD_CTX_copy_ex(tmp, c.evp) != 1 || EVP_DigestFinalXOF(tmp, &buf, n) != 1 {
        setError(PyExc_ValueError, "digest failed"); return nil
    }
    return buf.withUnsafeBufferPointer { b in
        b.baseAddress!.withMemoryRebound(to: CChar.self, capacity: n) { PyBytes_FromStringAndSize($0, n) }
    }
}

private let h_copy: OneArgFn = { _, cap in
    guard let c = context(cap!) else { return nil }
    let n = HashContext()
    if let b = c.blake { n.blake = b }
    else {
        n.evp = EVP_MD_CTX_new()
        if n.evp == nil || EVP_MD_CTX_copy_ex(n.evp, c.evp) != 1 { setError(PyExc_ValueError, "copy failed"); return nil }
    }
    return wrap(n)
}

func makeHashlibModule() -> PyObjectRef? {
    guard let m = PyModule_New("_hashlib") else { return nil }
    _ = PyModule_AddFunctions(m, makeMethodTable([
        .oneArg("new_evp", h_new_evp), .oneArg("info", h_info), .fast("new_blake2b", h_new_blake2b),
        .fast("update", h_update), .oneArg("digest", h_digest), .fast("digest_xof", h_digest_xof), .oneArg("copy", h_copy),
    ]))
    return m
}
