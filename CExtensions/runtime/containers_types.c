/* Static type objects of the containers' iterators (filled by initContainerTypes() in Swift). */
#include "swiftpy_internal.h"

PyTypeObject PyTupleIter_Type = { { { 1 << 30, &PyType_Type }, 0 } };
PyTypeObject PyListIter_Type = { { { 1 << 30, &PyType_Type }, 0 } };
PyTypeObject PyListRevIter_Type = { { { 1 << 30, &PyType_Type }, 0 } };
PyTypeObject PyDictIterKey_Type = { { { 1 << 30, &PyType_Type }, 0 } };
PyTypeObject PyDictIterValue_Type = { { { 1 << 30, &PyType_Type }, 0 } };
PyTypeObject PyDictIterItem_Type = { { { 1 << 30, &PyType_Type }, 0 } };
PyTypeObject PyDictRevIterKey_Type = { { { 1 << 30, &PyType_Type }, 0 } };
PyTypeObject PyDictRevIterValue_Type = { { { 1 << 30, &PyType_Type }, 0 } };
PyTypeObject PyDictRevIterItem_Type = { { { 1 << 30, &PyType_Type }, 0 } };
PyTypeObject PySetIter_Type = { { { 1 << 30, &PyType_Type }, 0 } };
PyTypeObject PyRangeIter_Type = { { { 1 << 30, &PyType_Type }, 0 } };
PyTypeObject PyLongRangeIter_Type = { { { 1 << 30, &PyType_Type }, 0 } };
