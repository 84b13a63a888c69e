// Swift versions of the C API's function-like macros (Swift cannot import C macros), named as in
// C so that runtime code reads like the C API it mirrors. Int32 results follow C's truth values.
import CPython

@inline(__always) func hasFlag(_ o: PyObjectRef, _ flag: UInt) -> Bool { o.pointee.ob_type.pointee.tp_flags & flag != 0 }
@inline(__always) func PyTuple_GET_SIZE(_ t: PyObjectRef) -> Int { t.cast(to: PyVarObject.self).pointee.ob_size }
@inline(__always) func PyTuple_GET_ITEM(_ t: PyObjectRef, _ i: Int) -> PyObjectRef? {
    (UnsafeMutableRawPointer(t) + MemoryLayout<PyVarObject>.size).assumingMemoryBound(to: PyObjectRef?.self)[i]
}
/// Steals `v`.
@inline(__always) func PyTuple_SET_ITEM(_ t: PyObjectRef, _ i: Int, _ v: PyObjectRef?) {
    (UnsafeMutableRawPointer(t) + MemoryLayout<PyVarObject>.size).assumingMemoryBound(to: PyObjectRef?.self)[i] = v
}
@inline(__always) func PyList_GET_SIZE(_ l: PyObjectRef) -> Int { l.cast(to: PyVarObject.self).pointee.ob_size }
@inline(__always) func PyList_GET_ITEM(_ l: PyObjectRef, _ i: Int) -> PyObjectRef? { l.cast(to: PyListObject.self).pointee.ob_item[i] }
@inline(__always) func PyUnicode_Check(_ o: PyObjectRef) -> Int32 { hasFlag(o, UInt(Py_TPFLAGS_UNICODE_SUBCLASS)) ? 1 : 0 }
@inline(__always) func PyUnicode_CheckExact(_ o: PyObjectRef) -> Int32 { o.pointee.ob_type == SPyType_Unicode() ? 1 : 0 }
@inline(__always) func PyLong_Check(_ o: PyObjectRef) -> Int32 { hasFlag(o, UInt(Py_TPFLAGS_LONG_SUBCLASS)) ? 1 : 0 }
@inline(__always) func PyLong_CheckExact(_ o: PyObjectRef) -> Int32 { o.pointee.ob_type == SPyType_Long() ? 1 : 0 }
@inline(__always) func PyBytes_Check(_ o: PyObjectRef) -> Int32 { hasFlag(o, UInt(Py_TPFLAGS_BYTES_SUBCLASS)) ? 1 : 0 }
@inline(__always) func PyByteArray_Check(_ o: PyObjectRef) -> Int32 { PyObject_TypeCheck(o, SPyType_ByteArray()) }
@inline(__always) func PyDict_Check(_ o: PyObjectRef) -> Int32 { hasFlag(o, UInt(Py_TPFLAGS_DICT_SUBCLASS)) ? 1 : 0 }
@inline(__always) func PyTuple_Check(_ o: PyObjectRef) -> Int32 { hasFlag(o, UInt(Py_TPFLAGS_TUPLE_SUBCLASS)) ? 1 : 0 }
@inline(__always) func PyList_Check(_ o: PyObjectRef) -> Int32 { hasFlag(o, UInt(Py_TPFLAGS_LIST_SUBCLASS)) ? 1 : 0 }
@inline(__always) func PyType_Check(_ o: PyObjectRef) -> Int32 { hasFlag(o, UInt(Py_TPFLAGS_TYPE_SUBCLASS)) ? 1 : 0 }
@inline(__always) func PyFloat_Check(_ o: PyObjectRef) -> Int32 { PyObject_TypeCheck(o, SPyType_Float()) }
@inline(__always) func PyCode_Check(_ o: PyObjectRef) -> Int32 { o.pointee.ob_type == SPyType_Code() ? 1 : 0 }
@inline(__always) func PyModule_Check(_ o: PyObjectRef) -> Int32 { PyObject_TypeCheck(o, SPyType_Module()) }
@inline(__always) func PyObject_IS_GC(_ o: PyObjectRef) -> Int32 { hasFlag(o, UInt(Py_TPFLAGS_HAVE_GC)) ? 1 : 0 }
@inline(__always) func PyExceptionInstance_Check(_ o: PyObjectRef) -> Int32 { hasFlag(o, UInt(Py_TPFLAGS_BASE_EXC_SUBCLASS)) ? 1 : 0 }
/// Py_TPFLAGS_DEFAULT (a C macro expression Swift cannot import).
@inline(__always) var Py_TPFLAGS_DEFAULT: UInt { UInt(Py_TPFLAGS_HAVE_VERSION_TAG) }
@inline(__always) func PyBytes_CheckExact(_ o: PyObjectRef) -> Int32 { o.pointee.ob_type == SPyType_Bytes() ? 1 : 0 }
