/* _ctypes: the simple C types (CPython's _type_ codes), reading and writing them in memory. */
#include "ctypes_internal.h"
#include <stdbool.h>
#include <string.h>

ffi_type *ct_ffi_type_of_code(char code) {
    switch (code) {
    case '?': return &ffi_type_uint8;
    case 'c': case 'B': return &ffi_type_uint8;
    case 'b': return &ffi_type_sint8;
    case 'h': return &ffi_type_sint16;
    case 'H': return &ffi_type_uint16;
    case 'i': return &ffi_type_sint32;
    case 'I': return &ffi_type_uint32;
    case 'u': return sizeof(wchar_t) == 4 ? &ffi_type_sint32 : &ffi_type_uint16;
    case 'l': case 'q': return &ffi_type_sint64;
    case 'L': case 'Q': return &ffi_type_uint64;
    case 'f': return &ffi_type_float;
    case 'd': return &ffi_type_double;
    case 'g': return &ffi_type_longdouble;
    case 'z': case 'Z': case 'P': case 'O': return &ffi_type_pointer;
    case 'v': return &ffi_type_void;
    default:
        PyErr_Format(PyExc_ValueError, "unknown ctypes type code '%c'", code);
        return NULL;
    }
}

size_t ct_size_of_code(char code) {
    switch (code) {
    case '?': return sizeof(bool);
    case 'c': case 'b': case 'B': return 1;
    case 'h': case 'H': return sizeof(short);
    case 'i': case 'I': return sizeof(int);
    case 'u': return sizeof(wchar_t);
    case 'l': case 'L': return sizeof(long);
    case 'q': case 'Q': return sizeof(long long);
    case 'f': return sizeof(float);
    case 'd': return sizeof(double);
    case 'g': return sizeof(long double);
    case 'z': case 'Z': case 'P': case 'O': return sizeof(void *);
    default: return 0;
    }
}

size_t ct_align_of_code(char code) {
    switch (code) {
    case 'g': return _Alignof(long double);
    case 'd': return _Alignof(double);
    case 'q': case 'Q': return _Alignof(long long);
    default: return ct_size_of_code(code);
    }
}

ffi_type *ct_ffi_type_of_desc(PyObject *desc, char *code) {
    if (PyUnicode_Check(desc)) {
        const char *s = PyUnicode_AsUTF8(desc);
        if (!s) return NULL;
        *code = s[0];
        return ct_ffi_type_of_code(s[0]);
    }
    CtStruct *st = PyCapsule_GetPointer(desc, CT_STRUCT_CAPSULE);
    if (!st) return NULL;
    *code = 'T';
    return &st->type;
}

PyObject *ct_load(const void *addr, char code) {
    switch (code) {
    case '?': return PyBool_FromLong(*(const bool *)addr);
    case 'c': return PyBytes_FromStringAndSize((const char *)addr, 1);
    case 'u': return PyUnicode_FromWideChar((const wchar_t *)addr, 1);
    case 'b': return PyLong_FromLong(*(const signed char *)addr);
    case 'B': return PyLong_FromLong(*(const unsigned char *)addr);
    case 'h': return PyLong_FromLong(*(const short *)addr);
    case 'H': return PyLong_FromLong(*(const unsigned short *)addr);
    case 'i': return PyLong_FromLong(*(const int *)addr);
    case 'I': return PyLong_FromUnsignedLong(*(const unsigned int *)addr);
    case 'l': return PyLong_FromLong(*(const long *)addr);
    case 'L': return PyLong_FromUnsignedLong(*(const unsigned long *)addr);
    case 'q': return PyLong_FromLongLong(*(const long long *)addr);
    case 'Q': return PyLong_FromUnsignedLongLong(*(const unsigned long long *)addr);
    case 'f': return PyFloat_FromDouble(*(const float *)addr);
    case 'd': return PyFloat_FromDouble(*(const double *)addr);
    case 'g': return PyFloat_FromDouble((double)*(const long double *)addr);
    case 'z': {
        const char *s = *(const char *const *)addr;
        if (!s) Py_RETURN_NONE;
        return PyBytes_FromStringAndSize(s, (Py_ssize_t)strlen(s));
    }
    case 'Z': {
        const wchar_t *s = *(const wchar_t *const *)addr;
        if (!s) Py_RETURN_NONE;
        return PyUnicode_FromWideChar(s, (Py_ssize_t)wcslen(s));
    }
    case 'P': {
        void *p = *(void *const *)addr;
        if (!p) Py_RETURN_NONE;
        return PyLong_FromVoidPtr(p);
    }
    case 'O': {
        PyObject *o = *(PyObject *const *)addr;
        if (!o) { PyErr_SetString(PyExc_ValueError, "PyObject is NULL"); return NULL; }
        Py_INCREF(o);
        return o;
    }
    default:
        PyErr_Format(PyExc_ValueError, "unknown ctypes type code '%c'", code);
        return NULL;
    }
}

static const char *type_name(PyObject *o) { return Py_TYPE(o)->tp_name; }

/* An integer value for an integer code: ints and __index__ objects, masked to 64 bits as CPython. */
static int int_value(PyObject *v, unsigned long long *out) {
    PyObject *i = PyNumber_Index(v);
    if (!i) return -1;
    *out = PyLong_AsUnsignedLongLongMask(i);
    Py_DECREF(i);
    if (*out == (unsigned long long)-1 && PyErr_Occurred()) return -1;
    return 0;
}

static int pointer_value(PyObject *v, void **out) {
    if (v == Py_None) { *out = NULL; return 0; }
    if (PyLong_Check(v)) {
        *out = (void *)(uintptr_t)PyLong_AsUnsignedLongLongMask(v);
        return PyErr_Occurred() ? -1 : 0;
    }
    PyErr_SetString(PyExc_TypeError, "cannot be converted to pointer");
    return -1;
}

static void free_wide(PyObject *cap) { PyMem_Free(PyCapsule_GetPointer(cap, "_ctypes.wchar")); }

PyObject *ct_store(void *addr, char code, PyObject *value) {
    unsigned long long u;
    switch (code) {
    case '?': {
        int t = PyObject_IsTrue(value);
        if (t < 0) return NULL;
        *(bool *)addr = t;
        Py_RETURN_NONE;
    }
    case 'c':
        if (PyBytes_Check(value) && PyBytes_GET_SIZE(value) == 1) {
            *(char *)addr = PyBytes_AS_STRING(value)[0];
            Py_RETURN_NONE;
        }
        if (PyByteArray_Check(value) && PyByteArray_GET_SIZE(value) == 1) {
            *(char *)addr = PyByteArray_AS_STRING(value)[0];
            Py_RETURN_NONE;
        }
        if (PyLong_Check(value)) {
            long n = PyLong_AsLong(value);
            if (n < 0 || n > 255) { PyErr_Clear(); goto bad_char; }
            *(char *)addr = (char)n;
            Py_RETURN_NONE;
        }
    bad_char:
        PyErr_Format(PyExc_TypeError, "one character bytes, bytearray or integer expected");
        return NULL;
    case 'u': {
        if (!PyUnicode_Check(value)) {
            PyErr_Format(PyExc_TypeError, "unicode string expected instead of %s instance", type_name(value));
            return NULL;
        }
        wchar_t w[2];
        Py_ssize_t n = PyUnicode_AsWideChar(value, w, 2);
        if (n != 1) {
            if (!PyErr_Occurred()) PyErr_SetString(PyExc_TypeError, "one character unicode string expected");
            return NULL;
        }
        *(wchar_t *)addr = w[0];
        Py_RETURN_NONE;
    }
    case 'b': case 'B':
        if (int_value(value, &u) < 0) return NULL;
        *(unsigned char *)addr = (unsigned char)u;
        Py_RETURN_NONE;
    case 'h': case 'H':
        if (int_value(value, &u) < 0) return NULL;
        *(unsigned short *)addr = (unsigned short)u;
        Py_RETURN_NONE;
    case 'i': case 'I':
        if (int_value(value, &u) < 0) return NULL;
        *(unsigned int *)addr = (unsigned int)u;
        Py_RETURN_NONE;
    case 'l': case 'L': case 'q': case 'Q':
        if (int_value(value, &u) < 0) return NULL;
        *(unsigned long long *)addr = u;
        Py_RETURN_NONE;
    case 'f': case 'd': case 'g': {
        double d = PyFloat_AsDouble(value);
        if (d == -1.0 && PyErr_Occurred()) {
            PyErr_Clear();
            PyErr_Format(PyExc_TypeError, "must be real number, not %s", type_name(value));
            return NULL;
        }
        if (code == 'f') *(float *)addr = (float)d;
        else if (code == 'd') *(double *)addr = d;
        else *(long double *)addr = d;
        Py_RETURN_NONE;
    }
    case 'z':
        if (PyBytes_Check(value)) {
            *(char **)addr = PyBytes_AS_STRING(value);
            Py_INCREF(value);
            return value;
        }
        if (value == Py_None || PyLong_Check(value)) {
            if (pointer_value(value, (void **)addr) < 0) return NULL;
            Py_RETURN_NONE;
        }
        PyErr_Format(PyExc_TypeError, "bytes or integer address expected instead of %s instance", type_name(value));
        return NULL;
    case 'Z':
        if (PyUnicode_Check(value)) {
            wchar_t *w = PyUnicode_AsWideCharString(value, NULL);
            if (!w) return NULL;
            PyObject *keep = PyCapsule_New(w, "_ctypes.wchar", free_wide);
            if (!keep) { PyMem_Free(w); return NULL; }
            *(wchar_t **)addr = w;
            return keep;
        }
        if (value == Py_None || PyLong_Check(value)) {
            if (pointer_value(value, (void **)addr) < 0) return NULL;
            Py_RETURN_NONE;
        }
        PyErr_Format(PyExc_TypeError, "unicode string or integer address expected instead of %s instance",
                     type_name(value));
        return NULL;
    case 'P':
        if (pointer_value(value, (void **)addr) < 0) return NULL;
        Py_RETURN_NONE;
    case 'O':
        *(PyObject **)addr = value;
        Py_INCREF(value);
        return value;
    default:
        PyErr_Format(PyExc_ValueError, "unknown ctypes type code '%c'", code);
        return NULL;
    }
}
