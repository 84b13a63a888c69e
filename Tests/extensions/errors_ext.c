/*
 * errors_ext: the error indicator and exceptions from C, written exactly as for CPython 3.11.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <errno.h>

static PyObject *ErrorObject;      /* errors_ext.Error(Exception) */
static PyObject *SubErrorObject;   /* errors_ext.SubError(Error), with a docstring */
static PyObject *MultiErrorObject; /* errors_ext.MultiError(KeyError, Error) with a class attribute */

static PyObject *raise_string(PyObject *self, PyObject *args) {
    PyObject *type; const char *msg;
    if (!PyArg_ParseTuple(args, "Os", &type, &msg))
        return NULL;
    PyErr_SetString(type, msg);
    return NULL;
}

static PyObject *raise_object(PyObject *self, PyObject *args) {
    PyObject *type, *value;
    if (!PyArg_ParseTuple(args, "OO", &type, &value))
        return NULL;
    PyErr_SetObject(type, value);
    return NULL;
}

static PyObject *raise_none(PyObject *self, PyObject *type) {
    PyErr_SetNone(type);
    return NULL;
}

static PyObject *raise_format(PyObject *self, PyObject *args) {
    int n; const char *s; PyObject *o;
    if (!PyArg_ParseTuple(args, "isO", &n, &s, &o))
        return NULL;
    return PyErr_Format(PyExc_ValueError, "bad value %d for %s (%R, %S, %.3s, %zd%%)", n, s, o, o, s,
                        (Py_ssize_t)-12);
}

static PyObject *raise_custom(PyObject *self, PyObject *args) {
    int which; const char *msg;
    if (!PyArg_ParseTuple(args, "is", &which, &msg))
        return NULL;
    PyObject *type = which == 0 ? ErrorObject : which == 1 ? SubErrorObject : MultiErrorObject;
    PyErr_SetString(type, msg);
    return NULL;
}

/* Inspects the error state around a failing call: Occurred, ExceptionMatches, GivenExceptionMatches. */
static PyObject *occurred_and_matches(PyObject *self, PyObject *args) {
    PyObject *callable, *cls;
    if (!PyArg_ParseTuple(args, "OO", &callable, &cls))
        return NULL;
    int before = PyErr_Occurred() != NULL;
    PyObject *r = PyObject_CallNoArgs(callable);
    if (r) {
        Py_DECREF(r);
        return Py_BuildValue("(is)", before, "no exception");
    }
    PyObject *occ = PyErr_Occurred();   /* borrowed: the type */
    int matches = PyErr_ExceptionMatches(cls);
    int given = PyErr_GivenExceptionMatches(occ, cls);
    int isExc = PyErr_ExceptionMatches(PyExc_Exception);
    const char *name = ((PyTypeObject *)occ)->tp_name;
    PyObject *out = Py_BuildValue("(isiii)", before, name, matches, given, isExc);
    PyErr_Clear();
    int after = PyErr_Occurred() != NULL;
    PyObject *r2 = Py_BuildValue("(Ni)", out, after);
    return r2;
}

/* PyErr_Fetch / NormalizeException / Restore round trip; returns what was seen and re-raises if asked. */
static PyObject *fetch_restore(PyObject *self, PyObject *args) {
    PyObject *callable; int reraise;
    if (!PyArg_ParseTuple(args, "Op", &callable, &reraise))
        return NULL;
    PyObject *r = PyObject_CallNoArgs(callable);
    if (r) {
        Py_DECREF(r);
        Py_RETURN_NONE;
    }
    PyObject *type, *value, *tb;
    PyErr_Fetch(&type, &value, &tb);
    int cleared = PyErr_Occurred() == NULL;
    PyErr_NormalizeException(&type, &value, &tb);
    if (tb && PyException_SetTraceback(value, tb) < 0)
        return NULL;
    PyObject *args_ = PyObject_GetAttrString(value, "args");
    PyObject *info = Py_BuildValue("(siNii)", ((PyTypeObject *)type)->tp_name, cleared, args_,
                                   PyExceptionInstance_Check(value), tb != NULL);
    if (reraise) {
        Py_DECREF(info);
        PyErr_Restore(type, value, tb);
        return NULL;
    }
    Py_XDECREF(type); Py_XDECREF(value); Py_XDECREF(tb);
    return info;
}

/* A Fetch'ed unnormalized error (SetString) normalizes to an instance of the type. */
static PyObject *normalize_string_error(PyObject *self, PyObject *Py_UNUSED(ignored)) {
    PyErr_SetString(PyExc_KeyError, "a key");
    PyObject *type, *value, *tb;
    PyErr_Fetch(&type, &value, &tb);
    PyErr_NormalizeException(&type, &value, &tb);
    PyObject *r = Py_BuildValue("(OOi)", type, value, PyObject_IsInstance(value, type));
    Py_XDECREF(type); Py_XDECREF(value); Py_XDECREF(tb);
    return r;
}

static PyObject *no_memory(PyObject *self, PyObject *Py_UNUSED(ignored)) {
    return PyErr_NoMemory();
}

static PyObject *from_errno(PyObject *self, PyObject *args) {
    int code; const char *filename = NULL;
    if (!PyArg_ParseTuple(args, "i|z", &code, &filename))
        return NULL;
    errno = code;
    if (filename)
        return PyErr_SetFromErrnoWithFilename(PyExc_OSError, filename);
    return PyErr_SetFromErrno(PyExc_OSError);
}

static PyObject *bad_argument(PyObject *self, PyObject *Py_UNUSED(ignored)) {
    PyErr_BadArgument();
    return NULL;
}

/* raise exc_type(msg) from cause_type(cause_msg), built with PyException_SetCause. */
static PyObject *raise_with_cause(PyObject *self, PyObject *args) {
    PyObject *type, *causeType; const char *msg, *causeMsg;
    if (!PyArg_ParseTuple(args, "OsOs", &type, &msg, &causeType, &causeMsg))
        return NULL;
    PyObject *cause = PyObject_CallFunction(causeType, "s", causeMsg);
    if (!cause)
        return NULL;
    PyObject *exc = PyObject_CallFunction(type, "s", msg);
    if (!exc) {
        Py_DECREF(cause);
        return NULL;
    }
    PyException_SetCause(exc, cause);   /* steals cause */
    PyErr_SetObject(type, exc);
    Py_DECREF(exc);
    return NULL;
}

/* Raising while an exception is being handled in Python sets __context__ automatically. */
static PyObject *raise_in_handler(PyObject *self, PyObject *Py_UNUSED(ignored)) {
    PyErr_SetString(PyExc_RuntimeError, "raised from C inside except");
    return NULL;
}

static PyObject *warn(PyObject *self, PyObject *args) {
    PyObject *category; const char *msg; int level = 1;
    if (!PyArg_ParseTuple(args, "Os|i", &category, &msg, &level))
        return NULL;
    if (PyErr_WarnEx(category, msg, level) < 0)
        return NULL;
    return PyUnicode_FromString("warned");
}

static PyObject *warn_format(PyObject *self, PyObject *arg) {
    if (PyErr_WarnFormat(PyExc_RuntimeWarning, 1, "formatted %d %R", 42, arg) < 0)
        return NULL;
    Py_RETURN_NONE;
}

/* Prints a C-raised exception through PyErr_PrintEx (to sys.stderr) and returns normally. */
static PyObject *print_ex(PyObject *self, PyObject *args) {
    PyObject *type; const char *msg;
    if (!PyArg_ParseTuple(args, "Os", &type, &msg))
        return NULL;
    PyErr_SetString(type, msg);
    PyErr_PrintEx(0);
    return PyBool_FromLong(PyErr_Occurred() != NULL);
}

static PyObject *print_callback_error(PyObject *self, PyObject *callable) {
    PyObject *r = PyObject_CallNoArgs(callable);
    if (r) {
        Py_DECREF(r);
        Py_RETURN_NONE;
    }
    PyErr_Print();
    Py_RETURN_NONE;
}

/* Misbehaving functions: the interpreter must turn these into SystemError. */
static PyObject *null_without_error(PyObject *self, PyObject *Py_UNUSED(ignored)) {
    return NULL;
}

static PyObject *result_with_error(PyObject *self, PyObject *Py_UNUSED(ignored)) {
    PyErr_SetString(PyExc_ValueError, "left behind");
    return PyLong_FromLong(1);
}

static PyObject *exception_class_info(PyObject *self, PyObject *cls) {
    return Py_BuildValue("(isi)", PyExceptionClass_Check(cls),
                         PyExceptionClass_Check(cls) ? PyExceptionClass_Name(cls) : "-",
                         PyExceptionInstance_Check(cls));
}

static PyMethodDef methods[] = {
    {"raise_string", raise_string, METH_VARARGS, NULL},
    {"raise_object", raise_object, METH_VARARGS, NULL},
    {"raise_none", raise_none, METH_O, NULL},
    {"raise_format", raise_format, METH_VARARGS, NULL},
    {"raise_custom", raise_custom, METH_VARARGS, NULL},
    {"occurred_and_matches", occurred_and_matches, METH_VARARGS, NULL},
    {"fetch_restore", fetch_restore, METH_VARARGS, NULL},
    {"normalize_string_error", normalize_string_error, METH_NOARGS, NULL},
    {"no_memory", no_memory, METH_NOARGS, NULL},
    {"from_errno", from_errno, METH_VARARGS, NULL},
    {"bad_argument", bad_argument, METH_NOARGS, NULL},
    {"raise_with_cause", raise_with_cause, METH_VARARGS, NULL},
    {"raise_in_handler", raise_in_handler, METH_NOARGS, NULL},
    {"warn", warn, METH_VARARGS, NULL},
    {"warn_format", warn_format, METH_O, NULL},
    {"print_ex", print_ex, METH_VARARGS, NULL},
    {"print_callback_error", print_callback_error, METH_O, NULL},
    {"null_without_error", null_without_error, METH_NOARGS, NULL},
    {"result_with_error", result_with_error, METH_NOARGS, NULL},
    {"exception_class_info", exception_class_info, METH_O, NULL},
    {NULL, NULL, 0, NULL}
};

static struct PyModuleDef moduledef = {
    PyModuleDef_HEAD_INIT, "errors_ext", NULL, -1, methods,
};

PyMODINIT_FUNC PyInit_errors_ext(void) {
    PyObject *m = PyModule_Create(&moduledef);
    if (!m)
        return NULL;
    ErrorObject = PyErr_NewException("errors_ext.Error", NULL, NULL);
    if (!ErrorObject || PyModule_AddObjectRef(m, "Error", ErrorObject) < 0)
        goto fail;
    SubErrorObject = PyErr_NewExceptionWithDoc("errors_ext.SubError", "A more specific errors_ext.Error.",
                                               ErrorObject, NULL);
    if (!SubErrorObject || PyModule_AddObjectRef(m, "SubError", SubErrorObject) < 0)
        goto fail;
    PyObject *bases = PyTuple_Pack(2, PyExc_KeyError, ErrorObject);
    PyObject *dict = Py_BuildValue("{s:i}", "code", 17);
    if (!bases || !dict)
        goto fail;
    MultiErrorObject = PyErr_NewException("errors_ext.MultiError", bases, dict);
    Py_DECREF(bases);
    Py_DECREF(dict);
    if (!MultiErrorObject || PyModule_AddObjectRef(m, "MultiError", MultiErrorObject) < 0)
        goto fail;
    return m;
fail:
    Py_DECREF(m);
    return NULL;
}
