// swiftpy-config: build flags for extension modules, as python3-config prints them, plus one command
// that builds a module:
//   cc -shared -fPIC $(swiftpy-config --cflags) mod.c -o mod$(swiftpy-config --extension-suffix)
//   swiftpy-config --build-ext NAME a.c [b.c ...] [-o DIR] [extra compiler/linker flags]
// The SDK headers are found relative to this executable: <root>/CExtensions/include when run from a
// SwiftPM build folder (<root>/.build/<config>/), <prefix>/include in an installed copy
// (<prefix>/bin/swiftpy-config), or $SWIFTPY_HOME/include.
import Glibc

func executablePath() -> String {
    var buf = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    let n = readlink("/proc/self/exe", &buf, buf.count - 1)
    return n > 0 ? String(decoding: buf[..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self) : CommandLine.arguments[0]
}
func parent(_ p: String) -> String {
    guard let i = p.lastIndex(of: "/") else { return "." }
    return i == p.startIndex ? "/" : String(p[..<i])
}
func put(_ fd: Int32, _ s: String) { var s = s; s.withUTF8 { _ = write(fd, $0.baseAddress, $0.count) } }
func exists(_ p: String) -> Bool { access(p, F_OK) == 0 }

/// (prefix, include folder)
func locate() -> (String, String)? {
    if let home = getenv("SWIFTPY_HOME") {
        let h = String(cString: home)
        for inc in [h + "/include", h + "/CExtensions/include"] where exists(inc + "/Python.h") { return (h, inc) }
    }
    var dir = parent(executablePath())
    for _ in 0..<5 {
        if exists(dir + "/CExtensions/include/Python.h") { return (dir, dir + "/CExtensions/include") }
        if exists(dir + "/include/Python.h") { return (dir, dir + "/include") }
        dir = parent(dir)
    }
    return nil
}

let suffix = ".swiftpy-311-x86_64-linux-gnu.so"
let warnings = "-Wall -Wsign-compare -Wno-unused-result -Wno-missing-field-initializers"
/// Code generation flags, as python3-config's (-fwrapv and -O3 measurably change float kernels).
let codegen = "-fPIC -DNDEBUG -g -fwrapv -O3"
let usage = """
    Usage: swiftpy-config --prefix|--exec-prefix|--includes|--cflags|--ldflags|--libs|--extension-suffix|--abiflags|--configdir|--embed|--help
           swiftpy-config --build-ext NAME SOURCE... [-o DIR] [FLAG...]
        --build-ext compiles the C/C++ SOURCEs into DIR/NAME<extension-suffix> (DIR defaults to .)
        with $CC (default cc); other FLAGs (-D, -I, -l, -O3, ...) are passed to the compiler.

    """

/// Runs `argv` (through PATH) and returns its exit status.
func spawn(_ argv: [String]) -> Int32 {
    var pid: pid_t = 0
    var cargs: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
    defer { for p in cargs { free(p) } }
    let rc = posix_spawnp(&pid, cargs[0]!, nil, nil, &cargs, environ)
    if rc != 0 { put(2, "swiftpy-config: cannot run \(argv[0]): \(String(cString: strerror(rc)))\n"); return 127 }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    return (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
}

/// `--build-ext NAME SOURCE... [-o DIR] [FLAG...]`: one compiler call, as an author would write it.
func buildExtension(_ args: [String], include: String) -> Never {
    guard let name = args.first, !name.hasPrefix("-") else { put(2, usage); exit(2) }
    var sources: [String] = [], extra: [String] = [], outDir = "."
    var i = 1
    while i < args.count {
        let a = args[i]
        if a == "-o" {
            guard i + 1 < args.count else { put(2, "swiftpy-config: -o needs a folder\n"); exit(2) }
            outDir = args[i + 1]; i += 2; continue
        }
        if [".c", ".cc", ".cpp", ".cxx", ".o"].contains(where: { a.hasSuffix($0) }) && !a.hasPrefix("-") {
            guard exists(a) else { put(2, "swiftpy-config: no such source file: \(a)\n"); exit(2) }
            sources.append(a)
        } else {
            extra.append(a)
        }
        i += 1
    }
    guard !sources.isEmpty else { put(2, "swiftpy-config: --build-ext \(name) needs at least one source file\n"); exit(2) }
    guard name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else {
        put(2, "swiftpy-config: module name must be an identifier (PyInit_\(name) is exported): \(name)\n"); exit(2)
    }
    if !exists(outDir) && mkdir(outDir, 0o755) != 0 {
        put(2, "swiftpy-config: cannot create \(outDir): \(String(cString: strerror(errno)))\n"); exit(1)
    }
    let cc = getenv("CC").map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 } ?? "cc"
    let out = outDir + "/" + name + suffix
    let argv = [cc, "-I\(include)"] + codegen.split(separator: " ").map(String.init) + ["-pthread"]
        + warnings.split(separator: " ").map(String.init)
        + ["-shared"] + sources + ["-o", out] + extra
    put(1, argv.joined(separator: " ") + "\n")
    let status = spawn(argv)
    if status != 0 { put(2, "swiftpy-config: building \(name) failed (status \(status))\n"); exit(1) }
    put(1, "built \(out)\n")
    exit(0)
}

let args = Array(CommandLine.arguments.dropFirst())
if args.isEmpty { put(2, usage); exit(1) }
if args == ["--help"] { put(1, usage); exit(0) }
guard let (prefix, include) = locate() else {
    put(2, "swiftpy-config: cannot find the SwiftPy SDK headers (set SWIFTPY_HOME)\n"); exit(1)
}
if args[0] == "--build-ext" { buildExtension(Array(args.dropFirst()), include: include) }
var out: [String] = []
for a in args {
    switch a {
    case "--prefix", "--exec-prefix": out.append(prefix)
    case "--includes": out.append("-I\(include)")
    case "--cflags": out.append("-I\(include) \(codegen) \(warnings)")
    case "--ldflags", "--libs", "--embed": out.append("")
    case "--extension-suffix": out.append(suffix)
    case "--abiflags": out.append("")
    case "--configdir": out.append(include)
    case "--help": put(1, usage); exit(0)
    default: put(2, usage); exit(2)
    }
}
print(out.joined(separator: " ").trimmingCharacters())

extension String {
    func trimmingCharacters() -> String {
        var s = Substring(self)
        while s.last == " " { s.removeLast() }
        return String(s)
    }
}
