# list/tuple/dict/set/frozenset/str/bytes constructors from many sources, including copies.
src = [3, 1, 2]
l = list(src)
print(l, l is src, l == src, list(), list(range(3)), list("ab"), list({"k": 1}), list(x for x in (1, 2)))
t = tuple(src)
print(t, tuple(), tuple(t) is t, tuple([]), tuple("xy"), tuple({1: 2}.items()))
print(dict(), dict(a=1, b=2), dict([("a", 1), ["b", 2]]), dict({"a": 1}, b=2), dict(zip("ab", [1, 2])))
print(dict([("a", 1), ("a", 2)]), dict({1: 2}) == {1: 2}, dict(dict(x=1)))
print(sorted(set("hello")), set(), sorted(set([3, 3, 1])), sorted(frozenset(range(3))), frozenset() == set())
print(str(), str(5), str([1]), str("x"), bytes(), bytes(3), bytes([1, 2]), bytearray(2))
d = {"k": [1]}
shallow = dict(d)
shallow["k"].append(2)
print(d, shallow is not d)
class Mapping:
    def keys(self):
        return ["x", "y"]
    def __getitem__(self, k):
        return k * 2
print(dict(Mapping()))
for fn, arg in [(list, 5), (tuple, None), (dict, [1]), (dict, ["ab", "cde"]), (set, 1.5), (frozenset, [[1]])]:
    try:
        print(fn(arg))
    except (TypeError, ValueError) as e:
        print(fn.__name__, type(e).__name__ + ":", e)
print(dict(["ab", "cd"]), list(map(list, ["ab"])), tuple(tuple(x) for x in ["ab"]))
print(type(list.__new__(list)).__name__, list.__init__ is not None, isinstance(list, type))
print(list((1, 2)) == [1, 2], tuple([1, 2]) == (1, 2), list((1, 2)) == tuple([1, 2]))
nested = [[1, 2], [3]]
copy = list(nested)
copy[0].append(99)
copy.append([4])
print(nested, copy)
