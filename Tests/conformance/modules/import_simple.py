# Importing a sibling module: execution on first import, caching, attributes, __name__.
import sys
print("before import", "_simple" in sys.modules)
import _simple
print("after import", "_simple" in sys.modules, sys.modules["_simple"] is _simple)
print(_simple.__name__, _simple.whoami(), _simple.CONSTANT, _simple.__doc__)
print(_simple.bump(), _simple.bump(), _simple.counter)
import _simple
import _simple as again
print("second import runs nothing", again is _simple, again.counter)
from _simple import bump, counter, Thing
print(bump(), counter, _simple.counter, repr(Thing()))
print(type(_simple).__name__, _simple.__file__.endswith("_simple.py"), hasattr(_simple, "__spec__"))
print(sorted(k for k in vars(_simple) if not k.startswith("__")))
_simple.new_attr = "set from importer"
import _simple as third
print(third.new_attr)
del _simple.new_attr
print(hasattr(third, "new_attr"))
def uses_module_global():
    return _simple.whoami()
print(uses_module_global(), __name__)
