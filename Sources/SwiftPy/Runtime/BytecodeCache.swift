// The import system's bytecode cache: `<dir>/__pycache__/<name>.swiftpy-311.pyc` holds the
// compiled CodeUnit tree of `<dir>/<name>.py` (SwiftPyFrontend.CodeArchive), so an import skips
// lexing, parsing and compiling. A cache file is used only when its header matches the source
// (mtime in ns + size), the running executable (mtime in ns + size: another build of SwiftPy may
// compile differently) and the archive format; otherwise the source is compiled and the file
// rewritten (unless sys.dont_write_bytecode). Writes go through a temporary file and rename(2),
// so concurrent importers never see a partial file. Any cache I/O failure falls back to compiling.
import CPython
import SwiftPyFrontend
import Glibc

let bytecodeCacheTag = "swiftpy-311"
private let cacheMagic: [UInt8] = Array("SWPYC\r\n\0".utf8)

/// (mtime ns, size) of a file, nil if it cannot be stat'ed.
private func fileStamp(_ path: String) -> (Int64, Int64)? {
    var st = stat()
    guard stat(path, &st) == 0 else { return nil }
    return (Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec), Int64(st.st_size))
}

/// Identity of the running interpreter binary (computed once).
nonisolated(unsafe) private var executableStamp: (Int64, Int64)? = fileStamp("/proc/self/exe")

/// `<dir>/__pycache__/<stem>.swiftpy-311.pyc` for a `.py` path; nil for other names.
func bytecodeCachePath(_ sourcePath: String) -> String? {
    guard sourcePath.hasSuffix(".py"), let slash = sourcePath.lastIndex(of: "/") else { return nil }
    let dir = sourcePath[..<slash]
    let stem = sourcePath[sourcePath.index(after: slash)...].dropLast(3)
    return "\(dir)/__pycache__/\(stem).\(bytecodeCacheTag).pyc"
}

private func cacheHeader(source: (Int64, Int64), exe: (Int64, Int64)) -> [UInt8] {
    var h = cacheMagic
    for v in [source.0, source.1, exe.0, exe.1] {
        for i in 0..<8 { h.append(UInt8(truncatingIfNeeded: UInt64(bitPattern: v) >> (8 * UInt64(i)))) }
    }
    return h
}

/// Reads a whole file without setting a Python error; nil on any failure.
private func readQuietly(_ path: String) -> [UInt8]? {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    if fd < 0 { return nil }
    defer { close(fd) }
    var st = stat()
    guard fstat(fd, &st) == 0 else { return nil }
    let size = Int(st.st_size)
    var out = [UInt8](repeating: 0, count: size)
    var got = 0
    while got < size {
        let n = out.withUnsafeMutableBytes { read(fd, $0.baseAddress! + got, size - got) }
        if n < 0 && errno == EINTR { continue }
        if n <= 0 { return nil }
        got += n
    }
    return out
}

private func writeCache(_ path: String, _ bytes: [UInt8]) {
    if let d = PySys_GetObject("dont_write_bytecode"), PyObject_IsTrue(d) == 1 { return }
    guard let slash = path.lastIndex(of: "/") else { return }
    let dir = String(path[..<slash])
    if mkdir(dir, 0o777) != 0 && errno != EEXIST { return }
    let tmp = "\(path).\(getpid()).tmp"
    let fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
    if fd < 0 { return }
    var off = 0
    var ok = true
    while off < bytes.count {
        let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + off, bytes.count - off) }
        if n < 0 && errno == EINTR { continue }
        if n <= 0 { ok = false; break }
        off += n
    }
    close(fd)
    if !ok || rename(tmp, path) != 0 { unlink(tmp) }
}

/// The code object of module source `path`, from the cache when valid. New reference; nil with
/// an exception set (OSError reading the source, SyntaxError compiling it).
func loadModuleCode(path: String) -> PyObjectRef? {
    let cachePath = bytecodeCachePath(path)
    let stamp = fileStamp(path)
    var header: [UInt8]? = nil
    if let cachePath, let stamp, let exe = executableStamp {
        let h = cacheHeader(source: stamp, exe: exe)
        header = h
        if let cached = readQuietly(cachePath), cached.count > h.count, cached[0..<h.count].elementsEqual(h),
           let unit = CodeArchive.decode(cached[h.count...]), unit.filename == path {
            return makeCode(unit)
        }
    }
    guard let source = readFileBytes(path) else { return nil }
    let unit: CodeUnit
    do {
        unit = try Frontend.compile(source: source, filename: path, mode: .exec)
    } catch {
        raiseSyntaxError(error)
        return nil
    }
    // The source may have changed while it was read: stamp it again before trusting `header`.
    if let cachePath, let header, let again = fileStamp(path), again == stamp! {
        writeCache(cachePath, header + CodeArchive.encode(unit))
    }
    return makeCode(unit)
}
