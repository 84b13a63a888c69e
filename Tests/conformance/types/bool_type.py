# bool: a subclass of int with two instances; arithmetic, bitwise ops, repr, conversions.
print(True, False, repr(True), str(False), type(True).__name__, bool.__bases__)
print(True + True, True - False, True * 7, True / 2, True // 2, -True, ~True, ~False, abs(-True))
print(True & False, True | False, True ^ True, type(True & True).__name__, type(True + 0).__name__)
print(True & 3, type(True & 3).__name__, False | 0, type(False | 0).__name__)
print(True == 1, False == 0, True is bool(1), bool(0) is False, True > False, sorted([True, False, True]))
print(bool(), bool(0), bool(1), bool(-1), bool(0.0), bool(""), bool(" "), bool(None), bool([0]))
print(int(True), float(False), str(True).upper(), hash(True) == hash(1), {1: "a", True: "b"})
print(sum([True, True, False]), max(True, 0), min(False, -1), True ** 10, 2 ** True)
print(True.__and__(False), True.real, True.imag, True.numerator, True.bit_length())
try:
    class MyBool(bool):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    bool(1, 2)
except TypeError as e:
    print("TypeError:", e)
print(isinstance(True, int), issubclass(bool, int), isinstance(1, bool))
print(["no", "yes"][True], "abc"[False], [10, 20][1 == 1])
print(format(True), format(True, "d"), format(False, ">5"), f"{True!r:>6}", "%d %s %r" % (True, True, False))
print(True.__index__(), (5).__eq__(True), True.__eq__(1), True.__eq__(1.0))
print(not True, not not 0, (not 1) is False, True and 5, False or "x")
print(bool.__name__, bool(x for x in []), bool(range(0)), bool({}.keys()))
print(repr(bool(2)), True + 0.5, divmod(True, 2), round(True), True << 3)
