print("loading pkg_a.nested.deep, __name__ =", __name__, "__package__ =", __package__)
from ..sub import SUB_CONSTANT
from .. import sub
from . import parent_value


def describe():
    return "deep sees SUB_CONSTANT=%r parent_value=%r sub=%s" % (SUB_CONSTANT, parent_value, sub.__name__)
