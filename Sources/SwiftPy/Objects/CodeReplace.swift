// code.replace(**changes): a new code object from the same CodeUnit with some fields changed.
// Supported keywords: co_flags, co_name, co_qualname, co_filename, co_firstlineno (what
// types.coroutine and decorators need); any other co_* keyword raises ValueError.
import CPython
import SwiftPyFrontend

let codeReplace: FastKwFn = { o, args, n, kwnames in
    guard n == 0 else { setError(PyExc_TypeError, "replace() takes no positional arguments"); return nil }
    guard let u = codeUnit(codeObj(o!)) else { setError(PyExc_SystemError, "code object without a unit"); return nil }
    var name = u.name, qualname = u.qualname, filename = u.filename
    var firstLine = u.firstLineNo, flags = u.flags
    for k in 0..<(kwnames.map(vmTupleSize) ?? 0) {
        let key = swiftString(vmTupleItem(kwnames!, k))
        let v = args![k]!
        func str() -> String? {
            guard vmIsStr(v) else { setError(PyExc_TypeError, "replace() argument '\(key)' must be str, not \(vmTypeName(v.pointee.ob_type))"); return nil }
            return swiftString(v)
        }
        func int() -> Int? {
            let x = PyLong_AsLong(v)
            if x == -1 && PyErr_Occurred() != nil { return nil }
            return x
        }
        switch key {
        case "co_name": guard let s = str() else { return nil }; name = s
        case "co_qualname": guard let s = str() else { return nil }; qualname = s
        case "co_filename": guard let s = str() else { return nil }; filename = s
        case "co_firstlineno": guard let i = int() else { return nil }; firstLine = i
        case "co_flags": guard let i = int() else { return nil }; flags = CodeFlags(rawValue: i)
        default:
            if key.hasPrefix("co_") {
                setError(PyExc_ValueError, "code.replace(): SwiftPy cannot replace \(key)")
            } else {
                setError(PyExc_TypeError, "replace() got an unexpected keyword argument '\(key)'")
            }
            return nil
        }
    }
    let copy = CodeUnit(name: name, qualname: qualname, filename: filename, firstLineNo: firstLine,
                        argCount: u.argCount, posOnlyArgCount: u.posOnlyArgCount, kwOnlyArgCount: u.kwOnlyArgCount,
                        flags: flags, instructions: u.instructions, constants: u.constants, names: u.names,
                        varnames: u.varnames, cellvars: u.cellvars, freevars: u.freevars, cell2arg: u.cell2arg,
                        stackSize: u.stackSize, lineTable: u.lineTable)
    return makeCode(copy)
}
