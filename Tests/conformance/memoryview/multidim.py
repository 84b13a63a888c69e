# Multi-dimensional views made with cast(format, shape).

buf = bytearray(range(24))
m = memoryview(buf)
grid = m.cast("B", (4, 6))
print(grid.ndim, grid.shape, grid.strides, grid.suboffsets, len(grid), grid.nbytes)
print(grid.c_contiguous, grid.f_contiguous, grid.contiguous)
print(grid.tolist())
print(grid[0, 0], grid[3, 5], grid[-1, -1], grid[1, -2])

grid[2, 3] = 99
print(buf[2 * 6 + 3])

for key in [(4, 0), (0, 6), (0, -7)]:
    try:
        grid[key]
    except IndexError as e:
        print(key, "IndexError:", e)
for key in [0, (0,), (1, 2, 3), (slice(1), slice(2)), "x", 1.0]:
    try:
        grid[key]
    except (TypeError, NotImplementedError) as e:
        print(repr(key), type(e).__name__, e)

# slicing the first dimension keeps the rest
rows = grid[1:3]
print(rows.shape, rows.strides, rows.tolist())
every_other = grid[::2]
print(every_other.shape, every_other.strides, every_other.c_contiguous, every_other.tolist())
print(grid[::-1].tolist()[0], grid[3:1].shape, grid[3:1].tolist())

# byte order of the copies
print(grid.tobytes() == bytes(buf), grid.tobytes("F")[:8], grid.tobytes("A") == bytes(buf))
print(grid.hex()[:12], every_other.tobytes())

# 3-D and back to 1-D
cube = m.cast("B", [2, 3, 4])
print(cube.shape, cube.strides, cube[1, 2, 3], cube.tolist()[1][0])
flat = cube.cast("B")
print(flat.ndim, flat.shape, len(flat))
words = m.cast("i", (2, 3))
print(words.shape, words.strides, words.itemsize, words.format)

# 0-dim views hold a single item
scalar = m[:8].cast("q", ())
print(scalar.ndim, scalar.shape, scalar.strides, len(scalar), scalar.c_contiguous)
print(scalar[()] == int.from_bytes(buf[:8], "little") or scalar[()] == int.from_bytes(buf[:8], "big"))
print(scalar[...] is scalar, type(scalar.tolist()).__name__)
scalar[()] = 7
scalar[...] = 8
print(scalar.tolist())
for op in (lambda: scalar[0], lambda: scalar[:1], lambda: list(scalar), lambda: scalar.__setitem__(0, 1)):
    try:
        op()
    except TypeError as e:
        print("TypeError:", e)

# shape errors
for shape in [(5, 5), (0, 24), (-1, 24), (2, "x"), 24, (24,) * 65, (4, 6.0)]:
    try:
        m.cast("B", shape)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for bad in [lambda: grid.cast("B", (6, 4)), lambda: every_other.cast("B"), lambda: m[::2].cast("B")]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

# n-D item assignment and its limits
grid[0, 0] = 200
print(grid[0, 0], buf[0])
for key, val in [(0, 1), (slice(0, 1), b"x"), ((0, slice(None)), 1)]:
    try:
        grid[key] = val
    except (NotImplementedError, TypeError) as e:
        print(type(e).__name__, e)
try:
    iter(grid)
except NotImplementedError as e:
    print("NotImplementedError:", e)

# equality compares shapes and items
other = memoryview(bytearray(buf)).cast("B", (4, 6))
print(grid == other, grid == other.cast("B"), grid.cast("B") == bytes(buf), grid == m.cast("B", (6, 4)))
