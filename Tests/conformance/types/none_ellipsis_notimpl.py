# The singletons None, Ellipsis and NotImplemented.
print(None, repr(None), str(None), type(None).__name__, bool(None), None is None, None == None)
print(type(None)() is None, type(Ellipsis)() is Ellipsis, type(NotImplemented)() is NotImplemented)
print(..., Ellipsis, repr(...), type(...).__name__, ... is Ellipsis, bool(...))
print(NotImplemented, repr(NotImplemented), type(NotImplemented).__name__)
print(hash(None) == hash(None), {None: "n", ...: "e"}, [None, ..., NotImplemented])
def f():
    pass
nothing = None
print(f() is None, print() if False else "print returns None", [].append(1) is None, {}.update() is None)
try:
    None + 1
except TypeError as e:
    print("TypeError:", e)
try:
    nothing()
except TypeError as e:
    print("TypeError:", e)
try:
    None.attr
except AttributeError as e:
    print("AttributeError:", e)
try:
    nothing[0]
except TypeError as e:
    print("TypeError:", e)
try:
    len(None)
except TypeError as e:
    print("TypeError:", e)
try:
    for _ in None:
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    None < None
except TypeError as e:
    print("TypeError:", e)
print(None != 0, None != False, None != "", sorted([3, 1], key=lambda x: (x is None, x)))
vals = [3, None, 1, None, 2]
print(sorted(vals, key=lambda x: (x is None, x if x is not None else 0)))
print(str(None).lower(), f"{None}", "%s" % None, "{}".format(None), format(None))
d = {"k": None}
print(d.get("k"), d.get("missing"), "k" in d, d.get("k", "default"))
print(Ellipsis.__class__.__name__, NotImplemented.__class__.__name__, None.__class__.__name__)
print((1).__eq__("x"), "x".__lt__(1), [].__eq__(()), None.__eq__(None), None.__ne__(1))
