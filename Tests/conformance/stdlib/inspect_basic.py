# inspect: signature()/Signature/Parameter str and bind, predicates, getmembers/getmro,
# getdoc/cleandoc, getfile/getmodule, getsource, currentframe/stack.
import functools
import inspect
import os
import sys
import types
from typing import List, Optional


def plain(a, b=1, *args, c, d=2, **kw):
    """Plain function.

        Indented detail line.
    """


def annotated(x: int, y: 'str' = 'hi', *, z: List[int] = None) -> Optional[float]:
    return None


def posonly(a, b, /, c, *, d):
    pass


def gen():
    yield 1


lam = lambda q, r=3: q + r


class Base:
    """Base docstring."""
    attr = 10

    def method(self, x, y=2):
        """Method doc."""
        return x

    @classmethod
    def cmethod(cls, value):
        return value

    @staticmethod
    def smethod(a, b):
        return a

    @property
    def prop(self):
        return 1


class Child(Base):
    def method(self, x, y=2):
        return x


class WithInit:
    def __init__(self, name, *, size=0):
        self.name = name


class CallMe:
    def __call__(self, item, count=1):
        return item


@functools.wraps(plain)
def wrapper(*args, **kwargs):
    return plain(*args, **kwargs)


for f in (plain, annotated, posonly, gen, lam, Base().method, Base.method, Base.cmethod,
          Base.smethod, WithInit, CallMe(), wrapper, functools.partial(plain, 1, c=3),
          lambda: None, Base):
    print(inspect.signature(f))
sig = inspect.signature(plain)
print(repr(sig), list(sig.parameters), sig.return_annotation is inspect.Signature.empty)
for p in sig.parameters.values():
    print(repr(p), p.kind, p.kind.description, p.default is p.empty, int(p.kind))
print(inspect.signature(annotated).parameters['z'].annotation)
print(inspect.signature(annotated).return_annotation)
b = sig.bind(10, 20, 30, c=4, extra=5)
print(b, b.args, b.kwargs)
b.apply_defaults()
print(b.arguments)
print(sig.bind_partial(1).arguments)
for args, kwargs in (((), {}), ((1,), {}), ((1, 2), {'c': 3, 'b': 4})):
    try:
        sig.bind(*args, **kwargs)
    except TypeError as e:
        print('TypeError:', e)
try:
    inspect.signature(posonly).bind(1, b=2, c=3, d=4)
except TypeError as e:
    print('TypeError:', e)
P = inspect.Parameter
s2 = inspect.Signature([P('a', P.POSITIONAL_ONLY), P('b', P.POSITIONAL_OR_KEYWORD, default=5),
                        P('rest', P.VAR_POSITIONAL), P('k', P.KEYWORD_ONLY, annotation=int)],
                       return_annotation=str)
print(s2, s2 == inspect.signature(lambda a, /, b=5, *rest, k: None), s2.replace(return_annotation=inspect.Signature.empty))
print(P('x', P.KEYWORD_ONLY, default=None).replace(name='y'))
for bad in (lambda: inspect.Signature([P('a', P.KEYWORD_ONLY), P('b', P.POSITIONAL_ONLY)]),
            lambda: inspect.Signature([P('a', P.POSITIONAL_OR_KEYWORD, default=1),
                                       P('b', P.POSITIONAL_OR_KEYWORD)]),
            lambda: inspect.Signature([P('a', P.POSITIONAL_ONLY), P('a', P.KEYWORD_ONLY)]),
            lambda: P('1x', P.POSITIONAL_ONLY), lambda: P('v', P.VAR_POSITIONAL, default=1),
            lambda: inspect.signature(3)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
print(inspect.getfullargspec(plain))
print(inspect.getcallargs(plain, 1, c=2))

# predicates
objs = [inspect, Base, Base(), Base().method, Base.method, plain, gen, gen(), len, [].append,
        str.join, object.__init__, lam, Base.__dict__['prop'], sys._getframe(), plain.__code__]
for name in ('ismodule', 'isclass', 'ismethod', 'isfunction', 'isgeneratorfunction',
             'isgenerator', 'isbuiltin', 'isroutine', 'ismethoddescriptor',
             'isdatadescriptor', 'isframe', 'iscode', 'iscoroutinefunction', 'isabstract'):
    print(name, [getattr(inspect, name)(o) for o in objs])

# members and docs
print([name for name, _ in inspect.getmembers(Child) if not name.startswith('__')])
print(inspect.getmembers(Child, inspect.isfunction)[0][0],
      [n for n, v in inspect.getmembers(Base(), inspect.ismethod)])
print(inspect.getmro(Child) == (Child, Base, object))
print(repr(inspect.getdoc(plain)))
print(inspect.getdoc(Child), '|', inspect.getdoc(Child.method), '|', inspect.getdoc(Child().method))
print(repr(inspect.cleandoc('  first\n      second\n    third\n\n')))
print(os.path.basename(inspect.getfile(plain)), os.path.basename(inspect.getfile(Base)),
      os.path.basename(inspect.getfile(inspect)))
print(inspect.getmodule(plain).__name__, inspect.getmodule(Base.method).__name__,
      inspect.getmodule(inspect) is inspect)
for bad in (len, 3):
    try:
        inspect.getfile(bad)
    except TypeError as e:
        print('TypeError:', e)
print(inspect.getmodulename('/a/b/module.py'), inspect.getmodulename('x.txt'))

# source
print(inspect.getsource(Base.method), end='')
print(inspect.getsource(lam), end='')
print(inspect.getsource(posonly), end='')
lines, start = inspect.getsourcelines(WithInit)
print(start, len(lines), lines[0], end='')
print(inspect.getsource(annotated), end='')

# frames
def where():
    frame = inspect.currentframe()
    info = inspect.getframeinfo(frame)
    return (frame.f_code.co_name, info.function, info.lineno - frame.f_code.co_firstlineno,
            info.code_context[0].strip())


print(where())


def outer():
    return [(fi.function, os.path.basename(fi.filename)) for fi in inspect.stack()[:2]]


print(outer())
print(inspect.unwrap(wrapper) is plain)
print(inspect.get_annotations(annotated))
print(inspect.formatannotation(int), inspect.formatannotation(List[int]),
      inspect.formatannotation(os.stat_result), inspect.formatannotation(list[str]))
for a, k in (((), {}), ((1, 2, 3, 4), {'c': 1, 'zz': 2}), ((1,), {'a': 2, 'c': 1})):
    try:
        print(inspect.getcallargs(posonly if not k.get('zz') else plain, *a, **k))
    except TypeError as e:
        print('TypeError:', e)
print(sorted(inspect.getcallargs(Base().method, 5)))
