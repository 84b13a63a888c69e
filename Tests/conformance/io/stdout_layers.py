# Binary output through sys.stdout.buffer interleaved with print(): flushing the text layer
# before a binary write keeps the order (CPython's text layer has its own pending buffer).
import io
import sys

print("text 1")
sys.stdout.flush()
sys.stdout.buffer.write(b"bytes 1\n")
print("text 2", end="", flush=True)
sys.stdout.buffer.write(b" + bytes 2\n")
sys.stdout.write("text 3\n")
sys.stdout.flush()
sys.stdout.buffer.write("caf\u00e9 as utf-8\n".encode())
sys.stdout.buffer.flush()
for i in range(3):
    print("row", i, flush=True)
    sys.stdout.buffer.write(b"bin %d\n" % i)
    sys.stdout.buffer.flush()
sys.stdout.flush()
print(type(sys.stdout).__name__, sys.stdout.buffer.mode)
print(isinstance(sys.stdout, io.TextIOWrapper), isinstance(sys.stdout, io.TextIOBase))
print(sys.stdout.buffer is sys.stdout.buffer, sys.stdout.line_buffering)
print(type(sys.stdin.buffer).__name__)
print(sys.stdout.fileno() == sys.stdout.buffer.fileno())

# reconfigure: newline translation and encoding on the live stdout
sys.stdout.reconfigure(newline="\r\n")
print("crlf line")
sys.stdout.reconfigure(newline=None)
sys.stdout.buffer.write(repr(b"crlf line\r\n").encode() + b"\n")
sys.stdout.reconfigure(encoding="latin-1")
print("latin-1 \u00e9", sys.stdout.encoding)
sys.stdout.reconfigure(encoding="ascii", errors="backslashreplace")
print("ascii \u00e9 \u20ac", sys.stdout.encoding, sys.stdout.errors)
try:
    sys.stdout.reconfigure(newline="x")
except ValueError as e:
    print("ValueError:", e)
sys.stdout.reconfigure(encoding="utf-8", errors="strict")
print("back to utf-8 \u00e9")

# a TextIOWrapper over stdout's buffer writes into the same stream, in order
w = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-16-le", write_through=True)
print("before wrapper")
sys.stdout.flush()
w.write("AB\n")
w.flush()
print()
print("after wrapper", w.encoding, w.write_through)
w.detach()

# detach() hands the buffer over; the text object is unusable afterwards
raw = sys.stdout.detach()
raw.write(b"detached buffer still writes\n")
try:
    sys.stdout.write("x")
except ValueError as e:
    raw.write(("ValueError: %s\n" % e).encode())
raw.flush()
sys.stdout = io.TextIOWrapper(raw, encoding="utf-8", line_buffering=True)
print("print through a new wrapper over the detached buffer", sys.stdout.line_buffering)
