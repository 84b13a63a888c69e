# C3 linearization on non-trivial hierarchies.
def names(cls):
    return " ".join(c.__name__ for c in cls.__mro__)
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
for cls in (K1, K2, K3, Z):
    print(cls.__name__, ":", names(cls))
class F(O): pass
class G(F): pass
class H(O): pass
class I(G, H): pass
class J(H, F): pass
print(names(I))
print(names(J))
class Boat: pass
class DayBoat(Boat): pass
class WheelBoat(Boat): pass
class EngineLess(DayBoat): pass
class SmallMultihull(DayBoat): pass
class PedalWheelBoat(EngineLess, WheelBoat): pass
class SmallCatamaran(SmallMultihull): pass
class Pedalo(PedalWheelBoat, SmallCatamaran): pass
print(names(Pedalo))
print(names(bool), names(int))
class MyList(list): pass
class MyDict(dict, O): pass
print(names(MyList), "|", names(MyDict))
print(Z.mro() == list(Z.__mro__), type(Z.__mro__).__name__)
class Meta(type):
    def mro(cls):
        return [cls] + [c for c in super().mro() if c is not cls]
class Custom(A, B, metaclass=Meta): pass
print(names(Custom))
