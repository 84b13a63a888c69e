# An exception raised while handling another one escapes; the last stderr line is the new one.
def parse(s):
    try:
        return int(s)
    except ValueError:
        return float(s)
print(parse("3"), parse("2.5"))
try:
    parse("x")
except ValueError as e:
    print("caught:", e, "| context:", e.__context__)
def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        print("key", repr(k), "missing, using fallback")
        return d["fallback"]
print(lookup({"a": 1, "fallback": 0}, "b"))
print("now uncaught")
lookup({"a": 1}, "zz")
print("never printed")
