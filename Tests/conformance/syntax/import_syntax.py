# Import statement forms with standard modules.
import sys
import math as m
from math import pi, sqrt as square_root
from math import (floor,
                  ceil)
import sys as system, math
print(system is sys, m is math)
print(round(pi, 5), square_root(16.0), floor(-2.5), ceil(-2.5))
print(m.__name__, type(m).__name__)
def local_import():
    import math
    from math import factorial
    return factorial(5), "math" in dir()
print(local_import())
print("factorial" in dir())
from math import *
print(trunc(-3.7), gcd(12, 18))
import gc, weakref
print(gc.__name__, weakref.__name__)
try:
    import no_such_module_xyz
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from math import no_such_name
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0], e.name)
print("math" in sys.modules, sys.modules["math"] is math)
if True:
    import math as math2
print(math2 is math)
class C:
    import math as cm
print(C.cm.floor(1.5))
exec("import math as em")
print(em.ceil(1.1))
print(__name__)
