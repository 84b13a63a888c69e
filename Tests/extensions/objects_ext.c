/*
 * objects_ext: the concrete object layer (int, float, str, bytes, bytearray, tuple, list, dict, set),
 * written exactly as for CPython 3.11.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

/* Error state of the last conversion as a short string ("ok" or "TypeName: message"); clears it. */
static PyObject *take_error(void) {
    PyObject *t, *v, *tb;
    PyErr_Fetch(&t, &v, &tb);
    if (!t)
        return PyUnicode_FromString("ok");
    PyErr_NormalizeException(&t, &v, &tb);
    PyObject *r = PyUnicode_FromFormat("%s: %S", ((PyTypeObject *)t)->tp_name, v);
    Py_XDECREF(t); Py_XDECREF(v); Py_XDECREF(tb);
    return r;
}

/* ---- int ---- */
static PyObject *long_conversions(PyObject *self, PyObject *o) {
    PyObject *d = PyDict_New();
    if (!d)
        return NULL;
    PyObject *v;
#define PUT(KEY, EXPR) do { v = (EXPR); if (!v) { Py_DECREF(d); return NULL; } \
    if (PyDict_SetItemString(d, KEY, v) < 0) { Py_DECREF(v); Py_DECREF(d); return NULL; } Py_DECREF(v); } while (0)
    /* Each conversion: value (or -1) plus the error it raised. */
#define CONV(KEY, CTYPE, FN, BUILD) do { CTYPE r = FN(o); PyObject *e = take_error(); \
    PUT(KEY, Py_BuildValue("(" BUILD "N)", r, e)); } while (0)
    CONV("AsLong", long, PyLong_AsLong, "l");
    CONV("AsLongLong", long long, PyLong_AsLongLong, "L");
    CONV("AsSsize_t", Py_ssize_t, PyLong_AsSsize_t, "n");
    CONV("AsSize_t", size_t, PyLong_AsSize_t, "n");
    CONV("AsUnsignedLong", unsigned long, PyLong_AsUnsignedLong, "k");
    CONV("AsUnsignedLongLong", unsigned long long, PyLong_AsUnsignedLongLong, "K");
    CONV("AsUnsignedLongMask", unsigned long, PyLong_AsUnsignedLongMask, "k");
    CONV("AsUnsignedLongLongMask", unsigned long long, PyLong_AsUnsignedLongLongMask, "K");
    CONV("AsDouble", double, PyLong_AsDouble, "d");
    {
        int overflow = 99;
        long r = PyLong_AsLongAndOverflow(o, &overflow);
        PyObject *e = take_error();
        PUT("AsLongAndOverflow", Py_BuildValue("(liN)", r, overflow, e));
    }
    {
        int overflow = 99;
        long long r = PyLong_AsLongLongAndOverflow(o, &overflow);
        PyObject *e = take_error();
        PUT("AsLongLongAndOverflow", Py_BuildValue("(LiN)", r, overflow, e));
    }
    if (PyLong_Check(o)) {
        long r = PyLong_AS_LONG(o);
        PyObject *e = take_error();
        PUT("AS_LONG", Py_BuildValue("(lN)", r, e));
    }
    PUT("Check", PyBool_FromLong(PyLong_Check(o)));
    PUT("CheckExact", PyBool_FromLong(PyLong_CheckExact(o)));
    return d;
}

static PyObject *long_constructors(PyObject *self, PyObject *Py_UNUSED(ignored)) {
    char *end = NULL;
    PyObject *hex = PyLong_FromString("  0x1F  ", &end, 0);
    if (!hex)
        return NULL;
    PyObject *r = Py_BuildValue("[NNNNNNNNNsNN]",
        PyLong_FromLong(LONG_MIN),
        PyLong_FromUnsignedLong(ULONG_MAX),
        PyLong_FromLongLong(LLONG_MIN),
        PyLong_FromUnsignedLongLong(ULLONG_MAX),
        PyLong_FromSsize_t(PY_SSIZE_T_MIN),
        PyLong_FromSize_t((size_t)-1),
        PyLong_FromDouble(-1e20),
        PyLong_FromDouble(3.99),
        hex, end,
        PyLong_FromString("-1_000_000", NULL, 10),
        PyLong_FromString("zz", NULL, 36));
    return r;
}

static PyObject *long_from_string(PyObject *self, PyObject *args) {
    const char *s; int base;
    if (!PyArg_ParseTuple(args, "si", &s, &base))
        return NULL;
    return PyLong_FromString(s, NULL, base);
}

static PyObject *long_from_double(PyObject *self, PyObject *args) {
    double d;
    if (!PyArg_ParseTuple(args, "d", &d))
        return NULL;
    return PyLong_FromDouble(d);
}

/* ---- float ---- */
static PyObject *float_conversions(PyObject *self, PyObject *o) {
    double d = PyFloat_AsDouble(o);
    PyObject *e = take_error();
    PyObject *made = PyFloat_FromDouble(d * 2);
    return Py_BuildValue("(dNNi)", d, e, made, PyFloat_Check(o) ? (int)(PyFloat_AS_DOUBLE(o) == d) : -1);
}

static PyObject *float_from_string(PyObject *self, PyObject *s) {
    return PyFloat_FromString(s);
}

/* ---- str ---- */
/* (length, kind, code points read through KIND/DATA/READ, utf8 bytes via AsUTF8AndSize). */
static PyObject *unicode_inspect(PyObject *self, PyObject *s) {
    if (!PyUnicode_Check(s)) {
        PyErr_SetString(PyExc_TypeError, "unicode_inspect expects str");
        return NULL;
    }
    if (PyUnicode_READY(s) < 0)
        return NULL;
    Py_ssize_t n = PyUnicode_GET_LENGTH(s);
    int kind = PyUnicode_KIND(s);
    const void *data = PyUnicode_DATA(s);
    PyObject *cps = PyList_New(n);
    if (!cps)
        return NULL;
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        if (c != PyUnicode_READ_CHAR(s, i) || c != PyUnicode_ReadChar(s, i)) {
            Py_DECREF(cps);
            PyErr_SetString(PyExc_AssertionError, "READ, READ_CHAR and ReadChar disagree");
            return NULL;
        }
        PyList_SET_ITEM(cps, i, PyLong_FromLong((long)c));
    }
    Py_ssize_t size = -1;
    const char *utf8 = PyUnicode_AsUTF8AndSize(s, &size);
    if (!utf8) {
        Py_DECREF(cps);
        return NULL;
    }
    const char *again = PyUnicode_AsUTF8(s);
    if (again != utf8 || strlen(utf8) > (size_t)size) {
        Py_DECREF(cps);
        PyErr_SetString(PyExc_AssertionError, "AsUTF8 is not cached or not NUL-terminated");
        return NULL;
    }
    return Py_BuildValue("(niNy#nnN)", n, kind, cps, utf8, size, size, PyUnicode_GetLength(s),
                         PyBool_FromLong(PyUnicode_IS_ASCII(s)));
}

/* Builds a str of the given code points with PyUnicode_New + PyUnicode_WRITE, honouring the kind we get. */
static PyObject *unicode_build(PyObject *self, PyObject *seq) {
    PyObject *fast = PySequence_Fast(seq, "unicode_build expects a sequence");
    if (!fast)
        return NULL;
    Py_ssize_t n = PySequence_Fast_GET_SIZE(fast);
    Py_UCS4 maxchar = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        long c = PyLong_AsLong(PySequence_Fast_GET_ITEM(fast, i));
        if (c == -1 && PyErr_Occurred()) {
            Py_DECREF(fast);
            return NULL;
        }
        if ((Py_UCS4)c > maxchar)
            maxchar = (Py_UCS4)c;
    }
    PyObject *u = PyUnicode_New(n, maxchar);
    if (!u) {
        Py_DECREF(fast);
        return NULL;
    }
    int kind = PyUnicode_KIND(u);
    void *data = PyUnicode_DATA(u);
    for (Py_ssize_t i = 0; i < n; i++)
        PyUnicode_WRITE(kind, data, i, (Py_UCS4)PyLong_AsLong(PySequence_Fast_GET_ITEM(fast, i)));
    Py_DECREF(fast);
    return u;
}

static PyObject *unicode_from_kind(PyObject *self, PyObject *Py_UNUSED(ignored)) {
    Py_UCS1 one[] = {'h', 0xe9, '!'};
    Py_UCS2 two[] = {0x20ac, 'x'};
    Py_UCS4 four[] = {0x1f600, 'y', 0xe9};
    return Py_BuildValue("(NNN)",
        PyUnicode_FromKindAndData(PyUnicode_1BYTE_KIND, one, 3),
        PyUnicode_FromKindAndData(PyUnicode_2BYTE_KIND, two, 2),
        PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, four, 3));
}

static PyObject *unicode_format(PyObject *self, PyObject *args) {
    PyObject *obj; const char *s;
    if (!PyArg_ParseTuple(args, "Os", &obj, &s))
        return NULL;
    return PyUnicode_FromFormat(
        "d=%d i=%i u=%u ld=%ld li=%li lu=%lu lld=%lld llu=%llu zd=%zd zu=%zu x=%x c=%c s=%s "
        "U=%U V=%V V2=%V S=%S R=%R A=%A pct=%% pad=%05d prec=%.3s w=%5d",
        -7, 42, 4000000000U, -9000000000L, 12L, 18000000000000000000UL, -1LL, 2ULL,
        (Py_ssize_t)-5, (size_t)5, 255, 0x20ac, s,
        obj, obj, "unused", (PyObject *)NULL, "from V", obj, obj, obj, 42, "abcdef", 12);
}

static PyObject *unicode_decode(PyObject *self, PyObject *args) {
    const char *data; Py_ssize_t len; const char *errors;
    if (!PyArg_ParseTuple(args, "y#z", &data, &len, &errors))
        return NULL;
    return PyUnicode_DecodeUTF8(data, len, errors);
}

static PyObject *unicode_ops(PyObject *self, PyObject *args) {
    PyObject *a, *b;
    if (!PyArg_ParseTuple(args, "UU", &a, &b))
        return NULL;
    PyObject *sep = PyUnicode_FromString(",");
    PyObject *parts = PyUnicode_Split(a, sep, -1);
    PyObject *joined = parts ? PyUnicode_Join(b, parts) : NULL;
    PyObject *r = Py_BuildValue("{s:N,s:i,s:i,s:i,s:N,s:N,s:N,s:n,s:n,s:N,s:i,s:N,s:N}",
        "concat", PyUnicode_Concat(a, b),
        "compare", PyUnicode_Compare(a, b),
        "compare_ascii", PyUnicode_CompareWithASCIIString(a, "abc"),
        "contains", PyUnicode_Contains(a, b),
        "split", parts,
        "join", joined,
        "substring", PyUnicode_Substring(a, 1, 3),
        "find", PyUnicode_Find(a, b, 0, PY_SSIZE_T_MAX, 1),
        "rfind", PyUnicode_Find(a, b, 0, PY_SSIZE_T_MAX, -1),
        "replace", PyUnicode_Replace(a, b, sep, -1),
        "eq_rich", PyObject_RichCompareBool(a, b, Py_EQ),
        "tail", PyUnicode_FromStringAndSize("abcdef" + 2, 3),
        "interned", PyUnicode_InternFromString("interned!"));
    Py_DECREF(sep);
    return r;
}

static PyObject *unicode_to_utf8(PyObject *self, PyObject *s) {
    Py_ssize_t size;
    const char *p = PyUnicode_AsUTF8AndSize(s, &size);
    if (!p)
        return NULL;
    return PyBytes_FromStringAndSize(p, size);
}

static PyObject *unicode_encode(PyObject *self, PyObject *s) {
    return Py_BuildValue("(NN)", PyUnicode_AsUTF8String(s), PyUnicode_AsEncodedString(s, "latin-1", "replace"));
}

/* ---- bytes / bytearray ---- */
static PyObject *bytes_ops(PyObject *self, PyObject *Py_UNUSED(ignored)) {
    PyObject *b = PyBytes_FromStringAndSize("ab\0cd", 5);
    if (!b)
        return NULL;
    char *buf; Py_ssize_t len;
    if (PyBytes_AsStringAndSize(b, &buf, &len) < 0)
        return NULL;
    PyObject *cat = PyBytes_FromString("xy");
    PyBytes_Concat(&cat, b);                  /* cat = b"xyab\0cd" */
    PyObject *resized = PyBytes_FromStringAndSize(NULL, 10);
    memset(PyBytes_AS_STRING(resized), 'z', 10);
    if (_PyBytes_Resize(&resized, 4) < 0)
        return NULL;
    PyObject *r = Py_BuildValue("(OnnNNNNN)", b, PyBytes_Size(b), len,
        PyLong_FromLong(buf[3]), cat, resized,
        PyBytes_FromFormat("%d-%s-%c", 12, "str", 'Q'),
        PyBytes_FromObject(b));
    Py_DECREF(b);
    return r;
}

/* Requires a NUL-free bytes when len is NULL: the embedded-NUL ValueError. */
static PyObject *bytes_as_c_string(PyObject *self, PyObject *o) {
    char *buf;
    if (PyBytes_AsStringAndSize(o, &buf, NULL) < 0)
        return NULL;
    return PyUnicode_FromString(buf);
}

static PyObject *bytearray_ops(PyObject *self, PyObject *Py_UNUSED(ignored)) {
    PyObject *ba = PyByteArray_FromStringAndSize("hello", 5);
    if (!ba)
        return NULL;
    if (PyByteArray_Resize(ba, 8) < 0)
        return NULL;
    memcpy(PyByteArray_AsString(ba) + 5, "!!!", 3);
    PyByteArray_AS_STRING(ba)[0] = 'H';
    PyObject *other = PyBytes_FromString("+more");
    PyObject *cat = PyByteArray_Concat(ba, other);
    Py_DECREF(other);
    PyObject *r = Py_BuildValue("(OnnNN)", ba, PyByteArray_Size(ba), PyByteArray_GET_SIZE(ba), cat,
                                PyByteArray_FromObject(ba));
    Py_DECREF(ba);
    return r;
}

/* ---- tuple / list ---- */
static PyObject *tuple_ops(PyObject *self, PyObject *Py_UNUSED(ignored)) {
    PyObject *t = PyTuple_New(3);
    if (!t)
        return NULL;
    PyTuple_SET_ITEM(t, 0, PyLong_FromLong(1));
    PyTuple_SET_ITEM(t, 1, PyUnicode_FromString("two"));
    if (PyTuple_SetItem(t, 2, PyFloat_FromDouble(3.0)) < 0)
        return NULL;
    PyObject *got = PyTuple_GetItem(t, 1);  /* borrowed */
    PyObject *bad = PyTuple_GetItem(t, 3);
    PyObject *err = take_error();
    (void)bad;
    PyObject *r = Py_BuildValue("(OnOONNN)", t, PyTuple_Size(t), got, PyTuple_GET_ITEM(t, 0), err,
                                PyTuple_GetSlice(t, 1, 10), PyTuple_Pack(2, got, Py_None));
    Py_DECREF(t);
    return r;
}

static PyObject *list_ops(PyObject *self, PyObject *Py_UNUSED(ignored)) {
    PyObject *l = PyList_New(0);
    if (!l)
        return NULL;
    for (int i = 0; i < 5; i++) {
        PyObject *v = PyLong_FromLong((i * 7) % 5);
        PyList_Append(l, v);
        Py_DECREF(v);
    }
    PyObject *front = PyUnicode_FromString("front");
    PyList_Insert(l, 0, front);
    Py_DECREF(front);
    PyObject *snapshot = PyList_GetSlice(l, 0, PY_SSIZE_T_MAX);
    PyList_SetItem(l, 0, PyLong_FromLong(9));   /* steals */
    PyObject *e1 = NULL;
    if (PyList_SetItem(l, 99, PyLong_FromLong(0)) < 0)
        e1 = take_error();
    PyObject *bad = PyList_GetItem(l, -1);
    PyObject *e2 = take_error();
    (void)bad;
    PyList_Sort(l);
    PyObject *sorted = PyList_AsTuple(l);
    PyList_Reverse(l);
    PyObject *repl = Py_BuildValue("[ss]", "a", "b");
    PyList_SetSlice(l, 1, 3, repl);
    Py_DECREF(repl);
    PyList_SetSlice(l, 0, 1, NULL);
    PyList_SET_ITEM(l, 0, (Py_DECREF(PyList_GET_ITEM(l, 0)), PyUnicode_FromString("first")));
    PyObject *r = Py_BuildValue("(NNNOnN)", snapshot, e1 ? e1 : PyUnicode_FromString("no error"), e2, l,
                                PyList_Size(l), sorted);
    Py_DECREF(l);
    return r;
}

/* ---- dict ---- */
static PyObject *dict_ops(PyObject *self, PyObject *Py_UNUSED(ignored)) {
    PyObject *d = PyDict_New();
    if (!d)
        return NULL;
    for (int i = 0; i < 4; i++) {
        PyObject *k = PyUnicode_FromFormat("k%d", i);
        PyObject *v = PyLong_FromLong(i * i);
        PyDict_SetItem(d, k, v);
        Py_DECREF(k); Py_DECREF(v);
    }
    PyObject *one = PyLong_FromLong(1);
    PyDict_SetItemString(d, "extra", one);
    PyDict_DelItemString(d, "k0");
    PyObject *out = PyList_New(0);
    /* PyDict_Next yields borrowed references in insertion order. */
    Py_ssize_t pos = 0;
    PyObject *key, *value;
    while (PyDict_Next(d, &pos, &key, &value)) {
        PyObject *pair = PyTuple_Pack(2, key, value);
        PyList_Append(out, pair);
        Py_DECREF(pair);
    }
    PyObject *missing = PyDict_GetItemString(d, "nope");        /* NULL, no error */
    PyObject *unhashable = PyList_New(0);
    PyObject *withErr = PyDict_GetItemWithError(d, unhashable);
    PyObject *e1 = take_error();
    PyObject *swallowed = PyDict_GetItem(d, unhashable);      /* NULL, error swallowed */
    int occurred = PyErr_Occurred() != NULL;
    int del = PyDict_DelItem(d, one);                          /* KeyError */
    PyObject *e2 = take_error();
    PyObject *dflt = PyUnicode_FromString("default");
    PyObject *sd = PyDict_SetDefault(d, one, dflt);           /* borrowed */
    PyObject *copy = PyDict_Copy(d);
    PyObject *upd = Py_BuildValue("{s:i}", "k1", 100);
    PyDict_Update(copy, upd);
    PyObject *merged = PyDict_New();
    PyDict_Merge(merged, upd, 1);
    PyObject *seq = Py_BuildValue("[(si)(si)]", "k1", -1, "new", 5);
    PyDict_MergeFromSeq2(merged, seq, 0);
    PyObject *r = Py_BuildValue("(NOiNiiNONNNnNiNN)",
        out, missing ? missing : Py_None, withErr != NULL, e1, swallowed != NULL, occurred, e2, sd,
        PyDict_Keys(d), PyDict_Values(d), PyDict_Items(d), PyDict_Size(d), copy,
        PyDict_Contains(d, one), merged, PyLong_FromLong(del));
    Py_DECREF(one); Py_DECREF(unhashable); Py_DECREF(dflt); Py_DECREF(upd); Py_DECREF(seq);
    PyDict_Clear(d);
    PyObject *r2 = Py_BuildValue("(Nn)", r, PyDict_GET_SIZE(d));
    Py_DECREF(d);
    return r2;
}

/* Sums a dict's int values with PyDict_Next; any key type. */
static PyObject *dict_sum(PyObject *self, PyObject *d) {
    if (!PyDict_Check(d)) {
        PyErr_Format(PyExc_TypeError, "expected dict, got %.200s", Py_TYPE(d)->tp_name);
        return NULL;
    }
    Py_ssize_t pos = 0;
    PyObject *k, *v;
    long total = 0;
    while (PyDict_Next(d, &pos, &k, &v)) {
        long x = PyLong_AsLong(v);
        if (x == -1 && PyErr_Occurred())
            return NULL;
        total += x;
    }
    return PyLong_FromLong(total);
}

/* ---- set ---- */
static PyObject *set_ops(PyObject *self, PyObject *iterable) {
    PyObject *s = PySet_New(iterable);
    if (!s)
        return NULL;
    PyObject *x = PyUnicode_FromString("x");
    PySet_Add(s, x);
    PySet_Add(s, x);
    PyObject *lst = PyList_New(0);
    int addBad = PySet_Add(s, lst);
    PyObject *e1 = take_error();
    int has = PySet_Contains(s, x);
    int discarded = PySet_Discard(s, x);
    int discardedAgain = PySet_Discard(s, x);
    Py_ssize_t size = PySet_Size(s);
    PyObject *fs = PyFrozenSet_New(s);
    PyObject *sorted = PySequence_List(s);
    if (sorted)
        PyList_Sort(sorted);
    PyObject *empty = PySet_New(NULL);
    PyObject *popped = PySet_Pop(empty);
    PyObject *e2 = take_error();
    (void)popped;
    PyObject *r = Py_BuildValue("(iNiiinNiiN)", addBad, e1, has, discarded, discardedAgain, size,
                                sorted, PyFrozenSet_CheckExact(fs), PyAnySet_Check(s), e2);
    Py_DECREF(x); Py_DECREF(lst); Py_DECREF(fs); Py_DECREF(empty);
    PySet_Clear(s);
    PyObject *r2 = Py_BuildValue("(Nn)", r, PySet_GET_SIZE(s));
    Py_DECREF(s);
    return r2;
}

static PyObject *bool_from_long(PyObject *self, PyObject *args) {
    long v;
    if (!PyArg_ParseTuple(args, "l", &v))
        return NULL;
    return PyBool_FromLong(v);
}

static PyMethodDef methods[] = {
    {"long_conversions", long_conversions, METH_O, NULL},
    {"long_constructors", long_constructors, METH_NOARGS, NULL},
    {"long_from_string", long_from_string, METH_VARARGS, NULL},
    {"long_from_double", long_from_double, METH_VARARGS, NULL},
    {"float_conversions", float_conversions, METH_O, NULL},
    {"float_from_string", float_from_string, METH_O, NULL},
    {"unicode_inspect", unicode_inspect, METH_O, NULL},
    {"unicode_build", unicode_build, METH_O, NULL},
    {"unicode_from_kind", unicode_from_kind, METH_NOARGS, NULL},
    {"unicode_format", unicode_format, METH_VARARGS, NULL},
    {"unicode_decode", unicode_decode, METH_VARARGS, NULL},
    {"unicode_ops", unicode_ops, METH_VARARGS, NULL},
    {"unicode_to_utf8", unicode_to_utf8, METH_O, NULL},
    {"unicode_encode", unicode_encode, METH_O, NULL},
    {"bytes_ops", bytes_ops, METH_NOARGS, NULL},
    {"bytes_as_c_string", bytes_as_c_string, METH_O, NULL},
    {"bytearray_ops", bytearray_ops, METH_NOARGS, NULL},
    {"tuple_ops", tuple_ops, METH_NOARGS, NULL},
    {"list_ops", list_ops, METH_NOARGS, NULL},
    {"dict_ops", dict_ops, METH_NOARGS, NULL},
    {"dict_sum", dict_sum, METH_O, NULL},
    {"set_ops", set_ops, METH_O, NULL},
    {"bool_from_long", bool_from_long, METH_VARARGS, NULL},
    {NULL, NULL, 0, NULL}
};

static struct PyModuleDef moduledef = {
    PyModuleDef_HEAD_INIT, "objects_ext", NULL, -1, methods,
};

PyMODINIT_FUNC PyInit_objects_ext(void) {
    return PyModule_Create(&moduledef);
}
