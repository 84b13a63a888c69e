"""Coroutine checks."""

__all__ = ('iscoroutinefunction', 'iscoroutine')

_CO_COROUTINE = 0x80
_CO_ITERABLE_COROUTINE = 0x100
_is_coroutine = object()


def _code_flags(func):
    while hasattr(func, '__func__'):
        func = func.__func__
    while hasattr(func, 'func') and hasattr(func, 'args'):   # functools.partial
        func = func.func
    code = getattr(func, '__code__', None)
    return code.co_flags if code is not None else 0


def iscoroutinefunction(func):
    """Return True if func is a coroutine function (async def or marked)."""
    return (bool(_code_flags(func) & _CO_COROUTINE)
            or getattr(func, '_is_coroutine', None) is _is_coroutine)


_generator_type = type((lambda: (yield))())
_coroutine_type = None


def iscoroutine(obj):
    """Return True if obj is a coroutine object."""
    global _coroutine_type
    if _coroutine_type is None:
        async def _probe():
            pass
        c = _probe()
        _coroutine_type = type(c)
        c.close()
    if type(obj) is _coroutine_type:
        return True
    if type(obj) is _generator_type:
        return bool(obj.gi_code.co_flags & _CO_ITERABLE_COROUTINE)
    import collections.abc
    return isinstance(obj, collections.abc.Coroutine)
