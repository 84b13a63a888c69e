# len() of builtin containers, user classes and error cases.
print(len(""), len("héllo"), len("😀"), len(b"abc"), len(bytearray(5)), len([]), len([[]]), len((1, 2)))
print(len({}), len({1: 2, 3: 4}), len(set("aab")), len(frozenset()), len(range(10)), len(range(0, 10, 3)))
print(len({}.keys()), len({"a": 1}.items()), len(range(-5)), len("\n\t"), len(r"\n"), len(str(2 ** 100)))
class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(len(Sized(0)), len(Sized(7)), len(Sized(True)))
for bad in (Sized(-1), Sized(1.5), Sized("3"), Sized(2 ** 70)):
    try:
        len(bad)
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
for obj in (5, 1.5, None, iter([]), (x for x in []), len):
    try:
        len(obj)
    except TypeError as e:
        print("TypeError:", e)
class IndexLen:
    def __len__(self):
        class I:
            def __index__(self):
                return 4
        return I()
print(len(IndexLen()))
class BoolLen:
    def __len__(self):
        return False
print(len(BoolLen()), type(len(BoolLen())).__name__)
try:
    len()
except TypeError as e:
    print("TypeError:", e)
try:
    len([], [])
except TypeError as e:
    print("TypeError:", e)
lst = list(range(100))
del lst[::2]
print(len(lst), len(lst * 3), len(lst + lst), len(lst[10:]), len(lst[::-7]))
