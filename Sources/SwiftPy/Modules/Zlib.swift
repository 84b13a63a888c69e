// The _zlib module under Lib/zlib.py: one-shot compress/decompress, streaming deflate/inflate
// over capsule-held z_streams, crc32/adler32, over the system zlib. Compression and
// decompression run with the GIL released (Lib/zlib.py serialises use of one stream object).
import CPython
import CZlib
import Glibc

nonisolated(unsafe) private var zlibError: PyObjectRef? = nil
private let chunkSize = 64 * 1024
/// The capsule name must outlive every capsule: one immortal C string.
nonisolated(unsafe) private let streamName = immortalCString("zlib.stream")
/// CPython's output-buffer block sizes: deflate output is split into stored blocks by the room
/// it is given, so the same sizes give byte-identical level-0 output.
private let outputBlockSizes: [Int] = [32_768, 65_536, 262_144, 1_048_576, 4_194_304, 8_388_608, 16_777_216,
                                       16_777_216, 33_554_432, 33_554_432, 33_554_432, 33_554_432, 67_108_864,
                                       67_108_864, 134_217_728, 134_217_728, 268_435_456]

/// A z_stream plus what the capsule destructor needs to end it.
private struct ZStream {
    var z = z_stream()
    var isDeflate = true
    var zdict: [UInt8]? = nil
}

private func zError(_ code: Int32, _ strm: UnsafeMutablePointer<z_stream>?, _ what: String) {
    var msg: String
    if let m = strm?.pointee.msg { msg = String(cString: m) }
    else {
        switch code {
        case Z_BUF_ERROR: msg = "incomplete or truncated stream"
        case Z_STREAM_ERROR: msg = "inconsistent stream state"
        case Z_DATA_ERROR: msg = "invalid input data"
        default: msg = "library error"
        }
    }
    if code == Z_VERSION_ERROR { msg = "library version mismatch" }
    setError(zlibError ?? PyExc_RuntimeError, "Error \(code) while \(what): \(msg)")
}

/// Runs `body` over the bytes of a buffer-protocol object.
private func withBytes<T>(_ o: PyObjectRef, _ body: (UnsafeRawBufferPointer) -> T?) -> T? {
    var view = Py_buffer()
    if PyObject_GetBuffer(o, &view, PyBUF_SIMPLE) != 0 { return nil }
    defer { PyBuffer_Release(&view) }
    return body(UnsafeRawBufferPointer(start: view.buf, count: view.len))
}

private func bytesObject(_ a: [UInt8]) -> PyObjectRef? {
    a.withUnsafeBufferPointer { b in
        b.baseAddress.map { $0.withMemoryRebound(to: CChar.self, capacity: a.count) { PyBytes_FromStringAndSize($0, a.count) } }
            ?? PyBytes_FromStringAndSize(nil, 0)
    }
}

/// Feeds `input` to deflate with `flush`, collecting all output. Returns the zlib error code
/// (Z_OK / Z_STREAM_END / Z_BUF_ERROR are successes) with the GIL released.
private func deflateAll(_ strm: UnsafeMutablePointer<z_stream>, _ input: UnsafeRawBufferPointer, _ flush: Int32,
                        _ out: inout [UInt8]) -> Int32 {
    strm.pointee.next_in = UnsafeMutablePointer(mutating: input.baseAddress?.assumingMemoryBound(to: Bytef.self))
    strm.pointee.avail_in = UInt32(input.count)
    var err: Int32 = Z_OK
    var block = 0
    let save = PyEval_SaveThread()
    repeat {
        let size = outputBlockSizes[min(block, outputBlockSizes.count - 1)]
        block += 1
        var chunk = [UInt8](repeating: 0, count: size)
        chunk.withUnsafeMutableBufferPointer { c in
            strm.pointee.next_out = c.baseAddress
            strm.pointee.avail_out = UInt32(size)
            err = deflate(strm, flush)
        }
        if err == Z_STREAM_ERROR { break }
        out.append(contentsOf: chunk[0..<(size - Int(strm.pointee.avail_out))])
    } while strm.pointee.avail_out == 0 || (flush == Z_FINISH && err != Z_STREAM_END)
    PyEval_RestoreThread(save)
    return err
}

/// Inflates `input` into `out` (at most maxLength bytes when maxLength > 0). Returns the last
/// zlib code and sets `consumed`. Handles Z_NEED_DICT with `zdict`.
private func inflateAll(_ strm: UnsafeMutablePointer<z_stream>, _ input: UnsafeRawBufferPointer, _ maxLength: Int,
                        _ zdict: [UInt8]?, _ out: inout [UInt8], _ consumed: inout Int) -> Int32 {
    var chunk = [UInt8](repeating: 0, count: chunkSize)
    let base = input.baseAddress?.assumingMemoryBound(to: Bytef.self)
    strm.pointee.next_in = UnsafeMutablePointer(mutating: base)
    strm.pointee.avail_in = UInt32(input.count)
    var err: Int32 = Z_OK
    let save = PyEval_SaveThread()
    while true {
        let room = maxLength > 0 ? min(chunkSize, maxLength - out.count) : chunkSize
        if room <= 0 { break }
        chunk.withUnsafeMutableBufferPointer { c in
            strm.pointee.next_out = c.baseAddress
            strm.pointee.avail_out = UInt32(room)
            err = inflate(strm, Z_SYNC_FLUSH)
        }
        let produced = room - Int(strm.pointee.avail_out)
        out.append(contentsOf: chunk[0..<produced])
        if err == Z_NEED_DICT, let zdict {
            err = zdict.withUnsafeBufferPointer { inflateSetDictionary(strm, $0.baseAddress, UInt32(zdict.count)) }
            if err != Z_OK { break }
            continue
        }
        if err == Z_STREAM_END || err != Z_OK { break }
        if strm.pointee.avail_out != 0 && strm.pointee.avail_in == 0 { break }
    }
    PyEval_RestoreThread(save)
    consumed = input.count - Int(strm.pointee.avail_in)
    if err == Z_BUF_ERROR && strm.pointee.avail_out != 0 { err = Z_OK }  // just needs more input
    if err == Z_BUF_ERROR { err = Z_OK }
    return err
}

/// compress(data, level, wbits) -> bytes
private let z_compress: FastFn = { _, args, nargs in
    guard checkArgCount("compress", nargs, min: 3, max: 3),
          let level = intArg(arg(args, 1)), let wbits = intArg(arg(args, 2)) else { return nil }
    var strm = z_stream()
    var err = deflateInit2_(&strm, Int32(level), Z_DEFLATED, Int32(wbits), 8, Z_DEFAULT_STRATEGY,
                            ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
    if err == Z_STREAM_ERROR { setError(zlibError, "Bad compression level"); return nil }
    if err != Z_OK { zError(err, &strm, "compressing data"); return nil }
    defer { deflateEnd(&strm) }
    var out: [UInt8] = []
    guard let ok: Bool = withBytes(arg(args, 0), { input in
        err = deflateAll(&strm, input, Z_FINISH, &out)
        return err == Z_STREAM_END
    }) else { return nil }
    if !ok { zError(err, &strm, "compressing data"); return nil }
    return bytesObject(out)
}

/// decompress(data, wbits, bufsize) -> bytes
private let z_decompress: FastFn = { _, args, nargs in
    guard checkArgCount("decompress", nargs, min: 3, max: 3), let wbits = intArg(arg(args, 1)),
          let bufsize = intArg(arg(args, 2)) else { return nil }
    if bufsize < 0 { setError(PyExc_ValueError, "bufsize must be non-negative"); return nil }
    var strm = z_stream()
    var err = inflateInit2_(&strm, Int32(wbits), ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
    if err != Z_OK { zError(err, &strm, "preparing to decompress data"); return nil }
    defer { inflateEnd(&strm) }
    var out: [UInt8] = []
    out.reserveCapacity(max(bufsize, 1))
    var consumed = 0
    guard withBytes(arg(args, 0), { input -> Bool? in
        err = inflateAll(&strm, input, 0, nil, &out, &consumed)
        return true
    }) != nil else { return nil }
    if err != Z_STREAM_END {
        if err == Z_OK { zError(Z_BUF_ERROR, nil, "decompressing data") } else { zError(err, &strm, "decompressing data") }
        return nil
    }
    return bytesObject(out)
}

private let streamDestructor: PyCapsule_Destructor = { cap in
    guard let p = PyCapsule_GetPointer(cap, streamName) else { PyErr_Clear(); return }
    let s = p.assumingMemoryBound(to: ZStream.self)
    if s.pointee.isDeflate { deflateEnd(&s.pointee.z) } else { inflateEnd(&s.pointee.z) }
    s.deinitialize(count: 1)
    s.deallocate()
}

private func streamOf(_ cap: PyObjectRef) -> UnsafeMutablePointer<ZStream>? {
    PyCapsule_GetPointer(cap, streamName)?.assumingMemoryBound(to: ZStream.self)
}

private func wrapStream(_ s: UnsafeMutablePointer<ZStream>) -> PyObjectRef? {
    PyCapsule_New(UnsafeMutableRawPointer(s), streamName, streamDestructor)
}

private func optionalBytes(_ o: PyObjectRef) -> [UInt8]?? {
    if o == pyNone { return .some(nil) }
    return withBytes(o) { Optional(Array($0.bindMemory(to: UInt8.self))) }.map { .some($0) } ?? nil
}

/// deflate_new(level, method, wbits, memLevel, strategy, zdict) -> stream capsule
private let z_deflate_new: FastFn = { _, args, nargs in
    guard checkArgCount("compressobj", nargs, min: 6, max: 6) else { return nil }
    var v = [Int]()
    for i in 0..<5 { guard let x = intArg(arg(args, i)) else { return nil }; v.append(x) }
    guard let zdict = optionalBytes(arg(args, 5)) else { return nil }
    let s = UnsafeMutablePointer<ZStream>.allocate(capacity: 1)
    s.initialize(to: ZStream())
    let err = deflateInit2_(&s.pointee.z, Int32(v[0]), Int32(v[1]), Int32(v[2]), Int32(v[3]), Int32(v[4]),
                            ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
    if err != Z_OK {
        s.deinitialize(count: 1); s.deallocate()
        if err == Z_STREAM_ERROR { setError(PyExc_ValueError, "Invalid initialization option") }
        else if err == Z_MEM_ERROR { _ = PyErr_NoMemory() }
        else { zError(err, nil, "creating compression object") }
        return nil
    }
    if let zdict {
        let e = zdict.withUnsafeBufferPointer { deflateSetDictionary(&s.pointee.z, $0.baseAddress, UInt32(zdict.count)) }
        if e != Z_OK { deflateEnd(&s.pointee.z); s.deinitialize(count: 1); s.deallocate(); setError(PyExc_ValueError, "Invalid dictionary"); return nil }
    }
    return wrapStream(s)
}

/// deflate(stream, data, flushmode) -> bytes
private let z_deflate: FastFn = { _, args, nargs in
    guard checkArgCount("deflate", nargs, min: 3, max: 3), let s = streamOf(arg(args, 0)),
          let mode = intArg(arg(args, 2)) else { return nil }
    var out: [UInt8] = []
    var err: Int32 = Z_OK
    guard withBytes(arg(args, 1), { input -> Bool? in err = deflateAll(&s.pointee.z, input, Int32(mode), &out); return true }) != nil
    else { return nil }
    if err != Z_OK && err != Z_STREAM_END && err != Z_BUF_ERROR {
        zError(err, &s.pointee.z, mode == Int(Z_NO_FLUSH) ? "compressing data" : "flushing"); return nil
    }
    return bytesObject(out)
}

/// inflate_new(wbits, zdict) -> stream capsule
private let z_inflate_new: FastFn = { _, args, nargs in
    guard checkArgCount("decompressobj", nargs, min: 2, max: 2), let wbits = intArg(arg(args, 0)),
          let zdict = optionalBytes(arg(args, 1)) else { return nil }
    let s = UnsafeMutablePointer<ZStream>.allocate(capacity: 1)
    s.initialize(to: ZStream(isDeflate: false, zdict: zdict))
    let err = inflateInit2_(&s.pointee.z, Int32(wbits), ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
    if err != Z_OK {
        s.deinitialize(count: 1); s.deallocate()
        if err == Z_STREAM_ERROR { setError(PyExc_ValueError, "Invalid initialization option") }
        else { zError(err, nil, "creating decompression object") }
        return nil
    }
    if let zdict, wbits < 0 {
        let e = zdict.withUnsafeBufferPointer { inflateSetDictionary(&s.pointee.z, $0.baseAddress, UInt32(zdict.count)) }
        if e != Z_OK { inflateEnd(&s.pointee.z); s.deinitialize(count: 1); s.deallocate(); zError(e, nil, "setting zdict"); return nil }
    }
    return wrapStream(s)
}

/// inflate(stream, data, max_length) -> (output, consumed, eof)
private let z_inflate: FastFn = { _, args, nargs in
    guard checkArgCount("inflate", nargs, min: 3, max: 3), let s = streamOf(arg(args, 0)),
          let maxLength = intArg(arg(args, 2)) else { return nil }
    var out: [UInt8] = []
    var consumed = 0
    var err: Int32 = Z_OK
    guard withBytes(arg(args, 1), { input -> Bool? in
        err = inflateAll(&s.pointee.z, input, maxLength, s.pointee.zdict, &out, &consumed); return true
    }) != nil else { return nil }
    if err != Z_OK && err != Z_STREAM_END { zError(err, &s.pointee.z, "decompressing data"); return nil }
    guard let o = bytesObject(out), let c = PyLong_FromLong(consumed) else { return nil }
    let e = pyBool(err == Z_STREAM_END)
    let r = makeTuple([o, c, e])
    Py_DECREF(o); Py_DECREF(c); Py_DECREF(e)
    return r
}

/// copy(stream) -> a new capsule with the same state
private let z_copy: OneArgFn = { _, cap in
    guard let src = streamOf(cap!) else { return nil }
    let s = UnsafeMutablePointer<ZStream>.allocate(capacity: 1)
    s.initialize(to: ZStream(isDeflate: src.pointee.isDeflate, zdict: src.pointee.zdict))
    let err = src.pointee.isDeflate ? deflateCopy(&s.pointee.z, &src.pointee.z) : inflateCopy(&s.pointee.z, &src.pointee.z)
    if err != Z_OK {
        s.deinitialize(count: 1); s.deallocate()
        if err == Z_STREAM_ERROR { setError(PyExc_ValueError, "Inconsistent stream state") }
        else { zError(err, &src.pointee.z, "copying compression object") }
        return nil
    }
    return wrapStream(s)
}

/// Shared by crc32/adler32: (data, start value) -> unsigned 32-bit checksum.
private func checksum(_ fname: String, _ args: UnsafePointer<PyObjectRef?>?, _ nargs: Int,
                      _ fn: (UInt, UnsafePointer<Bytef>?, UInt32) -> UInt, initial: UInt) -> PyObjectRef? {
    guard checkArgCount(fname, nargs, min: 1, max: 2) else { return nil }
    var value = initial
    if nargs > 1 {
        let v = PyLong_AsUnsignedLongMask(arg(args, 1))
        if v == UInt.max && PyErr_Occurred() != nil { return nil }
        value = v & 0xFFFF_FFFF
    }
    guard let r: UInt = withBytes(arg(args, 0), { input in
        var v = value
        var p = input.baseAddress?.assumingMemoryBound(to: Bytef.self)
        var left = input.count
        let big = left > 5 * 1024
        let save = big ? PyEval_SaveThread() : nil
        while left > 0 {
            let n = min(left, 1 << 30)
            v = fn(v, p, UInt32(n))
            p = p! + n
            left -= n
        }
        if let save { PyEval_RestoreThread(save) }
        return v
    }) else { return nil }
    return PyLong_FromUnsignedLong(r & 0xFFFF_FFFF)
}

private let z_crc32: FastFn = { _, args, nargs in checksum("crc32", args, nargs, { crc32($0, $1, $2) }, initial: 0) }
private let z_adler32: FastFn = { _, args, nargs in checksum("adler32", args, nargs, { adler32($0, $1, $2) }, initial: 1) }

func makeZlibModule() -> PyObjectRef? {
    guard let m = PyModule_New("_zlib") else { return nil }
    _ = PyModule_AddFunctions(m, makeMethodTable([
        .fast("compress", z_compress), .fast("decompress", z_decompress), .fast("deflate_new", z_deflate_new),
        .fast("deflate", z_deflate), .fast("inflate_new", z_inflate_new), .fast("inflate", z_inflate),
        .oneArg("copy", z_copy), .fast("crc32", z_crc32), .fast("adler32", z_adler32),
    ]))
    if zlibError == nil {
        // Process-wide (the stream functions raise it without their module): runtime state.
        zlibError = PyErr_NewException("zlib.error", PyExc_Exception, nil)
        if let e = zlibError { registerRuntimeOwned(e) }
    }
    if let e = zlibError { Py_INCREF(e); _ = PyModule_AddObject(m, "error", e) }
    let consts: [(String, Int32)] = [
        ("Z_NO_COMPRESSION", Z_NO_COMPRESSION), ("Z_BEST_SPEED", Z_BEST_SPEED), ("Z_BEST_COMPRESSION", Z_BEST_COMPRESSION),
        ("Z_DEFAULT_COMPRESSION", Z_DEFAULT_COMPRESSION), ("Z_FILTERED", Z_FILTERED), ("Z_HUFFMAN_ONLY", Z_HUFFMAN_ONLY),
        ("Z_RLE", Z_RLE), ("Z_FIXED", Z_FIXED), ("Z_DEFAULT_STRATEGY", Z_DEFAULT_STRATEGY), ("Z_NO_FLUSH", Z_NO_FLUSH),
        ("Z_PARTIAL_FLUSH", Z_PARTIAL_FLUSH), ("Z_SYNC_FLUSH", Z_SYNC_FLUSH), ("Z_FULL_FLUSH", Z_FULL_FLUSH),
        ("Z_FINISH", Z_FINISH), ("Z_BLOCK", Z_BLOCK), ("Z_TREES", Z_TREES), ("DEFLATED", Z_DEFLATED),
        ("MAX_WBITS", MAX_WBITS), ("DEF_MEM_LEVEL", 8),
    ]
    for (n, v) in consts { _ = PyModule_AddIntConstant(m, n, Int(v)) }
    _ = PyModule_AddStringConstant(m, "ZLIB_VERSION", ZLIB_VERSION)
    _ = PyModule_AddStringConstant(m, "ZLIB_RUNTIME_VERSION", zlibVersion())
    return m
}
