# complex: construction, repr, arithmetic, attributes, comparisons and errors.
z = 3 + 4j
print(z, z.real, z.imag, abs(z), z.conjugate(), -z, +z)
print(complex(1), complex(1, 2), complex("1+2j"), complex(" (3-4j) "), complex("j"), complex("-1.5e3j"))
print(complex(1j, 1j), complex(0, -0.0), complex(-0.0, 0), complex(), complex(True, False))
print(repr(1j), repr(-1j), repr(0j), repr(-0j), repr(1 + 0j), repr(1 - 0j), repr(complex(1, -0.0)))
print(repr(complex(0, 1e20)), repr(complex(1e-5, 2.5)), repr(complex(float("inf"), float("nan"))))
print((1 + 2j) + (3 - 1j), (1 + 2j) - 2, (1 + 2j) * (3 - 1j), (1 + 2j) / (3 - 1j), 2 / (1 + 1j))
print((1 + 1j) ** 2, (1j) ** 2, 1j ** 0, (2 + 0j) ** 0.5, (-1) ** 0.5 == 1j ** 1)
print(1j * 1j == -1, (1 + 2j) == complex(1, 2), 1 + 0j == 1, 1.5 + 0j == 1.5, (1j != 1))
try:
    1j < 2j
except TypeError as e:
    print("TypeError:", e)
try:
    (1 + 1j) // 2
except TypeError as e:
    print("TypeError:", e)
try:
    (1 + 1j) % 2
except TypeError as e:
    print("TypeError:", e)
try:
    1 / 0j
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    complex("1+2")
except ValueError as e:
    print("ValueError:", e)
try:
    int(1j)
except TypeError as e:
    print("TypeError:", e)
try:
    complex("1", 2)
except TypeError as e:
    print("TypeError:", e)
print(hash(1 + 0j) == hash(1), hash(2j) == hash(2j), bool(0j), bool(1e-300j), bool(complex(0, -0.0)))
print(format(1 + 2j, ".2f"), format(3 - 4j, ""), format(1.5j, "^12"), "{:+.1e}".format(1 + 1j))
print(str(1e100j), complex(10 ** 20, 1), pow(1j, 2), pow(2, 1j).real.__round__(6))
print(abs(3e200 + 4e200j), abs(complex(float("inf"), float("nan"))), (0j) ** 0)
print(sum([1j, 2, 3.5]), type(sum([1j, 2, 3.5])).__name__, 2 * (1 + 1j), (1 + 1j) * 2.5)
