/*
 * callbench: trivial functions for measuring the cost of a call into an extension, one per calling
 * convention. Each returns its (last) argument, so the work inside is one Py_INCREF.
 *   o(x)          METH_O
 *   fast(x, y)    METH_FASTCALL
 *   fastkw(x, y=) METH_FASTCALL | METH_KEYWORDS, called with one keyword argument
 *   varargs(x, y) METH_VARARGS, unpacked with PyArg_ParseTuple("OO")
 *   noargs()      METH_NOARGS
 * and a type whose instances have the same methods: callbench.Obj().o(x), .fast(x, y), .noargs()
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

static PyObject *cb_o(PyObject *self, PyObject *x) {
    (void)self;
    return Py_NewRef(x);
}

static PyObject *cb_fast(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
    (void)self;
    if (nargs != 2) {
        PyErr_SetString(PyExc_TypeError, "fast() takes 2 arguments");
        return NULL;
    }
    return Py_NewRef(args[1]);
}

static PyObject *cb_fastkw(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames) {
    (void)self;
    Py_ssize_t total = nargs + (kwnames ? PyTuple_GET_SIZE(kwnames) : 0);
    if (total < 1) {
        PyErr_SetString(PyExc_TypeError, "fastkw() takes at least 1 argument");
        return NULL;
    }
    return Py_NewRef(args[total - 1]);
}

static PyObject *cb_varargs(PyObject *self, PyObject *args) {
    PyObject *x, *y;
    (void)self;
    if (!PyArg_ParseTuple(args, "OO:varargs", &x, &y))
        return NULL;
    return Py_NewRef(y);
}

static PyObject *cb_noargs(PyObject *self, PyObject *unused) {
    (void)self;
    (void)unused;
    Py_RETURN_NONE;
}

static PyMethodDef methods[] = {
    {"o", cb_o, METH_O, NULL},
    {"fast", (PyCFunction)(void (*)(void))cb_fast, METH_FASTCALL, NULL},
    {"fastkw", (PyCFunction)(void (*)(void))cb_fastkw, METH_FASTCALL | METH_KEYWORDS, NULL},
    {"varargs", cb_varargs, METH_VARARGS, NULL},
    {"noargs", cb_noargs, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL}
};

static PyMethodDef obj_methods[] = {
    {"o", cb_o, METH_O, NULL},
    {"fast", (PyCFunction)(void (*)(void))cb_fast, METH_FASTCALL, NULL},
    {"noargs", cb_noargs, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL}
};

static PyTypeObject ObjType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "callbench.Obj",
    .tp_basicsize = sizeof(PyObject),
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_new = PyType_GenericNew,
    .tp_methods = obj_methods,
};

static struct PyModuleDef moduledef = {PyModuleDef_HEAD_INIT, "callbench", NULL, -1, methods};

PyMODINIT_FUNC PyInit_callbench(void) {
    if (PyType_Ready(&ObjType) < 0)
        return NULL;
    PyObject *m = PyModule_Create(&moduledef);
    if (m == NULL)
        return NULL;
    if (PyModule_AddObjectRef(m, "Obj", (PyObject *)&ObjType) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
