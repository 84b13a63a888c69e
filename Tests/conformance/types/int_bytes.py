# int.to_bytes / int.from_bytes: byte order, signedness, lengths and overflow errors.
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (1024).to_bytes(4, byteorder="big"))
print((0).to_bytes(0, "big"), (255).to_bytes(1, "big"), (65535).to_bytes(3, "little"))
print((-1).to_bytes(2, "big", signed=True), (-128).to_bytes(1, "big", signed=True))
print((127).to_bytes(1, "big", signed=True), (-32768).to_bytes(2, "little", signed=True))
print((2 ** 64 - 1).to_bytes(8, "big"), (2 ** 100).to_bytes(13, "big").hex())
print((1).to_bytes(), (200).to_bytes(length=1, byteorder="little"))
for n, length, signed in [(256, 1, False), (-1, 1, False), (128, 1, True), (-129, 1, True), (1, 0, False)]:
    try:
        n.to_bytes(length, "big", signed=signed)
    except OverflowError as e:
        print(n, length, signed, "OverflowError:", e)
try:
    (1).to_bytes(1, "middle")
except ValueError as e:
    print("ValueError:", e)
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"))
print(int.from_bytes(b"\xff\xff", "big"), int.from_bytes(b"\xff\xff", "big", signed=True))
print(int.from_bytes(b"\x80", "big", signed=True), int.from_bytes(b"", "big"), int.from_bytes(b"\x00\x01"))
print(int.from_bytes([1, 2, 3], "big"), int.from_bytes(bytearray(b"\x01\x00"), "little"))
print(int.from_bytes(b"\x01" + b"\x00" * 16, "big") == 2 ** 128)
for n in (0, 1, -1, 127, -128, 128, 2 ** 63, -(2 ** 63), 12345678901234567890):
    length = (n.bit_length() + 8) // 8
    for order in ("big", "little"):
        b = n.to_bytes(length, order, signed=True)
        assert int.from_bytes(b, order, signed=True) == n
    print(n, length, n.to_bytes(length, "big", signed=True).hex())
class Sub(int):
    pass
r = Sub.from_bytes(b"\x05", "big")
print(type(r).__name__, r)
try:
    int.from_bytes("str", "big")
except TypeError as e:
    print("TypeError:", e)
