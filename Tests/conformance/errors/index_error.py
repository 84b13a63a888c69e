# Uncaught IndexError from list indexing.
items = ["a", "b", "c"]
print(items[0], items[-1], items[1:10])
try:
    items[3]
except IndexError as e:
    print("caught:", e)
try:
    "abc"[5]
except IndexError as e:
    print("caught:", e)
try:
    (1, 2)[-3]
except IndexError as e:
    print("caught:", e)
def nth(seq, n):
    return seq[n]
print(nth(items, 2))
print("now uncaught")
nth(items, 10)
print("never printed")
