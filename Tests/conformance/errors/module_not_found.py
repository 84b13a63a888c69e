# Uncaught ModuleNotFoundError for a missing top-level module.
import sys
import math
print(math.floor(2.5), "math" in sys.modules)
try:
    import not_a_real_module_abc
except ModuleNotFoundError as e:
    print("caught:", e, "| name:", e.name, "| is ImportError:", isinstance(e, ImportError))
try:
    from not_a_real_package_abc import thing
except ImportError as e:
    print("caught:", type(e).__name__, e)
try:
    import math.not_a_submodule
except ModuleNotFoundError as e:
    print("caught:", e)
print("not_a_real_module_abc" in sys.modules)
def load_plugin(name):
    print("loading plugin", name)
    return __import__(name)
print(load_plugin("math").sqrt(9))
load_plugin("plugin_that_does_not_exist_xyz")
print("never printed")
