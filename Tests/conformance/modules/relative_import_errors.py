# Relative imports outside a package fail; __package__ of the main script is None.
print(__name__, repr(__package__), __spec__ is None)
try:
    from . import something
except ImportError as e:
    print(type(e).__name__ + ":", e)
try:
    import _beyond_top
except ImportError as e:
    print(type(e).__name__ + ":", e)
try:
    exec("from .. import x")
except ImportError as e:
    print(type(e).__name__ + ":", e)
import pkg_a.nested.deep as deep
print(deep.__name__, deep.__package__, deep.describe())
import sys
print("_beyond_top" in sys.modules)
ns = {"__name__": "pkg_a.fake_module", "__package__": "pkg_a"}
exec("from . import sub\nfrom .sub import SUB_CONSTANT\nresult = (sub.__name__, SUB_CONSTANT)", ns)
print(ns["result"])
ns2 = {"__name__": "pkg_a.nested.fake", "__package__": "pkg_a.nested"}
exec("from .. import package_value\nfrom ..nested import parent_value\nr = (package_value, parent_value)", ns2)
print(ns2["r"])
try:
    exec("from ... import x", {"__name__": "pkg_a.m", "__package__": "pkg_a"})
except ImportError as e:
    print(type(e).__name__ + ":", e)
print(sorted(k for k in sys.modules if k.startswith("pkg_a")))
