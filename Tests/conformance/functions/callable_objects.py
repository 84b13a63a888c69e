# Bound methods, unbound functions, __call__ instances, method objects' __self__/__func__.
class Greeter:
    def __init__(self, greeting):
        self.greeting = greeting
    def greet(self, name):
        return "%s, %s" % (self.greeting, name)
    def __call__(self, name):
        return self.greet(name).upper()
g = Greeter("Hello")
bound = g.greet
print(bound("Ann"), bound.__self__ is g, bound.__func__ is Greeter.greet)
print(Greeter.greet(g, "Bob"), g("Cy"))
print(type(bound).__name__, type(Greeter.greet).__name__)
print(g.greet == g.greet, g.greet is g.greet, Greeter("x").greet == g.greet)
methods = [Greeter(w).greet for w in ("Hi", "Yo")]
print([m("Z") for m in methods])
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *more):
        return self.n + x + sum(more)
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), list(map(add5, [10, 20])), callable(add5))
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print("TypeError:", e)
class CallViaClassAttr:
    pass
inst = CallViaClassAttr()
inst.__call__ = lambda: "instance attribute is ignored"
try:
    inst()
except TypeError as e:
    print("TypeError:", e)
CallViaClassAttr.__call__ = lambda self: "class attribute works"
print(inst())
f = g.greet
g.greeting = "Changed"
print(f("late"))
print([str.upper(s) for s in "ab"], list(map(str.strip, [" x ", "y "])))
unbound = str.replace
print(unbound("aXbX", "X", "-"))
meth = [1, 2, 3].append
meth(4)
print(meth.__self__, meth.__name__)
