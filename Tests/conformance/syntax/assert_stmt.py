# assert: passing, failing with and without message, message evaluation laziness.
assert True
assert 1 == 1, "never shown"
try:
    assert False
except AssertionError as e:
    print("args:", e.args, "str:", repr(str(e)))
try:
    assert 1 > 2, "one is not greater"
except AssertionError as e:
    print("args:", e.args)
try:
    assert [], ["list", "message"]
except AssertionError as e:
    print("args:", e.args, type(e.args[0]).__name__)
calls = []
def msg():
    calls.append(1)
    return "computed"
assert True, msg()
print("lazy:", calls)
try:
    assert 0, msg()
except AssertionError as e:
    print(e, calls)
def check(x):
    assert isinstance(x, int), f"expected int, got {type(x).__name__}"
    return x * 2
print(check(4))
try:
    check("s")
except AssertionError as e:
    print(e)
try:
    assert None, 42
except AssertionError as e:
    print(repr(e))
x = (1, 2)
try:
    assert (x[0] == 2), "tuple check"
except AssertionError as e:
    print(e)
print(__debug__)
