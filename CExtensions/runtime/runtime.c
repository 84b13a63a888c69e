/* SwiftPy runtime, C half: the data symbols of the C API (type objects, singletons, exception
   pointers) and the thread-local current thread state. The Swift half fills the type objects'
   slots during interpreter start-up (Runtime/Lifecycle.swift) before any Python code runs. */
#include "swiftpy_internal.h"

_Thread_local PyThreadState *_spy_tstate = NULL;
PyThreadState *_SPy_GetTState(void) { return _spy_tstate; }
void _SPy_SetTState(PyThreadState *t) { _spy_tstate = t; }

_Atomic int _spy_signal_tripped = 0;
_Atomic int _spy_pending_signals[SPY_NSIG];

void _Py_Dealloc(PyObject *op) {
    destructor d = Py_TYPE(op)->tp_dealloc;
    d(op);
}

void _Py_FatalErrorFunc(const char *func, const char *msg) {
    fprintf(stderr, "Fatal Python error: %s: %s\n", func, msg);
    fflush(stderr);
    abort();
}

/* Singletons: immortal in practice (their refcount starts high and they are never freed). */
PyObject _Py_NoneStruct = { 1 << 30, &_PyNone_Type };
PyObject _Py_NotImplementedStruct = { 1 << 30, &_PyNotImplemented_Type };
PyObject _Py_EllipsisObject = { 1 << 30, &PyEllipsis_Type };
PyLongObject _Py_FalseStruct = { { 1 << 30, &PyBool_Type }, 0, NULL };
PyLongObject _Py_TrueStruct = { { 1 << 30, &PyBool_Type }, 1, NULL };

/* Static type objects: zero here, filled by the Swift runtime at start-up. */
PyTypeObject PyType_Type = { { { 1 << 30, &PyType_Type }, 0 } };
PyTypeObject PyBaseObject_Type = { { { 1 << 30, &PyType_Type }, 0 } };
PyTypeObject PySuper_Type = { { { 1 << 30, &PyType_Type }, 0 } };
PyTypeObject _PyNone_Type = { { { 1 << 30, &PyType_Type }, 0 } };
PyTypeObject _PyNotImplemented_Type = { { { 1 << 30, &PyType_Type }, 0 } };
PyTypeObject PyEllipsis_Type = { { { 1 << 30, &PyType_Type }, 0 } };
PyTypeObject PyLong_Type = { { { 1 << 30, &PyType_Type }, 0 } };
PyTypeObject PyBool_Type = { { { 1 << 30, &PyType_Type }, 0 } };
PyTypeObject PyFloat_Type = { { { 1 << 30, &PyType_Type }, 0 } };
PyTypeObject PyComplex_Type = { { { 1 << 30, &PyType_Type }, 0 } };
PyTypeObject PyUnicode_Type = { { { 1 << 30, &PyType_Type }, 0 } };
PyTypeObject PyUnicodeIter_Type = { { { 1 << 30, &PyType_Type }, 0 } };
PyTypeObject PyBytes_Type = { { { 1 << 30, &PyType_Type }, 0 } };
PyTypeObject PyByteArray_Type = { { { 1 << 30, &PyType_Type }, 0 } };
PyTypeObject PyTuple_Type = { { { 1 << 30, &PyType_Type }, 0 } };
PyTypeObject PyList_Type = { { { 1 << 30, &PyType_Type }, 0 } };
PyTypeObject PyDict_Type = { { { 1 << 30, &PyType_Type }, 0 } };
PyTypeObject PyDictKeys_Type = { { { 1 << 30, &PyType_Type }, 0 } };
PyTypeObject PyDictValues_Type = { { { 1 << 30, &PyType_Type }, 0 } };
PyTypeObject PyDictItems_Type = { { { 1 << 30, &PyType_Type }, 0 } };
PyTypeObject PySet_Type = { { { 1 << 30, &PyType_Type }, 0 } };
PyTypeObject PyFrozenSet_Type = { { { 1 << 30, &PyType_Type }, 0 } };
PyTypeObject PySlice_Type = { { { 1 << 30, &PyType_Type }, 0 } };
PyTypeObject PyRange_Type = { { { 1 << 30, &PyType_Type }, 0 } };
PyTypeObject PyCell_Type = { { { 1 << 30, &PyType_Type }, 0 } };
PyTypeObject PyModule_Type = { { { 1 << 30, &PyType_Type }, 0 } };
PyTypeObject PyModuleDef_Type = { { { 1 << 30, &PyType_Type }, 0 } };
PyTypeObject PyCFunction_Type = { { { 1 << 30, &PyType_Type }, 0 } };
PyTypeObject PyMethod_Type = { { { 1 << 30, &PyType_Type }, 0 } };
PyTypeObject PyFunction_Type = { { { 1 << 30, &PyType_Type }, 0 } };
PyTypeObject PyCode_Type = { { { 1 << 30, &PyType_Type }, 0 } };
PyTypeObject PyFrame_Type = { { { 1 << 30, &PyType_Type }, 0 } };
PyTypeObject PyGen_Type = { { { 1 << 30, &PyType_Type }, 0 } };
PyTypeObject PyCoro_Type = { { { 1 << 30, &PyType_Type }, 0 } };
PyTypeObject PyAsyncGen_Type = { { { 1 << 30, &PyType_Type }, 0 } };
PyTypeObject _PyCoroWrapper_Type = { { { 1 << 30, &PyType_Type }, 0 } };
PyTypeObject _PyAsyncGenWrappedValue_Type = { { { 1 << 30, &PyType_Type }, 0 } };
PyTypeObject _PyAsyncGenASend_Type = { { { 1 << 30, &PyType_Type }, 0 } };
PyTypeObject _PyAsyncGenAThrow_Type = { { { 1 << 30, &PyType_Type }, 0 } };
PyTypeObject _PyAnextAwaitable_Type = { { { 1 << 30, &PyType_Type }, 0 } };
PyTypeObject PyTraceBack_Type = { { { 1 << 30, &PyType_Type }, 0 } };
PyTypeObject PyProperty_Type = { { { 1 << 30, &PyType_Type }, 0 } };
PyTypeObject PyClassMethod_Type = { { { 1 << 30, &PyType_Type }, 0 } };
PyTypeObject PyStaticMethod_Type = { { { 1 << 30, &PyType_Type }, 0 } };
PyTypeObject PyClassMethodDescr_Type = { { { 1 << 30, &PyType_Type }, 0 } };
PyTypeObject PyMethodDescr_Type = { { { 1 << 30, &PyType_Type }, 0 } };
PyTypeObject PyMemberDescr_Type = { { { 1 << 30, &PyType_Type }, 0 } };
PyTypeObject PyGetSetDescr_Type = { { { 1 << 30, &PyType_Type }, 0 } };
PyTypeObject PyWrapperDescr_Type = { { { 1 << 30, &PyType_Type }, 0 } };
PyTypeObject _PyMethodWrapper_Type = { { { 1 << 30, &PyType_Type }, 0 } };
PyTypeObject PyDictProxy_Type = { { { 1 << 30, &PyType_Type }, 0 } };
PyTypeObject PySeqIter_Type = { { { 1 << 30, &PyType_Type }, 0 } };
PyTypeObject PyCallIter_Type = { { { 1 << 30, &PyType_Type }, 0 } };
PyTypeObject PyEnum_Type = { { { 1 << 30, &PyType_Type }, 0 } };
PyTypeObject PyReversed_Type = { { { 1 << 30, &PyType_Type }, 0 } };
PyTypeObject PyFilter_Type = { { { 1 << 30, &PyType_Type }, 0 } };
PyTypeObject PyMap_Type = { { { 1 << 30, &PyType_Type }, 0 } };
PyTypeObject PyZip_Type = { { { 1 << 30, &PyType_Type }, 0 } };
PyTypeObject PyMemoryView_Type = { { { 1 << 30, &PyType_Type }, 0 } };
PyTypeObject _PyWeakref_RefType = { { { 1 << 30, &PyType_Type }, 0 } };
PyTypeObject _PyWeakref_ProxyType = { { { 1 << 30, &PyType_Type }, 0 } };
PyTypeObject _PyWeakref_CallableProxyType = { { { 1 << 30, &PyType_Type }, 0 } };
PyTypeObject PyCapsule_Type = { { { 1 << 30, &PyType_Type }, 0 } };

/* Standard exception classes: set at start-up (Objects/Exceptions*.swift). */
PyObject *PyExc_ArithmeticError = NULL;
PyObject *PyExc_AssertionError = NULL;
PyObject *PyExc_AttributeError = NULL;
PyObject *PyExc_BaseException = NULL;
PyObject *PyExc_BaseExceptionGroup = NULL;
PyObject *PyExc_BlockingIOError = NULL;
PyObject *PyExc_BrokenPipeError = NULL;
PyObject *PyExc_BufferError = NULL;
PyObject *PyExc_BytesWarning = NULL;
PyObject *PyExc_ChildProcessError = NULL;
PyObject *PyExc_ConnectionAbortedError = NULL;
PyObject *PyExc_ConnectionError = NULL;
PyObject *PyExc_ConnectionRefusedError = NULL;
PyObject *PyExc_ConnectionResetError = NULL;
PyObject *PyExc_DeprecationWarning = NULL;
PyObject *PyExc_EOFError = NULL;
PyObject *PyExc_EncodingWarning = NULL;
PyObject *PyExc_EnvironmentError = NULL;
PyObject *PyExc_Exception = NULL;
PyObject *PyExc_FileExistsError = NULL;
PyObject *PyExc_FileNotFoundError = NULL;
PyObject *PyExc_FloatingPointError = NULL;
PyObject *PyExc_FutureWarning = NULL;
PyObject *PyExc_GeneratorExit = NULL;
PyObject *PyExc_IOError = NULL;
PyObject *PyExc_ImportError = NULL;
PyObject *PyExc_ImportWarning = NULL;
PyObject *PyExc_IndentationError = NULL;
PyObject *PyExc_IndexError = NULL;
PyObject *PyExc_InterruptedError = NULL;
PyObject *PyExc_IsADirectoryError = NULL;
PyObject *PyExc_KeyError = NULL;
PyObject *PyExc_KeyboardInterrupt = NULL;
PyObject *PyExc_LookupError = NULL;
PyObject *PyExc_MemoryError = NULL;
PyObject *PyExc_ModuleNotFoundError = NULL;
PyObject *PyExc_NameError = NULL;
PyObject *PyExc_NotADirectoryError = NULL;
PyObject *PyExc_NotImplementedError = NULL;
PyObject *PyExc_OSError = NULL;
PyObject *PyExc_OverflowError = NULL;
PyObject *PyExc_PendingDeprecationWarning = NULL;
PyObject *PyExc_PermissionError = NULL;
PyObject *PyExc_ProcessLookupError = NULL;
PyObject *PyExc_RecursionError = NULL;
PyObject *PyExc_ReferenceError = NULL;
PyObject *PyExc_ResourceWarning = NULL;
PyObject *PyExc_RuntimeError = NULL;
PyObject *PyExc_RuntimeWarning = NULL;
PyObject *PyExc_StopAsyncIteration = NULL;
PyObject *PyExc_StopIteration = NULL;
PyObject *PyExc_SyntaxError = NULL;
PyObject *PyExc_SyntaxWarning = NULL;
PyObject *PyExc_SystemError = NULL;
PyObject *PyExc_SystemExit = NULL;
PyObject *PyExc_TabError = NULL;
PyObject *PyExc_TimeoutError = NULL;
PyObject *PyExc_TypeError = NULL;
PyObject *PyExc_UnboundLocalError = NULL;
PyObject *PyExc_UnicodeDecodeError = NULL;
PyObject *PyExc_UnicodeEncodeError = NULL;
PyObject *PyExc_UnicodeError = NULL;
PyObject *PyExc_UnicodeTranslateError = NULL;
PyObject *PyExc_UnicodeWarning = NULL;
PyObject *PyExc_UserWarning = NULL;
PyObject *PyExc_ValueError = NULL;
PyObject *PyExc_Warning = NULL;
PyObject *PyExc_ZeroDivisionError = NULL;
