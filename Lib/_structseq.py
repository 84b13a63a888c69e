"""Struct sequences (the type behind os.stat_result, time.struct_time, os.uname_result).

A struct sequence is a tuple of its first n_sequence_fields values whose fields are also
readable by name; the remaining (hidden) fields are reachable only by name.
"""
from _typenames import set_type_name


def make_structseq(qualname, fields, n_sequence_fields=None, module=None, defaults=None,
                   repr_names=None):
    """A tuple subclass named `qualname` ('module.name') with read-only named fields.

    fields: names in order; the first n_sequence_fields are the tuple's items.
    defaults: optional function(values) -> values that fills hidden fields left as None.
    repr_names: names the repr shows for the sequence fields (default: their field names).
    """
    fields = tuple(fields)
    n_seq = len(fields) if n_sequence_fields is None else n_sequence_fields
    n_all = len(fields)
    mod, _, name = qualname.rpartition('.')
    shown = tuple(repr_names) if repr_names is not None else fields[:n_seq]

    def __new__(cls, sequence, dict=None):
        values = list(sequence)
        n = len(values)
        if n < n_seq:
            if n_seq == n_all:
                raise TypeError(f"{qualname}() takes a {n_seq}-sequence ({n}-sequence given)")
            raise TypeError(f"{qualname}() takes an at least {n_seq}-sequence ({n}-sequence given)")
        if n > n_all:
            if n_seq == n_all:
                raise TypeError(f"{qualname}() takes a {n_seq}-sequence ({n}-sequence given)")
            raise TypeError(f"{qualname}() takes an at most {n_all}-sequence ({n}-sequence given)")
        values += [None] * (n_all - n)
        if dict:
            for i in range(n, n_all):
                if fields[i] in dict:
                    values[i] = dict[fields[i]]
        if defaults is not None:
            values = defaults(values)
        self = tuple.__new__(cls, values[:n_seq])
        object.__setattr__(self, '_hidden', tuple(values[n_seq:]))
        return self

    def __repr__(self):
        parts = ', '.join(f'{shown[i]}={self[i]!r}' for i in range(n_seq))
        return f'{qualname}({parts})'

    def __reduce__(self):
        hidden = {fields[n_seq + i]: v for i, v in enumerate(self._hidden)}
        return (type(self), (tuple(self), hidden))

    def __setattr__(self, name, value):
        if name in fields:
            raise AttributeError('readonly attribute')
        raise AttributeError(f"'{qualname}' object has no attribute '{name}'")

    ns = {'__new__': __new__, '__repr__': __repr__, '__reduce__': __reduce__,
          '__setattr__': __setattr__, '__module__': mod or module or 'builtins',
          'n_sequence_fields': n_seq, 'n_fields': n_all, 'n_unnamed_fields': 0,
          '__match_args__': fields[:n_seq]}
    for i, f in enumerate(fields):
        if i < n_seq:
            ns[f] = property(lambda self, i=i: tuple.__getitem__(self, i))
        else:
            ns[f] = property(lambda self, j=i - n_seq: self._hidden[j])
    cls = type(name, (tuple,), ns)
    cls.__qualname__ = name
    if mod:
        set_type_name(cls, qualname)   # as the C type's tp_name in messages
    return cls
