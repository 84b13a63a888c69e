/* Thin C shims for OS calls Swift cannot call directly (variadic functions, status macros). */
#ifndef SWIFTPY_OS_H
#define SWIFTPY_OS_H
#include <fcntl.h>
#include <semaphore.h>
#include <sys/wait.h>
#include <sys/random.h>
#include <spawn.h>
#include <sched.h>
#include <stdlib.h>
#include <unistd.h>
#include <sys/epoll.h>
#include <sys/file.h>
#include <sys/ioctl.h>
#include <sys/resource.h>
#include <sys/times.h>

/* GNU extensions (declared here: the module is not built with _GNU_SOURCE). */
extern int pipe2(int pipefd[2], int flags);
extern int dup3(int oldfd, int newfd, int flags);
extern int posix_spawn_file_actions_addchdir_np(posix_spawn_file_actions_t *actions, const char *path);
static inline int spy_spawn_addchdir(posix_spawn_file_actions_t *a, const char *path) {
    return posix_spawn_file_actions_addchdir_np(a, path);
}
static inline int spy_pipe2(int *fds, int flags) { return pipe2(fds, flags); }
static inline int spy_dup3(int oldfd, int newfd, int flags) { return dup3(oldfd, newfd, flags); }
static inline long spy_getrandom(void *buf, unsigned long n) { return (long)getrandom(buf, n, 0); }

static inline sem_t *spy_sem_open(const char *name, int oflag, unsigned int mode, unsigned int value) {
    if (oflag & O_CREAT) return sem_open(name, oflag, (mode_t)mode, value);
    return sem_open(name, oflag);
}
static inline int spy_wifexited(int s) { return WIFEXITED(s); }
static inline int spy_wexitstatus(int s) { return WEXITSTATUS(s); }
static inline int spy_wifsignaled(int s) { return WIFSIGNALED(s); }
static inline int spy_wtermsig(int s) { return WTERMSIG(s); }
static inline int spy_wifstopped(int s) { return WIFSTOPPED(s); }
static inline int spy_wstopsig(int s) { return WSTOPSIG(s); }

/* Process accounting (os.times, resource, wait3/wait4). */
extern int sched_getaffinity(__pid_t pid, size_t cpusetsize, cpu_set_t *cpuset);
extern int prlimit(__pid_t pid, __rlimit_resource_t resource, const struct rlimit *new_limit,
                   struct rlimit *old_limit);
/* struct rusage in resource.struct_rusage order: 2 times (seconds), then 14 counters. */
static inline void spy_rusage_values(const struct rusage *r, double *times, long *counts) {
    times[0] = (double)r->ru_utime.tv_sec + (double)r->ru_utime.tv_usec * 1e-6;
    times[1] = (double)r->ru_stime.tv_sec + (double)r->ru_stime.tv_usec * 1e-6;
    long v[14] = {r->ru_maxrss, r->ru_ixrss, r->ru_idrss, r->ru_isrss, r->ru_minflt, r->ru_majflt,
                  r->ru_nswap, r->ru_inblock, r->ru_oublock, r->ru_msgsnd, r->ru_msgrcv,
                  r->ru_nsignals, r->ru_nvcsw, r->ru_nivcsw};
    for (int i = 0; i < 14; i++) counts[i] = v[i];
}
static inline int spy_getrusage(int who, double *times, long *counts) {
    struct rusage r;
    if (getrusage(who, &r) < 0) return -1;
    spy_rusage_values(&r, times, counts);
    return 0;
}
static inline int spy_wait4(int pid, int *status, int options, double *times, long *counts) {
    struct rusage r;
    int got = wait4(pid, status, options, &r);
    if (got >= 0) spy_rusage_values(&r, times, counts);
    return got;
}
/* times(2) in seconds: user, system, children's user, children's system, elapsed. */
static inline int spy_times(double *out) {
    struct tms t;
    clock_t c = times(&t);
    if (c == (clock_t)-1) return -1;
    double tick = (double)sysconf(_SC_CLK_TCK);
    out[0] = t.tms_utime / tick; out[1] = t.tms_stime / tick;
    out[2] = t.tms_cutime / tick; out[3] = t.tms_cstime / tick; out[4] = c / tick;
    return 0;
}
static inline int spy_rlimit_count(void) { return RLIM_NLIMITS; }
static inline long spy_rlim_infinity(void) { return (long)RLIM_INFINITY; }
static inline int spy_rusage_self(void) { return RUSAGE_SELF; }
static inline int spy_rusage_children(void) { return RUSAGE_CHILDREN; }
/* The RLIMIT_* ids in the order of RLIMIT_NAMES in Modules/Resource.swift. */
static inline void spy_rlimit_ids(int *out) {
    int ids[] = {RLIMIT_CPU, RLIMIT_FSIZE, RLIMIT_DATA, RLIMIT_STACK, RLIMIT_CORE, RLIMIT_RSS,
                 RLIMIT_NPROC, RLIMIT_NOFILE, RLIMIT_OFILE, RLIMIT_MEMLOCK, RLIMIT_AS,
                 RLIMIT_SIGPENDING, RLIMIT_MSGQUEUE, RLIMIT_NICE, RLIMIT_RTPRIO, RLIMIT_RTTIME};
    for (unsigned i = 0; i < sizeof ids / sizeof ids[0]; i++) out[i] = ids[i];
}
static inline int spy_getrlimit(int res, long *cur, long *max) {
    struct rlimit rl;
    if (getrlimit(res, &rl) < 0) return -1;
    *cur = (long)rl.rlim_cur; *max = (long)rl.rlim_max;
    return 0;
}
static inline int spy_setrlimit(int res, long cur, long max) {
    struct rlimit rl = {(rlim_t)cur, (rlim_t)max};
    return setrlimit(res, &rl);
}
/* prlimit; set: whether to install (cur, max); the old limits are stored either way. */
static inline int spy_prlimit(int pid, int res, int set, long *cur, long *max) {
    struct rlimit new_rl = {(rlim_t)*cur, (rlim_t)*max}, old_rl;
    if (prlimit(pid, res, set ? &new_rl : 0, &old_rl) < 0) return -1;
    *cur = (long)old_rl.rlim_cur; *max = (long)old_rl.rlim_max;
    return 0;
}

/* fcntl/ioctl are variadic: one shim per argument kind. */
static inline int spy_fcntl_int(int fd, int cmd, int arg) { return fcntl(fd, cmd, arg); }
static inline int spy_fcntl_ptr(int fd, int cmd, void *arg) { return fcntl(fd, cmd, arg); }
static inline int spy_ioctl_int(int fd, unsigned long req, int arg) { return ioctl(fd, req, arg); }
static inline int spy_ioctl_ptr(int fd, unsigned long req, void *arg) { return ioctl(fd, req, arg); }
static inline int spy_flock(int fd, int op) { return flock(fd, op); }
/* A record lock over [start, start+len) from whence (fcntl F_SETLK/F_SETLKW). */
static inline int spy_record_lock(int fd, int cmd, int type, long len, long start, int whence) {
    struct flock l = {0};
    l.l_type = (short)type; l.l_whence = (short)whence; l.l_start = start; l.l_len = len;
    return fcntl(fd, cmd, &l);
}

/* epoll (struct epoll_event is packed on x86-64: it stays on the C side). */
static inline int spy_epoll_ctl(int epfd, int op, int fd, unsigned int events) {
    struct epoll_event ev = {0};
    ev.events = events; ev.data.fd = fd;
    return epoll_ctl(epfd, op, fd, &ev);
}
/* Waits for up to n events; their descriptors and masks go to fds/masks. */
static inline int spy_epoll_wait(int epfd, int *fds, unsigned int *masks, int n, int timeout_ms) {
    struct epoll_event *evs = malloc(sizeof(struct epoll_event) * (size_t)n);
    if (!evs) return -1;
    int got = epoll_wait(epfd, evs, n, timeout_ms);
    for (int i = 0; i < got; i++) { fds[i] = evs[i].data.fd; masks[i] = evs[i].events; }
    free(evs);
    return got;
}
#endif
