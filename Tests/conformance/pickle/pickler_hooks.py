# Pickler/Unpickler hooks: persistent_id/persistent_load, dispatch_table, reducer_override,
# memo behaviour across dump calls, find_class overrides; copy.copy/deepcopy via the reduce protocol.
import copy
import copyreg
import io
import pickle


class Record:
    def __init__(self, key):
        self.key = key


DB = {"r1": Record("r1"), "r2": Record("r2")}


class DBPickler(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, Record):
            return "Record:" + obj.key
        return None


class DBUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        kind, _, key = pid.partition(":")
        if kind != "Record":
            raise pickle.UnpicklingError("unsupported persistent object")
        return DB[key]


for proto in range(6):
    f = io.BytesIO()
    DBPickler(f, proto).dump([DB["r1"], DB["r2"], DB["r1"], "plain"])
    data = f.getvalue()
    back = DBUnpickler(io.BytesIO(data)).load()
    print("persistent", proto, data.hex(), back[0] is DB["r1"], back[1] is DB["r2"], back[3])
f = io.BytesIO()
DBPickler(f, 2).dump(DB["r1"])
try:
    pickle.loads(f.getvalue())
except pickle.UnpicklingError as e:
    print("UnpicklingError", e)
try:
    DBPickler(io.BytesIO(), 0).dump(Record("\u20ac"))
except Exception as e:
    print(type(e).__name__)


class Unknown:
    def __init__(self, v):
        self.v = v


def reduce_unknown(o):
    return (Unknown, (o.v + 100,))


class TablePickler(pickle.Pickler):
    dispatch_table = copyreg.dispatch_table.copy()
    dispatch_table[Unknown] = reduce_unknown


f = io.BytesIO()
TablePickler(f, 4).dump([Unknown(1)])
print("dispatch_table", f.getvalue().hex(), pickle.loads(f.getvalue())[0].v)
f = io.BytesIO()
p = pickle.Pickler(f, 2)
p.dispatch_table = {Unknown: lambda o: (Unknown, (-o.v,))}
p.dump(Unknown(3))
print("instance dispatch_table", pickle.loads(f.getvalue()).v)


class OverridePickler(pickle.Pickler):
    def reducer_override(self, obj):
        if isinstance(obj, Unknown):
            return (Unknown, ("override",))
        if obj is len:
            return (str, ("len was here",))
        return NotImplemented


for proto in (2, 4, 5):
    f = io.BytesIO()
    OverridePickler(f, proto).dump([Unknown(1), len, 5, "s", Record("x")])
    back = pickle.loads(f.getvalue())
    print("reducer_override", proto, back[0].v, back[1], back[2], back[3], type(back[4]).__name__)

# a Pickler keeps its memo across dump() calls unless clear_memo() is called
f = io.BytesIO()
pk = pickle.Pickler(f, 2)
obj = ["shared"]
pk.dump(obj)
pk.dump(obj)
pk.clear_memo()
pk.dump(obj)
print("memo across dumps", f.getvalue().hex())
f.seek(0)
up = pickle.Unpickler(f)
a = up.load()
b = up.load()
c = up.load()
print(a, b, c, a is b, a is c)


class SafeUnpickler(pickle.Unpickler):
    def find_class(self, module, name):
        if module in ("builtins", "__builtin__") and name in ("set", "frozenset"):
            return super().find_class(module, name)
        raise pickle.UnpicklingError("global '%s.%s' is forbidden" % (module, name))


for proto in (0, 2, 4):
    print(SafeUnpickler(io.BytesIO(pickle.dumps({1, 2}, proto))).load())
    try:
        SafeUnpickler(io.BytesIO(pickle.dumps(len, proto))).load()
    except pickle.UnpicklingError as e:
        print("forbidden:", e)

# out-of-band buffers (protocol 5)
buffers = []
data = pickle.dumps([pickle.PickleBuffer(b"outside"), b"inside"], 5, buffer_callback=buffers.append)
print("oob", data.hex(), len(buffers))
print(pickle.loads(data, buffers=[b"outside"]))
try:
    pickle.loads(data)
except pickle.UnpicklingError as e:
    print("UnpicklingError", e)
print(pickle.loads(pickle.dumps(pickle.PickleBuffer(b"inband"), 5)),
      pickle.loads(pickle.dumps(pickle.PickleBuffer(bytearray(b"rw")), 5)))


# copy and deepcopy through the same reduce protocol
class Node:
    def __init__(self, name, children=()):
        self.name = name
        self.children = list(children)


class Slots:
    __slots__ = ("x", "y")


class Custom:
    def __init__(self, v):
        self.v = v

    def __reduce_ex__(self, proto):
        return (Custom, (self.v * 2,))


class CopyHooks:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        return CopyHooks("copied " + self.v)

    def __deepcopy__(self, memo):
        return CopyHooks("deep " + self.v)


leaf = Node("leaf")
tree = Node("root", [leaf, leaf])
tree.children.append(tree)
c1 = copy.copy(tree)
c2 = copy.deepcopy(tree)
print("copy", c1 is not tree, c1.children is tree.children, c2.children[0] is c2.children[1],
      c2.children[0] is not leaf, c2.children[2] is c2)
s = Slots()
s.x = 1
s.y = [2]
cs = copy.copy(s)
ds = copy.deepcopy(s)
print("slots", cs.x, cs.y is s.y, ds.y == s.y, ds.y is not s.y)
print("custom", copy.copy(Custom(3)).v, copy.deepcopy(Custom(3)).v)
print("hooks", copy.copy(CopyHooks("a")).v, copy.deepcopy(CopyHooks("a")).v)
copyreg.pickle(Unknown, lambda o: (Unknown, (o.v * 7,)))
print("copyreg", copy.copy(Unknown(1)).v, copy.deepcopy(Unknown(2)).v)
print(copy.deepcopy({"a": [1, {2, 3}], "b": (1, [2])}), copy.copy([1, [2]]))
e = ValueError("x", 1)
e.note = "n"
ce = copy.deepcopy(e)
print("exception", type(ce).__name__, ce.args, ce.note)
