// swiftpy-config: build flags for extension modules, as python3-config prints them.
//   cc -shared -fPIC $(swiftpy-config --cflags) mod.c -o mod$(swiftpy-config --extension-suffix)
// The SDK headers are found next to the installation: $SWIFTPY_HOME/include, or
// <package root>/CExtensions/include when run from a SwiftPM build folder (.build/<config>/).
import Glibc

func executablePath() -> String {
    var buf = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    let n = readlink("/proc/self/exe", &buf, buf.count - 1)
    return n > 0 ? String(cString: buf) : CommandLine.arguments[0]
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
let args = Array(CommandLine.arguments.dropFirst())
let usage = "Usage: swiftpy-config --prefix|--exec-prefix|--includes|--cflags|--ldflags|--libs|--extension-suffix|--help|--abiflags|--configdir|--embed\n"
if args.isEmpty { put(2, usage); exit(1) }
guard let (prefix, include) = locate() else {
    put(2, "swiftpy-config: cannot find the SwiftPy SDK headers (set SWIFTPY_HOME)\n"); exit(1)
}
var out: [String] = []
for a in args {
    switch a {
    case "--prefix", "--exec-prefix": out.append(prefix)
    case "--includes": out.append("-I\(include)")
    case "--cflags": out.append("-I\(include) -fPIC -O2 -Wall -Wno-unused-result -Wno-missing-field-initializers")
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
