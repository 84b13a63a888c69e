/*
 * argparse_ext: PyArg_ParseTuple / PyArg_ParseTupleAndKeywords / PyArg_UnpackTuple format units
 * and Py_BuildValue, written exactly as for CPython 3.11.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

/* b h i l n k K L: every integer unit, returned as a tuple built with the same units. */
static PyObject *int_units(PyObject *self, PyObject *args) {
    unsigned char b; short h; int i; long l; Py_ssize_t n;
    unsigned long k; unsigned long long K; long long L;
    if (!PyArg_ParseTuple(args, "bhilnkKL:int_units", &b, &h, &i, &l, &n, &k, &K, &L))
        return NULL;
    return Py_BuildValue("(bhilnkKL)", b, h, i, l, n, k, K, L);
}

/* One unit at a time, so each overflow/type message is seen on its own. */
#define ONE_INT_UNIT(NAME, CTYPE, UNIT, BUILD)                                \
    static PyObject *NAME(PyObject *self, PyObject *args) {                  \
        CTYPE v;                                                             \
        if (!PyArg_ParseTuple(args, UNIT ":" #NAME, &v))                     \
            return NULL;                                                     \
        return Py_BuildValue(BUILD, v);                                      \
    }
ONE_INT_UNIT(unit_b, unsigned char, "b", "b")
ONE_INT_UNIT(unit_B, unsigned char, "B", "B")
ONE_INT_UNIT(unit_h, short, "h", "h")
ONE_INT_UNIT(unit_H, unsigned short, "H", "H")
ONE_INT_UNIT(unit_i, int, "i", "i")
ONE_INT_UNIT(unit_I, unsigned int, "I", "I")
ONE_INT_UNIT(unit_l, long, "l", "l")
ONE_INT_UNIT(unit_n, Py_ssize_t, "n", "n")
ONE_INT_UNIT(unit_k, unsigned long, "k", "k")
ONE_INT_UNIT(unit_K, unsigned long long, "K", "K")
ONE_INT_UNIT(unit_L, long long, "L", "L")

static PyObject *float_units(PyObject *self, PyObject *args) {
    float f; double d;
    Py_complex D;
    if (!PyArg_ParseTuple(args, "fdD:float_units", &f, &d, &D))
        return NULL;
    return Py_BuildValue("(fdD)", f, d, &D);
}

/* c: bytes/bytearray of length 1 -> char; C: str of length 1 -> int code point. */
static PyObject *char_units(PyObject *self, PyObject *args) {
    char c; int C;
    if (!PyArg_ParseTuple(args, "cC:char_units", &c, &C))
        return NULL;
    return Py_BuildValue("(cCi)", c, C, C);
}

/* s z: str (z also None) -> NUL-terminated UTF-8. */
static PyObject *str_units(PyObject *self, PyObject *args) {
    const char *s; const char *z;
    if (!PyArg_ParseTuple(args, "sz:str_units", &s, &z))
        return NULL;
    return Py_BuildValue("(szn)", s, z, (Py_ssize_t)strlen(s));
}

/* s# z#: str or read-only bytes-like -> pointer and length (may contain NUL). */
static PyObject *str_len_units(PyObject *self, PyObject *args) {
    const char *s; Py_ssize_t slen; const char *z; Py_ssize_t zlen;
    if (!PyArg_ParseTuple(args, "s#z#:str_len_units", &s, &slen, &z, &zlen))
        return NULL;
    return Py_BuildValue("(y#nz#n)", s, slen, slen, z, zlen, zlen);
}

/* y y#: bytes only (y: no NUL inside). */
static PyObject *bytes_units(PyObject *self, PyObject *args) {
    const char *y; const char *yy; Py_ssize_t yylen;
    if (!PyArg_ParseTuple(args, "yy#:bytes_units", &y, &yy, &yylen))
        return NULL;
    return Py_BuildValue("(yy#n)", y, yy, yylen, yylen);
}

/* y*: any bytes-like object, read-only view. s*: also str. */
static PyObject *buffer_units(PyObject *self, PyObject *args) {
    Py_buffer a, b;
    if (!PyArg_ParseTuple(args, "y*s*:buffer_units", &a, &b))
        return NULL;
    PyObject *r = Py_BuildValue("(y#ny#n)", (const char *)a.buf, a.len, a.len, (const char *)b.buf, b.len, b.len);
    PyBuffer_Release(&a);
    PyBuffer_Release(&b);
    return r;
}

/* w*: writable buffer; upper-cases ASCII letters in place and returns how many changed. */
static PyObject *writable_unit(PyObject *self, PyObject *args) {
    Py_buffer w;
    if (!PyArg_ParseTuple(args, "w*:writable_unit", &w))
        return NULL;
    Py_ssize_t changed = 0;
    char *p = (char *)w.buf;
    for (Py_ssize_t i = 0; i < w.len; i++) {
        if (p[i] >= 'a' && p[i] <= 'z') {
            p[i] = (char)(p[i] - 'a' + 'A');
            changed++;
        }
    }
    PyBuffer_Release(&w);
    return PyLong_FromSsize_t(changed);
}

/* O O! S U: objects, borrowed. Returns them (new references) with their type names. */
static PyObject *object_units(PyObject *self, PyObject *args) {
    PyObject *o, *lst, *bytes, *str;
    if (!PyArg_ParseTuple(args, "OO!SU:object_units", &o, &PyList_Type, &lst, &bytes, &str))
        return NULL;
    return Py_BuildValue("(OsOOO)", o, Py_TYPE(o)->tp_name, lst, bytes, str);
}

/* O&: a converter turning an int into its square (rejecting negatives with ValueError). */
static int square_converter(PyObject *obj, void *out) {
    long v = PyLong_AsLong(obj);
    if (v == -1 && PyErr_Occurred())
        return 0;
    if (v < 0) {
        PyErr_Format(PyExc_ValueError, "square_converter: %ld is negative", v);
        return 0;
    }
    *(long *)out = v * v;
    return 1;
}

static PyObject *converter_unit(PyObject *self, PyObject *args) {
    long sq;
    if (!PyArg_ParseTuple(args, "O&:converter_unit", square_converter, &sq))
        return NULL;
    return PyLong_FromLong(sq);
}

/* p: truth value of anything. */
static PyObject *predicate_unit(PyObject *self, PyObject *args) {
    int a, b, c;
    if (!PyArg_ParseTuple(args, "ppp:predicate_unit", &a, &b, &c))
        return NULL;
    return Py_BuildValue("(iii)", a, b, c);
}

/* |: optional arguments keep their C defaults. */
static PyObject *optional_units(PyObject *self, PyObject *args) {
    int a, b = -1;
    const char *s = "default";
    PyObject *o = NULL;
    if (!PyArg_ParseTuple(args, "i|isO:optional_units", &a, &b, &s, &o))
        return NULL;
    return Py_BuildValue("(iisO)", a, b, s, o ? o : Py_None);
}

/* ;: a custom message replaces the whole TypeError for a wrong argument count/type. */
static PyObject *custom_message(PyObject *self, PyObject *args) {
    int a, b;
    if (!PyArg_ParseTuple(args, "ii;custom_message needs two ints", &a, &b))
        return NULL;
    return PyLong_FromLong(a + b);
}

/* No ':name': messages say "function". */
static PyObject *anonymous(PyObject *self, PyObject *args) {
    int a;
    if (!PyArg_ParseTuple(args, "i", &a))
        return NULL;
    return PyLong_FromLong(a);
}

/* Nested tuple unit: (ii). */
static PyObject *nested_tuple(PyObject *self, PyObject *args) {
    int a, b; const char *s;
    if (!PyArg_ParseTuple(args, "(ii)s:nested_tuple", &a, &b, &s))
        return NULL;
    return Py_BuildValue("(is)", a + b, s);
}

/* kw(a, b=2, *, c=3.0, name=None) */
static PyObject *keywords(PyObject *self, PyObject *args, PyObject *kwargs) {
    static char *kwlist[] = {"a", "b", "c", "name", NULL};
    int a, b = 2; double c = 3.0; const char *name = NULL;
    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "i|i$dz:keywords", kwlist, &a, &b, &c, &name))
        return NULL;
    return Py_BuildValue("(iidz)", a, b, c, name);
}

/* Positional-only first parameter (empty name): posonly(x, /, y=0) */
static PyObject *posonly(PyObject *self, PyObject *args, PyObject *kwargs) {
    static char *kwlist[] = {"", "y", NULL};
    PyObject *x; int y = 0;
    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "O|i:posonly", kwlist, &x, &y))
        return NULL;
    return Py_BuildValue("(Oi)", x, y);
}

/* PyArg_UnpackTuple: 1 to 3 objects. */
static PyObject *unpack(PyObject *self, PyObject *args) {
    PyObject *a = NULL, *b = NULL, *c = NULL;
    if (!PyArg_UnpackTuple(args, "unpack", 1, 3, &a, &b, &c))
        return NULL;
    return Py_BuildValue("(OOO)", a, b ? b : Py_None, c ? c : Py_None);
}

/* METH_O / METH_NOARGS reach here without the parser. */
static PyObject *meth_o(PyObject *self, PyObject *arg) {
    return Py_BuildValue("(sO)", Py_TYPE(arg)->tp_name, arg);
}

static PyObject *meth_noargs(PyObject *self, PyObject *Py_UNUSED(ignored)) {
    return PyUnicode_FromString("noargs ok");
}

/* ---- Py_BuildValue ---- */
static PyObject *to_square(void *p) {
    long v = *(long *)p;
    return PyLong_FromLong(v * v);
}

/* Appends a new reference to out; NULL (error) aborts. */
#define ADD(EXPR) do { PyObject *_v = (EXPR); if (!_v || PyList_Append(out, _v) < 0) { Py_XDECREF(_v); Py_DECREF(out); return NULL; } Py_DECREF(_v); } while (0)

static PyObject *build_values(PyObject *self, PyObject *Py_UNUSED(ignored)) {
    PyObject *out = PyList_New(0);
    if (!out)
        return NULL;
    long seven = 7;
    ADD(Py_BuildValue(""));
    ADD(Py_BuildValue("i", -42));
    ADD(Py_BuildValue("ii", 1, 2));
    ADD(Py_BuildValue("(i)", 5));
    ADD(Py_BuildValue("()"));
    ADD(Py_BuildValue("[]"));
    ADD(Py_BuildValue("{}"));
    ADD(Py_BuildValue("[i,i,i]", 1, 2, 3));
    ADD(Py_BuildValue("{s:i,s:s}", "one", 1, "two", "zwei"));
    ADD(Py_BuildValue("((ii)[s]{s:(d)})", 1, 2, "x", "k", 2.5));
    ADD(Py_BuildValue("s", "h\xc3\xa9llo"));
    ADD(Py_BuildValue("s#", "ab\0cd", (Py_ssize_t)5));
    ADD(Py_BuildValue("z", (char *)NULL));
    ADD(Py_BuildValue("z#", (char *)NULL, (Py_ssize_t)0));
    ADD(Py_BuildValue("y", "bytes"));
    ADD(Py_BuildValue("y#", "by\0tes", (Py_ssize_t)6));
    ADD(Py_BuildValue("(bhilnkKL)", 255, -32768, -2147483647 - 1, -9223372036854775807L - 1,
                      (Py_ssize_t)123456789, 18446744073709551615UL, 18446744073709551615ULL,
                      -9223372036854775807LL - 1));
    ADD(Py_BuildValue("(BHIk)", 200, 65535, 4294967295U, 4294967296UL));
    ADD(Py_BuildValue("(fd)", 0.1f, 0.1));
    ADD(Py_BuildValue("(cC)", 'Z', 0x20AC));
    ADD(Py_BuildValue("N", PyUnicode_FromString("stolen by N")));
    ADD(Py_BuildValue("(NN)", PyLong_FromLong(1), PyLong_FromLong(2)));
    ADD(Py_BuildValue("O", Py_None));
    ADD(Py_BuildValue("S", Py_True));
    ADD(Py_BuildValue("O&", to_square, &seven));
    ADD(Py_BuildValue("(ss)", "a b", "c"));
    ADD(Py_BuildValue("i, i", 1, 2));
    return out;
}

/* An unknown format character: SystemError. */
static PyObject *build_bad_format(PyObject *self, PyObject *Py_UNUSED(ignored)) {
    return Py_BuildValue("(iQ)", 1, 2);
}

/* NULL passed for O without an error set: SystemError. */
static PyObject *build_null(PyObject *self, PyObject *Py_UNUSED(ignored)) {
    return Py_BuildValue("(iO)", 1, (PyObject *)NULL);
}

/* N with NULL while an error is set: the error propagates. */
static PyObject *build_null_with_error(PyObject *self, PyObject *Py_UNUSED(ignored)) {
    PyObject *bad = PyLong_FromString("not a number", NULL, 10);   /* sets ValueError */
    return Py_BuildValue("[N]", bad);
}

static PyMethodDef methods[] = {
    {"int_units", int_units, METH_VARARGS, "b h i l n k K L"},
    {"unit_b", unit_b, METH_VARARGS, NULL},
    {"unit_B", unit_B, METH_VARARGS, NULL},
    {"unit_h", unit_h, METH_VARARGS, NULL},
    {"unit_H", unit_H, METH_VARARGS, NULL},
    {"unit_i", unit_i, METH_VARARGS, NULL},
    {"unit_I", unit_I, METH_VARARGS, NULL},
    {"unit_l", unit_l, METH_VARARGS, NULL},
    {"unit_n", unit_n, METH_VARARGS, NULL},
    {"unit_k", unit_k, METH_VARARGS, NULL},
    {"unit_K", unit_K, METH_VARARGS, NULL},
    {"unit_L", unit_L, METH_VARARGS, NULL},
    {"float_units", float_units, METH_VARARGS, NULL},
    {"char_units", char_units, METH_VARARGS, NULL},
    {"str_units", str_units, METH_VARARGS, NULL},
    {"str_len_units", str_len_units, METH_VARARGS, NULL},
    {"bytes_units", bytes_units, METH_VARARGS, NULL},
    {"buffer_units", buffer_units, METH_VARARGS, NULL},
    {"writable_unit", writable_unit, METH_VARARGS, NULL},
    {"object_units", object_units, METH_VARARGS, NULL},
    {"converter_unit", converter_unit, METH_VARARGS, NULL},
    {"predicate_unit", predicate_unit, METH_VARARGS, NULL},
    {"optional_units", optional_units, METH_VARARGS, NULL},
    {"custom_message", custom_message, METH_VARARGS, NULL},
    {"anonymous", anonymous, METH_VARARGS, NULL},
    {"nested_tuple", nested_tuple, METH_VARARGS, NULL},
    {"keywords", (PyCFunction)(void (*)(void))keywords, METH_VARARGS | METH_KEYWORDS, NULL},
    {"posonly", (PyCFunction)(void (*)(void))posonly, METH_VARARGS | METH_KEYWORDS, NULL},
    {"unpack", unpack, METH_VARARGS, NULL},
    {"meth_o", meth_o, METH_O, NULL},
    {"meth_noargs", meth_noargs, METH_NOARGS, NULL},
    {"build_values", build_values, METH_NOARGS, NULL},
    {"build_bad_format", build_bad_format, METH_NOARGS, NULL},
    {"build_null", build_null, METH_NOARGS, NULL},
    {"build_null_with_error", build_null_with_error, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL}
};

static struct PyModuleDef moduledef = {
    PyModuleDef_HEAD_INIT, "argparse_ext", "Argument parsing and value building.", -1, methods,
};

PyMODINIT_FUNC PyInit_argparse_ext(void) {
    return PyModule_Create(&moduledef);
}
