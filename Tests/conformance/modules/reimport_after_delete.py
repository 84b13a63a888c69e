# Removing a module from sys.modules makes the next import execute it again, creating a new object.
import sys
import _simple
first = _simple
first.bump()
print(first.counter)
del sys.modules["_simple"]
import _simple
print(_simple is first, _simple.counter, first.counter)
_simple.bump()
print(_simple.counter, first.counter)
fake = type(sys)("_injected_module")
fake.value = "from an injected module object"
sys.modules["_injected_module"] = fake
import _injected_module
print(_injected_module.value, _injected_module is fake, type(fake).__name__, fake.__name__)
from _injected_module import value
print(value)
sys.modules["_none_module"] = None
try:
    import _none_module
except ImportError as e:
    print(type(e).__name__, e)
m = type(sys)("made", "docstring of made")
print(m.__name__, m.__doc__, sorted(vars(m)))
print(sorted(name for name in sys.modules if name.startswith("_simple") or name.startswith("_inj")))
