/*
 * loader_probe: one source compiled into several broken (and one good) extension modules by
 * ExtensionLoaderTests, to check that each load failure is an ImportError naming the file and why.
 *   -DMOD_NAME='"name"' -DINIT_NAME=PyInit_name      (required)
 *   -DMISSING_SYMBOL    references a C API function that does not exist (dlopen fails)
 *   -DRETURN_NULL       the init function returns NULL without setting an exception
 *   -DRAISE             the init function raises ValueError
 *   -DSWIFTPY_ABI_VERSION=N   builds for another SDK ABI version
 */
#include <Python.h>

static PyObject *hello(PyObject *self, PyObject *unused) {
    (void)self;
    (void)unused;
    return PyUnicode_FromString(MOD_NAME);
}

static PyMethodDef methods[] = {{"hello", hello, METH_NOARGS, NULL}, {NULL, NULL, 0, NULL}};
static struct PyModuleDef def = {PyModuleDef_HEAD_INIT, MOD_NAME, NULL, -1, methods};

#ifdef MISSING_SYMBOL
extern int SwiftPyTest_NoSuchFunction(void);
#endif

PyMODINIT_FUNC INIT_NAME(void) {
#ifdef MISSING_SYMBOL
    if (SwiftPyTest_NoSuchFunction())
        return NULL;
#endif
#ifdef RETURN_NULL
    return NULL;
#endif
#ifdef RAISE
    PyErr_SetString(PyExc_ValueError, "init refused");
    return NULL;
#endif
    return PyModule_Create(&def);
}
