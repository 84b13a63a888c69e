"""Circular import helper: sees the partially initialised _circ_a."""
print("start _circ_b")
import _circ_a
b_value = "b sees a_early=%r, has a_late=%r" % (_circ_a.a_early, hasattr(_circ_a, "a_late"))
print("end _circ_b")
