/* _ctypes: module table, shared libraries (dlopen), raw memory, errno. */
#include "ctypes_internal.h"
#include <dlfcn.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#define CT_MEMORY_CAPSULE "_ctypes.memory"
#define CT_BUFFER_CAPSULE "_ctypes.buffer"

static void *addr_arg(PyObject *o) {
    if (o == Py_None) return NULL;
    return PyLong_AsVoidPtr(o);
}

/* dlopen(name or None, mode) -> handle. OSError with the loader's message. */
static PyObject *ct_dlopen(PyObject *self, PyObject *args) {
    PyObject *name;
    int mode;
    (void)self;
    if (!PyArg_ParseTuple(args, "Oi:dlopen", &name, &mode)) return NULL;
    const char *path = NULL;
    if (name != Py_None) {
        path = PyUnicode_AsUTF8(name);
        if (!path) return NULL;
    }
    void *h = dlopen(path, mode | RTLD_NOW);
    if (!h) {
        const char *e = dlerror();
        PyErr_SetString(PyExc_OSError, e ? e : "dlopen() error");
        return NULL;
    }
    return PyLong_FromVoidPtr(h);
}

static PyObject *ct_dlclose(PyObject *self, PyObject *arg) {
    (void)self;
    void *h = PyLong_AsVoidPtr(arg);
    if (!h && PyErr_Occurred()) return NULL;
    if (dlclose(h) != 0) {
        const char *e = dlerror();
        PyErr_SetString(PyExc_OSError, e ? e : "dlclose() error");
        return NULL;
    }
    Py_RETURN_NONE;
}

/* dlsym(handle, name) -> address. AttributeError with the loader's message. */
static PyObject *ct_dlsym(PyObject *self, PyObject *args) {
    PyObject *handle;
    const char *name;
    (void)self;
    if (!PyArg_ParseTuple(args, "Os:dlsym", &handle, &name)) return NULL;
    void *h = addr_arg(handle);
    if (PyErr_Occurred()) return NULL;
    dlerror();
    void *p = dlsym(h ? h : RTLD_DEFAULT, name);
    if (!p) {
        const char *e = dlerror();
        PyErr_SetString(PyExc_AttributeError, e ? e : "symbol not found");
        return NULL;
    }
    return PyLong_FromVoidPtr(p);
}

static void free_memory(PyObject *cap) { free(PyCapsule_GetPointer(cap, CT_MEMORY_CAPSULE)); }

/* alloc(size) -> (owner capsule, address): zeroed memory, 16-byte aligned, freed with the owner. */
static PyObject *ct_alloc(PyObject *self, PyObject *arg) {
    (void)self;
    Py_ssize_t n = PyLong_AsSsize_t(arg);
    if (n < 0) {
        if (!PyErr_Occurred()) PyErr_SetString(PyExc_ValueError, "negative size");
        return NULL;
    }
    void *p = calloc(1, n ? (size_t)n : 1);
    if (!p) return PyErr_NoMemory();
    PyObject *cap = PyCapsule_New(p, CT_MEMORY_CAPSULE, free_memory);
    if (!cap) { free(p); return NULL; }
    PyObject *addr = PyLong_FromVoidPtr(p);
    if (!addr) { Py_DECREF(cap); return NULL; }
    PyObject *res = PyTuple_Pack(2, cap, addr);
    Py_DECREF(cap);
    Py_DECREF(addr);
    return res;
}

static void free_buffer(PyObject *cap) {
    Py_buffer *view = PyCapsule_GetPointer(cap, CT_BUFFER_CAPSULE);
    if (!view) { PyErr_Clear(); return; }
    PyBuffer_Release(view);
    PyMem_Free(view);
}

/* buffer(obj, writable) -> (export capsule, address, length). The export lasts as long as the capsule. */
static PyObject *ct_buffer(PyObject *self, PyObject *args) {
    PyObject *obj;
    int writable;
    (void)self;
    if (!PyArg_ParseTuple(args, "Op:buffer", &obj, &writable)) return NULL;
    Py_buffer *view = PyMem_Calloc(1, sizeof(Py_buffer));
    if (!view) return PyErr_NoMemory();
    if (PyObject_GetBuffer(obj, view, writable ? PyBUF_WRITABLE : PyBUF_SIMPLE) < 0) {
        PyMem_Free(view);
        return NULL;
    }
    PyObject *cap = PyCapsule_New(view, CT_BUFFER_CAPSULE, free_buffer);
    if (!cap) { PyBuffer_Release(view); PyMem_Free(view); return NULL; }
    PyObject *res = Py_BuildValue("(NNn)", cap, PyLong_FromVoidPtr(view->buf), view->len);
    return res;
}

static PyObject *ct_load_py(PyObject *self, PyObject *args) {
    PyObject *a;
    const char *code;
    (void)self;
    if (!PyArg_ParseTuple(args, "Os:load", &a, &code)) return NULL;
    void *p = PyLong_AsVoidPtr(a);
    if (!p) {
        if (!PyErr_Occurred()) PyErr_SetString(PyExc_ValueError, "NULL pointer access");
        return NULL;
    }
    return ct_load(p, code[0]);
}

static PyObject *ct_store_py(PyObject *self, PyObject *args) {
    PyObject *a, *v;
    const char *code;
    (void)self;
    if (!PyArg_ParseTuple(args, "OsO:store", &a, &code, &v)) return NULL;
    void *p = PyLong_AsVoidPtr(a);
    if (!p) {
        if (!PyErr_Occurred()) PyErr_SetString(PyExc_ValueError, "NULL pointer access");
        return NULL;
    }
    return ct_store(p, code[0], v);
}

/* read(address, n) -> bytes. */
static PyObject *ct_read(PyObject *self, PyObject *args) {
    PyObject *a;
    Py_ssize_t n;
    (void)self;
    if (!PyArg_ParseTuple(args, "On:read", &a, &n)) return NULL;
    void *p = addr_arg(a);
    if (PyErr_Occurred()) return NULL;
    if (!p && n > 0) { PyErr_SetString(PyExc_ValueError, "NULL pointer access"); return NULL; }
    return PyBytes_FromStringAndSize(p, n);
}

/* write(address, bytes-like) copies the data to memory. */
static PyObject *ct_write(PyObject *self, PyObject *args) {
    PyObject *a;
    Py_buffer data;
    (void)self;
    if (!PyArg_ParseTuple(args, "Oy*:write", &a, &data)) return NULL;
    void *p = addr_arg(a);
    if (PyErr_Occurred()) { PyBuffer_Release(&data); return NULL; }
    if (data.len) memcpy(p, data.buf, (size_t)data.len);
    PyBuffer_Release(&data);
    Py_RETURN_NONE;
}

static PyObject *ct_memmove(PyObject *self, PyObject *args) {
    PyObject *d, *s;
    Py_ssize_t n;
    (void)self;
    if (!PyArg_ParseTuple(args, "OOn:memmove", &d, &s, &n)) return NULL;
    void *dp = addr_arg(d), *sp = addr_arg(s);
    if (PyErr_Occurred()) return NULL;
    memmove(dp, sp, (size_t)n);
    return PyLong_FromVoidPtr(dp);
}

static PyObject *ct_memset(PyObject *self, PyObject *args) {
    PyObject *d;
    int c;
    Py_ssize_t n;
    (void)self;
    if (!PyArg_ParseTuple(args, "Oin:memset", &d, &c, &n)) return NULL;
    void *dp = addr_arg(d);
    if (PyErr_Occurred()) return NULL;
    memset(dp, c, (size_t)n);
    return PyLong_FromVoidPtr(dp);
}

/* string_at(address, size=-1): bytes up to NUL when size is -1. */
static PyObject *ct_string_at(PyObject *self, PyObject *args) {
    PyObject *a;
    Py_ssize_t n = -1;
    (void)self;
    if (!PyArg_ParseTuple(args, "O|n:string_at", &a, &n)) return NULL;
    const char *p = addr_arg(a);
    if (PyErr_Occurred()) return NULL;
    if (!p) { PyErr_SetString(PyExc_ValueError, "NULL pointer access"); return NULL; }
    return PyBytes_FromStringAndSize(p, n < 0 ? (Py_ssize_t)strlen(p) : n);
}

static PyObject *ct_wstring_at(PyObject *self, PyObject *args) {
    PyObject *a;
    Py_ssize_t n = -1;
    (void)self;
    if (!PyArg_ParseTuple(args, "O|n:wstring_at", &a, &n)) return NULL;
    const wchar_t *p = addr_arg(a);
    if (PyErr_Occurred()) return NULL;
    if (!p) { PyErr_SetString(PyExc_ValueError, "NULL pointer access"); return NULL; }
    return PyUnicode_FromWideChar(p, n < 0 ? (Py_ssize_t)wcslen(p) : n);
}

static PyObject *ct_get_errno(PyObject *self, PyObject *unused) {
    (void)self; (void)unused;
    return PyLong_FromLong(ct_private_errno);
}

static PyObject *ct_set_errno(PyObject *self, PyObject *arg) {
    (void)self;
    long v = PyLong_AsLong(arg);
    if (v == -1 && PyErr_Occurred()) return NULL;
    int old = ct_private_errno;
    ct_private_errno = (int)v;
    return PyLong_FromLong(old);
}

/* layout(code) -> (size, alignment) of a simple type code. */
static PyObject *ct_layout(PyObject *self, PyObject *arg) {
    (void)self;
    const char *s = PyUnicode_AsUTF8(arg);
    if (!s) return NULL;
    size_t size = ct_size_of_code(s[0]);
    if (!size || s[1]) {
        PyErr_Format(PyExc_AttributeError,
                     "class must define a '_type_' attribute which must be\n"
                     "a single character string containing one of 'cbBhHiIlLdfuzZqQPXOv?g'.");
        return NULL;
    }
    return Py_BuildValue("(nn)", (Py_ssize_t)size, (Py_ssize_t)ct_align_of_code(s[0]));
}

static PyObject *ct_object_at(PyObject *self, PyObject *arg) {
    (void)self;
    PyObject *o = PyLong_AsVoidPtr(arg);
    if (!o) { if (!PyErr_Occurred()) PyErr_SetString(PyExc_ValueError, "NULL pointer access"); return NULL; }
    Py_INCREF(o);
    return o;
}

static PyMethodDef ct_methods[] = {
    {"dlopen", ct_dlopen, METH_VARARGS, NULL},
    {"dlclose", ct_dlclose, METH_O, NULL},
    {"dlsym", ct_dlsym, METH_VARARGS, NULL},
    {"alloc", ct_alloc, METH_O, NULL},
    {"buffer", ct_buffer, METH_VARARGS, NULL},
    {"load", ct_load_py, METH_VARARGS, NULL},
    {"store", ct_store_py, METH_VARARGS, NULL},
    {"read", ct_read, METH_VARARGS, NULL},
    {"write", ct_write, METH_VARARGS, NULL},
    {"memmove", ct_memmove, METH_VARARGS, NULL},
    {"memset", ct_memset, METH_VARARGS, NULL},
    {"string_at", ct_string_at, METH_VARARGS, NULL},
    {"wstring_at", ct_wstring_at, METH_VARARGS, NULL},
    {"get_errno", ct_get_errno, METH_NOARGS, NULL},
    {"set_errno", ct_set_errno, METH_O, NULL},
    {"layout", ct_layout, METH_O, NULL},
    {"object_at", ct_object_at, METH_O, NULL},
    {"struct_type", ct_make_struct, METH_VARARGS, NULL},
    {"cif", ct_make_cif, METH_VARARGS, NULL},
    {"call", ct_call, METH_VARARGS, NULL},
    {"closure", ct_make_closure, METH_VARARGS, NULL},
    {"plan", ct_make_plan, METH_VARARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef ct_module = {
    PyModuleDef_HEAD_INIT, "_ctypes", "Native half of SwiftPy's ctypes (libffi, dlopen, raw memory).",
    -1, ct_methods, NULL, NULL, NULL, NULL,
};

PyAPI_FUNC(PyObject *) _SwiftPy_PyInit__ctypes(void);
PyObject *_SwiftPy_PyInit__ctypes(void) {
    PyObject *m = PyModule_Create(&ct_module);
    if (!m) return NULL;
    if (PyModule_AddIntConstant(m, "RTLD_LOCAL", RTLD_LOCAL) < 0 ||
        PyModule_AddIntConstant(m, "RTLD_GLOBAL", RTLD_GLOBAL) < 0 ||
        PyModule_AddIntConstant(m, "RELEASE_GIL", CT_RELEASE_GIL) < 0 ||
        PyModule_AddIntConstant(m, "USE_ERRNO", CT_USE_ERRNO) < 0 ||
        PyModule_AddIntConstant(m, "CHECK_ERROR", CT_CHECK_ERROR) < 0 ||
        PyModule_AddIntConstant(m, "SIZEOF_WCHAR", (long)sizeof(wchar_t)) < 0 ||
        ct_add_fastcall(m) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
