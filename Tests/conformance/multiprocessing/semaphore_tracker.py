# A process killed by SIGKILL cannot unlink its named semaphores; the resource tracker does it
# (with a "leaked semaphore objects" warning) once the process has gone. A process that ends
# normally unlinks its own and the tracker stays quiet.
import os
import sys

CHILD = r'''
import multiprocessing as mp, os, signal, sys
ctx = mp.get_context('spawn')
lock = ctx.Lock()
sem = ctx.Semaphore(3)
names = [getattr(x, '_semlock', x) for x in (lock, sem)]
print(' '.join(getattr(n, 'name', None) or n._name for n in names), flush=True)
if sys.argv[1] == 'kill':
    os.kill(os.getpid(), signal.SIGKILL)
'''


def run(mode):
    out_r, out_w = os.pipe()
    err_r, err_w = os.pipe()
    pid = os.posix_spawn(sys.executable, [sys.executable, '-c', CHILD, mode], dict(os.environ),
                         file_actions=[(os.POSIX_SPAWN_DUP2, out_w, 1), (os.POSIX_SPAWN_DUP2, err_w, 2)])
    os.close(out_w)
    os.close(err_w)
    chunks = []
    while chunk := os.read(out_r, 4096):
        chunks.append(chunk)
    errs = []
    while chunk := os.read(err_r, 4096):     # end of file once the tracker has finished too
        errs.append(chunk)
    os.close(out_r)
    os.close(err_r)
    _, status = os.waitpid(pid, 0)
    return b''.join(chunks).decode().split(), b''.join(errs).decode(), os.waitstatus_to_exitcode(status)


def exists(name):
    return os.path.exists('/dev/shm/sem.' + name.lstrip('/'))


for mode in ('kill', 'exit'):
    names, err, code = run(mode)
    print(mode, 'exit code', code, 'semaphores', len(names))
    print('  leak warning', 'There appear to be 2 leaked semaphore objects' in err)
    print('  left in /dev/shm', [exists(n) for n in names])
