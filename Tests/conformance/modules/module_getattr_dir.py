# Module-level __getattr__ and __dir__ (PEP 562), module __dict__ and attribute assignment.
import _mod_getattr as m
print(m.real, m.lazy_value, m.lazy_other, getattr(m, "lazy_x"), hasattr(m, "lazy_y"))
try:
    m.not_lazy
except AttributeError as e:
    print("AttributeError:", e)
print(dir(m))
from _mod_getattr import lazy_imported
print(lazy_imported)
try:
    from _mod_getattr import missing_name
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])
print(type(m.__dict__).__name__, "real" in m.__dict__, "lazy_value" in m.__dict__)
m.added = "added later"
print(m.added, m.__dict__["added"])
del m.added
print(hasattr(m, "added"))
import math
print(math.__name__, "sqrt" in math.__dict__, math.__dict__ is vars(math))
mod_type = type(math)
print(mod_type.__name__, isinstance(m, mod_type))
new = mod_type("brand_new")
print(new.__name__, new.__doc__, repr(new)[:21])
try:
    new.nothing
except AttributeError as e:
    print("AttributeError:", e)
