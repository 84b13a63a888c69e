/* SwiftPy SDK: PyThread_* (pythread.h): OS threads, non-recursive locks that any thread may release,
   thread-specific storage. POSIX threads; none of these needs the GIL. */
#include "swiftpy_internal.h"
#include <sys/syscall.h>
#include <time.h>

typedef struct {
    pthread_mutex_t mutex;
    pthread_cond_t cond;     /* signalled on release */
    int locked;
} SPyLock;

typedef struct { void (*func)(void *); void *arg; } StartInfo;

static void *thread_entry(void *p) {
    StartInfo info = *(StartInfo *)p;
    free(p);
    info.func(info.arg);
    return NULL;
}

unsigned long PyThread_start_new_thread(void (*func)(void *), void *arg) {
    StartInfo *info = malloc(sizeof(StartInfo));
    if (info == NULL)
        return (unsigned long)-1;
    info->func = func;
    info->arg = arg;
    pthread_t th;
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    int rc = pthread_create(&th, &attr, thread_entry, info);
    pthread_attr_destroy(&attr);
    if (rc != 0) {
        free(info);
        return (unsigned long)-1;
    }
    return (unsigned long)th;
}

unsigned long PyThread_get_thread_ident(void) { return (unsigned long)pthread_self(); }
unsigned long PyThread_get_thread_native_id(void) { return (unsigned long)syscall(SYS_gettid); }

PyThread_type_lock PyThread_allocate_lock(void) {
    SPyLock *l = malloc(sizeof(SPyLock));
    if (l == NULL)
        return NULL;
    pthread_mutex_init(&l->mutex, NULL);
    pthread_condattr_t ca;
    pthread_condattr_init(&ca);
    pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
    pthread_cond_init(&l->cond, &ca);
    pthread_condattr_destroy(&ca);
    l->locked = 0;
    return l;
}

void PyThread_free_lock(PyThread_type_lock lock) {
    SPyLock *l = lock;
    if (l == NULL)
        return;
    pthread_cond_destroy(&l->cond);
    pthread_mutex_destroy(&l->mutex);
    free(l);
}

/* microseconds < 0: wait forever; 0: try once. */
PyLockStatus PyThread_acquire_lock_timed(PyThread_type_lock lock, PY_TIMEOUT_T microseconds, int intr_flag) {
    SPyLock *l = lock;
    (void)intr_flag;
    struct timespec deadline;
    if (microseconds > 0) {
        clock_gettime(CLOCK_MONOTONIC, &deadline);
        long long ns = (long long)deadline.tv_nsec + (microseconds % 1000000) * 1000;
        deadline.tv_sec += (time_t)(microseconds / 1000000 + ns / 1000000000);
        deadline.tv_nsec = (long)(ns % 1000000000);
    }
    PyLockStatus st = PY_LOCK_FAILURE;
    pthread_mutex_lock(&l->mutex);
    for (;;) {
        if (!l->locked) {
            l->locked = 1;
            st = PY_LOCK_ACQUIRED;
            break;
        }
        if (microseconds == 0)
            break;
        if (microseconds < 0) {
            pthread_cond_wait(&l->cond, &l->mutex);
        } else if (pthread_cond_timedwait(&l->cond, &l->mutex, &deadline) == ETIMEDOUT) {
            if (!l->locked) {
                l->locked = 1;
                st = PY_LOCK_ACQUIRED;
            }
            break;
        }
    }
    pthread_mutex_unlock(&l->mutex);
    return st;
}

int PyThread_acquire_lock(PyThread_type_lock lock, int waitflag) {
    return PyThread_acquire_lock_timed(lock, waitflag ? -1 : 0, 0) == PY_LOCK_ACQUIRED;
}

void PyThread_release_lock(PyThread_type_lock lock) {
    SPyLock *l = lock;
    pthread_mutex_lock(&l->mutex);
    l->locked = 0;
    pthread_cond_signal(&l->cond);
    pthread_mutex_unlock(&l->mutex);
}

Py_tss_t *PyThread_tss_alloc(void) {
    Py_tss_t *k = malloc(sizeof(Py_tss_t));
    if (k != NULL)
        k->_is_initialized = 0;
    return k;
}

void PyThread_tss_free(Py_tss_t *key) {
    if (key != NULL) {
        PyThread_tss_delete(key);
        free(key);
    }
}

int PyThread_tss_is_created(Py_tss_t *key) { return key->_is_initialized; }

int PyThread_tss_create(Py_tss_t *key) {
    if (key->_is_initialized)
        return 0;
    if (pthread_key_create(&key->_key, NULL) != 0)
        return -1;
    key->_is_initialized = 1;
    return 0;
}

void PyThread_tss_delete(Py_tss_t *key) {
    if (!key->_is_initialized)
        return;
    pthread_key_delete(key->_key);
    key->_is_initialized = 0;
}

int PyThread_tss_set(Py_tss_t *key, void *value) {
    return pthread_setspecific(key->_key, value) == 0 ? 0 : -1;
}

void *PyThread_tss_get(Py_tss_t *key) { return pthread_getspecific(key->_key); }
