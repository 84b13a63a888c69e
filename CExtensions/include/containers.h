/* SwiftPy SDK: tuple, list, dict, set, slice, iterators. */
#ifndef Py_CONTAINERS_H
#define Py_CONTAINERS_H
PyAPI_FUNC(PyObject *) PyTuple_New(Py_ssize_t size);
PyAPI_FUNC(Py_ssize_t) PyTuple_Size(PyObject *);
PyAPI_FUNC(PyObject *) PyTuple_GetItem(PyObject *, Py_ssize_t);          /* borrowed */
PyAPI_FUNC(int) PyTuple_SetItem(PyObject *, Py_ssize_t, PyObject *);     /* steals */
PyAPI_FUNC(PyObject *) PyTuple_GetSlice(PyObject *, Py_ssize_t, Py_ssize_t);
PyAPI_FUNC(PyObject *) PyTuple_Pack(Py_ssize_t, ...);
PyAPI_FUNC(int) _PyTuple_Resize(PyObject **, Py_ssize_t);

PyAPI_FUNC(PyObject *) PyList_New(Py_ssize_t size);
PyAPI_FUNC(Py_ssize_t) PyList_Size(PyObject *);
PyAPI_FUNC(PyObject *) PyList_GetItem(PyObject *, Py_ssize_t);           /* borrowed */
PyAPI_FUNC(int) PyList_SetItem(PyObject *, Py_ssize_t, PyObject *);      /* steals */
PyAPI_FUNC(int) PyList_Insert(PyObject *, Py_ssize_t, PyObject *);
PyAPI_FUNC(int) PyList_Append(PyObject *, PyObject *);
PyAPI_FUNC(PyObject *) PyList_GetSlice(PyObject *, Py_ssize_t, Py_ssize_t);
PyAPI_FUNC(int) PyList_SetSlice(PyObject *, Py_ssize_t, Py_ssize_t, PyObject *);
PyAPI_FUNC(int) PyList_Sort(PyObject *);
PyAPI_FUNC(int) PyList_Reverse(PyObject *);
PyAPI_FUNC(PyObject *) PyList_AsTuple(PyObject *);

PyAPI_FUNC(PyObject *) PyDict_New(void);
PyAPI_FUNC(PyObject *) PyDict_GetItem(PyObject *mp, PyObject *key);                 /* borrowed; swallows errors */
PyAPI_FUNC(PyObject *) PyDict_GetItemWithError(PyObject *mp, PyObject *key);        /* borrowed */
PyAPI_FUNC(PyObject *) PyDict_GetItemString(PyObject *dp, const char *key);         /* borrowed */
PyAPI_FUNC(PyObject *) _PyDict_GetItemStringWithError(PyObject *, const char *);
PyAPI_FUNC(PyObject *) PyDict_SetDefault(PyObject *mp, PyObject *key, PyObject *defaultobj);  /* borrowed */
PyAPI_FUNC(int) PyDict_SetItem(PyObject *mp, PyObject *key, PyObject *item);
PyAPI_FUNC(int) PyDict_SetItemString(PyObject *dp, const char *key, PyObject *item);
PyAPI_FUNC(int) PyDict_DelItem(PyObject *mp, PyObject *key);
PyAPI_FUNC(int) PyDict_DelItemString(PyObject *dp, const char *key);
PyAPI_FUNC(void) PyDict_Clear(PyObject *mp);
PyAPI_FUNC(int) PyDict_Next(PyObject *mp, Py_ssize_t *pos, PyObject **key, PyObject **value);  /* borrowed */
PyAPI_FUNC(PyObject *) PyDict_Keys(PyObject *mp);
PyAPI_FUNC(PyObject *) PyDict_Values(PyObject *mp);
PyAPI_FUNC(PyObject *) PyDict_Items(PyObject *mp);
PyAPI_FUNC(Py_ssize_t) PyDict_Size(PyObject *mp);
PyAPI_FUNC(PyObject *) PyDict_Copy(PyObject *mp);
PyAPI_FUNC(int) PyDict_Contains(PyObject *mp, PyObject *key);
PyAPI_FUNC(int) PyDict_Update(PyObject *mp, PyObject *other);
PyAPI_FUNC(int) PyDict_Merge(PyObject *mp, PyObject *other, int override);
PyAPI_FUNC(int) PyDict_MergeFromSeq2(PyObject *d, PyObject *seq2, int override);

PyAPI_FUNC(PyObject *) PySet_New(PyObject *);
PyAPI_FUNC(PyObject *) PyFrozenSet_New(PyObject *);
PyAPI_FUNC(int) PySet_Add(PyObject *set, PyObject *key);
PyAPI_FUNC(int) PySet_Clear(PyObject *set);
PyAPI_FUNC(int) PySet_Contains(PyObject *anyset, PyObject *key);
PyAPI_FUNC(int) PySet_Discard(PyObject *set, PyObject *key);
PyAPI_FUNC(PyObject *) PySet_Pop(PyObject *set);
PyAPI_FUNC(Py_ssize_t) PySet_Size(PyObject *anyset);

PyAPI_FUNC(PyObject *) PySlice_New(PyObject *start, PyObject *stop, PyObject *step);
PyAPI_FUNC(int) PySlice_GetIndicesEx(PyObject *r, Py_ssize_t length, Py_ssize_t *start, Py_ssize_t *stop, Py_ssize_t *step, Py_ssize_t *slicelength);
PyAPI_FUNC(int) PySlice_Unpack(PyObject *slice, Py_ssize_t *start, Py_ssize_t *stop, Py_ssize_t *step);
PyAPI_FUNC(Py_ssize_t) PySlice_AdjustIndices(Py_ssize_t length, Py_ssize_t *start, Py_ssize_t *stop, Py_ssize_t step);

PyAPI_FUNC(PyObject *) PySeqIter_New(PyObject *);
PyAPI_FUNC(PyObject *) PyCallIter_New(PyObject *, PyObject *);
PyAPI_FUNC(PyObject *) PyCell_New(PyObject *);
PyAPI_FUNC(PyObject *) PyCell_Get(PyObject *);
PyAPI_FUNC(int) PyCell_Set(PyObject *, PyObject *);

typedef void (*PyCapsule_Destructor)(PyObject *);
PyAPI_FUNC(PyObject *) PyCapsule_New(void *pointer, const char *name, PyCapsule_Destructor destructor);
PyAPI_FUNC(void *) PyCapsule_GetPointer(PyObject *capsule, const char *name);
PyAPI_FUNC(void *) PyCapsule_Import(const char *name, int no_block);
PyAPI_FUNC(int) PyCapsule_IsValid(PyObject *capsule, const char *name);
#define PyCapsule_CheckExact(op) Py_IS_TYPE(op, &PyCapsule_Type)

PyAPI_FUNC(PyObject *) PyWeakref_NewRef(PyObject *ob, PyObject *callback);
PyAPI_FUNC(PyObject *) PyWeakref_NewProxy(PyObject *ob, PyObject *callback);
PyAPI_FUNC(PyObject *) PyWeakref_GetObject(PyObject *ref);    /* borrowed */
#define PyWeakref_GET_OBJECT(ref) PyWeakref_GetObject(ref)
#define PyWeakref_CheckRef(op) PyObject_TypeCheck(op, &_PyWeakref_RefType)
/* Iterator types of the containers (CPython exports these too). */
PyAPI_DATA(PyTypeObject) PyTupleIter_Type;
PyAPI_DATA(PyTypeObject) PyListIter_Type;
PyAPI_DATA(PyTypeObject) PyListRevIter_Type;
PyAPI_DATA(PyTypeObject) PyDictIterKey_Type;
PyAPI_DATA(PyTypeObject) PyDictIterValue_Type;
PyAPI_DATA(PyTypeObject) PyDictIterItem_Type;
PyAPI_DATA(PyTypeObject) PyDictRevIterKey_Type;
PyAPI_DATA(PyTypeObject) PyDictRevIterValue_Type;
PyAPI_DATA(PyTypeObject) PyDictRevIterItem_Type;
PyAPI_DATA(PyTypeObject) PySetIter_Type;
PyAPI_DATA(PyTypeObject) PyRangeIter_Type;
PyAPI_DATA(PyTypeObject) PyLongRangeIter_Type;
#define PyDictKeys_Check(op) PyObject_TypeCheck(op, &PyDictKeys_Type)
#define PyDictValues_Check(op) PyObject_TypeCheck(op, &PyDictValues_Type)
#define PyDictItems_Check(op) PyObject_TypeCheck(op, &PyDictItems_Type)
#define PyDictViewSet_Check(op) (PyDictKeys_Check(op) || PyDictItems_Check(op))

/* Capsule (PyCapsule_Type is declared in objects.h). */
PyAPI_FUNC(const char *) PyCapsule_GetName(PyObject *capsule);
PyAPI_FUNC(PyCapsule_Destructor) PyCapsule_GetDestructor(PyObject *capsule);
PyAPI_FUNC(void *) PyCapsule_GetContext(PyObject *capsule);
PyAPI_FUNC(int) PyCapsule_SetPointer(PyObject *capsule, void *pointer);
PyAPI_FUNC(int) PyCapsule_SetDestructor(PyObject *capsule, PyCapsule_Destructor destructor);
PyAPI_FUNC(int) PyCapsule_SetName(PyObject *capsule, const char *name);
PyAPI_FUNC(int) PyCapsule_SetContext(PyObject *capsule, void *context);

/* More tuple/list/dict/set API. */
PyAPI_FUNC(PyObject *) _PyDict_NewPresized(Py_ssize_t minused);
PyAPI_FUNC(int) _PyDict_Next(PyObject *mp, Py_ssize_t *pos, PyObject **key, PyObject **value, Py_hash_t *hash);
PyAPI_FUNC(PyObject *) _PyDict_GetItem_KnownHash(PyObject *mp, PyObject *key, Py_hash_t hash);   /* borrowed */
PyAPI_FUNC(int) _PyDict_SetItem_KnownHash(PyObject *mp, PyObject *key, PyObject *item, Py_hash_t hash);
PyAPI_FUNC(int) _PyDict_DelItem_KnownHash(PyObject *mp, PyObject *key, Py_hash_t hash);
PyAPI_FUNC(int) _PyDict_Contains_KnownHash(PyObject *mp, PyObject *key, Py_hash_t hash);
PyAPI_FUNC(PyObject *) _PyDict_Pop(PyObject *mp, PyObject *key, PyObject *deflt);
PyAPI_FUNC(int) PyDict_ContainsString(PyObject *mp, const char *key);
PyAPI_FUNC(PyObject *) PyList_Extend(PyObject *list, PyObject *iterable);
PyAPI_FUNC(PyObject *) _PyList_Extend(PyListObject *list, PyObject *iterable);
PyAPI_FUNC(PyObject *) _PyTuple_FromArray(PyObject *const *items, Py_ssize_t n);
PyAPI_FUNC(int) _PySet_Update(PyObject *set, PyObject *iterable);
PyAPI_FUNC(int) _PySet_NextEntry(PyObject *set, Py_ssize_t *pos, PyObject **key, Py_hash_t *hash);
PyAPI_FUNC(int) PySlice_GetIndices(PyObject *r, Py_ssize_t length, Py_ssize_t *start, Py_ssize_t *stop, Py_ssize_t *step);

#ifdef SWIFTPY_INTERNAL_H
/* ---- SwiftPy layouts of the containers' helper objects (runtime-internal). Object fields owned. ---- */
/* list/tuple iterators: it_seq NULL once exhausted. */
typedef struct { PyObject_HEAD Py_ssize_t it_index; PyObject *it_seq; } _PySeqIterObject;
/* dict views: dv_dict owned. */
typedef struct { PyObject_HEAD PyObject *dv_dict; } _PyDictViewObject;
/* dict iterators: di_dict NULL once exhausted; di_result a reusable (key, value) tuple or NULL. */
typedef struct { PyObject_HEAD PyObject *di_dict; Py_ssize_t di_used; Py_ssize_t di_pos; PyObject *di_result; Py_ssize_t len; } _PyDictIterObject;
/* set iterator: si_set NULL once exhausted. */
typedef struct { PyObject_HEAD PyObject *si_set; Py_ssize_t si_used; Py_ssize_t si_pos; Py_ssize_t len; } _PySetIterObject;
/* range iterator over machine integers: yields start + index*step for index < len. */
typedef struct { PyObject_HEAD long start; long step; long len; long index; } _PyRangeIterObject;
/* range iterator over arbitrary ints: start, step, len are ints; index counts up. */
typedef struct { PyObject_HEAD PyObject *start, *step, *len, *index; } _PyLongRangeIterObject;
/* iter(callable, sentinel): both NULL once exhausted. */
typedef struct { PyObject_HEAD PyObject *it_callable; PyObject *it_sentinel; } _PyCallIterObject;
/* enumerate: en_longindex used once en_index would overflow (then en_index == PY_SSIZE_T_MAX). */
typedef struct { PyObject_HEAD Py_ssize_t en_index; PyObject *en_sit; PyObject *en_result; PyObject *en_longindex; } _PyEnumObject;
/* reversed(seq) via __len__/__getitem__: seq NULL once exhausted. */
typedef struct { PyObject_HEAD Py_ssize_t index; PyObject *seq; } _PyReversedObject;
/* zip: ittuple a tuple of iterators; result a reusable tuple or NULL. */
typedef struct { PyObject_HEAD Py_ssize_t tuplesize; PyObject *ittuple; PyObject *result; int strict; } _PyZipObject;
/* map(func, *iterables): iters a tuple of iterators. */
typedef struct { PyObject_HEAD PyObject *iters; PyObject *func; } _PyMapObject;
/* filter(func or None, iterable). */
typedef struct { PyObject_HEAD PyObject *func; PyObject *it; } _PyFilterObject;
/* capsule: name and pointer not owned; destructor called at dealloc. */
typedef struct { PyObject_HEAD void *pointer; const char *name; void *context; PyCapsule_Destructor destructor; } _PyCapsuleObject;

/* Runtime-internal accessors (Swift cannot take a C global's address). */
static inline PyTypeObject *_Nonnull SPyType_TupleIter(void) { return &PyTupleIter_Type; }
static inline PyTypeObject *_Nonnull SPyType_ListIter(void) { return &PyListIter_Type; }
static inline PyTypeObject *_Nonnull SPyType_ListRevIter(void) { return &PyListRevIter_Type; }
static inline PyTypeObject *_Nonnull SPyType_DictIterKey(void) { return &PyDictIterKey_Type; }
static inline PyTypeObject *_Nonnull SPyType_DictIterValue(void) { return &PyDictIterValue_Type; }
static inline PyTypeObject *_Nonnull SPyType_DictIterItem(void) { return &PyDictIterItem_Type; }
static inline PyTypeObject *_Nonnull SPyType_DictRevIterKey(void) { return &PyDictRevIterKey_Type; }
static inline PyTypeObject *_Nonnull SPyType_DictRevIterValue(void) { return &PyDictRevIterValue_Type; }
static inline PyTypeObject *_Nonnull SPyType_DictRevIterItem(void) { return &PyDictRevIterItem_Type; }
static inline PyTypeObject *_Nonnull SPyType_SetIter(void) { return &PySetIter_Type; }
static inline PyTypeObject *_Nonnull SPyType_RangeIter(void) { return &PyRangeIter_Type; }
static inline PyTypeObject *_Nonnull SPyType_LongRangeIter(void) { return &PyLongRangeIter_Type; }
#endif
#endif
