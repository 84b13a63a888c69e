# Run by LeakTests with SWIFTPY_DEBUG_LEAKS=1: argv[1] says which leaks to make.
import sys
import leaky_ext
what = sys.argv[1]
if what in ("list", "both"):
    leaky_ext.leak_list(3)                  # a list and three ints
if what in ("incref", "both"):
    leaky_ext.leak_incref("x" * 50)         # one str
for i in range(10):
    leaky_ext.balanced(None)                # correct: reports nothing
print("done", what)
