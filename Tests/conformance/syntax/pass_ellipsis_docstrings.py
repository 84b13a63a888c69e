"""Module docstring for the conformance test."""
# pass, Ellipsis and docstrings on modules, functions and classes.
print(__doc__)
def f():
    """Function docstring."""
    pass
def g():
    pass
def h():
    x = 1
    """not a docstring"""
    return x
print(f.__doc__, g.__doc__, h.__doc__)
class C:
    """Class docstring
    spanning lines."""
    def m(self):
        "single quoted doc"
        ...
print(C.__doc__)
print(C.m.__doc__, C().m())
class Empty:
    pass
print(Empty.__doc__)
print(..., Ellipsis, ... is Ellipsis, type(...).__name__)
print(repr(...), str(Ellipsis), bool(...))
def stub(): ...
print(stub())
x = [1, ...]
print(x)
for _ in range(3):
    pass
while False:
    pass
if True:
    pass
else:
    pass
class S:
    def __getitem__(self, k):
        return k
print(S()[...], S()[1:2, ...])
def fdoc():
    f"""f-string is not a docstring"""
print(fdoc.__doc__)
print(type(f.__doc__).__name__)
