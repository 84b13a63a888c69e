"""Data classes: generate __init__, __repr__, __eq__ and friends from
annotated class attributes (PEP 557), as in CPython 3.11."""

import sys
import copy
import types
import keyword
import functools
from reprlib import recursive_repr

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar',
           'KW_ONLY', 'MISSING', 'fields', 'asdict', 'astuple',
           'make_dataclass', 'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    """Raised when assigning to a field of a frozen dataclass."""


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _MISSING_TYPE:
    """Type of MISSING: 'no value given' for default/default_factory."""


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    """Type of KW_ONLY: annotate `_: KW_ONLY` to make later fields
    keyword-only."""


KW_ONLY = _KW_ONLY_TYPE()

_EMPTY_METADATA = types.MappingProxyType({})


class _FieldKind:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FieldKind('_FIELD')
_FIELD_CLASSVAR = _FieldKind('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FieldKind('_FIELD_INITVAR')

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'


class InitVar:
    """Marks a pseudo-field passed to __init__ and __post_init__ only."""

    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            name = self.type.__name__
        else:
            name = repr(self.type)
        return f'dataclasses.InitVar[{name}]'

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    """Description of one dataclass field (see field())."""

    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr',
                 'hash', 'init', 'compare', 'metadata', 'kw_only',
                 '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare,
                 metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = (_EMPTY_METADATA if metadata is None else
                         types.MappingProxyType(metadata))
        self.kw_only = kw_only
        self._field_type = None

    @recursive_repr()
    def __repr__(self):
        return ('Field('
                f'name={self.name!r},'
                f'type={self.type!r},'
                f'default={self.default!r},'
                f'default_factory={self.default_factory!r},'
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'hash={self.hash!r},'
                f'compare={self.compare!r},'
                f'metadata={self.metadata!r},'
                f'kw_only={self.kw_only!r},'
                f'_field_type={self._field_type}'
                ')')

    def __set_name__(self, owner, name):
        # Let a descriptor used as a default see its name too.
        hook = getattr(type(self.default), '__set_name__', None)
        if hook:
            hook(self.default, owner, name)

    __class_getitem__ = classmethod(types.GenericAlias)


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ('_DataclassParams('
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'eq={self.eq!r},'
                f'order={self.order!r},'
                f'unsafe_hash={self.unsafe_hash!r},'
                f'frozen={self.frozen!r}'
                ')')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Configure one field: default or default_factory, and whether it
    takes part in __init__, __repr__, comparisons and hashing."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare,
                 metadata, kw_only)


# -- annotation classification ---------------------------------------------------

def _is_classvar(annotation):
    typing = sys.modules.get('typing')
    if typing is None:
        return False
    classvar = getattr(typing, 'ClassVar', None)
    return (annotation is classvar or
            getattr(annotation, '__origin__', None) is classvar)


def _string_names(annotation, module_name):
    """Split string annotation 'X[...]' or 'mod.X[...]' into (prefix or
    None, name)."""
    text = annotation.strip()
    head = text.split('[', 1)[0].strip()
    if '.' in head:
        prefix, name = head.rsplit('.', 1)
    else:
        prefix, name = None, head
    return prefix, name


def _string_is(annotation, cls, module_attr, kind):
    """Does string annotation refer to typing.ClassVar / dataclasses.InitVar
    (kind) as seen from the class's module?"""
    prefix, name = _string_names(annotation, cls.__module__)
    module = sys.modules.get(cls.__module__)
    ns = module.__dict__ if module else {}
    if prefix is None:
        return ns.get(name) is kind or (kind is not None and
                                        getattr(ns.get(name), '__origin__',
                                                None) is kind)
    target = ns.get(prefix)
    return target is not None and getattr(target, name, None) is kind


def _classify(cls, name, annotation):
    if isinstance(annotation, str):
        typing = sys.modules.get('typing')
        if typing is not None and _string_is(annotation, cls, 'typing',
                                             typing.ClassVar):
            return _FIELD_CLASSVAR
        if _string_is(annotation, cls, 'dataclasses', InitVar) or \
                _string_is(annotation, cls, 'dataclasses',
                           sys.modules[__name__].InitVar):
            return _FIELD_INITVAR
        return _FIELD
    if _is_classvar(annotation):
        return _FIELD_CLASSVAR
    if annotation is InitVar or type(annotation) is InitVar:
        return _FIELD_INITVAR
    return _FIELD


def _is_kw_only_marker(cls, annotation):
    if annotation is KW_ONLY:
        return True
    if isinstance(annotation, str):
        return _string_is(annotation, cls, 'dataclasses', KW_ONLY)
    return False


def _make_field(cls, name, annotation, kw_only):
    default = getattr(cls, name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        if isinstance(default, types.MemberDescriptorType):
            default = MISSING         # a __slots__ entry, not a default
        f = field(default=default)
    f.name = name
    f.type = annotation
    f._field_type = _classify(cls, name, annotation)
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError(f'field {f.name} cannot have a '
                            'default factory')
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = kw_only
    else:
        if f.kw_only is not MISSING:
            raise TypeError(f'field {f.name} is a ClassVar but specifies '
                            'kw_only')
    if f._field_type is _FIELD and f.default.__class__.__hash__ is None:
        raise ValueError(f'mutable default {type(f.default)} for field '
                         f'{f.name} is not allowed: use default_factory')
    return f


# -- code generation ---------------------------------------------------------------

def _compile(name, args, body, *, globals, locals, return_type=MISSING,
             qualname=None):
    """Compile `def name(args): body` and return the function."""
    if not body:
        body = ['pass']
    ret = '' if return_type is MISSING else ' -> __dataclass_return_type__'
    locals = dict(locals)
    if return_type is not MISSING:
        locals['__dataclass_return_type__'] = return_type
    inner = f'def {name}({", ".join(args)}){ret}:\n' + \
        '\n'.join('  ' + line for line in body)
    local_names = ', '.join(locals)
    source = f'def __create_fn__({local_names}):\n' + \
        '\n'.join(' ' + line for line in inner.split('\n')) + \
        f'\n return {name}'
    namespace = {}
    exec(source, globals, namespace)
    fn = namespace['__create_fn__'](**locals)
    if qualname is not None:
        fn.__qualname__ = qualname
    return fn


def _init_fn(cls, fields, std_fields, kw_fields, frozen, has_post_init,
             self_name, globals, slots):
    seen_default = False
    for f in std_fields:
        if f.init:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = True
            elif seen_default:
                raise TypeError(f'non-default argument {f.name!r} '
                                'follows default argument')
    locals = {f'_type_{f.name}': f.type for f in fields}
    locals.update({'MISSING': MISSING,
                   '_HAS_DEFAULT_FACTORY': _HAS_DEFAULT_FACTORY,
                   '__dataclass_builtins_object__': object})
    body = []
    for f in fields:
        line = _init_assignment(f, frozen, locals, self_name, slots)
        if line:
            body.append(line)
    if has_post_init:
        params = ', '.join(f.name for f in fields
                           if f._field_type is _FIELD_INITVAR)
        body.append(f'{self_name}.{_POST_INIT_NAME}({params})')
    args = [self_name] + [_init_param(f) for f in std_fields if f.init]
    if kw_fields:
        args.append('*')
        args += [_init_param(f) for f in kw_fields if f.init]
    return _compile('__init__', args, body, locals=locals, globals=globals,
                    return_type=None,
                    qualname=f'{cls.__qualname__}.__init__')


def _init_param(f):
    if f.default is MISSING and f.default_factory is MISSING:
        default = ''
    elif f.default is not MISSING:
        default = f'=__dataclass_dflt_{f.name}__'
    else:
        default = '=_HAS_DEFAULT_FACTORY'
    return f'{f.name}:_type_{f.name}{default}'


def _set_line(frozen, self_name, name, value):
    if frozen:
        return (f'__dataclass_builtins_object__.__setattr__({self_name},'
                f'{name!r},{value})')
    return f'{self_name}.{name}={value}'


def _init_assignment(f, frozen, locals, self_name, slots):
    factory_name = f'__dataclass_dflt_{f.name}__'
    if f.default_factory is not MISSING:
        locals[factory_name] = f.default_factory
        if f.init:
            value = (f'{factory_name}() if {f.name} is _HAS_DEFAULT_FACTORY '
                     f'else {f.name}')
        else:
            value = f'{factory_name}()'
    elif f.init:
        if f.default is not MISSING:
            locals[factory_name] = f.default
        value = f.name
    else:
        if slots and f.default is not MISSING:
            locals[factory_name] = f.default
            value = factory_name
        else:
            return None
    if f._field_type is _FIELD_INITVAR:
        return None
    return _set_line(frozen, self_name, f.name, value)


def _fields_tuple(obj_name, fields):
    if not fields:
        return '()'
    return '(' + ','.join(f'{obj_name}.{f.name}' for f in fields) + ',)'


def _repr_fn(fields, globals):
    shown = [f for f in fields if f.repr]
    parts = ', '.join(f'{f.name}={{self.{f.name}!r}}' for f in shown)
    fn = _compile('__repr__', ('self',),
                  [f'return self.__class__.__qualname__ + f"({parts})"'],
                  globals=globals, locals={})
    return recursive_repr()(fn)


def _cmp_fn(name, op, fields, globals):
    left = _fields_tuple('self', fields)
    right = _fields_tuple('other', fields)
    return _compile(name, ('self', 'other'),
                    ['if other.__class__ is self.__class__:',
                     f' return {left}{op}{right}',
                     'return NotImplemented'],
                    globals=globals, locals={})


def _hash_fn(fields, globals):
    return _compile('__hash__', ('self',),
                    [f'return hash({_fields_tuple("self", fields)})'],
                    globals=globals, locals={})


def _frozen_methods(cls, fields, globals):
    names = '(' + ','.join(repr(f.name) for f in fields) + \
        (',)' if fields else ')')
    locals = {'cls': cls, 'FrozenInstanceError': FrozenInstanceError}
    guard = f'if type(self) is cls or name in {names}:'
    setattr_fn = _compile('__setattr__', ('self', 'name', 'value'),
                          [guard,
                           ' raise FrozenInstanceError(f"cannot assign to '
                           'field {name!r}")',
                           'super(cls, self).__setattr__(name, value)'],
                          locals=locals, globals=globals)
    delattr_fn = _compile('__delattr__', ('self', 'name'),
                          [guard,
                           ' raise FrozenInstanceError(f"cannot delete '
                           'field {name!r}")',
                           'super(cls, self).__delattr__(name)'],
                          locals=locals, globals=globals)
    return setattr_fn, delattr_fn


def _set_new_attribute(cls, name, value):
    """Add value to cls unless cls defines name itself (True if so)."""
    if name in cls.__dict__:
        return True
    if callable(value) and hasattr(value, '__qualname__'):
        try:
            value.__qualname__ = f'{cls.__qualname__}.{value.__name__}'
        except (AttributeError, TypeError):
            pass
    setattr(cls, name, value)
    return False


# Hash decision table: (unsafe_hash, eq, frozen, has explicit __hash__).
def _hash_action(cls, fields, globals, unsafe_hash, eq, frozen,
                 has_explicit_hash):
    hash_fields = [f for f in fields
                   if (f.compare if f.hash is None else f.hash)]
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError(f'Cannot overwrite attribute __hash__ in class '
                            f'{cls.__name__}')
        return _hash_fn(hash_fields, globals)
    if eq and frozen:
        if has_explicit_hash:
            return MISSING
        return _hash_fn(hash_fields, globals)
    if eq and not frozen:
        return MISSING if has_explicit_hash else None
    return MISSING


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                   match_args, kw_only, slots, weakref_slot):
    fields = {}
    if cls.__module__ in sys.modules:
        globals = sys.modules[cls.__module__].__dict__
    else:
        globals = {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order,
                                           unsafe_hash, frozen))

    any_frozen_base = False
    has_dataclass_bases = False
    for base in cls.__mro__[-1:0:-1]:
        base_fields = getattr(base, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if getattr(base, _PARAMS).frozen:
                any_frozen_base = True

    annotations = cls.__dict__.get('__annotations__', {})
    own_fields = []
    kw_only_now = kw_only
    seen_marker = False
    for name, annotation in annotations.items():
        if _is_kw_only_marker(cls, annotation):
            if seen_marker:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY has '
                                'already been specified')
            seen_marker = True
            kw_only_now = True
            continue
        own_fields.append(_make_field(cls, name, annotation, kw_only_now))

    for f in own_fields:
        fields[f.name] = f
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)

    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f'{name!r} is a field but has no type '
                            'annotation')

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a '
                            'frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a '
                            'non-frozen one')

    setattr(cls, _FIELDS, fields)

    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or
                             (class_hash is None and '__eq__' in cls.__dict__))

    if order and not eq:
        raise ValueError('eq must be true if order is true')

    all_init = [f for f in fields.values()
                if f._field_type in (_FIELD, _FIELD_INITVAR)]
    std_init = [f for f in all_init if not f.kw_only]
    kw_init = [f for f in all_init if f.kw_only]
    if init:
        has_post_init = hasattr(cls, _POST_INIT_NAME)
        self_name = '__dataclass_self__' if 'self' in fields else 'self'
        _set_new_attribute(cls, '__init__',
                           _init_fn(cls, all_init, std_init, kw_init, frozen,
                                    has_post_init, self_name, globals,
                                    slots))

    real_fields = [f for f in fields.values() if f._field_type is _FIELD]
    if repr:
        _set_new_attribute(cls, '__repr__', _repr_fn(real_fields, globals))
    compared = [f for f in real_fields if f.compare]
    if eq:
        _set_new_attribute(cls, '__eq__',
                           _cmp_fn('__eq__', '==', compared, globals))
    if order:
        for name, op in (('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'),
                         ('__ge__', '>=')):
            if _set_new_attribute(cls, name,
                                  _cmp_fn(name, op, compared, globals)):
                raise TypeError(f'Cannot overwrite attribute {name} in '
                                f'class {cls.__name__}. Consider using '
                                'functools.total_ordering')
    if frozen:
        for fn in _frozen_methods(cls, real_fields, globals):
            if _set_new_attribute(cls, fn.__name__, fn):
                raise TypeError(f'Cannot overwrite attribute {fn.__name__} '
                                f'in class {cls.__name__}')

    new_hash = _hash_action(cls, real_fields, globals, unsafe_hash, eq,
                            frozen, has_explicit_hash)
    if new_hash is not MISSING:
        cls.__hash__ = new_hash

    if not getattr(cls, '__doc__'):
        try:
            import inspect
            text_sig = str(inspect.signature(cls)).replace(' -> None', '')
        except (TypeError, ValueError, ImportError):
            text_sig = ''
        cls.__doc__ = cls.__name__ + text_sig

    if match_args:
        _set_new_attribute(cls, '__match_args__',
                           tuple(f.name for f in std_init))

    if weakref_slot and not slots:
        raise TypeError('weakref_slot is True but slots is False')
    if slots:
        cls = _add_slots(cls, frozen, weakref_slot)
    try:
        import abc
        abc.update_abstractmethods(cls)
    except ImportError:
        pass
    return cls


def _add_slots(cls, is_frozen, weakref_slot):
    """Recreate cls with __slots__ for its fields."""
    cls_dict = dict(cls.__dict__)
    field_names = tuple(f.name for f in fields(cls))
    inherited = set()
    for base in cls.__mro__[1:-1]:
        for slot in getattr(base, '__slots__', ()) or ():
            inherited.add(slot)
    wanted = field_names + (('__weakref__',) if weakref_slot else ())
    cls_dict['__slots__'] = tuple(n for n in wanted if n not in inherited)
    for name in field_names:
        cls_dict.pop(name, None)
    cls_dict.pop('__dict__', None)
    cls_dict.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    new_cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        new_cls.__qualname__ = qualname
    if is_frozen:
        if '__getstate__' not in cls_dict:
            new_cls.__getstate__ = _frozen_get_del_state
        if '__setstate__' not in cls_dict:
            new_cls.__setstate__ = _frozen_set_new_state
    return new_cls


def _frozen_get_del_state(self):
    return [getattr(self, f.name) for f in fields(self)]


def _frozen_set_new_state(self, state):
    for f, value in zip(fields(self), state):
        object.__setattr__(self, f.name, value)


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True,
              kw_only=False, slots=False, weakref_slot=False):
    """Decorator turning a class with annotated fields into a dataclass."""
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash,
                              frozen, match_args, kw_only, slots,
                              weakref_slot)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """The Field objects of a dataclass (or instance), in order; no
    ClassVar or InitVar pseudo-fields."""
    try:
        all_fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or '
                        'instance') from None
    return tuple(f for f in all_fields.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """True for a dataclass or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def asdict(obj, *, dict_factory=dict):
    """Convert a dataclass instance to a dict, recursing into dataclasses,
    lists, tuples and dicts (other values are deep-copied)."""
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name),
                                                    dict_factory))
                             for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory),
                          _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    return copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """Convert a dataclass instance to a tuple, recursively."""
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name),
                                             tuple_factory)
                              for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory),
                          _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    return copy.deepcopy(obj)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True,
                   repr=True, eq=True, order=False, unsafe_hash=False,
                   frozen=False, match_args=True, kw_only=False, slots=False,
                   weakref_slot=False):
    """Create a dataclass from (name[, type[, Field]]) descriptions."""
    namespace = {} if namespace is None else namespace
    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name, tp = item, 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError(f'Invalid field: {item!r}')
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f'Field names must be valid identifiers: '
                            f'{name!r}')
        if keyword.iskeyword(name):
            raise TypeError(f'Field names must not be keywords: {name!r}')
        if name in seen:
            raise TypeError(f'Field name duplicated: {name!r}')
        seen.add(name)
        annotations[name] = tp

    def exec_body(ns):
        ns.update(namespace)
        ns.update(defaults)
        ns['__annotations__'] = annotations

    cls = types.new_class(cls_name, bases, {}, exec_body)
    try:
        cls.__module__ = sys._getframe(1).f_globals.get('__name__',
                                                         '__main__')
    except (AttributeError, ValueError):
        pass
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order,
                     unsafe_hash=unsafe_hash, frozen=frozen,
                     match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)


def replace(obj, /, **changes):
    """A new instance of obj's class with some fields changed."""
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with '
                                 'init=False, it cannot be specified with '
                                 'replace()')
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} must be specified "
                                 "with replace()")
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
