/* Static type objects of the type-system area not named elsewhere (filled by initCoreTypes() in Swift). */
#include "swiftpy_internal.h"

PyTypeObject Py_GenericAliasType = { { { 1 << 30, &PyType_Type }, 0 } };
PyTypeObject _PyUnion_Type = { { { 1 << 30, &PyType_Type }, 0 } };
