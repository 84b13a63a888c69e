/* Deliberately wrong reference counting, for LeakTests: the leak check must see these leaks. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

/* A new list of n new ints (1000, 1001, ...), then the owned reference is dropped on the floor. */
static PyObject *leak_list(PyObject *self, PyObject *arg) {
    Py_ssize_t n = PyLong_AsSsize_t(arg);
    if (n < 0 && PyErr_Occurred()) return NULL;
    PyObject *list = PyList_New(0);
    if (!list) return NULL;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *v = PyLong_FromSsize_t(1000 + i);
        if (!v || PyList_Append(list, v) < 0) { Py_XDECREF(v); Py_DECREF(list); return NULL; }
        Py_DECREF(v);
    }
    Py_RETURN_NONE;   /* missing Py_DECREF(list) */
}

/* One reference too many on the argument. */
static PyObject *leak_incref(PyObject *self, PyObject *obj) {
    Py_INCREF(obj);
    Py_RETURN_NONE;
}

/* The correct version of leak_list: nothing may be reported for it. */
static PyObject *balanced(PyObject *self, PyObject *arg) {
    PyObject *list = PyList_New(0);
    if (!list) return NULL;
    PyObject *v = PyLong_FromLong(5000);
    if (!v || PyList_Append(list, v) < 0) { Py_XDECREF(v); Py_DECREF(list); return NULL; }
    Py_DECREF(v);
    Py_DECREF(list);
    Py_RETURN_NONE;
}

static PyMethodDef methods[] = {
    {"leak_list", leak_list, METH_O, NULL},
    {"leak_incref", leak_incref, METH_O, NULL},
    {"balanced", balanced, METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef moduledef = {PyModuleDef_HEAD_INIT, "leaky_ext", NULL, -1, methods};

PyMODINIT_FUNC PyInit_leaky_ext(void) { return PyModule_Create(&moduledef); }
