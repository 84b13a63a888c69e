"""Context variables (PEP 567), written for SwiftPy in Python.

Each thread has a current Context (a fresh empty one at first use). A Context maps ContextVar
objects to values through a dict that is replaced, never mutated, on set() -- so copy() is
O(1) and copies never see later changes of the original."""

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')

import threading


class _ThreadState(threading.local):
    context = None


_state = _ThreadState()
_MISSING = object()


def _current():
    ctx = _state.context
    if ctx is None:
        ctx = _state.context = Context()
    return ctx


def copy_context():
    """A copy of the current context."""
    return _current().copy()


class Context:
    """A mapping of ContextVars to values; run() executes code with it as the current context."""

    __slots__ = ('_data', '_prev', '_entered')

    def __init__(self):
        self._data = {}
        self._prev = None
        self._entered = False

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type '_contextvars.Context' is not an acceptable base type")

    def run(self, callable, /, *args, **kwargs):
        if self._entered:
            raise RuntimeError(f'cannot enter context: {self} is already entered')
        self._prev = _state.context
        self._entered = True
        _state.context = self
        try:
            return callable(*args, **kwargs)
        finally:
            _state.context = self._prev
            self._prev = None
            self._entered = False

    def copy(self):
        new = Context()
        new._data = self._data
        return new

    def _check_key(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")

    def __getitem__(self, var):
        self._check_key(var)
        return self._data[var]

    def get(self, var, default=None):
        self._check_key(var)
        return self._data.get(var, default)

    def __contains__(self, var):
        self._check_key(var)
        return var in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._data == other._data

    __hash__ = None


class Token:
    """Returned by ContextVar.set(); ContextVar.reset(token) restores the previous value."""

    __slots__ = ('_ctx', '_var', '_old_value', '_used')

    MISSING = _MISSING

    def __init__(self, ctx, var, old_value):
        self._ctx = ctx
        self._var = var
        self._old_value = old_value
        self._used = False

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type '_contextvars.Token' is not an acceptable base type")

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old_value

    def __repr__(self):
        used = ' used' if self._used else ''
        return f'<Token{used} var={self._var!r} at 0x{id(self):x}>'


class _MissingRepr:
    def __repr__(self):
        return '<Token.MISSING>'


Token.MISSING = _MISSING = _MissingRepr()


class ContextVar:
    """A variable whose value depends on the current Context."""

    __slots__ = ('_name', '_default', '__weakref__')

    def __init__(self, name, *, default=_MISSING):
        if not isinstance(name, str):
            raise TypeError("context variable name must be a str")
        self._name = name
        self._default = default

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type '_contextvars.ContextVar' is not an acceptable base type")

    @property
    def name(self):
        return self._name

    def get(self, default=_MISSING):
        data = _current()._data
        if self in data:
            return data[self]
        if default is not _MISSING:
            return default
        if self._default is not _MISSING:
            return self._default
        raise LookupError(self)

    def set(self, value):
        ctx = _current()
        data = ctx._data
        old = data.get(self, _MISSING)
        new = dict(data)
        new[self] = value
        ctx._data = new
        return Token(ctx, self, old)

    def reset(self, token):
        if not isinstance(token, Token):
            raise TypeError(f"expected an instance of Token, got {token!r}")
        if token._used:
            raise RuntimeError(f"{token!r} has already been used once")
        if token._var is not self:
            raise ValueError(f"{token!r} was created by a different ContextVar")
        ctx = _current()
        if token._ctx is not ctx:
            raise ValueError(f"{token!r} was created in a different Context")
        new = dict(ctx._data)
        if token._old_value is _MISSING:
            new.pop(self, None)
        else:
            new[self] = token._old_value
        ctx._data = new
        token._used = True

    def __repr__(self):
        default = '' if self._default is _MISSING else f' default={self._default!r}'
        return f'<ContextVar name={self._name!r}{default} at 0x{id(self):x}>'

    def __class_getitem__(cls, item):
        return cls

    def __hash__(self):
        return object.__hash__(self)

# CPython's classes are C types named '_contextvars.Context' etc. in messages built from tp_name.
from _typenames import set_type_name as _set_type_name
for _cls in (Context, ContextVar, Token):
    _set_type_name(_cls, '_contextvars.' + _cls.__name__)
del _cls, _set_type_name
