/*
 * gil_ext: releasing the GIL and calling into Python from threads the extension starts itself,
 * written exactly as for CPython 3.11.
 *
 *   wait_for_partner(timeout_ms) -> bool
 *       Enters a GIL-free section (Py_BEGIN_ALLOW_THREADS), counts itself in, and waits there until
 *       another thread is inside too (or timeout_ms passes). Two Python threads calling it at once
 *       both return True only if the interpreter really released the GIL: overlap without timing.
 *   max_inside() / inside_now() / reset()
 *   spin_without_gil(iterations) -> int     a GIL-free busy loop (checksum)
 *   call_from_thread(callable, n) -> list    a pthread calls callable(i) for i < n under PyGILState_Ensure
 *   start_background(callable, n) / join_background() -> list
 *       as call_from_thread, but the caller keeps running Python code while the thread works.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <pthread.h>
#include <stdatomic.h>
#include <time.h>

static atomic_int inside_count;
static atomic_int inside_max;

static void enter_gil_free(void) {
    int now = atomic_fetch_add(&inside_count, 1) + 1;
    int seen = atomic_load(&inside_max);
    while (now > seen && !atomic_compare_exchange_weak(&inside_max, &seen, now)) {
    }
}

static void leave_gil_free(void) {
    atomic_fetch_sub(&inside_count, 1);
}

static double now_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static void sleep_us(long us) {
    struct timespec ts = {us / 1000000, (us % 1000000) * 1000L};
    nanosleep(&ts, NULL);
}

static PyObject *wait_for_partner(PyObject *self, PyObject *args) {
    long timeout_ms = 10000;
    if (!PyArg_ParseTuple(args, "|l:wait_for_partner", &timeout_ms))
        return NULL;
    int saw_partner = 0;
    Py_BEGIN_ALLOW_THREADS
    enter_gil_free();
    double deadline = now_ms() + (double)timeout_ms;
    /* Another thread counted in together with us, now or earlier (the max is 2 iff both were inside). */
    while (!(saw_partner = atomic_load(&inside_max) >= 2) && now_ms() < deadline)
        sleep_us(200);
    leave_gil_free();
    Py_END_ALLOW_THREADS
    return PyBool_FromLong(saw_partner);
}

static PyObject *max_inside(PyObject *self, PyObject *Py_UNUSED(ignored)) {
    return PyLong_FromLong(atomic_load(&inside_max));
}

static PyObject *inside_now(PyObject *self, PyObject *Py_UNUSED(ignored)) {
    return PyLong_FromLong(atomic_load(&inside_count));
}

static PyObject *reset(PyObject *self, PyObject *Py_UNUSED(ignored)) {
    atomic_store(&inside_max, 0);
    Py_RETURN_NONE;
}

static PyObject *spin_without_gil(PyObject *self, PyObject *args) {
    long n;
    if (!PyArg_ParseTuple(args, "l:spin_without_gil", &n))
        return NULL;
    unsigned long acc = 1;
    PyThreadState *ts = PyEval_SaveThread();   /* the long form of Py_BEGIN_ALLOW_THREADS */
    enter_gil_free();
    for (long i = 0; i < n; i++)
        acc = acc * 6364136223846793005UL + 1442695040888963407UL;
    leave_gil_free();
    PyEval_RestoreThread(ts);
    return PyLong_FromUnsignedLong(acc >> 40);
}

/* ---- a thread of our own calling back into Python ---- */
typedef struct {
    PyObject *callable;   /* owned */
    long n;
    PyObject *results;    /* owned list, filled by the thread */
    PyObject *exc_type, *exc_value, *exc_tb;   /* the callback's exception, if any (owned) */
    int gil_check_before, gil_check_inside;
    int ensure_state;     /* PyGILState_LOCKED / UNLOCKED as returned by Ensure */
    pthread_t thread;
    int running;
} Job;

static void *job_main(void *arg) {
    Job *job = (Job *)arg;
    job->gil_check_before = PyGILState_Check();
    PyGILState_STATE st = PyGILState_Ensure();
    job->ensure_state = st == PyGILState_UNLOCKED ? 0 : 1;
    job->gil_check_inside = PyGILState_Check();
    for (long i = 0; i < job->n; i++) {
        PyObject *r = PyObject_CallFunction(job->callable, "l", i);
        if (!r) {
            PyErr_Fetch(&job->exc_type, &job->exc_value, &job->exc_tb);
            break;
        }
        int rc = PyList_Append(job->results, r);
        Py_DECREF(r);
        if (rc < 0) {
            PyErr_Fetch(&job->exc_type, &job->exc_value, &job->exc_tb);
            break;
        }
        /* Let the thread that started us run between callbacks. */
        Py_BEGIN_ALLOW_THREADS
        sleep_us(100);
        Py_END_ALLOW_THREADS
    }
    PyGILState_Release(st);
    return NULL;
}

static int job_start(Job *job, PyObject *callable, long n) {
    memset(job, 0, sizeof(*job));
    job->callable = Py_NewRef(callable);
    job->n = n;
    job->results = PyList_New(0);
    if (!job->results) {
        Py_CLEAR(job->callable);
        return -1;
    }
    if (pthread_create(&job->thread, NULL, job_main, job) != 0) {
        Py_CLEAR(job->callable);
        Py_CLEAR(job->results);
        PyErr_SetString(PyExc_RuntimeError, "pthread_create failed");
        return -1;
    }
    job->running = 1;
    return 0;
}

/* Joins without the GIL (the thread needs it), then hands back results or the callback's exception. */
static PyObject *job_finish(Job *job) {
    Py_BEGIN_ALLOW_THREADS
    pthread_join(job->thread, NULL);
    Py_END_ALLOW_THREADS
    job->running = 0;
    Py_DECREF(job->callable);
    if (job->exc_type) {
        Py_DECREF(job->results);
        PyErr_Restore(job->exc_type, job->exc_value, job->exc_tb);
        return NULL;
    }
    PyObject *r = Py_BuildValue("(Niii)", job->results, job->gil_check_before, job->gil_check_inside,
                                job->ensure_state);
    return r;
}

static PyObject *call_from_thread(PyObject *self, PyObject *args) {
    PyObject *callable; long n;
    if (!PyArg_ParseTuple(args, "Ol:call_from_thread", &callable, &n))
        return NULL;
    if (!PyCallable_Check(callable)) {
        PyErr_SetString(PyExc_TypeError, "call_from_thread() needs a callable");
        return NULL;
    }
    Job job;
    if (job_start(&job, callable, n) < 0)
        return NULL;
    return job_finish(&job);
}

static Job background;

static PyObject *start_background(PyObject *self, PyObject *args) {
    PyObject *callable; long n;
    if (!PyArg_ParseTuple(args, "Ol:start_background", &callable, &n))
        return NULL;
    if (background.running) {
        PyErr_SetString(PyExc_RuntimeError, "a background job is already running");
        return NULL;
    }
    if (job_start(&background, callable, n) < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *join_background(PyObject *self, PyObject *Py_UNUSED(ignored)) {
    if (!background.running) {
        PyErr_SetString(PyExc_RuntimeError, "no background job");
        return NULL;
    }
    return job_finish(&background);
}

static PyObject *thread_state_info(PyObject *self, PyObject *Py_UNUSED(ignored)) {
    PyThreadState *ts = PyThreadState_Get();
    return Py_BuildValue("(iii)", ts != NULL, PyGILState_Check(), PyGILState_GetThisThreadState() == ts);
}

static PyMethodDef methods[] = {
    {"wait_for_partner", wait_for_partner, METH_VARARGS, NULL},
    {"max_inside", max_inside, METH_NOARGS, NULL},
    {"inside_now", inside_now, METH_NOARGS, NULL},
    {"reset", reset, METH_NOARGS, NULL},
    {"spin_without_gil", spin_without_gil, METH_VARARGS, NULL},
    {"call_from_thread", call_from_thread, METH_VARARGS, NULL},
    {"start_background", start_background, METH_VARARGS, NULL},
    {"join_background", join_background, METH_NOARGS, NULL},
    {"thread_state_info", thread_state_info, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL}
};

static struct PyModuleDef moduledef = {
    PyModuleDef_HEAD_INIT, "gil_ext", NULL, -1, methods,
};

PyMODINIT_FUNC PyInit_gil_ext(void) {
    return PyModule_Create(&moduledef);
}
