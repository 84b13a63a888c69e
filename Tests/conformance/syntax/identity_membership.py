# is / is not / in / not in, including custom __contains__, __iter__ fallback, __getitem__ fallback.
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c, None is None)
print(1 in a, 3 in a, 3 not in a, not 3 in a)
print("ell" in "hello", "" in "abc", "x" in "", "" in "")
print(2 in (1, 2), 2 in {2: "v"}, "v" in {2: "v"}, 2 in {1, 2}, 2 in range(0, 10, 2), 3 in range(0, 10, 2))
print(b"b" in b"abc", 98 in b"abc", [1] in [[1], 2])
nan = float("nan")
print(nan in [nan], nan == nan, [nan] == [nan])
class Contains:
    def __contains__(self, x):
        print("contains", x)
        return x == 42
print(42 in Contains(), 1 in Contains(), 1 not in Contains())
class Iterable:
    def __iter__(self):
        print("iter called")
        return iter([5, 6])
print(6 in Iterable(), 7 in Iterable())
class Indexed:
    def __getitem__(self, i):
        if i > 3:
            raise IndexError
        return i * 10
print(20 in Indexed(), 25 in Indexed())
class Truthy:
    def __contains__(self, x):
        return "non-empty"
print(1 in Truthy())
try:
    1 in 5
except TypeError as e:
    print("TypeError:", e)
try:
    1 in "abc"
except TypeError as e:
    print("TypeError:", e)
it = iter([1, 2, 3, 4])
print(2 in it, list(it))
print(() == (), (1,) == (1,), "a" + "b" == "ab")
