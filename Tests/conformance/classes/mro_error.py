# Inconsistent hierarchies are rejected with TypeError.
class A: pass
class B(A): pass
try:
    class C(A, B): pass
except TypeError as e:
    print("TypeError:", e)
class X: pass
class Y: pass
class XY(X, Y): pass
class YX(Y, X): pass
try:
    class Bad(XY, YX): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Dup(X, X): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class FromInstance(A()): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class FromBool(bool): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Layout(int, str): pass
except TypeError as e:
    print("TypeError:", e)
class OK(B, X): pass
print([c.__name__ for c in OK.__mro__])
try:
    type("Dyn", (A, B), {})
except TypeError as e:
    print("TypeError:", e)
try:
    class FromNone(None): pass
except TypeError as e:
    print("TypeError:", e)
print("still running")
