# Packages: __init__ execution, submodules, __package__/__path__, attributes set by submodule import.
import sys
import pkg_a
print(pkg_a.__name__, pkg_a.__package__, hasattr(pkg_a, "__path__"), type(pkg_a.__path__).__name__ != "NoneType")
print(pkg_a.package_value, pkg_a.sub_function(), pkg_a.sub_module.SUB_CONSTANT)
print("pkg_a.sub" in sys.modules, pkg_a.sub is sys.modules["pkg_a.sub"])
print("pkg_a.nested" in sys.modules)
import pkg_a.nested.deep
print("pkg_a.nested" in sys.modules, hasattr(pkg_a, "nested"), hasattr(pkg_a.nested, "deep"))
print(pkg_a.nested.deep.describe())
print(pkg_a.nested.parent_value, pkg_a.nested.__package__, pkg_a.nested.deep.__package__)
from pkg_a.nested import deep as d2
print(d2 is pkg_a.nested.deep)
from pkg_a.sub import SUB_CONSTANT as SC
print(SC)
import pkg_a.sub as aliased
print(aliased is pkg_a.sub, aliased.__name__)
try:
    import pkg_a.no_such_sub
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, "| name:", e.name)
try:
    from pkg_a import no_such_thing
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])
try:
    import _simple.child
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
print(sorted(n for n in sys.modules if n.startswith("pkg_a")))
