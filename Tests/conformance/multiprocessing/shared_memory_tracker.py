# The resource tracker unlinks a SharedMemory block its creator leaked, once the creator's process
# tree has ended, with a "leaked shared_memory objects" warning; unlinked blocks are left alone;
# a block attached in a spawned child stays registered with the parent's tracker.
import multiprocessing as mp
import os
import sys
import time
from multiprocessing import shared_memory

LEAKER = r'''
import sys
from multiprocessing import shared_memory
kept = shared_memory.SharedMemory(create=True, size=64)
kept.buf[:3] = b'abc'
done = shared_memory.SharedMemory(create=True, size=64)
done.close()
done.unlink()
print(kept.name, done.name, flush=True)
'''


def run_leaker():
    out_r, out_w = os.pipe()
    err_r, err_w = os.pipe()
    pid = os.posix_spawn(sys.executable, [sys.executable, '-c', LEAKER], dict(os.environ),
                         file_actions=[(os.POSIX_SPAWN_DUP2, out_w, 1), (os.POSIX_SPAWN_DUP2, err_w, 2)])
    os.close(out_w)
    os.close(err_w)
    out = b''
    while chunk := os.read(out_r, 4096):
        out += chunk
    err = b''
    while chunk := os.read(err_r, 4096):     # end of file: the tracker has finished too
        err += chunk
    os.close(out_r)
    os.close(err_r)
    _, status = os.waitpid(pid, 0)
    return out.decode().split(), err.decode(), os.waitstatus_to_exitcode(status)


def exists(name):
    try:
        shared_memory.SharedMemory(name).close()
        return True
    except FileNotFoundError:
        return False


def child_attach(name, q):
    s = shared_memory.SharedMemory(name)
    q.put(bytes(s.buf[:2]))
    s.close()


if __name__ == '__main__':
    (kept, done), err, code = run_leaker()
    print('leaker exit code', code)
    print('warning printed', 'resource_tracker: There appear to be 1 leaked shared_memory objects' in err)
    deadline = time.monotonic() + 30
    while exists(kept) and time.monotonic() < deadline:
        time.sleep(0.05)
    print('leaked block unlinked', not exists(kept), 'unlinked block gone', not exists(done))

    shm = shared_memory.SharedMemory(create=True, size=16)
    shm.buf[:2] = b'hi'
    q = mp.Queue()
    p = mp.Process(target=child_attach, args=(shm.name, q))
    p.start()
    print('child read', q.get())
    p.join()
    print('still there after the child ended', exists(shm.name), p.exitcode)
    shm.close()
    shm.unlink()
    print('unlinked', not exists(shm.name))
