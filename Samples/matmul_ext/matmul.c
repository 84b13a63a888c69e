/*
 * matmul: a sample CPython-style extension whose kernel runs without the GIL.
 *
 * Written only against the documented CPython C API, so the same source builds
 * against CPython (python3-config) and SwiftPy (swiftpy-config).
 *
 *   multiply(a, b, out, n) -> None
 *       out = a @ b for n x n row-major float64 matrices held in any contiguous
 *       buffers (array.array('d'), bytearray, memoryview, numpy arrays) of
 *       8*n*n bytes; a cache-blocked kernel run with the GIL released.
 *   fill(buf, seed) -> None
 *       Fills a float64 buffer with deterministic values in [-1, 1) from `seed`.
 *   checksum(buf, n) -> float
 *       Position-weighted sum of an n x n float64 matrix.
 *   dot(x, y) -> float
 *       Dot product of two float64 buffers of equal length (GIL released).
 *   call_from_thread(callable, n) -> list
 *       Starts a native thread (pthread) that calls callable(i) for i < n,
 *       taking the GIL with PyGILState_Ensure for each call; the caller waits
 *       with the GIL released and returns the results.
 *   matmul(n, seed) -> float
 *       Builds two n x n matrices of doubles from `seed`, multiplies them with
 *       the GIL released, and returns a checksum of the product.
 *   overlap_probe(n, seed, wait_ms=1000) -> float
 *       As matmul, then stays inside the GIL-free section until some other
 *       thread has been seen inside it too, or wait_ms elapses. Makes overlap
 *       observable deterministically: two threads can only be inside together
 *       if the interpreter really released the GIL.
 *   max_inside() -> int
 *       Most threads seen inside the GIL-free section at once since reset().
 *   inside_now() -> int
 *       Threads inside the GIL-free section right now (0 when called from Python).
 *   reset() -> None
 *       Sets the maximum back to 0.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <time.h>

/* Threads between enter_gil_free() and leave_gil_free(); never touched with the GIL's help. */
static atomic_int inside_count;
/* Largest value inside_count has reached since the last reset(). */
static atomic_int inside_max;

static void enter_gil_free(void) {
    int now = atomic_fetch_add(&inside_count, 1) + 1;
    int seen = atomic_load(&inside_max);
    while (now > seen && !atomic_compare_exchange_weak(&inside_max, &seen, now)) {
        /* `seen` was reloaded by the failed exchange; retry while we are larger. */
    }
}

static void leave_gil_free(void) {
    atomic_fetch_sub(&inside_count, 1);
}

/* Deterministic matrix entries in [-1, 1): a 64-bit LCG, top 53 bits as the fraction. */
static void fill(double *m, Py_ssize_t count, uint64_t *state) {
    for (Py_ssize_t i = 0; i < count; i++) {
        *state = *state * 6364136223846793005ULL + 1442695040888963407ULL;
        m[i] = (double)(*state >> 11) * (1.0 / 9007199254740992.0) * 2.0 - 1.0;
    }
}

/* c = a * b for n x n row-major matrices, in BLOCK x BLOCK tiles so that the tiles of a, b and c
   being combined stay in cache (three 64x64 tiles of doubles are 96 KiB); inside a tile the i-k-j
   order keeps the innermost loop contiguous, which the compiler vectorises. */
enum { BLOCK = 64 };

static void multiply(const double *restrict a, const double *restrict b, double *restrict c, Py_ssize_t n) {
    for (Py_ssize_t i = 0; i < n * n; i++)
        c[i] = 0.0;
    for (Py_ssize_t i0 = 0; i0 < n; i0 += BLOCK) {
        Py_ssize_t i1 = i0 + BLOCK < n ? i0 + BLOCK : n;
        for (Py_ssize_t k0 = 0; k0 < n; k0 += BLOCK) {
            Py_ssize_t k1 = k0 + BLOCK < n ? k0 + BLOCK : n;
            for (Py_ssize_t j0 = 0; j0 < n; j0 += BLOCK) {
                Py_ssize_t j1 = j0 + BLOCK < n ? j0 + BLOCK : n;
                for (Py_ssize_t i = i0; i < i1; i++) {
                    double *restrict row = c + i * n;
                    for (Py_ssize_t k = k0; k < k1; k++) {
                        double aik = a[i * n + k];
                        const double *restrict brow = b + k * n;
                        for (Py_ssize_t j = j0; j < j1; j++)
                            row[j] += aik * brow[j];
                    }
                }
            }
        }
    }
}

/* Position-weighted sum, so that a transposed or permuted product changes the result. */
static double checksum(const double *c, Py_ssize_t n) {
    double sum = 0.0;
    for (Py_ssize_t i = 0; i < n * n; i++)
        sum += c[i] * (double)(i % 7 + 1);
    return sum;
}

static void sleep_ms(long ms) {
    struct timespec ts = { ms / 1000, (ms % 1000) * 1000000L };
    nanosleep(&ts, NULL);
}

static double now_ms(void) {
    struct timespec ts;
    timespec_get(&ts, TIME_UTC);
    return (double)ts.tv_sec * 1000.0 + (double)ts.tv_nsec / 1e6;
}

/* Shared body of matmul() and overlap_probe(); wait_ms < 0 means "do not wait". */
static PyObject *run_kernel(int n, unsigned long seed, int wait_ms) {
    if (n < 1 || n > 4096) {
        PyErr_SetString(PyExc_ValueError, "n must be between 1 and 4096");
        return NULL;
    }
    Py_ssize_t count = (Py_ssize_t)n * n;
    double *buf = PyMem_Malloc(sizeof(double) * (size_t)count * 3);
    if (buf == NULL)
        return PyErr_NoMemory();
    double *a = buf, *b = buf + count, *c = buf + 2 * count;
    double result;

    /* From here to Py_END_ALLOW_THREADS no Python object may be touched. */
    Py_BEGIN_ALLOW_THREADS
    enter_gil_free();
    uint64_t state = (uint64_t)seed * 2654435761ULL + 1;
    fill(a, count, &state);
    fill(b, count, &state);
    multiply(a, b, c, n);
    result = checksum(c, n);
    if (wait_ms >= 0) {
        double deadline = now_ms() + wait_ms;
        while (atomic_load(&inside_max) < 2 && now_ms() < deadline)
            sleep_ms(1);
    }
    leave_gil_free();
    Py_END_ALLOW_THREADS

    PyMem_Free(buf);
    return PyFloat_FromDouble(result);
}

static PyObject *matmul_matmul(PyObject *self, PyObject *args) {
    int n;
    unsigned long seed;
    (void)self;
    if (!PyArg_ParseTuple(args, "ik", &n, &seed))
        return NULL;
    return run_kernel(n, seed, -1);
}

static PyObject *matmul_overlap_probe(PyObject *self, PyObject *args) {
    int n;
    unsigned long seed;
    int wait_ms = 1000;
    (void)self;
    if (!PyArg_ParseTuple(args, "ik|i", &n, &seed, &wait_ms))
        return NULL;
    if (wait_ms < 0) {
        PyErr_SetString(PyExc_ValueError, "wait_ms must be >= 0");
        return NULL;
    }
    return run_kernel(n, seed, wait_ms);
}

static PyObject *matmul_max_inside(PyObject *self, PyObject *unused) {
    (void)self;
    (void)unused;
    return PyLong_FromLong(atomic_load(&inside_max));
}

static PyObject *matmul_inside_now(PyObject *self, PyObject *unused) {
    (void)self;
    (void)unused;
    return PyLong_FromLong(atomic_load(&inside_count));
}

static PyObject *matmul_reset(PyObject *self, PyObject *unused) {
    (void)self;
    (void)unused;
    atomic_store(&inside_max, 0);
    Py_RETURN_NONE;
}

/* A contiguous buffer of `count` doubles (any format: only the byte length is checked). */
static int get_doubles(PyObject *obj, Py_buffer *view, Py_ssize_t count, int writable, const char *what) {
    if (PyObject_GetBuffer(obj, view, writable ? PyBUF_WRITABLE : PyBUF_SIMPLE) < 0)
        return -1;
    if (count >= 0 && view->len != count * (Py_ssize_t)sizeof(double)) {
        PyErr_Format(PyExc_ValueError, "%s: expected %zd bytes (%zd doubles), got %zd",
                     what, count * (Py_ssize_t)sizeof(double), count, view->len);
        PyBuffer_Release(view);
        return -1;
    }
    if (view->len % (Py_ssize_t)sizeof(double) != 0) {
        PyErr_Format(PyExc_ValueError, "%s: length %zd is not a multiple of 8", what, view->len);
        PyBuffer_Release(view);
        return -1;
    }
    return 0;
}

static PyObject *matmul_multiply(PyObject *self, PyObject *args) {
    PyObject *ao, *bo, *outo;
    Py_ssize_t n;
    Py_buffer a, b, out;
    (void)self;
    if (!PyArg_ParseTuple(args, "OOOn:multiply", &ao, &bo, &outo, &n))
        return NULL;
    if (n < 1 || n > 46340) {
        PyErr_SetString(PyExc_ValueError, "n must be between 1 and 46340");
        return NULL;
    }
    if (get_doubles(ao, &a, n * n, 0, "a") < 0)
        return NULL;
    if (get_doubles(bo, &b, n * n, 0, "b") < 0) {
        PyBuffer_Release(&a);
        return NULL;
    }
    if (get_doubles(outo, &out, n * n, 1, "out") < 0) {
        PyBuffer_Release(&a);
        PyBuffer_Release(&b);
        return NULL;
    }
    if (out.buf == a.buf || out.buf == b.buf) {
        PyErr_SetString(PyExc_ValueError, "out must not be a or b");
    } else {
        /* The views keep the buffers alive and unresizable while the GIL is released. */
        Py_BEGIN_ALLOW_THREADS
        enter_gil_free();
        multiply(a.buf, b.buf, out.buf, n);
        leave_gil_free();
        Py_END_ALLOW_THREADS
    }
    PyBuffer_Release(&a);
    PyBuffer_Release(&b);
    PyBuffer_Release(&out);
    if (PyErr_Occurred())
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *matmul_fill(PyObject *self, PyObject *args) {
    PyObject *obj;
    unsigned long seed;
    Py_buffer view;
    (void)self;
    if (!PyArg_ParseTuple(args, "Ok:fill", &obj, &seed))
        return NULL;
    if (get_doubles(obj, &view, -1, 1, "buf") < 0)
        return NULL;
    Py_BEGIN_ALLOW_THREADS
    uint64_t state = (uint64_t)seed * 2654435761ULL + 1;
    fill(view.buf, view.len / (Py_ssize_t)sizeof(double), &state);
    Py_END_ALLOW_THREADS
    PyBuffer_Release(&view);
    Py_RETURN_NONE;
}

static PyObject *matmul_checksum(PyObject *self, PyObject *args) {
    PyObject *obj;
    Py_ssize_t n;
    Py_buffer view;
    double sum;
    (void)self;
    if (!PyArg_ParseTuple(args, "On:checksum", &obj, &n))
        return NULL;
    if (n < 1 || n > 46340) {
        PyErr_SetString(PyExc_ValueError, "n must be between 1 and 46340");
        return NULL;
    }
    if (get_doubles(obj, &view, n * n, 0, "buf") < 0)
        return NULL;
    sum = checksum(view.buf, n);
    PyBuffer_Release(&view);
    return PyFloat_FromDouble(sum);
}

static PyObject *matmul_dot(PyObject *self, PyObject *args) {
    PyObject *xo, *yo;
    Py_buffer x, y;
    double sum = 0.0;
    (void)self;
    if (!PyArg_ParseTuple(args, "OO:dot", &xo, &yo))
        return NULL;
    if (get_doubles(xo, &x, -1, 0, "x") < 0)
        return NULL;
    if (get_doubles(yo, &y, x.len / (Py_ssize_t)sizeof(double), 0, "y") < 0) {
        PyBuffer_Release(&x);
        return NULL;
    }
    const double *xs = x.buf, *ys = y.buf;
    Py_ssize_t count = x.len / (Py_ssize_t)sizeof(double);
    if (count < 4096) {   /* too short to be worth a GIL round trip */
        for (Py_ssize_t i = 0; i < count; i++)
            sum += xs[i] * ys[i];
    } else {
        Py_BEGIN_ALLOW_THREADS
        for (Py_ssize_t i = 0; i < count; i++)
            sum += xs[i] * ys[i];
        Py_END_ALLOW_THREADS
    }
    PyBuffer_Release(&x);
    PyBuffer_Release(&y);
    return PyFloat_FromDouble(sum);
}

/* A native thread calling back into Python: PyGILState_Ensure makes (on first use) a thread state
   for this thread and takes the GIL; PyGILState_Release gives both back. */
struct callback_job {
    PyObject *callable;   /* borrowed: the caller holds it for the job's life */
    PyObject *results;    /* list, or NULL after an error (the error is kept in err_*) */
    long count;
    PyObject *err_type, *err_value, *err_tb;
};

static void *callback_thread(void *arg) {
    struct callback_job *job = arg;
    for (long i = 0; i < job->count; i++) {
        PyGILState_STATE gil = PyGILState_Ensure();
        PyObject *r = PyObject_CallFunction(job->callable, "l", i);
        int ok = r != NULL && PyList_Append(job->results, r) == 0;
        Py_XDECREF(r);
        if (!ok)   /* move the exception to the waiting thread */
            PyErr_Fetch(&job->err_type, &job->err_value, &job->err_tb);
        PyGILState_Release(gil);
        if (!ok)
            break;
    }
    return NULL;
}

static PyObject *matmul_call_from_thread(PyObject *self, PyObject *args) {
    struct callback_job job = {NULL, NULL, 0, NULL, NULL, NULL};
    pthread_t thread;
    int rc;
    (void)self;
    if (!PyArg_ParseTuple(args, "Ol:call_from_thread", &job.callable, &job.count))
        return NULL;
    if (!PyCallable_Check(job.callable)) {
        PyErr_SetString(PyExc_TypeError, "call_from_thread: the first argument must be callable");
        return NULL;
    }
    if ((job.results = PyList_New(0)) == NULL)
        return NULL;
    if ((rc = pthread_create(&thread, NULL, callback_thread, &job)) != 0) {
        Py_DECREF(job.results);
        errno = rc;
        return PyErr_SetFromErrno(PyExc_OSError);
    }
    /* Waiting with the GIL held would deadlock: the thread needs it for every callback. */
    Py_BEGIN_ALLOW_THREADS
    pthread_join(thread, NULL);
    Py_END_ALLOW_THREADS
    if (job.err_type != NULL) {
        Py_DECREF(job.results);
        PyErr_Restore(job.err_type, job.err_value, job.err_tb);
        return NULL;
    }
    return job.results;
}

static PyMethodDef matmul_methods[] = {
    {"multiply", matmul_multiply, METH_VARARGS,
     "multiply(a, b, out, n) -> None\n\n"
     "out = a @ b for n x n float64 matrices in contiguous buffers (cache-blocked, GIL released)."},
    {"fill", matmul_fill, METH_VARARGS,
     "fill(buf, seed) -> None\n\nFill a float64 buffer with deterministic values in [-1, 1)."},
    {"checksum", matmul_checksum, METH_VARARGS,
     "checksum(buf, n) -> float\n\nPosition-weighted sum of an n x n float64 matrix."},
    {"dot", matmul_dot, METH_VARARGS,
     "dot(x, y) -> float\n\nDot product of two float64 buffers of equal length."},
    {"call_from_thread", matmul_call_from_thread, METH_VARARGS,
     "call_from_thread(callable, n) -> list\n\n"
     "A native thread calls callable(i) for i < n (PyGILState_Ensure); returns the results."},
    {"matmul", matmul_matmul, METH_VARARGS,
     "matmul(n, seed) -> float\n\nMultiply two seeded n x n matrices without the GIL; return a checksum."},
    {"overlap_probe", matmul_overlap_probe, METH_VARARGS,
     "overlap_probe(n, seed, wait_ms=1000) -> float\n\n"
     "As matmul, then wait (GIL released) until another thread was inside too, or wait_ms passes."},
    {"max_inside", matmul_max_inside, METH_NOARGS,
     "max_inside() -> int\n\nMost threads seen inside the GIL-free section at once since reset()."},
    {"inside_now", matmul_inside_now, METH_NOARGS,
     "inside_now() -> int\n\nThreads inside the GIL-free section right now."},
    {"reset", matmul_reset, METH_NOARGS,
     "reset() -> None\n\nForget the maximum recorded by max_inside()."},
    {NULL, NULL, 0, NULL}
};

static struct PyModuleDef matmul_module = {
    PyModuleDef_HEAD_INIT,
    "matmul",
    "Matrix product with the GIL released, and a probe for threads running it at once.",
    -1,
    matmul_methods,
    NULL, NULL, NULL, NULL
};

PyMODINIT_FUNC PyInit_matmul(void) {
    return PyModule_Create(&matmul_module);
}
