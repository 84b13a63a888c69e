/*
 * calls_ext: reference-count balance of calls into an extension, and a pure-Python thread making
 * progress while another thread sits in a GIL-free kernel. Written exactly as for CPython 3.11.
 *
 *   pair(a, b) -> (a, b)            METH_VARARGS, new tuple holding both arguments
 *   boxed(x) -> [x, float(x)]       METH_O, new list and float
 *   kw(a, b=None, *, c=0) -> dict   METH_VARARGS | METH_KEYWORDS
 *   fast(*args) -> args[-1] or None METH_FASTCALL, borrowed argument returned as a new reference
 *   failing(x) -> raises ValueError(x)   METH_O: the error path must not leak x either
 *   waiting() -> bool              whether a thread is inside wait_for_ticks now
 *   leaky() -> None                 leaks one float per call (control for the leak counter)
 *   tick() -> int                   counts one unit of progress (called with the GIL)
 *   wait_for_ticks(n, timeout_ms) -> (reached, ticks_seen_inside)
 *       releases the GIL and waits until tick() has been called n times since it entered; a thread
 *       holding the GIL could never let the ticking thread run, so reached == True shows overlap.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdatomic.h>
#include <time.h>

static PyObject *pair(PyObject *self, PyObject *args) {
    PyObject *a, *b;
    (void)self;
    if (!PyArg_ParseTuple(args, "OO:pair", &a, &b))
        return NULL;
    return Py_BuildValue("(OO)", a, b);
}

static PyObject *boxed(PyObject *self, PyObject *x) {
    (void)self;
    double d = PyFloat_AsDouble(x);
    if (d == -1.0 && PyErr_Occurred())
        return NULL;
    PyObject *f = PyFloat_FromDouble(d);
    if (f == NULL)
        return NULL;
    PyObject *list = PyList_New(2);
    if (list == NULL) {
        Py_DECREF(f);
        return NULL;
    }
    Py_INCREF(x);
    PyList_SET_ITEM(list, 0, x);
    PyList_SET_ITEM(list, 1, f);
    return list;
}

static PyObject *kw(PyObject *self, PyObject *args, PyObject *kwargs) {
    static char *names[] = {"a", "b", "c", NULL};
    PyObject *a, *b = Py_None;
    int c = 0;
    (void)self;
    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "O|O$i:kw", names, &a, &b, &c))
        return NULL;
    return Py_BuildValue("{sOsOsi}", "a", a, "b", b, "c", c);
}

static PyObject *fast(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
    (void)self;
    if (nargs == 0)
        Py_RETURN_NONE;
    return Py_NewRef(args[nargs - 1]);
}

static PyObject *failing(PyObject *self, PyObject *x) {
    (void)self;
    PyErr_SetObject(PyExc_ValueError, x);
    return NULL;
}

/* Deliberately wrong: the float it makes is never released. The control for leak-counting tests. */
static PyObject *leaky(PyObject *self, PyObject *unused) {
    (void)self;
    (void)unused;
    PyObject *lost = PyFloat_FromDouble(1.5);
    (void)lost;
    Py_RETURN_NONE;
}

static atomic_long ticks;
static atomic_int kernel_inside;

static PyObject *waiting(PyObject *self, PyObject *unused) {
    (void)self;
    (void)unused;
    return PyBool_FromLong(atomic_load(&kernel_inside));
}

static PyObject *tick(PyObject *self, PyObject *unused) {
    (void)self;
    (void)unused;
    return PyLong_FromLong(atomic_fetch_add(&ticks, 1) + 1);
}

static void sleep_us(long us) {
    struct timespec ts = {us / 1000000, (us % 1000000) * 1000L};
    nanosleep(&ts, NULL);
}

static PyObject *wait_for_ticks(PyObject *self, PyObject *args) {
    long n, timeout_ms;
    (void)self;
    if (!PyArg_ParseTuple(args, "ll:wait_for_ticks", &n, &timeout_ms))
        return NULL;
    long start, seen;
    Py_BEGIN_ALLOW_THREADS
    start = atomic_load(&ticks);
    atomic_store(&kernel_inside, 1);
    for (long waited_us = 0; atomic_load(&ticks) - start < n && waited_us < timeout_ms * 1000; waited_us += 200)
        sleep_us(200);
    seen = atomic_load(&ticks) - start;
    atomic_store(&kernel_inside, 0);
    Py_END_ALLOW_THREADS
    return Py_BuildValue("(Nl)", PyBool_FromLong(seen >= n), seen >= n ? n : seen);
}

static PyMethodDef methods[] = {
    {"pair", pair, METH_VARARGS, NULL},
    {"boxed", boxed, METH_O, NULL},
    {"kw", (PyCFunction)(void (*)(void))kw, METH_VARARGS | METH_KEYWORDS, NULL},
    {"fast", (PyCFunction)(void (*)(void))fast, METH_FASTCALL, NULL},
    {"failing", failing, METH_O, NULL},
    {"leaky", leaky, METH_NOARGS, NULL},
    {"tick", tick, METH_NOARGS, NULL},
    {"waiting", waiting, METH_NOARGS, NULL},
    {"wait_for_ticks", wait_for_ticks, METH_VARARGS, NULL},
    {NULL, NULL, 0, NULL}
};

static struct PyModuleDef moduledef = {PyModuleDef_HEAD_INIT, "calls_ext", NULL, -1, methods};

PyMODINIT_FUNC PyInit_calls_ext(void) {
    return PyModule_Create(&moduledef);
}
