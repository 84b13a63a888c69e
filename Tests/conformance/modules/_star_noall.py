"""Helper without __all__: from _star_noall import * exports names not starting with '_'."""
import math as _math
visible = "visible"
also_visible = 2
_hidden = "hidden"
def func():
    return "func"
class Klass:
    pass
