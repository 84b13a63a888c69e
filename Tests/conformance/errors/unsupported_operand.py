# Uncaught TypeError from an unsupported binary operation.
def add(a, b):
    return a + b
print(add(1, 2), add("a", "b"), add([1], [2]), add(1.5, True))
for a, b in [(1, "x"), ([1], (2,)), (None, 1)]:
    try:
        add(a, b)
    except TypeError as e:
        print("caught:", e)
try:
    "abc" * "def"
except TypeError as e:
    print("caught:", e)
try:
    -"x"
except TypeError as e:
    print("caught:", e)
totals = {"a": 1}
print(add(totals["a"], 41))
label = "count: "
print("now uncaught")
print(label + len(label))
print("never printed")
