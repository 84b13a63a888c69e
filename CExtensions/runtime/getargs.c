/* PyArg_Parse* family (CPython's getargs.c semantics, our code). Handles the common format
   units: b B h H i I l k L K n c C f d D p s s# s* z z# z* y y# y* w* S Y U O O! O& es et ()
   and the markers | $ : ;. Values are written through the pointers given in the va_list. */
#include "swiftpy_internal.h"

typedef struct { const char *fname; const char *custom_msg; } Ctx;

/* As CPython's seterror: an exception already set by the conversion (e.g. PyObject_GetBuffer's
   "a bytes-like object is required") is kept; otherwise "f() argument N must be X, not T". */
static void set_conv_error(Ctx *c, int argnum, const char *kwname, const char *expected, PyObject *arg) {
    if (PyErr_Occurred()) return;
    if (c->custom_msg) { PyErr_SetString(PyExc_TypeError, c->custom_msg); return; }
    const char *tn = arg == Py_None ? "None" : Py_TYPE(arg)->tp_name;
    if (kwname)
        PyErr_Format(PyExc_TypeError, "%s%s argument '%s' must be %s, not %.50s", c->fname ? c->fname : "", c->fname ? "()" : "", kwname, expected, tn);
    else
        PyErr_Format(PyExc_TypeError, "%s%sargument %d must be %s, not %.50s", c->fname ? c->fname : "", c->fname ? "() " : "", argnum, expected, tn);
}

static int as_long(PyObject *arg, long *out) {
    if (PyFloat_Check(arg)) { PyErr_SetString(PyExc_TypeError, "'float' object cannot be interpreted as an integer"); return -1; }
    long v = PyLong_AsLong(arg);
    if (v == -1 && PyErr_Occurred()) return -1;
    *out = v; return 0;
}

/* CPython's getbuffer: a C-contiguous PyBUF_SIMPLE view; *errmsg names what was expected. */
static int get_contiguous_buffer(PyObject *arg, Py_buffer *view, const char **errmsg) {
    if (PyObject_GetBuffer(arg, view, PyBUF_SIMPLE) != 0) { *errmsg = "bytes-like object"; return -1; }
    if (!PyBuffer_IsContiguous(view, 'C')) { PyBuffer_Release(view); *errmsg = "contiguous buffer"; return -1; }
    return 0;
}

/* CPython's convertbuffer: pointer and length of a read-only buffer (an exporter with
   bf_releasebuffer may move its memory, so it is refused). Returns the length or -1. */
static Py_ssize_t read_only_buffer(PyObject *arg, const void **p, const char **errmsg) {
    PyBufferProcs *pb = Py_TYPE(arg)->tp_as_buffer;
    *p = NULL;
    if (pb != NULL && pb->bf_releasebuffer != NULL) { *errmsg = "read-only bytes-like object"; return -1; }
    Py_buffer view;
    if (get_contiguous_buffer(arg, &view, errmsg) < 0) return -1;
    Py_ssize_t count = view.len;
    *p = view.buf;
    PyBuffer_Release(&view);
    return count;
}

/* Converts one argument for one format unit; advances *pfmt past the unit. Returns 0 ok, -1 error. */
static int convert_one(Ctx *c, PyObject *arg, const char **pfmt, va_list *va, int argnum, const char *kwname, int *freelist_needed) {
    const char *f = *pfmt;
    char u = *f++;
    long lv;
    switch (u) {
    case 'b': { unsigned char *p = va_arg(*va, unsigned char *);
        if (as_long(arg, &lv) < 0) return -1;
        if (lv < 0) { PyErr_SetString(PyExc_OverflowError, "unsigned byte integer is less than minimum"); return -1; }
        if (lv > 255) { PyErr_SetString(PyExc_OverflowError, "unsigned byte integer is greater than maximum"); return -1; }
        *p = (unsigned char)lv; break; }
    case 'B': { unsigned char *p = va_arg(*va, unsigned char *);
        unsigned long m = PyLong_AsUnsignedLongMask(arg);
        if (m == (unsigned long)-1 && PyErr_Occurred()) return -1;
        *p = (unsigned char)m; break; }
    case 'h': { short *p = va_arg(*va, short *);
        if (as_long(arg, &lv) < 0) return -1;
        if (lv < SHRT_MIN) { PyErr_SetString(PyExc_OverflowError, "signed short integer is less than minimum"); return -1; }
        if (lv > SHRT_MAX) { PyErr_SetString(PyExc_OverflowError, "signed short integer is greater than maximum"); return -1; }
        *p = (short)lv; break; }
    case 'H': { unsigned short *p = va_arg(*va, unsigned short *);
        unsigned long m = PyLong_AsUnsignedLongMask(arg);
        if (m == (unsigned long)-1 && PyErr_Occurred()) return -1;
        *p = (unsigned short)m; break; }
    case 'i': { int *p = va_arg(*va, int *);
        if (as_long(arg, &lv) < 0) return -1;
        if (lv < INT_MIN) { PyErr_SetString(PyExc_OverflowError, "signed integer is less than minimum"); return -1; }
        if (lv > INT_MAX) { PyErr_SetString(PyExc_OverflowError, "signed integer is greater than maximum"); return -1; }
        *p = (int)lv; break; }
    case 'I': { unsigned int *p = va_arg(*va, unsigned int *);
        unsigned int m = (unsigned int)PyLong_AsUnsignedLongMask(arg);
        if (m == (unsigned int)-1 && PyErr_Occurred()) return -1;
        *p = m; break; }
    case 'l': { long *p = va_arg(*va, long *); if (as_long(arg, &lv) < 0) return -1; *p = lv; break; }
    case 'k': { unsigned long *p = va_arg(*va, unsigned long *);
        if (!PyLong_Check(arg)) { set_conv_error(c, argnum, kwname, "int", arg); return -1; }
        *p = PyLong_AsUnsignedLongMask(arg); break; }
    case 'L': { long long *p = va_arg(*va, long long *);
        if (PyFloat_Check(arg)) { PyErr_SetString(PyExc_TypeError, "'float' object cannot be interpreted as an integer"); return -1; }
        long long v = PyLong_AsLongLong(arg); if (v == -1 && PyErr_Occurred()) return -1; *p = v; break; }
    case 'K': { unsigned long long *p = va_arg(*va, unsigned long long *);
        if (!PyLong_Check(arg)) { set_conv_error(c, argnum, kwname, "int", arg); return -1; }
        *p = PyLong_AsUnsignedLongLongMask(arg); break; }
    case 'n': { Py_ssize_t *p = va_arg(*va, Py_ssize_t *);
        if (PyFloat_Check(arg)) { PyErr_SetString(PyExc_TypeError, "'float' object cannot be interpreted as an integer"); return -1; }
        PyObject *idx = PyNumber_Index(arg); if (!idx) return -1;
        Py_ssize_t v = PyLong_AsSsize_t(idx); Py_DECREF(idx);
        if (v == -1 && PyErr_Occurred()) return -1; *p = v; break; }
    case 'c': { char *p = va_arg(*va, char *);
        if (PyBytes_Check(arg) && PyBytes_GET_SIZE(arg) == 1) *p = PyBytes_AS_STRING(arg)[0];
        else if (PyByteArray_Check(arg) && PyByteArray_GET_SIZE(arg) == 1) *p = PyByteArray_AS_STRING(arg)[0];
        else { set_conv_error(c, argnum, kwname, "a byte string of length 1", arg); return -1; }
        break; }
    case 'C': { int *p = va_arg(*va, int *);
        if (!PyUnicode_Check(arg) || PyUnicode_GET_LENGTH(arg) != 1) { set_conv_error(c, argnum, kwname, "a unicode character", arg); return -1; }
        *p = (int)PyUnicode_READ_CHAR(arg, 0); break; }
    case 'p': { int *p = va_arg(*va, int *); int t = PyObject_IsTrue(arg); if (t < 0) return -1; *p = t; break; }
    case 'f': { float *p = va_arg(*va, float *); double d = PyFloat_AsDouble(arg); if (d == -1.0 && PyErr_Occurred()) return -1; *p = (float)d; break; }
    case 'd': { double *p = va_arg(*va, double *); double d = PyFloat_AsDouble(arg); if (d == -1.0 && PyErr_Occurred()) return -1; *p = d; break; }
    case 'D': { Py_complex *p = va_arg(*va, Py_complex *); Py_complex z = PyComplex_AsCComplex(arg); if (z.real == -1.0 && PyErr_Occurred()) return -1; *p = z; break; }
    case 's': case 'z': case 'y': {
        int allow_none = (u == 'z');
        const char *errmsg = NULL;
        if (*f == '*') {
            f++;
            Py_buffer *view = va_arg(*va, Py_buffer *);
            if (allow_none && arg == Py_None) { PyBuffer_FillInfo(view, NULL, NULL, 0, 1, 0); break; }
            if (u != 'y' && PyUnicode_Check(arg)) {
                Py_ssize_t len; const char *s = PyUnicode_AsUTF8AndSize(arg, &len);
                if (!s) return -1;
                PyBuffer_FillInfo(view, arg, (void *)s, len, 1, 0); break;
            }
            if (get_contiguous_buffer(arg, view, &errmsg) < 0) { set_conv_error(c, argnum, kwname, errmsg, arg); return -1; }
            break;
        }
        if (u == 'y') {
            /* y and y#: a read-only bytes-like object; y alone also refuses embedded NULs */
            const void **p = (const void **)va_arg(*va, const char **);
            Py_ssize_t count = read_only_buffer(arg, p, &errmsg);
            if (count < 0) { set_conv_error(c, argnum, kwname, errmsg, arg); return -1; }
            if (*f == '#') { f++; *va_arg(*va, Py_ssize_t *) = count; break; }
            if ((Py_ssize_t)strlen((const char *)*p) != count) { PyErr_SetString(PyExc_ValueError, "embedded null byte"); return -1; }
            break;
        }
        if (*f == '#') {
            f++;
            const void **p = (const void **)va_arg(*va, const char **);
            Py_ssize_t *plen = va_arg(*va, Py_ssize_t *);
            if (allow_none && arg == Py_None) { *p = NULL; *plen = 0; break; }
            if (PyUnicode_Check(arg)) {
                const char *s = PyUnicode_AsUTF8AndSize(arg, plen); if (!s) return -1; *p = s; break;
            }
            Py_ssize_t count = read_only_buffer(arg, p, &errmsg);
            if (count < 0) { set_conv_error(c, argnum, kwname, errmsg, arg); return -1; }
            *plen = count;
            break;
        }
        const char **p = va_arg(*va, const char **);
        if (allow_none && arg == Py_None) { *p = NULL; break; }
        if (!PyUnicode_Check(arg)) { set_conv_error(c, argnum, kwname, allow_none ? "str or None" : "str", arg); return -1; }
        Py_ssize_t len; const char *s = PyUnicode_AsUTF8AndSize(arg, &len); if (!s) return -1;
        if ((Py_ssize_t)strlen(s) != len) { PyErr_SetString(PyExc_ValueError, "embedded null character"); return -1; }
        *p = s; break;
    }
    case 'w': {
        if (*f != '*') { PyErr_SetString(PyExc_SystemError, "'w' format unit requires '*'"); return -1; }
        f++;
        Py_buffer *view = va_arg(*va, Py_buffer *);
        if (PyObject_GetBuffer(arg, view, PyBUF_WRITABLE) < 0) { PyErr_Clear(); set_conv_error(c, argnum, kwname, "read-write bytes-like object", arg); return -1; }
        break;
    }
    case 'e': {  /* es / et / es# / et#: encoded string into a newly allocated buffer */
        const char *encoding = va_arg(*va, const char *);
        char t = *f++;
        (void)t;
        PyObject *bytes;
        if (PyUnicode_Check(arg)) bytes = PyUnicode_AsEncodedString(arg, encoding ? encoding : "utf-8", NULL);
        else if (PyBytes_Check(arg)) bytes = Py_NewRef(arg);
        else { set_conv_error(c, argnum, kwname, "str, bytes or bytearray", arg); return -1; }
        if (!bytes) return -1;
        char **buffer = va_arg(*va, char **);
        Py_ssize_t n = PyBytes_GET_SIZE(bytes);
        if (*f == '#') {
            f++;
            Py_ssize_t *plen = va_arg(*va, Py_ssize_t *);
            if (*buffer == NULL) { *buffer = PyMem_Malloc(n + 1); if (!*buffer) { Py_DECREF(bytes); PyErr_NoMemory(); return -1; } }
            else if (n + 1 > *plen) { Py_DECREF(bytes); PyErr_SetString(PyExc_ValueError, "encoded string too long"); return -1; }
            memcpy(*buffer, PyBytes_AS_STRING(bytes), n + 1); *plen = n;
        } else {
            *buffer = PyMem_Malloc(n + 1);
            if (!*buffer) { Py_DECREF(bytes); PyErr_NoMemory(); return -1; }
            memcpy(*buffer, PyBytes_AS_STRING(bytes), n + 1);
        }
        Py_DECREF(bytes);
        break;
    }
    case 'S': { PyObject **p = va_arg(*va, PyObject **); if (!PyBytes_Check(arg)) { set_conv_error(c, argnum, kwname, "bytes", arg); return -1; } *p = arg; break; }
    case 'Y': { PyObject **p = va_arg(*va, PyObject **); if (!PyByteArray_Check(arg)) { set_conv_error(c, argnum, kwname, "bytearray", arg); return -1; } *p = arg; break; }
    case 'U': { PyObject **p = va_arg(*va, PyObject **); if (!PyUnicode_Check(arg)) { set_conv_error(c, argnum, kwname, "str", arg); return -1; } *p = arg; break; }
    case 'O': {
        if (*f == '!') {
            f++;
            PyTypeObject *type = va_arg(*va, PyTypeObject *);
            PyObject **p = va_arg(*va, PyObject **);
            if (!PyObject_TypeCheck(arg, type)) { set_conv_error(c, argnum, kwname, type->tp_name, arg); return -1; }
            *p = arg;
        } else if (*f == '&') {
            f++;
            int (*conv)(PyObject *, void *) = va_arg(*va, int (*)(PyObject *, void *));
            void *addr = va_arg(*va, void *);
            int r = conv(arg, addr);
            if (r == 0) { if (!PyErr_Occurred()) set_conv_error(c, argnum, kwname, "a valid value", arg); return -1; }
            if (r == Py_CLEANUP_SUPPORTED) *freelist_needed = 1;
        } else {
            PyObject **p = va_arg(*va, PyObject **);
            *p = arg;
        }
        break;
    }
    default:
        PyErr_Format(PyExc_SystemError, "bad format char '%c' passed to PyArg_Parse", u);
        return -1;
    }
    *pfmt = f;
    return 0;
}

/* Skips one unit's va_list slots (for optional arguments that were not given). */
static void skip_one(const char **pfmt, va_list *va) {
    const char *f = *pfmt;
    char u = *f++;
    switch (u) {
    case 'e': (void)va_arg(*va, const char *); f++; (void)va_arg(*va, char **); if (*f == '#') { f++; (void)va_arg(*va, Py_ssize_t *); } break;
    case 'O':
        if (*f == '!' || *f == '&') { f++; (void)va_arg(*va, void *); (void)va_arg(*va, void *); }
        else (void)va_arg(*va, void *);
        break;
    case 's': case 'z': case 'y':
        if (*f == '#') { f++; (void)va_arg(*va, void *); (void)va_arg(*va, void *); }
        else { if (*f == '*') f++; (void)va_arg(*va, void *); }
        break;
    case 'w': if (*f == '*') f++; (void)va_arg(*va, void *); break;
    case '(': {
        int level = 1;
        while (level > 0 && *f) {
            if (*f == '(') { level++; f++; continue; }
            if (*f == ')') { level--; f++; continue; }
            skip_one(&f, va);
        }
        break;
    }
    default: (void)va_arg(*va, void *);
    }
    *pfmt = f;
}

/* Parses the format header: counts units, finds min (before |), and the function name. */
typedef struct { int max, min, kwonly_from; const char *fname; const char *custom; } FmtInfo;
static void scan_format(const char *fmt, FmtInfo *fi) {
    fi->max = 0; fi->min = -1; fi->kwonly_from = -1; fi->fname = NULL; fi->custom = NULL;
    int level = 0;
    for (const char *f = fmt; *f; f++) {
        char ch = *f;
        if (ch == ':') { fi->fname = f + 1; break; }
        if (ch == ';') { fi->custom = f + 1; break; }
        if (ch == '(') { if (level == 0) fi->max++; level++; continue; }
        if (ch == ')') { level--; continue; }
        if (level > 0) continue;
        if (ch == '|') { fi->min = fi->max; continue; }
        if (ch == '$') { fi->kwonly_from = fi->max; continue; }
        if (ch == '#' || ch == '*' || ch == '!' || ch == '&' || ch == ' ') continue;
        if (ch == 'e') { f++; continue; }  /* es/et count once */
        fi->max++;
    }
    if (fi->min < 0) fi->min = fi->max;
}

static int parse_nested(Ctx *c, PyObject *arg, const char **pfmt, va_list *va, int argnum, int *fl) {
    const char *f = *pfmt;  /* points after '(' */
    Py_ssize_t n = 0; { int level = 0; for (const char *g = f; *g && !(level == 0 && *g == ')'); g++) {
        if (*g == '(') { if (level == 0) n++; level++; } else if (*g == ')') level--;
        else if (level == 0 && *g != '#' && *g != '*' && *g != '!' && *g != '&') { if (*g == 'e') g++; n++; } } }
    if (!PySequence_Check(arg) || PyUnicode_Check(arg) || PyBytes_Check(arg)) {
        PyErr_Format(PyExc_TypeError, "%s%sargument %d must be %zd-item sequence, not %.50s", c->fname ? c->fname : "", c->fname ? "() " : "", argnum, n, Py_TYPE(arg)->tp_name);
        return -1;
    }
    Py_ssize_t len = PySequence_Size(arg);
    if (len != n) { PyErr_Format(PyExc_TypeError, "%s%sargument %d must be sequence of length %zd, not %zd", c->fname ? c->fname : "", c->fname ? "() " : "", argnum, n, len); return -1; }
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *item = PySequence_GetItem(arg, i);
        if (!item) return -1;
        int r;
        if (*f == '(') { f++; r = parse_nested(c, item, &f, va, argnum, fl); }
        else r = convert_one(c, item, &f, va, argnum, NULL, fl);
        Py_DECREF(item);  /* borrowed pointers into items of the sequence stay valid while arg lives (tuples) */
        if (r < 0) return -1;
    }
    if (*f == ')') f++;
    *pfmt = f;
    return 0;
}

static int vgetargs(PyObject *args, const char *format, va_list *va) {
    FmtInfo fi; scan_format(format, &fi);
    char fname[128] = {0};
    if (fi.fname) { size_t k = strcspn(fi.fname, ";"); if (k > 127) k = 127; memcpy(fname, fi.fname, k); }
    Ctx c = { fi.fname ? fname : NULL, fi.custom };
    if (!PyTuple_Check(args)) { PyErr_SetString(PyExc_SystemError, "new style getargs format but argument is not a tuple"); return 0; }
    Py_ssize_t n = PyTuple_GET_SIZE(args);
    if (n < fi.min || n > fi.max) {
        if (c.custom_msg) PyErr_SetString(PyExc_TypeError, c.custom_msg);
        else if (fi.min == fi.max)
            PyErr_Format(PyExc_TypeError, "%s%s takes %s %d argument%s (%zd given)", c.fname ? c.fname : "function", c.fname ? "()" : "",
                         fi.min == 0 ? "no" : "exactly", fi.min, fi.min == 1 ? "" : "s", n);
        else
            PyErr_Format(PyExc_TypeError, "%s%s takes %s %d argument%s (%zd given)", c.fname ? c.fname : "function", c.fname ? "()" : "",
                         n < fi.min ? "at least" : "at most", n < fi.min ? fi.min : fi.max, (n < fi.min ? fi.min : fi.max) == 1 ? "" : "s", n);
        return 0;
    }
    const char *f = format;
    int fl = 0;
    for (Py_ssize_t i = 0; i < fi.max; i++) {
        while (*f == '|' || *f == '$' || *f == ' ') f++;
        if (i >= n) { skip_one(&f, va); continue; }
        PyObject *arg = PyTuple_GET_ITEM(args, i);
        int r;
        if (*f == '(') { f++; r = parse_nested(&c, arg, &f, va, (int)i + 1, &fl); }
        else r = convert_one(&c, arg, &f, va, (int)i + 1, NULL, &fl);
        if (r < 0) return 0;
    }
    return 1;
}

int PyArg_VaParse(PyObject *args, const char *format, va_list va) {
    va_list copy; va_copy(copy, va);
    int r = vgetargs(args, format, &copy);
    va_end(copy);
    return r;
}
int PyArg_ParseTuple(PyObject *args, const char *format, ...) {
    va_list va; va_start(va, format);
    int r = vgetargs(args, format, &va);
    va_end(va);
    return r;
}
int _PyArg_ParseTuple_SizeT(PyObject *args, const char *format, ...) {
    va_list va; va_start(va, format);
    int r = vgetargs(args, format, &va);
    va_end(va);
    return r;
}
/* PyArg_Parse: a single argument (old style); a format of one unit converts `arg` itself. */
int PyArg_Parse(PyObject *arg, const char *format, ...) {
    va_list va; va_start(va, format);
    PyObject *t = PyTuple_Pack(1, arg);
    int r = t ? vgetargs(t, format, &va) : 0;
    Py_XDECREF(t);
    va_end(va);
    return r;
}

static int vgetargskw(PyObject *args, PyObject *kwargs, const char *format, char **kwlist, va_list *va) {
    FmtInfo fi; scan_format(format, &fi);
    char fname[128] = {0};
    if (fi.fname) { size_t k = strcspn(fi.fname, ";"); if (k > 127) k = 127; memcpy(fname, fi.fname, k); }
    Ctx c = { fi.fname ? fname : "function", fi.custom };
    int nkw = 0; while (kwlist[nkw]) nkw++;
    if (nkw != fi.max) { PyErr_Format(PyExc_SystemError, "more argument specifiers than keyword list entries (remaining format:'%s')", format); return 0; }
    int posonly = 0; while (posonly < nkw && kwlist[posonly][0] == '\0') posonly++;
    Py_ssize_t nargs = PyTuple_GET_SIZE(args);
    int maxpos = fi.kwonly_from >= 0 ? fi.kwonly_from : fi.max;
    if (nargs > maxpos) {
        PyErr_Format(PyExc_TypeError, "%s() takes %s %d positional argument%s (%zd given)", c.fname,
                     fi.min < maxpos ? "at most" : "exactly", maxpos, maxpos == 1 ? "" : "s", nargs);
        return 0;
    }
    Py_ssize_t nkwargs = kwargs ? PyDict_Size(kwargs) : 0, used = 0;
    const char *f = format;
    int fl = 0;
    for (int i = 0; i < fi.max; i++) {
        while (*f == '|' || *f == '$' || *f == ' ') f++;
        PyObject *arg = NULL;
        const char *kwname = kwlist[i][0] ? kwlist[i] : NULL;
        if (i < nargs) {
            arg = PyTuple_GET_ITEM(args, i);
            if (kwname && kwargs && PyDict_GetItemString(kwargs, kwname)) {
                PyErr_Format(PyExc_TypeError, "argument for %s() given by name ('%s') and position (%d)", c.fname, kwname, i + 1);
                return 0;
            }
        } else if (kwname && kwargs) {
            arg = PyDict_GetItemString(kwargs, kwname);
            if (arg) used++;
        }
        if (arg == NULL) {
            if (i < fi.min) {
                if (i < posonly) PyErr_Format(PyExc_TypeError, "%s() takes %s %d positional argument%s (%zd given)", c.fname, fi.min < maxpos ? "at least" : "exactly", fi.min, fi.min == 1 ? "" : "s", nargs);
                else PyErr_Format(PyExc_TypeError, "%s() missing required argument '%s' (pos %d)", c.fname, kwname, i + 1);
                return 0;
            }
            skip_one(&f, va);
            continue;
        }
        int r;
        if (*f == '(') { f++; r = parse_nested(&c, arg, &f, va, i + 1, &fl); }
        else r = convert_one(&c, arg, &f, va, i + 1, i < nargs ? NULL : kwname, &fl);
        if (r < 0) return 0;
    }
    if (used < nkwargs) {
        Py_ssize_t pos = 0; PyObject *key, *value;
        while (PyDict_Next(kwargs, &pos, &key, &value)) {
            if (!PyUnicode_Check(key)) { PyErr_SetString(PyExc_TypeError, "keywords must be strings"); return 0; }
            const char *k = PyUnicode_AsUTF8(key);
            int found = -1;
            for (int i = posonly; i < nkw; i++) if (strcmp(kwlist[i], k) == 0) { found = i; break; }
            if (found < 0) { PyErr_Format(PyExc_TypeError, "'%s' is an invalid keyword argument for %s()", k, c.fname); return 0; }
        }
    }
    return 1;
}

int PyArg_VaParseTupleAndKeywords(PyObject *args, PyObject *kw, const char *format, char **kwlist, va_list va) {
    va_list copy; va_copy(copy, va);
    int r = vgetargskw(args, kw, format, kwlist, &copy);
    va_end(copy);
    return r;
}
int PyArg_ParseTupleAndKeywords(PyObject *args, PyObject *kw, const char *format, char **kwlist, ...) {
    va_list va; va_start(va, kwlist);
    int r = vgetargskw(args, kw, format, kwlist, &va);
    va_end(va);
    return r;
}
int _PyArg_ParseTupleAndKeywords_SizeT(PyObject *args, PyObject *kw, const char *format, char **kwlist, ...) {
    va_list va; va_start(va, kwlist);
    int r = vgetargskw(args, kw, format, kwlist, &va);
    va_end(va);
    return r;
}

int PyArg_UnpackTuple(PyObject *args, const char *name, Py_ssize_t min, Py_ssize_t max, ...) {
    if (!PyTuple_Check(args)) { PyErr_SetString(PyExc_SystemError, "PyArg_UnpackTuple() argument list is not a tuple"); return 0; }
    Py_ssize_t n = PyTuple_GET_SIZE(args);
    if (n < min || n > max) {
        if (name)
            PyErr_Format(PyExc_TypeError, "%s expected %s%zd argument%s, got %zd", name, min == max ? "" : (n < min ? "at least " : "at most "),
                         n < min ? min : max, (n < min ? min : max) == 1 ? "" : "s", n);
        else
            PyErr_Format(PyExc_TypeError, "unpacked tuple should have %s%zd element%s, but has %zd", min == max ? "" : (n < min ? "at least " : "at most "),
                         n < min ? min : max, (n < min ? min : max) == 1 ? "" : "s", n);
        return 0;
    }
    va_list va; va_start(va, max);
    for (Py_ssize_t i = 0; i < n; i++) { PyObject **p = va_arg(va, PyObject **); *p = PyTuple_GET_ITEM(args, i); }
    va_end(va);
    return 1;
}

int PyArg_ValidateKeywordArguments(PyObject *kw) {
    if (!PyDict_Check(kw)) { PyErr_SetString(PyExc_SystemError, "PyArg_ValidateKeywordArguments() expected a dictionary"); return 0; }
    Py_ssize_t pos = 0; PyObject *k, *v;
    while (PyDict_Next(kw, &pos, &k, &v)) if (!PyUnicode_Check(k)) { PyErr_SetString(PyExc_TypeError, "keywords must be strings"); return 0; }
    return 1;
}
int _PyArg_NoKeywords(const char *funcname, PyObject *kwargs) {
    if (kwargs == NULL || (PyDict_Check(kwargs) && PyDict_Size(kwargs) == 0)) return 1;
    PyErr_Format(PyExc_TypeError, "%.200s() takes no keyword arguments", funcname);
    return 0;
}
int _PyArg_NoPositional(const char *funcname, PyObject *args) {
    if (args == NULL || PyTuple_GET_SIZE(args) == 0) return 1;
    PyErr_Format(PyExc_TypeError, "%.200s() takes no positional arguments", funcname);
    return 0;
}

int PyOS_vsnprintf(char *str, size_t size, const char *format, va_list va) { return vsnprintf(str, size, format, va); }
int PyOS_snprintf(char *str, size_t size, const char *format, ...) {
    va_list va; va_start(va, format);
    int r = vsnprintf(str, size, format, va);
    va_end(va);
    return r;
}
