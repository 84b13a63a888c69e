# Classes made by a heap metaclass own one reference to it; freeing them gives it back (once).
import sys, gc
class M(type): pass
print(sys.getrefcount(M))
for i in range(5):
    class C(metaclass=M): pass
    print(sys.getrefcount(M))
    del C
    gc.collect()
    print(sys.getrefcount(M))
c = M('X', (), {})
print(sys.getrefcount(M))
del c; gc.collect()
print(sys.getrefcount(M))
