/* Py_BuildValue / Py_VaBuildValue (CPython's modsupport.c semantics, our code).
   Format units: s s# z z# y y# u(=s) i b h l B H I k L K n c C d f D(unsupported) O O& S N p ()[]{} and
   separators ' ' ',' ':' '\t'. 'N' steals a reference; on failure every 'N' argument is released. */
#include "swiftpy_internal.h"

typedef struct { const char *fmt; va_list *va; int failed; } BV;

static PyObject *bv_one(BV *b);

static Py_ssize_t bv_count(const char *f, char end) {
    Py_ssize_t n = 0; int level = 0;
    while (*f) {
        char c = *f;
        if (level == 0 && c == end) return n;
        switch (c) {
        case '(': case '[': case '{': if (level == 0) n++; level++; break;
        case ')': case ']': case '}': level--; break;
        case '#': case '&': case ',': case ':': case ' ': case '\t': break;
        default: if (level == 0) n++;
        }
        f++;
    }
    return end == 0 ? n : -1;
}

static void bv_skip_sep(BV *b) { while (*b->fmt == ',' || *b->fmt == ' ' || *b->fmt == '\t' || *b->fmt == ':') b->fmt++; }

static PyObject *bv_seq(BV *b, char end, int kind) {
    Py_ssize_t n = bv_count(b->fmt, end);
    if (n < 0) { PyErr_SetString(PyExc_SystemError, "unmatched paren in format"); b->failed = 1; return NULL; }
    PyObject *r = kind == 0 ? PyTuple_New(n) : (kind == 1 ? PyList_New(n) : PyDict_New());
    if (r == NULL) b->failed = 1;
    for (Py_ssize_t i = 0; i < n; i++) {
        bv_skip_sep(b);
        PyObject *k = bv_one(b);
        if (kind == 2) {
            bv_skip_sep(b);
            PyObject *v = bv_one(b);
            if (r && k && v) { if (PyDict_SetItem(r, k, v) < 0) { b->failed = 1; } }
            Py_XDECREF(k); Py_XDECREF(v);
            i++;
            continue;
        }
        if (k == NULL) { b->failed = 1; continue; }
        if (r == NULL) { Py_DECREF(k); continue; }
        if (kind == 0) PyTuple_SET_ITEM(r, i, k); else PyList_SET_ITEM(r, i, k);
    }
    bv_skip_sep(b);
    if (*b->fmt != end) { if (!b->failed) PyErr_SetString(PyExc_SystemError, "Unmatched paren in format"); b->failed = 1; }
    else b->fmt++;
    if (b->failed) { Py_XDECREF(r); return NULL; }
    return r;
}

static PyObject *bv_one(BV *b) {
    char c = *b->fmt++;
    va_list *va = b->va;
    switch (c) {
    case '(': return bv_seq(b, ')', 0);
    case '[': return bv_seq(b, ']', 1);
    case '{': return bv_seq(b, '}', 2);
    case 'b': case 'B': case 'h': case 'i': return PyLong_FromLong((long)va_arg(*va, int));
    case 'H': return PyLong_FromLong((long)(unsigned short)va_arg(*va, int));
    case 'I': return PyLong_FromUnsignedLong((unsigned long)va_arg(*va, unsigned int));
    case 'n': return PyLong_FromSsize_t(va_arg(*va, Py_ssize_t));
    case 'l': return PyLong_FromLong(va_arg(*va, long));
    case 'k': return PyLong_FromUnsignedLong(va_arg(*va, unsigned long));
    case 'L': return PyLong_FromLongLong(va_arg(*va, long long));
    case 'K': return PyLong_FromUnsignedLongLong(va_arg(*va, unsigned long long));
    case 'p': return PyBool_FromLong(va_arg(*va, int));
    case 'd': case 'f': return PyFloat_FromDouble(va_arg(*va, double));
    case 'D': { Py_complex *z = va_arg(*va, Py_complex *); return PyComplex_FromCComplex(*z); }
    case 'c': { char ch = (char)va_arg(*va, int); return PyBytes_FromStringAndSize(&ch, 1); }
    case 'C': return PyUnicode_FromOrdinal(va_arg(*va, int));
    case 's': case 'z': case 'U': case 'y': {
        const char *s = va_arg(*va, const char *);
        Py_ssize_t n = -1;
        if (*b->fmt == '#') { b->fmt++; n = va_arg(*va, Py_ssize_t); }
        if (s == NULL) { if (c == 'y') { PyErr_SetString(PyExc_SystemError, "NULL string for 'y'"); return NULL; } Py_RETURN_NONE; }
        if (n < 0) n = (Py_ssize_t)strlen(s);
        return c == 'y' ? PyBytes_FromStringAndSize(s, n) : PyUnicode_FromStringAndSize(s, n);
    }
    case 'N': case 'S': case 'O': {
        if (*b->fmt == '&') {
            b->fmt++;
            PyObject *(*conv)(void *) = va_arg(*va, PyObject *(*)(void *));
            void *p = va_arg(*va, void *);
            return conv(p);
        }
        PyObject *o = va_arg(*va, PyObject *);
        if (o == NULL) { if (!PyErr_Occurred()) PyErr_SetString(PyExc_SystemError, "NULL object passed to Py_BuildValue"); return NULL; }
        if (c != 'N') Py_INCREF(o);
        return o;
    }
    default:
        PyErr_SetString(PyExc_SystemError, "bad format char passed to Py_BuildValue");
        return NULL;
    }
}

PyObject *Py_VaBuildValue(const char *format, va_list va) {
    va_list copy;
    va_copy(copy, va);
    BV b = { format, &copy, 0 };
    Py_ssize_t n = bv_count(format, 0);
    PyObject *r;
    if (n == 0) { r = Py_NewRef(Py_None); }
    else if (n == 1) { bv_skip_sep(&b); r = bv_one(&b); }
    else {
        r = PyTuple_New(n);
        for (Py_ssize_t i = 0; i < n; i++) {
            bv_skip_sep(&b);
            PyObject *o = bv_one(&b);
            if (o == NULL) { b.failed = 1; continue; }
            if (r) PyTuple_SET_ITEM(r, i, o); else Py_DECREF(o);
        }
        if (b.failed) Py_CLEAR(r);
    }
    va_end(copy);
    return r;
}

PyObject *Py_BuildValue(const char *format, ...) {
    va_list va; va_start(va, format);
    PyObject *r = Py_VaBuildValue(format, va);
    va_end(va);
    return r;
}
PyObject *_Py_BuildValue_SizeT(const char *format, ...) {
    va_list va; va_start(va, format);
    PyObject *r = Py_VaBuildValue(format, va);
    va_end(va);
    return r;
}
