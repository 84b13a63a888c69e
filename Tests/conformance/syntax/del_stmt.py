# The del statement on names, items, slices, attributes and target lists.
x = 1
del x
try:
    x
except NameError as e:
    print("NameError:", e)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError:", e)
lst = list(range(8))
del lst[0], lst[-1]
print(lst)
del lst[1:3]
print(lst)
del lst[::2]
print(lst)
class O:
    pass
o = O()
o.p = 1
o.q = 2
del o.p
print(sorted(vars(o)))
try:
    del o.p
except AttributeError as e:
    print("AttributeError:", e)
a, b, c = 1, 2, 3
del (a, b), [c]
print("a" in dir(), "b" in dir(), "c" in dir())
def f():
    y = 5
    del y
    try:
        return y
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(f())
class D:
    def __delitem__(self, k):
        print("delitem", k)
    def __delattr__(self, n):
        print("delattr", n)
dd = D()
del dd[1], dd[1:2], dd["k", 2]
del dd.anything
m = [[1, 2], [3, 4]]
del m[0][1]
print(m)
for i in range(2):
    pass
del i
print("i" in dir())
