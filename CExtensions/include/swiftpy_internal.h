/* SwiftPy internals shared by the C and Swift halves of the runtime. Not part of the SDK:
   extensions include Python.h only. */
#ifndef SWIFTPY_INTERNAL_H
#define SWIFTPY_INTERNAL_H
/* Before Python.h: its headers' internal sections (under SWIFTPY_INTERNAL_H) annotate a few
   accessors _Nonnull for Swift, which would make clang ask for annotations on every pointer. */
#pragma clang diagnostic ignored "-Wnullability-completeness"
#include "Python.h"
#include <stdatomic.h>
#include <pthread.h>

/* ---- thread and interpreter state ---- */
/* Eval-breaker bits (interp->eval_breaker). The eval loop reads the word at function entry,
   backward jumps and after calls; any non-zero value sends it to the slow path. */
#define SPY_BREAK_GIL_DROP_REQUEST 0x1u
#define SPY_BREAK_SIGNALS          0x2u
#define SPY_BREAK_PENDING_CALLS    0x4u
#define SPY_BREAK_ASYNC_EXC        0x8u

struct _is {
    _Atomic uint32_t eval_breaker;
    int recursion_limit;
    PyObject *modules;       /* sys.modules (owned) */
    PyObject *builtins;      /* builtins module dict (owned) */
    PyObject *sysdict;       /* sys module dict (owned) */
    PyThreadState *tstate_head;
    void *gil;               /* the GIL (Runtime/GIL.swift) */
    void *swift_state;       /* Unmanaged Swift object with the rest of the interpreter's state */
};

struct _ts {
    PyThreadState *prev, *next;
    PyInterpreterState *interp;
    PyObject *curexc;        /* the raised exception instance (owned), or NULL */
    PyObject *exc_info;      /* the exception being handled (sys.exc_info()[1]), owned, or NULL */
    void *frame;             /* the executing frame (borrowed), or NULL */
    int recursion_depth;     /* Python calls + C recursion guards */
    int recursion_headroom;  /* set while handling a RecursionError */
    unsigned long thread_id;
    unsigned long native_thread_id;
    PyObject *dict;          /* PyThreadState_GetDict (owned) */
    PyObject *async_exc;     /* pending async exception (owned) */
    int gilstate_counter;
    int holds_gil;
    void *swift_state;
};

/* The current thread's state: C _Thread_local (Swift has no thread-locals). */
PyThreadState *_SPy_GetTState(void);
void _SPy_SetTState(PyThreadState *);
extern _Thread_local PyThreadState *_spy_tstate;
static inline PyThreadState *SPy_TState(void) { return _spy_tstate; }

static inline uint32_t SPy_EvalBreakerLoad(PyInterpreterState *i) { return atomic_load_explicit(&i->eval_breaker, memory_order_relaxed); }
static inline void SPy_EvalBreakerSet(PyInterpreterState *i, uint32_t bits) { atomic_fetch_or_explicit(&i->eval_breaker, bits, memory_order_relaxed); }
static inline void SPy_EvalBreakerClear(PyInterpreterState *i, uint32_t bits) { atomic_fetch_and_explicit(&i->eval_breaker, ~bits, memory_order_relaxed); }

/* ---- signals: set by the C-level handler (any thread, async-signal context), taken by the main
   thread in PyErr_CheckSignals. Lock-free atomics, as CPython's is_tripped / Handlers[i].tripped. */
#define SPY_NSIG 65
extern _Atomic int _spy_signal_tripped;
extern _Atomic int _spy_pending_signals[SPY_NSIG];
static inline void SPy_SignalTrip(int sig) {
    atomic_store(&_spy_pending_signals[sig], 1);
    atomic_store(&_spy_signal_tripped, 1);   /* second: whoever sees `tripped` sees the flag */
}
static inline void SPy_SignalRetrip(void) { atomic_store(&_spy_signal_tripped, 1); }
static inline int SPy_SignalsTripped(void) { return atomic_load(&_spy_signal_tripped); }
static inline int SPy_SignalTakeTripped(void) { return atomic_exchange(&_spy_signal_tripped, 0); }
static inline int SPy_SignalTakePending(int sig) { return atomic_exchange(&_spy_pending_signals[sig], 0); }

/* ---- singletons and static types, as pointers (Swift cannot take a C global's address safely) ---- */
#include <sys/syscall.h>
static inline long SPy_gettid(void) { return syscall(SYS_gettid); }
static inline PyObject *_Nonnull SPy_None(void) { return &_Py_NoneStruct; }
static inline PyObject *_Nonnull SPy_True(void) { return (PyObject *)&_Py_TrueStruct; }
static inline PyObject *_Nonnull SPy_False(void) { return (PyObject *)&_Py_FalseStruct; }
static inline PyObject *_Nonnull SPy_NotImplemented(void) { return &_Py_NotImplementedStruct; }
static inline PyObject *_Nonnull SPy_Ellipsis(void) { return &_Py_EllipsisObject; }
static inline PyTypeObject *_Nonnull SPyType_(void) { return &PyType_Type; }
static inline PyTypeObject *_Nonnull SPyType_Type(void) { return &PyType_Type; }
static inline PyTypeObject *_Nonnull SPyType_BaseObject(void) { return &PyBaseObject_Type; }
static inline PyTypeObject *_Nonnull SPyType_Super(void) { return &PySuper_Type; }
static inline PyTypeObject *_Nonnull SPyType_None(void) { return &_PyNone_Type; }
static inline PyTypeObject *_Nonnull SPyType_NotImplemented(void) { return &_PyNotImplemented_Type; }
static inline PyTypeObject *_Nonnull SPyType_Ellipsis(void) { return &PyEllipsis_Type; }
static inline PyTypeObject *_Nonnull SPyType_Long(void) { return &PyLong_Type; }
static inline PyTypeObject *_Nonnull SPyType_Bool(void) { return &PyBool_Type; }
static inline PyTypeObject *_Nonnull SPyType_Float(void) { return &PyFloat_Type; }
static inline PyTypeObject *_Nonnull SPyType_Complex(void) { return &PyComplex_Type; }
static inline PyTypeObject *_Nonnull SPyType_Unicode(void) { return &PyUnicode_Type; }
static inline PyTypeObject *_Nonnull SPyType_UnicodeIter(void) { return &PyUnicodeIter_Type; }
static inline PyTypeObject *_Nonnull SPyType_Bytes(void) { return &PyBytes_Type; }
static inline PyTypeObject *_Nonnull SPyType_ByteArray(void) { return &PyByteArray_Type; }
static inline PyTypeObject *_Nonnull SPyType_Tuple(void) { return &PyTuple_Type; }
static inline PyTypeObject *_Nonnull SPyType_List(void) { return &PyList_Type; }
static inline PyTypeObject *_Nonnull SPyType_Dict(void) { return &PyDict_Type; }
static inline PyTypeObject *_Nonnull SPyType_DictKeys(void) { return &PyDictKeys_Type; }
static inline PyTypeObject *_Nonnull SPyType_DictValues(void) { return &PyDictValues_Type; }
static inline PyTypeObject *_Nonnull SPyType_DictItems(void) { return &PyDictItems_Type; }
static inline PyTypeObject *_Nonnull SPyType_Set(void) { return &PySet_Type; }
static inline PyTypeObject *_Nonnull SPyType_FrozenSet(void) { return &PyFrozenSet_Type; }
static inline PyTypeObject *_Nonnull SPyType_Slice(void) { return &PySlice_Type; }
static inline PyTypeObject *_Nonnull SPyType_Range(void) { return &PyRange_Type; }
static inline PyTypeObject *_Nonnull SPyType_Cell(void) { return &PyCell_Type; }
static inline PyTypeObject *_Nonnull SPyType_Module(void) { return &PyModule_Type; }
static inline PyTypeObject *_Nonnull SPyType_ModuleDef(void) { return &PyModuleDef_Type; }
static inline PyTypeObject *_Nonnull SPyType_CFunction(void) { return &PyCFunction_Type; }
static inline PyTypeObject *_Nonnull SPyType_Method(void) { return &PyMethod_Type; }
static inline PyTypeObject *_Nonnull SPyType_Function(void) { return &PyFunction_Type; }
static inline PyTypeObject *_Nonnull SPyType_Code(void) { return &PyCode_Type; }
static inline PyTypeObject *_Nonnull SPyType_Frame(void) { return &PyFrame_Type; }
static inline PyTypeObject *_Nonnull SPyType_Gen(void) { return &PyGen_Type; }
static inline PyTypeObject *_Nonnull SPyType_TraceBack(void) { return &PyTraceBack_Type; }
static inline PyTypeObject *_Nonnull SPyType_Property(void) { return &PyProperty_Type; }
static inline PyTypeObject *_Nonnull SPyType_ClassMethod(void) { return &PyClassMethod_Type; }
static inline PyTypeObject *_Nonnull SPyType_StaticMethod(void) { return &PyStaticMethod_Type; }
static inline PyTypeObject *_Nonnull SPyType_ClassMethodDescr(void) { return &PyClassMethodDescr_Type; }
static inline PyTypeObject *_Nonnull SPyType_MethodDescr(void) { return &PyMethodDescr_Type; }
static inline PyTypeObject *_Nonnull SPyType_MemberDescr(void) { return &PyMemberDescr_Type; }
static inline PyTypeObject *_Nonnull SPyType_GetSetDescr(void) { return &PyGetSetDescr_Type; }
static inline PyTypeObject *_Nonnull SPyType_WrapperDescr(void) { return &PyWrapperDescr_Type; }
static inline PyTypeObject *_Nonnull SPyType_MethodWrapper(void) { return &_PyMethodWrapper_Type; }
static inline PyTypeObject *_Nonnull SPyType_DictProxy(void) { return &PyDictProxy_Type; }
static inline PyTypeObject *_Nonnull SPyType_GenericAlias(void) { return &Py_GenericAliasType; }
extern PyTypeObject _PyUnion_Type;
static inline PyTypeObject *_Nonnull SPyType_Union(void) { return &_PyUnion_Type; }
static inline PyTypeObject *_Nonnull SPyType_SeqIter(void) { return &PySeqIter_Type; }
static inline PyTypeObject *_Nonnull SPyType_CallIter(void) { return &PyCallIter_Type; }
static inline PyTypeObject *_Nonnull SPyType_Enum(void) { return &PyEnum_Type; }
static inline PyTypeObject *_Nonnull SPyType_Reversed(void) { return &PyReversed_Type; }
static inline PyTypeObject *_Nonnull SPyType_Filter(void) { return &PyFilter_Type; }
static inline PyTypeObject *_Nonnull SPyType_Map(void) { return &PyMap_Type; }
static inline PyTypeObject *_Nonnull SPyType_Zip(void) { return &PyZip_Type; }
static inline PyTypeObject *_Nonnull SPyType_MemoryView(void) { return &PyMemoryView_Type; }
/* array.array (Modules/ArrayModule.swift): ob_size items of `itemsize` bytes at ob_item (malloc'd,
   room for `allocated`); exported buffers' shape/strides point at ob_size/itemsize; while
   ob_exports > 0 the storage must not move or change size. */
typedef struct {
    PyObject_VAR_HEAD
    char *ob_item;
    Py_ssize_t allocated;
    Py_ssize_t itemsize;
    int typecode;
    PyObject *weakreflist;
    Py_ssize_t ob_exports;
} SPyArrayObject;
/* memoryview's managed buffer: owns the exporter's Py_buffer (master) while exports > 0 views use it. */
typedef struct {
    PyObject_HEAD
    int flags;
    Py_ssize_t exports;
    Py_buffer master;
} SPyManagedBufferObject;
static inline PyTypeObject *_Nonnull SPyType_Weakref_Ref(void) { return &_PyWeakref_RefType; }
static inline PyTypeObject *_Nonnull SPyType_Weakref_Proxy(void) { return &_PyWeakref_ProxyType; }
static inline PyTypeObject *_Nonnull SPyType_Weakref_CallableProxy(void) { return &_PyWeakref_CallableProxyType; }
static inline PyTypeObject *_Nonnull SPyType_Capsule(void) { return &PyCapsule_Type; }

/* ---- function, code, frame, generator, traceback: SwiftPy layouts ---- */
/* A code object: the runtime form of a frontend CodeUnit. All PyObject* fields owned. */
typedef struct {
    PyObject_HEAD
    const uint32_t *co_code;     /* instructions (owned block) */
    Py_ssize_t co_ncode;
    PyObject **co_consts_items;  /* == &PyTuple_GET_ITEM(co_consts, 0) */
    PyObject **co_names_items;   /* == &PyTuple_GET_ITEM(co_names, 0); interned str */
    PyObject *co_consts;         /* tuple */
    PyObject *co_names;          /* tuple of str */
    PyObject *co_varnames;       /* tuple of str: arguments first */
    PyObject *co_cellvars;       /* tuple of str */
    PyObject *co_freevars;       /* tuple of str */
    PyObject *co_filename;       /* str */
    PyObject *co_name;           /* str */
    PyObject *co_qualname;       /* str */
    int co_argcount, co_posonlyargcount, co_kwonlyargcount;
    int co_nlocals, co_ncells, co_nfrees;
    int co_stacksize, co_flags, co_firstlineno;
    int32_t *co_cell2arg;        /* per cell: index of the argument it starts from, or -1; NULL if none */
    void *co_unit;               /* Unmanaged retained Swift CodeUnit (line table, columns) */
    PyObject *co_weakreflist;
    int32_t *co_lines;           /* line number per instruction (owned block, co_ncode entries) */
    int co_nlocalsplus;          /* co_nlocals + co_ncells + co_nfrees */
    int co_framesize;            /* co_nlocalsplus + co_stacksize */
    struct _frame *co_zombieframe; /* recycled frames of this code (owned memory, untracked; chained through f_back, the head's f_lasti = chain length), or NULL */
    struct _spy_globalcache *co_globalcache; /* LOAD_GLOBAL/LOAD_METHOD caches, one entry per co_names index (owned block) */
    PyObject *co_extra_dict;     /* unused; NULL */
} PyCodeObject;

/* Per-name inline caches of a code object (one entry per co_names index).
   LOAD_GLOBAL: valid while both dicts keep the recorded (pointer, version); value borrowed.
   LOAD_METHOD: for instances of method_type (no instance dict, generic getattro), `method` (borrowed, a
   method descriptor found on the type) is valid while method_type has Py_TPFLAGS_VALID_VERSION_TAG
   and tp_version_tag == method_version (PyType_Modified clears the flag). */
typedef struct _spy_globalcache {
    void *globals; uint64_t globals_ver;
    void *builtins; uint64_t builtins_ver;
    PyObject *value;
    PyTypeObject *method_type; unsigned int method_version; PyObject *method;
} SPyGlobalCache;

/* Code flags (CPython's values). */
#define CO_OPTIMIZED 0x0001
#define CO_NEWLOCALS 0x0002
#define CO_VARARGS 0x0004
#define CO_VARKEYWORDS 0x0008
#define CO_NESTED 0x0010
#define CO_GENERATOR 0x0020
#define CO_NOFREE 0x0040
#define CO_COROUTINE 0x0080
#define CO_ITERABLE_COROUTINE 0x0100
#define CO_ASYNC_GENERATOR 0x0200

/* ---- frames ---- */
#define SPY_MAXBLOCKS 20
typedef struct { int b_type; int b_handler; int b_level; } PyTryBlock;
/* Frame states (CPython 3.10's). */
#define SPY_FRAME_CREATED (-2)
#define SPY_FRAME_SUSPENDED (-1)
#define SPY_FRAME_EXECUTING 0
#define SPY_FRAME_RETURNED 1
#define SPY_FRAME_UNWINDING 2
#define SPY_FRAME_RAISED 3
#define SPY_FRAME_CLEARED 4
/* A frame: always a PyObject (GC type), recycled through its code's zombie slot.
   f_localsplus = locals, then cells, then frees, then the value stack (ob_size slots in all).
   Frames are GC-tracked only once they outlive their execution (traceback, sys._getframe, generator). */
typedef struct _frame {
    PyObject_VAR_HEAD
    struct _frame *f_back;       /* owned, or NULL */
    PyCodeObject *f_code;        /* owned */
    PyObject *f_builtins;        /* owned dict */
    PyObject *f_globals;         /* owned dict */
    PyObject *f_locals;          /* owned mapping, or NULL for optimized code */
    PyObject **f_valuestack;     /* == f_localsplus + co_nlocalsplus */
    PyObject **f_stacktop;       /* saved stack top while suspended (generators), else NULL */
    PyObject *f_gen;             /* borrowed: the generator that owns this frame, or NULL */
    PyObject *f_trace;           /* owned, or NULL */
    int f_lasti;                 /* index of the instruction being executed (last executed when suspended); -1 before start */
    int f_iblock;                /* block stack depth */
    int8_t f_state;              /* SPY_FRAME_* */
    int8_t f_tracked;            /* 1 while GC-tracked */
    int16_t _pad;
    PyTryBlock f_blockstack[SPY_MAXBLOCKS];
    PyObject *f_localsplus[1];
} PyFrameObject;
/* Field offsets as inline functions: constant-folded when Swift calls them (a Swift global
   `let x = MemoryLayout<T>.offset(of:)` is initialized lazily, a swift_once on every use). */
static inline Py_ssize_t SPy_OffsetFrameLocalsPlus(void) { return offsetof(PyFrameObject, f_localsplus); }
static inline Py_ssize_t SPy_OffsetBytesSval(void) { return offsetof(PyBytesObject, ob_sval); }
static inline Py_ssize_t SPy_OffsetHeapTypeAsAsync(void) { return offsetof(PyHeapTypeObject, as_async); }
static inline Py_ssize_t SPy_OffsetHeapTypeAsNumber(void) { return offsetof(PyHeapTypeObject, as_number); }
static inline Py_ssize_t SPy_OffsetHeapTypeAsMapping(void) { return offsetof(PyHeapTypeObject, as_mapping); }
static inline Py_ssize_t SPy_OffsetHeapTypeAsSequence(void) { return offsetof(PyHeapTypeObject, as_sequence); }
static inline Py_ssize_t SPy_OffsetHeapTypeAsBuffer(void) { return offsetof(PyHeapTypeObject, as_buffer); }

/* ---- generators ---- */
typedef struct {
    PyObject_HEAD
    PyFrameObject *gi_frame;     /* owned; NULL once finished */
    PyObject *gi_code;           /* owned */
    PyObject *gi_name;           /* owned str */
    PyObject *gi_qualname;       /* owned str */
    PyObject *gi_exc_state;      /* owned: the exception handled inside the suspended generator, or NULL */
    PyObject *gi_weakreflist;
    char gi_running;
    char gi_closed;              /* 1 once the frame finished or close() ran */
    char ag_running_async;       /* async generators: an asend/athrow is in progress */
    char ag_hooks_inited;        /* async generators: sys.set_asyncgen_hooks firstiter was called */
    char gi_finalized;           /* 1 once the dealloc-time finalizer (close / hook / warning) ran */
    PyObject *ag_finalizer;      /* async generators: owned finalizer hook, or NULL */
} PyGenObject;
/* The same layout serves coroutines (PyCoro_Type) and async generators (PyAsyncGen_Type). */
typedef struct { PyObject_HEAD PyObject *cw_coroutine; } SPyCoroWrapperObject;      /* coroutine.__await__() */
typedef struct { PyObject_HEAD PyObject *agw_val; } SPyAsyncGenWrappedValue;       /* a value yielded by an async generator */
/* asend()/__anext__() (args unused) and athrow()/aclose() (args: tuple, or NULL for aclose) awaitables. */
typedef struct { PyObject_HEAD PyObject *ag_gen; PyObject *ag_value; int ag_state; int ag_isthrow; } SPyAsyncGenAwaitable;
extern PyTypeObject _PyCoroWrapper_Type;
extern PyTypeObject _PyAsyncGenWrappedValue_Type;
extern PyTypeObject _PyAsyncGenASend_Type;
extern PyTypeObject _PyAsyncGenAThrow_Type;
extern PyTypeObject _PyAnextAwaitable_Type;   /* anext(ait, default): ag_gen = the awaitable, ag_value = default */
static inline PyTypeObject *_Nonnull SPyType_AnextAwaitable(void) { return &_PyAnextAwaitable_Type; }
static inline PyTypeObject *_Nonnull SPyType_Coro(void) { return &PyCoro_Type; }
static inline PyTypeObject *_Nonnull SPyType_AsyncGen(void) { return &PyAsyncGen_Type; }
static inline PyTypeObject *_Nonnull SPyType_CoroWrapper(void) { return &_PyCoroWrapper_Type; }
static inline PyTypeObject *_Nonnull SPyType_AsyncGenWrappedValue(void) { return &_PyAsyncGenWrappedValue_Type; }
static inline PyTypeObject *_Nonnull SPyType_AsyncGenASend(void) { return &_PyAsyncGenASend_Type; }
static inline PyTypeObject *_Nonnull SPyType_AsyncGenAThrow(void) { return &_PyAsyncGenAThrow_Type; }

/* ---- exception groups ---- */
typedef struct { PyBaseExceptionObject base; PyObject *msg; PyObject *excs; } PyBaseExceptionGroupObject;

/* ---- VM entry points that C code may use (Swift implementations in VM/, Objects/) ---- */
PyAPI_FUNC(PyObject *) PyFunction_New(PyObject *code, PyObject *globals);
PyAPI_FUNC(PyObject *) PyFunction_NewWithQualName(PyObject *code, PyObject *globals, PyObject *qualname);
PyAPI_FUNC(PyObject *) PyFunction_GetCode(PyObject *);       /* borrowed */
PyAPI_FUNC(PyObject *) PyFunction_GetGlobals(PyObject *);    /* borrowed */
PyAPI_FUNC(PyObject *) PyFunction_GetModule(PyObject *);     /* borrowed */
PyAPI_FUNC(PyObject *) PyFunction_GetDefaults(PyObject *);   /* borrowed */
PyAPI_FUNC(PyObject *) PyFunction_GetClosure(PyObject *);    /* borrowed */
PyAPI_FUNC(int) PyCode_Addr2Line(PyCodeObject *, int);
PyAPI_FUNC(int) PyFrame_GetLineNumber(PyFrameObject *);
PyAPI_FUNC(PyCodeObject *) PyFrame_GetCode(PyFrameObject *);   /* new reference */
PyAPI_FUNC(PyFrameObject *) PyFrame_GetBack(PyFrameObject *);  /* new reference or NULL */
PyAPI_FUNC(PyFrameObject *) PyEval_GetFrame(void);             /* borrowed */
PyAPI_FUNC(int) PyTraceBack_Here(PyFrameObject *);
PyAPI_FUNC(int) PyTraceBack_Print(PyObject *, PyObject *);
PyAPI_FUNC(PyObject *) PyGen_New(PyFrameObject *);
PyAPI_FUNC(PyObject *) PyGen_NewWithQualName(PyFrameObject *, PyObject *name, PyObject *qualname);
PyAPI_FUNC(int) _PyGen_SetStopIterationValue(PyObject *);
PyAPI_FUNC(int) _PyGen_FetchStopIterationValue(PyObject **);

/* All PyObject* fields owned (vectorcall is a function pointer). */
typedef struct {
    PyObject_HEAD
    PyObject *func_globals;      /* dict */
    PyObject *func_builtins;     /* dict */
    PyObject *func_name;
    PyObject *func_qualname;
    PyObject *func_code;         /* PyCodeObject */
    PyObject *func_defaults;     /* tuple or NULL */
    PyObject *func_kwdefaults;   /* dict or NULL */
    PyObject *func_closure;      /* tuple of cells or NULL */
    PyObject *func_doc;
    PyObject *func_dict;
    PyObject *func_weakreflist;
    PyObject *func_module;
    PyObject *func_annotations;
    vectorcallfunc vectorcall;
} PyFunctionObject;

/* A bound method: both owned. */
typedef struct {
    PyObject_HEAD
    PyObject *im_func;
    PyObject *im_self;
    PyObject *im_weakreflist;
    vectorcallfunc vectorcall;
} PyMethodObject;

/* A traceback entry: tb_next and tb_frame owned. */
typedef struct _tracebackobject {
    PyObject_HEAD
    struct _tracebackobject *tb_next;
    PyObject *tb_frame;
    int tb_lasti;
    int tb_lineno;
} PyTracebackObject;

/* property / classmethod / staticmethod: all owned. */
typedef struct { PyObject_HEAD PyObject *prop_get, *prop_set, *prop_del, *prop_doc, *prop_name; int getter_doc; } propertyobject;
typedef struct { PyObject_HEAD PyObject *cm_callable; PyObject *cm_dict; } classmethod;
typedef struct { PyObject_HEAD PyObject *sm_callable; PyObject *sm_dict; } staticmethod;
typedef struct { PyObject_HEAD PyTypeObject *type; PyObject *obj; PyTypeObject *obj_type; } superobject;
typedef struct { PyObject_HEAD PyObject *mapping; } mappingproxyobject;
/* types.GenericAlias: origin, args (a tuple) owned; parameters owned, computed lazily. */
typedef struct { PyObject_HEAD PyObject *origin; PyObject *args; PyObject *parameters; char starred; } gaobject;
/* types.UnionType: args (a deduplicated tuple) owned; parameters owned, computed lazily. */
typedef struct { PyObject_HEAD PyObject *args; PyObject *parameters; } unionobject;
typedef struct { PyObject_HEAD PyObject *descr; PyObject *self; } wrapperobject;   /* method-wrapper: both owned */

/* A file object (Modules/IO.swift): raw fd plus a Swift-managed buffer. name/mode owned. */
typedef struct {
    PyObject_HEAD
    int fd;
    int flags;              /* SPY_FILE_* bits */
    void *state;            /* Unmanaged retained Swift FileBuffer */
    PyObject *name;
    PyObject *mode;
    PyObject *dict;
    PyObject *encoding;
    PyObject *layer;        /* owned: text -> its binary .buffer, buffered -> its .raw FileIO (lazy) */
} SPyFileObject;
#define SPY_FILE_READABLE 1
#define SPY_FILE_WRITABLE 2
#define SPY_FILE_BINARY 4
#define SPY_FILE_CLOSEFD 8
#define SPY_FILE_CLOSED 16
#define SPY_FILE_LINEBUF 32
#define SPY_FILE_APPEND 64
#define SPY_FILE_DETACHED 128
#define SPY_FILE_RAW 256          /* FileIO: unbuffered */

/* A weak reference (Objects/WeakRef.swift). wr_object is borrowed (Py_None once dead); the
   referent's weaklist slot (at tp_weaklistoffset) heads a doubly linked list of its weakrefs. */
typedef struct _PyWeakReference {
    PyObject_HEAD
    PyObject *wr_object;
    PyObject *wr_callback;      /* owned or NULL */
    Py_hash_t hash;             /* -1 until computed */
    struct _PyWeakReference *wr_prev, *wr_next;
    vectorcallfunc vectorcall;
} PyWeakReference;
#define SPY_GC_COLLECTING 1
#define SPY_GC_UNREACHABLE 2
#define SPY_GC_FINALIZED 4
#define SPY_BREAK_GC 0x10u

/* _thread.lock and _thread.RLock (Modules/Thread.swift). The pthread objects live in `impl`
   (heap, never moved). owner/count are used by RLock only. */
typedef struct {
    PyObject_HEAD
    void *impl;
    unsigned long owner;
    Py_ssize_t count;
    PyObject *weakreflist;
} SPyLockObject;
/* _ctypes (CExtensions/runtime/ctypes_*.c): the native module's init function, registered as a
   built-in module; and CPython's _PyErr_WriteUnraisableMsg, which its callbacks use. */
PyAPI_FUNC(PyObject *) _SwiftPy_PyInit__ctypes(void);
PyAPI_FUNC(PyObject *) _SwiftPy_PyInit__re_vm(void);   /* runtime/re_vm.c */
PyAPI_FUNC(void) _SwiftPy_WriteUnraisableMsg(const char *msg, PyObject *obj);

#endif
