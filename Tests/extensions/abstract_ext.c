/*
 * abstract_ext: the abstract object layer (attributes, calls, comparison, hashing, items, iteration,
 * number/sequence/mapping protocols, isinstance/issubclass, imports), written exactly as for CPython 3.11.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

static PyObject *getattr_(PyObject *self, PyObject *args) {
    PyObject *o, *name;
    if (!PyArg_ParseTuple(args, "OO", &o, &name))
        return NULL;
    return PyObject_GetAttr(o, name);
}

static PyObject *getattr_string(PyObject *self, PyObject *args) {
    PyObject *o; const char *name;
    if (!PyArg_ParseTuple(args, "Os", &o, &name))
        return NULL;
    PyObject *v = PyObject_GetAttrString(o, name);
    if (!v)
        return NULL;
    return Py_BuildValue("(Ni)", v, PyObject_HasAttrString(o, name));
}

static PyObject *setattr_(PyObject *self, PyObject *args) {
    PyObject *o, *name, *value = NULL;
    if (!PyArg_ParseTuple(args, "OO|O", &o, &name, &value))
        return NULL;
    /* value omitted: delete */
    int r = value ? PyObject_SetAttr(o, name, value) : PyObject_DelAttr(o, name);
    if (r < 0)
        return NULL;
    return PyBool_FromLong(PyObject_HasAttr(o, name));
}

static PyObject *setattr_string(PyObject *self, PyObject *args) {
    PyObject *o, *value; const char *name;
    if (!PyArg_ParseTuple(args, "OsO", &o, &name, &value))
        return NULL;
    if (PyObject_SetAttrString(o, name, value) < 0)
        return NULL;
    Py_RETURN_NONE;
}

/* call(f, args_tuple, kwargs_or_None) through PyObject_Call, Vectorcall, VectorcallDict, CallObject. */
static PyObject *call_all_ways(PyObject *self, PyObject *args) {
    PyObject *f, *pargs, *kwargs;
    if (!PyArg_ParseTuple(args, "OO!O", &f, &PyTuple_Type, &pargs, &kwargs))
        return NULL;
    if (kwargs == Py_None)
        kwargs = NULL;
    PyObject *a = PyObject_Call(f, pargs, kwargs);
    if (!a)
        return NULL;
    /* Vectorcall with keyword names: positional then keyword values in one array. */
    Py_ssize_t npos = PyTuple_GET_SIZE(pargs);
    Py_ssize_t nkw = kwargs ? PyDict_GET_SIZE(kwargs) : 0;
    PyObject **stack = PyMem_Malloc(sizeof(PyObject *) * (size_t)(npos + nkw + 1));
    if (!stack) {
        Py_DECREF(a);
        return PyErr_NoMemory();
    }
    stack[0] = NULL;   /* scratch slot allowed by PY_VECTORCALL_ARGUMENTS_OFFSET */
    for (Py_ssize_t i = 0; i < npos; i++)
        stack[1 + i] = PyTuple_GET_ITEM(pargs, i);
    PyObject *kwnames = NULL;
    if (nkw) {
        kwnames = PyTuple_New(nkw);
        Py_ssize_t pos = 0, i = 0;
        PyObject *k, *v;
        while (PyDict_Next(kwargs, &pos, &k, &v)) {
            PyTuple_SET_ITEM(kwnames, i, Py_NewRef(k));
            stack[1 + npos + i] = v;
            i++;
        }
    }
    PyObject *b = PyObject_Vectorcall(f, stack + 1, (size_t)npos | PY_VECTORCALL_ARGUMENTS_OFFSET, kwnames);
    Py_XDECREF(kwnames);
    PyObject *c = b ? PyObject_VectorcallDict(f, stack + 1, (size_t)npos, kwargs) : NULL;
    PyMem_Free(stack);
    PyObject *d = (c && !kwargs) ? PyObject_CallObject(f, pargs) : (c ? Py_NewRef(Py_None) : NULL);
    if (!d) {
        Py_DECREF(a); Py_XDECREF(b); Py_XDECREF(c);
        return NULL;
    }
    return Py_BuildValue("(NNNN)", a, b, c, d);
}

static PyObject *call_helpers(PyObject *self, PyObject *f) {
    PyObject *one = PyLong_FromLong(1), *two = PyLong_FromLong(2);
    PyObject *r = Py_BuildValue("(NNNNNN)",
        PyObject_CallNoArgs(f),
        PyObject_CallOneArg(f, one),
        PyObject_CallFunctionObjArgs(f, one, two, NULL),
        PyObject_CallFunction(f, "is", 7, "seven"),
        PyObject_CallFunction(f, "(ii)", 8, 9),
        PyObject_CallFunction(f, NULL));
    Py_DECREF(one); Py_DECREF(two);
    return r;
}

static PyObject *call_methods(PyObject *self, PyObject *o) {
    PyObject *name = PyUnicode_FromString("method");
    PyObject *arg = PyUnicode_FromString("arg");
    PyObject *stack[2] = {o, arg};
    PyObject *r = Py_BuildValue("(NNNNN)",
        PyObject_CallMethod(o, "method", "si", "x", 3),
        PyObject_CallMethodObjArgs(o, name, arg, NULL),
        PyObject_CallMethodNoArgs(o, name),
        PyObject_CallMethodOneArg(o, name, arg),
        PyObject_VectorcallMethod(name, stack, 2 | PY_VECTORCALL_ARGUMENTS_OFFSET, NULL));
    Py_DECREF(name); Py_DECREF(arg);
    return r;
}

static PyObject *call_method_missing(PyObject *self, PyObject *o) {
    return PyObject_CallMethod(o, "no_such_method", NULL);
}

static PyObject *richcompare(PyObject *self, PyObject *args) {
    PyObject *a, *b;
    if (!PyArg_ParseTuple(args, "OO", &a, &b))
        return NULL;
    static const int ops[] = {Py_LT, Py_LE, Py_EQ, Py_NE, Py_GT, Py_GE};
    PyObject *out = PyList_New(0);
    for (int i = 0; i < 6; i++) {
        PyObject *r = PyObject_RichCompare(a, b, ops[i]);
        if (!r) {
            Py_DECREF(out);
            return NULL;
        }
        int t = PyObject_RichCompareBool(a, b, ops[i]);
        PyObject *pair = Py_BuildValue("(Ni)", r, t);
        PyList_Append(out, pair);
        Py_DECREF(pair);
    }
    return out;
}

static PyObject *hash_(PyObject *self, PyObject *o) {
    Py_hash_t h = PyObject_Hash(o);
    if (h == -1)
        return NULL;
    return PyLong_FromSsize_t(h);
}

static PyObject *truth(PyObject *self, PyObject *o) {
    int t = PyObject_IsTrue(o);
    if (t < 0)
        return NULL;
    return Py_BuildValue("(ii)", t, PyObject_Not(o));
}

static PyObject *strings(PyObject *self, PyObject *o) {
    return Py_BuildValue("(NNNN)", PyObject_Repr(o), PyObject_Str(o), PyObject_ASCII(o),
                         PyObject_Type(o));
}

static PyObject *items(PyObject *self, PyObject *args) {
    PyObject *o, *key, *value = NULL;
    if (!PyArg_ParseTuple(args, "OO|O", &o, &key, &value))
        return NULL;
    if (value) {
        if (PyObject_SetItem(o, key, value) < 0)
            return NULL;
        return PyObject_GetItem(o, key);
    }
    return PyObject_GetItem(o, key);
}

static PyObject *delitem(PyObject *self, PyObject *args) {
    PyObject *o, *key;
    if (!PyArg_ParseTuple(args, "OO", &o, &key))
        return NULL;
    if (PyObject_DelItem(o, key) < 0)
        return NULL;
    return PyLong_FromSsize_t(PyObject_Size(o));
}

/* Collects an iterable through PyObject_GetIter / PyIter_Next; an error mid-way propagates. */
static PyObject *iterate(PyObject *self, PyObject *o) {
    PyObject *it = PyObject_GetIter(o);
    if (!it)
        return NULL;
    int isIter = PyIter_Check(it);
    PyObject *out = PyList_New(0);
    PyObject *item;
    while ((item = PyIter_Next(it)) != NULL) {
        PyList_Append(out, item);
        Py_DECREF(item);
    }
    Py_DECREF(it);
    if (PyErr_Occurred()) {
        Py_DECREF(out);
        return NULL;
    }
    return Py_BuildValue("(Ni)", out, isIter);
}

static PyObject *length(PyObject *self, PyObject *o) {
    Py_ssize_t n = PyObject_Length(o);
    if (n < 0)
        return NULL;
    return PyLong_FromSsize_t(n);
}

/* Every binary number operation of (a, b); failures recorded as the exception's type name. */
static PyObject *number_binary(PyObject *self, PyObject *args) {
    PyObject *a, *b;
    if (!PyArg_ParseTuple(args, "OO", &a, &b))
        return NULL;
    static const char *names[] = {"add", "sub", "mul", "floordiv", "truediv", "mod", "divmod", "pow",
                                  "lshift", "rshift", "and", "xor", "or", "matmul"};
    binaryfunc fns[] = {PyNumber_Add, PyNumber_Subtract, PyNumber_Multiply, PyNumber_FloorDivide,
                        PyNumber_TrueDivide, PyNumber_Remainder, PyNumber_Divmod, NULL,
                        PyNumber_Lshift, PyNumber_Rshift, PyNumber_And, PyNumber_Xor, PyNumber_Or,
                        PyNumber_MatrixMultiply};
    PyObject *out = PyList_New(0);
    for (int i = 0; i < 14; i++) {
        PyObject *r = fns[i] ? fns[i](a, b) : PyNumber_Power(a, b, Py_None);
        if (!r) {
            PyObject *t, *v, *tb;
            PyErr_Fetch(&t, &v, &tb);
            PyErr_NormalizeException(&t, &v, &tb);
            r = PyUnicode_FromFormat("%s: %S", ((PyTypeObject *)t)->tp_name, v);
            Py_XDECREF(t); Py_XDECREF(v); Py_XDECREF(tb);
        }
        PyObject *pair = Py_BuildValue("(sN)", names[i], r);
        PyList_Append(out, pair);
        Py_DECREF(pair);
    }
    return out;
}

/* Unary operations in order; the first failure propagates. */
static PyObject *number_unary(PyObject *self, PyObject *a) {
    unaryfunc fns[] = {PyNumber_Negative, PyNumber_Positive, PyNumber_Absolute, PyNumber_Invert,
                       PyNumber_Long, PyNumber_Float};
    PyObject *out = PyTuple_New(7);
    if (!out)
        return NULL;
    for (int i = 0; i < 6; i++) {
        PyObject *r = fns[i](a);
        if (!r) {
            Py_DECREF(out);
            return NULL;
        }
        PyTuple_SET_ITEM(out, i, r);
    }
    PyTuple_SET_ITEM(out, 6, PyBool_FromLong(PyNumber_Check(a)));
    return out;
}

/* a += b; then result *= c. */
static PyObject *number_inplace(PyObject *self, PyObject *args) {
    PyObject *a, *b, *c;
    if (!PyArg_ParseTuple(args, "OOO", &a, &b, &c))
        return NULL;
    PyObject *r1 = PyNumber_InPlaceAdd(a, b);
    if (!r1)
        return NULL;
    PyObject *r2 = PyNumber_InPlaceMultiply(r1, c);
    if (!r2) {
        Py_DECREF(r1);
        return NULL;
    }
    PyObject *r = Py_BuildValue("(OOi)", r1, r2, r1 == a);
    Py_DECREF(r1); Py_DECREF(r2);
    return r;
}

static PyObject *number_power_mod(PyObject *self, PyObject *args) {
    PyObject *a, *b, *c;
    if (!PyArg_ParseTuple(args, "OOO", &a, &b, &c))
        return NULL;
    return PyNumber_Power(a, b, c);
}

static PyObject *index_ops(PyObject *self, PyObject *o) {
    int isIndex = PyIndex_Check(o);
    PyObject *idx = PyNumber_Index(o);
    if (!idx)
        return NULL;
    Py_ssize_t clamped = PyNumber_AsSsize_t(o, NULL);
    Py_ssize_t strict = PyNumber_AsSsize_t(o, PyExc_OverflowError);
    if (strict == -1 && PyErr_Occurred()) {
        PyErr_Clear();
        return Py_BuildValue("(iNns)", isIndex, idx, clamped, "overflow");
    }
    return Py_BuildValue("(iNnn)", isIndex, idx, clamped, strict);
}

static PyObject *to_base(PyObject *self, PyObject *args) {
    PyObject *n; int base;
    if (!PyArg_ParseTuple(args, "Oi", &n, &base))
        return NULL;
    return PyNumber_ToBase(n, base);
}

static PyObject *sequence_ops(PyObject *self, PyObject *seq) {
    if (!PySequence_Check(seq)) {
        PyErr_SetString(PyExc_TypeError, "not a sequence");
        return NULL;
    }
    PyObject *first = PySequence_GetItem(seq, 0);
    PyObject *last = first ? PySequence_GetItem(seq, -1) : NULL;
    if (!last) {
        Py_XDECREF(first);
        return NULL;
    }
    PyObject *r = Py_BuildValue("{s:n,s:N,s:N,s:N,s:N,s:N,s:N,s:n,s:i,s:n,s:N}",
        "size", PySequence_Size(seq),
        "first", first,
        "last", last,
        "slice", PySequence_GetSlice(seq, 1, 3),
        "tuple", PySequence_Tuple(seq),
        "list", PySequence_List(seq),
        "concat", PySequence_Concat(seq, seq),
        "count", PySequence_Count(seq, first),
        "contains", PySequence_Contains(seq, last),
        "index", PySequence_Index(seq, last),
        "repeat", PySequence_Repeat(seq, 2));
    return r;
}

static PyObject *sequence_fast_sum(PyObject *self, PyObject *o) {
    PyObject *fast = PySequence_Fast(o, "sequence_fast_sum needs an iterable");
    if (!fast)
        return NULL;
    Py_ssize_t n = PySequence_Fast_GET_SIZE(fast);
    PyObject **items = PySequence_Fast_ITEMS(fast);
    double total = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        double d = PyFloat_AsDouble(items[i]);
        if (d == -1.0 && PyErr_Occurred()) {
            Py_DECREF(fast);
            return NULL;
        }
        total += d;
    }
    Py_DECREF(fast);
    return PyFloat_FromDouble(total);
}

static PyObject *sequence_mutate(PyObject *self, PyObject *lst) {
    PyObject *v = PyUnicode_FromString("set");
    if (PySequence_SetItem(lst, 0, v) < 0) {
        Py_DECREF(v);
        return NULL;
    }
    Py_DECREF(v);
    if (PySequence_DelItem(lst, -1) < 0)
        return NULL;
    PyObject *repl = Py_BuildValue("(ii)", 7, 8);
    int r = PySequence_SetSlice(lst, 1, 2, repl);
    Py_DECREF(repl);
    if (r < 0)
        return NULL;
    if (PySequence_DelSlice(lst, 0, 1) < 0)
        return NULL;
    PyObject *again = PySequence_InPlaceConcat(lst, lst);
    if (!again)
        return NULL;
    Py_DECREF(again);
    return Py_NewRef(lst);
}

static PyObject *mapping_ops(PyObject *self, PyObject *m) {
    if (!PyMapping_Check(m)) {
        PyErr_SetString(PyExc_TypeError, "not a mapping");
        return NULL;
    }
    PyObject *v = PyLong_FromLong(99);
    if (PyMapping_SetItemString(m, "added", v) < 0) {
        Py_DECREF(v);
        return NULL;
    }
    Py_DECREF(v);
    PyObject *got = PyMapping_GetItemString(m, "added");
    if (!got)
        return NULL;
    PyObject *key = PyUnicode_FromString("added");
    int hk = PyMapping_HasKey(m, key);
    Py_DECREF(key);
    PyObject *r = Py_BuildValue("{s:n,s:N,s:N,s:N,s:N,s:i,s:i,s:i}",
        "size", PyMapping_Size(m),
        "keys", PyMapping_Keys(m),
        "values", PyMapping_Values(m),
        "items", PyMapping_Items(m),
        "got", got,
        "haskey", hk,
        "haskeystring", PyMapping_HasKeyString(m, "added"),
        "missing", PyMapping_HasKeyString(m, "missing"));
    if (PyMapping_DelItemString(m, "added") < 0) {
        Py_XDECREF(r);
        return NULL;
    }
    return r;
}

static PyObject *mapping_get_missing(PyObject *self, PyObject *m) {
    return PyMapping_GetItemString(m, "missing");
}

static PyObject *isinstance_(PyObject *self, PyObject *args) {
    PyObject *o, *cls;
    if (!PyArg_ParseTuple(args, "OO", &o, &cls))
        return NULL;
    int r = PyObject_IsInstance(o, cls);
    if (r < 0)
        return NULL;
    return PyBool_FromLong(r);
}

static PyObject *issubclass_(PyObject *self, PyObject *args) {
    PyObject *o, *cls;
    if (!PyArg_ParseTuple(args, "OO", &o, &cls))
        return NULL;
    int r = PyObject_IsSubclass(o, cls);
    if (r < 0)
        return NULL;
    return PyBool_FromLong(r);
}

static PyObject *type_checks(PyObject *self, PyObject *o) {
    return Py_BuildValue("(iiiiii)", PyCallable_Check(o), PyType_Check(o), PyObject_TypeCheck(o, &PyLong_Type),
                         PyIter_Check(o), PySequence_Check(o), PyMapping_Check(o));
}

static PyObject *import_(PyObject *self, PyObject *args) {
    const char *name; const char *attr;
    if (!PyArg_ParseTuple(args, "ss", &name, &attr))
        return NULL;
    PyObject *mod = PyImport_ImportModule(name);
    if (!mod)
        return NULL;
    PyObject *v = PyObject_GetAttrString(mod, attr);
    Py_DECREF(mod);
    return v;
}

static PyObject *import_object(PyObject *self, PyObject *name) {
    PyObject *mod = PyImport_Import(name);
    if (!mod)
        return NULL;
    PyObject *n = PyObject_GetAttrString(mod, "__name__");
    Py_DECREF(mod);
    return n;
}

static PyObject *dir_(PyObject *self, PyObject *o) {
    return PyObject_Dir(o);
}

static PyObject *format_(PyObject *self, PyObject *args) {
    PyObject *o, *spec;
    if (!PyArg_ParseTuple(args, "OU", &o, &spec))
        return NULL;
    return PyObject_Format(o, spec);
}

static PyMethodDef methods[] = {
    {"getattr", getattr_, METH_VARARGS, NULL},
    {"getattr_string", getattr_string, METH_VARARGS, NULL},
    {"setattr", setattr_, METH_VARARGS, NULL},
    {"setattr_string", setattr_string, METH_VARARGS, NULL},
    {"call_all_ways", call_all_ways, METH_VARARGS, NULL},
    {"call_helpers", call_helpers, METH_O, NULL},
    {"call_methods", call_methods, METH_O, NULL},
    {"call_method_missing", call_method_missing, METH_O, NULL},
    {"richcompare", richcompare, METH_VARARGS, NULL},
    {"hash", hash_, METH_O, NULL},
    {"truth", truth, METH_O, NULL},
    {"strings", strings, METH_O, NULL},
    {"items", items, METH_VARARGS, NULL},
    {"delitem", delitem, METH_VARARGS, NULL},
    {"iterate", iterate, METH_O, NULL},
    {"length", length, METH_O, NULL},
    {"number_binary", number_binary, METH_VARARGS, NULL},
    {"number_unary", number_unary, METH_O, NULL},
    {"number_inplace", number_inplace, METH_VARARGS, NULL},
    {"number_power_mod", number_power_mod, METH_VARARGS, NULL},
    {"index_ops", index_ops, METH_O, NULL},
    {"to_base", to_base, METH_VARARGS, NULL},
    {"sequence_ops", sequence_ops, METH_O, NULL},
    {"sequence_fast_sum", sequence_fast_sum, METH_O, NULL},
    {"sequence_mutate", sequence_mutate, METH_O, NULL},
    {"mapping_ops", mapping_ops, METH_O, NULL},
    {"mapping_get_missing", mapping_get_missing, METH_O, NULL},
    {"isinstance", isinstance_, METH_VARARGS, NULL},
    {"issubclass", issubclass_, METH_VARARGS, NULL},
    {"type_checks", type_checks, METH_O, NULL},
    {"import_", import_, METH_VARARGS, NULL},
    {"import_object", import_object, METH_O, NULL},
    {"dir", dir_, METH_O, NULL},
    {"format", format_, METH_VARARGS, NULL},
    {NULL, NULL, 0, NULL}
};

static struct PyModuleDef moduledef = {
    PyModuleDef_HEAD_INIT, "abstract_ext", NULL, -1, methods,
};

PyMODINIT_FUNC PyInit_abstract_ext(void) {
    return PyModule_Create(&moduledef);
}
