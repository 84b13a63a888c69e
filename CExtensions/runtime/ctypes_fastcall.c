/* _ctypes: the native call path of CFuncPtr (its __call__).

   Lib/ctypes/_funcptr.py builds a "plan" when argtypes/restype/errcheck change: the prepared cif
   and one type code per argtype (when every argtype converts by the stock simple-type rules), or
   no codes (argtypes unset: CPython's default conversion, cif cached per signature), plus the
   result post-processor, errcheck and call flags. funcptr_call converts the arguments it can
   handle natively, runs ffi_call and converts the result; any argument it is unsure of (or a call
   with keywords, no plan, a NULL pointer) goes to the Python path `_call_slow`, which has the
   full semantics and error messages. The fast path only ever accepts values the slow path would
   convert the same way, so it changes speed, never behaviour. */
#include "ctypes_internal.h"
#include <string.h>

#define CT_PLAN_CAPSULE "_ctypes.plan"
#define CT_SIG_MAX 32

typedef struct {
    PyObject *cif;          /* cif capsule (argtypes set), else NULL */
    PyObject *rdesc;        /* restype descriptor (to build cifs per signature when argtypes unset) */
    PyObject *post;         /* result converter or NULL */
    PyObject *errcheck;     /* or NULL */
    char *codes;            /* argtypes' codes (NUL-terminated), NULL when argtypes is unset */
    int nargs;
    int flags;
    char last_sig[CT_SIG_MAX + 1];  /* argtypes unset: the last signature seen and its cif */
    PyObject *last_cif;
} CtPlan;

static PyObject *s_plan, *s_call_slow, *s_b_addr;

static void free_plan(PyObject *cap) {
    CtPlan *p = PyCapsule_GetPointer(cap, CT_PLAN_CAPSULE);
    if (!p) { PyErr_Clear(); return; }
    Py_XDECREF(p->cif);
    Py_XDECREF(p->rdesc);
    Py_XDECREF(p->post);
    Py_XDECREF(p->errcheck);
    Py_XDECREF(p->last_cif);
    PyMem_Free(p->codes);
    PyMem_Free(p);
}

static PyObject *none_to_null(PyObject *o) { return o == Py_None ? NULL : o; }

/* plan(rdesc, codes or None, cif or None, post, errcheck, flags) -> capsule. */
PyObject *ct_make_plan(PyObject *self, PyObject *args) {
    PyObject *rdesc, *codes, *cif, *post, *errcheck;
    int flags;
    (void)self;
    if (!PyArg_ParseTuple(args, "OOOOOi:plan", &rdesc, &codes, &cif, &post, &errcheck, &flags)) return NULL;
    CtPlan *p = PyMem_Calloc(1, sizeof(CtPlan));
    if (!p) return PyErr_NoMemory();
    if (codes != Py_None) {
        Py_ssize_t n;
        const char *s = PyUnicode_AsUTF8AndSize(codes, &n);
        if (!s || !PyCapsule_GetPointer(cif, CT_CIF_CAPSULE)) { PyMem_Free(p); return NULL; }
        p->codes = PyMem_Malloc((size_t)n + 1);
        if (!p->codes) { PyMem_Free(p); return PyErr_NoMemory(); }
        memcpy(p->codes, s, (size_t)n + 1);
        p->nargs = (int)n;
        p->cif = cif;
        Py_INCREF(cif);
    }
    p->rdesc = rdesc;
    Py_INCREF(rdesc);
    p->post = none_to_null(post);
    Py_XINCREF(p->post);
    p->errcheck = none_to_null(errcheck);
    Py_XINCREF(p->errcheck);
    p->flags = flags;
    PyObject *cap = PyCapsule_New(p, CT_PLAN_CAPSULE, free_plan);
    if (!cap) {
        Py_XDECREF(p->cif); Py_DECREF(p->rdesc); Py_XDECREF(p->post); Py_XDECREF(p->errcheck);
        PyMem_Free(p->codes); PyMem_Free(p);
    }
    return cap;
}

/* Stores `v` for argtype code `code` when it is a value the stock from_param passes unchanged;
   returns 0 (nothing stored, no error set) for anything else. */
static int fast_arg(char code, PyObject *v, CtValue *slot) {
    switch (code) {
    case 'b': case 'B': case 'h': case 'H': case 'i': case 'I':
    case 'l': case 'L': case 'q': case 'Q': {
        if (!PyLong_CheckExact(v) && !PyBool_Check(v)) return 0;
        unsigned long long u = PyLong_AsUnsignedLongLongMask(v);
        if (u == (unsigned long long)-1 && PyErr_Occurred()) { PyErr_Clear(); return 0; }
        switch (code) {
        case 'b': case 'B': *(unsigned char *)slot = (unsigned char)u; break;
        case 'h': case 'H': *(unsigned short *)slot = (unsigned short)u; break;
        case 'i': case 'I': *(unsigned int *)slot = (unsigned int)u; break;
        default: slot->q = u; break;
        }
        return 1;
    }
    case 'f': case 'd': {
        double d;
        if (PyFloat_CheckExact(v)) d = PyFloat_AS_DOUBLE(v);
        else if (PyLong_CheckExact(v)) {
            d = PyLong_AsDouble(v);
            if (d == -1.0 && PyErr_Occurred()) { PyErr_Clear(); return 0; }
        } else return 0;
        if (code == 'f') slot->f = (float)d; else slot->d = d;
        return 1;
    }
    case 'z':
        if (v == Py_None) { slot->p = NULL; return 1; }
        if (PyBytes_CheckExact(v)) { slot->p = PyBytes_AS_STRING(v); return 1; }
        return 0;
    case 'P':
        if (v == Py_None) { slot->p = NULL; return 1; }
        if (PyBytes_CheckExact(v)) { slot->p = PyBytes_AS_STRING(v); return 1; }
        if (PyLong_CheckExact(v)) {
            unsigned long long u = PyLong_AsUnsignedLongLongMask(v);
            if (u == (unsigned long long)-1 && PyErr_Occurred()) { PyErr_Clear(); return 0; }
            slot->p = (void *)(uintptr_t)u;
            return 1;
        }
        return 0;
    default:
        return 0;
    }
}

/* CPython's default conversion (no argtypes) for the values it maps to a plain C value:
   int/bool -> int, bytes -> char*, None -> NULL. Sets *code; 0 for anything else. */
static int default_arg(PyObject *v, CtValue *slot, char *code) {
    if (PyLong_CheckExact(v) || PyBool_Check(v)) { *code = 'i'; return fast_arg('i', v, slot); }
    if (PyBytes_CheckExact(v)) { *code = 'z'; slot->p = PyBytes_AS_STRING(v); return 1; }
    if (v == Py_None) { *code = 'P'; slot->p = NULL; return 1; }
    return 0;
}

/* The cif for a default-converted signature, cached per plan (last one) and per (rdesc, sig). */
static CtCif *signature_cif(CtPlan *p, const char *sig) {
    if (p->last_cif && strcmp(p->last_sig, sig) == 0)
        return PyCapsule_GetPointer(p->last_cif, CT_CIF_CAPSULE);
    Py_ssize_t n = (Py_ssize_t)strlen(sig);
    PyObject *descs = PyTuple_New(n);
    if (!descs) return NULL;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *d = PyUnicode_FromStringAndSize(sig + i, 1);
        if (!d) { Py_DECREF(descs); return NULL; }
        PyTuple_SET_ITEM(descs, i, d);
    }
    PyObject *a = PyTuple_Pack(2, p->rdesc, descs);
    Py_DECREF(descs);
    if (!a) return NULL;
    PyObject *cif = ct_make_cif(NULL, a);
    Py_DECREF(a);
    if (!cif) return NULL;
    Py_XSETREF(p->last_cif, cif);
    memcpy(p->last_sig, sig, (size_t)n + 1);
    return PyCapsule_GetPointer(cif, CT_CIF_CAPSULE);
}

static PyObject *call_slow(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames) {
    PyObject *m = PyObject_GetAttr(self, s_call_slow);
    if (!m) return NULL;
    PyObject *r = PyObject_Vectorcall(m, args, (size_t)nargs, kwnames);
    Py_DECREF(m);
    return r;
}

/* CFuncPtr.__call__(self, *args, **kwargs). */
static PyObject *funcptr_call(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames) {
    /* Without paramflags CPython ignores keyword arguments; so does the plan (never paramflags). */
    PyObject **dictp = _PyObject_GetDictPtr(self);
    PyObject *cap = dictp && *dictp ? PyDict_GetItem(*dictp, s_plan) : NULL;
    PyObject *addr = dictp && *dictp ? PyDict_GetItem(*dictp, s_b_addr) : NULL;
    if (!cap || cap == Py_None || !addr || nargs > CT_STACK_ARGS || nargs > CT_SIG_MAX)
        return call_slow(self, args, nargs, kwnames);
    CtPlan *p = PyCapsule_GetPointer(cap, CT_PLAN_CAPSULE);
    if (!p) return NULL;
    void **where = PyLong_AsVoidPtr(addr);
    if (!where) { PyErr_Clear(); return call_slow(self, args, nargs, kwnames); }
    void (*fn)(void) = (void (*)(void))*where;
    if (!fn) return call_slow(self, args, nargs, kwnames);

    CtValue slots[CT_STACK_ARGS];
    void *avalues[CT_STACK_ARGS];
    CtCif *c;
    if (p->codes) {
        if (nargs != p->nargs) return call_slow(self, args, nargs, kwnames);
        for (Py_ssize_t i = 0; i < nargs; i++) {
            if (!fast_arg(p->codes[i], args[i], &slots[i])) return call_slow(self, args, nargs, kwnames);
            avalues[i] = &slots[i];
        }
        c = PyCapsule_GetPointer(p->cif, CT_CIF_CAPSULE);
    } else {
        char sig[CT_SIG_MAX + 1];
        for (Py_ssize_t i = 0; i < nargs; i++) {
            if (!default_arg(args[i], &slots[i], &sig[i])) return call_slow(self, args, nargs, kwnames);
            avalues[i] = &slots[i];
        }
        sig[nargs] = 0;
        c = signature_cif(p, sig);
    }
    if (!c) return NULL;

    size_t rsize = c->cif.rtype->size > sizeof(CtValue) ? c->cif.rtype->size : sizeof(CtValue);
    union { CtValue v; char bytes[64]; } rstack;
    void *rbuf = rsize <= sizeof(rstack) ? (void *)&rstack : PyMem_Calloc(1, rsize);
    if (!rbuf) return PyErr_NoMemory();
    memset(rbuf, 0, rsize <= sizeof(rstack) ? sizeof(rstack) : rsize);
    ct_ffi_invoke(&c->cif, fn, rbuf, avalues, p->flags);
    PyObject *result = NULL;
    if (!((p->flags & CT_CHECK_ERROR) && PyErr_Occurred())) result = ct_convert_result(c, rbuf);
    if (rbuf != (void *)&rstack) PyMem_Free(rbuf);
    if (result && p->post) Py_SETREF(result, PyObject_CallOneArg(p->post, result));
    if (result && p->errcheck) {
        PyObject *t = PyTuple_New(nargs);
        if (!t) { Py_DECREF(result); return NULL; }
        for (Py_ssize_t i = 0; i < nargs; i++) { Py_INCREF(args[i]); PyTuple_SET_ITEM(t, i, args[i]); }
        PyObject *ec = p->errcheck;
        Py_INCREF(ec);
        PyObject *checked = PyObject_CallFunctionObjArgs(ec, result, self, t, NULL);
        Py_DECREF(ec);
        /* errcheck returning the arguments it was given: the result stands (CPython) */
        if (checked == t) Py_DECREF(checked);
        else Py_SETREF(result, checked);
        Py_DECREF(t);
    }
    return result;
}

PyMethodDef ct_funcptr_call_def = {"__call__", (PyCFunction)(void (*)(void))funcptr_call,
                                   METH_FASTCALL | METH_KEYWORDS, "Call self as a function."};

/* Adds `funcptr_call` (a method descriptor usable on any object) and `plan` support to the module. */
int ct_add_fastcall(PyObject *m) {
    s_plan = PyUnicode_InternFromString("_plan");
    s_call_slow = PyUnicode_InternFromString("_call_slow");
    s_b_addr = PyUnicode_InternFromString("_b_addr_");
    if (!s_plan || !s_call_slow || !s_b_addr) return -1;
    PyObject *d = PyDescr_NewMethod(&PyBaseObject_Type, &ct_funcptr_call_def);
    if (!d) return -1;
    return PyModule_AddObject(m, "funcptr_call", d);
}
