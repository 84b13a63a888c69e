# The class body is a namespace executed once; names in it are not visible to nested functions.
x = "global x"
class Demo:
    x = "class x"
    y = x + "!"
    def method(self):
        return x
    def method_cls(self):
        return Demo.x
    lam = lambda self: x
    gen = [x for _ in range(1)]
    order = []
    for i in range(3):
        order.append(i)
    del i
d = Demo()
print(Demo.y, d.method(), d.method_cls(), d.lam(), Demo.gen)
print(Demo.order, hasattr(Demo, "i"))
def factory():
    local = "enclosing local"
    class Inner:
        seen = local
        def get(self):
            return local
    return Inner
I = factory()
print(I.seen, I().get())
def conflict():
    v = "function v"
    class K:
        v = "class v"
        w = v
        def f(self):
            return v
    return K.w, K().f()
print(conflict())
class Executed:
    print("class body runs at definition time")
    value = sum(range(10))
print(Executed.value)
class ReturnValues:
    def a(self):
        return "a"
    b = a
print(ReturnValues().b(), ReturnValues.b is ReturnValues.a)
class WithLocals:
    p = 1
    q = 2
    snapshot = sorted(k for k in locals() if not k.startswith("__"))
print(WithLocals.snapshot)
class Conditional:
    if True:
        kind = "yes branch"
    else:
        kind = "no branch"
    try:
        risky = 1 / 0
    except ZeroDivisionError:
        risky = "recovered"
print(Conditional.kind, Conditional.risky)
