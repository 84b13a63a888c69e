/* SwiftPy's _ctypes: the native half of ctypes (Lib/ctypes is the Python half).
   Python passes C types around as descriptors: a one-character code string for the simple types
   (the codes of CPython's _type_), or a "struct descriptor" capsule owning an ffi_type.
   Memory is addressed by plain integers; owners are kept alive by the Python objects. */
#ifndef SWIFTPY_CTYPES_INTERNAL_H
#define SWIFTPY_CTYPES_INTERNAL_H
#include "Python.h"
#include <ffi.h>
#include <stddef.h>
#include <wchar.h>

#define CT_STRUCT_CAPSULE "_ctypes.struct"
#define CT_CIF_CAPSULE "_ctypes.cif"

/* Flags of _ctypes.call (mirrors of CPython's FUNCFLAG_* meaning, our own numbering). */
enum { CT_RELEASE_GIL = 1, CT_USE_ERRNO = 2, CT_CHECK_ERROR = 4 };

/* An ffi_type for a structure passed or returned by value; owns its element array. */
typedef struct {
    ffi_type type;
    ffi_type **elements;    /* NULL-terminated */
    PyObject *nested;       /* unused (NULL): elements point to static ffi types only */
} CtStruct;

/* A prepared call interface; arg/ret codes are simple-type codes or 'T' for a struct by value. */
typedef struct {
    ffi_cif cif;
    int nargs;
    char rcode;
    char *acodes;
    ffi_type **atypes;
    PyObject *descs;        /* tuple (restype desc, argtype descs...) keeping struct types alive */
} CtCif;

/* One argument's storage: big enough for any simple type. */
typedef union {
    long double g;
    double d;
    float f;
    unsigned long long q;
    void *p;
} CtValue;

/* Arguments kept on the C stack up to this count. */
#define CT_STACK_ARGS 16

/* Type of a simple-type code; NULL (with ValueError) for an unknown code. */
ffi_type *ct_ffi_type_of_code(char code);
/* Size and alignment of a simple-type code; 0 for unknown. */
size_t ct_size_of_code(char code);
size_t ct_align_of_code(char code);
/* A descriptor (code str or struct capsule) -> ffi type and code ('T' for a struct). */
ffi_type *ct_ffi_type_of_desc(PyObject *desc, char *code);

/* Reads the C value of type `code` at `addr` as a Python object (new reference). */
PyObject *ct_load(const void *addr, char code);
/* Stores `value` as type `code` at `addr`. Returns an object that must be kept alive while the
   memory holds the value (a bytes object, a wide-string capsule), Py_None, or NULL on error. */
PyObject *ct_store(void *addr, char code, PyObject *value);

/* Per-thread private copy of errno swapped in and out around calls with use_errno. */
extern _Thread_local int ct_private_errno;

/* ffi_call with the GIL released (CT_RELEASE_GIL) and errno swapped (CT_USE_ERRNO) as flags say. */
void ct_ffi_invoke(ffi_cif *cif, void (*fn)(void), void *rbuf, void **avalues, int flags);
/* A call's result (in rbuf, register-widened) as a Python object for the cif's return code. */
PyObject *ct_convert_result(CtCif *c, void *rbuf);

PyObject *ct_make_plan(PyObject *self, PyObject *args);
/* Adds funcptr_call (CFuncPtr.__call__, a method descriptor for any object) to the module. */
int ct_add_fastcall(PyObject *m);
PyObject *ct_make_cif(PyObject *self, PyObject *args);
PyObject *ct_call(PyObject *self, PyObject *args);
PyObject *ct_make_struct(PyObject *self, PyObject *args);
PyObject *ct_make_closure(PyObject *self, PyObject *args);

#endif
