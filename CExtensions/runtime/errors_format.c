/* PyErr_Format / PyErr_FormatV: C-variadic, so written in C. The message is built by
   PyUnicode_FromFormatV (strings area); the exception is set by PyErr_SetObject (Errors.swift). */
#include "swiftpy_internal.h"

PyObject *PyErr_FormatV(PyObject *exception, const char *format, va_list vargs) {
    /* PyUnicode_FromFormatV must not run with an exception set. */
    PyErr_Clear();
    PyObject *string = PyUnicode_FromFormatV(format, vargs);
    if (string != NULL) {
        PyErr_SetObject(exception, string);
        Py_DECREF(string);
    }
    return NULL;
}

PyObject *PyErr_Format(PyObject *exception, const char *format, ...) {
    va_list vargs;
    va_start(vargs, format);
    PyErr_FormatV(exception, format, vargs);
    va_end(vargs);
    return NULL;
}
