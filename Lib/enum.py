"""Enumerations for SwiftPy: Enum, IntEnum, StrEnum, Flag, IntFlag.

Design: the metaclass collects member definitions in a recording
namespace, builds the class without them, then materialises each member
in definition order.  Lookup tables on the class:
  _member_names_      canonical member names, in order (no aliases)
  _member_map_        every name (aliases included) -> member
  _value2member_map_  hashable value -> member
  _unhashable_values_ values that could not be hashed
Flags additionally track _flag_mask_ (all named bits), _singles_mask_
(bits named by single-bit members) and _all_bits_.
Observable behaviour (reprs, str, errors) follows CPython 3.11.
"""

import sys
import builtins as _builtins
from types import MappingProxyType, DynamicClassAttribute

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag',
           'IntFlag', 'ReprEnum', 'auto', 'unique', 'property', 'verify',
           'member', 'nonmember', 'FlagBoundary', 'STRICT', 'CONFORM',
           'EJECT', 'KEEP', 'global_flag_repr', 'global_enum_repr',
           'global_str', 'global_enum', 'EnumCheck', 'CONTINUOUS',
           'NAMED_FLAGS', 'UNIQUE', 'pickle_by_global_name',
           'pickle_by_enum_name', 'show_flag_values']

# Bound to the real classes once they exist; the metaclass checks them.
Enum = Flag = ReprEnum = None
STRICT = CONFORM = EJECT = KEEP = None

_ALLOWED_SUNDERS = frozenset([
    '_order_', '_generate_next_value_', '_numeric_repr_', '_missing_',
    '_ignore_', '_iter_member_', '_iter_member_by_value_',
    '_iter_member_by_def_'])


# -- small helpers -------------------------------------------------------------

def _is_dunder(name):
    return (len(name) > 4 and name.startswith('__') and name.endswith('__')
            and name[2] != '_' and name[-3] != '_')


def _is_sunder(name):
    return (len(name) > 2 and name[0] == '_' and name[-1] == '_'
            and name[1] != '_' and name[-2] != '_')


def _is_private(class_name, name):
    prefix = '_%s__' % class_name
    return (name.startswith(prefix) and len(name) > len(prefix)
            and not name.endswith('__'))


def _is_descriptor(obj):
    kind = type(obj)
    return (hasattr(kind, '__get__') or hasattr(kind, '__set__')
            or hasattr(kind, '__delete__'))


def _single_bit(n):
    return n > 0 and n & (n - 1) == 0


def _bits_low_to_high(n):
    """Yield each set bit of a non-negative int, lowest first."""
    if n < 0:
        raise ValueError('%r is not a positive integer' % n)
    while n:
        low = n & -n
        yield low
        n ^= low


def show_flag_values(value):
    """The single-bit values making up value, lowest first."""
    return list(_bits_low_to_high(value))


def bin(num, max_bits=None):
    """bin() with a sign digit group and two's complement negatives:
    bin(10) == '0b0 1010', bin(~10) == '0b1 0101'."""
    top = 2 ** num.bit_length()
    if num >= 0:
        text = _builtins.bin(num + top).replace('1', '0', 1)
    else:
        text = _builtins.bin(~num ^ (top - 1) + top)
    sign, digits = text[:3], text[3:]
    if max_bits is not None and len(digits) < max_bits:
        digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return '%s %s' % (sign, digits)


class nonmember:
    """Wrap a class-body value so it stays a plain attribute."""

    def __init__(self, value):
        self.value = value


class member:
    """Wrap a class-body value so it becomes a member even if it is a
    function or other descriptor."""

    def __init__(self, value):
        self.value = value


class _Unset:
    def __repr__(self):
        return '_auto_null'


_unset = _Unset()


class auto:
    """Placeholder replaced by _generate_next_value_() in class bodies."""

    def __init__(self, value=_unset):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


class property(DynamicClassAttribute):
    """Enum-aware property: used for `name`/`value`; on the class it
    resolves a member that shares the attribute's name."""

    def __set_name__(self, owner, name):
        self.name = name
        self.clsname = owner.__name__

    def _member_named(self, owner):
        try:
            return owner._member_map_[self.name]
        except KeyError:
            raise AttributeError('%r has no attribute %r'
                                 % (owner, self.name)) from None

    def __get__(self, instance, owner=None):
        if instance is None or self.fget is None:
            return self._member_named(owner)
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("<enum %r> cannot set attribute %r"
                                 % (self.clsname, self.name))
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("<enum %r> cannot delete attribute %r"
                                 % (self.clsname, self.name))
        self.fdel(instance)


# -- class-body namespace -----------------------------------------------------------

class _EnumDict(dict):
    """Namespace used while an Enum class body runs.

    Records which names are member definitions (in order), resolves
    auto() immediately, and rejects reused names.
    """

    def __init__(self, class_name, next_value):
        super().__init__()
        self._cls_name = class_name
        self._member_names = {}          # ordered set
        self._last_values = []
        self._ignore = []
        self._auto_called = False
        self._generate_next_value = next_value

    def _resolve_auto(self, key, value):
        """Replace auto() (alone or inside a plain tuple) by real values.

        Returns (value, remember_value)."""
        alone = isinstance(value, auto)
        parts = (value,) if alone else value
        if not (type(parts) is tuple and
                any(isinstance(p, auto) for p in parts)):
            return value, True
        resolved = []
        for part in parts:
            if isinstance(part, auto):
                if part.value is _unset:
                    part.value = self._generate_next_value(
                        key, 1, len(self._member_names), self._last_values[:])
                    self._auto_called = True
                part = part.value
                self._last_values.append(part)
            resolved.append(part)
        return (resolved[0] if alone else tuple(resolved)), False

    def __setitem__(self, key, value):
        if _is_private(self._cls_name, key):
            pass                                    # ordinary attribute
        elif _is_sunder(key):
            if key not in _ALLOWED_SUNDERS:
                raise ValueError('_sunder_ names, such as %r, are reserved '
                                 'for future Enum use' % (key,))
            if key == '_generate_next_value_':
                if self._auto_called:
                    raise TypeError('_generate_next_value_ must be defined '
                                    'before members')
                self._generate_next_value = (
                    value.__func__ if isinstance(value, staticmethod)
                    else value)
            elif key == '_ignore_':
                names = (value.replace(',', ' ').split()
                         if isinstance(value, str) else list(value))
                clash = set(names) & set(self._member_names)
                if clash:
                    raise ValueError('_ignore_ cannot specify already set '
                                     'names: %r' % (clash,))
                self._ignore = names
                value = names
        elif _is_dunder(key):
            if key == '__order__':
                key = '_order_'
        elif key in self._member_names:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        elif key in self._ignore:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif _is_descriptor(value) and not isinstance(value, member):
            pass
        else:
            if key in self:
                raise TypeError('%r already defined as %r'
                                % (key, self[key]))
            if isinstance(value, member):
                value = value.value
            value, remember = self._resolve_auto(key, value)
            self._member_names[key] = None
            if remember:
                self._last_values.append(value)
        super().__setitem__(key, value)

    def update(self, members=(), **more):
        items = members.items() if hasattr(members, 'keys') else members
        for name, value in items:
            self[name] = value
        for name, value in more.items():
            self[name] = value


# -- the metaclass ---------------------------------------------------------------------

def _data_type_of(class_name, bases):
    """The non-enum data type mixed into the bases (int, str, ...), or
    object when there is none."""
    found = set()
    for chain in bases:
        candidate = None
        for base in chain.__mro__:
            if base is object:
                continue
            if isinstance(base, EnumType):
                if base._member_type_ is not object:
                    found.add(base._member_type_)
                    break
            elif '__new__' in base.__dict__ or '__init__' in base.__dict__:
                found.add(candidate or base)
                break
            else:
                candidate = candidate or base
    if len(found) > 1:
        raise TypeError('too many data types for %r: %r'
                        % (class_name, found))
    return found.pop() if found else object


def _value_repr_of(bases):
    """How member values are shown in repr(): the data type's __repr__,
    an inherited enum's choice, or None (plain repr)."""
    for chain in bases:
        for base in chain.__mro__:
            if base is object:
                continue
            if isinstance(base, EnumType):
                return base._value_repr_
            if '__repr__' in base.__dict__:
                return base.__dict__['__repr__']
    return None


class EnumType(type):
    """Metaclass of Enum: builds members and makes the class iterable,
    indexable by name and callable by value."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        metacls._check_for_existing_members_(cls, bases)
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        next_value = getattr(first_enum, '_generate_next_value_', None)
        return _EnumDict(cls, next_value)

    def __new__(metacls, cls, bases, classdict, *, boundary=None,
                _simple=False, **kwds):
        if _simple:
            return super().__new__(metacls, cls, bases, classdict, **kwds)
        definitions = [(name, classdict[name])
                       for name in classdict._member_names]
        bad = {'mro', ''} & set(name for name, _ in definitions)
        if bad:
            raise ValueError('invalid enum member name(s) %s'
                             % ','.join(repr(n) for n in bad))
        order = classdict.get('_order_')
        body = {k: v for k, v in classdict.items()
                if k not in classdict._member_names
                and k not in ('_order_', '_ignore_')}
        for name in classdict._ignore:
            body.pop(name, None)

        member_type, first_enum = metacls._get_mixins_(cls, bases)
        new_member, save_new, use_args = metacls._find_new_(
            body, member_type, first_enum)
        is_flag = Flag is not None and any(issubclass(b, Flag)
                                           for b in bases
                                           if isinstance(b, EnumType))
        body.update(
            _new_member_=new_member, _use_args_=use_args,
            _member_names_=[], _member_map_={}, _value2member_map_={},
            _unhashable_values_=[], _member_type_=member_type,
            _value_repr_=_value_repr_of(bases))
        if is_flag or (Flag is None and cls == 'Flag'):
            body.update(_boundary_=boundary or getattr(first_enum,
                                                       '_boundary_', None),
                        _flag_mask_=0, _singles_mask_=0, _all_bits_=0,
                        _inverted_=None)

        enum_class = super().__new__(metacls, cls, bases, body, **kwds)
        for name, value in definitions:
            enum_class._add_member_(name, value)

        metacls._settle_special_methods(enum_class, bases, body,
                                        member_type, first_enum)
        if Enum is not None:
            if save_new:
                type.__setattr__(enum_class, '__new_member__', new_member)
            type.__setattr__(enum_class, '__new__', Enum.__new__)
        if is_flag:
            values = [m._value_ for m in enum_class]
            if values != sorted(values):
                type.__setattr__(enum_class, '_iter_member_',
                                 enum_class._iter_member_by_def_)
        if order is not None:
            metacls._check_order(enum_class, order, is_flag)
        return enum_class

    @staticmethod
    def _settle_special_methods(enum_class, bases, body, member_type,
                                first_enum):
        """repr/str/format/__reduce_ex__ come from the enum side unless
        the class (or a non-data mixin) defines its own; ReprEnum keeps
        the data type's str() and format()."""
        if ReprEnum is not None and ReprEnum in bases:
            if member_type is object:
                raise TypeError('ReprEnum subclasses must be mixed with a '
                                'data type (i.e. int, str, float, etc.)')
            if '__format__' not in body:
                type.__setattr__(enum_class, '__format__',
                                 member_type.__format__)
                body['__format__'] = member_type.__format__
            if '__str__' not in body:
                as_str = member_type.__str__
                if as_str is object.__str__:
                    as_str = member_type.__repr__
                type.__setattr__(enum_class, '__str__', as_str)
                body['__str__'] = as_str
        for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
            if name in body:
                continue
            current = getattr(enum_class, name)
            if current in (getattr(member_type, name), getattr(object, name)):
                type.__setattr__(enum_class, name, getattr(first_enum, name))
        if Flag is not None and issubclass(enum_class, Flag):
            for name in ('__or__', '__and__', '__xor__', '__ror__',
                         '__rand__', '__rxor__', '__invert__'):
                if name not in body:
                    type.__setattr__(enum_class, name, getattr(Flag, name))

    @staticmethod
    def _check_order(enum_class, order, is_flag):
        if isinstance(order, str):
            order = order.replace(',', ' ').split()
        members = enum_class._member_map_
        if is_flag:
            order = [n for n in order
                     if n not in members or _single_bit(members[n]._value_)]
        order = [n for n in order
                 if n not in members or n in enum_class._member_names_]
        if order != enum_class._member_names_:
            raise TypeError('member order does not match _order_:\n  %r\n  %r'
                            % (enum_class._member_names_, order))

    def _add_member_(cls, name, value):
        """Create member `name` from its class-body value (or alias it to
        an existing member with an equal value)."""
        args = value if isinstance(value, tuple) else (value,)
        if cls._member_type_ is tuple:
            args = (args,)
        if cls._use_args_:
            obj = cls._new_member_(cls, *args)
        else:
            obj = cls._new_member_(cls)
        if not hasattr(obj, '_value_'):
            if cls._member_type_ is object:
                obj._value_ = value
            else:
                try:
                    obj._value_ = cls._member_type_(*args)
                except Exception as exc:
                    raise TypeError('_value_ not set in __new__, unable to '
                                    'create it') from exc
        value = obj._value_
        obj._name_ = name
        obj.__objclass__ = cls
        obj.__init__(*args)
        obj._sort_order_ = len(cls._member_names_)
        is_flag = Flag is not None and issubclass(cls, Flag)
        if is_flag and isinstance(value, int):
            cls._flag_mask_ |= value
            if _single_bit(value):
                cls._singles_mask_ |= value
            cls._all_bits_ = 2 ** cls._flag_mask_.bit_length() - 1

        existing = cls._find_by_value(value)
        if existing is not None:
            obj = existing                      # an alias
        elif not is_flag or (isinstance(value, int) and _single_bit(value)):
            cls._member_names_.append(name)

        # Keep properties of the same name (e.g. a member called `name`)
        # working: route through an enum.property that knows the member.
        inherited = None
        for base in cls.__mro__[1:]:
            attr = base.__dict__.get(name)
            if attr is None:
                continue
            if isinstance(attr, (_builtins.property, DynamicClassAttribute)):
                inherited = attr
                break
            if all(hasattr(attr, a) for a in ('fget', 'fset', 'fdel')):
                inherited = attr
        if inherited is not None:
            redirect = property(inherited.fget, inherited.fset,
                                inherited.fdel)
            redirect.member = obj
            redirect.__set_name__(cls, name)
            type.__setattr__(cls, name, redirect)
        else:
            type.__setattr__(cls, name, obj)
        cls._member_map_[name] = obj
        try:
            cls._value2member_map_.setdefault(value, obj)
        except TypeError:
            cls._unhashable_values_.append(value)

    def _find_by_value(cls, value):
        try:
            return cls._value2member_map_.get(value)
        except TypeError:
            for candidate in cls._member_map_.values():
                if candidate._value_ == value:
                    return candidate
            return None

    # -- class-level protocol --------------------------------------------------------
    def __bool__(cls):
        return True

    def __call__(cls, value, names=None, *, module=None, qualname=None,
                 type=None, start=1, boundary=None):
        """Color(1) finds a member; Enum('Name', 'A B') makes a class."""
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname,
                            type=type, start=start, boundary=boundary)

    def __contains__(cls, obj):
        if not isinstance(obj, Enum):
            import warnings
            warnings.warn(
                "in 3.12 __contains__ will no longer raise TypeError, but "
                "will return True or\nFalse depending on whether the value "
                "is a member or the value of a member",
                DeprecationWarning, stacklevel=2)
            raise TypeError("unsupported operand type(s) for 'in': "
                            "'%s' and '%s'" % (type(obj).__qualname__,
                                               cls.__class__.__qualname__))
        return isinstance(obj, cls) and obj._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError('%r cannot delete member %r.'
                                 % (cls.__name__, attr))
        super().__delattr__(attr)

    def __dir__(cls):
        names = {'__class__', '__contains__', '__doc__', '__getitem__',
                 '__iter__', '__len__', '__members__', '__module__',
                 '__name__', '__qualname__'}
        names.update(cls._member_names_)
        if cls._new_member_ is not object.__new__:
            names.add('__new__')
        if cls.__init_subclass__ is not object.__init_subclass__:
            names.add('__init_subclass__')
        if cls._member_type_ is not object:
            names.update(dir(cls._member_type_))
        return sorted(names)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[n] for n in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[n] for n in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    @_builtins.property
    def __members__(cls):
        """Read-only mapping name -> member, aliases included."""
        return MappingProxyType(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return '<flag %r>' % cls.__name__
        return '<enum %r>' % cls.__name__

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)

    # -- construction helpers -------------------------------------------------------------
    def _create_(cls, class_name, names, *, module=None, qualname=None,
                 type=None, start=1, boundary=None):
        """Functional API: build an enum class from names."""
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        _, first_enum = cls._get_mixins_(class_name, bases)
        namespace = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and \
                isinstance(names[0], str):
            pairs = []
            seen = []
            for index, name in enumerate(names):
                value = first_enum._generate_next_value_(name, start, index,
                                                         seen[:])
                seen.append(value)
                pairs.append((name, value))
            names = pairs
        for item in names:
            if isinstance(item, str):
                namespace[item] = names[item]
            else:
                namespace[item[0]] = item[1]
        if module is None:
            try:
                module = sys._getframe(2).f_globals['__name__']
            except (AttributeError, ValueError, KeyError):
                pass
        if module is None:
            def refuse(self, proto):
                raise TypeError('%r cannot be pickled' % self)
            namespace['__reduce_ex__'] = refuse
            namespace['__module__'] = '<unknown>'
        else:
            namespace['__module__'] = module
        if qualname is not None:
            namespace['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, namespace,
                               boundary=boundary)

    def _convert_(cls, name, module, filter, source=None, *, boundary=None,
                  as_global=False):
        """Make an enum from module-level constants selected by filter."""
        module_globals = sys.modules[module].__dict__
        source = source.__dict__ if source else module_globals
        members = [(k, v) for k, v in source.items() if filter(k)]
        try:
            members.sort(key=lambda kv: (kv[1], kv[0]))
        except TypeError:
            members.sort(key=lambda kv: kv[0])
        new = cls._create_(name, members, module=module,
                           boundary=boundary or KEEP)
        if as_global:
            global_enum(new)
        else:
            module_globals.update(new.__members__)
        module_globals[name] = new
        return new

    @classmethod
    def _check_for_existing_members_(mcls, class_name, bases):
        for chain in bases:
            for base in chain.__mro__:
                if isinstance(base, EnumType) and base._member_names_:
                    raise TypeError('<enum %r> cannot extend %r'
                                    % (class_name, base))

    @classmethod
    def _get_mixins_(mcls, class_name, bases):
        """(data type, enum base) for a new class with these bases."""
        if not bases:
            return object, Enum
        mcls._check_for_existing_members_(class_name, bases)
        first_enum = bases[-1]
        if not isinstance(first_enum, EnumType):
            raise TypeError('new enumerations should be created as '
                            '`EnumName([mixin_type, ...] [data_type,] '
                            'enum_type)`')
        return _data_type_of(class_name, bases), first_enum

    @classmethod
    def _find_new_(mcls, classdict, member_type, first_enum):
        """Pick the constructor for members: (__new__, save it?, pass the
        value as arguments?)."""
        custom = classdict.get('__new__')
        save_new = first_enum is not None and custom is not None
        if custom is None:
            skip = {None, None.__new__, object.__new__}
            if Enum is not None:
                skip.add(Enum.__new__)
            for attr in ('__new_member__', '__new__'):
                for source in (member_type, first_enum):
                    candidate = getattr(source, attr, None)
                    if candidate not in skip:
                        custom = candidate
                        break
                if custom is not None:
                    break
            else:
                custom = object.__new__
        use_args = not (first_enum is None or custom is object.__new__ or
                        (Enum is not None and custom is Enum.__new__))
        return custom, save_new, use_args


EnumMeta = EnumType


# -- Enum and friends ------------------------------------------------------------------

class Enum(metaclass=EnumType):
    """Base class for enumerations: a fixed set of named, unique members.

    Color.RED, Color(1) and Color['RED'] all give the same member.
    """

    def __new__(cls, value):
        # Members are made by the metaclass; calling the class looks up.
        if type(value) is cls:
            return value
        found = cls._find_by_value(value)
        if found is not None:
            return found
        problem = None
        try:
            result = cls._missing_(value)
        except Exception as exc:
            problem, result = exc, None
        if isinstance(result, cls):
            return result
        if (Flag is not None and issubclass(cls, Flag)
                and cls._boundary_ is EJECT and isinstance(result, int)):
            return result
        not_valid = ValueError('%r is not a valid %s'
                               % (value, cls.__qualname__))
        if problem is None and result is None:
            raise not_valid
        if problem is None:
            problem = TypeError('error in %s._missing_: returned %r instead '
                                'of None or a valid member'
                                % (cls.__name__, result))
        if not isinstance(problem, ValueError):
            problem.__context__ = not_valid
        raise problem

    def __init__(self, *args, **kwds):
        pass

    def _generate_next_value_(name, start, count, last_values):
        """Value for auto(): one more than the largest value so far."""
        if not last_values:
            return start
        try:
            newest = last_values[-1]
            ordered = sorted(last_values)
            if newest == ordered[-1]:
                return newest + 1
            raise TypeError
        except TypeError:
            import warnings
            warnings.warn(
                "In 3.13 the default `auto()`/`_generate_next_value_` will "
                "require all values to be sortable and support adding +1\n"
                "and the value returned will be the largest value in the "
                "enum incremented by 1", DeprecationWarning, stacklevel=3)
            for candidate in reversed(last_values):
                try:
                    return candidate + 1
                except TypeError:
                    pass
            return start

    @classmethod
    def _missing_(cls, value):
        """Hook for values with no member; return a member or None."""
        return None

    def __repr__(self):
        show = type(self)._value_repr_ or repr
        return '<%s.%s: %s>' % (type(self).__name__, self._name_,
                                show(self._value_))

    def __str__(self):
        return '%s.%s' % (type(self).__name__, self._name_)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __dir__(self):
        found = set()
        if type(self)._member_type_ is not object:
            found = set(object.__dir__(self))
        members = self._member_map_
        for name in getattr(self, '__dict__', ()):
            if not name.startswith('_') and name not in members:
                found.add(name)
        for klass in type(self).mro():
            for name, attr in klass.__dict__.items():
                if name.startswith('_'):
                    continue
                if isinstance(attr, property):
                    if attr.fget is not None or name not in members:
                        found.add(name)
                    else:
                        found.discard(name)
                elif name not in members:
                    found.add(name)
        found |= {'__class__', '__doc__', '__eq__', '__hash__', '__module__'}
        return sorted(found)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return type(self), (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        """The member's name."""
        return self._name_

    @property
    def value(self):
        """The member's value."""
        return self._value_


class ReprEnum(Enum):
    """Enum whose str() and format() are those of the mixed-in type."""


class IntEnum(int, ReprEnum):
    """Enum whose members are ints."""


class StrEnum(str, ReprEnum):
    """Enum whose members are strs; auto() gives the lower-cased name."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) >= 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        if len(values) >= 2 and not isinstance(values[1], str):
            raise TypeError('encoding must be a string, not %r'
                            % (values[1],))
        if len(values) == 3 and not isinstance(values[2], str):
            raise TypeError('errors must be a string, not %r' % (values[2]))
        text = str(*values)
        obj = str.__new__(cls, text)
        obj._value_ = text
        return obj

    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def pickle_by_global_name(self, proto):
    return self.name


def pickle_by_enum_name(self, proto):
    return getattr, (type(self), self._name_)


class FlagBoundary(StrEnum):
    """What Flag does with bits no member names: STRICT raises, CONFORM
    drops them, EJECT returns a plain int, KEEP keeps them."""

    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


def _or_(a, b):
    return a | b


class Flag(Enum, boundary=STRICT):
    """Enum whose members are bit flags combinable with | & ^ ~."""

    _numeric_repr_ = repr

    def _generate_next_value_(name, start, count, last_values):
        """Value for auto(): the next power of two."""
        if not count:
            return start if start is not None else 1
        largest = max(last_values)
        try:
            top = largest.bit_length() - 1
        except Exception:
            raise TypeError('invalid flag value %r' % largest) from None
        return 2 ** (top + 1)

    @classmethod
    def _iter_member_by_value_(cls, value):
        for bit in _bits_low_to_high(value & cls._flag_mask_):
            yield cls._value2member_map_.get(bit)

    _iter_member_ = _iter_member_by_value_

    @classmethod
    def _iter_member_by_def_(cls, value):
        return iter(sorted(cls._iter_member_by_value_(value),
                           key=lambda m: m._sort_order_))

    @classmethod
    def _missing_(cls, value):
        """Build (and cache) the pseudo-member for a combination of bits."""
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s'
                             % (value, cls.__qualname__))
        named = cls._flag_mask_
        all_bits = cls._all_bits_
        original = value
        out_of_range = not (~all_bits <= value <= all_bits)
        if out_of_range or value & (all_bits ^ named):
            boundary = cls._boundary_
            if boundary is STRICT:
                width = max(value.bit_length(), named.bit_length())
                raise ValueError('%r invalid value %r\n    given %s\n  '
                                 'allowed %s' % (cls, value,
                                                 bin(value, width),
                                                 bin(named, width)))
            if boundary is CONFORM:
                value &= named
            elif boundary is EJECT:
                return value
            elif boundary is KEEP:
                if value < 0:
                    value += max(all_bits + 1, 2 ** value.bit_length())
            else:
                raise ValueError('%r unknown flag boundary %r'
                                 % (cls, boundary))
        negative = None
        if value < 0:
            negative = value
            value += all_bits + 1
        unknown = value & ~named
        if unknown and cls._boundary_ is not KEEP:
            raise ValueError('%s(%r) -->  unknown values %r [%s]'
                             % (cls.__name__, value, unknown, bin(unknown)))
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo, '_value_'):
            pseudo._value_ = value
        singles = value & cls._singles_mask_
        multi = value & ~cls._singles_mask_
        if singles or multi:
            parts = list(cls._iter_member_(singles))
            covered = 0
            for part in parts:
                covered |= part._value_
            if multi:
                wanted = singles | multi
                for candidate in cls._member_map_.values():
                    v = candidate._value_
                    if (candidate not in parts and v and
                            v & wanted == v):
                        parts.append(candidate)
                        covered |= v
                value = wanted
            unknown = value ^ covered
            if not covered:
                pseudo._name_ = None
            else:
                pseudo._name_ = '|'.join(p._name_ for p in parts)
                if unknown:
                    if cls._boundary_ is STRICT:
                        raise ValueError('%r: no members with value %r'
                                         % (cls, unknown))
                    pseudo._name_ += '|%s' % cls._numeric_repr_(unknown)
        else:
            pseudo._name_ = None
        if not unknown:
            pseudo = cls._value2member_map_.setdefault(value, pseudo)
            if negative is not None:
                cls._value2member_map_[negative] = pseudo
        return pseudo

    def _other_bits(self, other):
        if isinstance(other, type(self)):
            return other._value_
        if self._member_type_ is not object and \
                isinstance(other, self._member_type_):
            return other
        return NotImplemented

    def __or__(self, other):
        bits = self._other_bits(other)
        if bits is NotImplemented:
            return bits
        return type(self)(self._value_ | bits)

    def __and__(self, other):
        bits = self._other_bits(other)
        if bits is NotImplemented:
            return bits
        return type(self)(self._value_ & bits)

    def __xor__(self, other):
        bits = self._other_bits(other)
        if bits is NotImplemented:
            return bits
        return type(self)(self._value_ ^ bits)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        if self._inverted_ is None:
            if self._boundary_ in (EJECT, KEEP):
                flipped = type(self)(~self._value_)
            else:
                flipped = type(self)(self._singles_mask_ & ~self._value_)
            self._inverted_ = flipped
        return self._inverted_

    def __contains__(self, other):
        if not isinstance(other, type(self)):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__,
                               type(self).__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return iter(list(self._iter_member_(self._value_)))

    def __len__(self):
        return _bit_count(self._value_)

    def __bool__(self):
        return bool(self._value_)

    def __repr__(self):
        show = type(self)._value_repr_ or repr
        if self._name_ is None:
            return '<%s: %s>' % (type(self).__name__, show(self._value_))
        return '<%s.%s: %s>' % (type(self).__name__, self._name_,
                                show(self._value_))

    def __str__(self):
        if self._name_ is None:
            return '%s(%r)' % (type(self).__name__, self._value_)
        return '%s.%s' % (type(self).__name__, self._name_)

    def __reduce_ex__(self, proto):
        cls = type(self)
        unknown = self._value_ & ~cls._flag_mask_
        known = self._value_ & cls._flag_mask_
        if unknown and known:
            return _or_, (cls(known), unknown)
        for bit in _bits_low_to_high(known):
            rest = known & ~bit
            if rest:
                return _or_, (cls(rest), cls._value2member_map_.get(bit))
            break
        if self._name_ is None:
            return cls, (self._value_,)
        return getattr, (cls, self._name_)


def _bit_count(n):
    return _builtins.bin(n).count('1')


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Flag whose members are ints (and combine with ints)."""


# -- decorators and utilities ---------------------------------------------------------------

def unique(enumeration):
    """Class decorator: raise ValueError if any member is an alias."""
    aliases = [(name, m.name) for name, m in enumeration.__members__.items()
               if name != m.name]
    if aliases:
        details = ', '.join('%s -> %s' % pair for pair in aliases)
        raise ValueError('duplicate values found in %r: %s'
                         % (enumeration, details))
    return enumeration


def global_enum_repr(self):
    """repr() as module.NAME."""
    return '%s.%s' % (type(self).__module__.split('.')[-1], self._name_)


def global_flag_repr(self):
    """repr() as module.A|module.B for flags."""
    module = type(self).__module__.split('.')[-1]
    if self._name_ is None:
        return '%s.%s(%r)' % (module, type(self).__name__, self._value_)
    if _single_bit(self._value_):
        return '%s.%s' % (module, self._name_)
    pieces = []
    for part in self._name_.split('|'):
        if self._boundary_ is KEEP and part[0].isdigit():
            pieces.append(part)
        else:
            pieces.append('%s.%s' % (module, part))
    return '|'.join(pieces)


def global_str(self):
    """str() as the bare member name."""
    if self._name_ is None:
        return '%s(%r)' % (type(self).__name__, self._value_)
    return self._name_


def global_enum(cls, update_str=False):
    """Export the members into the defining module and shorten reprs."""
    type.__setattr__(cls, '__repr__', global_flag_repr
                     if issubclass(cls, Flag) else global_enum_repr)
    if not issubclass(cls, ReprEnum) or update_str:
        type.__setattr__(cls, '__str__', global_str)
    sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls


class EnumCheck(StrEnum):
    """Conditions verify() can check."""

    CONTINUOUS = "no skipped integer values"
    NAMED_FLAGS = "multi-flag aliases may not contain unnamed flags"
    UNIQUE = "one name per value"


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


class verify:
    """Class decorator checking EnumCheck conditions."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        if issubclass(enumeration, Flag):
            kind = 'flag'
        elif issubclass(enumeration, Enum):
            kind = 'enum'
        else:
            raise TypeError("the 'verify' decorator only works with Enum "
                            "and Flag")
        name = enumeration.__name__
        for check in self.checks:
            if check is UNIQUE:
                aliases = [(n, m.name)
                           for n, m in enumeration.__members__.items()
                           if n != m.name]
                if aliases:
                    raise ValueError('aliases found in %r: %s' % (
                        enumeration,
                        ', '.join('%s -> %s' % p for p in aliases)))
            elif check is CONTINUOUS:
                values = set(m.value for m in enumeration)
                if len(values) < 2:
                    continue
                low, high = min(values), max(values)
                if kind == 'flag':
                    missing = [2 ** i for i in range(low.bit_length(),
                                                     high.bit_length() - 1)
                               if 2 ** i not in values]
                else:
                    missing = [i for i in range(low + 1, high)
                               if i not in values]
                if missing:
                    raise ValueError(('invalid %s %r: missing values %s' % (
                        kind, name, ', '.join(str(m) for m in missing)))[:256])
            elif check is NAMED_FLAGS:
                canonical = enumeration._member_names_
                values = [m.value for m in enumeration]
                unnamed = []
                missing_bits = 0
                for alias_name, alias in enumeration._member_map_.items():
                    if alias_name in canonical or alias.value < 0:
                        continue
                    missed = [b for b in _bits_low_to_high(alias.value)
                              if b not in values]
                    if missed:
                        unnamed.append(alias_name)
                        missing_bits |= sum(missed)
                if unnamed:
                    if len(unnamed) == 1:
                        which = 'alias %s is missing' % unnamed[0]
                    else:
                        which = 'aliases %s and %s are missing' % (
                            ', '.join(unnamed[:-1]), unnamed[-1])
                    if _single_bit(missing_bits):
                        what = 'value 0x%x' % missing_bits
                    else:
                        what = 'combined values of 0x%x' % missing_bits
                    raise ValueError('invalid Flag %r: %s %s [use '
                                     'enum.show_flag_values(value) for '
                                     'details]' % (name, which, what))
        return enumeration
