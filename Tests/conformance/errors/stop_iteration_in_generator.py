# StopIteration raised inside a generator becomes RuntimeError (PEP 479), here left uncaught.
def first_items(iterables):
    for it in iterables:
        yield next(iter(it))
print(list(first_items(["ab", [1, 2], (9,)])))
def safe_first(iterables):
    for it in iterables:
        try:
            yield next(iter(it))
        except StopIteration:
            return
print(list(safe_first(["xy", [], "z"])))
try:
    list(first_items(["q", []]))
except RuntimeError as e:
    print("caught:", e, "| cause:", type(e.__cause__).__name__)
print("now uncaught")
for item in first_items(["one", "two", ""]):
    print("item", item)
print("never printed")
