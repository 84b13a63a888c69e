/*
 * types_ext: extension types, written exactly as for CPython 3.11.
 *   Point    - static PyTypeObject (positional initializer), new/init/dealloc/repr/richcompare/hash/iter,
 *              methods incl. METH_CLASS/METH_STATIC, members (T_INT, T_DOUBLE, T_OBJECT_EX, READONLY),
 *              getset, subclassable (Py_TPFLAGS_BASETYPE).
 *   PointIter - static iterator type (tp_iter = PyObject_SelfIter, tp_iternext).
 *   Node     - GC type (Py_TPFLAGS_HAVE_GC, tp_traverse, tp_clear) for reference cycles.
 *   Counter  - heap type from PyType_FromModuleAndSpec, reaching its module's state.
 *   Vec      - heap type from PyType_FromSpec with number/sequence/mapping slots.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include "structmember.h"
#include <stddef.h>

/* ---------------- Point ---------------- */
typedef struct {
    PyObject_HEAD
    int x;
    int y;
    double weight;
    PyObject *tag;      /* T_OBJECT_EX: may be NULL (then the attribute is missing) */
    int serial;         /* READONLY */
    PyObject *label;    /* str, via getset */
} PointObject;

static int point_serial_counter;
static long points_alive;
static PyTypeObject Point_Type;

static PyObject *Point_new(PyTypeObject *type, PyObject *args, PyObject *kwds) {
    PointObject *self = (PointObject *)type->tp_alloc(type, 0);
    if (!self)
        return NULL;
    self->weight = 1.0;
    self->serial = ++point_serial_counter;
    self->label = PyUnicode_FromString("unnamed");
    if (!self->label) {
        Py_DECREF(self);
        return NULL;
    }
    points_alive++;
    return (PyObject *)self;
}

static int Point_init(PointObject *self, PyObject *args, PyObject *kwds) {
    static char *kwlist[] = {"x", "y", "weight", "tag", NULL};
    int x = 0, y = 0;
    double weight = self->weight;
    PyObject *tag = NULL;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "|ii$dO:Point", kwlist, &x, &y, &weight, &tag))
        return -1;
    self->x = x;
    self->y = y;
    self->weight = weight;
    if (tag)
        Py_XSETREF(self->tag, Py_NewRef(tag));
    return 0;
}

static void Point_dealloc(PointObject *self) {
    Py_XDECREF(self->tag);
    Py_XDECREF(self->label);
    points_alive--;
    Py_TYPE(self)->tp_free((PyObject *)self);
}

static PyObject *Point_repr(PointObject *self) {
    PyObject *name = PyType_GetName(Py_TYPE(self));
    if (!name)
        return NULL;
    PyObject *r = PyUnicode_FromFormat("%U(%d, %d)", name, self->x, self->y);
    Py_DECREF(name);
    return r;
}

static PyObject *Point_richcompare(PyObject *a, PyObject *b, int op) {
    if (!PyObject_TypeCheck(a, &Point_Type) || !PyObject_TypeCheck(b, &Point_Type))
        Py_RETURN_NOTIMPLEMENTED;
    long ka = (long)((PointObject *)a)->x * 100000 + ((PointObject *)a)->y;
    long kb = (long)((PointObject *)b)->x * 100000 + ((PointObject *)b)->y;
    Py_RETURN_RICHCOMPARE(ka, kb, op);
}

static Py_hash_t Point_hash(PointObject *self) {
    Py_hash_t h = (Py_hash_t)self->x * 1000003 ^ (Py_hash_t)self->y;
    return h == -1 ? -2 : h;
}

/* Iterator over (x, y). */
typedef struct {
    PyObject_HEAD
    PointObject *point;   /* owned */
    int index;
} PointIterObject;

static PyTypeObject PointIter_Type;

static PyObject *Point_iter(PointObject *self) {
    PointIterObject *it = PyObject_New(PointIterObject, &PointIter_Type);
    if (!it)
        return NULL;
    it->point = (PointObject *)Py_NewRef(self);
    it->index = 0;
    return (PyObject *)it;
}

static PyObject *PointIter_next(PointIterObject *it) {
    if (it->index >= 2)
        return NULL;   /* exhausted: no exception set means StopIteration */
    int v = it->index == 0 ? it->point->x : it->point->y;
    it->index++;
    return PyLong_FromLong(v);
}

static void PointIter_dealloc(PointIterObject *it) {
    Py_DECREF(it->point);
    PyObject_Free(it);
}

static PyObject *Point_norm1(PointObject *self, PyObject *Py_UNUSED(ignored)) {
    return PyLong_FromLong(labs((long)self->x) + labs((long)self->y));
}

static PyObject *Point_moved(PointObject *self, PyObject *args, PyObject *kwds) {
    static char *kwlist[] = {"dx", "dy", NULL};
    int dx, dy = 0;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "i|i:moved", kwlist, &dx, &dy))
        return NULL;
    /* Build through the instance's own type, so subclasses get a subclass instance. */
    return PyObject_CallFunction((PyObject *)Py_TYPE(self), "ii", self->x + dx, self->y + dy);
}

static PyObject *Point_add(PointObject *self, PyObject *other) {
    if (!PyObject_TypeCheck(other, &Point_Type)) {
        PyErr_Format(PyExc_TypeError, "add() expects a Point, not %.100s", Py_TYPE(other)->tp_name);
        return NULL;
    }
    PointObject *o = (PointObject *)other;
    return PyObject_CallFunction((PyObject *)Py_TYPE(self), "ii", self->x + o->x, self->y + o->y);
}

static PyObject *Point_origin(PyObject *cls, PyObject *Py_UNUSED(ignored)) {
    return PyObject_CallFunction(cls, "ii", 0, 0);
}

static PyObject *Point_describe(PyObject *unused, PyObject *args) {
    int x, y;
    if (!PyArg_ParseTuple(args, "ii:describe", &x, &y))
        return NULL;
    return PyUnicode_FromFormat("<%d|%d> (self is %s)", x, y, unused == NULL ? "NULL" : "set");
}

static PyMethodDef Point_methods[] = {
    {"norm1", (PyCFunction)Point_norm1, METH_NOARGS, PyDoc_STR("Manhattan norm.")},
    {"moved", (PyCFunction)(void (*)(void))Point_moved, METH_VARARGS | METH_KEYWORDS, "moved(dx, dy=0)"},
    {"add", (PyCFunction)Point_add, METH_O, NULL},
    {"origin", Point_origin, METH_CLASS | METH_NOARGS, "The origin, as an instance of the class it is called on."},
    {"describe", Point_describe, METH_VARARGS | METH_STATIC, NULL},
    {NULL}
};

static PyMemberDef Point_members[] = {
    {"x", T_INT, offsetof(PointObject, x), 0, "x coordinate"},
    {"y", T_INT, offsetof(PointObject, y), 0, NULL},
    {"weight", T_DOUBLE, offsetof(PointObject, weight), 0, NULL},
    {"tag", T_OBJECT_EX, offsetof(PointObject, tag), 0, NULL},
    {"serial", T_INT, offsetof(PointObject, serial), READONLY, "creation number"},
    {NULL}
};

static PyObject *Point_get_label(PointObject *self, void *closure) {
    return Py_NewRef(self->label);
}

static int Point_set_label(PointObject *self, PyObject *value, void *closure) {
    if (value == NULL) {
        PyErr_SetString(PyExc_TypeError, "cannot delete label");
        return -1;
    }
    if (!PyUnicode_Check(value)) {
        PyErr_Format(PyExc_TypeError, "label must be str, not %.100s", Py_TYPE(value)->tp_name);
        return -1;
    }
    Py_SETREF(self->label, Py_NewRef(value));
    return 0;
}

static PyObject *Point_get_sum(PointObject *self, void *closure) {
    return PyLong_FromLong((long)self->x + self->y + (closure ? 1000 : 0));
}

static PyGetSetDef Point_getset[] = {
    {"label", (getter)Point_get_label, (setter)Point_set_label, "a str label", NULL},
    {"sum", (getter)Point_get_sum, NULL, "x + y", NULL},
    {"sum_plus", (getter)Point_get_sum, NULL, "x + y + 1000 (closure)", (void *)1},
    {NULL}
};

PyDoc_STRVAR(Point_doc, "Point(x=0, y=0, *, weight=1.0, tag=<unset>)\n\nA 2-D integer point.");

static PyTypeObject Point_Type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    "types_ext.Point",                          /* tp_name */
    sizeof(PointObject),                        /* tp_basicsize */
    0,                                          /* tp_itemsize */
    (destructor)Point_dealloc,                  /* tp_dealloc */
    0,                                          /* tp_vectorcall_offset */
    0,                                          /* tp_getattr */
    0,                                          /* tp_setattr */
    0,                                          /* tp_as_async */
    (reprfunc)Point_repr,                       /* tp_repr */
    0,                                          /* tp_as_number */
    0,                                          /* tp_as_sequence */
    0,                                          /* tp_as_mapping */
    (hashfunc)Point_hash,                       /* tp_hash */
    0,                                          /* tp_call */
    0,                                          /* tp_str */
    0,                                          /* tp_getattro */
    0,                                          /* tp_setattro */
    0,                                          /* tp_as_buffer */
    Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,   /* tp_flags */
    Point_doc,                                  /* tp_doc */
    0,                                          /* tp_traverse */
    0,                                          /* tp_clear */
    Point_richcompare,                          /* tp_richcompare */
    0,                                          /* tp_weaklistoffset */
    (getiterfunc)Point_iter,                    /* tp_iter */
    0,                                          /* tp_iternext */
    Point_methods,                              /* tp_methods */
    Point_members,                              /* tp_members */
    Point_getset,                               /* tp_getset */
    0,                                          /* tp_base */
    0,                                          /* tp_dict */
    0,                                          /* tp_descr_get */
    0,                                          /* tp_descr_set */
    0,                                          /* tp_dictoffset */
    (initproc)Point_init,                       /* tp_init */
    0,                                          /* tp_alloc */
    Point_new,                                  /* tp_new */
};

static PyTypeObject PointIter_Type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "types_ext.PointIterator",
    .tp_basicsize = sizeof(PointIterObject),
    .tp_dealloc = (destructor)PointIter_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_iter = PyObject_SelfIter,
    .tp_iternext = (iternextfunc)PointIter_next,
};

/* ---------------- Node (GC) ---------------- */
typedef struct {
    PyObject_HEAD
    PyObject *child;    /* any object, may form cycles */
    PyObject *name;
} NodeObject;

static long nodes_alive;

static PyObject *Node_new(PyTypeObject *type, PyObject *args, PyObject *kwds) {
    static char *kwlist[] = {"name", NULL};
    PyObject *name = Py_None;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "|O:Node", kwlist, &name))
        return NULL;
    NodeObject *self = (NodeObject *)type->tp_alloc(type, 0);
    if (!self)
        return NULL;
    self->child = NULL;
    self->name = Py_NewRef(name);
    nodes_alive++;
    return (PyObject *)self;
}

static int Node_traverse(NodeObject *self, visitproc visit, void *arg) {
    Py_VISIT(self->child);
    Py_VISIT(self->name);
    return 0;
}

static int Node_clear(NodeObject *self) {
    Py_CLEAR(self->child);
    Py_CLEAR(self->name);
    return 0;
}

static void Node_dealloc(NodeObject *self) {
    PyObject_GC_UnTrack(self);
    Node_clear(self);
    nodes_alive--;
    Py_TYPE(self)->tp_free((PyObject *)self);
}

static PyMemberDef Node_members[] = {
    {"child", T_OBJECT, offsetof(NodeObject, child), 0, "child node or None"},
    {"name", T_OBJECT, offsetof(NodeObject, name), READONLY, NULL},
    {NULL}
};

static PyTypeObject Node_Type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "types_ext.Node",
    .tp_basicsize = sizeof(NodeObject),
    .tp_dealloc = (destructor)Node_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_GC,
    .tp_doc = "A GC-tracked node.",
    .tp_traverse = (traverseproc)Node_traverse,
    .tp_clear = (inquiry)Node_clear,
    .tp_members = Node_members,
    .tp_new = Node_new,
};

/* ---------------- module state and heap types ---------------- */
typedef struct {
    long counter_total;     /* sum of all Counter.add() amounts */
    PyObject *counter_type; /* owned */
    PyObject *vec_type;     /* owned */
} ModState;

static struct PyModuleDef moduledef;

/* Counter: heap type bound to the module (PyType_FromModuleAndSpec). */
typedef struct {
    PyObject_HEAD
    long value;
} CounterObject;

static int Counter_init(CounterObject *self, PyObject *args, PyObject *kwds) {
    static char *kwlist[] = {"start", NULL};
    long start = 0;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "|l:Counter", kwlist, &start))
        return -1;
    self->value = start;
    return 0;
}

static void Counter_dealloc(CounterObject *self) {
    PyTypeObject *tp = Py_TYPE(self);
    freefunc tp_free = (freefunc)PyType_GetSlot(tp, Py_tp_free);
    tp_free(self);
    Py_DECREF(tp);   /* instances of heap types own a reference to their type */
}

static PyObject *Counter_add(CounterObject *self, PyObject *arg) {
    long n = PyLong_AsLong(arg);
    if (n == -1 && PyErr_Occurred())
        return NULL;
    PyObject *module = PyType_GetModule(Py_TYPE(self));
    if (!module)
        return NULL;
    ModState *st = (ModState *)PyType_GetModuleState(Py_TYPE(self));
    if (!st)
        return NULL;
    self->value += n;
    st->counter_total += n;
    return PyLong_FromLong(self->value);
}

static PyObject *Counter_repr(CounterObject *self) {
    return PyUnicode_FromFormat("Counter(%ld)", self->value);
}

static PyMethodDef Counter_methods[] = {
    {"add", (PyCFunction)Counter_add, METH_O, "add(n) -> new value"},
    {NULL}
};

static PyMemberDef Counter_members[] = {
    {"value", T_LONG, offsetof(CounterObject, value), READONLY, NULL},
    {NULL}
};

static PyType_Slot Counter_slots[] = {
    {Py_tp_doc, "Counter(start=0): a counter whose module tracks the total added."},
    {Py_tp_init, Counter_init},
    {Py_tp_new, PyType_GenericNew},
    {Py_tp_dealloc, Counter_dealloc},
    {Py_tp_repr, Counter_repr},
    {Py_tp_methods, Counter_methods},
    {Py_tp_members, Counter_members},
    {0, NULL},
};

static PyType_Spec Counter_spec = {
    "types_ext.Counter", sizeof(CounterObject), 0,
    Py_TPFLAGS_DEFAULT | Py_TPFLAGS_IMMUTABLETYPE, Counter_slots,
};

/* Vec: a small immutable vector of doubles with number, sequence and mapping slots (variable size). */
typedef struct {
    PyObject_VAR_HEAD
    double items[1];
} VecObject;

static PyTypeObject *vec_type_of(PyObject *o) { return Py_TYPE(o); }

static PyObject *Vec_from(PyTypeObject *type, Py_ssize_t n, const double *src) {
    allocfunc alloc = (allocfunc)PyType_GetSlot(type, Py_tp_alloc);
    VecObject *v = (VecObject *)alloc(type, n);
    if (!v)
        return NULL;
    for (Py_ssize_t i = 0; i < n; i++)
        v->items[i] = src ? src[i] : 0.0;
    return (PyObject *)v;
}

static PyObject *Vec_new(PyTypeObject *type, PyObject *args, PyObject *kwds) {
    if (kwds && PyDict_GET_SIZE(kwds)) {
        PyErr_SetString(PyExc_TypeError, "Vec() takes no keyword arguments");
        return NULL;
    }
    Py_ssize_t n = PyTuple_GET_SIZE(args);
    PyObject *v = Vec_from(type, n, NULL);
    if (!v)
        return NULL;
    for (Py_ssize_t i = 0; i < n; i++) {
        double d = PyFloat_AsDouble(PyTuple_GET_ITEM(args, i));
        if (d == -1.0 && PyErr_Occurred()) {
            Py_DECREF(v);
            return NULL;
        }
        ((VecObject *)v)->items[i] = d;
    }
    return v;
}

static void Vec_dealloc(PyObject *self) {
    PyTypeObject *tp = Py_TYPE(self);
    tp->tp_free(self);
    Py_DECREF(tp);
}

static PyObject *Vec_repr(VecObject *self) {
    PyObject *parts = PyList_New(0);
    if (!parts)
        return NULL;
    for (Py_ssize_t i = 0; i < Py_SIZE(self); i++) {
        PyObject *f = PyFloat_FromDouble(self->items[i]);
        PyObject *r = f ? PyObject_Repr(f) : NULL;
        Py_XDECREF(f);
        if (!r || PyList_Append(parts, r) < 0) {
            Py_XDECREF(r);
            Py_DECREF(parts);
            return NULL;
        }
        Py_DECREF(r);
    }
    PyObject *sep = PyUnicode_FromString(", ");
    PyObject *joined = PyUnicode_Join(sep, parts);
    Py_DECREF(sep);
    Py_DECREF(parts);
    if (!joined)
        return NULL;
    PyObject *out = PyUnicode_FromFormat("Vec(%U)", joined);
    Py_DECREF(joined);
    return out;
}

static PyObject *Vec_add(PyObject *a, PyObject *b) {
    PyObject *module = PyType_GetModuleByDef(Py_TYPE(a), &moduledef);
    if (!module) {
        PyErr_Clear();
        Py_RETURN_NOTIMPLEMENTED;
    }
    ModState *st = PyModule_GetState(module);
    if (Py_TYPE(a) != (PyTypeObject *)st->vec_type || Py_TYPE(b) != (PyTypeObject *)st->vec_type)
        Py_RETURN_NOTIMPLEMENTED;
    if (Py_SIZE(a) != Py_SIZE(b)) {
        PyErr_Format(PyExc_ValueError, "length mismatch: %zd vs %zd", Py_SIZE(a), Py_SIZE(b));
        return NULL;
    }
    PyObject *r = Vec_from(Py_TYPE(a), Py_SIZE(a), NULL);
    if (!r)
        return NULL;
    for (Py_ssize_t i = 0; i < Py_SIZE(a); i++)
        ((VecObject *)r)->items[i] = ((VecObject *)a)->items[i] + ((VecObject *)b)->items[i];
    return r;
}

static PyObject *Vec_neg(PyObject *a) {
    PyObject *r = Vec_from(vec_type_of(a), Py_SIZE(a), NULL);
    if (!r)
        return NULL;
    for (Py_ssize_t i = 0; i < Py_SIZE(a); i++)
        ((VecObject *)r)->items[i] = -((VecObject *)a)->items[i];
    return r;
}

static int Vec_bool(PyObject *a) {
    for (Py_ssize_t i = 0; i < Py_SIZE(a); i++)
        if (((VecObject *)a)->items[i] != 0.0)
            return 1;
    return 0;
}

static Py_ssize_t Vec_len(PyObject *a) { return Py_SIZE(a); }

static PyObject *Vec_item(PyObject *a, Py_ssize_t i) {
    if (i < 0 || i >= Py_SIZE(a)) {
        PyErr_SetString(PyExc_IndexError, "Vec index out of range");
        return NULL;
    }
    return PyFloat_FromDouble(((VecObject *)a)->items[i]);
}

static int Vec_contains(PyObject *a, PyObject *v) {
    double d = PyFloat_AsDouble(v);
    if (d == -1.0 && PyErr_Occurred()) {
        PyErr_Clear();
        return 0;
    }
    for (Py_ssize_t i = 0; i < Py_SIZE(a); i++)
        if (((VecObject *)a)->items[i] == d)
            return 1;
    return 0;
}

/* Mapping subscript: ints index (negative from the end), slices give a new Vec. */
static PyObject *Vec_subscript(PyObject *a, PyObject *key) {
    if (PyIndex_Check(key)) {
        Py_ssize_t i = PyNumber_AsSsize_t(key, PyExc_IndexError);
        if (i == -1 && PyErr_Occurred())
            return NULL;
        if (i < 0)
            i += Py_SIZE(a);
        return Vec_item(a, i);
    }
    if (PySlice_Check(key)) {
        Py_ssize_t start, stop, step;
        if (PySlice_Unpack(key, &start, &stop, &step) < 0)
            return NULL;
        Py_ssize_t n = PySlice_AdjustIndices(Py_SIZE(a), &start, &stop, step);
        PyObject *r = Vec_from(Py_TYPE(a), n, NULL);
        if (!r)
            return NULL;
        for (Py_ssize_t i = 0, j = start; i < n; i++, j += step)
            ((VecObject *)r)->items[i] = ((VecObject *)a)->items[j];
        return r;
    }
    PyErr_Format(PyExc_TypeError, "Vec indices must be integers or slices, not %.200s", Py_TYPE(key)->tp_name);
    return NULL;
}

static PyObject *Vec_richcompare(PyObject *a, PyObject *b, int op) {
    if (Py_TYPE(a) != Py_TYPE(b) || (op != Py_EQ && op != Py_NE))
        Py_RETURN_NOTIMPLEMENTED;
    int eq = Py_SIZE(a) == Py_SIZE(b);
    for (Py_ssize_t i = 0; eq && i < Py_SIZE(a); i++)
        eq = ((VecObject *)a)->items[i] == ((VecObject *)b)->items[i];
    if ((op == Py_EQ) == eq)
        Py_RETURN_TRUE;
    Py_RETURN_FALSE;
}

static PyType_Slot Vec_slots[] = {
    {Py_tp_new, Vec_new},
    {Py_tp_dealloc, Vec_dealloc},
    {Py_tp_repr, Vec_repr},
    {Py_tp_richcompare, Vec_richcompare},
    {Py_tp_hash, PyObject_HashNotImplemented},
    {Py_nb_add, Vec_add},
    {Py_nb_negative, Vec_neg},
    {Py_nb_bool, Vec_bool},
    {Py_sq_length, Vec_len},
    {Py_sq_item, Vec_item},
    {Py_sq_contains, Vec_contains},
    {Py_mp_subscript, Vec_subscript},
    {0, NULL},
};

static PyType_Spec Vec_spec = {
    .name = "types_ext.Vec",
    .basicsize = offsetof(VecObject, items),
    .itemsize = sizeof(double),
    .flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
    .slots = Vec_slots,
};

/* ---------------- module ---------------- */
static PyObject *alive(PyObject *self, PyObject *Py_UNUSED(ignored)) {
    return Py_BuildValue("{s:l,s:l}", "points", points_alive, "nodes", nodes_alive);
}

static PyObject *counter_total(PyObject *self, PyObject *Py_UNUSED(ignored)) {
    ModState *st = PyModule_GetState(self);
    return PyLong_FromLong(st->counter_total);
}

static PyObject *slot_info(PyObject *self, PyObject *type) {
    if (!PyType_Check(type)) {
        PyErr_SetString(PyExc_TypeError, "expected a type");
        return NULL;
    }
    PyTypeObject *tp = (PyTypeObject *)type;
    return Py_BuildValue("(iiiiii)",
        PyType_GetSlot(tp, Py_nb_add) != NULL,
        PyType_GetSlot(tp, Py_sq_length) != NULL,
        PyType_GetSlot(tp, Py_tp_repr) != NULL,
        (PyType_GetFlags(tp) & Py_TPFLAGS_HEAPTYPE) != 0,
        (PyType_GetFlags(tp) & Py_TPFLAGS_BASETYPE) != 0,
        PyType_HasFeature(tp, Py_TPFLAGS_HAVE_GC));
}

static int types_traverse(PyObject *m, visitproc visit, void *arg) {
    ModState *st = PyModule_GetState(m);
    if (st) {
        Py_VISIT(st->counter_type);
        Py_VISIT(st->vec_type);
    }
    return 0;
}

static int types_clear(PyObject *m) {
    ModState *st = PyModule_GetState(m);
    if (st) {
        Py_CLEAR(st->counter_type);
        Py_CLEAR(st->vec_type);
    }
    return 0;
}

static PyMethodDef module_methods[] = {
    {"alive", alive, METH_NOARGS, "Live Point and Node instances."},
    {"counter_total", counter_total, METH_NOARGS, NULL},
    {"slot_info", slot_info, METH_O, NULL},
    {NULL}
};

static struct PyModuleDef moduledef = {
    PyModuleDef_HEAD_INIT,
    .m_name = "types_ext",
    .m_doc = "Extension types.",
    .m_size = sizeof(ModState),
    .m_methods = module_methods,
    .m_traverse = types_traverse,
    .m_clear = types_clear,
};

PyMODINIT_FUNC PyInit_types_ext(void) {
    if (PyType_Ready(&Point_Type) < 0 || PyType_Ready(&PointIter_Type) < 0 || PyType_Ready(&Node_Type) < 0)
        return NULL;
    PyObject *m = PyModule_Create(&moduledef);
    if (!m)
        return NULL;
    ModState *st = PyModule_GetState(m);
    st->counter_total = 0;
    if (PyModule_AddType(m, &Point_Type) < 0 || PyModule_AddType(m, &Node_Type) < 0)
        goto fail;
    Py_INCREF(&PointIter_Type);
    if (PyModule_AddObject(m, "PointIterator", (PyObject *)&PointIter_Type) < 0) {
        Py_DECREF(&PointIter_Type);
        goto fail;
    }
    st->counter_type = PyType_FromModuleAndSpec(m, &Counter_spec, NULL);
    if (!st->counter_type || PyModule_AddObjectRef(m, "Counter", st->counter_type) < 0)
        goto fail;
    st->vec_type = PyType_FromModuleAndSpec(m, &Vec_spec, NULL);
    if (!st->vec_type || PyModule_AddObjectRef(m, "Vec", st->vec_type) < 0)
        goto fail;
    /* A plain PyType_FromSpec type (no module), subclassing Vec through PyType_FromSpecWithBases. */
    PyType_Slot sub_slots[] = {{Py_tp_doc, "A Vec made with PyType_FromSpecWithBases."}, {0, NULL}};
    PyType_Spec sub_spec = {"types_ext.SubVec", 0, 0, Py_TPFLAGS_DEFAULT, sub_slots};
    PyObject *bases = PyTuple_Pack(1, st->vec_type);
    PyObject *sub = bases ? PyType_FromSpecWithBases(&sub_spec, bases) : NULL;
    Py_XDECREF(bases);
    if (!sub || PyModule_AddObject(m, "SubVec", sub) < 0) {
        Py_XDECREF(sub);
        goto fail;
    }
    PyType_Slot plain_slots[] = {{Py_tp_doc, "Made with PyType_FromSpec."}, {0, NULL}};
    PyType_Spec plain_spec = {"types_ext.Plain", sizeof(PyObject), 0, Py_TPFLAGS_DEFAULT, plain_slots};
    PyObject *plain = PyType_FromSpec(&plain_spec);
    if (!plain || PyModule_AddObject(m, "Plain", plain) < 0) {
        Py_XDECREF(plain);
        goto fail;
    }
    return m;
fail:
    Py_DECREF(m);
    return NULL;
}
