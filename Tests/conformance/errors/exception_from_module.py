# Uncaught exception class defined in another module: the traceback qualifies it with the module.
import _errhelper
print(_errhelper.__name__, _errhelper.HelperError.__module__)
try:
    _errhelper.fail("handled")
except _errhelper.HelperError as e:
    print("caught:", type(e).__name__, e)
print(issubclass(_errhelper.HelperError, Exception))
print(repr(_errhelper.HelperError("r")))
def run_steps(n):
    for i in range(n):
        print("step", i)
        if i == 2:
            _errhelper.fail("step %d failed" % i)
count = 0
for word in ("one", "two"):
    count += len(word)
print("count", count)
run_steps(5)
print("never printed")
