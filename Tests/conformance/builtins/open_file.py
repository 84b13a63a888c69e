# open(): write, read, append, modes, iteration, context manager, binary files, errors.
import sys
path = "/tmp/swiftpy_conformance_open_file.txt"
with open(path, "w") as f:
    n = f.write("line one\nline two\n")
    f.write("line three")
    print("wrote", n, f.closed, f.mode, f.name == path)
print(f.closed)
with open(path) as f:
    print(repr(f.read()))
with open(path, "r", encoding="utf-8") as f:
    print(f.readline(), end="")
    print(repr(f.readline()), repr(f.readline()), repr(f.readline()))
with open(path) as f:
    print([line.rstrip("\n") for line in f])
with open(path) as f:
    print(f.readlines())
with open(path, "a") as f:
    f.write("\nappended ünïcode ✓")
with open(path, encoding="utf-8") as f:
    text = f.read()
print(text.splitlines()[-1], len(text))
with open(path, "rb") as f:
    raw = f.read()
print(type(raw).__name__, len(raw), raw[:8], raw.count(b"\n"))
with open(path, "wb") as f:
    f.write(bytes(range(5)) + b"\xff")
with open(path, "rb") as f:
    print(f.read(2), f.read(), f.read())
with open(path, "w") as f:
    print("via print file=", 42, file=f)
    f.writelines(["a\n", "b\n"])
with open(path) as f:
    print(f.read().split("\n"))
try:
    open("/tmp/swiftpy_no_such_dir_xyz/file.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e.errno, e.strerror, e.filename)
try:
    with open(path) as f:
        f.write("x")
except Exception as e:
    print(type(e).__name__ + ":", e)
f = open(path)
f.close()
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
print(isinstance(FileNotFoundError(), OSError), sys.stdout.write("direct write\n"))
