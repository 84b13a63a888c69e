# TypeErrors and other exceptions raised while matching class, sequence and mapping patterns.
from collections.abc import Sequence


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


class NoArgs:
    pass

class ListArgs:
    __match_args__ = ["a"]

class StrArgs:
    __match_args__ = "ab"

class IntArgs:
    __match_args__ = (1,)

class TwoArgs:
    __match_args__ = ("a", "b")
    def __init__(self):
        self.a, self.b = 1, 2

class Raising:
    @property
    def x(self):
        raise KeyError("x failed")


def no_args():
    match NoArgs():
        case NoArgs(1):
            return "matched"

def list_args():
    match ListArgs():
        case ListArgs(1):
            return "matched"

def str_args():
    match StrArgs():
        case StrArgs(1):
            return "matched"

def int_args():
    match IntArgs():
        case IntArgs(_):
            return "matched"

def too_many():
    match TwoArgs():
        case TwoArgs(1, 2, 3):
            return "matched"

def duplicate_attr():
    match TwoArgs():
        case TwoArgs(1, a=1):
            return "matched"

def builtin_two():
    match 5:
        case int(5, 6):
            return "matched"

def builtin_self():
    match "abc":
        case str(s):
            return "str(s) binds " + repr(s)

def not_a_type():
    match 5:
        case len():
            return "matched"

def not_a_type_instance():
    inst = TwoArgs()
    match 5:
        case inst.a():
            return "matched"

def raising_attr():
    match Raising():
        case Raising(x=1):
            return "matched"

def wrong_class_first():
    # the isinstance check comes first: no error when the subject is of another class
    match 5:
        case NoArgs(1, 2, 3):
            return "matched"
        case _:
            return "no match, no error"

def missing_attr():
    match TwoArgs():
        case TwoArgs(c=1):
            return "matched"
        case _:
            return "missing attribute is a failed match"

def bad_isinstance():
    class Meta(type):
        def __instancecheck__(cls, inst):
            raise RuntimeError("instancecheck called")
    class Weird(metaclass=Meta):
        pass
    match 1:
        case Weird():
            return "matched"

def negative_len():
    class Neg(Sequence):
        def __len__(self):
            return -1
        def __getitem__(self, i):
            raise IndexError(i)
    match Neg():
        case [x]:
            return "matched"

def getitem_error():
    class Bad(Sequence):
        def __len__(self):
            return 3
        def __getitem__(self, i):
            raise LookupError("no item %r" % (i,))
    match Bad():
        case [a, *_, b]:
            return "matched"

def guard_error():
    match [1]:
        case [x] if x / 0:
            return "matched"

def unhashable_key():
    class K:
        KEY = {}
    match {"a": 1}:
        case {K.KEY: 1}:
            return "matched"

def duplicate_runtime_key():
    class K:
        A = B = 2
    match {2: 1, 3: 4}:
        case {K.A: 1, K.B: 2}:
            return "matched"

def get_raises():
    class M(dict):
        def get(self, k, d=None):
            raise ValueError("get(%r)" % (k,))
    match M(a=1):
        case {"a": _}:
            return "matched"

def rest_copy_error():
    class M(dict):
        def items(self):
            raise AssertionError("not used")
    match M(a=1, b=2):
        case {"a": 1, **rest}:
            return "rest=%r" % (rest,)

for label, fn in [
    ("no __match_args__", no_args), ("list __match_args__", list_args),
    ("str __match_args__", str_args), ("int in __match_args__", int_args),
    ("too many positionals", too_many), ("attribute twice", duplicate_attr),
    ("int(5, 6)", builtin_two), ("str(s)", builtin_self), ("len()", not_a_type),
    ("instance attr as class", not_a_type_instance), ("property raises", raising_attr),
    ("other class", wrong_class_first), ("missing attribute", missing_attr),
    ("__instancecheck__ raises", bad_isinstance), ("__len__ is -1", negative_len),
    ("__getitem__ raises", getitem_error), ("guard raises", guard_error),
    ("unhashable key", unhashable_key), ("duplicate key at run time", duplicate_runtime_key),
    ("get raises", get_raises), ("**rest of a dict subclass", rest_copy_error),
]:
    attempt(label, fn)
