"""Package pkg_a for the modules/ conformance tests."""
print("loading pkg_a, __name__ =", __name__, "__package__ =", __package__)
from .sub import sub_function
from . import sub as sub_module
package_value = "pkg_a value"
__all__ = ["package_value", "sub_function"]
