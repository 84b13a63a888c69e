/* PyUnicode_FromFormat(V) and PyBytes_FromFormat(V): the C-variadic constructors (Swift cannot
   define C-variadic functions). Built on PyUnicode_FromStringAndSize / PyObject_Str / PyObject_Repr /
   PyObject_ASCII / PyUnicode_Join, following CPython 3.11's documented conversions:
   %% %c %d %i %u %ld %li %lu %lld %lli %llu %zd %zi %zu %x %p %s %U %S %R %A %V,
   with optional '-' / '0' flags, width and precision (digits or '*'). Width counts characters;
   precision counts bytes for %s / %V-with-NULL-object and characters for %U %S %R %A %V. */
#include "Python.h"

/* A growable list of str pieces. */
typedef struct { PyObject *list; } pieces_t;

static int add_piece(pieces_t *p, PyObject *s) {  /* steals s */
    if (s == NULL) return -1;
    int r = PyList_Append(p->list, s);
    Py_DECREF(s);
    return r;
}

static int add_utf8(pieces_t *p, const char *s, Py_ssize_t n) {
    if (n == 0) return 0;
    return add_piece(p, PyUnicode_DecodeUTF8(s, n, "replace"));
}

/* Adds str obj (borrowed) truncated to `prec` characters and padded to `width` (left-aligned if ljust). */
static int add_str_obj(pieces_t *p, PyObject *obj, Py_ssize_t width, Py_ssize_t prec, int ljust) {
    Py_ssize_t len = PyUnicode_GetLength(obj);
    if (len < 0) return -1;
    PyObject *s;
    if (prec >= 0 && prec < len) { s = PyUnicode_Substring(obj, 0, prec); len = prec; }
    else { Py_INCREF(obj); s = obj; }
    if (s == NULL) return -1;
    if (width > len) {
        Py_ssize_t pad = width - len;
        char *spaces = PyMem_Malloc((size_t)pad);
        if (spaces == NULL) { Py_DECREF(s); PyErr_NoMemory(); return -1; }
        memset(spaces, ' ', (size_t)pad);
        PyObject *ps = PyUnicode_FromStringAndSize(spaces, pad);
        PyMem_Free(spaces);
        if (ps == NULL) { Py_DECREF(s); return -1; }
        if (ljust) { if (add_piece(p, s) < 0) { Py_DECREF(ps); return -1; } return add_piece(p, ps); }
        if (add_piece(p, ps) < 0) { Py_DECREF(s); return -1; }
        return add_piece(p, s);
    }
    return add_piece(p, s);
}

/* Parses flags/width/precision/length after '%'. Returns the pointer at the conversion char. */
typedef struct { int ljust, zero; Py_ssize_t width, prec; int longflag, longlongflag, size_tflag; } spec_t;

static const char *parse_spec(const char *f, spec_t *sp, va_list *vargs) {
    memset(sp, 0, sizeof *sp);
    sp->width = -1; sp->prec = -1;
    for (;;) {
        if (*f == '-') sp->ljust = 1;
        else if (*f == '0') sp->zero = 1;
        else break;
        f++;
    }
    if (*f == '*') { sp->width = va_arg(*vargs, int); if (sp->width < 0) { sp->ljust = 1; sp->width = -sp->width; } f++; }
    else if (*f >= '0' && *f <= '9') { sp->width = 0; while (*f >= '0' && *f <= '9') sp->width = sp->width * 10 + (*f++ - '0'); }
    if (*f == '.') {
        f++;
        if (*f == '*') { sp->prec = va_arg(*vargs, int); f++; }
        else { sp->prec = 0; while (*f >= '0' && *f <= '9') sp->prec = sp->prec * 10 + (*f++ - '0'); }
    }
    if (*f == 'l') {
        if (f[1] == 'l') { sp->longlongflag = 1; f += 2; }
        else { sp->longflag = 1; f++; }
    } else if (*f == 'z') { sp->size_tflag = 1; f++; }
    return f;
}

/* Formats an integer conversion with snprintf into buf (returns length). */
static int format_int(char *buf, size_t bufsize, char conv, const spec_t *sp, va_list *vargs) {
    char fmt[32];
    char *q = fmt;
    *q++ = '%';
    if (sp->ljust) *q++ = '-';
    else if (sp->zero) *q++ = '0';
    if (sp->width >= 0) q += sprintf(q, "%zd", sp->width);
    if (sp->prec >= 0) q += sprintf(q, ".%zd", sp->prec);
    if (sp->longlongflag) { *q++ = 'l'; *q++ = 'l'; }
    else if (sp->longflag) *q++ = 'l';
    else if (sp->size_tflag) *q++ = 'z';
    *q++ = conv;
    *q = 0;
    if (conv == 'd' || conv == 'i') {
        if (sp->longlongflag) return snprintf(buf, bufsize, fmt, va_arg(*vargs, long long));
        if (sp->longflag) return snprintf(buf, bufsize, fmt, va_arg(*vargs, long));
        if (sp->size_tflag) return snprintf(buf, bufsize, fmt, va_arg(*vargs, Py_ssize_t));
        return snprintf(buf, bufsize, fmt, va_arg(*vargs, int));
    }
    /* u, x */
    if (sp->longlongflag) return snprintf(buf, bufsize, fmt, va_arg(*vargs, unsigned long long));
    if (sp->longflag) return snprintf(buf, bufsize, fmt, va_arg(*vargs, unsigned long));
    if (sp->size_tflag) return snprintf(buf, bufsize, fmt, va_arg(*vargs, size_t));
    return snprintf(buf, bufsize, fmt, va_arg(*vargs, unsigned int));
}

PyObject *PyUnicode_FromFormatV(const char *format, va_list vargs_in) {
    va_list vargs;
    va_copy(vargs, vargs_in);
    pieces_t p;
    p.list = PyList_New(0);
    if (p.list == NULL) { va_end(vargs); return NULL; }
    const char *f = format;
    while (*f) {
        const char *lit = f;
        while (*f && *f != '%') f++;
        if (f > lit && add_utf8(&p, lit, f - lit) < 0) goto fail;
        if (!*f) break;
        f++;  /* '%' */
        if (*f == '%') { if (add_utf8(&p, "%", 1) < 0) goto fail; f++; continue; }
        spec_t sp;
        const char *start = f - 1;
        f = parse_spec(f, &sp, &vargs);
        char buf[256];
        switch (*f) {
        case 'c': {
            int ch = va_arg(vargs, int);
            PyObject *c = PyUnicode_FromOrdinal(ch);
            if (c == NULL) goto fail;
            int r = add_str_obj(&p, c, sp.width, -1, sp.ljust);
            Py_DECREF(c);
            if (r < 0) goto fail;
            break;
        }
        case 'd': case 'i': case 'u': case 'x': {
            int n = format_int(buf, sizeof buf, *f, &sp, &vargs);
            if (add_utf8(&p, buf, n) < 0) goto fail;
            break;
        }
        case 'p': {
            void *ptr = va_arg(vargs, void *);
            int n = snprintf(buf, sizeof buf, "0x%llx", (unsigned long long)(uintptr_t)ptr);
            PyObject *s = PyUnicode_FromStringAndSize(buf, n);
            if (s == NULL) goto fail;
            int r = add_str_obj(&p, s, sp.width, -1, sp.ljust);
            Py_DECREF(s);
            if (r < 0) goto fail;
            break;
        }
        case 's': {
            const char *s = va_arg(vargs, const char *);
            if (s == NULL) s = "(null)";
            Py_ssize_t n = (Py_ssize_t)strlen(s);
            if (sp.prec >= 0 && sp.prec < n) n = sp.prec;
            PyObject *o = PyUnicode_DecodeUTF8(s, n, "replace");
            if (o == NULL) goto fail;
            int r = add_str_obj(&p, o, sp.width, -1, sp.ljust);
            Py_DECREF(o);
            if (r < 0) goto fail;
            break;
        }
        case 'U': {
            PyObject *o = va_arg(vargs, PyObject *);
            if (o == NULL) { PyErr_SetString(PyExc_SystemError, "PyUnicode_FromFormatV: NULL %U argument"); goto fail; }
            if (add_str_obj(&p, o, sp.width, sp.prec, sp.ljust) < 0) goto fail;
            break;
        }
        case 'V': {
            PyObject *o = va_arg(vargs, PyObject *);
            const char *s = va_arg(vargs, const char *);
            if (o != NULL) { if (add_str_obj(&p, o, sp.width, sp.prec, sp.ljust) < 0) goto fail; }
            else {
                if (s == NULL) s = "(null)";
                Py_ssize_t n = (Py_ssize_t)strlen(s);
                if (sp.prec >= 0 && sp.prec < n) n = sp.prec;
                PyObject *d = PyUnicode_DecodeUTF8(s, n, "replace");
                if (d == NULL) goto fail;
                int r = add_str_obj(&p, d, sp.width, -1, sp.ljust);
                Py_DECREF(d);
                if (r < 0) goto fail;
            }
            break;
        }
        case 'S': case 'R': case 'A': {
            PyObject *o = va_arg(vargs, PyObject *);
            PyObject *s = *f == 'S' ? PyObject_Str(o) : (*f == 'R' ? PyObject_Repr(o) : PyObject_ASCII(o));
            if (s == NULL) goto fail;
            int r = add_str_obj(&p, s, sp.width, sp.prec, sp.ljust);
            Py_DECREF(s);
            if (r < 0) goto fail;
            break;
        }
        default:
            /* Unknown conversion: copy the rest of the format verbatim (as CPython does). */
            if (add_utf8(&p, start, (Py_ssize_t)strlen(start)) < 0) goto fail;
            f = start + strlen(start);
            continue;
        }
        f++;
    }
    va_end(vargs);
    {
        PyObject *empty = PyUnicode_FromStringAndSize("", 0);
        if (empty == NULL) { Py_DECREF(p.list); return NULL; }
        PyObject *r = PyUnicode_Join(empty, p.list);
        Py_DECREF(empty);
        Py_DECREF(p.list);
        return r;
    }
fail:
    va_end(vargs);
    Py_DECREF(p.list);
    return NULL;
}

PyObject *PyUnicode_FromFormat(const char *format, ...) {
    va_list vargs;
    va_start(vargs, format);
    PyObject *r = PyUnicode_FromFormatV(format, vargs);
    va_end(vargs);
    return r;
}

/* ---- bytes ---- */

typedef struct { char *buf; size_t len, cap; } bbuf_t;

static int bb_add(bbuf_t *b, const char *s, size_t n) {
    if (b->len + n + 1 > b->cap) {
        size_t nc = b->cap ? b->cap * 2 : 128;
        while (nc < b->len + n + 1) nc *= 2;
        char *nb = PyMem_Realloc(b->buf, nc);
        if (nb == NULL) { PyErr_NoMemory(); return -1; }
        b->buf = nb; b->cap = nc;
    }
    memcpy(b->buf + b->len, s, n);
    b->len += n;
    return 0;
}

PyObject *PyBytes_FromFormatV(const char *format, va_list vargs_in) {
    va_list vargs;
    va_copy(vargs, vargs_in);
    bbuf_t b = { NULL, 0, 0 };
    const char *f = format;
    while (*f) {
        const char *lit = f;
        while (*f && *f != '%') f++;
        if (f > lit && bb_add(&b, lit, (size_t)(f - lit)) < 0) goto fail;
        if (!*f) break;
        f++;
        if (*f == '%') { if (bb_add(&b, "%", 1) < 0) goto fail; f++; continue; }
        spec_t sp;
        const char *start = f - 1;
        f = parse_spec(f, &sp, &vargs);
        char buf[256];
        switch (*f) {
        case 'c': {
            int c = va_arg(vargs, int);
            if (c < 0 || c > 255) {
                PyErr_SetString(PyExc_OverflowError, "PyBytes_FromFormatV(): %c format expects an integer in [0; 255]");
                goto fail;
            }
            char ch = (char)c;
            if (bb_add(&b, &ch, 1) < 0) goto fail;
            break;
        }
        case 'd': case 'i': case 'u': case 'x': {
            int n = format_int(buf, sizeof buf, *f, &sp, &vargs);
            if (bb_add(&b, buf, (size_t)n) < 0) goto fail;
            break;
        }
        case 'p': {
            void *ptr = va_arg(vargs, void *);
            int n = snprintf(buf, sizeof buf, "0x%llx", (unsigned long long)(uintptr_t)ptr);
            if (bb_add(&b, buf, (size_t)n) < 0) goto fail;
            break;
        }
        case 's': {
            const char *s = va_arg(vargs, const char *);
            if (s == NULL) s = "(null)";
            size_t n = strlen(s);
            if (sp.prec >= 0 && (size_t)sp.prec < n) n = (size_t)sp.prec;
            if (bb_add(&b, s, n) < 0) goto fail;
            break;
        }
        default:
            if (bb_add(&b, start, strlen(start)) < 0) goto fail;
            f = start + strlen(start);
            continue;
        }
        f++;
    }
    va_end(vargs);
    {
        PyObject *r = PyBytes_FromStringAndSize(b.buf ? b.buf : "", (Py_ssize_t)b.len);
        PyMem_Free(b.buf);
        return r;
    }
fail:
    va_end(vargs);
    PyMem_Free(b.buf);
    return NULL;
}

PyObject *PyBytes_FromFormat(const char *format, ...) {
    va_list vargs;
    va_start(vargs, format);
    PyObject *r = PyBytes_FromFormatV(format, vargs);
    va_end(vargs);
    return r;
}
