# AttributeError messages for instances, classes, modules, builtins, slots and properties.
import math
class Plain:
    pass
class Slotted:
    __slots__ = ("only",)
class WithProp:
    @property
    def p(self):
        return 1
tests = [
    ("instance", lambda: Plain().missing_attr),
    ("class", lambda: Plain.missing_attr),
    ("module", lambda: math.missing_attr),
    ("int instance", lambda: (5).missing_attr),
    ("str method", lambda: "s".missing_method()),
    ("list", lambda: [].missing_attr),
    ("None", lambda: None.missing_attr),
    ("type", lambda: int.missing_attr),
    ("function", lambda: len.missing_attr),
    ("slots unset", lambda: Slotted().only),
    ("slots set new", lambda: setattr(Slotted(), "other", 1)),
    ("property set", lambda: setattr(WithProp(), "p", 2)),
    ("builtin set", lambda: setattr([], "x", 1)),
    ("del missing", lambda: delattr(Plain(), "nothing")),
    ("readonly attr", lambda: setattr((1).real, "x", 0)),
    ("dict attr", lambda: {}.x),
    ("bool attr", lambda: True.x),
]
for label, fn in tests:
    try:
        fn()
        print(label, "-> no error")
    except AttributeError as e:
        print(label, "->", e)
try:
    Plain().missing_attr
except AttributeError as e:
    print(e.name, type(e.obj).__name__)
