# Classes that are C types in CPython show their dotted tp_name ('datetime.date') in messages
# the interpreter builds from the type; __name__, __qualname__ and repr stay as for any class.
import datetime, decimal, collections, functools, itertools, operator, re, contextvars, os, time

for cls in [datetime.date, datetime.timedelta, decimal.Decimal, collections.deque, functools.partial,
            itertools.count, operator.itemgetter, re.Pattern, os.stat_result, time.struct_time]:
    print(repr(cls), cls.__name__, cls.__qualname__, cls.__module__)

for expr in ["datetime.date(2024, 1, 1).foo", "datetime.time(1) < 3", "datetime.timezone.utc + 1",
             "datetime.datetime(2024, 1, 1) * 2", "decimal.Decimal(1) + 'x'", "decimal.Context().foo",
             "collections.deque() + 1", "collections.OrderedDict() - 1", "collections.defaultdict() - 1",
             "functools.partial(print).zz", "itertools.count() + 1", "itertools.chain() - 1",
             "operator.itemgetter(1) < 2", "operator.attrgetter('a') + 1", "re.compile('a') + 1",
             "re.match('a', 'a') + 1", "os.stat('.').foo", "time.gmtime(0).foo",
             "contextvars.ContextVar('a') + 1", "len(datetime.date(2024, 1, 1))"]:
    try:
        eval(expr)
    except Exception as e:
        print(expr, '->', type(e).__name__, e)


# A subclass has its own plain name, as in CPython.
class D(datetime.date):
    pass


try:
    D(2024, 1, 1) + 1
except TypeError as e:
    print(e)
print(D.__name__, repr(D).split('.')[-1])
D.__name__ = 'E'
try:
    D(2024, 1, 1).zz
except AttributeError as e:
    print(e)
