# Dispatching JSON-like records with mapping patterns: required keys, nested structures,
# **rest, value-pattern keys, class patterns on leaves, custom Mapping types (subclassed and
# registered with collections.abc.Mapping), and which methods the match calls on the subject.
import json
from collections import OrderedDict, defaultdict, UserDict
from collections.abc import Mapping


class Key:
    KIND = "kind"
    ID = "id"


def handle(event):
    match event:
        case {"kind": "user", "id": int(uid), "name": str(name), **extra} if not extra:
            return "user %d %s" % (uid, name)
        case {"kind": "user", "id": int(uid), **extra}:
            return "user %d with extras %s" % (uid, sorted(extra))
        case {Key.KIND: "order", "items": [{"sku": str(), "qty": int()}, *_] as items, **rest}:
            total = sum(item["qty"] for item in items)
            return "order of %d item lines, %d units, rest=%r" % (len(items), total, sorted(rest.items()))
        case {"kind": "order", "items": []}:
            return "empty order"
        case {"kind": "point", "coords": {"x": x, "y": y}} | {"kind": "point", "coords": [x, y]}:
            return "point at %r,%r" % (x, y)
        case {"kind": "batch", "events": [*events]}:
            return "batch[" + "; ".join(handle(e) for e in events) + "]"
        case {"kind": None | True | False as flag}:
            return "flag kind %r" % (flag,)
        case {"kind": str(kind)}:
            return "unknown kind %r" % kind
        case {"kind": _}:
            return "kind is not a string"
        case {}:
            return "no kind among %s" % sorted(map(str, event))
        case [*items]:
            return "list of %d" % len(items)
        case str() | bytes():
            return "text %r" % (event,)
        case _:
            return "unhandled %s" % type(event).__name__


records = json.loads("""[
 {"kind": "user", "id": 1, "name": "ann"},
 {"kind": "user", "id": 2, "name": "bob", "admin": true},
 {"kind": "user", "id": "3", "name": "cy"},
 {"kind": "order", "items": [{"sku": "a1", "qty": 2}, {"sku": "b2", "qty": 5}], "note": "gift"},
 {"kind": "order", "items": [{"sku": 7, "qty": 2}]},
 {"kind": "order", "items": []},
 {"kind": "point", "coords": {"x": 1, "y": 2, "z": 3}},
 {"kind": "point", "coords": [4, 5]},
 {"kind": "point", "coords": [4, 5, 6]},
 {"kind": "batch", "events": [{"kind": "user", "id": 9, "name": "dee"}, {"kind": "order", "items": []}]},
 {"kind": null}, {"kind": true}, {"kind": "alien"}, {"kind": 12},
 {"id": 5, "name": "nobody"}, {}, [1, 2, 3], "just text", 3.5, null
]""")
for r in records:
    print(handle(r))
print(handle(b"raw"), handle(bytearray(b"ba")), handle((1, 2)))

# Mapping subclasses and ordered/default dicts
print(handle(OrderedDict(kind="user", id=4, name="od")))
dd = defaultdict(list, kind="point")
print(handle(dd), "-> defaultdict untouched:", sorted(dd))
print(handle(UserDict(kind="user", id=6, name="ud")))


class Record(Mapping):
    """A read-only mapping that logs the methods pattern matching calls."""
    def __init__(self, **data):
        self._data = data
        self.calls = []
    def __getitem__(self, key):
        self.calls.append("getitem %s" % key)
        return self._data[key]
    def __iter__(self):
        self.calls.append("iter")
        return iter(self._data)
    def __len__(self):
        self.calls.append("len")
        return len(self._data)
    def get(self, key, default=None):
        self.calls.append("get %s" % key)
        return self._data.get(key, default)


rec = Record(kind="user", id=7, name="rec")
print(handle(rec))
print(rec.calls)
rec = Record(kind="user", id=8, name="rec", extra=1)
print(handle(rec))
print(rec.calls)


class Registered:
    """Not a Mapping subclass: registered as a virtual subclass."""
    def __init__(self, data):
        self.data = data
    def get(self, key, default=None):
        return self.data.get(key, default)
    def keys(self):
        return self.data.keys()
    def __iter__(self):
        return iter(self.data)
    def __len__(self):
        return len(self.data)
    def __getitem__(self, key):
        return self.data[key]


class Plain(Registered):
    pass


print(handle(Registered({"kind": "order", "items": []})), "(before registration)")
Mapping.register(Registered)
print(handle(Registered({"kind": "order", "items": []})), "(after registration)")
print(handle(Plain({"kind": "alien"})), "(subclass of a registered class)")


class LateSub(Registered):
    pass


print(handle(LateSub({"kind": "alien"})), "(subclass created after registration)")

# a missing key: .get is used, so __missing__ and __getitem__ are not involved
class Loud(dict):
    def __missing__(self, key):
        print("__missing__", key)
        return "default"
    def __getitem__(self, key):
        print("__getitem__", key)
        return dict.__getitem__(self, key)
print(handle(Loud(kind="user", id=10, name="loud")))
print(handle(Loud(id=11)))

# **rest is a new dict, the subject stays as it was
subject = {"kind": "user", "id": 12, "a": 1, "b": 2}
match subject:
    case {"kind": "user", **rest}:
        rest["c"] = 3
        print(type(rest).__name__, sorted(rest.items()), sorted(subject))
match {}:
    case {**rest}:
        print("empty rest", rest)

# keys are compared by hash/equality: 1, 1.0 and True are the same key
match {1: "one", "x": None}:
    case {True: v, "x": None}:
        print("True found key 1 ->", v)
match {-1: "neg", 2j: "imag", b"k": "bytes", 1.5: "float", None: "none", -1-2j: "complex"}:
    case {-1: a, 2j: b, b"k": c, 1.5: d, None: e, -1 - 2j: f}:
        print(a, b, c, d, e, f)

# runtime errors
class Same:
    A = "k"
    B = "k"
for subject in [{"k": 1, "j": 2}, {"j": 1}]:
    try:
        match subject:
            case {Same.A: 1, Same.B: 2}:
                print("matched?")
            case _:
                print("no match for", subject)
    except ValueError as e:
        print("ValueError:", e)
class Unhashable:
    KEY = []
try:
    match {"a": 1}:
        case {Unhashable.KEY: 1}:
            pass
except TypeError as e:
    print("TypeError:", e)
class BadGet(dict):
    def get(self, key, default=None):
        raise RuntimeError("get failed for %r" % (key,))
try:
    match BadGet(kind="user"):
        case {"kind": "user"}:
            pass
except RuntimeError as e:
    print("RuntimeError:", e)
