# Uncaught TypeError from calling a function with too many positional arguments.
def f(a, b):
    return a + b
print(f(1, 2))
print(f("x", "y"))
print(f(b=1, a=2))
try:
    f(1)
except TypeError as e:
    print("caught:", e)
class Pair:
    def __init__(self, a, b):
        self.a = a
        self.b = b
    def total(self):
        return self.a + self.b
print(Pair(3, 4).total())
args = (1, 2, 3)
print("calling f with", len(args), "arguments")
f(*args)
print("never printed")
