# Driver for module_ext: multi-phase init, module state, METH_FASTCALL, capsules.
import gc
import sys
import module_ext as m
from extshow import show, section

section("module")
print("type:", type(m).__name__, "name:", m.__name__, "spec name:", getattr(m.__spec__, "name", None))
print("doc:", m.__doc__)
print("file is a shared object:", m.__file__.endswith(".so"))
print("constants:", m.VERSION, m.MODULE_EXT_VERSION, m.NAME, m.numbers)
print("exec order:", m.exec_order())
print("Thing:", m.Thing, m.Thing.__doc__, type(m.Thing()).__name__)
print("StateError:", m.StateError, m.StateError.__bases__)
print("capsule:", type(m._C_API).__name__)
show("module_info", m.module_info)
print("public names:", sorted(n for n in dir(m) if not n.startswith("__")))

section("functions")
print("incr doc:", repr(m.incr.__doc__))
print("fast_sum doc:", repr(m.fast_sum.__doc__))
print("fast_sum repr:", repr(m.fast_sum).split(" at ")[0])
print("incr:", m.incr(), m.incr(), m.incr())
show("incr arg", m.incr, 1)
show("register a", m.register, "a", 1)
show("register b", m.register, "b", [2])
show("register a again", m.register, "a", 3)
show("register bad", m.register, 1, 3)
print("registry:", m.registry())
show("fast_sum", m.fast_sum, 1, 2, 3.5)
show("fast_sum strings", m.fast_sum, "a", "b")
show("fast_sum none", m.fast_sum)
show("fast_sum big", m.fast_sum, *range(100))
show("fast_sum kw", m.fast_sum, 1, x=2)
show("fast_count", m.fast_count)
show("fast_count 5", m.fast_count, *"abcde")
show("fast_kw a", m.fast_kw, 1)
show("fast_kw a b", m.fast_kw, 1, 2)
show("fast_kw kw", m.fast_kw, 1, scale=3)
show("fast_kw all kw", m.fast_kw, scale=3, b=2, a=1)
show("fast_kw dict", m.fast_kw, **{"a": 5, "scale": 0})
show("fast_kw missing", m.fast_kw, b=2)
show("fast_kw unexpected", m.fast_kw, 1, c=2)
show("fast_kw dup", m.fast_kw, 1, a=2)
show("fast_kw many", m.fast_kw, 1, 2, 3)
f = m.fast_kw
show("fast_kw via bound name", f, "x", b="y")
show("fast_kw via map", lambda: list(map(m.fast_count, [1, 2])))

section("capsules")
c = m.make_capsule(42)
print("capsule type:", type(c).__name__, repr(c).startswith('<capsule object "module_ext.temp" at'))
show("read_capsule", m.read_capsule, c, "module_ext.temp")
show("read_capsule wrong name", m.read_capsule, c, "other.name")
show("read_capsule no name", m.read_capsule, c, None)
show("read_capsule not capsule", m.read_capsule, 5, "x")
before = m.destroyed()
del c
gc.collect()
print("destructor ran:", m.destroyed() - before)
tmp = [m.make_capsule(i) for i in range(5)]
del tmp
print("destructors after list:", m.destroyed() - before)
show("use_c_api", m.use_c_api, 21)
show("import_capsule missing attr", m.import_capsule, "module_ext.nope")
show("import_capsule missing module", m.import_capsule, "no_such_mod_zz._C_API")
show("import_capsule not capsule", m.import_capsule, "module_ext.numbers")

section("second instance")
first = m
del sys.modules["module_ext"]
import module_ext as m2  # noqa: E402
print("new module object:", m2 is not first)
print("fresh state:", m2.incr(), "old state:", first.incr())
print("registry fresh:", m2.registry(), "old:", sorted(first.registry()))
print("exec order:", m2.exec_order())
print("separate StateError:", m2.StateError is not first.StateError)
print("shared static type:", m2.Thing is first.Thing)
show("register in m2", m2.register, "a", 1)

section("importlib")
import importlib.util
import importlib.machinery
spec = importlib.util.find_spec("module_ext")
print("find_spec:", spec.name, type(spec.loader).__name__, spec.origin == m.__file__)
print("extension suffix:", any(m.__file__.endswith(s) for s in importlib.machinery.EXTENSION_SUFFIXES))
spec2 = importlib.util.spec_from_file_location("module_ext", m.__file__)
print("spec from path:", spec2.name, type(spec2.loader).__name__, spec2.submodule_search_locations)
m2 = importlib.util.module_from_spec(spec2)
spec2.loader.exec_module(m2)
print("second instance:", m2 is not m, m2.NAME, m2.__spec__ is spec2, sorted(n for n in dir(m2) if not n.startswith("__")) == sorted(n for n in dir(m) if not n.startswith("__")))
