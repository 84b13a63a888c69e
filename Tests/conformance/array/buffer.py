# array.array through the buffer protocol: memoryview, bytes, and exports blocking resizes.
from array import array

a = array("i", range(6))
m = memoryview(a)
print(m.format, m.itemsize, m.nbytes, m.shape, m.strides, m.readonly, m.tolist())
m[0] = 100
print(a[0])
print([memoryview(array(c)).format for c in "bBhHiIlLqQfd"], memoryview(array("u", "x")).format)

# while a view exists, the array cannot change size
for op in (lambda: a.append(1), lambda: a.extend([1]), lambda: a.pop(), lambda: a.remove(1),
           lambda: a.insert(0, 1), lambda: a.frombytes(b"\0" * 4), lambda: a.__delitem__(0),
           lambda: a.__setitem__(slice(0, 2), array("i")), lambda: a.__imul__(2)):
    try:
        op()
        print("allowed")
    except BufferError as e:
        print("BufferError:", e)
a[1] = 7                                      # same size: fine
a[0:2] = array("i", [8, 9])
print(a, m.tolist())
m.release()
a.append(6)
print(a)

# typed views and bytes
d = array("d", [1.5, 2.5, 3.5])
dv = memoryview(d)
print(dv.tolist(), dv[::2].tolist(), dv.cast("B").nbytes, bytes(dv) == d.tobytes())
half = dv[1:]
half[0] = -1.0
print(d)
del dv, half
d.append(4.5)
print(len(d), bytes(array("B", [104, 105])), bytearray(array("b", [65, 66])))

# an array is a bytes-like object
print(b"".join([array("B", b"ab"), b"-", array("B", b"cd")]), b"ab" == array("B", b"ab").tobytes())
h = array("B", b"xyz")
print(h.tobytes().decode(), memoryview(h).hex())
e = array("h")
e.frombytes(array("B", [1, 1, 2, 2]))
print(e)
try:
    e.frombytes(array("h", [1]))
except TypeError as err:
    print("TypeError:", err)
