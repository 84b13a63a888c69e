"""Circular import helper: imports _circ_b, which imports this module back."""
print("start _circ_a")
a_early = "defined before importing _circ_b"
import _circ_b
a_late = "defined after importing _circ_b"
print("end _circ_a, sees", _circ_b.b_value)
