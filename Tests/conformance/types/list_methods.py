# list methods: append/extend/insert/remove/pop/index/count/reverse/copy/clear and their errors.
l = [3, 1, 4, 1, 5]
l.append(9)
l.extend((2, 6))
l.extend(x for x in "ab")
l.insert(0, "start")
l.insert(100, "end")
l.insert(-1, "before end")
l.insert(-100, "very start")
print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove(1)
print(l, l.index(1), l.index(5, 2), l.count(1), l.count("zz"))
for bad in (lambda: l.remove("zz"), lambda: l.index("zz"), lambda: [].pop(), lambda: l.pop(100),
            lambda: l.index(3, 1), lambda: l.insert("x", 1)):
    try:
        bad()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__ + ":", e)
c = l.copy()
c.reverse()
print(c, l[::-1] == c, c is not l)
c.clear()
print(c, l != c)
n = [[0] * 2] * 2
n[0][0] = 1
print(n)
m = [[0] * 2 for _ in range(2)]
m[0][0] = 1
print(m)
a = [1, 2, 3]
b = a
b += [4]
print(a, a is b)
b = b + [5]
print(a, b)
print([1, 2] * 2, [] * 5, [None] * 3, list("abc"), list(range(3)), list((1, 2)), list({"k": 1}))
print([1, [2, 3]] == [1, [2, 3]], [1, 2] < [1, 2, 0], [2] > [1, 99], [1, 2] == (1, 2))
x = [1, 2, 3, 4, 5]
x[1:3] = []
x[0:0] = ["a", "b"]
x[-1:] = ["z", "zz"]
print(x, len(x), x.index("z"), min([3, 1, 2]), max([[1, 2], [1, 3]]), sum([[1], [2]], []))
print(l.__len__(), [].__class__.__name__, list.__name__, isinstance([], list))
lst = [1, 2, 3]
lst.extend(lst)
print(lst)
print([i for i in range(10)][::-3], [1, 2, 3].__contains__(2), [0] * 0)
