// A binary form of a CodeUnit tree, for the import system's bytecode cache (__pycache__/*.pyc).
// Not CPython's marshal format: LEB128 varints (zigzag for signed values), UTF-8 strings with a
// length prefix, instructions as little-endian UInt32. Readers validate every length, so a
// truncated or foreign file decodes to nil instead of trapping.

public enum CodeArchive {
    /// Bumped whenever the layout below changes.
    public static let formatVersion: UInt64 = 1

    public static func encode(_ unit: CodeUnit) -> [UInt8] {
        var w = ArchiveWriter()
        w.unsigned(formatVersion)
        w.unit(unit)
        return w.bytes
    }

    /// The unit stored by `encode`, or nil when `bytes` is not a complete archive of this version.
    public static func decode(_ bytes: ArraySlice<UInt8>) -> CodeUnit? {
        bytes.withUnsafeBufferPointer { buf in
            var r = ArchiveReader(buf: buf)
            guard r.unsigned() == formatVersion, let unit = r.unit(depth: 0), r.pos == buf.count else { return nil }
            return unit
        }
    }
}

private struct ArchiveWriter {
    var bytes: [UInt8] = []

    mutating func unsigned(_ v: UInt64) {
        var v = v
        while v >= 0x80 { bytes.append(UInt8(truncatingIfNeeded: v) | 0x80); v >>= 7 }
        bytes.append(UInt8(v))
    }
    mutating func signed(_ v: Int) { unsigned(UInt64(bitPattern: Int64((v << 1) ^ (v >> 63)))) }
    mutating func string(_ s: String) {
        let u = s.utf8
        unsigned(UInt64(u.count))
        bytes.append(contentsOf: u)
    }
    mutating func strings(_ a: [String]) { unsigned(UInt64(a.count)); for s in a { string(s) } }
    mutating func double(_ d: Double) { raw64(d.bitPattern) }
    mutating func raw64(_ v: UInt64) { for i in 0..<8 { bytes.append(UInt8(truncatingIfNeeded: v >> (8 * UInt64(i)))) } }

    mutating func constant(_ c: Constant) {
        switch c {
        case .none: bytes.append(0)
        case .ellipsis: bytes.append(1)
        case .bool(let b): bytes.append(b ? 3 : 2)
        case .int(let i): bytes.append(4); signed(i)
        case .bigInt(let s): bytes.append(5); string(s)
        case .float(let d): bytes.append(6); double(d)
        case .complex(let re, let im): bytes.append(7); double(re); double(im)
        case .string(let s): bytes.append(8); string(s)
        case .stringScalars(let s): bytes.append(9); unsigned(UInt64(s.count)); for u in s { unsigned(UInt64(u)) }
        case .bytes(let b): bytes.append(10); unsigned(UInt64(b.count)); bytes.append(contentsOf: b)
        case .tuple(let t): bytes.append(11); unsigned(UInt64(t.count)); for x in t { constant(x) }
        case .frozenset(let t): bytes.append(12); unsigned(UInt64(t.count)); for x in t { constant(x) }
        case .code(let u): bytes.append(13); unit(u)
        }
    }

    mutating func unit(_ u: CodeUnit) {
        string(u.name); string(u.qualname); string(u.filename)
        signed(u.firstLineNo); signed(u.argCount); signed(u.posOnlyArgCount); signed(u.kwOnlyArgCount)
        signed(u.flags.rawValue); signed(u.stackSize)
        unsigned(UInt64(u.instructions.count))
        for ins in u.instructions { for i in 0..<4 { bytes.append(UInt8(truncatingIfNeeded: ins >> (8 * UInt32(i)))) } }
        unsigned(UInt64(u.constants.count)); for c in u.constants { constant(c) }
        strings(u.names); strings(u.varnames); strings(u.cellvars); strings(u.freevars)
        unsigned(UInt64(u.cell2arg.count)); for x in u.cell2arg { signed(x) }
        unsigned(UInt64(u.lineTable.count))
        for p in u.lineTable { signed(Int(p.line)); signed(Int(p.endLine)); signed(Int(p.column)); signed(Int(p.endColumn)) }
    }
}

private struct ArchiveReader {
    let buf: UnsafeBufferPointer<UInt8>
    var pos = 0
    /// Set on the first malformed read; every later read returns a neutral value.
    var failed = false

    mutating func byte() -> UInt8 {
        guard pos < buf.count else { failed = true; return 0 }
        defer { pos += 1 }
        return buf[pos]
    }
    mutating func unsigned() -> UInt64 {
        var v: UInt64 = 0, shift: UInt64 = 0
        while true {
            let b = byte()
            if failed || shift > 63 { failed = true; return 0 }
            v |= UInt64(b & 0x7f) << shift
            if b < 0x80 { return v }
            shift += 7
        }
    }
    mutating func signed() -> Int {
        let u = unsigned()
        return Int(Int64(bitPattern: (u >> 1) ^ (0 &- (u & 1))))
    }
    /// A count that cannot exceed the bytes left (each item takes at least one byte).
    mutating func count() -> Int {
        let n = unsigned()
        guard n <= UInt64(buf.count - pos) else { failed = true; return 0 }
        return Int(n)
    }
    mutating func string() -> String {
        let n = count()
        if failed { return "" }
        defer { pos += n }
        return String(decoding: UnsafeBufferPointer(rebasing: buf[pos..<pos + n]), as: UTF8.self)
    }
    mutating func strings() -> [String] {
        let n = count()
        var a: [String] = []
        a.reserveCapacity(n)
        for _ in 0..<n where !failed { a.append(string()) }
        return a
    }
    mutating func raw64() -> UInt64 {
        guard buf.count - pos >= 8 else { failed = true; return 0 }
        var v: UInt64 = 0
        for i in 0..<8 { v |= UInt64(buf[pos + i]) << (8 * UInt64(i)) }
        pos += 8
        return v
    }

    mutating func constant(depth: Int) -> Constant {
        switch byte() {
        case 0: return .none
        case 1: return .ellipsis
        case 2: return .bool(false)
        case 3: return .bool(true)
        case 4: return .int(signed())
        case 5: return .bigInt(string())
        case 6: return .float(Double(bitPattern: raw64()))
        case 7: let re = Double(bitPattern: raw64()); return .complex(real: re, imag: Double(bitPattern: raw64()))
        case 8: return .string(string())
        case 9:
            let n = count()
            var s: [UInt32] = []
            for _ in 0..<n where !failed { s.append(UInt32(truncatingIfNeeded: unsigned())) }
            return .stringScalars(s)
        case 10:
            let n = count()
            if failed { return .none }
            defer { pos += n }
            return .bytes(Array(buf[pos..<pos + n]))
        case 11, 12:
            let kind = buf[pos - 1]
            let n = count()
            var items: [Constant] = []
            items.reserveCapacity(n)
            for _ in 0..<n where !failed { items.append(constant(depth: depth + 1)) }
            return kind == 11 ? .tuple(items) : .frozenset(items)
        case 13:
            guard let u = unit(depth: depth + 1) else { failed = true; return .none }
            return .code(u)
        default:
            failed = true
            return .none
        }
    }

    mutating func unit(depth: Int) -> CodeUnit? {
        guard depth < 200 else { return nil }
        let name = string(), qualname = string(), filename = string()
        let firstLineNo = signed(), argCount = signed(), posOnly = signed(), kwOnly = signed()
        let flags = signed(), stackSize = signed()
        let nIns = unsigned()
        guard !failed, nIns <= UInt64(buf.count - pos) / 4 else { return nil }
        var instructions = [Instruction](repeating: 0, count: Int(nIns))
        for k in 0..<Int(nIns) {
            let p = pos + 4 * k
            instructions[k] = UInt32(buf[p]) | UInt32(buf[p + 1]) << 8 | UInt32(buf[p + 2]) << 16 | UInt32(buf[p + 3]) << 24
        }
        pos += 4 * Int(nIns)
        let nConst = count()
        var constants: [Constant] = []
        constants.reserveCapacity(nConst)
        for _ in 0..<nConst where !failed { constants.append(constant(depth: depth)) }
        let names = strings(), varnames = strings(), cellvars = strings(), freevars = strings()
        let nCell = count()
        var cell2arg: [Int] = []
        for _ in 0..<nCell where !failed { cell2arg.append(signed()) }
        let nLines = count()
        var lineTable: [SourcePosition] = []
        lineTable.reserveCapacity(nLines)
        for _ in 0..<nLines where !failed {
            let l = signed(), el = signed(), c = signed(), ec = signed()
            lineTable.append(SourcePosition(line: Int32(truncatingIfNeeded: l), endLine: Int32(truncatingIfNeeded: el),
                                            column: Int32(truncatingIfNeeded: c), endColumn: Int32(truncatingIfNeeded: ec)))
        }
        guard !failed else { return nil }
        return CodeUnit(name: name, qualname: qualname, filename: filename, firstLineNo: firstLineNo, argCount: argCount,
                        posOnlyArgCount: posOnly, kwOnlyArgCount: kwOnly, flags: CodeFlags(rawValue: flags),
                        instructions: instructions, constants: constants, names: names, varnames: varnames,
                        cellvars: cellvars, freevars: freevars, cell2arg: cell2arg, stackSize: stackSize,
                        lineTable: lineTable)
    }
}
