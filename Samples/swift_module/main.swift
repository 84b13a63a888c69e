// A Swift program that embeds SwiftPy and gives Python a module written in Swift.
//
//   swift build --product swift-module-sample && .build/debug/swift-module-sample [script.py]
//
// Without an argument it runs the demo below; with one it runs that script (which can
// `import swiftstats`). The module:
//   swiftstats.mean(xs)                 a Swift closure over a Python sequence of numbers
//   swiftstats.spin(n)                  a GIL-free Swift loop (withoutGIL), returns a checksum
//   swiftstats.wait_for_partner(ms)     waits inside withoutGIL until another thread is inside too
//   swiftstats.max_inside()             most threads seen inside withoutGIL at once
//   swiftstats.add(a, b)                a @convention(c) METH_FASTCALL function (no closure overhead)
import Glibc
import Synchronization
import SwiftPy

/// Threads inside withoutGIL right now, and the most seen at once. Touched without the GIL.
let inside = Atomic<Int>(0)
let maxInside = Atomic<Int>(0)

func enterGILFree() {
    let now = inside.add(1, ordering: .sequentiallyConsistent).newValue
    var seen = maxInside.load(ordering: .sequentiallyConsistent)
    while now > seen {
        let (exchanged, original) = maxInside.compareExchange(expected: seen, desired: now, ordering: .sequentiallyConsistent)
        if exchanged { break }
        seen = original
    }
}
func leaveGILFree() { inside.subtract(1, ordering: .sequentiallyConsistent) }

let add: FastFn = { _, args, nargs in
    guard nargs == 2, let args else { PyErr_SetString(PyExc_TypeError, "add expects 2 arguments"); return nil }
    let a = PyLong_AsLong(args[0]), b = PyLong_AsLong(args[1])
    if PyErr_Occurred() != nil { return nil }
    return PyLong_FromLong(a &+ b)
}

registerModule(name: "swiftstats", doc: "Statistics written in Swift.", methods: [.fast("add", add)], functions: [
    SwiftFunction("mean", doc: "mean(xs) -> float") { args in
        guard args.count == 1, let seq = PySequence_Fast(args[0], "mean() expects a sequence") else {
            if PyErr_Occurred() == nil { PyErr_SetString(PyExc_TypeError, "mean() takes one argument") }
            return nil
        }
        defer { Py_DECREF(seq) }
        let n = PySequence_Size(seq)
        guard n > 0 else { PyErr_SetString(PyExc_ValueError, "mean() of an empty sequence"); return nil }
        var values = [Double](repeating: 0, count: n)
        for i in 0..<n {
            guard let item = PySequence_GetItem(seq, i) else { return nil }
            values[i] = PyFloat_AsDouble(item)
            Py_DECREF(item)
            if PyErr_Occurred() != nil { return nil }
        }
        // The arithmetic needs no Python object: let other threads run meanwhile.
        let mean = withoutGIL { values.reduce(0, +) / Double(n) }
        return PyFloat_FromDouble(mean)
    },
    SwiftFunction("spin", doc: "spin(n) -> int") { args in
        guard args.count == 1 else { PyErr_SetString(PyExc_TypeError, "spin() takes one argument"); return nil }
        let n = PyLong_AsLong(args[0])
        if PyErr_Occurred() != nil { return nil }
        let sum = withoutGIL { () -> UInt64 in
            enterGILFree(); defer { leaveGILFree() }
            var x: UInt64 = 1
            for i in 0..<UInt64(max(0, n)) { x = x &* 6364136223846793005 &+ i }
            return x >> 40
        }
        return PyLong_FromUnsignedLongLong(sum)
    },
    SwiftFunction("wait_for_partner", doc: "wait_for_partner(timeout_ms) -> bool") { args in
        guard args.count == 1 else { PyErr_SetString(PyExc_TypeError, "wait_for_partner() takes one argument"); return nil }
        let timeout = PyLong_AsLong(args[0])
        if PyErr_Occurred() != nil { return nil }
        let saw = withoutGIL { () -> Bool in
            enterGILFree(); defer { leaveGILFree() }
            var waited = 0
            while maxInside.load(ordering: .sequentiallyConsistent) < 2 && waited < timeout * 1000 {
                usleep(200); waited += 200
            }
            return maxInside.load(ordering: .sequentiallyConsistent) >= 2
        }
        return PyBool_FromLong(saw ? 1 : 0)
    },
    SwiftFunction("max_inside") { _ in PyLong_FromLong(maxInside.load(ordering: .sequentiallyConsistent)) },
])

let demo = """
import threading, swiftstats
print("module:", swiftstats.__name__, "-", swiftstats.__doc__)
print("add(2, 40) =", swiftstats.add(2, 40))
print("mean([1, 2, 3, 4]) =", swiftstats.mean([1, 2, 3, 4]))
try:
    swiftstats.mean([])
except ValueError as e:
    print("mean([]) raised ValueError:", e)
saw = [None, None]
def worker(i):
    saw[i] = swiftstats.wait_for_partner(30000)
threads = [threading.Thread(target=worker, args=(i,)) for i in range(2)]
for t in threads: t.start()
for t in threads: t.join()
print("both threads were inside withoutGIL at once:", saw == [True, True], "max inside:", swiftstats.max_inside())
results = []
threads = [threading.Thread(target=lambda: results.append(swiftstats.spin(2_000_000))) for _ in range(2)]
for t in threads: t.start()
for t in threads: t.join()
print("spin checksums agree:", len(set(results)) == 1)
"""

Py_Initialize()
let args = CommandLine.arguments
let status: Int32
if args.count > 1 {
    status = runMainFile(args[1])
} else {
    status = PyRun_SimpleString(demo) == 0 ? 0 : 1
}
if Py_FinalizeEx() < 0 { exit(120) }   // flushes sys.stdout and sys.stderr
exit(status)
