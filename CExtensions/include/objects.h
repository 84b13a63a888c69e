/* SwiftPy SDK: layouts of the built-in objects that extensions may reach into through macros.
   Layouts marked "SwiftPy layout" differ from CPython's internals; only the documented macros/functions are API. */
#ifndef Py_OBJECTS_H
#define Py_OBJECTS_H

/* ---- int / bool ---- SwiftPy layout: ob_big == NULL iff the value fits in int64 (then it is ob_ival). */
typedef struct _longobject {
    PyObject_HEAD
    int64_t ob_ival;
    void *ob_big;       /* NULL, or an owned pointer to Swift BigInt storage (see Objects/Long*.swift) */
} PyLongObject;
PyAPI_DATA(PyTypeObject) PyLong_Type;
PyAPI_DATA(PyTypeObject) PyBool_Type;
PyAPI_DATA(PyLongObject) _Py_FalseStruct;
PyAPI_DATA(PyLongObject) _Py_TrueStruct;
#define Py_False ((PyObject *) &_Py_FalseStruct)
#define Py_True ((PyObject *) &_Py_TrueStruct)
#define Py_RETURN_TRUE return Py_NewRef(Py_True)
#define Py_RETURN_FALSE return Py_NewRef(Py_False)
#define PyLong_Check(op) PyType_FastSubclass(Py_TYPE(op), Py_TPFLAGS_LONG_SUBCLASS)
#define PyLong_CheckExact(op) Py_IS_TYPE(op, &PyLong_Type)
#define PyBool_Check(x) Py_IS_TYPE(x, &PyBool_Type)

/* ---- float ---- */
typedef struct { PyObject_HEAD double ob_fval; } PyFloatObject;
PyAPI_DATA(PyTypeObject) PyFloat_Type;
#define PyFloat_AS_DOUBLE(op) (((PyFloatObject *)(op))->ob_fval)
#define PyFloat_Check(op) PyObject_TypeCheck(op, &PyFloat_Type)
#define PyFloat_CheckExact(op) Py_IS_TYPE(op, &PyFloat_Type)

/* ---- complex ---- */
typedef struct { double real; double imag; } Py_complex;
typedef struct { PyObject_HEAD Py_complex cval; } PyComplexObject;
PyAPI_DATA(PyTypeObject) PyComplex_Type;
#define PyComplex_Check(op) PyObject_TypeCheck(op, &PyComplex_Type)
#define PyComplex_CheckExact(op) Py_IS_TYPE(op, &PyComplex_Type)

/* ---- str ---- SwiftPy layout: kind is 1 (every code point < 256) or 4; never 2.
   Code points are stored inline right after the struct, NUL-terminated; data points there. */
enum PyUnicode_Kind { PyUnicode_WCHAR_KIND = 0, PyUnicode_1BYTE_KIND = 1, PyUnicode_2BYTE_KIND = 2, PyUnicode_4BYTE_KIND = 4 };
typedef struct {
    PyObject_HEAD
    Py_ssize_t length;      /* number of code points */
    Py_hash_t hash;         /* -1 until computed */
    uint8_t kind;           /* 1 or 4 */
    uint8_t ascii;          /* 1 iff every code point < 128 */
    uint8_t interned;
    uint8_t _pad[5];
    char *utf8;             /* NUL-terminated UTF-8: == data when ascii, else an owned block made on demand, or NULL */
    Py_ssize_t utf8_length;
    void *data;
} PyUnicodeObject;
typedef PyUnicodeObject PyASCIIObject;
typedef PyUnicodeObject PyCompactUnicodeObject;
PyAPI_DATA(PyTypeObject) PyUnicode_Type;
PyAPI_DATA(PyTypeObject) PyUnicodeIter_Type;
#define PyUnicode_Check(op) PyType_FastSubclass(Py_TYPE(op), Py_TPFLAGS_UNICODE_SUBCLASS)
#define PyUnicode_CheckExact(op) Py_IS_TYPE(op, &PyUnicode_Type)
#define PyUnicode_GET_LENGTH(op) (((PyUnicodeObject *)(op))->length)
#define PyUnicode_KIND(op) (((PyUnicodeObject *)(op))->kind)
#define PyUnicode_DATA(op) (((PyUnicodeObject *)(op))->data)
#define PyUnicode_1BYTE_DATA(op) ((Py_UCS1 *)PyUnicode_DATA(op))
#define PyUnicode_2BYTE_DATA(op) ((Py_UCS2 *)PyUnicode_DATA(op))
#define PyUnicode_4BYTE_DATA(op) ((Py_UCS4 *)PyUnicode_DATA(op))
#define PyUnicode_IS_ASCII(op) (((PyUnicodeObject *)(op))->ascii)
#define PyUnicode_IS_COMPACT_ASCII(op) PyUnicode_IS_ASCII(op)
#define PyUnicode_IS_READY(op) 1
#define PyUnicode_READY(op) 0
static inline Py_UCS4 PyUnicode_READ(int kind, const void *data, Py_ssize_t index) {
    if (kind == PyUnicode_1BYTE_KIND) return ((const Py_UCS1 *)data)[index];
    if (kind == PyUnicode_2BYTE_KIND) return ((const Py_UCS2 *)data)[index];
    return ((const Py_UCS4 *)data)[index];
}
static inline void PyUnicode_WRITE(int kind, void *data, Py_ssize_t index, Py_UCS4 value) {
    if (kind == PyUnicode_1BYTE_KIND) ((Py_UCS1 *)data)[index] = (Py_UCS1)value;
    else if (kind == PyUnicode_2BYTE_KIND) ((Py_UCS2 *)data)[index] = (Py_UCS2)value;
    else ((Py_UCS4 *)data)[index] = value;
}
#define PyUnicode_READ_CHAR(op, index) PyUnicode_READ(PyUnicode_KIND(op), PyUnicode_DATA(op), (index))
#define PyUnicode_MAX_CHAR_VALUE(op) (PyUnicode_IS_ASCII(op) ? 0x7f : (PyUnicode_KIND(op) == 1 ? 0xff : 0x10ffff))

/* ---- bytes / bytearray ---- */
typedef struct { PyObject_VAR_HEAD Py_hash_t ob_shash; char ob_sval[1]; } PyBytesObject;
PyAPI_DATA(PyTypeObject) PyBytes_Type;
#define PyBytes_Check(op) PyType_FastSubclass(Py_TYPE(op), Py_TPFLAGS_BYTES_SUBCLASS)
#define PyBytes_CheckExact(op) Py_IS_TYPE(op, &PyBytes_Type)
#define PyBytes_AS_STRING(op) (((PyBytesObject *)(op))->ob_sval)
#define PyBytes_GET_SIZE(op) Py_SIZE(op)
typedef struct { PyObject_VAR_HEAD Py_ssize_t ob_alloc; char *ob_bytes; char *ob_start; Py_ssize_t ob_exports; } PyByteArrayObject;
PyAPI_DATA(PyTypeObject) PyByteArray_Type;
#define PyByteArray_Check(op) PyObject_TypeCheck(op, &PyByteArray_Type)
#define PyByteArray_CheckExact(op) Py_IS_TYPE(op, &PyByteArray_Type)
#define PyByteArray_AS_STRING(op) (Py_SIZE(op) ? ((PyByteArrayObject *)(op))->ob_start : (char *)"")
#define PyByteArray_GET_SIZE(op) Py_SIZE(op)

/* ---- tuple / list ---- */
typedef struct { PyObject_VAR_HEAD PyObject *ob_item[1]; } PyTupleObject;
PyAPI_DATA(PyTypeObject) PyTuple_Type;
#define PyTuple_Check(op) PyType_FastSubclass(Py_TYPE(op), Py_TPFLAGS_TUPLE_SUBCLASS)
#define PyTuple_CheckExact(op) Py_IS_TYPE(op, &PyTuple_Type)
#define PyTuple_GET_SIZE(op) Py_SIZE(op)
#define PyTuple_GET_ITEM(op, i) (((PyTupleObject *)(op))->ob_item[i])
#define PyTuple_SET_ITEM(op, i, v) ((void)(((PyTupleObject *)(op))->ob_item[i] = (v)))
static inline PyObject **_PyTuple_ITEMS(PyObject *op) { return ((PyTupleObject *)op)->ob_item; }
typedef struct { PyObject_VAR_HEAD PyObject **ob_item; Py_ssize_t allocated; } PyListObject;
PyAPI_DATA(PyTypeObject) PyList_Type;
#define PyList_Check(op) PyType_FastSubclass(Py_TYPE(op), Py_TPFLAGS_LIST_SUBCLASS)
#define PyList_CheckExact(op) Py_IS_TYPE(op, &PyList_Type)
#define PyList_GET_SIZE(op) Py_SIZE(op)
#define PyList_GET_ITEM(op, i) (((PyListObject *)(op))->ob_item[i])
#define PyList_SET_ITEM(op, i, v) ((void)(((PyListObject *)(op))->ob_item[i] = (v)))

/* ---- dict ---- SwiftPy layout: an insertion-ordered open-addressing table in ma_keys. */
typedef struct {
    PyObject_HEAD
    Py_ssize_t ma_used;       /* number of items */
    uint64_t ma_version_tag;  /* changes on every mutation */
    void *ma_keys;            /* owned table memory (Objects/Dict*.swift) */
    void *ma_values;          /* unused; NULL */
} PyDictObject;
PyAPI_DATA(PyTypeObject) PyDict_Type;
PyAPI_DATA(PyTypeObject) PyDictKeys_Type;
PyAPI_DATA(PyTypeObject) PyDictValues_Type;
PyAPI_DATA(PyTypeObject) PyDictItems_Type;
#define PyDict_Check(op) PyType_FastSubclass(Py_TYPE(op), Py_TPFLAGS_DICT_SUBCLASS)
#define PyDict_CheckExact(op) Py_IS_TYPE(op, &PyDict_Type)
#define PyDict_GET_SIZE(op) (((PyDictObject *)(op))->ma_used)

/* ---- set / frozenset ---- SwiftPy layout. */
typedef struct {
    PyObject_HEAD
    Py_ssize_t fill;          /* active + dummy slots */
    Py_ssize_t used;          /* active slots */
    Py_ssize_t mask;          /* table size - 1 */
    void *table;              /* owned slot array */
    Py_hash_t hash;           /* frozenset only; -1 until computed */
    PyObject *weakreflist;
    Py_ssize_t finger;        /* where set.pop() resumes its search */
} PySetObject;
PyAPI_DATA(PyTypeObject) PySet_Type;
PyAPI_DATA(PyTypeObject) PyFrozenSet_Type;
#define PyFrozenSet_CheckExact(ob) Py_IS_TYPE(ob, &PyFrozenSet_Type)
#define PyFrozenSet_Check(ob) (Py_IS_TYPE(ob, &PyFrozenSet_Type) || PyType_IsSubtype(Py_TYPE(ob), &PyFrozenSet_Type))
#define PySet_CheckExact(op) Py_IS_TYPE(op, &PySet_Type)
#define PySet_Check(ob) (Py_IS_TYPE(ob, &PySet_Type) || PyType_IsSubtype(Py_TYPE(ob), &PySet_Type))
#define PyAnySet_CheckExact(ob) (Py_IS_TYPE(ob, &PySet_Type) || Py_IS_TYPE(ob, &PyFrozenSet_Type))
#define PyAnySet_Check(ob) (PyAnySet_CheckExact(ob) || PyType_IsSubtype(Py_TYPE(ob), &PySet_Type) || PyType_IsSubtype(Py_TYPE(ob), &PyFrozenSet_Type))
#define PySet_GET_SIZE(so) (((PySetObject *)(so))->used)

/* ---- slice / range ---- */
typedef struct { PyObject_HEAD PyObject *start, *stop, *step; } PySliceObject;
PyAPI_DATA(PyTypeObject) PySlice_Type;
#define PySlice_Check(op) Py_IS_TYPE(op, &PySlice_Type)
typedef struct { PyObject_HEAD PyObject *start, *stop, *step, *length; } PyRangeObject;
PyAPI_DATA(PyTypeObject) PyRange_Type;
#define PyRange_Check(op) Py_IS_TYPE(op, &PyRange_Type)

/* ---- cell ---- */
typedef struct { PyObject_HEAD PyObject *ob_ref; } PyCellObject;
PyAPI_DATA(PyTypeObject) PyCell_Type;
#define PyCell_Check(op) Py_IS_TYPE(op, &PyCell_Type)
#define PyCell_GET(op) (((PyCellObject *)(op))->ob_ref)
#define PyCell_SET(op, v) ((void)(((PyCellObject *)(op))->ob_ref = (v)))

/* ---- exceptions ---- */
typedef struct {
    PyObject_HEAD
    PyObject *dict;
    PyObject *args;
    PyObject *notes;
    PyObject *traceback;
    PyObject *context;
    PyObject *cause;
    char suppress_context;
} PyBaseExceptionObject;
typedef struct { PyBaseExceptionObject base; PyObject *msg, *filename, *lineno, *offset, *end_lineno, *end_offset, *text, *print_file_and_line; } PySyntaxErrorObject;
typedef struct { PyBaseExceptionObject base; PyObject *msg, *name, *path; } PyImportErrorObject;
typedef struct { PyBaseExceptionObject base; PyObject *encoding, *object; Py_ssize_t start, end; PyObject *reason; } PyUnicodeErrorObject;
typedef struct { PyBaseExceptionObject base; PyObject *code; } PySystemExitObject;
typedef struct { PyBaseExceptionObject base; PyObject *myerrno, *strerror, *filename, *filename2; Py_ssize_t written; } PyOSErrorObject;
typedef struct { PyBaseExceptionObject base; PyObject *value; } PyStopIterationObject;
typedef struct { PyBaseExceptionObject base; PyObject *name; } PyNameErrorObject;
typedef struct { PyBaseExceptionObject base; PyObject *obj, *name; } PyAttributeErrorObject;

/* ---- module ---- */
struct PyModuleDef;
typedef struct {
    PyObject_HEAD
    PyObject *md_dict;
    struct PyModuleDef *md_def;
    void *md_state;
    PyObject *md_weaklist;
    PyObject *md_name;
} PyModuleObject;
PyAPI_DATA(PyTypeObject) PyModule_Type;
#define PyModule_Check(op) PyObject_TypeCheck(op, &PyModule_Type)
#define PyModule_CheckExact(op) Py_IS_TYPE(op, &PyModule_Type)

/* ---- other built-in types (layouts in swiftpy_internal.h) ---- */
PyAPI_DATA(PyTypeObject) PyCFunction_Type;
PyAPI_DATA(PyTypeObject) PyMethod_Type;
PyAPI_DATA(PyTypeObject) PyFunction_Type;
PyAPI_DATA(PyTypeObject) PyCode_Type;
PyAPI_DATA(PyTypeObject) PyFrame_Type;
PyAPI_DATA(PyTypeObject) PyGen_Type;
PyAPI_DATA(PyTypeObject) PyCoro_Type;
PyAPI_DATA(PyTypeObject) PyAsyncGen_Type;
PyAPI_DATA(PyTypeObject) PyTraceBack_Type;
PyAPI_DATA(PyTypeObject) PyProperty_Type;
PyAPI_DATA(PyTypeObject) PyClassMethod_Type;
PyAPI_DATA(PyTypeObject) PyStaticMethod_Type;
PyAPI_DATA(PyTypeObject) PyClassMethodDescr_Type;
PyAPI_DATA(PyTypeObject) PyMethodDescr_Type;
PyAPI_DATA(PyTypeObject) PyMemberDescr_Type;
PyAPI_DATA(PyTypeObject) PyGetSetDescr_Type;
PyAPI_DATA(PyTypeObject) PyWrapperDescr_Type;
PyAPI_DATA(PyTypeObject) _PyMethodWrapper_Type;
PyAPI_DATA(PyTypeObject) PyDictProxy_Type;
PyAPI_DATA(PyTypeObject) PySeqIter_Type;
PyAPI_DATA(PyTypeObject) PyCallIter_Type;
PyAPI_DATA(PyTypeObject) PyEnum_Type;
PyAPI_DATA(PyTypeObject) PyReversed_Type;
PyAPI_DATA(PyTypeObject) PyFilter_Type;
PyAPI_DATA(PyTypeObject) PyMap_Type;
PyAPI_DATA(PyTypeObject) PyZip_Type;
PyAPI_DATA(PyTypeObject) PyMemoryView_Type;
PyAPI_DATA(PyTypeObject) _PyWeakref_RefType;
PyAPI_DATA(PyTypeObject) _PyWeakref_ProxyType;
PyAPI_DATA(PyTypeObject) _PyWeakref_CallableProxyType;
PyAPI_DATA(PyTypeObject) PyCapsule_Type;
#define PyFunction_Check(op) Py_IS_TYPE(op, &PyFunction_Type)
#define PyMethod_Check(op) Py_IS_TYPE(op, &PyMethod_Type)
#define PyCFunction_Check(op) PyObject_TypeCheck(op, &PyCFunction_Type)
#define PyCFunction_CheckExact(op) Py_IS_TYPE(op, &PyCFunction_Type)
#define PyCode_Check(op) Py_IS_TYPE(op, &PyCode_Type)
#define PyFrame_Check(op) Py_IS_TYPE(op, &PyFrame_Type)
#define PyGen_Check(op) PyObject_TypeCheck(op, &PyGen_Type)
#define PyGen_CheckExact(op) Py_IS_TYPE(op, &PyGen_Type)
#define PyCoro_CheckExact(op) Py_IS_TYPE(op, &PyCoro_Type)
#define PyAsyncGen_CheckExact(op) Py_IS_TYPE(op, &PyAsyncGen_Type)
#define PyTraceBack_Check(op) Py_IS_TYPE(op, &PyTraceBack_Type)
#define PyMemoryView_Check(op) Py_IS_TYPE(op, &PyMemoryView_Type)
#endif
