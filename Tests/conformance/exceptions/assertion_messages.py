# AssertionError arguments and messages, including non-string messages and the tuple pitfall.
def check(cond, *msg):
    try:
        if msg:
            assert cond, msg[0]
        else:
            assert cond
        return "passed"
    except AssertionError as e:
        return "failed args=%r str=%r" % (e.args, str(e))
print(check(True), check(1 == 1, "fine"))
print(check(False))
print(check(0, "zero is falsy"))
print(check([], ["list", "msg"]))
print(check(None, 42))
print(check("", None))
print(check({}, {"k": "v"}))
x = 5
try:
    assert x > 10, f"x is {x}, expected > 10"
except AssertionError as e:
    print(e)
try:
    assert isinstance(x, str), "wrong type: %s" % type(x).__name__
except AssertionError as e:
    print(e)
def validate(items):
    for i, item in enumerate(items):
        assert item >= 0, "item %d is negative: %r" % (i, item)
    return "all valid"
print(validate([1, 2]))
try:
    validate([3, -4, -5])
except AssertionError as e:
    print(e)
print(repr(AssertionError()), repr(AssertionError("m")), AssertionError.__mro__[1].__name__)
class Checked:
    def __init__(self, v):
        assert v is not None, "value required"
        self.v = v
try:
    Checked(None)
except AssertionError as e:
    print("constructor:", e)
