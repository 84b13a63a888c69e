"""Helper using a module-level __getattr__ and __dir__ (PEP 562)."""
real = "real attribute"


def __getattr__(name):
    if name.startswith("lazy_"):
        return "computed " + name[5:]
    raise AttributeError("module %r has no attribute %r" % (__name__, name))


def __dir__():
    return ["real", "lazy_example"]
