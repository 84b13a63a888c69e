# dict methods: get/setdefault/pop/popitem/update/fromkeys/copy/clear and their errors.
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("c", 3), d.setdefault("a", 100), d)
print(d.pop("b"), d.pop("zz", "default"), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError:", e)
d.update({"x": 10}, y=20)
d.update([("z", 30)])
d.update(a=-1)
print(d)
print(d.popitem(), d.popitem(), d)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], []), dict.fromkeys(range(3), "v"))
shared = dict.fromkeys("ab", [])
shared["a"].append(1)
print(shared)
c = d.copy()
c["new"] = 1
print(d, c, c is not d)
c.clear()
print(c, len(c))
print(dict(), dict(a=1), dict([("k", "v")]), dict({"m": 1}, n=2), dict(zip("ab", (1, 2))))
try:
    dict([("a", 1, 2)])
except ValueError as e:
    print("ValueError:", e)
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    {}["missing"]
except KeyError as e:
    print("KeyError:", repr(e), e.args)
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
e = {1: "int", 1.0: "float", True: "bool"}
print(e, len(e))
m = {"k": 1}
m |= {"j": 2}
print(m | {"k": 0}, {"k": 0} | m, m)
try:
    m | [("x", 1)]
except TypeError as e:
    print("TypeError:", e)
print("k" in m, 1 in m, m.__contains__("j"), len(m), list(m), m == {"j": 2, "k": 1})
print({1: 2} == {1: 2.0}, {"a": [1]} != {"a": [1]}, {} == {}, dict(m) is not m)
print(sorted({3: 1, 1: 2, 2: 3}.items(), key=lambda kv: kv[1], reverse=True))
