"""Register functions to run when the interpreter exits.

SwiftPy calls _run_exitfuncs() at shutdown when this module was imported.
"""

import sys

_callbacks = []


def register(func, /, *args, **kwargs):
    """Register func(*args, **kwargs) to run at exit; returns func."""
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _callbacks.append((func, args, kwargs))
    return func


def unregister(func, /):
    """Remove every registration of func (compared with ==)."""
    _callbacks[:] = [entry for entry in _callbacks if not entry[0] == func]


def _clear():
    """Forget all registered functions."""
    del _callbacks[:]


def _ncallbacks():
    """Number of registered functions."""
    return len(_callbacks)


def _run_exitfuncs():
    """Run registered functions, last registered first; report errors."""
    while _callbacks:
        func, args, kwargs = _callbacks.pop()
        try:
            func(*args, **kwargs)
        except BaseException as exc:
            _report(func, exc)


def _report(func, exc):
    try:
        sys.stderr.write("Exception ignored in atexit callback: %r\n"
                         % (func,))
        import traceback
        traceback.print_exception(type(exc), exc, exc.__traceback__,
                                  file=sys.stderr)
    except BaseException:
        pass
