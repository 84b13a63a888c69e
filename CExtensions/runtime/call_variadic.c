/* C-variadic call helpers (CPython's call.c): PyObject_CallFunction & co. build their arguments with
   Py_VaBuildValue; a tuple result supplies several arguments (CPython's backward-compatible rule:
   "O" with a tuple, or "(OO)", calls func(*tuple)). */
#include "swiftpy_internal.h"

#define SMALL_STACK 8

static PyObject *call_with_built_value(PyObject *callable, PyObject *value) {
    if (value == NULL) return NULL;
    PyObject *res;
    if (PyTuple_Check(value)) {
        res = PyObject_Vectorcall(callable, _PyTuple_ITEMS(value), PyTuple_GET_SIZE(value), NULL);
    } else {
        res = PyObject_Vectorcall(callable, &value, 1, NULL);
    }
    Py_DECREF(value);
    return res;
}

static PyObject *call_function_va(PyObject *callable, const char *format, va_list va) {
    if (callable == NULL) {
        if (!PyErr_Occurred()) PyErr_SetString(PyExc_SystemError, "null argument to internal routine");
        return NULL;
    }
    if (format == NULL || *format == '\0') return PyObject_CallNoArgs(callable);
    return call_with_built_value(callable, Py_VaBuildValue(format, va));
}

PyObject *PyObject_CallFunction(PyObject *callable, const char *format, ...) {
    va_list va;
    va_start(va, format);
    PyObject *r = call_function_va(callable, format, va);
    va_end(va);
    return r;
}

PyObject *_PyObject_CallFunction_SizeT(PyObject *callable, const char *format, ...) {
    va_list va;
    va_start(va, format);
    PyObject *r = call_function_va(callable, format, va);
    va_end(va);
    return r;
}

static PyObject *call_method_va(PyObject *obj, const char *name, const char *format, va_list va) {
    if (obj == NULL || name == NULL) {
        if (!PyErr_Occurred()) PyErr_SetString(PyExc_SystemError, "null argument to internal routine");
        return NULL;
    }
    PyObject *callable = PyObject_GetAttrString(obj, name);
    if (callable == NULL) return NULL;
    if (!PyCallable_Check(callable)) {
        PyErr_Format(PyExc_TypeError, "attribute of type '%.200s' is not callable", Py_TYPE(callable)->tp_name);
        Py_DECREF(callable);
        return NULL;
    }
    PyObject *r = call_function_va(callable, format, va);
    Py_DECREF(callable);
    return r;
}

PyObject *PyObject_CallMethod(PyObject *obj, const char *name, const char *format, ...) {
    va_list va;
    va_start(va, format);
    PyObject *r = call_method_va(obj, name, format, va);
    va_end(va);
    return r;
}

PyObject *_PyObject_CallMethod_SizeT(PyObject *obj, const char *name, const char *format, ...) {
    va_list va;
    va_start(va, format);
    PyObject *r = call_method_va(obj, name, format, va);
    va_end(va);
    return r;
}

/* Collects a NULL-terminated list of objects into stack (after `first` slots); NULL-safe. */
static PyObject *call_objargs(PyObject *callable, PyObject *self, va_list va, int is_method, PyObject *name) {
    PyObject *small[SMALL_STACK];
    PyObject **stack = small;
    Py_ssize_t n = 0, cap = SMALL_STACK;
    if (is_method) stack[n++] = self;
    for (;;) {
        PyObject *o = va_arg(va, PyObject *);
        if (o == NULL) break;
        if (n == cap) {
            Py_ssize_t ncap = cap * 2;
            PyObject **ns = (PyObject **)PyMem_Malloc(ncap * sizeof(PyObject *));
            if (ns == NULL) { if (stack != small) PyMem_Free(stack); PyErr_NoMemory(); return NULL; }
            memcpy(ns, stack, n * sizeof(PyObject *));
            if (stack != small) PyMem_Free(stack);
            stack = ns;
            cap = ncap;
        }
        stack[n++] = o;
    }
    PyObject *r = is_method ? PyObject_VectorcallMethod(name, stack, n, NULL)
                            : PyObject_Vectorcall(callable, stack, n, NULL);
    if (stack != small) PyMem_Free(stack);
    return r;
}

PyObject *PyObject_CallFunctionObjArgs(PyObject *callable, ...) {
    if (callable == NULL) {
        if (!PyErr_Occurred()) PyErr_SetString(PyExc_SystemError, "null argument to internal routine");
        return NULL;
    }
    va_list va;
    va_start(va, callable);
    PyObject *r = call_objargs(callable, NULL, va, 0, NULL);
    va_end(va);
    return r;
}

PyObject *PyObject_CallMethodObjArgs(PyObject *obj, PyObject *name, ...) {
    if (obj == NULL || name == NULL) {
        if (!PyErr_Occurred()) PyErr_SetString(PyExc_SystemError, "null argument to internal routine");
        return NULL;
    }
    va_list va;
    va_start(va, name);
    PyObject *r = call_objargs(NULL, obj, va, 1, name);
    va_end(va);
    return r;
}
