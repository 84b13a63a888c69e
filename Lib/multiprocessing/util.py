"""Process-exit bookkeeping shared by the multiprocessing modules (SwiftPy's own design)."""

import itertools
import sys
import threading

_finalizers = {}
_counter = itertools.count()
_exiting = False


def register_finalizer(callback, *args, priority=0):
    """Run callback(*args) when this process ends (higher priority first); returns a key."""
    key = (priority, next(_counter))
    _finalizers[key] = (callback, args)
    return key


def cancel_finalizer(key):
    _finalizers.pop(key, None)


def run_finalizers(minpriority=None):
    """Run registered finalizers, highest priority (then newest) first; errors are reported."""
    for key in sorted(_finalizers, reverse=True):
        if minpriority is not None and key[0] < minpriority:
            continue
        entry = _finalizers.pop(key, None)
        if entry is None:
            continue
        try:
            entry[0](*entry[1])
        except Exception:
            import traceback
            traceback.print_exc()


def is_exiting():
    return _exiting


def _exit_function():
    """At the end of a process: stop daemonic children, wait for the others, run finalizers."""
    global _exiting
    if _exiting:
        return
    _exiting = True
    from . import process
    run_finalizers(minpriority=0)
    for p in list(process.active_children()):
        if p.daemon:
            p.terminate()
    for p in list(process.active_children()):
        p.join()
    run_finalizers()


def _flush_std():
    for f in (sys.stdout, sys.stderr):
        try:
            f.flush()
        except Exception:
            pass


def start_daemon_thread(target, args=(), name=None):
    t = threading.Thread(target=target, args=args, name=name, daemon=True)
    t.start()
    return t


def debug(msg, *args):
    pass


info = sub_debug = sub_warning = debug


import atexit as _atexit
_atexit.register(_exit_function)
