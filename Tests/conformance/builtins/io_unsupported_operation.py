# The file objects raise io.UnsupportedOperation, the class io exports (OSError and ValueError).
import io
f = open(__file__)
for op in (lambda: f.write("x"), lambda: f.writelines(["x"])):
    try:
        op()
    except io.UnsupportedOperation as e:
        print("caught", type(e).__module__, type(e).__name__, e)
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
f.close()
try:
    f.read()
except ValueError as e:
    print("ValueError", e)
