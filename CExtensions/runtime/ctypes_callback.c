/* _ctypes: callbacks (CFUNCTYPE instances made from Python callables) on libffi closures.
   The handler may run on any thread: it takes the GIL with PyGILState_Ensure. */
#include "ctypes_internal.h"
#include <string.h>

#define CT_CLOSURE_CAPSULE "_ctypes.closure"

typedef struct {
    ffi_closure *closure;
    void *code;             /* the executable address C calls */
    PyObject *cif;          /* CtCif capsule: the closure's ffi_cif lives in it */
    PyObject *callable;     /* the user's function */
    PyObject *argconv;      /* None, or a tuple: per argument None or a function raw -> Python value */
    PyObject *resconv;      /* None, or a function result -> raw C value */
} CtClosure;

PyAPI_FUNC(void) _SwiftPy_WriteUnraisableMsg(const char *msg, PyObject *obj);

/* Writes the Python result `r` as the C return value of type `code` into `ret`. */
static int store_result(CtCif *c, void *ret, PyObject *r) {
    char code = c->rcode;
    if (code == 'v') return 0;
    if (code == 'T') {
        void *src = PyLong_AsVoidPtr(r);
        if (!src && PyErr_Occurred()) return -1;
        if (src) memcpy(ret, src, c->cif.rtype->size);
        return 0;
    }
    union { long double g; char bytes[32]; } tmp;
    memset(&tmp, 0, sizeof(tmp));
    PyObject *keep = ct_store(&tmp, code, r);
    if (!keep) return -1;
    /* Like CPython, a returned string's memory is only guaranteed while the object lives. */
    Py_DECREF(keep);
    ffi_arg *out = ret;
    switch (code) {
    case '?': case 'c': case 'B': *out = *(unsigned char *)&tmp; break;
    case 'b': *out = (ffi_arg)(ffi_sarg)*(signed char *)&tmp; break;
    case 'h': *out = (ffi_arg)(ffi_sarg)*(short *)&tmp; break;
    case 'H': *out = *(unsigned short *)&tmp; break;
    case 'i': *out = (ffi_arg)(ffi_sarg)*(int *)&tmp; break;
    case 'I': *out = *(unsigned int *)&tmp; break;
    case 'u': *out = (ffi_arg)*(wchar_t *)&tmp; break;
    default: memcpy(ret, &tmp, c->cif.rtype->size); break;
    }
    return 0;
}

static void handler(ffi_cif *cif, void *ret, void **args, void *userdata) {
    CtClosure *cl = userdata;
    CtCif *c = PyCapsule_GetPointer(cl->cif, CT_CIF_CAPSULE);
    (void)cif;
    PyGILState_STATE st = PyGILState_Ensure();
    if (c->cif.rtype->size) memset(ret, 0, c->cif.rtype->size < sizeof(ffi_arg) ? sizeof(ffi_arg) : c->cif.rtype->size);
    PyObject *argt = PyTuple_New(c->nargs);
    PyObject *r = NULL;
    if (!argt) goto fail;
    for (int i = 0; i < c->nargs; i++) {
        PyObject *v = c->acodes[i] == 'T' ? PyLong_FromVoidPtr(args[i]) : ct_load(args[i], c->acodes[i]);
        if (!v) goto fail;
        if (cl->argconv != Py_None && PyTuple_GET_ITEM(cl->argconv, i) != Py_None) {
            PyObject *w = PyObject_CallOneArg(PyTuple_GET_ITEM(cl->argconv, i), v);
            Py_DECREF(v);
            if (!w) goto fail;
            v = w;
        }
        PyTuple_SET_ITEM(argt, i, v);
    }
    r = PyObject_Call(cl->callable, argt, NULL);
    if (!r) goto fail;
    if (cl->resconv != Py_None) {
        /* the converted value may be the address of r's memory (a structure): r stays alive
           until it has been copied out */
        PyObject *w = PyObject_CallOneArg(cl->resconv, r);
        if (!w) goto bad_result;
        int ok = store_result(c, ret, w);
        Py_DECREF(w);
        if (ok < 0) goto bad_result;
        goto done;
    }
    if (store_result(c, ret, r) < 0) goto bad_result;
    goto done;
bad_result:
    _SwiftPy_WriteUnraisableMsg("on converting result of ctypes callback function", cl->callable);
    goto done;
fail:
    _SwiftPy_WriteUnraisableMsg("on calling ctypes callback function", cl->callable);
done:
    Py_XDECREF(r);
    Py_XDECREF(argt);
    PyGILState_Release(st);
}

static void free_closure(PyObject *cap) {
    CtClosure *cl = PyCapsule_GetPointer(cap, CT_CLOSURE_CAPSULE);
    if (!cl) { PyErr_Clear(); return; }
    if (cl->closure) ffi_closure_free(cl->closure);
    Py_XDECREF(cl->cif);
    Py_XDECREF(cl->callable);
    Py_XDECREF(cl->argconv);
    Py_XDECREF(cl->resconv);
    PyMem_Free(cl);
}

/* closure(cif, callable, argconv, resconv) -> (capsule, code address). The capsule owns the
   closure; argconv is None or a tuple with one converter (or None) per argument. */
PyObject *ct_make_closure(PyObject *self, PyObject *args) {
    PyObject *cifobj, *callable, *argconv, *resconv;
    (void)self;
    if (!PyArg_ParseTuple(args, "OOOO:closure", &cifobj, &callable, &argconv, &resconv)) return NULL;
    CtCif *c = PyCapsule_GetPointer(cifobj, CT_CIF_CAPSULE);
    if (!c) return NULL;
    if (argconv != Py_None && (!PyTuple_Check(argconv) || PyTuple_GET_SIZE(argconv) != c->nargs)) {
        PyErr_SetString(PyExc_TypeError, "closure: argconv must be None or a tuple with one item per argument");
        return NULL;
    }
    CtClosure *cl = PyMem_Calloc(1, sizeof(CtClosure));
    if (!cl) return PyErr_NoMemory();
    cl->closure = ffi_closure_alloc(sizeof(ffi_closure), &cl->code);
    if (!cl->closure) { PyMem_Free(cl); return PyErr_NoMemory(); }
    if (ffi_prep_closure_loc(cl->closure, &c->cif, handler, cl, cl->code) != FFI_OK) {
        ffi_closure_free(cl->closure);
        PyMem_Free(cl);
        PyErr_SetString(PyExc_RuntimeError, "ffi_prep_closure failed");
        return NULL;
    }
    Py_INCREF(cifobj); cl->cif = cifobj;
    Py_INCREF(callable); cl->callable = callable;
    Py_INCREF(argconv); cl->argconv = argconv;
    Py_INCREF(resconv); cl->resconv = resconv;
    PyObject *cap = PyCapsule_New(cl, CT_CLOSURE_CAPSULE, free_closure);
    if (!cap) { cl->closure = NULL; free_closure(NULL); return NULL; }
    PyObject *addr = PyLong_FromVoidPtr(cl->code);
    if (!addr) { Py_DECREF(cap); return NULL; }
    PyObject *res = PyTuple_Pack(2, cap, addr);
    Py_DECREF(cap);
    Py_DECREF(addr);
    return res;
}
