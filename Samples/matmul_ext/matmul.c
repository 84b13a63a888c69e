/*
 * matmul: a sample CPython-style extension whose kernel runs without the GIL.
 *
 * Written only against the documented CPython C API, so the same source builds
 * against CPython (python3-config) and SwiftPy (swiftpy-config).
 *
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

/* c = a * b for n x n row-major matrices; i-k-j order keeps the inner loop contiguous. */
static void multiply(const double *a, const double *b, double *c, Py_ssize_t n) {
    for (Py_ssize_t i = 0; i < n * n; i++)
        c[i] = 0.0;
    for (Py_ssize_t i = 0; i < n; i++) {
        double *row = c + i * n;
        for (Py_ssize_t k = 0; k < n; k++) {
            double aik = a[i * n + k];
            const double *brow = b + k * n;
            for (Py_ssize_t j = 0; j < n; j++)
                row[j] += aik * brow[j];
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

static PyMethodDef matmul_methods[] = {
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
