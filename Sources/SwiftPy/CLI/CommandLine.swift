// The `swiftpy` command line, as CPython's: `swiftpy [options] (script | -c cmd | -m mod | -) [args]`.
// Options end at the script name, `-c CMD` or `-m MOD`; everything after goes to sys.argv.
// (Hand-parsed: Python's option grammar — options stop at the first operand, -c/-m swallow the
// rest, combined flags like -uI — is not what argument-parser libraries model.)
import CPython
import SwiftPyFrontend
import Glibc

enum RunTarget { case script(String), command(String), module(String), stdin }

private let usage = """
usage: swiftpy [option] ... [-c cmd | -m mod | file | -] [arg] ...
Options:
-B     : don't write .pyc files on import; also PYTHONDONTWRITEBYTECODE=x
-c cmd : program passed in as string (terminates option list)
-E     : ignore PYTHON* environment variables (such as PYTHONPATH)
-h     : print this help message and exit (also -? or --help)
-i     : inspect interactively after running script
-I     : isolate SwiftPy from the user's environment (implies -E)
-m mod : run library module as a script (terminates option list)
-u     : force the stdout and stderr streams to be unbuffered
-V     : print the Python version number and exit (also --version)
-X opt : set implementation-specific option (gilstats: print GIL statistics at exit)
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]

"""

/// Parses argv; returns the run target or an exit code for -V/-h/usage errors.
private func parseCommandLine(_ argv: [String], _ opts: inout LaunchOptions) -> Result<RunTarget, ExitCode> {
    var i = 1
    while i < argv.count {
        let a = argv[i]
        if a == "--version" { writeStdout("Python 3.11.0 (SwiftPy 0.1)\n"); return .failure(ExitCode(0)) }
        if a == "--help" { writeStdout(usage); return .failure(ExitCode(0)) }
        if a == "-" || !a.hasPrefix("-") || a.count == 1 {
            if a == "-" { opts.argv = ["-"] + argv[(i + 1)...]; return .success(.stdin) }
            opts.argv = Array(argv[i...])
            return .success(.script(a))
        }
        if a == "--" {
            i += 1
            if i < argv.count { opts.argv = Array(argv[i...]); return .success(.script(argv[i])) }
            break
        }
        var chars = Array(a.dropFirst())
        while !chars.isEmpty {
            let c = chars.removeFirst()
            switch c {
            case "c", "m", "X", "W":
                var value = String(chars)
                chars = []
                if value.isEmpty {
                    i += 1
                    guard i < argv.count else {
                        writeStderr("Argument expected for the -\(c) option\n" + usage.split(separator: "\n").first! + "\nTry `swiftpy -h' for more information.\n")
                        return .failure(ExitCode(2))
                    }
                    value = argv[i]
                }
                switch c {
                case "c": opts.argv = ["-c"] + argv[(i + 1)...]; return .success(.command(value))
                case "m": opts.argv = [value] + argv[(i + 1)...]; return .success(.module(value))
                case "X":
                    if let eq = value.firstIndex(of: "=") { opts.xoptions[String(value[..<eq])] = String(value[value.index(after: eq)...]) }
                    else { opts.xoptions[value] = "" }
                default: opts.warnoptions.append(value)  // -W: read by the warnings module
                }
            case "V": writeStdout("Python 3.11.0 (SwiftPy 0.1)\n"); return .failure(ExitCode(0))
            case "h", "?": writeStdout(usage); return .failure(ExitCode(0))
            case "u": opts.unbuffered = true
            case "I": opts.isolated = true; opts.ignoreEnvironment = true
            case "E": opts.ignoreEnvironment = true
            case "i": opts.inspect = true
            case "B": opts.dontWriteBytecode = true
            case "O", "s", "S", "q", "b", "d", "v", "R": break
            default:
                writeStderr("Unknown option: -\(c)\n" + usage.split(separator: "\n").first! + "\nTry `swiftpy -h' for more information.\n")
                return .failure(ExitCode(2))
            }
        }
        i += 1
    }
    opts.argv = [""]
    return .success(.stdin)
}

struct ExitCode: Error { let code: Int32; init(_ c: Int32) { code = c } }

/// The whole `swiftpy` program. Runs the interpreter on a thread with a large stack (deep Python
/// recursion must end in RecursionError, never a stack overflow) and returns the exit code.
public func swiftpyMain(_ argv: [String]) -> Int32 {
    var opts = LaunchOptions()
    var exe = argv.first ?? "swiftpy"
    var buf = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    if exe.contains("/"), let r = realpath(exe, &buf) { exe = String(cString: r) }
    else if let r = realpath("/proc/self/exe", &buf) { exe = String(cString: r) }
    opts.executable = exe
    let target: RunTarget
    switch parseCommandLine(argv, &opts) {
    case .success(let t): target = t
    case .failure(let e): return e.code
    }
    switch target {
    case .script(let path):
        var dir = path.deletingLastPathComponent
        if !path.contains("/") { dir = "" }
        if let r = realpath(dir.isEmpty ? "." : dir, &buf) { dir = String(cString: r) }
        opts.scriptDirectory = opts.isolated ? nil : dir
    case .command, .stdin: opts.scriptDirectory = opts.isolated ? nil : ""
    case .module: var cwd = [CChar](repeating: 0, count: Int(PATH_MAX) + 1); opts.scriptDirectory = opts.isolated ? nil : String(cString: getcwd(&cwd, cwd.count))
    }
    launchOptions = opts
    return runOnBigStack { runTarget(target) }
}

private func runTarget(_ target: RunTarget) -> Int32 {
    if launchOptions.xoptions["showleaks"] != nil { enableLeakCounting() }
    Py_InitializeEx(1)
    var rc: Int32
    switch target {
    case .script(let path): rc = runMainFile(path)
    case .command(let cmd): rc = runMainSource(Array(cmd.utf8), filename: "<string>", mainFile: nil)
    case .module(let name): rc = runMainModule(name)
    case .stdin:
        if isatty(0) != 0 { rc = runREPL() } else {
            var data = [UInt8]()
            var chunk = [UInt8](repeating: 0, count: 65536)
            while true { let n = read(0, &chunk, 65536); if n <= 0 { break }; data += chunk[0..<n] }
            rc = runMainSource(data, filename: "<stdin>", mainFile: nil)
        }
    }
    if launchOptions.inspect, case .script = target { rc = runREPL() }
    if launchOptions.xoptions["gilstats"] != nil, theGIL != nil { writeStderr(gilStatsReport()) }
    if let hook = processExitHook { hook() }
    if Py_FinalizeEx() < 0 && rc == 0 { rc = 120 }
    if countAllocations { tearDownForLeakCheck(); reportLeaks() }
    if unhandledKeyboardInterrupt { rc = exitBySigint() }
    return rc
}

/// Runs `body` on a new thread with a 512 MiB stack (reserved, not committed) and waits for it.
func runOnBigStack(_ body: @escaping () -> Int32) -> Int32 {
    final class Box { let body: () -> Int32; var rc: Int32 = 0; init(_ b: @escaping () -> Int32) { body = b } }
    let box = Box(body)
    var attr = pthread_attr_t()
    pthread_attr_init(&attr)
    pthread_attr_setstacksize(&attr, 512 << 20)
    var tid = pthread_t()
    let arg = Unmanaged.passRetained(box).toOpaque()
    let ok = pthread_create(&tid, &attr, { p in
        let b = Unmanaged<Box>.fromOpaque(p!).takeRetainedValue()
        b.rc = b.body()
        return UnsafeMutableRawPointer(Unmanaged.passRetained(b).toOpaque())
    }, arg)
    pthread_attr_destroy(&attr)
    if ok != 0 { return Unmanaged<Box>.fromOpaque(arg).takeRetainedValue().body() }
    // Signals go to the interpreter's threads while this one only waits (see recordSignal).
    var all = sigset_t(), saved = sigset_t()
    sigfillset(&all)
    pthread_sigmask(SIG_BLOCK, &all, &saved)
    var ret: UnsafeMutableRawPointer? = nil
    pthread_join(tid, &ret)
    pthread_sigmask(SIG_SETMASK, &saved, nil)
    return Unmanaged<Box>.fromOpaque(ret!).takeRetainedValue().rc
}

/// The interactive loop: `>>> ` / `... ` prompts on stderr like CPython, multi-line blocks, results
/// echoed through sys.displayhook.
func runREPL() -> Int32 {
    writeStderr("Python 3.11.0 (SwiftPy 0.1) on linux\nType \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n")
    guard let d = (PyDict_GetItemString(mainInterp!.pointee.modules, "__main__").flatMap { PyModule_GetDict($0) }) ?? mainModuleDict(file: nil) else { return 1 }
    var lines: [String] = []
    while true {
        _ = flushStdFiles()
        writeStderr(lines.isEmpty ? ">>> " : "... ")
        guard let line = readLine(strippingNewline: true) else { writeStderr("\n"); return 0 }
        if lines.isEmpty && line.trimmingWhitespace().isEmpty { continue }
        lines.append(line)
        let source = lines.joined(separator: "\n") + "\n"
        // Decide whether the statement is complete: a block needs a terminating blank line.
        let isBlock = lines.count > 1 || line.trimmingWhitespace().hasSuffix(":")
        if isBlock && !line.trimmingWhitespace().isEmpty { continue }
        do {
            let unit = try Frontend.compile(source: Array(source.utf8), filename: "<stdin>", mode: .single)
            lines = []
            guard let code = makeCode(unit) else { PyErr_Print(); continue }
            let r = evalCode(code, globals: d, locals: d)
            Py_DECREF(code)
            if let r { Py_DECREF(r) } else { PyErr_Print() }
        } catch {
            if isIncomplete(error, source) { continue }
            lines = []
            raiseSyntaxError(error)
            PyErr_Print()
        }
    }
}

/// A SyntaxError caused only by the input ending too early (open brackets, unterminated triple quotes).
private func isIncomplete(_ e: SyntaxError, _ source: String) -> Bool {
    e.msg.contains("was never closed") || e.msg.contains("unterminated triple-quoted") || e.msg.contains("unexpected EOF")
}

extension String {
    func trimmingWhitespace() -> String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" { s.removeLast() }
        return String(s)
    }
}
