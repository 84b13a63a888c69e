a or b or c and d
not a and not b
a < b <= c != d == e > f >= g
a in b not in c is d is not e
a | b ^ c & d << e >> f + g - h * i / j // k % l @ m
-a + +b - ~c
a ** b ** c
-a ** -b
(a + b) * c
a if b else c if d else e
lambda: 0
lambda x: x
lambda x, y=1, *args, z, w=2, **kw: x
lambda x, /, y, *, z: 0
lambda *a, **k: 0
lambda *, a=1: a
(x := 10)
[y := f(x), y ** 2]
f(a)(b)[c].d
f()
f(a, b, *c, d=1, *e, **f)
f(x for x in y)
f(*args, **kwargs)
a[1]
a[1:2]
a[1:2:3]
a[::2]
a[:]
a[:, 1]
a[1:2, ::3]
a[1, 2]
a[(1, 2)]
a[*b]
a[b, *c]
()
(1,)
(1, 2, 3)
[]
[1, 2, *rest]
{}
{1: 2, 'a': b, **c}
{1, 2, *s}
[x for x in y]
[x for x in y if x if not z]
[(x, y) for x in a for y in b if x != y]
{k: v for k, v in items}
{x for x in s}
(x for x in y)
[[y for y in x] for x in z]
True, False, None
x = 1, 2,
x = *a, *b
a.b.c.d
x[1][2]
f(a)[b](c)
not not x
a if b else (lambda: c)
(yield)
