"""A simple helper module for the modules/ conformance tests."""
print("loading _simple as", __name__)
counter = 0
CONSTANT = "simple constant"


def bump():
    global counter
    counter += 1
    return counter


def whoami():
    return __name__


class Thing:
    def __repr__(self):
        return "Thing from " + __name__
