print("loading pkg_a.sub, __package__ =", __package__)
SUB_CONSTANT = 42


def sub_function():
    return "sub_function in " + __name__
