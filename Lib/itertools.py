"""Iterator building blocks (pure-Python edition for SwiftPy).

Every tool is a class, so isinstance() and type names behave as in CPython;
count() and repeat() have CPython's reprs.
"""

import sys as _sys

__all__ = ['accumulate', 'chain', 'combinations',
           'combinations_with_replacement', 'compress', 'count', 'cycle',
           'dropwhile', 'filterfalse', 'groupby', 'islice', 'pairwise',
           'permutations', 'product', 'repeat', 'starmap', 'takewhile',
           'tee', 'zip_longest']

_none = object()


class _Iter:
    """Shared base: an iterator returns itself from __iter__."""

    __slots__ = ()

    def __iter__(self):
        return self

    def __class_getitem__(cls, item):
        return cls


# -- infinite iterators ---------------------------------------------------

class count(_Iter):
    """count(start=0, step=1) -> start, start+step, start+2*step, ..."""

    __slots__ = ('_n', '_step')

    def __init__(self, start=0, step=1):
        for v in (start, step):
            if not _is_number(v):
                raise TypeError('a number is required')
        if isinstance(start, int) and isinstance(step, int) and step == 1:
            start, step = int(start), 1     # CPython's integer fast mode
        self._n = start
        self._step = step

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        name = type(self).__name__
        step = self._step
        if isinstance(step, int) and not isinstance(step, bool) and step == 1:
            return '%s(%r)' % (name, self._n)
        return '%s(%r, %r)' % (name, self._n, step)

    def __reduce__(self):
        if self._step == 1 and type(self._step) is int:
            return type(self), (self._n,)
        return type(self), (self._n, self._step)


def _is_number(v):
    try:
        v + 0
        return not isinstance(v, (str, bytes))
    except TypeError:
        return False


class cycle(_Iter):
    """cycle(p) -> p0, p1, ... plast, p0, p1, ..."""

    __slots__ = ('_it', '_saved', '_pos', '_first_pass')

    def __init__(self, iterable, /):
        self._it = iter(iterable)
        self._saved = []
        self._pos = 0
        self._first_pass = True

    def __next__(self):
        if self._first_pass:
            for item in self._it:
                self._saved.append(item)
                return item
            self._first_pass = False
            self._it = None
        saved = self._saved
        if not saved:
            raise StopIteration
        item = saved[self._pos]
        self._pos = (self._pos + 1) % len(saved)
        return item


class repeat(_Iter):
    """repeat(object [,times]) -> object, object, ... (times or forever)."""

    __slots__ = ('_obj', '_left')

    def __init__(self, object, times=_none):
        self._obj = object
        if times is _none:
            self._left = None
        else:
            times = _as_index(times)
            self._left = times if times > 0 else 0

    def __next__(self):
        left = self._left
        if left is None:
            return self._obj
        if left <= 0:
            raise StopIteration
        self._left = left - 1
        return self._obj

    def __length_hint__(self):
        if self._left is None:
            raise TypeError('len() of unsized object')
        return self._left

    def __repr__(self):
        name = type(self).__name__
        if self._left is None:
            return '%s(%r)' % (name, self._obj)
        return '%s(%r, %d)' % (name, self._obj, self._left)

    def __reduce__(self):
        if self._left is None:
            return type(self), (self._obj,)
        return type(self), (self._obj, self._left)


def _as_index(v):
    try:
        return v.__index__()
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(v).__name__) from None


# -- iterators terminating on the shortest input ----------------------------

class accumulate(_Iter):
    """accumulate(iterable, func=operator.add, *, initial=None)"""

    __slots__ = ('_it', '_func', '_total', '_initial')

    def __init__(self, iterable, func=None, *, initial=None):
        self._it = iter(iterable)
        self._func = func
        self._total = _none
        self._initial = initial

    def __next__(self):
        if self._initial is not None:
            self._total = self._initial
            self._initial = None
            return self._total
        item = next(self._it)
        total = self._total
        if total is _none:
            total = item
        elif self._func is None:
            total = total + item
        else:
            total = self._func(total, item)
        self._total = total
        return total


class chain(_Iter):
    """chain(*iterables) -> items of the first, then the second, ..."""

    __slots__ = ('_sources', '_active')

    def __init__(self, *iterables):
        self._sources = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterable, /):
        """chain.from_iterable(iterable) -> chain over iterable's items."""
        self = cls.__new__(cls)
        self._sources = iter(iterable)
        self._active = None
        return self

    def __next__(self):
        while True:
            active = self._active
            if active is None:
                if self._sources is None:
                    raise StopIteration
                try:
                    source = next(self._sources)
                except StopIteration:
                    self._sources = None
                    raise
                active = self._active = iter(source)
            try:
                return next(active)
            except StopIteration:
                self._active = None


class compress(_Iter):
    """compress(data, selectors) -> data items whose selector is true."""

    __slots__ = ('_data', '_sel')

    def __init__(self, data, selectors):
        self._data = iter(data)
        self._sel = iter(selectors)

    def __next__(self):
        data, sel = self._data, self._sel
        while True:
            item = next(data)
            if next(sel):
                return item


class dropwhile(_Iter):
    """dropwhile(predicate, iterable): skip items while predicate holds."""

    __slots__ = ('_pred', '_it', '_dropping')

    def __init__(self, predicate, iterable, /):
        self._pred = predicate
        self._it = iter(iterable)
        self._dropping = True

    def __next__(self):
        if not self._dropping:
            return next(self._it)
        for item in self._it:
            if not self._pred(item):
                self._dropping = False
                return item
        raise StopIteration


class takewhile(_Iter):
    """takewhile(predicate, iterable): items while predicate holds."""

    __slots__ = ('_pred', '_it', '_done')

    def __init__(self, predicate, iterable, /):
        self._pred = predicate
        self._it = iter(iterable)
        self._done = False

    def __next__(self):
        if self._done:
            raise StopIteration
        item = next(self._it)
        if self._pred(item):
            return item
        self._done = True
        raise StopIteration


class filterfalse(_Iter):
    """filterfalse(function or None, iterable): items where it is false."""

    __slots__ = ('_pred', '_it')

    def __init__(self, function, iterable, /):
        self._pred = bool if function is None else function
        self._it = iter(iterable)

    def __next__(self):
        pred = self._pred
        for item in self._it:
            if not pred(item):
                return item
        raise StopIteration


class groupby(_Iter):
    """groupby(iterable, key=None) -> (key, group iterator) pairs."""

    __slots__ = ('_it', '_keyfunc', '_tgtkey', '_currkey', '_currvalue',
                 '_id')

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._currkey = self._currvalue = self._tgtkey = _none
        self._id = object()

    def _step(self):
        value = next(self._it)
        self._currvalue = value
        self._currkey = value if self._keyfunc is None else self._keyfunc(value)

    def __next__(self):
        self._id = object()     # invalidates the previous group
        if self._currkey is _none:
            self._step()
        elif self._tgtkey is not _none:
            while self._tgtkey == self._currkey:
                self._step()
        self._tgtkey = self._currkey
        return self._currkey, _grouper(self, self._tgtkey)


class _grouper(_Iter):
    __slots__ = ('_parent', '_tgtkey', '_id')

    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey
        self._id = parent._id

    def __next__(self):
        parent = self._parent
        if parent._id is not self._id:
            raise StopIteration
        if parent._currvalue is _none:
            parent._step()
        if not self._tgtkey == parent._currkey:
            raise StopIteration
        value = parent._currvalue
        parent._currvalue = _none
        return value


_grouper.__name__ = _grouper.__qualname__ = '_grouper'


class islice(_Iter):
    """islice(iterable, stop) or islice(iterable, start, stop[, step])."""

    __slots__ = ('_it', '_next', '_stop', '_step', '_count')

    def __init__(self, iterable, *args):
        nargs = len(args)
        if nargs == 0:
            raise TypeError('islice expected at least 2 arguments, got 1')
        if nargs > 3:
            raise TypeError('islice expected at most 4 arguments, got %d'
                            % (nargs + 1))
        indices_msg = ('Indices for islice() must be None or an integer: '
                       '0 <= x <= sys.maxsize.')
        start, stop, step = 0, -1, 1        # stop -1 means "no stop"
        if nargs == 1:
            if args[0] is not None:
                stop = _index_or(args[0], -1)
                if stop == -1:
                    raise ValueError('Stop argument for islice() must be '
                                     'None or an integer: 0 <= x <= '
                                     'sys.maxsize.')
        else:
            if args[0] is not None:
                start = _index_or(args[0], -1)
            if args[1] is not None:
                stop = _index_or(args[1], -1)
                if stop == -1:
                    raise ValueError('Stop argument for islice() must be '
                                     'None or an integer: 0 <= x <= '
                                     'sys.maxsize.')
        if start < 0 or stop < -1:
            raise ValueError(indices_msg)
        if nargs == 3 and args[2] is not None:
            step = _index_or(args[2], -1)
        if step < 1:
            raise ValueError('Step for islice() must be a positive integer '
                             'or None.')
        self._it = iter(iterable)
        self._next = start
        self._stop = stop
        self._step = step
        self._count = 0

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        try:
            while self._count < self._next:
                next(it)
                self._count += 1
            stop = self._stop
            if stop != -1 and self._count >= stop:
                raise StopIteration
            item = next(it)
        except StopIteration:
            self._it = None
            raise
        self._count += 1
        self._next += self._step
        if stop != -1 and self._next > stop:
            self._next = stop
        return item


def _index_or(v, fallback):
    """v.__index__() clipped to sys.maxsize, or fallback if v has none."""
    try:
        n = v.__index__()
    except (AttributeError, TypeError):
        return fallback
    return _sys.maxsize if n > _sys.maxsize else n


class pairwise(_Iter):
    """pairwise('ABCD') -> AB BC CD"""

    __slots__ = ('_it', '_last')

    def __init__(self, iterable, /):
        self._it = iter(iterable)
        self._last = _none

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        last = self._last
        try:
            if last is _none:
                last = next(it)
            item = next(it)
        except StopIteration:
            self._it = None
            raise
        self._last = item
        return (last, item)


class starmap(_Iter):
    """starmap(function, iterable) -> function(*args) for args in iterable."""

    __slots__ = ('_func', '_it')

    def __init__(self, function, iterable, /):
        self._func = function
        self._it = iter(iterable)

    def __next__(self):
        args = next(self._it)
        if type(args) is not tuple:
            args = tuple(args)
        return self._func(*args)


class zip_longest(_Iter):
    """zip_longest(*iterables, fillvalue=None): pad shorter inputs."""

    __slots__ = ('_its', '_fill', '_active')

    def __init__(self, *iterables, fillvalue=None):
        self._its = [iter(it) for it in iterables]
        self._fill = fillvalue
        self._active = len(self._its)

    def __next__(self):
        its = self._its
        if not its or self._active == 0:
            raise StopIteration
        result = []
        for i, it in enumerate(its):
            if it is None:
                result.append(self._fill)
                continue
            try:
                result.append(next(it))
            except StopIteration:
                self._active -= 1
                if self._active == 0:
                    self._its = []
                    raise
                its[i] = None
                result.append(self._fill)
        return tuple(result)


# -- tee -------------------------------------------------------------------------

class _TeeLink:
    """One cell of the shared singly linked buffer: value and successor."""

    __slots__ = ('value', 'next')

    def __init__(self):
        self.next = None


class _tee(_Iter):
    __slots__ = ('_source', '_link', '__weakref__')

    def __init__(self, source, link):
        self._source = source      # [iterator] shared by all copies
        self._link = link          # the cell this copy reads next

    def __next__(self):
        link = self._link
        if link.next is None:
            source = self._source
            if source[0] is None:
                raise StopIteration
            try:
                value = next(source[0])
            except StopIteration:
                source[0] = None
                raise
            if link.next is None:   # another copy may have filled it
                link.value = value
                link.next = _TeeLink()
        self._link = link.next
        return link.value

    def __copy__(self):
        return _tee(self._source, self._link)


_tee.__name__ = _tee.__qualname__ = '_tee'


def tee(iterable, n=2, /):
    """tee(iterable, n=2) -> n independent iterators over iterable."""
    n = _as_index(n)
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(iterable)
    if hasattr(it, '__copy__'):
        first = it
    else:
        first = _tee([it], _TeeLink())
    return tuple([first] + [first.__copy__() for _ in range(n - 1)])


# -- combinatorics ---------------------------------------------------------------

class _GenIter(_Iter):
    """Class face over an internal generator (for the combinatoric tools)."""

    __slots__ = ('_gen',)

    def __next__(self):
        return next(self._gen)


class product(_GenIter):
    """product(*iterables, repeat=1) -> cartesian product tuples."""

    __slots__ = ()

    def __init__(self, *iterables, repeat=1):
        repeat = _as_index(repeat)
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        pools = [tuple(p) for p in iterables] * repeat
        self._gen = _product(pools)


def _product(pools):
    n = len(pools)
    if any(not p for p in pools):
        return
    indices = [0] * n
    yield tuple(p[0] for p in pools)
    while True:
        i = n - 1
        while i >= 0:
            indices[i] += 1
            if indices[i] < len(pools[i]):
                break
            indices[i] = 0
            i -= 1
        if i < 0:
            return
        yield tuple(pools[k][indices[k]] for k in range(n))


class permutations(_GenIter):
    """permutations(iterable, r=None) -> r-length ordered tuples."""

    __slots__ = ()

    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        n = len(pool)
        if r is None:
            r = n
        elif isinstance(r, int):
            r = int(r)
        else:
            raise TypeError('Expected int as r')
        if r < 0:
            raise ValueError('r must be non-negative')
        self._gen = _permutations(pool, n, r)


def _permutations(pool, n, r):
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in range(r - 1, -1, -1):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[k] for k in indices[:r])
                break
        else:
            return


class combinations(_GenIter):
    """combinations(iterable, r) -> r-length tuples in sorted position order."""

    __slots__ = ()

    def __init__(self, iterable, r):
        pool = tuple(iterable)
        r = _as_index(r)
        if r < 0:
            raise ValueError('r must be non-negative')
        self._gen = _combinations(pool, r)


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        for i in range(r - 1, -1, -1):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[k] for k in indices)


class combinations_with_replacement(_GenIter):
    """combinations_with_replacement(iterable, r) -> tuples allowing repeats."""

    __slots__ = ()

    def __init__(self, iterable, r):
        pool = tuple(iterable)
        r = _as_index(r)
        if r < 0:
            raise ValueError('r must be non-negative')
        self._gen = _combinations_wr(pool, r)


def _combinations_wr(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        for i in range(r - 1, -1, -1):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple(pool[k] for k in indices)

# CPython's classes are C types named 'itertools.count' etc. in messages built from tp_name.
from _typenames import set_type_name as _set_type_name
for _cls in (count, cycle, repeat, accumulate, chain, compress, dropwhile, takewhile, filterfalse,
             groupby, _grouper, islice, pairwise, starmap, zip_longest, _tee, product, permutations,
             combinations, combinations_with_replacement):
    _set_type_name(_cls, 'itertools.' + _cls.__name__)
del _cls, _set_type_name
