/* _ctypes: structure types for libffi, call interfaces, and foreign calls (GIL released for CDLL). */
#include "ctypes_internal.h"
#include <errno.h>
#include <string.h>

_Thread_local int ct_private_errno;

static void free_struct(PyObject *cap) {
    CtStruct *st = PyCapsule_GetPointer(cap, CT_STRUCT_CAPSULE);
    if (!st) { PyErr_Clear(); return; }
    Py_XDECREF(st->nested);
    PyMem_Free(st->elements);
    PyMem_Free(st);
}

/* A struct type libffi always classifies as MEMORY (x86-64 SysV: larger than 32 bytes); used as
   the only element of an aggregate the C ABI passes and returns in memory. */
static ffi_type *memory_marker_elements[] = { &ffi_type_uint8, NULL };
static ffi_type memory_marker = { 64, 1, FFI_TYPE_STRUCT, memory_marker_elements };

enum { CLASS_NONE, CLASS_SSE, CLASS_INT, CLASS_MEMORY };

static int is_float_code(char c) { return c == 'f' || c == 'd'; }

/* Fills `el` (room for 3 entries) with elements libffi classifies as the C compiler classifies
   an aggregate of `size` bytes whose scalar leaves are (offs[i], codes[i]) — members of unions
   overlap, packed members may be unaligned. x86-64 SysV rules: larger than 16 bytes or an
   unaligned member -> memory; a long double alone -> x87; else per eightbyte INTEGER if any
   integer leaf touches it, SSE if only float/double leaves do. */
static void classify_leaves(size_t size, Py_ssize_t n, const size_t *offs, const char *codes, ffi_type **el) {
    int cls[2] = { CLASS_NONE, CLASS_NONE };
    int has_g = 0, only_g = 1;
    for (Py_ssize_t i = 0; i < n; i++) {
        size_t lsize = ct_size_of_code(codes[i]);
        size_t lalign = ct_align_of_code(codes[i]);
        if (lalign && offs[i] % lalign) { cls[0] = CLASS_MEMORY; break; }
        if (codes[i] == 'g') { has_g = 1; if (offs[i] != 0) only_g = 0; continue; }
        only_g = 0;
        int c = is_float_code(codes[i]) ? CLASS_SSE : CLASS_INT;
        for (size_t w = offs[i] / 8; w <= (offs[i] + lsize - 1) / 8 && w < 2; w++)
            if (cls[w] < c) cls[w] = c;
    }
    if (size > 16 || cls[0] == CLASS_MEMORY || (has_g && !only_g)) {
        el[0] = &memory_marker; el[1] = NULL;
        return;
    }
    if (has_g) { el[0] = &ffi_type_longdouble; el[1] = NULL; return; }
    int k = 0;
    for (size_t w = 0; w * 8 < size; w++) {
        size_t width = size - w * 8 < 8 ? size - w * 8 : 8;
        if (cls[w] == CLASS_SSE) el[k++] = width > 4 ? &ffi_type_double : &ffi_type_float;
        else el[k++] = width > 4 ? &ffi_type_uint64 : width > 2 ? &ffi_type_uint32
                      : width > 1 ? &ffi_type_uint16 : &ffi_type_uint8;
    }
    el[k] = NULL;
}

/* struct_type(size, align, leaves) -> capsule: the ffi_type of a structure or union passed by
   value. leaves: sequence of (offset, simple-type code), every scalar the aggregate holds
   (nested aggregates and arrays flattened). size and alignment are the ctypes layout's, so
   libffi never recomputes them; the elements only steer the ABI classification. */
PyObject *ct_make_struct(PyObject *self, PyObject *args) {
    Py_ssize_t size, align;
    PyObject *leaves;
    (void)self;
    if (!PyArg_ParseTuple(args, "nnO:struct_type", &size, &align, &leaves)) return NULL;
    PyObject *seq = PySequence_Tuple(leaves);
    if (!seq) return NULL;
    Py_ssize_t n = PyTuple_GET_SIZE(seq);
    CtStruct *st = PyMem_Calloc(1, sizeof(CtStruct));
    size_t *offs = PyMem_Calloc((size_t)n + 1, sizeof(size_t));
    char *codes = PyMem_Calloc((size_t)n + 1, 1);
    /* x86-64: at most 2 classified elements; elsewhere: one element per leaf */
    ffi_type **el = PyMem_Calloc((size_t)n + 3, sizeof(ffi_type *));
    if (!st || !el || !offs || !codes) { PyErr_NoMemory(); goto fail; }
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *leaf = PyTuple_GET_ITEM(seq, i);
        const char *code;
        if (!PyArg_ParseTuple(leaf, "ns:struct_type leaf", (Py_ssize_t *)&offs[i], &code)) goto fail;
        codes[i] = code[0];
        if (!ct_ffi_type_of_code(codes[i])) goto fail;
    }
    if (size <= 0) size = 1;   /* an empty struct still needs a size libffi accepts */
    if (align <= 0) align = 1;
#if defined(__x86_64__) && !defined(_WIN64)
    classify_leaves((size_t)size, n, offs, codes, el);
#else
    /* Other ABIs: the leaves in order (a union's overlapping members may be misclassified). */
    for (Py_ssize_t i = 0; i < n; i++) el[i] = ct_ffi_type_of_code(codes[i]);
    if (n == 0) el[0] = &ffi_type_uint8;
#endif
    st->elements = el;
    st->nested = NULL;
    st->type.type = FFI_TYPE_STRUCT;
    st->type.elements = el;
    st->type.size = (size_t)size;
    st->type.alignment = (unsigned short)align;
    PyMem_Free(offs);
    PyMem_Free(codes);
    Py_DECREF(seq);
    PyObject *cap = PyCapsule_New(st, CT_STRUCT_CAPSULE, free_struct);
    if (!cap) { PyMem_Free(el); PyMem_Free(st); return NULL; }
    return cap;
fail:
    PyMem_Free(st); PyMem_Free(el); PyMem_Free(offs); PyMem_Free(codes);
    Py_DECREF(seq);
    return NULL;
}

static void free_cif(PyObject *cap) {
    CtCif *c = PyCapsule_GetPointer(cap, CT_CIF_CAPSULE);
    if (!c) { PyErr_Clear(); return; }
    Py_XDECREF(c->descs);
    PyMem_Free(c->acodes);
    PyMem_Free(c->atypes);
    PyMem_Free(c);
}

/* cif(restype_desc, argtype_descs) -> capsule holding a prepared ffi_cif (default ABI). */
PyObject *ct_make_cif(PyObject *self, PyObject *args) {
    PyObject *rdesc, *adescs;
    (void)self;
    if (!PyArg_ParseTuple(args, "OO:cif", &rdesc, &adescs)) return NULL;
    PyObject *seq = PySequence_Tuple(adescs);
    if (!seq) return NULL;
    Py_ssize_t n = PyTuple_GET_SIZE(seq);
    CtCif *c = PyMem_Calloc(1, sizeof(CtCif));
    if (!c) { Py_DECREF(seq); return PyErr_NoMemory(); }
    c->acodes = PyMem_Calloc((size_t)n + 1, 1);
    c->atypes = PyMem_Calloc((size_t)n + 1, sizeof(ffi_type *));
    c->descs = PyTuple_New(n + 1);
    if (!c->acodes || !c->atypes || !c->descs) { Py_DECREF(seq); goto fail; }
    c->nargs = (int)n;
    Py_INCREF(rdesc);
    PyTuple_SET_ITEM(c->descs, 0, rdesc);
    ffi_type *rtype = ct_ffi_type_of_desc(rdesc, &c->rcode);
    if (!rtype) { Py_DECREF(seq); goto fail; }
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *d = PyTuple_GET_ITEM(seq, i);
        Py_INCREF(d);
        PyTuple_SET_ITEM(c->descs, i + 1, d);
        c->atypes[i] = ct_ffi_type_of_desc(d, &c->acodes[i]);
        if (!c->atypes[i]) { Py_DECREF(seq); goto fail; }
        if (c->acodes[i] == 'v') {
            PyErr_SetString(PyExc_TypeError, "void is not an argument type");
            Py_DECREF(seq);
            goto fail;
        }
    }
    Py_DECREF(seq);
    if (ffi_prep_cif(&c->cif, FFI_DEFAULT_ABI, (unsigned)n, rtype, c->atypes) != FFI_OK) {
        PyErr_SetString(PyExc_RuntimeError, "ffi_prep_cif failed");
        goto fail;
    }
    PyObject *cap = PyCapsule_New(c, CT_CIF_CAPSULE, free_cif);
    if (cap) return cap;
fail:
    Py_XDECREF(c->descs);
    PyMem_Free(c->acodes);
    PyMem_Free(c->atypes);
    PyMem_Free(c);
    return NULL;
}

/* Converts a raw Python value (already checked by Lib/ctypes) for `code` into `slot`; `avalue`
   receives the address libffi reads. Wide strings made here go to `*wide` (freed after the call). */
static int convert_arg(char code, PyObject *v, CtValue *slot, void **avalue, wchar_t **wide) {
    *avalue = slot;
    switch (code) {
    case 'T':   /* struct by value: v is the address of its bytes */
        *avalue = PyLong_AsVoidPtr(v);
        return PyErr_Occurred() ? -1 : 0;
    case 'z':
        if (PyBytes_Check(v)) { slot->p = PyBytes_AS_STRING(v); return 0; }
        break;
    case 'Z':
        if (PyUnicode_Check(v)) {
            *wide = PyUnicode_AsWideCharString(v, NULL);
            if (!*wide) return -1;
            slot->p = *wide;
            return 0;
        }
        break;
    case 'O':
        slot->p = v;
        return 0;
    case 'g':   /* a c_longdouble instance passes its bytes: all 80 bits, not a double's 53 */
        if (PyBytes_Check(v) && PyBytes_GET_SIZE(v) == (Py_ssize_t)sizeof(long double)) {
            memcpy(&slot->g, PyBytes_AS_STRING(v), sizeof(long double));
            return 0;
        }
        break;
    case 'P':   /* c_void_p takes bytes and str as c_char_p and c_wchar_p do */
        if (PyBytes_Check(v)) { slot->p = PyBytes_AS_STRING(v); return 0; }
        if (PyUnicode_Check(v)) return convert_arg('Z', v, slot, avalue, wide);
        break;
    default:
        break;
    }
    PyObject *keep = ct_store(slot, code, v);
    if (!keep) return -1;
    Py_DECREF(keep);   /* the caller's argument tuple keeps the object itself alive */
    return 0;
}

/* Result of a call as a Python object; integral results narrower than a register come widened. */
PyObject *ct_convert_result(CtCif *c, void *rbuf) {
    ffi_arg *r = rbuf;
    switch (c->rcode) {
    case 'v': Py_RETURN_NONE;
    case 'T': return PyBytes_FromStringAndSize(rbuf, (Py_ssize_t)c->cif.rtype->size);
    case '?': return PyBool_FromLong((unsigned char)*r != 0);
    case 'c': { char ch = (char)*r; return PyBytes_FromStringAndSize(&ch, 1); }
    case 'b': return PyLong_FromLong((signed char)*r);
    case 'B': return PyLong_FromLong((unsigned char)*r);
    case 'h': return PyLong_FromLong((short)*r);
    case 'H': return PyLong_FromLong((unsigned short)*r);
    case 'i': return PyLong_FromLong((int)*r);
    case 'I': return PyLong_FromUnsignedLong((unsigned int)*r);
    case 'u': { wchar_t w = (wchar_t)*r; return PyUnicode_FromWideChar(&w, 1); }
    case 'O': {   /* a py_object result is a new reference: it becomes the result (CPython's GetResult) */
        PyObject *o = *(PyObject **)rbuf;
        if (!o && !PyErr_Occurred()) PyErr_SetString(PyExc_ValueError, "PyObject is NULL");
        return o;
    }
    default: return ct_load(rbuf, c->rcode);
    }
}

void ct_ffi_invoke(ffi_cif *cif, void (*fn)(void), void *rbuf, void **avalues, int flags) {
    if (flags & CT_RELEASE_GIL) {
        PyThreadState *save = PyEval_SaveThread();
        if (flags & CT_USE_ERRNO) { int t = errno; errno = ct_private_errno; ct_private_errno = t; }
        ffi_call(cif, fn, rbuf, avalues);
        if (flags & CT_USE_ERRNO) { int t = errno; errno = ct_private_errno; ct_private_errno = t; }
        PyEval_RestoreThread(save);
    } else {
        if (flags & CT_USE_ERRNO) { int t = errno; errno = ct_private_errno; ct_private_errno = t; }
        ffi_call(cif, fn, rbuf, avalues);
        if (flags & CT_USE_ERRNO) { int t = errno; errno = ct_private_errno; ct_private_errno = t; }
    }
}


/* call(address, cif, args, flags) -> result. args: tuple of raw values, one per cif argument. */
PyObject *ct_call(PyObject *self, PyObject *args) {
    PyObject *faddr, *cifobj, *values;
    int flags;
    (void)self;
    if (!PyArg_ParseTuple(args, "OOO!i:call", &faddr, &cifobj, &PyTuple_Type, &values, &flags)) return NULL;
    void (*fn)(void) = (void (*)(void))PyLong_AsVoidPtr(faddr);
    if (!fn) {
        if (!PyErr_Occurred()) PyErr_SetString(PyExc_ValueError, "NULL function pointer");
        return NULL;
    }
    CtCif *c = PyCapsule_GetPointer(cifobj, CT_CIF_CAPSULE);
    if (!c) return NULL;
    int n = c->nargs;
    if (PyTuple_GET_SIZE(values) != n) {
        PyErr_Format(PyExc_TypeError, "call: %d arguments expected, got %zd", n, PyTuple_GET_SIZE(values));
        return NULL;
    }
    CtValue stack_slots[CT_STACK_ARGS];
    void *stack_av[CT_STACK_ARGS];
    wchar_t *stack_wide[CT_STACK_ARGS];
    CtValue *slots = stack_slots;
    void **avalues = stack_av;
    wchar_t **wide = stack_wide;
    PyObject *result = NULL;
    if (n > CT_STACK_ARGS) {
        slots = PyMem_Calloc((size_t)n, sizeof(CtValue));
        avalues = PyMem_Calloc((size_t)n, sizeof(void *));
        wide = PyMem_Calloc((size_t)n, sizeof(wchar_t *));
        if (!slots || !avalues || !wide) { PyErr_NoMemory(); goto done_free; }
    } else {
        memset(stack_wide, 0, sizeof(stack_wide));
    }
    for (int i = 0; i < n; i++) {
        if (convert_arg(c->acodes[i], PyTuple_GET_ITEM(values, i), &slots[i], &avalues[i], &wide[i]) < 0)
            goto done;
    }
    /* Room for any return value: a register-widened scalar, a long double, or a struct. */
    size_t rsize = c->cif.rtype->size > sizeof(CtValue) ? c->cif.rtype->size : sizeof(CtValue);
    union { CtValue v; char bytes[64]; } rstack;
    void *rbuf = rsize <= sizeof(rstack) ? (void *)&rstack : PyMem_Calloc(1, rsize);
    if (!rbuf) { PyErr_NoMemory(); goto done; }
    memset(rbuf, 0, rsize <= sizeof(rstack) ? sizeof(rstack) : rsize);

    ct_ffi_invoke(&c->cif, fn, rbuf, avalues, flags);
    if ((flags & CT_CHECK_ERROR) && PyErr_Occurred()) {
        /* a Python API function called through PyDLL raised: propagate */
    } else {
        result = ct_convert_result(c, rbuf);
    }
    if (rbuf != (void *)&rstack) PyMem_Free(rbuf);
done:
    for (int i = 0; i < n; i++) PyMem_Free(wide[i]);
done_free:
    if (slots != stack_slots) { PyMem_Free(slots); PyMem_Free(avalues); PyMem_Free(wide); }
    return result;
}
