/* libffi for SwiftPy's _ctypes module (CExtensions/runtime/ctypes_*.c). */
#include <ffi.h>
