# KeyError's str() is the repr of the key (unlike other exceptions); dict lookups show it.
d = {"a": 1}
keys = ["missing", "", "it's", 'say "hi"', 42, 3.5, (1, 2), None, ("one",), frozenset({1}), b"bytes", "é"]
for k in keys:
    try:
        d[k]
    except KeyError as e:
        print("str:", str(e), "| repr:", repr(e), "| args:", e.args)
print(str(KeyError()), repr(KeyError()), str(KeyError("a", "b")), str(KeyError(["l"])))
try:
    {}.pop("gone")
except KeyError as e:
    print("pop:", e)
try:
    set().remove("element")
except KeyError as e:
    print("set.remove:", e)
try:
    {}.popitem()
except KeyError as e:
    print("popitem:", e)
class D(dict):
    def __missing__(self, key):
        raise KeyError("custom missing: " + str(key))
try:
    D()["x"]
except KeyError as e:
    print("missing:", e)
print(str(IndexError("i")), str(ValueError("v")), str(LookupError("l")))
try:
    import sys
    sys.modules["definitely_not_loaded_module_name"]
except KeyError as e:
    print("sys.modules:", e)
