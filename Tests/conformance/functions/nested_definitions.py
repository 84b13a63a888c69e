# Functions defined conditionally, inside loops, redefined; nested function names are locals.
flag = True
if flag:
    def pick():
        return "first definition"
else:
    def pick():
        return "second definition"
print(pick())
made = []
for i in range(3):
    def fn(i=i):
        return i * 10
    made.append(fn)
print([f() for f in made], made[0] is made[1], made[0].__name__)
def outer():
    def helper():
        return "helper"
    return helper(), "helper" in locals()
print(outer())
print("helper" in globals())
def redefine():
    def f():
        return 1
    first = f()
    def f():
        return 2
    return first, f()
print(redefine())
def recursive_inner(n):
    def walk(k):
        return [] if k == 0 else [k] + walk(k - 1)
    return walk(n)
print(recursive_inner(4))
def factory(kind):
    if kind == "add":
        def op(a, b):
            return a + b
    elif kind == "mul":
        def op(a, b):
            return a * b
    else:
        op = None
    return op
print(factory("add")(3, 4), factory("mul")(3, 4), factory("x"))
def decorate_inside():
    def deco(f):
        return lambda: "decorated " + f()
    @deco
    def g():
        return "g"
    return g()
print(decorate_inside())
class Container:
    def make(self):
        def bound_like(x):
            return (self.__class__.__name__, x)
        return bound_like
print(Container().make()(5))
try:
    undefined_yet()
except NameError as e:
    print("NameError:", e)
def undefined_yet():
    return "defined now"
print(undefined_yet())
