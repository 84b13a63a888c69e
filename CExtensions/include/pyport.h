/* SwiftPy SDK: basic types and export macros. */
#ifndef Py_PYPORT_H
#define Py_PYPORT_H
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>
#include <limits.h>

typedef ssize_t Py_ssize_t;
typedef Py_ssize_t Py_hash_t;
typedef size_t Py_uhash_t;
typedef uint8_t Py_UCS1;
typedef uint16_t Py_UCS2;
typedef uint32_t Py_UCS4;
typedef wchar_t Py_UNICODE;

#define PY_SSIZE_T_MAX ((Py_ssize_t)(((size_t)-1)>>1))
#define PY_SSIZE_T_MIN (-PY_SSIZE_T_MAX-1)
#define SIZEOF_VOID_P 8
#define SIZEOF_SIZE_T 8
#define SIZEOF_LONG 8
#define SIZEOF_LONG_LONG 8
#define SIZEOF_INT 4
#define SIZEOF_WCHAR_T 4
#define PY_LONG_LONG long long
#define PY_LLONG_MAX LLONG_MAX
#define PY_LLONG_MIN LLONG_MIN
#define PY_ULLONG_MAX ULLONG_MAX

/* The SDK's binary interface version. Every object file that includes Python.h defines the weak,
   exported symbol _SwiftPy_ABI_version with this value; the loader refuses a module whose value
   differs (or that lacks it: e.g. one built against CPython's headers). Bump it whenever a struct
   layout, a macro's expansion or an exported signature changes incompatibly. */
#ifndef SWIFTPY_ABI_VERSION
#define SWIFTPY_ABI_VERSION 1
#endif
#if !defined(__swift__)
#ifdef __cplusplus
extern "C" { __attribute__((weak, visibility("default"), used)) extern const unsigned int _SwiftPy_ABI_version = SWIFTPY_ABI_VERSION; }
#else
__attribute__((weak, visibility("default"), used)) const unsigned int _SwiftPy_ABI_version = SWIFTPY_ABI_VERSION;
#endif
#endif

#ifdef __cplusplus
#define PyMODINIT_FUNC extern "C" __attribute__((visibility("default"))) PyObject *
#else
#define PyMODINIT_FUNC __attribute__((visibility("default"))) PyObject *
#endif
#define PyAPI_FUNC(RTYPE) extern RTYPE
/* Mutable C globals: Swift 6 reads them as nonisolated(unsafe); they are written only with the GIL held. */
#if defined(__clang__) && defined(__has_attribute)
#if __has_attribute(swift_attr)
#define SPY_NONISOLATED __attribute__((swift_attr("nonisolated(unsafe)")))
#endif
#endif
#ifndef SPY_NONISOLATED
#define SPY_NONISOLATED
#endif
#define PyAPI_DATA(RTYPE) extern SPY_NONISOLATED RTYPE

#define Py_LOCAL_INLINE(type) static inline type
#define Py_UNUSED(name) _unused_ ## name __attribute__((unused))
#define Py_ARRAY_LENGTH(array) (sizeof(array) / sizeof((array)[0]))
#define Py_MIN(x, y) (((x) > (y)) ? (y) : (x))
#define Py_MAX(x, y) (((x) > (y)) ? (x) : (y))
#define Py_ABS(x) ((x) < 0 ? -(x) : (x))
#define Py_CHARMASK(c) ((unsigned char)((c) & 0xff))
#define _Py_CAST(type, expr) ((type)(expr))
#define _PyObject_CAST(op) ((PyObject *)(op))
#define Py_STRINGIFY(x) _Py_XSTRINGIFY(x)
#define _Py_XSTRINGIFY(x) #x
#define Py_SAFE_DOWNCAST(VALUE, WIDE, NARROW) ((NARROW)(VALUE))
#define Py_DEPRECATED(VERSION)
#define Py_GCC_ATTRIBUTE(x) __attribute__(x)
#define Py_ALWAYS_INLINE __attribute__((always_inline))
#define Py_NO_INLINE __attribute__((noinline))
#define Py_FatalError(msg) _Py_FatalErrorFunc(__func__, msg)
PyAPI_FUNC(void) _Py_FatalErrorFunc(const char *func, const char *msg) __attribute__((noreturn));
#endif
