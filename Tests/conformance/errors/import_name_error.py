# Uncaught ImportError for a name missing from a built-in module.
import sys
from sys import version_info, maxsize
print(version_info[0] >= 3, maxsize > 2 ** 31)
try:
    from math import no_such_function
except ImportError as e:
    print("caught:", type(e).__name__, e.name)
try:
    from sys import also_missing
except ImportError as e:
    print("caught:", e)
import math as m
print(m.pi > 3, hasattr(m, "no_such_function"))
names = ["path", "argv", "modules"]
for n in names:
    print(n, hasattr(sys, n))
print("now uncaught")
from sys import this_name_does_not_exist
print("never printed")
