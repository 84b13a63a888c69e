"""The C callbacks SQLite calls (functions, aggregates, collations, hooks).

One CFUNCTYPE object per kind serves every connection: SQLite hands back the user-data
pointer given at registration, an integer key into _registry. No Python exception may escape
a callback (ctypes would only print it), so each one reports failure to SQLite instead.
"""
import ctypes
import sys

from . import _capi, _values

_registry = {}
_next_key = [0]
_aggregates = {}
_next_aggregate = [0]
_tracebacks = [False]


def enable_callback_tracebacks(enable, /):
    """Print tracebacks of exceptions raised in user-defined callbacks (off by default)."""
    _tracebacks[0] = bool(enable)


def register(connection, obj):
    _next_key[0] += 1
    key = _next_key[0]
    _registry[key] = obj
    return key


def forget(keys):
    for key in keys:
        _registry.pop(key, None)


class _Unraisable:
    """What sys.unraisablehook gets (the fields of CPython's UnraisableHookArgs)."""

    def __init__(self, exc, obj):
        self.exc_type = type(exc)
        self.exc_value = exc
        self.exc_traceback = exc.__traceback__
        self.err_msg = None
        self.object = obj


def _report(exc, obj=None):
    """With enable_callback_tracebacks(True), hand exc to sys.unraisablehook (or print it)."""
    if not _tracebacks[0]:
        return
    hook = getattr(sys, "unraisablehook", None)
    try:
        if hook is not None:
            hook(_Unraisable(exc, obj))
            return
        import traceback
        print("Exception ignored in: %r" % (obj,), file=sys.stderr)
        traceback.print_exception(type(exc), exc, exc.__traceback__, file=sys.stderr)
    except BaseException:
        pass


def _error(ctx, message):
    data = message.encode("utf-8")
    _capi.result_error(ctx, data, len(data))


def _set_result(ctx, value, message, obj):
    try:
        _values.set_result(ctx, value)
    except OverflowError as exc:
        _report(exc, obj)
        _capi.result_error_toobig(ctx)
    except BaseException as exc:
        _report(exc, obj)
        _error(ctx, message)


def _function(ctx, argc, argv):
    func = _registry.get(_capi.user_data(ctx))
    message = "user-defined function raised exception"
    try:
        result = func(*_values.callback_arguments(argc, argv))
    except BaseException as exc:
        _report(exc, func)
        _error(ctx, message)
        return
    _set_result(ctx, result, message, func)


def _slot(ctx, size):
    address = _capi.aggregate_context(ctx, size)
    return ctypes.c_int64.from_address(address) if address else None


def _step(ctx, argc, argv):
    slot = _slot(ctx, 8)
    if slot is None:
        _capi.result_error_nomem(ctx)
        return
    if slot.value == 0:
        cls = _registry.get(_capi.user_data(ctx))
        try:
            instance = cls()
        except BaseException as exc:
            _report(exc, cls)
            _error(ctx, "user-defined aggregate's '__init__' method raised error")
            return
        _next_aggregate[0] += 1
        slot.value = _next_aggregate[0]
        _aggregates[slot.value] = instance
    instance = _aggregates[slot.value]
    try:
        method = instance.step
    except AttributeError as exc:
        _report(exc, type(instance))
        _error(ctx, "user-defined aggregate's 'step' method not defined")
        return
    try:
        method(*_values.callback_arguments(argc, argv))
    except BaseException as exc:
        _report(exc, type(instance))
        _error(ctx, "user-defined aggregate's 'step' method raised error")


def _final(ctx):
    slot = _slot(ctx, 0)
    if slot is None or slot.value == 0:
        return
    instance = _aggregates.pop(slot.value, None)
    message = "user-defined aggregate's 'finalize' method raised error"
    try:
        result = instance.finalize()
    except BaseException as exc:
        _report(exc, type(instance))
        _error(ctx, message)
        return
    _set_result(ctx, result, message, type(instance))


def _collation(key, size1, text1, size2, text2):
    func = _registry.get(key)
    try:
        result = func(_capi.text_at(text1, size1).decode("utf-8"),
                      _capi.text_at(text2, size2).decode("utf-8"))
        if not isinstance(result, int):
            result = result.__index__()
    except BaseException as exc:
        _report(exc, func)
        return 0
    return (result > 0) - (result < 0)


def _decode(raw):
    return raw.decode("utf-8") if raw is not None else None


def _authorizer(key, action, arg1, arg2, db_name, trigger):
    func = _registry.get(key)
    try:
        result = func(action, _decode(arg1), _decode(arg2), _decode(db_name), _decode(trigger))
        if not isinstance(result, int):
            raise TypeError("authorizer callback must return an integer")
        return result
    except BaseException as exc:
        _report(exc, func)
        return 1  # SQLITE_DENY


def _progress(key):
    func = _registry.get(key)
    try:
        return 1 if func() else 0
    except BaseException as exc:
        _report(exc)
        return 1


def _trace(event, key, stmt, sql):
    func = _registry.get(key)
    try:
        text = ctypes.string_at(sql) if sql else None
        if text is None or not text.startswith(b"--"):
            expanded = _capi.expanded_sql(stmt)
            if expanded:
                text = ctypes.string_at(expanded)
                _capi.free(expanded)
        func(text.decode("utf-8", "replace"))
    except BaseException as exc:
        _report(exc)
    return 0


function_cb = _capi.FUNC_CB(_function)
step_cb = _capi.FUNC_CB(_step)
final_cb = _capi.FINAL_CB(_final)
collation_cb = _capi.COLLATION_CB(_collation)
authorizer_cb = _capi.AUTHORIZER_CB(_authorizer)
progress_cb = _capi.PROGRESS_CB(_progress)
trace_cb = _capi.TRACE_CB(_trace)
