"""The resource tracker: a helper process that unlinks named resources leaked by a process tree.

Written for SwiftPy (CPython 3.11's documented behaviour). The first register() starts the
tracker (`sys.executable -c 'from multiprocessing.resource_tracker import main; main(FD)'`),
which reads "REGISTER:name:type" / "UNREGISTER:name:type" lines from a pipe. Spawned children
inherit the pipe's write end (its number travels in the preparation data), so the whole tree
shares one tracker. When every writer has gone (end of file), whatever is still registered is
unlinked, with CPython's UserWarning for each type. Types: 'shared_memory' (shm_unlink) and
'semaphore' (sem_unlink).
"""

import os
import signal
import sys
import threading

__all__ = ['ensure_running', 'register', 'unregister', 'getfd']


def _unlinker(rtype):
    import _multiprocessing as _mp
    return {'shared_memory': _mp.shm_unlink, 'semaphore': _mp.sem_unlink}[rtype]


_CLEANUP_TYPES = ('shared_memory', 'semaphore', 'noop')


class ResourceTracker:
    def __init__(self):
        self._lock = threading.Lock()
        self._fd = None
        self._pid = None

    def getfd(self):
        self.ensure_running()
        return self._fd

    def _adopt(self, fd):
        """In a spawned child: use the parent's tracker (fd inherited at the same number)."""
        os.set_inheritable(fd, False)
        self._fd = fd

    def ensure_running(self):
        with self._lock:
            if self._fd is not None:
                return
            r, w = os.pipe()
            try:
                code = 'from multiprocessing.resource_tracker import main; main(%d)' % r
                self._pid = os._spawn(sys.executable, [sys.executable, '-c', code], None, [r], [])
            except BaseException:
                os.close(w)
                raise
            finally:
                os.close(r)
            self._fd = w

    def _send(self, cmd, name, rtype):
        if len(name) > 512:
            raise ValueError('name too long')
        if ':' in name or '\n' in name:
            raise ValueError('name %r contains ":" or a newline' % (name,))
        self.ensure_running()
        msg = ('%s:%s:%s\n' % (cmd, name, rtype)).encode('ascii')
        n = os.write(self._fd, msg)
        assert n == len(msg), 'short write to the resource tracker'

    def register(self, name, rtype):
        """Have the tracker unlink `name` at the end unless unregister()ed before."""
        self._send('REGISTER', name, rtype)

    def unregister(self, name, rtype):
        self._send('UNREGISTER', name, rtype)


_resource_tracker = ResourceTracker()
ensure_running = _resource_tracker.ensure_running
register = _resource_tracker.register
unregister = _resource_tracker.unregister
getfd = _resource_tracker.getfd


def main(fd):
    """The tracker process: collect registrations until end of file, then clean up."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    cache = {rtype: set() for rtype in _CLEANUP_TYPES}
    pending = b''
    try:
        while True:
            data = os.read(fd, 65536)
            if not data:
                break
            pending += data
            *lines, pending = pending.split(b'\n')
            for line in lines:
                try:
                    cmd, name, rtype = line.decode('ascii').split(':')
                    if rtype not in cache:
                        raise ValueError('Cannot register %s for automatic cleanup: unknown '
                                         'resource type %s' % (name, rtype))
                    if cmd == 'REGISTER':
                        cache[rtype].add(name)
                    elif cmd == 'UNREGISTER':
                        cache[rtype].discard(name)
                    elif cmd != 'PROBE':
                        raise RuntimeError('unrecognized command %r' % cmd)
                except Exception:
                    try:
                        sys.excepthook(*sys.exc_info())
                    except Exception:
                        pass
    finally:
        import warnings
        for rtype, names in cache.items():
            if names and rtype != 'noop':
                warnings.warn('resource_tracker: There appear to be %d leaked %s objects to '
                              'clean up at shutdown' % (len(names), rtype))
            for name in sorted(names):
                try:
                    if rtype != 'noop':
                        _unlinker(rtype)(name)
                except Exception as e:
                    warnings.warn('resource_tracker: %r: %s' % (name, e))
