# Special methods are looked up on the type, not the instance; class-level changes take effect immediately.
class C:
    def __len__(self):
        return 1
    def __repr__(self):
        return "C()"
c = C()
c.__len__ = lambda: 99
c.__repr__ = lambda: "instance repr"
print(len(c), c.__len__(), repr(c), c.__repr__())
C.__len__ = lambda self: 2
print(len(c))
del C.__len__
try:
    len(c)
except TypeError as e:
    print("TypeError:", e)
class Adder:
    pass
a = Adder()
a.__add__ = lambda other: "instance add"
try:
    a + 1
except TypeError as e:
    print("TypeError:", e)
Adder.__add__ = lambda self, other: "class add %r" % (other,)
print(a + 1)
class Meta(type):
    def __len__(cls):
        return 42
    def __repr__(cls):
        return "<Meta-made %s>" % cls.__name__
    def __iter__(cls):
        return iter(["meta", "iter"])
class K(metaclass=Meta):
    def __len__(self):
        return 7
print(len(K), len(K()), repr(K), list(K), K)
class Hooked:
    def __getattr__(self, name):
        return lambda *a: "getattr provided " + name
h = Hooked()
print(h.__len__())
try:
    len(h)
except TypeError as e:
    print("TypeError:", e)
class Iter:
    def __iter__(self):
        return iter([1, 2])
i = Iter()
i.__iter__ = lambda: iter([9])
print(list(i))
class WithCall:
    def __call__(self):
        return "class call"
w = WithCall()
w.__call__ = lambda: "instance call"
print(w(), w.__call__())
class Ctx:
    def __enter__(self):
        return "entered"
    def __exit__(self, *a):
        return False
print(type(Ctx().__enter__).__name__)
with Ctx() as v:
    print(v)
