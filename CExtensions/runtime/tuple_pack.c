/* PyTuple_Pack: C-variadic, so it lives in C. Does not steal the references it packs. */
#include "swiftpy_internal.h"

PyObject *PyTuple_Pack(Py_ssize_t n, ...) {
    va_list va;
    PyObject *result = PyTuple_New(n);
    if (result == NULL) return NULL;
    va_start(va, n);
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *o = va_arg(va, PyObject *);
        Py_INCREF(o);
        PyTuple_SET_ITEM(result, i, o);
    }
    va_end(va);
    return result;
}
