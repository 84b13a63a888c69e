// The _pwdgrp module: the raw user and group database (NSS, via getpwuid_r & co.) that Lib/pwd.py
// and Lib/grp.py wrap into struct sequences and CPython's KeyError texts. Rows are tuples:
// passwd (name, passwd, uid, gid, gecos, dir, shell); group (name, passwd, gid, [members]).
import CPython
import Glibc

/// A C string field as str (file-system decoding, surrogateescape); "" for NULL.
private func fieldString(_ p: UnsafeMutablePointer<CChar>?) -> PyObjectRef? {
    guard let p else { return pyStr("") }
    return PyUnicode_DecodeFSDefault(p)
}

private func passwdRow(_ pw: passwd) -> PyObjectRef? {
    let parts: [PyObjectRef?] = [
        fieldString(pw.pw_name), fieldString(pw.pw_passwd), PyLong_FromUnsignedLong(UInt(pw.pw_uid)),
        PyLong_FromUnsignedLong(UInt(pw.pw_gid)), fieldString(pw.pw_gecos), fieldString(pw.pw_dir),
        fieldString(pw.pw_shell),
    ]
    let ok = parts.compactMap { $0 }
    defer { ok.forEach { Py_DECREF($0) } }
    return ok.count == parts.count ? makeTuple(ok) : nil
}

private func groupRow(_ gr: group) -> PyObjectRef? {
    guard let members = PyList_New(0) else { return nil }
    if var m = gr.gr_mem {
        while let name = m.pointee {
            guard let s = fieldString(name) else { Py_DECREF(members); return nil }
            _ = PyList_Append(members, s); Py_DECREF(s)
            m += 1
        }
    }
    let parts: [PyObjectRef?] = [fieldString(gr.gr_name), fieldString(gr.gr_passwd),
                                 PyLong_FromUnsignedLong(UInt(gr.gr_gid)), members]
    let ok = parts.compactMap { $0 }
    defer { ok.forEach { Py_DECREF($0) } }
    return ok.count == parts.count ? makeTuple(ok) : nil
}

/// Runs a reentrant lookup with a growing buffer: `call(buffer, size)` returns the errno-style
/// result and whether an entry was found. Nil result with OSError set on a real failure.
private func lookup(_ call: (UnsafeMutablePointer<CChar>, Int) -> (Int32, Bool),
                    _ row: () -> PyObjectRef?) -> PyObjectRef? {
    var size = 1024
    while true {
        let buf = UnsafeMutablePointer<CChar>.allocate(capacity: size)
        defer { buf.deallocate() }
        let save = PyEval_SaveThread()
        let (rc, found) = call(buf, size)
        PyEval_RestoreThread(save)
        if rc == ERANGE && size < 1 << 24 { size *= 4; continue }
        if found { return row() }
        if rc != 0 && rc != ENOENT && rc != ESRCH && rc != EBADF && rc != EPERM {
            errno = rc
            return PyErr_SetFromErrno(PyExc_OSError)
        }
        return pyNoneRef()   // not found
    }
}

/// A name argument as C bytes (the wrapper has checked it is str without NUL).
private func nameBytes(_ o: PyObjectRef) -> [CChar]? {
    guard let enc = PyUnicode_EncodeFSDefault(o) else { return nil }
    defer { Py_DECREF(enc) }
    return (0..<PyBytes_Size(enc)).map { CChar(bitPattern: bytesData(enc)[$0]) } + [0]
}

/// getpwuid(uid) / getgrgid(gid) -> row or None; the id is an int in 0..<2**32.
private let pg_getpwuid: OneArgFn = { _, o in
    let id = PyLong_AsUnsignedLong(o!)
    if PyErr_Occurred() != nil { return nil }
    var pw = passwd(), result: UnsafeMutablePointer<passwd>? = nil
    return lookup({ buf, n in let rc = getpwuid_r(uid_t(truncatingIfNeeded: id), &pw, buf, n, &result); return (rc, result != nil) },
                  { passwdRow(pw) })
}
private let pg_getpwnam: OneArgFn = { _, o in
    guard let name = nameBytes(o!) else { return nil }
    var pw = passwd(), result: UnsafeMutablePointer<passwd>? = nil
    return lookup({ buf, n in let rc = getpwnam_r(name, &pw, buf, n, &result); return (rc, result != nil) },
                  { passwdRow(pw) })
}
private let pg_getgrgid: OneArgFn = { _, o in
    let id = PyLong_AsUnsignedLong(o!)
    if PyErr_Occurred() != nil { return nil }
    var gr = group(), result: UnsafeMutablePointer<group>? = nil
    return lookup({ buf, n in let rc = getgrgid_r(gid_t(truncatingIfNeeded: id), &gr, buf, n, &result); return (rc, result != nil) },
                  { groupRow(gr) })
}
private let pg_getgrnam: OneArgFn = { _, o in
    guard let name = nameBytes(o!) else { return nil }
    var gr = group(), result: UnsafeMutablePointer<group>? = nil
    return lookup({ buf, n in let rc = getgrnam_r(name, &gr, buf, n, &result); return (rc, result != nil) },
                  { groupRow(gr) })
}

/// getpwall() -> every passwd row (setpwent/getpwent; callers hold the GIL, so no other thread
/// of ours walks the database meanwhile).
private let pg_getpwall: NoArgsFn = { _, _ in
    guard let list = PyList_New(0) else { return nil }
    setpwent()
    defer { endpwent() }
    while let p = getpwent() {
        guard let row = passwdRow(p.pointee) else { Py_DECREF(list); return nil }
        _ = PyList_Append(list, row); Py_DECREF(row)
    }
    return list
}
private let pg_getgrall: NoArgsFn = { _, _ in
    guard let list = PyList_New(0) else { return nil }
    setgrent()
    defer { endgrent() }
    while let g = getgrent() {
        guard let row = groupRow(g.pointee) else { Py_DECREF(list); return nil }
        _ = PyList_Append(list, row); Py_DECREF(row)
    }
    return list
}

func makePwdGrpModule() -> PyObjectRef? {
    guard let m = PyModule_New("_pwdgrp") else { return nil }
    _ = PyModule_AddFunctions(m, makeMethodTable([
        .oneArg("getpwuid", pg_getpwuid), .oneArg("getpwnam", pg_getpwnam), .noArgs("getpwall", pg_getpwall),
        .oneArg("getgrgid", pg_getgrgid), .oneArg("getgrnam", pg_getgrnam), .noArgs("getgrall", pg_getgrall),
    ]))
    return m
}
