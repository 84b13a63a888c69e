// File objects: sys.stdin/stdout/stderr and open(). One C layout (SPyFileObject) behind five types
// named as CPython's (_io.TextIOWrapper, _io.BufferedReader/BufferedWriter/BufferedRandom, _io.FileIO).
// A text file and its binary `.buffer` (and a buffered file and its `.raw`) share one FileBuffer, so
// writes through any layer stay ordered. Text files decode ASCII-compatible codecs natively (utf-8,
// utf-8-sig, latin-1, ascii, cp1252); open() hands other encodings to Lib/io.py's TextIOWrapper.
// Blocking reads and writes release the GIL (brief decision 3).
import CPython
import Glibc

/// CPython's `newline` argument of a text file.
enum NewlineMode: Equatable {
    case universal      // None: \r\n and \r read as \n; \n written as os.linesep (\n)
    case universalKeep  // '': lines end at \r, \n or \r\n, kept as they are
    case lf, cr, crlf   // lines end at that string only; \n written as it
    init?(_ o: PyObjectRef?) {
        guard let o, o != pyNone else { self = .universal; return }
        guard PyUnicode_Check(o) != 0 else { return nil }
        switch swiftString(o) {
        case "": self = .universalKeep
        case "\n": self = .lf
        case "\r": self = .cr
        case "\r\n": self = .crlf
        default: return nil
        }
    }
    var isUniversal: Bool { self == .universal || self == .universalKeep }
}

/// State shared by the layers over one descriptor. Owned by each file object through an Unmanaged retain.
final class FileBuffer {
    var out: [UInt8] = []
    var inBuf: [UInt8] = []
    var inPos = 0
    var eof = false
    var closed = false
    var closefd = true
    // text decoding/encoding (used by the text layer only)
    var codec: Codec = .utf8
    var sig = false           // utf-8-sig
    var bomCheck = false      // a read must still skip a leading BOM
    var writeBOM = false      // the next text write starts with a BOM
    var errors = "strict"
    var newline: NewlineMode = .universal
    var writeThrough = false
    var seenNL = 0            // 1: \n, 2: \r, 4: \r\n (universal modes)
    var pendingCR = false     // the last counted chunk ended with \r
    var errorsArg: String? { errors == "strict" ? nil : errors }
    /// Text writes may copy the str's UTF-8 as it is (no translation, BOM or other codec).
    var plainWrite = true
    func updatePlainWrite() {
        var translate = false
        switch newline { case .cr, .crlf: translate = true; default: break }
        plainWrite = codec == .utf8 && !writeBOM && !translate
    }
}

nonisolated(unsafe) var textIOType: PyTypeRef! = nil
nonisolated(unsafe) var bufferedReaderType: PyTypeRef! = nil
nonisolated(unsafe) var bufferedWriterType: PyTypeRef! = nil
nonisolated(unsafe) var bufferedRandomType: PyTypeRef! = nil
nonisolated(unsafe) var fileIOType: PyTypeRef! = nil

@inline(__always) func fileObj(_ o: PyObjectRef) -> UnsafeMutablePointer<SPyFileObject> { o.cast(to: SPyFileObject.self) }
@inline(__always) func buffers(_ f: UnsafeMutablePointer<SPyFileObject>) -> FileBuffer {
    Unmanaged<FileBuffer>.fromOpaque(f.pointee.state!).takeUnretainedValue()
}
@inline(__always) private func isBinary(_ f: UnsafeMutablePointer<SPyFileObject>) -> Bool { f.pointee.flags & SPY_FILE_BINARY != 0 }
@inline(__always) private func isRaw(_ f: UnsafeMutablePointer<SPyFileObject>) -> Bool { f.pointee.flags & SPY_FILE_RAW != 0 }

/// True if `o` is one of the native file types.
func isNativeFile(_ o: PyObjectRef) -> Bool {
    let t = o.pointee.ob_type
    return t == textIOType || t == bufferedReaderType || t == bufferedWriterType || t == bufferedRandomType || t == fileIOType
}

/// The binary type for a readable/writable pair.
private func binaryType(readable: Bool, writable: Bool) -> PyTypeRef {
    readable && writable ? bufferedRandomType : (readable ? bufferedReaderType : bufferedWriterType)
}

/// New file object over `fd`; nil with an exception set. `state` shares another layer's buffers.
func makeFile(fd: Int32, name: PyObjectRef, mode: String, readable: Bool, writable: Bool, binary: Bool,
              closefd: Bool, lineBuffered: Bool, append: Bool = false, raw: Bool = false,
              state: FileBuffer? = nil) -> PyObjectRef? {
    let type: PyTypeRef = raw ? fileIOType : (binary ? binaryType(readable: readable, writable: writable) : textIOType)
    guard let o = PyType_GenericAlloc(type, 0) else { return nil }
    let f = fileObj(o)
    f.pointee.fd = fd
    var flags: Int32 = 0
    if readable { flags |= SPY_FILE_READABLE }
    if writable { flags |= SPY_FILE_WRITABLE }
    if binary || raw { flags |= SPY_FILE_BINARY }
    if raw { flags |= SPY_FILE_RAW }
    if closefd { flags |= SPY_FILE_CLOSEFD }
    if lineBuffered { flags |= SPY_FILE_LINEBUF }
    if append { flags |= SPY_FILE_APPEND }
    f.pointee.flags = flags
    let b = state ?? FileBuffer()
    if state == nil { b.closefd = closefd }
    f.pointee.state = Unmanaged.passRetained(b).toOpaque()
    Py_INCREF(name)
    f.pointee.name = name
    f.pointee.mode = pyStr(mode)
    f.pointee.encoding = binary || raw ? nil : pyStr("utf-8")
    return o
}

/// Sets a text file's codec from an encoding name (LookupError for unknown or non-native ones).
func setTextEncoding(_ f: UnsafeMutablePointer<SPyFileObject>, _ given: String) -> Bool {
    let b = buffers(f)
    let name = given == "locale" ? "UTF-8" : given
    if Codec.lookup(name) != nil && !isNativeTextEncoding(name) {
        setUnsupportedOperation("native text files read utf-8, utf-8-sig, latin-1, ascii and cp1252; "
                                + "use io.TextIOWrapper(f.detach(), encoding='\(name)') for other encodings")
        return false
    }
    var n = ""
    for ch in name.lowercased() { n.append(ch == "-" || ch == " " ? "_" : ch) }
    if n == "utf_8_sig" || n == "utf8_sig" {
        b.codec = .utf8; b.sig = true
    } else {
        guard let c = Codec.lookup(name) else { setError(PyExc_LookupError, "unknown encoding: \(name)"); return false }
        b.codec = c; b.sig = false
    }
    Py_XDECREF(f.pointee.encoding)
    f.pointee.encoding = pyStr(name)
    b.updatePlainWrite()
    return true
}

/// True for the codecs a native text file handles (\n is byte 10 and never inside a character).
func isNativeTextEncoding(_ name: String) -> Bool {
    var n = ""
    for ch in name.lowercased() { n.append(ch == "-" || ch == " " ? "_" : ch) }
    if n == "utf_8_sig" || n == "utf8_sig" { return true }
    switch Codec.lookup(name) {
    case .utf8?, .ascii?, .latin1?, .cp1252?: return true
    default: return false
    }
}

/// Raises io.UnsupportedOperation: the class Lib/io.py defines (a subclass of OSError and
/// ValueError), so `except io.UnsupportedOperation` catches what the file objects raise.
func setUnsupportedOperation(_ message: String) {
    guard let io = PyImport_ImportModule("io") else { return }
    let type = PyObject_GetAttrString(io, "UnsupportedOperation")
    Py_DECREF(io)
    guard let type else { return }
    setError(type, message)
    Py_DECREF(type)
}

private func checkOpen(_ f: UnsafeMutablePointer<SPyFileObject>) -> Bool {
    if f.pointee.flags & SPY_FILE_DETACHED != 0 {
        setError(PyExc_ValueError, isBinary(f) ? "raw stream has been detached" : "underlying buffer has been detached"); return false
    }
    if buffers(f).closed {
        setError(PyExc_ValueError, isBinary(f) && !isRaw(f) ? "I/O operation on closed file." : (isRaw(f) ? "I/O operation on closed file" : "I/O operation on closed file."))
        return false
    }
    return true
}

/// Writes all of `bytes` to fd with the GIL released. Returns false with OSError set.
private func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> Bool {
    var off = 0
    var err: Int32 = 0
    let save = PyEval_SaveThread()
    while off < bytes.count {
        let n = Glibc.write(fd, bytes.baseAddress! + off, bytes.count - off)
        if n < 0 { if errno == EINTR { continue }; err = errno; break }
        off += n
    }
    PyEval_RestoreThread(save)
    if err != 0 { errno = err; PyErr_SetFromErrno(PyExc_OSError); return false }
    return true
}

private func flushFile(_ f: UnsafeMutablePointer<SPyFileObject>) -> Bool {
    let b = buffers(f)
    if b.out.isEmpty { return true }
    let ok = b.out.withUnsafeBytes { writeAll(f.pointee.fd, $0) }
    b.out.removeAll(keepingCapacity: true)
    return ok
}

/// Before writing after reading: drops buffered input. Binary layers move the descriptor back over
/// the unread bytes; text files write after what they have read ahead, as CPython's text layer does
/// (it holds the decoded chunk, so its buffer's position is past it).
private func dropInput(_ f: UnsafeMutablePointer<SPyFileObject>, _ b: FileBuffer) {
    let unread = b.inBuf.count - b.inPos
    if unread > 0 && isBinary(f) { _ = lseek(f.pointee.fd, off_t(-unread), SEEK_CUR) }
    b.inBuf.removeAll(); b.inPos = 0; b.eof = false
}

/// Records the newline kinds of a chunk just read (text files in universal modes, as CPython's decoder).
private func countNewlines(_ b: FileBuffer, _ chunk: ArraySlice<UInt8>) {
    var i = chunk.startIndex
    let end = chunk.endIndex
    if b.pendingCR {
        b.pendingCR = false
        if i < end && chunk[i] == 10 { b.seenNL |= 4; i += 1 } else { b.seenNL |= 2 }
    }
    while i < end {
        let c = chunk[i]
        if c == 10 { b.seenNL |= 1 } else if c == 13 {
            if i + 1 < end { if chunk[i + 1] == 10 { b.seenNL |= 4; i += 1 } else { b.seenNL |= 2 } } else { b.pendingCR = true }
        }
        i += 1
    }
}

/// Reads more bytes into the input buffer with the GIL released; false with OSError set.
private func fillInput(_ f: UnsafeMutablePointer<SPyFileObject>, _ b: FileBuffer) -> Bool {
    if b.inPos > 0 { b.inBuf.removeFirst(b.inPos); b.inPos = 0 }
    var chunk = [UInt8](repeating: 0, count: 65536)
    var n = 0
    var err: Int32 = 0
    let save = PyEval_SaveThread()
    repeat { n = chunk.withUnsafeMutableBytes { Glibc.read(f.pointee.fd, $0.baseAddress, 65536) } } while n < 0 && errno == EINTR
    if n < 0 { err = errno }
    PyEval_RestoreThread(save)
    if n < 0 { errno = err; PyErr_SetFromErrno(PyExc_OSError); return false }
    let text = !isBinary(f) && b.newline.isUniversal
    if n == 0 {
        b.eof = true
        if text && b.pendingCR { b.pendingCR = false; b.seenNL |= 2 }
    } else {
        b.inBuf.append(contentsOf: chunk[0..<n])
        if text { countNewlines(b, chunk[0..<n]) }
    }
    return true
}

/// Text reads skip a UTF-8 BOM at the start of a utf-8-sig file.
private func skipBOM(_ f: UnsafeMutablePointer<SPyFileObject>, _ b: FileBuffer) -> Bool {
    guard b.bomCheck else { return true }
    while b.inBuf.count - b.inPos < 3 && !b.eof { if !fillInput(f, b) { return false } }
    b.bomCheck = false
    if b.inBuf.count - b.inPos >= 3 && b.inBuf[b.inPos] == 0xEF && b.inBuf[b.inPos + 1] == 0xBB && b.inBuf[b.inPos + 2] == 0xBF {
        b.inPos += 3
    }
    return true
}

/// Decodes raw bytes of a text file: newline translation (newline=None), then the codec.
private func decodeText(_ b: FileBuffer, _ raw: UnsafeRawBufferPointer) -> PyObjectRef? {
    guard let base = raw.baseAddress, raw.count > 0 else { return pyStr("") }
    if b.newline == .universal && memchr(base, 13, raw.count) != nil {
        var t = [UInt8](); t.reserveCapacity(raw.count)
        var i = 0
        while i < raw.count {
            if raw[i] == 13 { t.append(10); if i + 1 < raw.count && raw[i + 1] == 10 { i += 1 } } else { t.append(raw[i]) }
            i += 1
        }
        return t.withUnsafeBufferPointer { decodeBytes($0.baseAddress!, $0.count, b.codec, errors: b.errorsArg) }
    }
    return decodeBytes(base.assumingMemoryBound(to: UInt8.self), raw.count, b.codec, errors: b.errorsArg)
}

/// Makes the result object (str for text files, bytes for binary) from raw bytes.
private func resultFromBytes(_ f: UnsafeMutablePointer<SPyFileObject>, _ bytes: ArraySlice<UInt8>) -> PyObjectRef? {
    bytes.withUnsafeBytes { raw -> PyObjectRef? in
        if isBinary(f) { return PyBytes_FromStringAndSize(raw.baseAddress?.assumingMemoryBound(to: CChar.self), raw.count) }
        return decodeText(buffers(f), raw)
    }
}

private func checkWritable(_ f: UnsafeMutablePointer<SPyFileObject>) -> Bool {
    guard checkOpen(f) else { return false }
    guard f.pointee.flags & SPY_FILE_WRITABLE != 0 else { setUnsupportedOperation(isBinary(f) ? "write" : "not writable"); return false }
    return true
}
private func checkReadable(_ f: UnsafeMutablePointer<SPyFileObject>) -> Bool {
    guard checkOpen(f) else { return false }
    guard f.pointee.flags & SPY_FILE_READABLE != 0 else { setUnsupportedOperation(isBinary(f) ? "read" : "not readable"); return false }
    return true
}

/// Appends a bytes-like object's contents; returns its length or -1 with an exception set.
private func appendBytesLike(_ o: PyObjectRef, _ out: inout [UInt8]) -> Int {
    var view = Py_buffer()
    if PyObject_GetBuffer(o, &view, PyBUF_SIMPLE) < 0 { return -1 }
    out.append(contentsOf: UnsafeRawBufferPointer(start: view.buf, count: view.len))
    let n = view.len
    PyBuffer_Release(&view)
    return n
}

private let file_write: OneArgFn = { s, o in
    let f = fileObj(s!), o = o!
    let b = buffers(f)
    let flags = f.pointee.flags
    if b.closed || flags & (SPY_FILE_DETACHED | SPY_FILE_WRITABLE) != SPY_FILE_WRITABLE { guard checkWritable(f) else { return nil } }
    if b.inBuf.count > b.inPos || b.eof { dropInput(f, b) }
    if flags & SPY_FILE_RAW != 0 {
        guard flushFile(f) else { return nil }
        var tmp: [UInt8] = []
        let n = appendBytesLike(o, &tmp)
        if n < 0 { return nil }
        guard tmp.withUnsafeBytes({ writeAll(f.pointee.fd, $0) }) else { return nil }
        return PyLong_FromSsize_t(n)
    }
    var count = 0
    let start = b.out.count
    if flags & SPY_FILE_BINARY != 0 {
        count = appendBytesLike(o, &b.out)
        if count < 0 { return nil }
    } else {
        guard PyUnicode_Check(o) != 0 else { setError(PyExc_TypeError, "write() argument must be str, not \(typeName(o))"); return nil }
        count = PyUnicode_GetLength(o)
        var n = 0
        if b.plainWrite, let p = PyUnicode_AsUTF8AndSize(o, &n) {
            b.out.append(contentsOf: UnsafeRawBufferPointer(start: p, count: n))   // the common case
        } else if !writeTextSlow(b, o) { return nil }
    }
    if b.out.count >= 8192 || (flags & SPY_FILE_LINEBUF != 0 && (b.out[start...].contains(10) || b.out[start...].contains(13))) {
        if !flushFile(f) { return nil }
    }
    return PyLong_FromSsize_t(count)
}

/// Text write with newline translation, a BOM or a codec other than strict-clean UTF-8.
private func writeTextSlow(_ b: FileBuffer, _ o: PyObjectRef) -> Bool {
    if PyErr_Occurred() != nil { PyErr_Clear() }
    var text = o
    Py_INCREF(text)
    defer { Py_DECREF(text) }
    if b.newline == .cr || b.newline == .crlf {
        let nl = pyStr("\n")!, rep = pyStr(b.newline == .cr ? "\r" : "\r\n")!
        let r = PyUnicode_Replace(o, nl, rep, -1)
        Py_DECREF(nl); Py_DECREF(rep)
        guard let r else { return false }
        Py_DECREF(text); text = r
    }
    var n = 0
    if b.codec == .utf8, let p = PyUnicode_AsUTF8AndSize(text, &n) {
        if b.writeBOM { b.out.append(contentsOf: [0xEF, 0xBB, 0xBF]); b.writeBOM = false; b.updatePlainWrite() }
        b.out.append(contentsOf: UnsafeRawBufferPointer(start: p, count: n))
        return true
    }
    if b.codec == .utf8 { PyErr_Clear() }
    guard let enc = encodeStr(text, b.codec, errors: b.errorsArg) else { return false }
    if b.writeBOM { b.out.append(contentsOf: [0xEF, 0xBB, 0xBF]); b.writeBOM = false; b.updatePlainWrite() }
    b.out.append(contentsOf: UnsafeRawBufferPointer(start: bytesData(enc), count: bytesLen(enc)))
    Py_DECREF(enc)
    return true
}

private let file_flush: NoArgsFn = { s, _ in
    let f = fileObj(s!)
    guard checkOpen(f) else { return nil }
    return flushFile(f) ? pyNoneRef() : nil
}

/// Parses an optional size argument (None or missing: -1).
private func sizeArg(_ args: UnsafePointer<PyObjectRef?>?, _ nargs: Int) -> Int? {
    guard nargs >= 1 && arg(args, 0) != pyNone else { return -1 }
    let o = arg(args, 0)
    guard PyIndex_Check(o) != 0 else { setError(PyExc_TypeError, "argument should be integer or None, not '\(typeName(o))'"); return nil }
    let v = PyNumber_AsSsize_t(o, PyExc_OverflowError)
    if v == -1 && PyErr_Occurred() != nil { return nil }
    return v
}

/// One read(2) call straight from the descriptor (FileIO); nil with OSError set.
private func rawReadOnce(_ fd: Int32, _ limit: Int) -> [UInt8]? {
    var chunk = [UInt8](repeating: 0, count: limit)
    var n = 0, err: Int32 = 0
    let save = PyEval_SaveThread()
    repeat { n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, limit) } } while n < 0 && errno == EINTR
    if n < 0 { err = errno }
    PyEval_RestoreThread(save)
    if n < 0 { errno = err; PyErr_SetFromErrno(PyExc_OSError); return nil }
    chunk.removeSubrange(n...)
    return chunk
}

private let file_read: FastFn = { s, args, nargs in
    let f = fileObj(s!)
    guard checkReadable(f), let limit = sizeArg(args, nargs) else { return nil }
    let b = buffers(f)
    if f.pointee.flags & SPY_FILE_WRITABLE != 0 { if !flushFile(f) { return nil } }
    if isRaw(f) && limit >= 0 {
        if b.inBuf.count > b.inPos {   // bytes a buffered layer read ahead come first
            let end = min(b.inBuf.count, b.inPos + limit)
            let r = resultFromBytes(f, b.inBuf[b.inPos..<end]); b.inPos = end
            return r
        }
        guard let bytes = rawReadOnce(f.pointee.fd, limit) else { return nil }
        return PyBytes_FromStringAndSize(bytes.withUnsafeBytes { $0.baseAddress?.assumingMemoryBound(to: CChar.self) }, bytes.count)
    }
    if !isBinary(f) { guard skipBOM(f, b) else { return nil } }
    if limit < 0 {
        while !b.eof { if !fillInput(f, b) { return nil } }
        let r = resultFromBytes(f, b.inBuf[b.inPos...])
        b.inBuf.removeAll(); b.inPos = 0
        return r
    }
    if isBinary(f) {
        while b.inBuf.count - b.inPos < limit && !b.eof { if !fillInput(f, b) { return nil } }
        let end = min(b.inBuf.count, b.inPos + limit)
        let r = resultFromBytes(f, b.inBuf[b.inPos..<end]); b.inPos = end
        return r
    }
    // text: `limit` characters; UTF-8 continuation bytes and the \n of a translated \r\n are not counted
    let utf8 = b.codec == .utf8, translate = b.newline == .universal
    var chars = 0, i = b.inPos
    while true {
        while i < b.inBuf.count && chars < limit {
            let c = b.inBuf[i]
            i += 1
            if utf8 { while i < b.inBuf.count && b.inBuf[i] & 0xC0 == 0x80 { i += 1 } }
            if translate && c == 13 && i < b.inBuf.count && b.inBuf[i] == 10 { i += 1 }
            chars += 1
        }
        if b.eof { break }
        if chars >= limit && !(translate && b.inBuf[i - 1] == 13 && i == b.inBuf.count) { break }
        let consumed = i - b.inPos
        if !fillInput(f, b) { return nil }
        i = b.inPos + consumed
        if chars >= limit { if i < b.inBuf.count && b.inBuf[i] == 10 { i += 1 }; break }
    }
    let r = resultFromBytes(f, b.inBuf[b.inPos..<i]); b.inPos = i
    return r
}

/// Index just past the first line end at or after inPos, or nil when none is known yet.
private func lineEnd(_ f: UnsafeMutablePointer<SPyFileObject>, _ b: FileBuffer) -> Int? {
    let mode = isBinary(f) ? NewlineMode.lf : b.newline
    let from = b.inPos, eof = b.eof
    return b.inBuf.withUnsafeBufferPointer { buf -> Int? in
        let count = buf.count
        guard from < count, let base = buf.baseAddress else { return nil }
        @inline(__always) func find(_ c: UInt8, _ start: Int, _ end: Int? = nil) -> Int? {
            let stop = end ?? count
            guard start < stop, let p = memchr(base + start, Int32(c), stop - start) else { return nil }
            return UnsafeRawPointer(p) - UnsafeRawPointer(base)
        }
        switch mode {
        case .lf: return find(10, from).map { $0 + 1 }
        case .cr: return find(13, from).map { $0 + 1 }
        case .crlf:
            var i = from
            while let j = find(13, i) {
                if j + 1 < count { if buf[j + 1] == 10 { return j + 2 }; i = j + 1 } else { return nil }
            }
            return nil
        case .universal, .universalKeep:
            let lf = find(10, from)
            guard let cr = find(13, from, lf) else { return lf.map { $0 + 1 } }
            if cr + 1 < count { return buf[cr + 1] == 10 ? cr + 2 : cr + 1 }
            return eof ? cr + 1 : nil
        }
    }
}

/// One line including its newline ('' / b'' at EOF); at most `limit` bytes/characters when limit >= 0.
private func readLine(_ f: UnsafeMutablePointer<SPyFileObject>, limit: Int = -1) -> PyObjectRef? {
    let b = buffers(f)
    if !isBinary(f) { guard skipBOM(f, b) else { return nil } }
    while true {
        if let e = lineEnd(f, b) {
            var end = e
            if limit >= 0 { end = min(end, limitIndex(f, b, limit)) }
            let r = resultFromBytes(f, b.inBuf[b.inPos..<end]); b.inPos = end
            return r
        }
        if limit >= 0 && limitIndex(f, b, limit) < b.inBuf.count {
            let end = limitIndex(f, b, limit)
            let r = resultFromBytes(f, b.inBuf[b.inPos..<end]); b.inPos = end
            return r
        }
        if b.eof {
            let r = resultFromBytes(f, b.inBuf[b.inPos...]); b.inBuf.removeAll(); b.inPos = 0
            return r
        }
        if !fillInput(f, b) { return nil }
    }
}

/// Index after `limit` bytes (binary) or characters (text) from inPos, capped at the buffer's end.
private func limitIndex(_ f: UnsafeMutablePointer<SPyFileObject>, _ b: FileBuffer, _ limit: Int) -> Int {
    if isBinary(f) || b.codec != .utf8 { return min(b.inBuf.count, b.inPos + limit) }
    var i = b.inPos, chars = 0
    while i < b.inBuf.count && chars < limit {
        i += 1
        while i < b.inBuf.count && b.inBuf[i] & 0xC0 == 0x80 { i += 1 }
        chars += 1
    }
    return i
}

private let file_readline: FastFn = { s, args, nargs in
    let f = fileObj(s!)
    guard checkReadable(f), let limit = sizeArg(args, nargs) else { return nil }
    if f.pointee.flags & SPY_FILE_WRITABLE != 0 { if !flushFile(f) { return nil } }
    return readLine(f, limit: limit)
}

private let file_readlines: FastFn = { s, args, nargs in
    let f = fileObj(s!)
    guard checkReadable(f), let hint = sizeArg(args, nargs) else { return nil }
    guard let list = PyList_New(0) else { return nil }
    var total = 0
    while true {
        guard let line = readLine(f) else { Py_DECREF(list); return nil }
        let n = PyObject_Size(line)
        if n == 0 { Py_DECREF(line); break }
        _ = PyList_Append(list, line); Py_DECREF(line)
        total += n
        if hint > 0 && total >= hint { break }
    }
    return list
}

private let file_iternext: iternextfunc = { s in
    let f = fileObj(s!)
    guard checkReadable(f) else { return nil }
    guard let line = readLine(f) else { return nil }
    if PyObject_Size(line) == 0 { Py_DECREF(line); return nil }
    return line
}

private let file_writelines: OneArgFn = { s, lines in
    guard checkWritable(fileObj(s!)) else { return nil }
    guard let it = PyObject_GetIter(lines!) else { return nil }
    defer { Py_DECREF(it) }
    while let item = PyIter_Next(it) {
        let r = file_write(s, item); Py_DECREF(item)
        guard let r else { return nil }
        Py_DECREF(r)
    }
    return PyErr_Occurred() != nil ? nil : pyNoneRef()
}

// MARK: - binary extras: readinto, peek, read1, readall

private let file_readinto: OneArgFn = { s, target in
    let f = fileObj(s!)
    guard checkReadable(f) else { return nil }
    var view = Py_buffer()
    if PyObject_GetBuffer(target!, &view, PyBUF_WRITABLE) < 0 { return nil }
    defer { PyBuffer_Release(&view) }
    let sz = pyInt(view.len)
    var one: PyObjectRef? = sz
    let data = withUnsafePointer(to: &one) { file_read(s, $0, 1) }
    Py_DECREF(sz)
    guard let data else { return nil }
    defer { Py_DECREF(data) }
    let n = bytesLen(data)
    if n > 0 { memcpy(view.buf, bytesData(data), n) }
    return PyLong_FromSsize_t(n)
}

private let file_peek: FastFn = { s, _, _ in
    let f = fileObj(s!)
    guard checkReadable(f) else { return nil }
    let b = buffers(f)
    if f.pointee.flags & SPY_FILE_WRITABLE != 0 { if !flushFile(f) { return nil } }
    if b.inBuf.count == b.inPos && !b.eof { if !fillInput(f, b) { return nil } }
    return resultFromBytes(f, b.inBuf[b.inPos...])
}

private let file_read1: FastFn = { s, args, nargs in
    let f = fileObj(s!)
    guard checkReadable(f), let limit = sizeArg(args, nargs) else { return nil }
    let b = buffers(f)
    if f.pointee.flags & SPY_FILE_WRITABLE != 0 { if !flushFile(f) { return nil } }
    if limit == 0 { return PyBytes_FromStringAndSize(nil, 0) }
    if b.inBuf.count == b.inPos && !b.eof { if !fillInput(f, b) { return nil } }
    let end = limit < 0 ? b.inBuf.count : min(b.inBuf.count, b.inPos + limit)
    let r = resultFromBytes(f, b.inBuf[b.inPos..<end]); b.inPos = end
    return r
}

private let file_readall: NoArgsFn = { s, _ in file_read(s, nil, 0) }

/// Flushes and closes; idempotent. Closing any layer closes the shared descriptor.
private func closeFile(_ f: UnsafeMutablePointer<SPyFileObject>) -> Bool {
    let b = buffers(f)
    if b.closed || f.pointee.flags & SPY_FILE_DETACHED != 0 { return true }
    let ok = flushFile(f)
    b.closed = true
    f.pointee.flags |= SPY_FILE_CLOSED
    if b.closefd && f.pointee.fd > 2 { Glibc.close(f.pointee.fd) }
    return ok
}
private let file_close: NoArgsFn = { s, _ in
    let f = fileObj(s!)
    if f.pointee.flags & SPY_FILE_DETACHED != 0 { _ = checkOpen(f); return nil }
    return closeFile(f) ? pyNoneRef() : nil
}
private let file_enter: NoArgsFn = { s, _ in
    guard checkOpen(fileObj(s!)) else { return nil }
    Py_INCREF(s!); return s
}
private let file_exit: FastFn = { s, _, _ in file_close(s, nil) }
private let file_fileno: NoArgsFn = { s, _ in
    let f = fileObj(s!)
    guard checkOpen(f) else { return nil }
    return PyLong_FromLong(Int(f.pointee.fd))
}
private let file_isatty: NoArgsFn = { s, _ in
    let f = fileObj(s!)
    guard checkOpen(f) else { return nil }
    return pyBool(isatty(f.pointee.fd) != 0)
}
private let file_readable: NoArgsFn = { s, _ in
    guard checkOpen(fileObj(s!)) else { return nil }
    return pyBool(fileObj(s!).pointee.flags & SPY_FILE_READABLE != 0)
}
private let file_writable: NoArgsFn = { s, _ in
    guard checkOpen(fileObj(s!)) else { return nil }
    return pyBool(fileObj(s!).pointee.flags & SPY_FILE_WRITABLE != 0)
}
private let file_seekable: NoArgsFn = { s, _ in
    guard checkOpen(fileObj(s!)) else { return nil }
    return pyBool(lseek(fileObj(s!).pointee.fd, 0, SEEK_CUR) >= 0)
}

/// tell(): the byte offset of the next unread byte. For text files it is also the seek cookie.
private let file_tell: NoArgsFn = { s, _ in
    let f = fileObj(s!)
    guard checkOpen(f), flushFile(f) else { return nil }
    let pos = lseek(f.pointee.fd, 0, SEEK_CUR)
    if pos < 0 { PyErr_SetFromErrno(PyExc_OSError); return nil }
    let b = buffers(f)
    return PyLong_FromLong(Int(pos) - (b.inBuf.count - b.inPos))
}
private let file_seek: FastFn = { s, args, nargs in
    let f = fileObj(s!)
    guard checkOpen(f), checkArgCount("seek", nargs, min: 1, max: 2) else { return nil }
    let offObj = arg(args, 0)
    guard PyIndex_Check(offObj) != 0 else { setError(PyExc_TypeError, "an integer is required"); return nil }
    let off = PyNumber_AsSsize_t(offObj, PyExc_OverflowError)
    if off == -1 && PyErr_Occurred() != nil { return nil }
    let whence = nargs > 1 ? Int32(PyLong_AsLong(arg(args, 1))) : SEEK_SET
    if PyErr_Occurred() != nil { return nil }
    if !isBinary(f) {
        if whence == SEEK_CUR && off != 0 { setUnsupportedOperation("can't do nonzero cur-relative seeks"); return nil }
        if whence == SEEK_END && off != 0 { setUnsupportedOperation("can't do nonzero end-relative seeks"); return nil }
        if whence == SEEK_SET && off < 0 { setError(PyExc_ValueError, "negative seek position \(off)"); return nil }
    }
    if whence < 0 || whence > 2 {
        setError(PyExc_ValueError, isBinary(f) ? "whence value \(whence) unsupported" : "invalid whence (\(whence), should be 0, 1 or 2)")
        return nil
    }
    guard flushFile(f) else { return nil }
    let b = buffers(f)
    var target = off
    if whence == SEEK_CUR { target -= (b.inBuf.count - b.inPos) }
    b.inBuf.removeAll(); b.inPos = 0; b.eof = false; b.pendingCR = false
    let pos = lseek(f.pointee.fd, off_t(target), whence)
    if pos < 0 { PyErr_SetFromErrno(PyExc_OSError); return nil }
    if b.sig && !isBinary(f) { b.bomCheck = pos == 0; b.writeBOM = pos == 0; b.updatePlainWrite() }
    return PyLong_FromLong(Int(pos))
}
private let file_truncate: FastFn = { s, args, nargs in
    let f = fileObj(s!)
    guard checkWritable(f), flushFile(f) else { return nil }
    let b = buffers(f)
    if b.inBuf.count > b.inPos || b.eof { dropInput(f, b) }
    let size = nargs > 0 && arg(args, 0) != pyNone ? PyLong_AsLong(arg(args, 0)) : Int(lseek(f.pointee.fd, 0, SEEK_CUR))
    if ftruncate(f.pointee.fd, off_t(size)) < 0 { PyErr_SetFromErrno(PyExc_OSError); return nil }
    return PyLong_FromLong(size)
}

// MARK: - layers: .buffer, .raw, detach()

/// Leak-check teardown: the std streams outlive the program, so what they made for it (a lazily
/// created .buffer/.raw layer, a reconfigured encoding name) is released or made runtime state.
func releaseStdStreamsForLeakCheck() {
    for name in ["__stdin__", "__stdout__", "__stderr__"] {
        guard let o = PySys_GetObject(name), let t = o.pointee.ob_type,
              t == textIOType || t == bufferedReaderType || t == bufferedWriterType else { continue }
        let f = fileObj(o)
        if let l = f.pointee.layer { _ = callMethod0(l, "flush").map { Py_DECREF($0) }; PyErr_Clear(); f.pointee.layer = nil; Py_DECREF(l) }
        if let e = f.pointee.encoding { registerRuntimeOwned(e) }
    }
}

/// The layer below `f` (text: its buffered binary file; buffered: its FileIO), created on first use.
private func lowerLayer(_ f: UnsafeMutablePointer<SPyFileObject>) -> PyObjectRef? {
    if let l = f.pointee.layer { return l }
    let readable = f.pointee.flags & SPY_FILE_READABLE != 0, writable = f.pointee.flags & SPY_FILE_WRITABLE != 0
    let append = f.pointee.flags & SPY_FILE_APPEND != 0
    let mode = rawModeString(f)
    let b = buffers(f)
    let l = makeFile(fd: f.pointee.fd, name: f.pointee.name!, mode: mode, readable: readable, writable: writable, binary: true,
                     closefd: b.closefd, lineBuffered: false, append: append, raw: isBinary(f), state: b)
    f.pointee.layer = l
    return l
}

/// The mode string CPython's FileIO/Buffered objects report ('rb', 'wb', 'ab', 'xb', 'rb+', ...).
func rawModeString(_ f: UnsafeMutablePointer<SPyFileObject>) -> String {
    let m = swiftString(f.pointee.mode!)
    return rawMode(m)
}
func rawMode(_ m: String) -> String {
    let plus = m.contains("+")
    if m.contains("x") { return plus ? "xb+" : "xb" }
    if m.contains("a") { return plus ? "ab+" : "ab" }
    if plus { return "rb+" }
    return m.contains("w") ? "wb" : "rb"
}

private let file_get_buffer: GetterFn = { s, _ in
    let f = fileObj(s!)
    if isBinary(f) { setError(PyExc_AttributeError, "'\(typeName(s!))' object has no attribute 'buffer'"); return nil }
    if f.pointee.flags & SPY_FILE_DETACHED != 0 { setError(PyExc_ValueError, "underlying buffer has been detached"); return nil }
    guard let l = lowerLayer(f) else { return nil }
    Py_INCREF(l); return l
}
private let file_get_raw: GetterFn = { s, _ in
    let f = fileObj(s!)
    if !isBinary(f) || isRaw(f) { setError(PyExc_AttributeError, "'\(typeName(s!))' object has no attribute 'raw'"); return nil }
    if f.pointee.flags & SPY_FILE_DETACHED != 0 { setError(PyExc_ValueError, "raw stream has been detached"); return nil }
    guard let l = lowerLayer(f) else { return nil }
    Py_INCREF(l); return l
}
private let file_detach: NoArgsFn = { s, _ in
    let f = fileObj(s!)
    if isRaw(f) { setUnsupportedOperation("detach"); return nil }
    guard checkOpen(f), flushFile(f) else { return nil }
    guard let l = lowerLayer(f) else { return nil }
    f.pointee.layer = nil
    f.pointee.flags |= SPY_FILE_DETACHED
    return l   // the reference f held
}

// MARK: - text settings

private let file_get_line_buffering: GetterFn = { s, _ in pyBool(fileObj(s!).pointee.flags & SPY_FILE_LINEBUF != 0) }
private let file_get_write_through: GetterFn = { s, _ in pyBool(buffers(fileObj(s!)).writeThrough) }
private let file_get_errors: GetterFn = { s, _ in
    let f = fileObj(s!)
    if isBinary(f) { setError(PyExc_AttributeError, "'\(typeName(s!))' object has no attribute 'errors'"); return nil }
    return pyStr(buffers(f).errors)
}
private let file_get_newlines: GetterFn = { s, _ in
    let f = fileObj(s!)
    let b = buffers(f)
    if isBinary(f) || !b.newline.isUniversal { return pyNoneRef() }
    switch b.seenNL {
    case 1: return pyStr("\n")
    case 2: return pyStr("\r")
    case 4: return pyStr("\r\n")
    case 0: return pyNoneRef()
    default:
        var items: [PyObjectRef] = []
        if b.seenNL & 2 != 0 { items.append(pyStr("\r")!) }
        if b.seenNL & 1 != 0 { items.append(pyStr("\n")!) }
        if b.seenNL & 4 != 0 { items.append(pyStr("\r\n")!) }
        let t = PyTuple_New(items.count)!
        for (i, o) in items.enumerated() { PyTuple_SET_ITEM(t, i, o) }
        return t
    }
}
private let file_get_closefd: GetterFn = { s, _ in pyBool(buffers(fileObj(s!)).closefd) }

/// Applies encoding/errors/newline/line_buffering/write_through (open() and reconfigure()).
func configureText(_ f: UnsafeMutablePointer<SPyFileObject>, encoding: PyObjectRef?, errors: PyObjectRef?, newline: PyObjectRef??,
                   lineBuffering: PyObjectRef?, writeThrough: PyObjectRef?) -> Bool {
    let b = buffers(f)
    if let e = encoding, e != pyNone {
        guard PyUnicode_Check(e) != 0 else { setError(PyExc_TypeError, "reconfigure() argument 'encoding' must be str or None, not \(typeName(e))"); return false }
        guard setTextEncoding(f, swiftString(e)) else { return false }
        if errors == nil || errors == pyNone { b.errors = "strict" }
    }
    if let e = errors, e != pyNone {
        guard PyUnicode_Check(e) != 0 else { setError(PyExc_TypeError, "reconfigure() argument 'errors' must be str or None, not \(typeName(e))"); return false }
        b.errors = swiftString(e)
    }
    if let nl = newline {
        guard let m = NewlineMode(nl) else {
            if let nl, PyUnicode_Check(nl) == 0 { setError(PyExc_TypeError, "reconfigure() argument 'newline' must be str or None, not \(typeName(nl))"); return false }
            setError(PyExc_ValueError, "illegal newline value: \(nl.map { swiftString($0) } ?? "None")")
            return false
        }
        b.newline = m
    }
    if let lb = lineBuffering, lb != pyNone {
        if PyObject_IsTrue(lb) == 1 { f.pointee.flags |= SPY_FILE_LINEBUF } else { f.pointee.flags &= ~SPY_FILE_LINEBUF }
    }
    if let wt = writeThrough, wt != pyNone { b.writeThrough = PyObject_IsTrue(wt) == 1 }
    b.updatePlainWrite()
    return true
}

private let file_reconfigure: FastKwFn = { s, args, nargs, kwnames in
    let f = fileObj(s!)
    if isBinary(f) { setError(PyExc_AttributeError, "'\(typeName(s!))' object has no attribute 'reconfigure'"); return nil }
    if nargs > 0 { setError(PyExc_TypeError, "reconfigure() takes no positional arguments"); return nil }
    var kw = [PyObjectRef?](repeating: nil, count: 5)
    guard matchKeywords("reconfigure", args, nargs, kwnames, ["encoding", "errors", "newline", "line_buffering", "write_through"], &kw) else { return nil }
    guard checkOpen(f), flushFile(f) else { return nil }
    let newline: PyObjectRef?? = kw[2] == nil ? .none : .some(kw[2])
    guard configureText(f, encoding: kw[0], errors: kw[1], newline: newline, lineBuffering: kw[3], writeThrough: kw[4]) else { return nil }
    return pyNoneRef()
}

private let file_get_closed: GetterFn = { s, _ in
    let f = fileObj(s!)
    if f.pointee.flags & SPY_FILE_DETACHED != 0 { setError(PyExc_ValueError, "underlying buffer has been detached"); return nil }
    return pyBool(buffers(f).closed)
}
private let file_get_name: GetterFn = { s, _ in let n = fileObj(s!).pointee.name!; Py_INCREF(n); return n }
private let file_get_mode: GetterFn = { s, _ in
    let f = fileObj(s!)
    if isBinary(f) { return pyStr(rawModeString(f)) }
    let n = f.pointee.mode!; Py_INCREF(n); return n
}
private let file_get_encoding: GetterFn = { s, _ in
    guard let e = fileObj(s!).pointee.encoding else { setError(PyExc_AttributeError, "'\(typeName(s!))' object has no attribute 'encoding'"); return nil }
    Py_INCREF(e); return e
}

private let file_repr: reprfunc = { s in
    let f = fileObj(s!)
    guard let nameRepr = PyObject_Repr(f.pointee.name!) else { return nil }
    defer { Py_DECREF(nameRepr) }
    let tn = String(cString: s!.pointee.ob_type.pointee.tp_name)
    if isRaw(f) {
        if buffers(f).closed { return pyStr("<\(tn) [closed]>") }
        return pyStr("<\(tn) name=\(swiftString(nameRepr)) mode='\(rawModeString(f))' closefd=\(buffers(f).closefd ? "True" : "False")>")
    }
    if isBinary(f) { return pyStr("<\(tn) name=\(swiftString(nameRepr))>") }
    guard let encRepr = PyObject_Repr(f.pointee.encoding!) else { return nil }
    defer { Py_DECREF(encRepr) }
    return pyStr("<\(tn) name=\(swiftString(nameRepr)) mode='\(swiftString(f.pointee.mode!))' encoding=\(swiftString(encRepr))>")
}

private let file_dealloc: destructor = { s in
    let f = fileObj(s!)
    var et: PyObjectRef? = nil, ev: PyObjectRef? = nil, tb: PyObjectRef? = nil
    PyErr_Fetch(&et, &ev, &tb)   // a file freed while an exception propagates must not clear it
    if !closeFile(f) { PyErr_Clear() }
    PyErr_Restore(et, ev, tb)
    Py_XDECREF(f.pointee.layer)
    if let st = f.pointee.state { Unmanaged<FileBuffer>.fromOpaque(st).release() }
    Py_XDECREF(f.pointee.name); Py_XDECREF(f.pointee.mode); Py_XDECREF(f.pointee.dict); Py_XDECREF(f.pointee.encoding)
    s!.pointee.ob_type.pointee.tp_free!(UnsafeMutableRawPointer(s!))
}

private func makeFileType(_ name: String, _ methods: UnsafeMutablePointer<PyMethodDef>, _ getsets: UnsafeMutablePointer<PyGetSetDef>) -> PyTypeRef {
    let t = calloc(1, MemoryLayout<PyTypeObject>.size)!.assumingMemoryBound(to: PyTypeObject.self)
    t.pointee.ob_base.ob_base.ob_refcnt = 1 << 30
    t.pointee.ob_base.ob_base.ob_type = SPyType_Type()
    t.pointee.tp_name = immortalCString(name)
    t.pointee.tp_basicsize = MemoryLayout<SPyFileObject>.size
    t.pointee.tp_flags = Py_TPFLAGS_DEFAULT
    t.pointee.tp_dealloc = file_dealloc
    t.pointee.tp_repr = file_repr
    t.pointee.tp_iter = { s in
        guard checkOpen(fileObj(s!)) else { return nil }
        Py_INCREF(s!); return s
    }
    t.pointee.tp_iternext = file_iternext
    t.pointee.tp_dictoffset = MemoryLayout<SPyFileObject>.offset(of: \SPyFileObject.dict)!
    t.pointee.tp_methods = methods
    t.pointee.tp_getset = getsets
    return t
}

/// Creates the file types (start-up, before PyType_Ready).
func registerIOTypes() {
    let common: [MethodSpec] = [
        .oneArg("write", file_write), .noArgs("flush", file_flush), .fast("read", file_read),
        .fast("readline", file_readline), .fast("readlines", file_readlines), .oneArg("writelines", file_writelines),
        .noArgs("close", file_close), .noArgs("__enter__", file_enter), .fast("__exit__", file_exit),
        .noArgs("fileno", file_fileno), .noArgs("isatty", file_isatty), .noArgs("readable", file_readable),
        .noArgs("writable", file_writable), .noArgs("seekable", file_seekable), .noArgs("tell", file_tell),
        .fast("seek", file_seek), .fast("truncate", file_truncate),
    ]
    let commonGets = [
        GetSetSpec("closed", get: file_get_closed), GetSetSpec("name", get: file_get_name),
        GetSetSpec("mode", get: file_get_mode),
    ]
    let textMethods = makeMethodTable(common + [.noArgs("detach", file_detach), .fastKw("reconfigure", file_reconfigure)])
    let textGets = makeGetSetTable(commonGets + [
        GetSetSpec("encoding", get: file_get_encoding), GetSetSpec("errors", get: file_get_errors),
        GetSetSpec("newlines", get: file_get_newlines), GetSetSpec("buffer", get: file_get_buffer),
        GetSetSpec("line_buffering", get: file_get_line_buffering), GetSetSpec("write_through", get: file_get_write_through),
    ])
    let bufferedMethods = makeMethodTable(common + [
        .noArgs("detach", file_detach), .oneArg("readinto", file_readinto), .fast("peek", file_peek), .fast("read1", file_read1),
    ])
    let bufferedGets = makeGetSetTable(commonGets + [GetSetSpec("raw", get: file_get_raw)])
    let rawMethods = makeMethodTable(common + [.oneArg("readinto", file_readinto), .noArgs("readall", file_readall)])
    let rawGets = makeGetSetTable(commonGets + [GetSetSpec("closefd", get: file_get_closefd)])
    textIOType = makeFileType("_io.TextIOWrapper", textMethods, textGets)
    bufferedReaderType = makeFileType("_io.BufferedReader", bufferedMethods, bufferedGets)
    bufferedWriterType = makeFileType("_io.BufferedWriter", bufferedMethods, bufferedGets)
    bufferedRandomType = makeFileType("_io.BufferedRandom", bufferedMethods, bufferedGets)
    fileIOType = makeFileType("_io.FileIO", rawMethods, rawGets)
    textIOType.pointee.tp_new = textIOWrapperNew
    fileIOType.pointee.tp_new = fileIONew
    extraStaticTypes += [textIOType, bufferedReaderType, bufferedWriterType, bufferedRandomType, fileIOType]
}

/// Flushes sys.stdout and sys.stderr (at exit). Returns 0, or -1 if a flush failed.
func flushStdFiles() -> Int32 {
    var rc: Int32 = 0
    for name in ["stdout", "stderr"] {
        guard let d = mainInterp?.pointee.sysdict, let f = PyDict_GetItemString(d, name), f != pyNone else { continue }
        if let r = callMethod0(f, "flush") { Py_DECREF(r) } else { PyErr_Clear(); rc = -1 }
    }
    return rc
}
