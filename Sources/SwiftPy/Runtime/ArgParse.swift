// Argument helpers for built-in functions written in Swift with METH_FASTCALL(|METH_KEYWORDS):
// positional values are args[0..<nargs], keyword values follow them in the order of `kwnames`.
import CPython

/// Borrowed item of a vectorcall argument array.
@inline(__always) func arg(_ args: UnsafePointer<PyObjectRef?>?, _ i: Int) -> PyObjectRef { args![i]! }

/// A C long from an int argument (PyLong_AsLong); nil with the exception set.
func intArg(_ o: PyObjectRef) -> Int? {
    let v = PyLong_AsLong(o)
    if v == -1 && PyErr_Occurred() != nil { return nil }
    return v
}

/// Matches keyword arguments against `names`; `out[i]` receives the borrowed value for names[i].
/// Sets TypeError as CPython ("'x' is an invalid keyword argument for f()") and returns false on
/// an unknown keyword or a duplicate of a positional one (`firstKeywordIndex` = first name that
/// positional arguments cannot fill is names.count when every name is keyword-only).
func matchKeywords(_ fname: String, _ args: UnsafePointer<PyObjectRef?>?, _ nargs: Int, _ kwnames: PyObjectRef?,
                   _ names: [String], _ out: inout [PyObjectRef?], positionalCount: Int = 0) -> Bool {
    guard let kwnames else { return true }
    let n = PyTuple_GET_SIZE(kwnames)
    for k in 0..<n {
        let key = swiftString(PyTuple_GET_ITEM(kwnames, k)!)
        guard let idx = names.firstIndex(of: key) else {
            setError(PyExc_TypeError, "'\(key)' is an invalid keyword argument for \(fname)()")
            return false
        }
        if idx < positionalCount && idx < nargs {
            setError(PyExc_TypeError, "argument for \(fname)() given by name ('\(key)') and position (\(idx + 1))")
            return false
        }
        out[idx] = args![nargs + k]
    }
    return true
}

/// Checks a positional count; sets CPython's TypeError text on mismatch.
func checkArgCount(_ fname: String, _ nargs: Int, min: Int, max: Int) -> Bool {
    if nargs >= min && nargs <= max { return true }
    if min == max {
        if min == 0 { setError(PyExc_TypeError, "\(fname)() takes no arguments (\(nargs) given)") }
        else if min == 1 { setError(PyExc_TypeError, "\(fname)() takes exactly one argument (\(nargs) given)") }
        else { setError(PyExc_TypeError, "\(fname) expected \(min) arguments, got \(nargs)") }
    } else if nargs < min {
        setError(PyExc_TypeError, "\(fname) expected at least \(min) argument\(min == 1 ? "" : "s"), got \(nargs)")
    } else {
        setError(PyExc_TypeError, "\(fname) expected at most \(max) argument\(max == 1 ? "" : "s"), got \(nargs)")
    }
    return false
}

/// Rejects keyword arguments: "f() takes no keyword arguments".
func noKeywords(_ fname: String, _ kwnames: PyObjectRef?) -> Bool {
    if let kwnames, PyTuple_GET_SIZE(kwnames) > 0 {
        setError(PyExc_TypeError, "\(fname)() takes no keyword arguments")
        return false
    }
    return true
}

/// Type name of an object, as error messages print it.
func typeName(_ o: PyObjectRef) -> String { shortTypeName(o.pointee.ob_type) }
/// tp_name without its module prefix (CPython's _PyType_Name).
func shortTypeName(_ t: PyTypeRef) -> String {
    let full = String(cString: t.pointee.tp_name)
    if let dot = full.lastIndex(of: ".") { return String(full[full.index(after: dot)...]) }
    return full
}
