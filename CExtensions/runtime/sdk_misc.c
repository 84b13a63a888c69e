/* SwiftPy SDK: small C API functions declared in sdk_extras.h (PyOS_* string helpers, Py_IncRef,
   PyObject_Print, PyFile_Write*, PyEval_Call*, PyErr_WarnExplicit, filesystem converters, UCS4
   export, PyState_*). Written against the public API only; GIL held unless noted. */
#include "swiftpy_internal.h"

/* ---- PyOS_* (no GIL needed) ---- */
int PyOS_mystrnicmp(const char *a, const char *b, Py_ssize_t size) {
    if (size == 0)
        return 0;
    while (--size > 0 && *a && Py_TOLOWER(*a) == Py_TOLOWER(*b)) {
        a++;
        b++;
    }
    return Py_TOLOWER(*a) - Py_TOLOWER(*b);
}

int PyOS_mystricmp(const char *a, const char *b) {
    while (*a && Py_TOLOWER(*a) == Py_TOLOWER(*b)) {
        a++;
        b++;
    }
    return Py_TOLOWER(*a) - Py_TOLOWER(*b);
}

/* As CPython's: base 0 accepts 0x/0o/0b prefixes (and no leading-zero octal); overflow gives
   ULONG_MAX/LONG_MIN..LONG_MAX and errno = ERANGE; no digits: 0, *ptr = str, errno = EINVAL. */
static int digit_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

unsigned long PyOS_strtoul(const char *str, char **ptr, int base) {
    const char *start = str;
    while (*str && Py_ISSPACE(*str))
        str++;
    if (base == 0) {
        if (str[0] == '0' && (str[1] == 'x' || str[1] == 'X') && digit_value(str[2]) < 16) { base = 16; str += 2; }
        else if (str[0] == '0' && (str[1] == 'o' || str[1] == 'O') && digit_value(str[2]) < 8) { base = 8; str += 2; }
        else if (str[0] == '0' && (str[1] == 'b' || str[1] == 'B') && digit_value(str[2]) < 2) { base = 2; str += 2; }
        else if (str[0] == '0') {
            /* only zeros allowed after a leading zero */
            while (*str == '0') str++;
            while (Py_ISSPACE(*str)) str++;
            if (ptr) *ptr = (char *)str;
            return 0;
        } else base = 10;
    } else if (base == 16 && str[0] == '0' && (str[1] == 'x' || str[1] == 'X') && digit_value(str[2]) < 16) {
        str += 2;
    } else if (base == 8 && str[0] == '0' && (str[1] == 'o' || str[1] == 'O') && digit_value(str[2]) < 8) {
        str += 2;
    } else if (base == 2 && str[0] == '0' && (str[1] == 'b' || str[1] == 'B') && digit_value(str[2]) < 2) {
        str += 2;
    }
    if (base < 2 || base > 36) {
        if (ptr) *ptr = (char *)start;
        errno = EINVAL;
        return 0;
    }
    if (digit_value(*str) >= base) {
        if (ptr) *ptr = (char *)start;
        errno = EINVAL;
        return 0;
    }
    unsigned long result = 0;
    int overflow = 0;
    int d;
    while ((d = digit_value(*str)) < base) {
        if (!overflow) {
            if (result > (ULONG_MAX - (unsigned long)d) / (unsigned long)base) overflow = 1;
            else result = result * (unsigned long)base + (unsigned long)d;
        }
        str++;
    }
    if (ptr) *ptr = (char *)str;
    if (overflow) {
        errno = ERANGE;
        return (unsigned long)-1;
    }
    return result;
}

long PyOS_strtol(const char *str, char **ptr, int base) {
    while (*str && Py_ISSPACE(*str))
        str++;
    int sign = 1;
    if (*str == '-' || *str == '+') {
        if (*str == '-') sign = -1;
        str++;
    }
    char *end;
    int saved = errno;
    errno = 0;
    unsigned long u = PyOS_strtoul(str, &end, base);
    int err = errno;
    errno = saved;
    if (ptr) *ptr = end;
    if (err == EINVAL) {
        errno = EINVAL;
        return 0;
    }
    if (err == ERANGE || (sign == 1 && u > (unsigned long)LONG_MAX) || (sign == -1 && u > (unsigned long)LONG_MAX + 1)) {
        errno = ERANGE;
        return sign == 1 ? LONG_MAX : LONG_MIN;
    }
    return sign == -1 ? (long)(0 - u) : (long)u;
}

/* ---- reference counting for dynamic callers ---- */
void Py_IncRef(PyObject *o) { Py_XINCREF(o); }
void Py_DecRef(PyObject *o) { Py_XDECREF(o); }

/* ---- printing ---- */
int PyObject_Print(PyObject *op, FILE *fp, int flags) {
    clearerr(fp);
    if (op == NULL) {
        Py_BEGIN_ALLOW_THREADS
        fputs("<nil>", fp);
        Py_END_ALLOW_THREADS
    } else {
        PyObject *s = (flags & Py_PRINT_RAW) ? PyObject_Str(op) : PyObject_Repr(op);
        if (s == NULL)
            return -1;
        Py_ssize_t n;
        const char *t = PyUnicode_AsUTF8AndSize(s, &n);
        if (t == NULL) {
            Py_DECREF(s);
            return -1;
        }
        fwrite(t, 1, (size_t)n, fp);
        Py_DECREF(s);
    }
    if (ferror(fp)) {
        PyErr_SetFromErrno(PyExc_OSError);
        clearerr(fp);
        return -1;
    }
    return 0;
}

int PyFile_WriteObject(PyObject *v, PyObject *f, int flags) {
    if (f == NULL) {
        PyErr_SetString(PyExc_TypeError, "writeobject with NULL file");
        return -1;
    }
    PyObject *s = (flags & Py_PRINT_RAW) ? PyObject_Str(v) : PyObject_Repr(v);
    if (s == NULL)
        return -1;
    PyObject *r = PyObject_CallMethod(f, "write", "O", s);
    Py_DECREF(s);
    if (r == NULL)
        return -1;
    Py_DECREF(r);
    return 0;
}

int PyFile_WriteString(const char *s, PyObject *f) {
    if (f == NULL) {
        if (!PyErr_Occurred())
            PyErr_SetString(PyExc_SystemError, "null file for PyFile_WriteString");
        return -1;
    }
    if (PyErr_Occurred())
        return -1;
    PyObject *v = PyUnicode_FromString(s);
    if (v == NULL)
        return -1;
    int r = PyFile_WriteObject(v, f, Py_PRINT_RAW);
    Py_DECREF(v);
    return r;
}

/* ---- legacy call helpers ---- */
PyObject *PyEval_CallObjectWithKeywords(PyObject *callable, PyObject *args, PyObject *kwargs) {
    if (args != NULL && !PyTuple_Check(args)) {
        PyErr_SetString(PyExc_TypeError, "argument list must be a tuple");
        return NULL;
    }
    if (kwargs != NULL && !PyDict_Check(kwargs)) {
        PyErr_SetString(PyExc_TypeError, "keyword list must be a dictionary");
        return NULL;
    }
    if (args != NULL)
        return PyObject_Call(callable, args, kwargs);
    PyObject *empty = PyTuple_New(0);
    if (empty == NULL)
        return NULL;
    PyObject *r = PyObject_Call(callable, empty, kwargs);
    Py_DECREF(empty);
    return r;
}

/* Py_VaBuildValue result as an argument tuple: a non-tuple becomes a 1-tuple. */
static PyObject *call_with_format(PyObject *callable, const char *format, va_list va) {
    PyObject *args = Py_VaBuildValue(format, va);
    if (args == NULL)
        return NULL;
    if (!PyTuple_Check(args)) {
        PyObject *t = PyTuple_Pack(1, args);
        Py_DECREF(args);
        if (t == NULL)
            return NULL;
        args = t;
    }
    PyObject *r = PyObject_Call(callable, args, NULL);
    Py_DECREF(args);
    return r;
}

PyObject *PyEval_CallFunction(PyObject *callable, const char *format, ...) {
    va_list va;
    va_start(va, format);
    PyObject *r = call_with_format(callable, format, va);
    va_end(va);
    return r;
}

PyObject *PyEval_CallMethod(PyObject *obj, const char *name, const char *format, ...) {
    PyObject *meth = PyObject_GetAttrString(obj, name);
    if (meth == NULL)
        return NULL;
    va_list va;
    va_start(va, format);
    PyObject *r = call_with_format(meth, format, va);
    va_end(va);
    Py_DECREF(meth);
    return r;
}

/* ---- warnings ---- */
int PyErr_WarnExplicit(PyObject *category, const char *text, const char *filename, int lineno,
                       const char *module, PyObject *registry) {
    PyObject *warnings = PyImport_ImportModule("warnings");
    if (warnings == NULL)
        return -1;
    PyObject *mod = module ? PyUnicode_FromString(module) : Py_NewRef(Py_None);
    if (mod == NULL) {
        Py_DECREF(warnings);
        return -1;
    }
    PyObject *r = PyObject_CallMethod(warnings, "warn_explicit", "OsziOO", category ? category : PyExc_UserWarning,
                                      text, filename ? filename : "<unknown>", lineno, mod, registry ? registry : Py_None);
    Py_DECREF(mod);
    Py_DECREF(warnings);
    if (r == NULL)
        return -1;
    Py_DECREF(r);
    return 0;
}

/* ---- filesystem converters ("O&" units; a NULL object asks for clean-up) ---- */
int PyUnicode_FSConverter(PyObject *arg, void *addr) {
    if (arg == NULL) {
        Py_DECREF(*(PyObject **)addr);
        *(PyObject **)addr = NULL;
        return 1;
    }
    PyObject *path = PyOS_FSPath(arg);
    if (path == NULL)
        return 0;
    PyObject *output;
    if (PyBytes_Check(path)) {
        output = path;
    } else {
        output = PyUnicode_EncodeFSDefault(path);
        Py_DECREF(path);
        if (output == NULL)
            return 0;
    }
    if ((Py_ssize_t)strlen(PyBytes_AS_STRING(output)) != PyBytes_GET_SIZE(output)) {
        Py_DECREF(output);
        PyErr_SetString(PyExc_ValueError, "embedded null byte");
        return 0;
    }
    *(PyObject **)addr = output;
    return Py_CLEANUP_SUPPORTED;
}

int PyUnicode_FSDecoder(PyObject *arg, void *addr) {
    if (arg == NULL) {
        Py_DECREF(*(PyObject **)addr);
        *(PyObject **)addr = NULL;
        return 1;
    }
    PyObject *path = PyOS_FSPath(arg);
    if (path == NULL)
        return 0;
    PyObject *output;
    if (PyUnicode_Check(path)) {
        output = path;
    } else {
        output = PyUnicode_DecodeFSDefaultAndSize(PyBytes_AS_STRING(path), PyBytes_GET_SIZE(path));
        Py_DECREF(path);
        if (output == NULL)
            return 0;
    }
    Py_ssize_t n = PyUnicode_GET_LENGTH(output);
    if (PyUnicode_FindChar(output, 0, 0, n, 1) >= 0) {
        Py_DECREF(output);
        PyErr_SetString(PyExc_ValueError, "embedded null character");
        return 0;
    }
    *(PyObject **)addr = output;
    return Py_CLEANUP_SUPPORTED;
}

/* ---- UCS4 export ---- */
static Py_UCS4 *as_ucs4(PyObject *s, Py_UCS4 *target, Py_ssize_t targetsize, int copy_null) {
    if (!PyUnicode_Check(s)) {
        PyErr_BadInternalCall();
        return NULL;
    }
    Py_ssize_t len = PyUnicode_GET_LENGTH(s);
    Py_ssize_t need = len + (copy_null ? 1 : 0);
    if (target == NULL) {
        target = PyMem_New(Py_UCS4, need);
        if (target == NULL) {
            PyErr_NoMemory();
            return NULL;
        }
    } else if (targetsize < need) {
        PyErr_Format(PyExc_SystemError, "string is longer than the buffer");
        if (copy_null && targetsize > 0)
            target[0] = 0;
        return NULL;
    }
    int kind = PyUnicode_KIND(s);
    const void *data = PyUnicode_DATA(s);
    for (Py_ssize_t i = 0; i < len; i++)
        target[i] = PyUnicode_READ(kind, data, i);
    if (copy_null)
        target[len] = 0;
    return target;
}

Py_UCS4 *PyUnicode_AsUCS4(PyObject *s, Py_UCS4 *buffer, Py_ssize_t buflen, int copy_null) {
    if (buffer == NULL || buflen < 0) {
        PyErr_BadInternalCall();
        return NULL;
    }
    return as_ucs4(s, buffer, buflen, copy_null);
}

Py_UCS4 *PyUnicode_AsUCS4Copy(PyObject *s) {
    return as_ucs4(s, NULL, 0, 1);
}

/* ---- PyState_*: single-phase modules by definition ----
   Modules registered with PyState_AddModule (strong references, GIL held); otherwise the module in
   sys.modules created from the definition. Multi-phase definitions (m_slots) have no such module. */
typedef struct { struct PyModuleDef *def; PyObject *module; } StateEntry;
static StateEntry *state_entries;
static Py_ssize_t state_count, state_capacity;

PyObject *PyState_FindModule(struct PyModuleDef *def) {
    if (def == NULL || def->m_slots != NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < state_count; i++)
        if (state_entries[i].def == def)
            return state_entries[i].module;
    PyObject *modules = PyImport_GetModuleDict();
    if (modules == NULL || !PyDict_Check(modules))
        return NULL;
    Py_ssize_t pos = 0;
    PyObject *k, *v;
    while (PyDict_Next(modules, &pos, &k, &v))
        if (PyModule_Check(v) && ((PyModuleObject *)v)->md_def == def)
            return v;
    return NULL;
}

int PyState_AddModule(PyObject *module, struct PyModuleDef *def) {
    if (module == NULL || def == NULL) {
        PyErr_SetString(PyExc_SystemError, "PyState_AddModule: module or definition is NULL");
        return -1;
    }
    if (def->m_slots != NULL) {
        PyErr_SetString(PyExc_SystemError, "PyState_AddModule called on module with slots");
        return -1;
    }
    for (Py_ssize_t i = 0; i < state_count; i++) {
        if (state_entries[i].def == def) {
            Py_INCREF(module);
            Py_SETREF(state_entries[i].module, module);
            return 0;
        }
    }
    if (state_count == state_capacity) {
        Py_ssize_t cap = state_capacity ? state_capacity * 2 : 8;
        StateEntry *e = PyMem_RawRealloc(state_entries, (size_t)cap * sizeof(StateEntry));
        if (e == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        state_entries = e;
        state_capacity = cap;
    }
    state_entries[state_count].def = def;
    state_entries[state_count].module = Py_NewRef(module);
    state_count++;
    return 0;
}

int PyState_RemoveModule(struct PyModuleDef *def) {
    if (def != NULL && def->m_slots != NULL) {
        PyErr_SetString(PyExc_SystemError, "PyState_RemoveModule called on module with slots");
        return -1;
    }
    for (Py_ssize_t i = 0; i < state_count; i++) {
        if (state_entries[i].def == def) {
            PyObject *m = state_entries[i].module;
            state_entries[i] = state_entries[--state_count];
            Py_DECREF(m);
            return 0;
        }
    }
    PyErr_SetString(PyExc_SystemError, "PyState_RemoveModule: Module index out of bounds.");
    return -1;
}

/* ---- PyErr_WarnFormat (declared in pyerrors.h; C-variadic, so here) ---- */
int PyErr_WarnFormat(PyObject *category, Py_ssize_t stack_level, const char *format, ...) {
    va_list va;
    va_start(va, format);
    PyObject *message = PyUnicode_FromFormatV(format, va);
    va_end(va);
    if (message == NULL)
        return -1;
    const char *text = PyUnicode_AsUTF8(message);
    int r = text ? PyErr_WarnEx(category, text, stack_level) : -1;
    Py_DECREF(message);
    return r;
}
