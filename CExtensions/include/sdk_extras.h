/* SwiftPy SDK: widely used parts of CPython 3.11's public API not declared by the other headers:
   heap types from specs, docstring macros, small utility macros, PyOS_* string helpers, PyState_*,
   PyThread_* locks and thread-specific storage, buffer helpers, PyFloat_Pack/Unpack, frames.
   Implemented in Sources/SwiftPy/CAPI/TypeFromSpec.swift and CExtensions/runtime/sdk_*.c
   (frame functions: the VM). Included by Python.h after every other header. */
#ifndef Py_SDK_EXTRAS_H
#define Py_SDK_EXTRAS_H
#include <pthread.h>
#include "typeslots.h"

/* ---- docstrings ---- */
#define PyDoc_VAR(name) static const char name[]
#define PyDoc_STRVAR(name, str) PyDoc_VAR(name) = PyDoc_STR(str)
#define PyDoc_STR(str) str

/* ---- heap types from a spec ---- */
typedef struct {
    int slot;       /* a Py_tp_* / Py_nb_* / ... id from typeslots.h */
    void *pfunc;    /* the function (or value: Py_tp_doc, Py_tp_base, Py_tp_methods, ...) */
} PyType_Slot;

typedef struct {
    const char *name;       /* "module.Name": __module__ is the part before the last dot */
    int basicsize;          /* 0: inherit */
    int itemsize;
    unsigned int flags;
    PyType_Slot *slots;     /* ends with {0, NULL} */
} PyType_Spec;

/* Return a new heap type (new reference). bases: a type, a tuple of types, or NULL (then Py_tp_bases,
   Py_tp_base, or object). module: stored as the type's module for PyType_GetModule (may be NULL). */
PyAPI_FUNC(PyObject *) PyType_FromSpec(PyType_Spec *);
PyAPI_FUNC(PyObject *) PyType_FromSpecWithBases(PyType_Spec *, PyObject *bases);
PyAPI_FUNC(PyObject *) PyType_FromModuleAndSpec(PyObject *module, PyType_Spec *, PyObject *bases);
PyAPI_FUNC(void *) PyType_GetSlot(PyTypeObject *, int slot);        /* NULL if unset */
PyAPI_FUNC(PyObject *) PyType_GetModule(PyTypeObject *);            /* borrowed */
PyAPI_FUNC(void *) PyType_GetModuleState(PyTypeObject *);
PyAPI_FUNC(PyObject *) PyType_GetModuleByDef(PyTypeObject *, struct PyModuleDef *);   /* borrowed */
PyAPI_FUNC(PyObject *) PyType_GetName(PyTypeObject *);
PyAPI_FUNC(PyObject *) PyType_GetQualName(PyTypeObject *);
#define PyType_IS_GC(t) PyType_HasFeature((t), Py_TPFLAGS_HAVE_GC)
#define PyType_SUPPORTS_WEAKREFS(t) ((t)->tp_weaklistoffset > 0)

/* ---- small utility macros ---- */
typedef intptr_t Py_intptr_t;
typedef uintptr_t Py_uintptr_t;
#define Py_LL(x) x##LL
#define Py_ULL(x) Py_LL(x##U)
#define Py_MEMBER_SIZE(type, member) sizeof(((type *)0)->member)
#define Py_BUILD_ASSERT_EXPR(cond) (sizeof(char [1 - 2*!(cond)]) - 1)
#define Py_BUILD_ASSERT(cond) do { (void)Py_BUILD_ASSERT_EXPR(cond); } while (0)
#define Py_VA_COPY va_copy
#define Py_MEMCPY memcpy
#define Py_LOCAL(type) static type
#define Py_MATH_PIl 3.1415926535897932384626433832795029L
#define Py_MATH_PI 3.14159265358979323846
#define Py_MATH_El 2.7182818284590452353602874713526625L
#define Py_MATH_E 2.7182818284590452354
#define Py_MATH_TAU 6.2831853071795864769252867665590057683943L
#define Py_RETURN_INF(sign) do { if (copysign(1., sign) == 1.) { return PyFloat_FromDouble(Py_HUGE_VAL); } \
    else { return PyFloat_FromDouble(-Py_HUGE_VAL); } } while (0)
#define PyMem_REALLOC PyMem_Realloc
#define PyObject_REALLOC PyObject_Realloc
#define PyObject_INIT(op, typeobj) PyObject_Init(_PyObject_CAST(op), (typeobj))
#define PyObject_INIT_VAR(op, typeobj, size) PyObject_InitVar((PyVarObject *)(op), (typeobj), (size))
#define PyMethod_GET_FUNCTION(meth) PyMethod_Function(meth)
#define PyMethod_GET_SELF(meth) PyMethod_Self(meth)
#define PyDescr_TYPE(x) (((PyDescrObject *)(x))->d_type)
#define PyDescr_NAME(x) (((PyDescrObject *)(x))->d_name)
#define PyWeakref_CheckRefExact(op) Py_IS_TYPE(op, &_PyWeakref_RefType)
#define PyWeakref_CheckProxy(op) (Py_IS_TYPE(op, &_PyWeakref_ProxyType) || Py_IS_TYPE(op, &_PyWeakref_CallableProxyType))
#define PyWeakref_Check(op) (PyWeakref_CheckRef(op) || PyWeakref_CheckProxy(op))
#define PyErr_Warn(category, msg) PyErr_WarnEx(category, msg, 1)
#define PyImport_ImportModuleNoBlock PyImport_ImportModule
#define PyLong_FromPid PyLong_FromLong
#define PyLong_AsPid PyLong_AsLong
#define PyEval_CallObject(callable, arg) PyEval_CallObjectWithKeywords((callable), (arg), NULL)

/* ASCII-only character classes (pyctype.h): never locale-dependent. */
#define Py_ISLOWER(c) ((unsigned char)(c) >= 'a' && (unsigned char)(c) <= 'z')
#define Py_ISUPPER(c) ((unsigned char)(c) >= 'A' && (unsigned char)(c) <= 'Z')
#define Py_ISALPHA(c) (Py_ISLOWER(c) || Py_ISUPPER(c))
#define Py_ISDIGIT(c) ((unsigned char)(c) >= '0' && (unsigned char)(c) <= '9')
#define Py_ISXDIGIT(c) (Py_ISDIGIT(c) || ((unsigned char)(c) >= 'a' && (unsigned char)(c) <= 'f') || \
                        ((unsigned char)(c) >= 'A' && (unsigned char)(c) <= 'F'))
#define Py_ISALNUM(c) (Py_ISALPHA(c) || Py_ISDIGIT(c))
#define Py_ISSPACE(c) ((unsigned char)(c) == ' ' || ((unsigned char)(c) >= '\t' && (unsigned char)(c) <= '\r'))
#define Py_TOLOWER(c) (Py_ISUPPER(c) ? (unsigned char)(c) + ('a' - 'A') : (unsigned char)(c))
#define Py_TOUPPER(c) (Py_ISLOWER(c) ? (unsigned char)(c) - ('a' - 'A') : (unsigned char)(c))

/* UTF-16 surrogates. */
#define Py_UNICODE_REPLACEMENT_CHARACTER ((Py_UCS4) 0xFFFD)
#define Py_UNICODE_IS_SURROGATE(ch) (0xD800 <= (ch) && (ch) <= 0xDFFF)
#define Py_UNICODE_IS_HIGH_SURROGATE(ch) (0xD800 <= (ch) && (ch) <= 0xDBFF)
#define Py_UNICODE_IS_LOW_SURROGATE(ch) (0xDC00 <= (ch) && (ch) <= 0xDFFF)
#define Py_UNICODE_JOIN_SURROGATES(high, low) ((Py_UCS4)(((((Py_UCS4)(high) & 0x03FF) << 10) | ((Py_UCS4)(low) & 0x03FF)) + 0x10000))
#define Py_UNICODE_HIGH_SURROGATE(ch) (0xD800 - (0x10000 >> 10) + ((ch) >> 10))
#define Py_UNICODE_LOW_SURROGATE(ch) (0xDC00 + ((ch) & 0x3FF))

/* ---- PyOS_* string helpers (sdk_os.c) ---- */
PyAPI_FUNC(int) PyOS_mystrnicmp(const char *, const char *, Py_ssize_t);
PyAPI_FUNC(int) PyOS_mystricmp(const char *, const char *);
#define PyOS_strnicmp PyOS_mystrnicmp
#define PyOS_stricmp PyOS_mystricmp
PyAPI_FUNC(unsigned long) PyOS_strtoul(const char *, char **, int);
PyAPI_FUNC(long) PyOS_strtol(const char *, char **, int);

/* ---- misc objects API (sdk_misc.c) ---- */
PyAPI_FUNC(void) Py_IncRef(PyObject *);
PyAPI_FUNC(void) Py_DecRef(PyObject *);
PyAPI_FUNC(int) PyObject_Print(PyObject *, FILE *, int);      /* flags: 0 = repr, Py_PRINT_RAW = str */
PyAPI_FUNC(int) PyFile_WriteObject(PyObject *, PyObject *, int);
PyAPI_FUNC(int) PyFile_WriteString(const char *, PyObject *);
PyAPI_FUNC(PyObject *) PyEval_CallObjectWithKeywords(PyObject *callable, PyObject *args, PyObject *kwargs);
PyAPI_FUNC(PyObject *) PyEval_CallFunction(PyObject *callable, const char *format, ...);
PyAPI_FUNC(PyObject *) PyEval_CallMethod(PyObject *obj, const char *name, const char *format, ...);
PyAPI_FUNC(int) PyErr_WarnExplicit(PyObject *category, const char *message, const char *filename, int lineno,
                                   const char *module, PyObject *registry);
PyAPI_FUNC(int) PyUnicode_FSConverter(PyObject *, void *);   /* "O&" converter: str/bytes/PathLike -> bytes */
PyAPI_FUNC(int) PyUnicode_FSDecoder(PyObject *, void *);     /* "O&" converter: str/bytes/PathLike -> str */
PyAPI_FUNC(Py_UCS4 *) PyUnicode_AsUCS4(PyObject *, Py_UCS4 *buffer, Py_ssize_t buflen, int copy_null);
PyAPI_FUNC(Py_UCS4 *) PyUnicode_AsUCS4Copy(PyObject *);       /* PyMem_Free the result */

/* Single-phase modules: find the module object created from a PyModuleDef (sdk_misc.c). */
PyAPI_FUNC(PyObject *) PyState_FindModule(struct PyModuleDef *);   /* borrowed */
PyAPI_FUNC(int) PyState_AddModule(PyObject *, struct PyModuleDef *);
PyAPI_FUNC(int) PyState_RemoveModule(struct PyModuleDef *);

/* ---- buffers (sdk_buffer.c) ---- */
#define PyBUF_MAX_NDIM 64
PyAPI_FUNC(void *) PyBuffer_GetPointer(const Py_buffer *view, const Py_ssize_t *indices);
PyAPI_FUNC(void) PyBuffer_FillContiguousStrides(int ndims, Py_ssize_t *shape, Py_ssize_t *strides, int itemsize, char order);
PyAPI_FUNC(int) PyBuffer_ToContiguous(void *buf, const Py_buffer *view, Py_ssize_t len, char order);
PyAPI_FUNC(int) PyBuffer_FromContiguous(const Py_buffer *view, const void *buf, Py_ssize_t len, char fort);

/* ---- IEEE 754 packing (sdk_float.c); le != 0: little-endian ---- */
PyAPI_FUNC(int) PyFloat_Pack4(double x, char *p, int le);
PyAPI_FUNC(int) PyFloat_Pack8(double x, char *p, int le);
PyAPI_FUNC(double) PyFloat_Unpack4(const char *p, int le);
PyAPI_FUNC(double) PyFloat_Unpack8(const char *p, int le);

/* ---- threads (pythread.h; sdk_thread.c) ---- */
typedef void *PyThread_type_lock;
typedef enum PyLockStatus { PY_LOCK_FAILURE = 0, PY_LOCK_ACQUIRED = 1, PY_LOCK_INTR } PyLockStatus;
#define WAIT_LOCK 1
#define NOWAIT_LOCK 0
#define PY_TIMEOUT_T long long
#define PY_TIMEOUT_MAX ((long long)LLONG_MAX / 1000)
PyAPI_FUNC(unsigned long) PyThread_start_new_thread(void (*func)(void *), void *arg);
PyAPI_FUNC(unsigned long) PyThread_get_thread_ident(void);
PyAPI_FUNC(unsigned long) PyThread_get_thread_native_id(void);
PyAPI_FUNC(PyThread_type_lock) PyThread_allocate_lock(void);
PyAPI_FUNC(void) PyThread_free_lock(PyThread_type_lock);
PyAPI_FUNC(int) PyThread_acquire_lock(PyThread_type_lock, int waitflag);          /* 1: acquired */
PyAPI_FUNC(PyLockStatus) PyThread_acquire_lock_timed(PyThread_type_lock, PY_TIMEOUT_T microseconds, int intr_flag);
PyAPI_FUNC(void) PyThread_release_lock(PyThread_type_lock);
typedef struct { int _is_initialized; pthread_key_t _key; } Py_tss_t;
#define Py_tss_NEEDS_INIT {0}
PyAPI_FUNC(Py_tss_t *) PyThread_tss_alloc(void);
PyAPI_FUNC(void) PyThread_tss_free(Py_tss_t *key);
PyAPI_FUNC(int) PyThread_tss_is_created(Py_tss_t *key);
PyAPI_FUNC(int) PyThread_tss_create(Py_tss_t *key);
PyAPI_FUNC(void) PyThread_tss_delete(Py_tss_t *key);
PyAPI_FUNC(int) PyThread_tss_set(Py_tss_t *key, void *value);
PyAPI_FUNC(void *) PyThread_tss_get(Py_tss_t *key);

/* ---- frames (implemented by the VM) ---- */
typedef struct _frame PyFrameObject;
PyAPI_FUNC(int) PyFrame_GetLineNumber(PyFrameObject *);
PyAPI_FUNC(PyFrameObject *) PyFrame_GetBack(PyFrameObject *);   /* new reference or NULL */
PyAPI_FUNC(PyFrameObject *) PyEval_GetFrame(void);              /* borrowed */
PyAPI_FUNC(int) PyTraceBack_Here(PyFrameObject *);
PyAPI_FUNC(int) PyTraceBack_Print(PyObject *, PyObject *);
#endif
