/*
 * buffer_ext: the buffer protocol, written exactly as for CPython 3.11.
 *   buffer_info(obj, flags) -> dict       PyObject_GetBuffer on anything
 *   fill(obj, byte)                       writes through a PyBUF_WRITABLE view
 *   Matrix(rows, cols)                    a 2-D array of doubles implementing bf_getbuffer/bf_releasebuffer
 *   ByteBuf(size)                         a 1-D byte buffer using PyBuffer_FillInfo
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

static PyObject *ssize_tuple(int n, const Py_ssize_t *v) {
    if (!v)
        Py_RETURN_NONE;
    PyObject *t = PyTuple_New(n);
    for (int i = 0; t && i < n; i++)
        PyTuple_SET_ITEM(t, i, PyLong_FromSsize_t(v[i]));
    return t;
}

static PyObject *buffer_info(PyObject *self, PyObject *args) {
    PyObject *obj; int flags = PyBUF_FULL_RO;
    if (!PyArg_ParseTuple(args, "O|i:buffer_info", &obj, &flags))
        return NULL;
    int check = PyObject_CheckBuffer(obj);
    Py_buffer view;
    if (PyObject_GetBuffer(obj, &view, flags) < 0)
        return NULL;
    PyObject *content;
    if (PyBuffer_IsContiguous(&view, 'C'))
        content = PyBytes_FromStringAndSize(view.buf, view.len);
    else
        content = PyUnicode_FromString("<non-contiguous>");
    PyObject *r = Py_BuildValue("{s:i,s:n,s:n,s:i,s:i,s:z,s:N,s:N,s:i,s:i,s:i,s:N,s:i}",
        "check", check,
        "len", view.len,
        "itemsize", view.itemsize,
        "readonly", view.readonly,
        "ndim", view.ndim,
        "format", view.format,
        "shape", ssize_tuple(view.ndim, view.shape),
        "strides", ssize_tuple(view.ndim, view.strides),
        "c_contig", PyBuffer_IsContiguous(&view, 'C'),
        "f_contig", PyBuffer_IsContiguous(&view, 'F'),
        "suboffsets", view.suboffsets != NULL,
        "content", content,
        "obj_is_exporter", view.obj == obj);
    PyBuffer_Release(&view);
    if (view.obj != NULL) {
        Py_XDECREF(r);
        PyErr_SetString(PyExc_AssertionError, "PyBuffer_Release left view.obj set");
        return NULL;
    }
    return r;
}

static PyObject *fill(PyObject *self, PyObject *args) {
    PyObject *obj; int byte;
    if (!PyArg_ParseTuple(args, "Oi:fill", &obj, &byte))
        return NULL;
    Py_buffer view;
    if (PyObject_GetBuffer(obj, &view, PyBUF_WRITABLE | PyBUF_SIMPLE) < 0)
        return NULL;
    memset(view.buf, byte, (size_t)view.len);
    Py_ssize_t n = view.len;
    PyBuffer_Release(&view);
    return PyLong_FromSsize_t(n);
}

/* Sum of a buffer of doubles ("d"), any dimensions, C-contiguous required. */
static PyObject *sum_doubles(PyObject *self, PyObject *obj) {
    Py_buffer view;
    if (PyObject_GetBuffer(obj, &view, PyBUF_C_CONTIGUOUS | PyBUF_FORMAT) < 0)
        return NULL;
    if (view.format == NULL || strcmp(view.format, "d") != 0) {
        PyErr_Format(PyExc_TypeError, "expected a buffer of doubles, got format '%s'", view.format ? view.format : "B");
        PyBuffer_Release(&view);
        return NULL;
    }
    double total = 0;
    const double *p = view.buf;
    for (Py_ssize_t i = 0; i < view.len / (Py_ssize_t)sizeof(double); i++)
        total += p[i];
    PyBuffer_Release(&view);
    return PyFloat_FromDouble(total);
}

static PyObject *memory_from_memory(PyObject *self, PyObject *Py_UNUSED(ignored)) {
    static char storage[8] = "static!";
    PyObject *ro = PyMemoryView_FromMemory(storage, 7, PyBUF_READ);
    PyObject *rw = PyMemoryView_FromMemory(storage, 7, PyBUF_WRITE);
    return Py_BuildValue("(NN)", ro, rw);
}

static PyObject *memory_from_object(PyObject *self, PyObject *obj) {
    return PyMemoryView_FromObject(obj);
}

/* ---------------- Matrix ---------------- */
typedef struct {
    PyObject_HEAD
    Py_ssize_t rows, cols;
    double *data;
    Py_ssize_t shape[2];
    Py_ssize_t strides[2];
    int exports;
} MatrixObject;

static PyObject *Matrix_new(PyTypeObject *type, PyObject *args, PyObject *kwds) {
    static char *kwlist[] = {"rows", "cols", NULL};
    Py_ssize_t rows, cols;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "nn:Matrix", kwlist, &rows, &cols))
        return NULL;
    if (rows <= 0 || cols <= 0) {
        PyErr_SetString(PyExc_ValueError, "Matrix dimensions must be positive");
        return NULL;
    }
    MatrixObject *m = (MatrixObject *)type->tp_alloc(type, 0);
    if (!m)
        return NULL;
    m->data = PyMem_Calloc((size_t)(rows * cols), sizeof(double));
    if (!m->data) {
        Py_DECREF(m);
        return PyErr_NoMemory();
    }
    m->rows = rows;
    m->cols = cols;
    for (Py_ssize_t i = 0; i < rows * cols; i++)
        m->data[i] = (double)i;
    return (PyObject *)m;
}

static void Matrix_dealloc(MatrixObject *m) {
    PyMem_Free(m->data);
    Py_TYPE(m)->tp_free((PyObject *)m);
}

static int Matrix_getbuffer(MatrixObject *m, Py_buffer *view, int flags) {
    if ((flags & PyBUF_F_CONTIGUOUS) == PyBUF_F_CONTIGUOUS && m->rows > 1 && m->cols > 1) {
        PyErr_SetString(PyExc_BufferError, "Matrix is not Fortran contiguous");
        view->obj = NULL;
        return -1;
    }
    view->obj = Py_NewRef(m);
    view->buf = m->data;
    view->len = m->rows * m->cols * (Py_ssize_t)sizeof(double);
    view->readonly = 0;
    view->itemsize = sizeof(double);
    view->format = (flags & PyBUF_FORMAT) ? "d" : NULL;
    if ((flags & PyBUF_ND) == PyBUF_ND) {
        m->shape[0] = m->rows;
        m->shape[1] = m->cols;
        view->ndim = 2;
        view->shape = m->shape;
    } else {
        view->ndim = 1;
        view->shape = NULL;
    }
    if ((flags & PyBUF_STRIDES) == PyBUF_STRIDES) {
        m->strides[0] = m->cols * (Py_ssize_t)sizeof(double);
        m->strides[1] = sizeof(double);
        view->strides = m->strides;
    } else {
        view->strides = NULL;
    }
    view->suboffsets = NULL;
    view->internal = NULL;
    m->exports++;
    return 0;
}

static void Matrix_releasebuffer(MatrixObject *m, Py_buffer *view) {
    m->exports--;
}

static PyObject *Matrix_get(MatrixObject *m, PyObject *args) {
    Py_ssize_t r, c;
    if (!PyArg_ParseTuple(args, "nn:get", &r, &c))
        return NULL;
    if (r < 0 || r >= m->rows || c < 0 || c >= m->cols) {
        PyErr_SetString(PyExc_IndexError, "Matrix index out of range");
        return NULL;
    }
    return PyFloat_FromDouble(m->data[r * m->cols + c]);
}

/* Reallocates the storage: refused while a view is exported, as bytearray does. */
static PyObject *Matrix_resize(MatrixObject *m, PyObject *args) {
    Py_ssize_t rows, cols;
    if (!PyArg_ParseTuple(args, "nn:resize", &rows, &cols))
        return NULL;
    if (m->exports > 0) {
        PyErr_Format(PyExc_BufferError, "cannot resize a Matrix with %d exported view(s)", m->exports);
        return NULL;
    }
    double *d = PyMem_Realloc(m->data, (size_t)(rows * cols) * sizeof(double));
    if (!d)
        return PyErr_NoMemory();
    m->data = d;
    m->rows = rows;
    m->cols = cols;
    Py_RETURN_NONE;
}

static PyObject *Matrix_exports(MatrixObject *m, void *closure) {
    return PyLong_FromLong(m->exports);
}

static PyMethodDef Matrix_methods[] = {
    {"get", (PyCFunction)Matrix_get, METH_VARARGS, NULL},
    {"resize", (PyCFunction)Matrix_resize, METH_VARARGS, NULL},
    {NULL}
};

static PyGetSetDef Matrix_getset[] = {
    {"exports", (getter)Matrix_exports, NULL, NULL, NULL},
    {NULL}
};

static PyBufferProcs Matrix_as_buffer = {
    (getbufferproc)Matrix_getbuffer,
    (releasebufferproc)Matrix_releasebuffer,
};

static PyTypeObject Matrix_Type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "buffer_ext.Matrix",
    .tp_basicsize = sizeof(MatrixObject),
    .tp_dealloc = (destructor)Matrix_dealloc,
    .tp_as_buffer = &Matrix_as_buffer,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_methods = Matrix_methods,
    .tp_getset = Matrix_getset,
    .tp_new = Matrix_new,
};

/* ---------------- ByteBuf (PyBuffer_FillInfo) ---------------- */
typedef struct {
    PyObject_HEAD
    char data[16];
    int readonly;
} ByteBufObject;

static PyObject *ByteBuf_new(PyTypeObject *type, PyObject *args, PyObject *kwds) {
    int readonly = 0;
    if (!PyArg_ParseTuple(args, "|p:ByteBuf", &readonly))
        return NULL;
    ByteBufObject *b = (ByteBufObject *)type->tp_alloc(type, 0);
    if (!b)
        return NULL;
    memcpy(b->data, "0123456789abcdef", 16);
    b->readonly = readonly;
    return (PyObject *)b;
}

static int ByteBuf_getbuffer(ByteBufObject *b, Py_buffer *view, int flags) {
    return PyBuffer_FillInfo(view, (PyObject *)b, b->data, 16, b->readonly, flags);
}

static PyBufferProcs ByteBuf_as_buffer = {(getbufferproc)ByteBuf_getbuffer, NULL};

static PyTypeObject ByteBuf_Type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "buffer_ext.ByteBuf",
    .tp_basicsize = sizeof(ByteBufObject),
    .tp_as_buffer = &ByteBuf_as_buffer,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_new = ByteBuf_new,
};

static PyMethodDef methods[] = {
    {"buffer_info", buffer_info, METH_VARARGS, NULL},
    {"fill", fill, METH_VARARGS, NULL},
    {"sum_doubles", sum_doubles, METH_O, NULL},
    {"memory_from_memory", memory_from_memory, METH_NOARGS, NULL},
    {"memory_from_object", memory_from_object, METH_O, NULL},
    {NULL, NULL, 0, NULL}
};

static struct PyModuleDef moduledef = {
    PyModuleDef_HEAD_INIT, "buffer_ext", NULL, -1, methods,
};

PyMODINIT_FUNC PyInit_buffer_ext(void) {
    if (PyType_Ready(&Matrix_Type) < 0 || PyType_Ready(&ByteBuf_Type) < 0)
        return NULL;
    PyObject *m = PyModule_Create(&moduledef);
    if (!m)
        return NULL;
    if (PyModule_AddType(m, &Matrix_Type) < 0 || PyModule_AddType(m, &ByteBuf_Type) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    PyModule_AddIntMacro(m, PyBUF_SIMPLE);
    PyModule_AddIntMacro(m, PyBUF_WRITABLE);
    PyModule_AddIntMacro(m, PyBUF_FORMAT);
    PyModule_AddIntMacro(m, PyBUF_ND);
    PyModule_AddIntMacro(m, PyBUF_STRIDES);
    PyModule_AddIntMacro(m, PyBUF_C_CONTIGUOUS);
    PyModule_AddIntMacro(m, PyBUF_F_CONTIGUOUS);
    PyModule_AddIntMacro(m, PyBUF_ANY_CONTIGUOUS);
    PyModule_AddIntMacro(m, PyBUF_FULL_RO);
    PyModule_AddIntMacro(m, PyBUF_RECORDS);
    PyModule_AddIntMacro(m, PyBUF_STRIDED_RO);
    return m;
}
