"""Abstract Base Classes (pure Python, built on `type`).

ABCMeta keeps, per class, a registry of virtual subclasses plus positive and
negative subclass-check caches.  Registering anywhere bumps a global
invalidation counter that makes every negative cache stale.
"""

from _weakref import ref as _ref
try:
    from _abc_tpflags import set_collection_flags as _set_collection_flags, COLLECTION_FLAGS as _COLLECTION_FLAGS
except ImportError:   # under another interpreter (Lib/tests runs these modules on CPython)
    _COLLECTION_FLAGS = (1 << 5) | (1 << 6)     # Py_TPFLAGS_SEQUENCE | Py_TPFLAGS_MAPPING

    def _set_collection_flags(cls, flags, replace):
        return False


def abstractmethod(funcobj):
    """Mark a method abstract; its class cannot be instantiated until it
    is overridden (ABCMeta records it in __abstractmethods__)."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """Deprecated: use classmethod with abstractmethod."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    """Deprecated: use staticmethod with abstractmethod."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    """Deprecated: use property with abstractmethod."""

    __isabstractmethod__ = True


class _WeakClassSet:
    """A set of classes held by weak reference (entries vanish with them)."""

    __slots__ = ('_refs', '__weakref__')

    def __init__(self):
        self._refs = set()

    def add(self, cls):
        refs = self._refs
        self_ref = _ref(self)

        def forget(r, self_ref=self_ref):
            owner = self_ref()
            if owner is not None:
                owner._refs.discard(r)
        refs.add(_ref(cls, forget))

    def __contains__(self, cls):
        try:
            return _ref(cls) in self._refs
        except TypeError:
            return False

    def __iter__(self):
        for r in list(self._refs):
            cls = r()
            if cls is not None:
                yield cls

    def __len__(self):
        return len(self._refs)

    def clear(self):
        self._refs.clear()


def _abstract_names(cls, namespace=None):
    """Names of abstract methods of cls not overridden concretely."""
    names = set()
    items = namespace.items() if namespace is not None else \
        cls.__dict__.items()
    for name, value in items:
        if getattr(value, "__isabstractmethod__", False):
            names.add(name)
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            value = getattr(cls, name, None)
            if getattr(value, "__isabstractmethod__", False):
                names.add(name)
    return frozenset(names)


def _set_collection_flag_recursive(cls, flag):
    """A registered virtual subclass of Sequence/Mapping and its subclasses take its
    pattern-matching kind (CPython's set_collection_flag_recursive)."""
    if cls.__flags__ & _COLLECTION_FLAGS == flag:
        return
    if not _set_collection_flags(cls, flag, True):
        return      # an immutable (built-in) type keeps its own kind
    for sub in type.__subclasses__(cls):
        _set_collection_flag_recursive(sub, flag)


class ABCMeta(type):
    """Metaclass for abstract base classes; supports register()."""

    # Bumped by every register(): invalidates all negative caches.
    _abc_invalidation_counter = 0

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        # collections.abc.Sequence / Mapping: the class (and, by inheritance, its
        # subclasses) match sequence / mapping patterns; the attribute is consumed
        if '__abc_tpflags__' in cls.__dict__:
            flags = cls.__dict__['__abc_tpflags__']
            if type(flags) is int:
                _set_collection_flags(cls, flags, False)
            delattr(cls, '__abc_tpflags__')
        cls.__abstractmethods__ = _abstract_names(cls)
        cls._abc_registry = _WeakClassSet()
        cls._abc_cache = _WeakClassSet()
        cls._abc_negative_cache = _WeakClassSet()
        cls._abc_negative_cache_version = ABCMeta._abc_invalidation_counter
        return cls

    def register(cls, subclass):
        """Register a virtual subclass; returns it (usable as decorator)."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass     # already a subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry.add(subclass)
        ABCMeta._abc_invalidation_counter += 1
        flag = cls.__flags__ & _COLLECTION_FLAGS
        if flag:
            _set_collection_flag_recursive(subclass, flag)
        return subclass

    def _dump_registry(cls, file=None):
        """Debug helper: print the registry and caches."""
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)
        for name in ('_abc_registry', '_abc_cache', '_abc_negative_cache',
                     '_abc_negative_cache_version'):
            value = getattr(cls, name)
            if isinstance(value, _WeakClassSet):
                value = set(value)
            print(f"{name}: {value!r}", file=file)

    def _abc_registry_clear(cls):
        """Clear the registry (for debugging or testing)."""
        cls._abc_registry.clear()

    def _abc_caches_clear(cls):
        """Clear the caches (for debugging or testing)."""
        cls._abc_cache.clear()
        cls._abc_negative_cache.clear()

    def __instancecheck__(cls, instance):
        """isinstance(instance, cls), honouring virtual subclasses."""
        subclass = instance.__class__
        if subclass in cls._abc_cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            if (cls._abc_negative_cache_version ==
                    ABCMeta._abc_invalidation_counter and
                    subclass in cls._abc_negative_cache):
                return False
            return cls.__subclasscheck__(subclass)
        return any(cls.__subclasscheck__(c) for c in (subclass, subtype))

    def __subclasscheck__(cls, subclass):
        """issubclass(subclass, cls), honouring virtual subclasses."""
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        if subclass in cls._abc_cache:
            return True
        if cls._abc_negative_cache_version < ABCMeta._abc_invalidation_counter:
            cls._abc_negative_cache = _WeakClassSet()
            cls._abc_negative_cache_version = \
                ABCMeta._abc_invalidation_counter
        elif subclass in cls._abc_negative_cache:
            return False
        ok = cls.__subclasshook__(subclass)
        if ok is not NotImplemented:
            if not isinstance(ok, bool):
                raise AssertionError("__subclasshook__ must return either "
                                     "False, True, or NotImplemented")
            if ok:
                cls._abc_cache.add(subclass)
            else:
                cls._abc_negative_cache.add(subclass)
            return ok
        # A real subclass?
        if cls in getattr(subclass, '__mro__', ()):
            cls._abc_cache.add(subclass)
            return True
        # A subclass of a registered class?
        for rcls in cls._abc_registry:
            if issubclass(subclass, rcls):
                cls._abc_cache.add(subclass)
                return True
        # A subclass of one of our subclasses (recursively)?
        for scls in type.__subclasses__(cls):
            if issubclass(subclass, scls):
                cls._abc_cache.add(subclass)
                return True
        cls._abc_negative_cache.add(subclass)
        return False


def get_cache_token():
    """Token that changes whenever any ABC's registry changes."""
    return ABCMeta._abc_invalidation_counter


def update_abstractmethods(cls):
    """Recompute cls.__abstractmethods__ after adding methods later."""
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    cls.__abstractmethods__ = _abstract_names(cls)
    return cls


class ABC(metaclass=ABCMeta):
    """Helper base: `class C(ABC)` makes C an abstract base class."""

    __slots__ = ()
