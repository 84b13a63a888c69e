/* Thin C shims for OS calls Swift cannot call directly (variadic functions, status macros). */
#ifndef SWIFTPY_OS_H
#define SWIFTPY_OS_H
#include <fcntl.h>
#include <semaphore.h>
#include <sys/wait.h>
#include <sys/random.h>
#include <spawn.h>

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
#endif
