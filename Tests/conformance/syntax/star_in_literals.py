# Unpacking inside list/tuple/set/dict displays (PEP 448).
a = [1, 2]
b = (3, 4)
print([*a, *b, 5], (*a, *b), [*"hi", *range(2)])
print(sorted({*a, *b, 1, 2}), {*()} == set())
d1 = {"x": 1, "y": 2}
d2 = {"y": 20, "z": 30}
print({**d1, **d2}, {**d2, **d1}, {"y": 0, **d1}, {**d1, "y": 0})
print({**{}}, [*[]], (*(),))
print([*a, *a], len([*range(100), *range(50)]))
def g():
    yield 1
    yield 2
print([*g(), *g()], {**dict.fromkeys("ab")})
nested = [*[*a, *b], *[0]]
print(nested)
print({**{i: i * i for i in range(3)}, 99: "x"})
x, *y = *a, *b
print(x, y)
print((*a,), [*b][::-1])
keys = {1: "one", True: "true"}
print(keys)
print({**{1: "a"}, **{1.0: "b"}})
try:
    {**[1, 2]}
except TypeError as e:
    print("TypeError:", e)
try:
    [*1]
except TypeError as e:
    print("TypeError:", e)
print(*{"p": 1, "q": 2})
print(list(zip(*[(1, "a"), (2, "b"), (3, "c")])))
