/* PySys_WriteStdout / PySys_WriteStderr: formatted output through sys.stdout / sys.stderr
   (falls back to the C streams when those are missing). At most 1000 bytes, as CPython. */
#include "swiftpy_internal.h"

static void sys_write(const char *name, FILE *fallback, const char *format, va_list va) {
    char buf[1001];
    vsnprintf(buf, sizeof buf, format, va);
    PyObject *exc = PyErr_GetRaisedException();
    PyObject *file = PySys_GetObject(name);
    PyObject *s = PyUnicode_FromString(buf);
    if (file && file != Py_None && s) {
        PyObject *r = PyObject_CallMethod(file, "write", "O", s);
        if (r) Py_DECREF(r); else { PyErr_Clear(); fputs(buf, fallback); }
    } else {
        PyErr_Clear();
        fputs(buf, fallback);
    }
    Py_XDECREF(s);
    PyErr_SetRaisedException(exc);
}
void PySys_WriteStdout(const char *format, ...) { va_list va; va_start(va, format); sys_write("stdout", stdout, format, va); va_end(va); }
void PySys_WriteStderr(const char *format, ...) { va_list va; va_start(va, format); sys_write("stderr", stderr, format, va); va_end(va); }
