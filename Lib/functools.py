"""Higher-order functions and operations on callables (pure Python)."""

from _thread import RLock as _RLock

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'partialmethod', 'singledispatch', 'singledispatchmethod',
           'cached_property']

_MappingProxy = type(type.__dict__)
_missing = object()

# -- update_wrapper / wraps ----------------------------------------------------

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS,
                   updated=WRAPPER_UPDATES):
    """Make wrapper look like wrapped: copy metadata, set __wrapped__."""
    for name in assigned:
        try:
            value = getattr(wrapped, name)
        except AttributeError:
            continue
        setattr(wrapper, name, value)
    for name in updated:
        getattr(wrapper, name).update(getattr(wrapped, name, {}))
    # Set last, so a __wrapped__ copied from wrapped.__dict__ is replaced.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator form of update_wrapper()."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned,
                   updated=updated)


# -- total_ordering ------------------------------------------------------------

def _derive(op, base):
    """Build comparison `op` from the defined comparison `base`."""
    # Each rule: (uses reflected-not?, combine) expressed directly.
    def via_lt_gt(self, other):
        r = getattr(type(self), base)(self, other)
        if r is NotImplemented:
            return r
        return not r and self != other

    def via_lt_le(self, other):
        r = getattr(type(self), base)(self, other)
        if r is NotImplemented:
            return r
        return r or self == other

    def via_not(self, other):
        r = getattr(type(self), base)(self, other)
        if r is NotImplemented:
            return r
        return not r

    table = {
        # base '__lt__'
        ('__gt__', '__lt__'): via_lt_gt, ('__le__', '__lt__'): via_lt_le,
        ('__ge__', '__lt__'): via_not,
        # base '__le__'
        ('__ge__', '__le__'): None, ('__lt__', '__le__'): None,
        ('__gt__', '__le__'): via_not,
        # base '__gt__'
        ('__lt__', '__gt__'): via_lt_gt, ('__ge__', '__gt__'): via_lt_le,
        ('__le__', '__gt__'): via_not,
        # base '__ge__'
        ('__le__', '__ge__'): None, ('__gt__', '__ge__'): None,
        ('__lt__', '__ge__'): via_not,
    }
    fn = table[(op, base)]
    if fn is None:
        # base is <= or >=: a>=b from <= is (not a<=b) or a==b;
        # a<b from <= is a<=b and a!=b.
        if (op, base) in (('__ge__', '__le__'), ('__le__', '__ge__')):
            def fn(self, other):
                r = getattr(type(self), base)(self, other)
                if r is NotImplemented:
                    return r
                return not r or self == other
        else:
            def fn(self, other):
                r = getattr(type(self), base)(self, other)
                if r is NotImplemented:
                    return r
                return r and self != other
    fn.__name__ = op
    fn.__qualname__ = op
    return fn


def total_ordering(cls):
    """Class decorator filling in missing ordering methods from one."""
    roots = {op for op in ('__lt__', '__le__', '__gt__', '__ge__')
             if getattr(cls, op, None) is not getattr(object, op, None)}
    if not roots:
        raise ValueError('must define at least one ordering operation: '
                         '< > <= >=')
    for base in ('__lt__', '__le__', '__gt__', '__ge__'):
        if base in roots:
            break
    for op in ('__lt__', '__le__', '__gt__', '__ge__'):
        if op not in roots:
            method = _derive(op, base)
            method.__doc__ = getattr(int, op).__doc__
            setattr(cls, op, method)
    return cls


# -- cmp_to_key ------------------------------------------------------------------

def cmp_to_key(mycmp):
    """Convert an old-style cmp function into a key function."""
    class K(object):
        __slots__ = ['obj']

        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

        __hash__ = None
    K.__name__ = K.__qualname__ = 'KeyWrapper'
    K.__module__ = 'functools'
    return K


# -- reduce ---------------------------------------------------------------------

def reduce(function, sequence, initial=_missing):
    """reduce(function, iterable[, initial]) -> value

    Apply a two-argument function cumulatively, left to right.
    """
    try:
        it = iter(sequence)
    except TypeError:
        raise TypeError('reduce() arg 2 must support iteration') from None
    if initial is _missing:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError('reduce() of empty iterable with no initial '
                            'value') from None
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


# -- partial ----------------------------------------------------------------------

class partial:
    """New function with partial application of the given arguments."""

    __slots__ = ('func', 'args', 'keywords', '__dict__', '__weakref__')

    def __new__(cls, func, /, *args, **keywords):
        if not callable(func):
            raise TypeError('the first argument must be callable')
        if isinstance(func, partial) and type(func).__call__ is partial.__call__:
            # Flatten: partial(partial(f, 1), 2) == partial(f, 1, 2)
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self = super().__new__(cls)
        self.func = func
        self.args = args
        self.keywords = keywords
        return self

    def __call__(self, /, *args, **keywords):
        keywords = {**self.keywords, **keywords}
        return self.func(*self.args, *args, **keywords)

    def __repr__(self):
        name = type(self).__qualname__
        module = type(self).__module__
        parts = [repr(self.func)]
        parts.extend(repr(a) for a in self.args)
        parts.extend('%s=%r' % (k, v) for k, v in self.keywords.items())
        if module == 'functools' or module.endswith('_functools'):
            name = 'functools.' + name
        return '%s(%s)' % (name, ', '.join(parts))

    def __reduce__(self):
        return (type(self), (self.func,),
                (self.func, self.args, self.keywords or None,
                 self.__dict__ or None))

    def __setstate__(self, state):
        if not isinstance(state, tuple) or len(state) != 4:
            raise TypeError('invalid partial state')
        func, args, kwds, namespace = state
        if (not callable(func) or not isinstance(args, tuple) or
                (kwds is not None and not isinstance(kwds, dict)) or
                (namespace is not None and not isinstance(namespace, dict))):
            raise TypeError('invalid partial state')
        self.func = func
        self.args = tuple(args)
        self.keywords = dict(kwds) if kwds else {}
        if namespace:
            self.__dict__.update(namespace)

    def __class_getitem__(cls, item):
        return cls


class partialmethod:
    """Method descriptor with partial application of the given arguments."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError('{!r} is not callable or a descriptor'
                            .format(func))
        if isinstance(func, partialmethod):
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(a) for a in self.args)
        parts.extend('%s=%r' % (k, v) for k, v in self.keywords.items())
        return '%s.%s(%s)' % (self.__module__.replace('swiftpy_', ''),
                              type(self).__qualname__, ', '.join(parts))

    def _make_unbound_method(self):
        def _method(cls_or_self, /, *args, **keywords):
            keywords = {**self.keywords, **keywords}
            return self.func(cls_or_self, *self.args, *args, **keywords)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        get = getattr(self.func, '__get__', None)
        result = None
        if get is not None:
            bound = get(obj, cls)
            if bound is not self.func:
                result = partial(bound, *self.args, **self.keywords)
                try:
                    result.__self__ = bound.__self__
                except AttributeError:
                    pass
        if result is None:
            result = self._make_unbound_method().__get__(obj, cls)
        return result

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)

    def __class_getitem__(cls, item):
        return cls


# -- lru_cache --------------------------------------------------------------------

class _CacheInfo(tuple):
    """CacheInfo(hits, misses, maxsize, currsize) as a named 4-tuple."""

    __slots__ = ()
    _fields = ('hits', 'misses', 'maxsize', 'currsize')

    def __new__(cls, hits, misses, maxsize, currsize):
        return tuple.__new__(cls, (hits, misses, maxsize, currsize))

    hits = property(lambda self: self[0])
    misses = property(lambda self: self[1])
    maxsize = property(lambda self: self[2])
    currsize = property(lambda self: self[3])

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __repr__(self):
        return 'CacheInfo(hits=%r, misses=%r, maxsize=%r, currsize=%r)' % self

    def __getnewargs__(self):
        return tuple(self)


_CacheInfo.__name__ = _CacheInfo.__qualname__ = 'CacheInfo'


class _HashedSeq(list):
    """Key list that hashes once (avoids rehashing the tuple)."""

    __slots__ = 'hashvalue'

    def __init__(self, tup, hash=hash):
        self[:] = tup
        self.hashvalue = hash(tup)

    def __hash__(self):
        return self.hashvalue


def _make_key(args, kwds, typed, kwd_mark=(object(),),
              fasttypes={int, str}):
    """Build a hashable key from call arguments (flat, like CPython)."""
    key = args
    if kwds:
        key += kwd_mark
        for item in kwds.items():
            key += item
    if typed:
        key += tuple(type(v) for v in args)
        if kwds:
            key += tuple(type(v) for v in kwds.values())
    elif len(key) == 1 and type(key[0]) in fasttypes:
        return key[0]
    return _HashedSeq(key)


def lru_cache(maxsize=128, typed=False):
    """Least-recently-used cache decorator.

    maxsize=None means unbounded; typed=True caches f(3) and f(3.0)
    separately.  The wrapper has cache_info(), cache_clear() and
    cache_parameters().
    """
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        wrapper = _lru_wrapper(user_function, maxsize, typed)
        wrapper.cache_parameters = lambda: {'maxsize': maxsize,
                                            'typed': typed}
        return update_wrapper(wrapper, user_function)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a '
                        'callable, or None')

    def decorating_function(user_function):
        wrapper = _lru_wrapper(user_function, maxsize, typed)
        wrapper.cache_parameters = lambda: {'maxsize': maxsize,
                                            'typed': typed}
        return update_wrapper(wrapper, user_function)
    return decorating_function


def _lru_wrapper(user_function, maxsize, typed):
    # The cache dict keeps recency order: a hit moves its key to the end,
    # and the first key is the least recently used.
    cache = {}
    stats = [0, 0]          # hits, misses
    lock = _RLock()

    if maxsize == 0:
        def wrapper(*args, **kwds):
            stats[1] += 1
            return user_function(*args, **kwds)
    elif maxsize is None:
        def wrapper(*args, **kwds):
            key = _make_key(args, kwds, typed)
            result = cache.get(key, _missing)
            if result is not _missing:
                stats[0] += 1
                return result
            stats[1] += 1
            result = user_function(*args, **kwds)
            cache[key] = result
            return result
    else:
        def wrapper(*args, **kwds):
            key = _make_key(args, kwds, typed)
            with lock:
                result = cache.pop(key, _missing)
                if result is not _missing:
                    cache[key] = result
                    stats[0] += 1
                    return result
                stats[1] += 1
            result = user_function(*args, **kwds)
            with lock:
                if key in cache:
                    # A recursive or concurrent call already stored it.
                    pass
                else:
                    if len(cache) >= maxsize:
                        del cache[next(iter(cache))]
                    cache[key] = result
            return result

    def cache_info():
        """Report cache statistics."""
        with lock:
            return _CacheInfo(stats[0], stats[1], maxsize, len(cache))

    def cache_clear():
        """Clear the cache and cache statistics."""
        with lock:
            cache.clear()
            stats[0] = stats[1] = 0

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    return wrapper


def cache(user_function, /):
    'Simple lightweight unbounded cache.  Sometimes called "memoize".'
    return lru_cache(maxsize=None)(user_function)


# -- singledispatch -----------------------------------------------------------------

def _find_impl(cls, registry):
    """Pick the registered implementation for cls.

    Follows cls.__mro__; ABCs in the registry are inserted after the last
    class in the MRO that is a subclass of them.
    """
    mro = list(getattr(cls, '__mro__', (cls, object)))
    abcs = [t for t in registry
            if t not in mro and isinstance(t, type) and _safe_subclass(cls, t)]
    # Drop ABCs that are superclasses of another matching ABC.
    abcs = [t for t in abcs
            if not any(o is not t and _safe_subclass(o, t) for o in abcs)]
    for abc in abcs:
        pos = len(mro)
        for i in range(len(mro) - 1, -1, -1):
            if _safe_subclass(mro[i], abc):
                pos = i + 1
                break
        # never after object
        if pos >= len(mro) and mro and mro[-1] is object:
            pos = len(mro) - 1
        mro.insert(pos, abc)
    match = None
    for t in mro:
        if match is not None:
            if (t in registry and t not in getattr(cls, '__mro__', ())
                    and match not in getattr(cls, '__mro__', ())
                    and not _safe_subclass(match, t)):
                raise RuntimeError('Ambiguous dispatch: {} or {}'
                                   .format(match, t))
            break
        if t in registry:
            match = t
    return registry.get(match)


def _safe_subclass(a, b):
    try:
        return issubclass(a, b)
    except TypeError:
        return False


def _is_union(t):
    return type(t).__name__ in ('UnionType', '_UnionGenericAlias') and \
        hasattr(t, '__args__')


def singledispatch(func):
    """Single-dispatch generic function decorator (dispatch on arg 1)."""
    registry = {}
    cache = {}
    cache_token = [None]

    def dispatch(cls):
        """Return the implementation registered for cls."""
        token = _abc_token()
        if cache_token[0] != token:
            cache.clear()
            cache_token[0] = token
        try:
            return cache[cls]
        except KeyError:
            pass
        except TypeError:
            return registry.get(cls) or _find_impl(cls, registry)
        impl = registry.get(cls)
        if impl is None:
            impl = _find_impl(cls, registry)
        cache[cls] = impl
        return impl

    def _valid_type(cls):
        return isinstance(cls, type)

    def register(cls, func=None):
        """Register func as the implementation for cls."""
        if _valid_type(cls) or _is_union(cls):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError(
                    "Invalid first argument to `register()`. "
                    "{!r} is not a class or union type.".format(cls))
            ann = getattr(cls, '__annotations__', {})
            if not ann:
                raise TypeError(
                    "Invalid first argument to `register()`: {!r}. Use "
                    "either `@register(some_class)` or plain `@register` on "
                    "an annotated function.".format(cls))
            func = cls
            argname, cls = next(iter(ann.items()))
            if isinstance(cls, str):
                try:
                    cls = func.__globals__[cls]
                except (AttributeError, KeyError):
                    try:
                        import builtins
                        cls = getattr(builtins, cls)
                    except AttributeError:
                        raise TypeError(
                            "Invalid annotation for {!r}. {!r} is not a "
                            "class.".format(argname, cls)) from None
            if not (_valid_type(cls) or _is_union(cls)):
                raise TypeError("Invalid annotation for {!r}. {!r} is not a "
                                "class.".format(argname, cls))
        if _is_union(cls):
            for arg in cls.__args__:
                registry[arg] = func
        else:
            registry[cls] = func
        cache.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError('{} requires at least 1 positional argument'
                            .format(funcname))
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, '__name__', 'singledispatch function')
    registry[object] = func
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = _MappingProxy(registry)
    wrapper._clear_cache = cache.clear
    update_wrapper(wrapper, func)
    return wrapper


def _abc_token():
    try:
        from abc import get_cache_token
    except ImportError:
        return None
    return get_cache_token()


class singledispatchmethod:
    """Single-dispatch generic method descriptor."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError('{!r} is not callable or a descriptor'
                            .format(func))
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        """Register method as the implementation for cls."""
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        def _method(*args, **kwargs):
            method = self.dispatcher.dispatch(args[0].__class__)
            return method.__get__(obj, cls)(*args, **kwargs)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


# -- cached_property ------------------------------------------------------------------

class cached_property:
    """Property computed once per instance, then stored in its __dict__."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__
        self.lock = _RLock()

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                'Cannot assign the same cached_property to two different '
                'names ({!r} and {!r}).'.format(self.attrname, name))

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError('Cannot use cached_property instance without '
                            'calling __set_name__ on it.')
        try:
            cache = instance.__dict__
        except AttributeError:
            raise TypeError(
                "No '__dict__' attribute on {!r} instance to cache {!r} "
                "property.".format(type(instance).__name__, self.attrname)
            ) from None
        val = cache.get(self.attrname, _missing)
        if val is _missing:
            with self.lock:
                val = cache.get(self.attrname, _missing)
                if val is _missing:
                    val = self.func(instance)
                    try:
                        cache[self.attrname] = val
                    except TypeError:
                        raise TypeError(
                            "The '__dict__' attribute on {!r} instance does "
                            "not support item assignment for caching {!r} "
                            "property.".format(type(instance).__name__,
                                               self.attrname)) from None
        return val

    def __class_getitem__(cls, item):
        return cls

# CPython's partial is a C type named 'functools.partial' in messages built from tp_name.
from _typenames import set_type_name as _set_type_name
_set_type_name(partial, 'functools.partial')
del _set_type_name
