/*
 * module_ext: multi-phase module initialization (PEP 489) with module state, module-level helpers,
 * METH_FASTCALL functions and capsules, written exactly as for CPython 3.11.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

#define MODULE_EXT_VERSION 311

typedef struct {
    long calls;               /* how many times incr() ran on this module object */
    PyObject *error_type;     /* module_ext.StateError, owned */
    PyObject *registry;       /* a dict, owned */
    int exec_order[4];        /* which exec slots ran, in order */
    int exec_count;
} ModuleState;

static long capsules_destroyed;

static inline ModuleState *get_state(PyObject *module) {
    return (ModuleState *)PyModule_GetState(module);
}

PyDoc_STRVAR(incr_doc, "incr() -> int\n\nCounts calls in this module's state.");

static PyObject *incr(PyObject *module, PyObject *Py_UNUSED(ignored)) {
    ModuleState *st = get_state(module);
    st->calls++;
    return PyLong_FromLong(st->calls);
}

static PyObject *register_(PyObject *module, PyObject *args) {
    PyObject *key, *value;
    if (!PyArg_ParseTuple(args, "UO:register", &key, &value))
        return NULL;
    ModuleState *st = get_state(module);
    if (PyDict_Contains(st->registry, key)) {
        PyErr_Format(st->error_type, "%U already registered", key);
        return NULL;
    }
    if (PyDict_SetItem(st->registry, key, value) < 0)
        return NULL;
    return PyLong_FromSsize_t(PyDict_GET_SIZE(st->registry));
}

static PyObject *registry(PyObject *module, PyObject *Py_UNUSED(ignored)) {
    return PyDict_Copy(get_state(module)->registry);
}

static PyObject *exec_order(PyObject *module, PyObject *Py_UNUSED(ignored)) {
    ModuleState *st = get_state(module);
    PyObject *l = PyList_New(st->exec_count);
    for (int i = 0; l && i < st->exec_count; i++)
        PyList_SET_ITEM(l, i, PyLong_FromLong(st->exec_order[i]));
    return l;
}

PyDoc_STRVAR(fast_sum_doc, "fast_sum(*numbers) -> number (METH_FASTCALL)");

/* METH_FASTCALL: positional arguments as a C array, no tuple. */
static PyObject *fast_sum(PyObject *module, PyObject *const *args, Py_ssize_t nargs) {
    PyObject *total = PyLong_FromLong(0);
    for (Py_ssize_t i = 0; total && i < nargs; i++)
        Py_SETREF(total, PyNumber_Add(total, args[i]));
    return total;
}

/* METH_FASTCALL | METH_KEYWORDS: fast_kw(a, b=10, *, scale=1) with kwnames parsed by hand. */
static PyObject *fast_kw(PyObject *module, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames) {
    PyObject *a = NULL, *b = NULL, *scale = NULL;
    if (nargs > 2) {
        PyErr_Format(PyExc_TypeError, "fast_kw() takes at most 2 positional arguments (%zd given)", nargs);
        return NULL;
    }
    if (nargs > 0) a = args[0];
    if (nargs > 1) b = args[1];
    Py_ssize_t nkw = kwnames ? PyTuple_GET_SIZE(kwnames) : 0;
    for (Py_ssize_t i = 0; i < nkw; i++) {
        PyObject *name = PyTuple_GET_ITEM(kwnames, i);
        PyObject *value = args[nargs + i];
        PyObject **slot;
        if (PyUnicode_CompareWithASCIIString(name, "a") == 0) slot = &a;
        else if (PyUnicode_CompareWithASCIIString(name, "b") == 0) slot = &b;
        else if (PyUnicode_CompareWithASCIIString(name, "scale") == 0) slot = &scale;
        else {
            PyErr_Format(PyExc_TypeError, "fast_kw() got an unexpected keyword argument '%U'", name);
            return NULL;
        }
        if (*slot) {
            PyErr_Format(PyExc_TypeError, "fast_kw() got multiple values for argument '%U'", name);
            return NULL;
        }
        *slot = value;
    }
    if (!a) {
        PyErr_SetString(PyExc_TypeError, "fast_kw() missing required argument 'a'");
        return NULL;
    }
    PyObject *kwn = kwnames ? Py_NewRef(kwnames) : PyTuple_New(0);
    return Py_BuildValue("(OOON)", a, b ? b : Py_None, scale ? scale : Py_None, kwn);
}

/* METH_FASTCALL with an empty argument list still arrives as (args=?, nargs=0). */
static PyObject *fast_count(PyObject *module, PyObject *const *args, Py_ssize_t nargs) {
    return PyLong_FromSsize_t(nargs);
}

/* ---- capsules ---- */
typedef struct {
    int version;
    long (*twice)(long);
} module_ext_CAPI;

static long twice(long v) { return 2 * v; }
static module_ext_CAPI capi = {MODULE_EXT_VERSION, twice};

static void capsule_destructor(PyObject *capsule) {
    void *p = PyCapsule_GetPointer(capsule, "module_ext.temp");
    if (p)
        PyMem_Free(p);
    else
        PyErr_Clear();
    capsules_destroyed++;
}

static PyObject *make_capsule(PyObject *module, PyObject *arg) {
    long v = PyLong_AsLong(arg);
    if (v == -1 && PyErr_Occurred())
        return NULL;
    long *p = PyMem_Malloc(sizeof(long));
    if (!p)
        return PyErr_NoMemory();
    *p = v;
    PyObject *c = PyCapsule_New(p, "module_ext.temp", capsule_destructor);
    if (!c)
        PyMem_Free(p);
    return c;
}

static PyObject *read_capsule(PyObject *module, PyObject *args) {
    PyObject *cap; const char *name;
    if (!PyArg_ParseTuple(args, "Oz:read_capsule", &cap, &name))
        return NULL;
    long *p = PyCapsule_GetPointer(cap, name);
    if (!p)
        return NULL;
    return Py_BuildValue("(lisi)", *p, PyCapsule_IsValid(cap, name), PyCapsule_GetName(cap),
                         PyCapsule_CheckExact(cap));
}

static PyObject *destroyed(PyObject *module, PyObject *Py_UNUSED(ignored)) {
    return PyLong_FromLong(capsules_destroyed);
}

/* Uses the module's own exported C API through PyCapsule_Import, as a client extension would. */
static PyObject *use_c_api(PyObject *module, PyObject *arg) {
    long v = PyLong_AsLong(arg);
    if (v == -1 && PyErr_Occurred())
        return NULL;
    module_ext_CAPI *api = (module_ext_CAPI *)PyCapsule_Import("module_ext._C_API", 0);
    if (!api)
        return NULL;
    return Py_BuildValue("(il)", api->version, api->twice(v));
}

static PyObject *import_capsule(PyObject *module, PyObject *arg) {
    const char *name = PyUnicode_AsUTF8(arg);
    if (!name)
        return NULL;
    void *p = PyCapsule_Import(name, 0);
    if (!p)
        return NULL;
    Py_RETURN_TRUE;
}

static PyObject *module_info(PyObject *module, PyObject *Py_UNUSED(ignored)) {
    PyModuleDef *def = PyModule_GetDef(module);
    PyObject *dict = PyModule_GetDict(module);   /* borrowed */
    return Py_BuildValue("(ssniN)", PyModule_GetName(module), def ? def->m_name : "?", def ? def->m_size : -1,
                         PyDict_GetItemString(dict, "VERSION") != NULL,
                         PyModule_GetNameObject(module));
}

/* ---- a small static type added with PyModule_AddType ---- */
typedef struct { PyObject_HEAD } ThingObject;
static PyTypeObject Thing_Type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "module_ext.Thing",
    .tp_basicsize = sizeof(ThingObject),
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_doc = PyDoc_STR("A thing."),
    .tp_new = PyType_GenericNew,
};

static PyMethodDef methods[] = {
    {"incr", incr, METH_NOARGS, incr_doc},
    {"register", register_, METH_VARARGS, NULL},
    {"registry", registry, METH_NOARGS, NULL},
    {"exec_order", exec_order, METH_NOARGS, NULL},
    {"fast_sum", (PyCFunction)(void (*)(void))fast_sum, METH_FASTCALL, fast_sum_doc},
    {"fast_kw", (PyCFunction)(void (*)(void))fast_kw, METH_FASTCALL | METH_KEYWORDS, NULL},
    {"fast_count", (PyCFunction)(void (*)(void))fast_count, METH_FASTCALL, NULL},
    {"make_capsule", make_capsule, METH_O, NULL},
    {"read_capsule", read_capsule, METH_VARARGS, NULL},
    {"destroyed", destroyed, METH_NOARGS, NULL},
    {"use_c_api", use_c_api, METH_O, NULL},
    {"import_capsule", import_capsule, METH_O, NULL},
    {"module_info", module_info, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL}
};

static int exec_first(PyObject *module) {
    ModuleState *st = get_state(module);
    st->exec_order[st->exec_count++] = 1;
    st->error_type = PyErr_NewException("module_ext.StateError", PyExc_ValueError, NULL);
    if (!st->error_type)
        return -1;
    st->registry = PyDict_New();
    if (!st->registry)
        return -1;
    if (PyModule_AddObjectRef(module, "StateError", st->error_type) < 0)
        return -1;
    if (PyModule_AddIntConstant(module, "VERSION", MODULE_EXT_VERSION) < 0)
        return -1;
    if (PyModule_AddStringConstant(module, "NAME", "module \xc3\xa9xt") < 0)
        return -1;
    if (PyModule_AddIntMacro(module, MODULE_EXT_VERSION) < 0)
        return -1;
    return 0;
}

static int exec_second(PyObject *module) {
    ModuleState *st = get_state(module);
    st->exec_order[st->exec_count++] = 2;
    if (PyType_Ready(&Thing_Type) < 0)
        return -1;
    if (PyModule_AddType(module, &Thing_Type) < 0)
        return -1;
    PyObject *c = PyCapsule_New(&capi, "module_ext._C_API", NULL);
    if (!c)
        return -1;
    if (PyModule_AddObject(module, "_C_API", c) < 0) {   /* steals c on success */
        Py_DECREF(c);
        return -1;
    }
    PyObject *list = Py_BuildValue("[iii]", 1, 2, 3);
    if (PyModule_AddObjectRef(module, "numbers", list) < 0) {
        Py_XDECREF(list);
        return -1;
    }
    Py_DECREF(list);
    return 0;
}

static int module_traverse(PyObject *module, visitproc visit, void *arg) {
    ModuleState *st = get_state(module);
    Py_VISIT(st->error_type);
    Py_VISIT(st->registry);
    return 0;
}

static int module_clear(PyObject *module) {
    ModuleState *st = get_state(module);
    Py_CLEAR(st->error_type);
    Py_CLEAR(st->registry);
    return 0;
}

static void module_free(void *module) {
    module_clear((PyObject *)module);
}

static PyModuleDef_Slot slots[] = {
    {Py_mod_exec, exec_first},
    {Py_mod_exec, exec_second},
    {0, NULL}
};

PyDoc_STRVAR(module_doc, "module_ext: multi-phase init, module state, FASTCALL, capsules.");

static struct PyModuleDef moduledef = {
    PyModuleDef_HEAD_INIT,
    "module_ext",
    module_doc,
    sizeof(ModuleState),
    methods,
    slots,
    module_traverse,
    module_clear,
    module_free,
};

PyMODINIT_FUNC PyInit_module_ext(void) {
    return PyModuleDef_Init(&moduledef);
}
