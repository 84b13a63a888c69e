/* A small C library for the ctypes tests (Tests/SwiftPyTests/CTypesTests.swift): array kernels over
   double*, structures in and out by value and by pointer, out-parameters, callbacks (also from a
   new pthread), and a kernel that records how many threads are inside it at once. Plain C: it
   knows nothing of Python. Build: cc -O1 -fPIC -shared -pthread kernels.c -o libkernels.so */
#include <math.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stddef.h>
#include <string.h>
#include <time.h>

double k_dot(const double *a, const double *b, size_t n) {
    double s = 0;
    for (size_t i = 0; i < n; i++) s += a[i] * b[i];
    return s;
}

void k_scale(double *a, size_t n, double factor) {
    for (size_t i = 0; i < n; i++) a[i] *= factor;
}

void k_axpy(double alpha, const double *x, double *y, size_t n) {
    for (size_t i = 0; i < n; i++) y[i] += alpha * x[i];
}

/* Out-parameters: the minimum and maximum of a, and their indices through int pointers. */
int k_minmax(const double *a, size_t n, double *mn, double *mx, int *imn, int *imx) {
    if (n == 0) return -1;
    *mn = *mx = a[0];
    *imn = *imx = 0;
    for (size_t i = 1; i < n; i++) {
        if (a[i] < *mn) { *mn = a[i]; *imn = (int)i; }
        if (a[i] > *mx) { *mx = a[i]; *imx = (int)i; }
    }
    return 0;
}

int k_divmod(int a, int b, int *quot, int *rem) {
    if (b == 0) return 0;
    *quot = a / b;
    *rem = a % b;
    return 1;
}

typedef struct { double x, y; } vec2;
typedef struct { int id; double values[3]; char name[16]; vec2 pos; } record;
typedef struct { char tag; long long big; short small; } mixed;

vec2 k_vec2_add(vec2 a, vec2 b) { vec2 r = { a.x + b.x, a.y + b.y }; return r; }
double k_vec2_norm(vec2 v) { return sqrt(v.x * v.x + v.y * v.y); }
void k_vec2_scale(vec2 *v, double f) { v->x *= f; v->y *= f; }

double k_sum_points(const vec2 *pts, size_t n) {
    double s = 0;
    for (size_t i = 0; i < n; i++) s += pts[i].x + pts[i].y;
    return s;
}

record k_record_make(int id, double base) {
    record r;
    memset(&r, 0, sizeof r);
    r.id = id;
    for (int i = 0; i < 3; i++) r.values[i] = base * (i + 1);
    strcpy(r.name, "record");
    r.pos.x = base;
    r.pos.y = -base;
    return r;
}

double k_record_total(const record *r) { return r->id + r->values[0] + r->values[1] + r->values[2] + r->pos.x; }

mixed k_mixed_make(char tag, long long big, short small) { mixed m = { tag, big, small }; return m; }
long long k_mixed_sum(mixed m) { return m.tag + m.big + m.small; }

const char *k_greeting(void) { return "hello from C"; }
size_t k_count_char(const char *s, char c) {
    size_t n = 0;
    for (; *s; s++) n += *s == c;
    return n;
}

/* Callbacks. */
typedef int (*int_fn)(int);
typedef double (*dbl_fn)(double);
typedef void (*visit_fn)(int index, double value, void *user);

int k_apply(int_fn f, int x) { return f(x); }
double k_map_sum(dbl_fn f, const double *a, size_t n) {
    double s = 0;
    for (size_t i = 0; i < n; i++) s += f(a[i]);
    return s;
}
void k_visit(const double *a, size_t n, visit_fn f, void *user) {
    for (size_t i = 0; i < n; i++) f((int)i, a[i], user);
}

struct thread_call { int_fn f; int x; int result; };
static void *thread_main(void *p) {
    struct thread_call *c = p;
    c->result = c->f(c->x);
    return NULL;
}

/* Calls f(x) from a new pthread (unknown to Python) and returns its result. */
int k_call_in_thread(int_fn f, int x) {
    struct thread_call c = { f, x, -1 };
    pthread_t t;
    if (pthread_create(&t, NULL, thread_main, &c) != 0) return -2;
    pthread_join(t, NULL);
    return c.result;
}

/* Concurrency probe. A call counts itself in and takes an arrival ticket. It saw a partner if
   another thread was inside when it arrived, or if a later thread arrived while it was still
   inside; otherwise it waits for one (polling) until timeout_s. Returns 1 if it saw a partner. */
static atomic_int inside;
static atomic_int max_inside;
static atomic_int arrivals;

static double now_s(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec * 1e-9;
}

int k_overlap(double timeout_s) {
    int ticket = atomic_fetch_add(&arrivals, 1) + 1;
    int here = atomic_fetch_add(&inside, 1) + 1;
    int m = atomic_load(&max_inside);
    while (here > m && !atomic_compare_exchange_weak(&max_inside, &m, here)) {}
    int saw = here >= 2;
    double deadline = now_s() + timeout_s;
    while (!saw && now_s() < deadline) {
        struct timespec pause = { 0, 100000 };
        nanosleep(&pause, NULL);
        saw = atomic_load(&arrivals) > ticket;
    }
    atomic_fetch_sub(&inside, 1);
    return saw;
}

int k_max_inside(void) { return atomic_load(&max_inside); }
void k_reset(void) { atomic_store(&max_inside, 0); atomic_store(&inside, 0); atomic_store(&arrivals, 0); }

/* A CPU-bound kernel for the benchmark: n iterations of a cheap recurrence. */
double k_spin(long n) {
    double x = 0.5;
    for (long i = 0; i < n; i++) x = 3.9 * x * (1.0 - x);
    return x;
}
