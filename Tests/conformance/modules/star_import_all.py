# from module import * honours __all__, including private names listed there.
from _star_all import *
print(public_a, _private_but_listed)
for name in ("public_b", "_private"):
    print(name, name in globals())
import _star_all
print(_star_all.__all__, _star_all.public_b, _star_all._private)
from _star_noall import *
print(visible, also_visible, func(), Klass.__name__)
print("_hidden" in globals(), "_math" in globals(), "math" in globals())
import _star_noall
print(_star_noall._hidden, _star_noall._math.__name__)
import pkg_a
from pkg_a import *
print(package_value, sub_function())
print("sub_module" in globals(), "sub" in dir(pkg_a))
def in_function():
    ns = {}
    exec("from _star_all import *", ns)
    return sorted(k for k in ns if k != "__builtins__")
print(in_function())
class HasBadAll:
    pass
import sys
bad = type(sys)("_bad_all")
bad.__all__ = ["exists", "missing_name"]
bad.exists = 1
sys.modules["_bad_all"] = bad
try:
    exec("from _bad_all import *", {})
except AttributeError as e:
    print("AttributeError:", e)
