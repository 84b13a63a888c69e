# Circular imports see partially initialised modules.
import sys
import _circ_a
print("main sees", _circ_a.a_early, "|", _circ_a.a_late)
import _circ_b
print(_circ_b.b_value)
print(_circ_b._circ_a is _circ_a, _circ_a._circ_b is _circ_b)
print(sorted(n for n in sys.modules if n.startswith("_circ")))
def partial_module():
    m = type(sys)("_partial")
    sys.modules["_partial"] = m
    m.first = 1
    import _partial
    return _partial is m, _partial.first, hasattr(_partial, "second")
print(partial_module())
def lazy_user():
    import _circ_b as late_bound
    return late_bound.b_value.split(",")[0]
print(lazy_user())
import _circ_a as again
print(again is _circ_a, sorted(k for k in vars(_circ_a) if not k.startswith("__")))
