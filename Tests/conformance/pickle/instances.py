# Pickling instances through the reduce protocol: __dict__, __slots__, __getstate__/__setstate__,
# __reduce__/__reduce_ex__, __getnewargs__(_ex), exceptions, functions and classes by reference,
# shared and recursive references; the bytes are compared with CPython's for every protocol.
import pickle
import copyreg


def show(label, obj, protos=range(6)):
    for p in protos:
        try:
            data = pickle.dumps(obj, p)
        except Exception as e:
            print(label, p, "dumps", type(e).__name__, e)
            continue
        back = pickle.loads(data)
        print(label, p, data.hex())
        print("   ", describe(back))


def describe(o):
    if isinstance(o, Plain):
        return "Plain(%r)" % (sorted(o.__dict__.items()),)
    if isinstance(o, Slotted):
        return "Slotted(%r, %r)" % (getattr(o, "a", "-"), getattr(o, "b", "-"))
    if isinstance(o, (Stateful, Reduced, NewArgs, NewArgsEx, Point)):
        return repr(o)
    if callable(o) and hasattr(o, "__qualname__") and not isinstance(o, type):
        return "callable " + o.__qualname__
    if isinstance(o, BaseException):
        return "%s%r %r" % (type(o).__name__, o.args, sorted(vars(o).items()))
    return repr(o)


class Plain:
    def __init__(self, **kw):
        self.__dict__.update(kw)


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a, b=None):
        self.a = a
        if b is not None:
            self.b = b


class SlottedDict(Slotted):
    __slots__ = ("__dict__", "c")


class Stateful:
    def __init__(self, x):
        self.x = x
        self.cache = "drop me"

    def __getstate__(self):
        return {"x": self.x}

    def __setstate__(self, state):
        self.x = state["x"]
        self.restored = True

    def __repr__(self):
        return "Stateful(x=%r, restored=%r, cache=%r)" % (self.x, getattr(self, "restored", False),
                                                         getattr(self, "cache", None))


class Reduced:
    def __init__(self, a, b):
        self.a, self.b = a, b

    def __reduce__(self):
        return (Reduced, (self.a, self.b))

    def __repr__(self):
        return "Reduced(%r, %r)" % (self.a, self.b)


class NewArgs(int):
    def __new__(cls, v, tag):
        o = int.__new__(cls, v)
        o.tag = tag
        return o

    def __getnewargs__(self):
        return (int(self), self.tag)

    def __repr__(self):
        return "NewArgs(%d, %r)" % (int(self), self.tag)


class NewArgsEx:
    def __new__(cls, *, key):
        o = object.__new__(cls)
        o.key = key
        return o

    def __getnewargs_ex__(self):
        return (), {"key": self.key}

    def __repr__(self):
        return "NewArgsEx(key=%r)" % (self.key,)


class Point(tuple):
    def __new__(cls, x, y):
        return tuple.__new__(cls, (x, y))

    def __getnewargs__(self):
        return tuple(self)

    def __repr__(self):
        return "Point%r" % (tuple(self),)


class Outer:
    class Inner:
        pass


class MyError(Exception):
    def __init__(self, msg, code):
        super().__init__(msg, code)
        self.code = code


def module_function(x):
    return x * 2


show("plain", Plain(a=1, b=[2, 3], c="s"))
show("slots", Slotted(1, 2), protos=range(2, 6))
show("slots-partial", Slotted(5), protos=range(2, 6))
sd = SlottedDict(1, 2)
sd.c = 3
sd.extra = "e"
show("slots+dict", sd, protos=range(2, 6))
show("state", Stateful(7))
show("reduce", Reduced(1, "two"))
show("newargs", NewArgs(5, "five"), protos=range(2, 6))
show("newargs_ex", NewArgsEx(key="k"), protos=range(2, 6))
show("tuple-subclass", Point(1, 2), protos=range(2, 6))
show("nested-class", Outer.Inner)
show("function", module_function)
show("class", Plain)
show("exception", ValueError("bad", 3))
e = MyError("boom", 42)
show("exception-attrs", e)
show("oserror", OSError(2, "No such file"))
show("bound-method", Reduced(1, 2).__reduce__, protos=(2, 4))
show("builtin-method", [1, 2].append, protos=(2, 4))

# shared and recursive references
shared = [1, 2]
show("shared", [shared, shared, (shared,)])
rec = []
rec.append(rec)
data = pickle.dumps(rec)
back = pickle.loads(data)
print("recursive list", data.hex(), back[0] is back)
d = {}
d["self"] = d
back = pickle.loads(pickle.dumps(d, 2))
print("recursive dict", back["self"] is back)
p = Plain()
p.me = p
p.items = [p]
for proto in range(6):
    back = pickle.loads(pickle.dumps(p, proto))
    print("recursive instance", proto, back.me is back, back.items[0] is back)
t = ([],)
t[0].append(t)
for proto in range(6):
    data = pickle.dumps(t, proto)
    back = pickle.loads(data)
    print("recursive tuple", proto, data.hex(), back[0][0] is back)
fs = Plain()
fs.s = frozenset([1])
print(pickle.dumps([fs.s, fs.s], 4).hex())


# copyreg registrations and reduce variants
class Registered:
    def __init__(self, v):
        self.v = v


def reduce_registered(o):
    return (Registered, (o.v * 10,))


copyreg.pickle(Registered, reduce_registered)
print("copyreg", pickle.loads(pickle.dumps(Registered(4))).v, pickle.dumps(Registered(4), 2).hex())


class ListLike(list):
    pass


class DictLike(dict):
    pass


ll = ListLike([1, 2, 3])
ll.attr = "x"
dl = DictLike(a=1)
dl.attr = "y"
for proto in range(6):
    b1 = pickle.loads(pickle.dumps(ll, proto))
    b2 = pickle.loads(pickle.dumps(dl, proto))
    print("subclasses", proto, type(b1).__name__, b1, b1.attr, type(b2).__name__, b2, b2.attr,
          pickle.dumps(ll, proto).hex(), pickle.dumps(dl, proto).hex())


class WithSetter:
    def __init__(self):
        self.v = 0

    def __reduce__(self):
        return (WithSetter, (), {"v": 9}, None, None, set_state)


def set_state(obj, state):
    obj.v = state["v"] + 1


print("state_setter", pickle.loads(pickle.dumps(WithSetter(), 5)).v, pickle.dumps(WithSetter(), 5).hex())


class Items:
    def __init__(self):
        self.log = []

    def append(self, x):
        self.log.append(("append", x))

    def extend(self, xs):
        self.log.append(("extend", list(xs)))

    def __setitem__(self, k, v):
        self.log.append(("set", k, v))

    def __reduce__(self):
        return (Items, (), None, iter([1, 2, 3]), iter([("a", 1), ("b", 2)]))


for proto in (0, 1, 2, 4):
    print("listitems/dictitems", proto, pickle.loads(pickle.dumps(Items(), proto)).log)

# errors while pickling
for bad in (lambda: 0, Outer, type("Dyn", (), {})):
    try:
        pickle.dumps(bad)
    except pickle.PicklingError as e:
        print("PicklingError", type(bad).__name__, str(e).split(" at 0x")[0])
    else:
        print("pickled", bad)


def local():
    class Local:
        pass
    return Local


for proto in (0, 4):
    try:
        pickle.dumps(local(), proto)
    except Exception as e:
        print(proto, type(e).__name__, e)
    try:
        pickle.dumps(local()(), proto)
    except Exception as e:
        print(proto, type(e).__name__, e)


class BadReduce:
    def __init__(self, rv):
        self.rv = rv

    def __reduce__(self):
        return self.rv


for rv in (42, (), (Plain,), (Plain, (), None, None, None, None, None), (Plain, [1]), (1, ()),
           (Plain, (), None, [1]), (Plain, (), None, None, {1: 2})):
    try:
        pickle.dumps(BadReduce(rv), 2)
        print("no error for", rv)
    except pickle.PicklingError as e:
        print("PicklingError:", e)
    except Exception as e:
        print(type(e).__name__)
